"""Setting standards (低保标准) and local policy; a raise (提标) re-amounts active cases from its month on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.errors import InvalidInput
from kernel.values import RegionCode, money, prefix_bounds
from services.households import events
from services.households.auditing import audited, done
from services.households.calendar import month_start
from services.households.cases import Registry, assess_with, write_amounts
from services.households.errors import UnknownRegion
from services.households.models import Household, PolicySetting, Region, Standard
from services.households.panels import check_panel_rules
from services.households.policy import DEFAULTS, NATIONAL, PolicyBook, check_class_raise, check_extras
from services.households.visit_draws import check_share

ACTIVE = ("ACTIVE", "GRACE", "SUSPENDED")
CHUNK = 5000


async def _region(code: str) -> RegionCode:
    region = RegionCode.parse(code)
    if region.code != NATIONAL and not await Region.exists(code=region.code):
        raise UnknownRegion(region.code)
    return region


async def set_standard(*, actor: Principal, region_code: str, urban_rural: str, monthly_amount: object,
                       effective_from: dt.date) -> Standard:
    """A new standard from a date; every active case beneath re-amounted from that month, earlier months untouched."""
    async with audited(actor, "standard.set", "Standard", "", region_code) as conn:
        region = await _region(region_code)
        get_authorizer().require(actor, Action.STANDARD_SET, region.code)
        if urban_rural not in ("URBAN", "RURAL"):
            raise InvalidInput("urbanRural must be URBAN or RURAL", "城乡类别应为 URBAN 或 RURAL", field="urbanRural")
        amount = money(monthly_amount, field="monthlyAmount")
        if amount <= 0:
            raise InvalidInput("a standard is a positive amount", "低保标准应大于零", field="monthlyAmount", code="NEGATIVE_AMOUNT")
        if await Standard.filter(region_code=region.code, urban_rural=urban_rural, effective_from=effective_from).using_db(conn).exists():
            raise InvalidInput("a standard from that date exists already", "该日期起的标准已存在",
                               field="effectiveFrom", code="DUPLICATE_STANDARD")
        standard = await Standard.create(region_code=region.code, urban_rural=urban_rural, monthly_amount=amount,
                                         effective_from=effective_from, set_by=actor.username, using_db=conn)
        await events.emit(standard, "SET", using_db=conn)
        changed = await reamount(conn, region.prefix if region.code != NATIONAL else "", urban_rural, month_start(effective_from), "RAISE")
        await done(conn, actor, "standard.set", "Standard", standard.id, region.code,
                   after={"urbanRural": urban_rural, "monthlyAmount": str(amount),
                          "effectiveFrom": effective_from.isoformat(), "casesReamounted": changed})
        return standard


async def reamount(conn, prefix: str, urban_rural: str | None, month: dt.date, reason: str) -> int:
    """Re-assess the active cases under `prefix` as of `month`, a chunk of households at a time: each chunk's
    registry is read in three queries and its changed amounts written in three statements, never per household."""
    low, high = prefix_bounds(prefix)
    book = await PolicyBook.load(using_db=conn)
    changed, after = 0, 0
    while True:
        query = Household.filter(region_code__gte=low, region_code__lte=high, status__in=ACTIVE, effective_month__isnull=False,
                                 id__gt=after).using_db(conn)
        if urban_rural:
            query = query.filter(urban_rural=urban_rural)
        households = await query.order_by("id").limit(CHUNK)
        if not households:
            return changed
        after = households[-1].id
        registry = await Registry.load([h.id for h in households], using_db=conn)
        changes = []
        for household in households:
            on = max(month, household.effective_month)
            assessment = assess_with(household, registry, book, on)
            if assessment.eligible and assessment.monthly != household.monthly_amount:
                changes.append((household, assessment, on))
        await write_amounts(conn, changes, reason)
        changed += len(changes)


def _check_setting(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise InvalidInput(f"unknown setting {key!r}", f"未知的配置项 {key!r}", field="key")
    if type(value) is not type(DEFAULTS[key]):
        raise InvalidInput(f"{key} takes a {type(DEFAULTS[key]).__name__}",
                           f"{key} 的取值类型应为 {type(DEFAULTS[key]).__name__}", field="value")
    if key == "classRaise":
        check_class_raise(value)
    elif key == "extras":
        check_extras(value)
    elif key in ("countyPanel", "democraticReview"):
        check_panel_rules(key, value)
    elif key == "preApprovalVisitShare":
        check_share(value)
    elif key == "nearPovertyIncomeFactor":
        try:
            factor = Decimal(value)
        except (ArithmeticError, ValueError):
            factor = Decimal(0)
        if not factor.is_finite() or not Decimal(1) < factor <= Decimal(3):
            raise InvalidInput("the near-poverty factor is a number above 1 and at most 3 (e.g. \"1.5\")",
                               "低保边缘倍数应为大于 1、不超过 3 的数（如 \"1.5\"）", field="value", code="INVALID_SETTING")


async def set_policy(*, actor: Principal, region_code: str, key: str, value: Any, effective_from: dt.date) -> PolicySetting:
    """A local rule (extras, tiers, rounding, clocks…) from a date on; earlier months keep the earlier rule."""
    async with audited(actor, "policy.set", "PolicySetting", key, region_code) as conn:
        region = await _region(region_code)
        get_authorizer().require(actor, Action.POLICY_SET, region.code)
        _check_setting(key, value)
        row, _ = await PolicySetting.update_or_create(
            region_code=region.code, key=key, effective_from=effective_from,
            defaults={"value": value, "set_by": actor.username}, using_db=conn,
        )
        await done(conn, actor, "policy.set", "PolicySetting", row.id, region.code, after={"key": key, "value": value})
        return row
