"""Spot checks — 双随机、一公开: a seeded sample of a period's new approvals, stratified by township, with
inspectors drawn at random; visits and results recorded; the summary published."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter, defaultdict
from decimal import Decimal

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel import connections
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.values import Period
from services.supervision import parameters
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import covered, transition
from services.supervision.lifecycle import get_in_scope, not_after_today, now, today
from services.supervision.models import AuditRecord, ProjectedDecision, ProjectedHousehold, SpotCheck, SpotCheckItem
from services.supervision.sql import CONNECTION

APPROVALS = ("APPROVE", "APPROVED")
RESULTS = ("CONFIRMED", "DISCREPANCY", "NOT_FOUND")
WHAT = ("spot check", "抽查")


def draw_sample(
    by_township: dict[str, list[int]], share: Decimal, seed: int, inspectors: list[str]
) -> list[tuple[int, str, str]]:
    """(household, township, inspector) drawn per township: ceil(share × n) each, the same for the same seed."""
    drawn = []
    for township in sorted(by_township):
        rng = random.Random(f"{seed}:{township}")
        population = sorted(by_township[township])
        size = min(len(population), math.ceil(Decimal(len(population)) * share))
        for household_id in sorted(rng.sample(population, size)):
            drawn.append((household_id, township, rng.choice(inspectors)))
    return drawn


async def draw(
    *, scope: Scope, region_code: str, period: str, share: Decimal | None, seed: int, inspectors: list[str], actor: str
) -> SpotCheck:
    """Sample the new approvals of `period` under `region_code` and assign each to an inspector."""
    region = covered(scope, region_code)
    parsed = Period.parse(period)
    share = share if share is not None else await parameters.value(region.code, "spot_check_share", today())
    if not share.is_finite() or not Decimal("0") < share <= Decimal("1"):
        raise InvalidInput(
            "share must be above 0 and at most 1",
            "抽查比例应大于 0 且不超过 1",
            field="share",
            code=SupervisionErrorCode.INVALID_SHARE,
        )
    names = sorted({name.strip() for name in inspectors if name.strip()})
    if not names:
        raise InvalidInput(
            "name at least one inspector",
            "至少指定一名检查人员",
            field="inspectors",
            code=SupervisionErrorCode.NO_INSPECTORS,
        )
    approved = await ProjectedDecision.filter(
        kind__in=APPROVALS, decided_on__gte=parsed.start, decided_on__lte=parsed.end
    ).values_list("household_id", flat=True)
    households = await ProjectedHousehold.filter(
        scope.narrowed(region.code).q(), household_id__in=set(approved)
    ).values_list("household_id", "region_code")
    by_township: dict[str, list[int]] = defaultdict(list)
    for household_id, household_region in households:
        by_township[household_region[:9] + "000"].append(household_id)
    regions = dict(households)
    async with in_transaction(CONNECTION) as conn:
        check = await SpotCheck.create(
            region_code=region.code,
            period=str(parsed),
            share=share,
            seed=seed,
            inspectors=names,
            population=len(households),
            drawn_by=actor,
            using_db=conn,
        )
        await SpotCheckItem.bulk_create(
            [
                SpotCheckItem(
                    spot_check_id=check.id,
                    household_id=household_id,
                    region_code=regions[household_id],
                    inspector=inspector,
                )
                for household_id, _, inspector in draw_sample(by_township, share, seed, names)
            ],
            using_db=conn,
        )
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.spotcheck.draw",
            entity="SpotCheck",
            entity_id=check.id,
            region_code=region.code,
            after={"period": str(parsed), "share": str(share), "seed": seed, "population": len(households)},
            using_db=conn,
        )
    return check


async def record_visit(
    *, scope: Scope, item_id: int, visited_on: dt.date, result: str, notes: str, actor: str
) -> SpotCheckItem:
    """The inspector's visit and its result; refused once the spot check is published."""
    if result not in RESULTS:
        raise InvalidInput(
            f"result must be one of {', '.join(RESULTS)}",
            "结果应为 CONFIRMED、DISCREPANCY 或 NOT_FOUND",
            field="result",
            code=SupervisionErrorCode.INVALID_RESULT,
        )
    not_after_today(visited_on, "the visit date is in the future", "入户日期晚于今天", field="visitedOn")
    async with in_transaction(CONNECTION) as conn:
        item = await get_in_scope(SpotCheckItem, item_id, scope, ("spot check household", "抽查家庭"), using_db=conn)
        check = await SpotCheck.get(id=item.spot_check_id).using_db(conn)
        if check.published_at:
            raise transition("PUBLISHED", "record a visit", "登记入户结果")
        before = {"visitedOn": item.visited_on.isoformat() if item.visited_on else None, "result": item.result}
        item.visited_on, item.result, item.notes = visited_on, result, notes
        await item.save(using_db=conn)
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.spotcheck.visit",
            entity="SpotCheckItem",
            entity_id=item.id,
            region_code=item.region_code,
            before=before,
            after={"visitedOn": visited_on.isoformat(), "result": result},
            using_db=conn,
        )
    return item


async def publish(*, scope: Scope, spot_check_id: int, actor: str) -> SpotCheck:
    """Publish the summary per township (一公开) once every drawn household has been visited."""
    async with in_transaction(CONNECTION) as conn:
        check = await get_in_scope(SpotCheck, spot_check_id, scope, WHAT, using_db=conn)
        if check.published_at:
            raise transition("PUBLISHED", "publish", "公开")
        items = await SpotCheckItem.filter(spot_check_id=check.id).using_db(conn)
        missing = [item.household_id for item in items if not item.result]
        if missing:
            raise InvalidInput(
                f"{len(missing)} drawn households have not been visited",
                f"尚有 {len(missing)} 户未入户核查",
                field="id",
                code=SupervisionErrorCode.SPOT_CHECK_INCOMPLETE,
                households=missing[:20],
            )
        check.summary = summarise(items, check.population)
        check.published_at = now()
        await check.save(using_db=conn)
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.spotcheck.publish",
            entity="SpotCheck",
            entity_id=check.id,
            region_code=check.region_code,
            after=check.summary,
            using_db=conn,
        )
    return check


def summarise(items: list[SpotCheckItem], population: int) -> dict:
    townships: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        counts = townships[item.region_code[:9] + "000"]
        counts["drawn"] += 1
        counts[item.result or "NOT_VISITED"] += 1
    total = Counter()
    for counts in townships.values():
        total.update(counts)
    return {
        "population": population,
        "drawn": len(items),
        "results": dict(total),
        "townships": {code: dict(counts) for code, counts in sorted(townships.items())},
    }


def spot_checks_query(*, scope: Scope) -> QuerySet[SpotCheck]:
    """The spot checks a list shows: those of the caller's jurisdiction (newest first when listed)."""
    return SpotCheck.filter(scope.q())


async def spot_checks(*, scope: Scope, first: int = 50) -> list[SpotCheck]:
    return await connections.listed(spot_checks_query(scope=scope), first=first, after=None, descending=True)


async def items_of(*, scope: Scope, spot_check_ids: list[int]) -> dict[int, list[SpotCheckItem]]:
    grouped: dict[int, list[SpotCheckItem]] = defaultdict(list)
    for item in await SpotCheckItem.filter(scope.q(), spot_check_id__in=spot_check_ids).order_by("household_id"):
        grouped[item.spot_check_id].append(item)
    return grouped
