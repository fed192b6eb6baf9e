"""Rule parameters — 核查参数: thresholds per region, effective-dated; the most specific region with the latest
effective date at or before the day asked wins, else the national default. The standard (低保标准) is not one of
them: the rules read the standard households pays by, through its change feed (`standards.py`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.values import RegionCode
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import covered
from services.supervision.models import AuditRecord, InspectionParameter
from services.supervision.sql import CONNECTION

DEFAULTS: dict[str, tuple[Decimal, str]] = {
    "vehicle_value_limit": (Decimal("50000.00"), "非豁免车辆价值上限（元）/ value above which a vehicle counts"),
    "houses_limit": (Decimal("1"), "住房套数上限 / houses a household may hold"),
    "employer_min_staff": (Decimal("1"), "雇工人数下限 / employees that make a member an employer"),
    "support_min": (Decimal("100.00"), "赡养费提示下限（元/月）/ monthly support that raises a finding"),
    "work_refusals": (Decimal("3"), "连续拒绝就业次数 / consecutive refused referrals"),
    "spending_multiple": (Decimal("2.00"), "消费支出倍数 / spending above this multiple of the standard per member"),
    "finding_deadline_days": (Decimal("30"), "线索办理期限（天）/ days to settle an assigned finding"),
    "complaint_feedback_days": (Decimal("15"), "举报反馈期限（天）/ days to answer a real-name reporter"),
    "spot_check_share": (Decimal("0.30"), "抽查比例 / share of new approvals drawn for spot checks"),
}
NAMES = tuple(DEFAULTS)
STANDARDS = {"standard_urban": "URBAN", "standard_rural": "RURAL"}
"""Names the standards once had here: now read from households, described with the parameters."""


async def _rows(as_of: dt.date) -> list[InspectionParameter]:
    return await InspectionParameter.filter(effective_from__lte=as_of).order_by("effective_from", "id")


def _pick(rows: list[InspectionParameter], region: str) -> dict[str, Decimal]:
    """Values for one region: longer prefixes beat shorter ones, later dates beat earlier ones."""
    values = {name: default for name, (default, _) in DEFAULTS.items()}
    best: dict[str, tuple[int, dt.date]] = {}
    for row in rows:
        prefix = RegionCode(row.region_code).prefix
        rank = (len(prefix), row.effective_from)
        if region.startswith(prefix) and rank >= best.get(row.name, (-1, dt.date.min)):
            best[row.name] = rank
            values[row.name] = row.value
    return values


async def for_regions(regions: list[str], as_of: dt.date) -> dict[str, dict[str, Decimal]]:
    """The parameters of each region (townships, as 9-digit prefixes, for the rules)."""
    rows = await _rows(as_of)
    return {region: _pick(rows, region) for region in regions}


async def value(region_code: str, name: str, as_of: dt.date) -> Decimal:
    return _pick(await _rows(as_of), region_code)[name]


async def set_parameter(
    *, scope: Scope, region_code: str, name: str, value: str, effective_from: dt.date, actor: str
) -> InspectionParameter:
    """Set a parameter for a region of the caller's jurisdiction from a date on (a later setting for the same date replaces it)."""
    region = covered(scope, region_code).code
    if name in STANDARDS:
        raise InvalidInput(
            "the standard is set in the households service (setStandard); the rules read that one",
            "低保标准在家庭服务中设定（setStandard），核查规则读取该标准，此处不能设置",
            field="name",
            code=SupervisionErrorCode.STANDARD_SET_IN_HOUSEHOLDS,
        )
    if name not in DEFAULTS:
        raise InvalidInput(
            f"unknown parameter {name!r}; known: {', '.join(NAMES)}",
            f"未知参数 {name!r}",
            field="name",
            code=SupervisionErrorCode.UNKNOWN_PARAMETER,
        )
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        raise InvalidInput(
            f"{value!r} is not a non-negative number",
            f"{value!r} 不是非负数",
            field="value",
            code=SupervisionErrorCode.INVALID_PARAMETER,
        )
    async with in_transaction(CONNECTION) as conn:
        before = await InspectionParameter.get_or_none(
            region_code=region, name=name, effective_from=effective_from
        ).using_db(conn)
        if before:
            old = str(before.value)
            before.value, before.set_by = amount, actor
            await before.save(using_db=conn)
            row = before
        else:
            old = None
            row = await InspectionParameter.create(
                region_code=region, name=name, value=amount, effective_from=effective_from, set_by=actor, using_db=conn
            )
        await record(
            AuditRecord,
            actor=actor,
            action="supervision.parameter.set",
            entity="InspectionParameter",
            entity_id=row.id,
            region_code=region,
            before={"value": old},
            after={"name": name, "value": str(amount), "effectiveFrom": effective_from.isoformat()},
            using_db=conn,
        )
    return row
