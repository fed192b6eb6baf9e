"""The county's random pre-approval visits — 抽查入户: a seeded, recorded draw of the cases awaiting county approval.

The share is local configuration (`preApprovalVisitShare`, 30 % by default — M12's 不低于30%); a draw takes
ceil(share × n) of the n applications of the region in COUNTY_REVIEW that no earlier draw held. The drawn cases are
those with the smallest SHA-256 of `"{seed}:{applicationId}"` (hex, compared as text; ties cannot happen), so anyone
with the recorded seed and population re-runs the draw with any SHA-256 tool and gets the same list; `reproduced`
does it on every read. A drawn case is approved only once the county's own visit record (入户调查表) is in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope
from kernel.errors import DomainError, InvalidInput
from kernel.values import RegionCode, bounded
from services.households.auditing import audited, done
from services.households.calendar import done_on
from services.households.error_codes import HouseholdsErrorCode
from services.households.errors import UnknownRegion
from services.households.models import Application, Region, VisitDraw, VisitDrawItem
from services.households.policy import PolicyBook, decimal

WAITING = "COUNTY_REVIEW"
MAX_SEED = 64


class DrawRefused(DomainError):
    code = HouseholdsErrorCode.DRAW_REFUSED


def rank(seed: str, application_id: int) -> str:
    """The draw order of one application: the hex SHA-256 of `seed:id` (UTF-8)."""
    return hashlib.sha256(f"{seed}:{application_id}".encode()).hexdigest()


def size(share: Decimal, population: int) -> int:
    """How many to draw: at least the share (不低于), so rounded up."""
    return min(population, math.ceil(Decimal(population) * share / Decimal(100)))


def draw(seed: str, population: list[int], share: Decimal) -> list[int]:
    """The drawn application ids, in draw order; the same seed, population and share give the same list."""
    return sorted(population, key=lambda key: rank(seed, key))[: size(share, len(population))]


def check_share(value: object) -> Decimal:
    """`preApprovalVisitShare` as `setPolicy` takes it: a percent above 0 and at most 100."""
    try:
        share = Decimal(str(value))
    except ArithmeticError:
        share = Decimal(-1)
    if not share.is_finite() or not Decimal(0) < share <= Decimal(100) or share != share.quantize(Decimal("0.01")):
        raise InvalidInput(
            'the share is a percent above 0 and at most 100 (e.g. "30")',
            '抽查比例应为大于 0、不超过 100 的百分数（如 "30"）',
            field="value",
            code=HouseholdsErrorCode.INVALID_SETTING,
        )
    return share


def _seed(value: str | None) -> str:
    if value is None or value == "":
        return secrets.token_hex(16)
    seed = value.strip()
    if not seed or len(seed) > MAX_SEED or not seed.isprintable():
        raise InvalidInput(
            f"a seed is 1 to {MAX_SEED} printable characters",
            f"随机种子应为 1 至 {MAX_SEED} 个可见字符",
            field="seed",
            code=HouseholdsErrorCode.INVALID_SEED,
        )
    return seed


async def draw_visits(
    *, actor: Principal, region_code: str, seed: str | None = None, on: dt.date | None = None
) -> VisitDraw:
    """Draw the county's pre-approval visits among the region's cases awaiting approval; audited, refusals too."""
    async with audited(actor, "visitdraw.draw", "Region", region_code, region_code) as conn:
        code = RegionCode.parse(region_code, field="regionCode")
        region = await Region.filter(code=code.code).using_db(conn).first()
        if region is None:
            raise UnknownRegion(code.code)
        get_authorizer().require(actor, Action.VISIT_DRAW, region.code)
        day = done_on(on, "a draw cannot be dated in the future", "抽取日期不能晚于今天")
        chosen_seed = _seed(seed)
        share = check_share((await PolicyBook.load(using_db=conn)).setting(region.code, "preApprovalVisitShare", day))
        taken = Subquery(VisitDrawItem.filter(Scope.of([code.prefix]).q()).values("application_id"))
        waiting = dict(
            await Application.filter(Scope.of([code.prefix]).q(), state=WAITING)
            .exclude(id__in=taken)
            .using_db(conn)
            .values_list("id", "region_code")
        )
        population = sorted(waiting)
        if not population:
            raise DrawRefused(
                "no case awaits county approval here that an earlier draw did not hold",
                "本区域没有未经抽取的待县级审批申请",
                field="regionCode",
                code=HouseholdsErrorCode.NOTHING_TO_DRAW,
            )
        drawn = draw(chosen_seed, population, share)
        row = await VisitDraw.create(
            region_code=region.code,
            seed=chosen_seed,
            share_percent=share,
            population=population,
            drawn=drawn,
            drawn_by=actor.username,
            drawn_on=day,
            using_db=conn,
        )
        picked = set(drawn)
        try:
            await VisitDrawItem.bulk_create(
                [
                    VisitDrawItem(draw_id=row.id, application_id=key, region_code=waiting[key], drawn=key in picked)
                    for key in population
                ],
                using_db=conn,
            )
        except IntegrityError:
            raise DrawRefused(
                "another draw took some of these cases at the same moment; draw again",
                "部分申请刚被另一次抽取选中，请重新抽取",
                field="regionCode",
                code=HouseholdsErrorCode.DRAW_CONFLICT,
            ) from None
        await done(
            conn,
            actor,
            "visitdraw.draw",
            "VisitDraw",
            row.id,
            region.code,
            after={
                "seed": chosen_seed,
                "sharePercent": f"{share}",
                "population": len(population),
                "drawn": [str(key) for key in drawn],
            },
        )
        return row


async def drawn(conn, application_id: int) -> bool:
    """Whether a draw picked the application for the county's own visit."""
    return await VisitDrawItem.filter(application_id=application_id, drawn=True).using_db(conn).exists()


async def drawn_of(application_ids: list[int]) -> list[bool]:
    """Whether each of many applications was drawn, in one query (DataLoader)."""
    picked = set(
        await VisitDrawItem.filter(application_id__in=application_ids, drawn=True).values_list(
            "application_id", flat=True
        )
    )
    return [key in picked for key in application_ids]


async def draws(*, scope: Scope, region_code: str | None = None, first: int = 50) -> list[VisitDraw]:
    """The draws in the caller's jurisdiction, newest first."""
    return (
        await VisitDraw.filter(scope.narrowed(region_code).q())
        .order_by("-id")
        .limit(bounded(first, field="first", low=1, high=500))
    )


def reproduced(row: VisitDraw) -> bool:
    """Re-run the draw from what was recorded: the same list, or the record was altered."""
    return draw(row.seed, [int(key) for key in row.population], decimal(row.share_percent)) == [
        int(key) for key in row.drawn
    ]
