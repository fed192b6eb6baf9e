"""Case amounts — 保障金额: assess a household from the registry, and keep its effective-dated amounts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient

from kernel.labels import URBAN_RURAL
from services.households import benefit, events, sql
from services.households.benefit import Assessment, AssetFacts, IncomeFacts, MemberFacts, assess
from services.households.calendar import today
from services.households.errors import NoStandard
from services.households.models import AssetItem, CaseAmount, Household, IncomeItem, Person
from services.households.policy import PolicyBook


def member_facts(person: Person) -> MemberFacts:
    return MemberFacts(
        person_id=person.id,
        name=person.name,
        birth_date=person.birth_date,
        counted=person.counted,
        excluded_reason=person.excluded_reason,
        disability_grade=person.disability_grade,
        disability_kind=person.disability_kind,
        serious_illness=person.serious_illness,
        deceased_on=person.deceased_on,
        work_capacity=person.work_capacity,
        student=person.student,
    )


class Registry:
    """Members, incomes and assets of many households, loaded with three queries."""

    def __init__(self) -> None:
        self.members: dict[int, list[MemberFacts]] = defaultdict(list)
        self.incomes: dict[int, list[IncomeFacts]] = defaultdict(list)
        self.assets: dict[int, list[AssetFacts]] = defaultdict(list)

    @classmethod
    async def load(cls, household_ids: list[int], *, using_db: BaseDBAsyncClient | None = None) -> Registry:
        registry = cls()
        for person in await Person.filter(household_id__in=household_ids).using_db(using_db).order_by("id"):
            registry.members[person.household_id].append(member_facts(person))
        for item in await IncomeItem.filter(household_id__in=household_ids).using_db(using_db).order_by("id"):
            registry.incomes[item.household_id].append(
                IncomeFacts(item.category, Decimal(item.monthly_amount), item.treatment)
            )
        for asset in await AssetItem.filter(household_id__in=household_ids).using_db(using_db).order_by("id"):
            registry.assets[asset.household_id].append(AssetFacts(asset.kind, Decimal(asset.value), asset.exempt))
        return registry


def assess_with(
    household: Household, registry: Registry, book: PolicyBook, on: dt.date, grace_amount: Decimal | None = None
) -> Assessment:
    """The household's amount on `on` from the standard and settings in force then."""
    standard = book.standard(household.region_code, household.urban_rural, on)
    if standard is None:
        raise NoStandard(household.region_code, household.urban_rural, on)
    basis = (
        f"{standard.region_code} {URBAN_RURAL.label(household.urban_rural)}低保标准：自 {standard.effective_from.isoformat()} "
        f"起每人每月 ¥{standard.monthly_amount:.2f}"
    )
    return assess(
        standard=Decimal(standard.monthly_amount),
        standard_basis=basis,
        members=registry.members[household.id],
        incomes=registry.incomes[household.id],
        assets=registry.assets[household.id],
        settings=book.settings_for(household.region_code, on),
        on=on,
        grace_amount=grace_amount,
        review_class=household.review_class,
    )


async def implied_class(household: Household, on: dt.date, *, using_db: BaseDBAsyncClient | None = None) -> int:
    """The review class a new case gets from its circumstances (not always 一类)."""
    registry = await Registry.load([household.id], using_db=using_db)
    return benefit.implied_class(registry.members[household.id], registry.incomes[household.id], on)[0]


async def assess_household(
    household: Household, on: dt.date, *, using_db: BaseDBAsyncClient | None = None
) -> Assessment:
    registry = await Registry.load([household.id], using_db=using_db)
    book = await PolicyBook.load(using_db=using_db)
    return assess_with(household, registry, book, on, grace_amount=await grace_amount(household, on, using_db=using_db))


async def grace_amount(
    household: Household, on: dt.date, *, using_db: BaseDBAsyncClient | None = None
) -> Decimal | None:
    """During a grace exit (渐退期) the amount before it stays paid."""
    if household.grace_until is None or on > household.grace_until:
        return None
    row = (
        await CaseAmount.filter(household_id=household.id, effective_from__lte=on, reason__not="GRACE")
        .using_db(using_db)
        .order_by("-effective_from")
        .first()
    )
    return Decimal(row.monthly_amount) if row else None


async def set_amount(
    conn: BaseDBAsyncClient,
    household: Household,
    assessment: Assessment,
    effective_from: dt.date,
    reason: str,
    *,
    current: bool = True,
) -> CaseAmount:
    """Record the amount from a month on (replacing a same-month row); history before it is untouched."""
    parts = _parts(assessment)
    row, _ = await CaseAmount.update_or_create(
        household_id=household.id,
        effective_from=effective_from,
        defaults={
            "region_code": household.region_code,
            "monthly_amount": assessment.monthly,
            "parts": parts,
            "explanation": assessment.explanation,
            "reason": reason,
        },
        using_db=conn,
    )
    if current:
        household.monthly_amount = assessment.monthly
        await household.save(using_db=conn, update_fields=["monthly_amount", "updated_at"])
        await events.emit(household, "AMOUNT_CHANGED", using_db=conn)
    return row


def _parts(assessment: Assessment) -> list[dict[str, str]]:
    return [{"kind": p.kind, "amount": f"{p.amount:.2f}", "basis": p.basis} for p in assessment.parts]


async def write_amounts(
    conn: BaseDBAsyncClient, changes: list[tuple[Household, Assessment, dt.date]], reason: str
) -> None:
    """Many households' amounts in three statements: the effective-dated rows (a same-month row replaced),
    the current amounts of those already in force, and their change-feed events."""
    if not changes:
        return
    encode, now = CaseAmount._meta.fields_map["parts"].encoder, dt.datetime.now(dt.UTC)
    await sql.many(
        conn,
        (
            "INSERT INTO case_amount (household_id, region_code, effective_from, monthly_amount, parts, explanation, reason, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (household_id, effective_from) DO UPDATE SET "
            "region_code = excluded.region_code, monthly_amount = excluded.monthly_amount, parts = excluded.parts, "
            "explanation = excluded.explanation, reason = excluded.reason"
        ),
        [
            (h.id, h.region_code, on, a.monthly, encode(_parts(a)), encode(a.explanation), reason, now)
            for h, a, on in changes
        ],
    )
    current = []
    for household, assessment, on in changes:
        if on <= today():
            household.monthly_amount = assessment.monthly
            current.append(household)
    await sql.many(
        conn,
        "UPDATE household SET monthly_amount = $1, updated_at = $2 WHERE id = $3",
        [(h.monthly_amount, now, h.id) for h in current],
    )
    await events.emit_many(current, "AMOUNT_CHANGED", using_db=conn)
