"""Fund safeguards through the gateway: no release past the county fund without the county's named override, and
quarterly rosters compiled at the quarter's start (季初造册) or with a recorded reason."""

import datetime as dt
from decimal import Decimal

from kernel.values import Period
from services.disbursement.models import AuditRecord, FundOverride, LedgerEntry, PaymentBatch, PaymentCycle, Roster
from services.disbursement.safeguards import check_window
from tests.disbursement.support import (
    AGGREGATE,
    COMPILE,
    CONFIRM,
    COUNTY,
    OTHER_COUNTY,
    OTHER_TOWNSHIP,
    TOWNSHIP,
    approved,
    data,
    error,
    fund_balance,
    funded,
    next_period,
    next_quarter,
    user,
)

SUBSIDY = """mutation($r: String!, $p: String!) { declareSubsidy(regionCode: $r, period: $p, kind: ONE_OFF, name: "春节一次性生活补贴",
  amount: "9000000.00", basis: "县政府〔2027〕1号") { id } }"""
OVERRIDE = """mutation($b: ID!, $r: String!) { authorizeOverdraft(batchId: $b, reason: $r) {
  batchId countyCode balance shortfall reason authorizedBy } }"""
CYCLE = """mutation($c: String!, $d: Date!) { setPaymentCycle(countyCode: $c, cycle: QUARTERLY, effectiveFrom: $d,
  windowOpensDaysBefore: 3, windowClosesDay: 15) { cycle windowOpensDaysBefore windowClosesDay } }"""


async def aggregated(gql, period: str) -> dict:
    """The demo county's batch for the period, aggregated and not yet released."""
    await approved(gql, period)
    return data(await gql(AGGREGATE, {"c": COUNTY, "p": period}, user="county.approver"), "aggregateRosters")


async def test_a_batch_the_fund_cannot_cover_is_refused_until_the_county_records_an_override(gql):
    # given a batch carrying a one-off far beyond anything the county fund holds
    period = next_period()
    data(await gql(SUBSIDY, {"r": TOWNSHIP, "p": period}, user="county.approver"), "declareSubsidy")
    batch = await aggregated(gql, period)
    balance, total = await fund_balance(COUNTY), Decimal(batch["total"])
    assert total > balance
    # when county finance confirms the transfer
    refused = await gql(CONFIRM, {"b": batch["id"]}, user="county.finance")
    # then it is refused with the balance and the shortfall, audited, and nothing moved
    assert (error(refused)["code"], error(refused)["field"]) == ("FUND_INSUFFICIENT", "batchId")
    assert Decimal(error(refused)["shortfall"]) == total - balance
    row = await PaymentBatch.get(id=int(batch["id"]))
    assert row.state == "AGGREGATED" and not await LedgerEntry.filter(batch_id=row.id).exists()
    assert set(await Roster.filter(batch_id=row.id).values_list("state", flat=True)) == {"COUNTY_APPROVED"}
    trail = await AuditRecord.filter(
        action="disbursement.transfer.confirm", entity_id=batch["id"], succeeded=False
    ).first()
    assert trail.after["code"] == "FUND_INSUFFICIENT" and trail.actor == "county.finance"
    # an override needs its reason, and county finance may not authorise its own overdraft
    assert error(await gql(OVERRIDE, {"b": batch["id"], "r": " "}, user="county.approver"))["code"] == "REASON_REQUIRED"
    assert (
        error(await gql(OVERRIDE, {"b": batch["id"], "r": "上级资金未到，先行垫付"}, user="county.finance"))["code"]
        == "FORBIDDEN"
    )
    assert not await FundOverride.filter(batch_id=row.id).exists()
    # when the county civil affairs bureau authorises it with a reason, finance may release it
    override = data(
        await gql(OVERRIDE, {"b": batch["id"], "r": "上级资金未到，县财政先行垫付"}, user="county.approver"),
        "authorizeOverdraft",
    )
    assert Decimal(override["shortfall"]) == total - balance and override["authorizedBy"] == "county.approver"
    released = data(await gql(CONFIRM, {"b": batch["id"]}, user="county.finance"), "confirmTransfer")
    # then the batch goes to the bank, the ledger shows the overdraft, and both steps are audited
    assert released["state"] == "RELEASED" and await fund_balance(COUNTY) == balance - total
    saved = await FundOverride.get(batch_id=row.id)
    audited = await AuditRecord.filter(entity="PaymentBatch", entity_id=batch["id"], succeeded=True).values_list(
        "action", "after"
    )
    assert (
        "disbursement.fund.override",
        {
            "balance": f"{balance:.2f}",
            "total": f"{total:.2f}",
            "shortfall": f"{total - balance:.2f}",
            "reason": "上级资金未到，县财政先行垫付",
        },
    ) in audited
    assert any(action == "disbursement.transfer.confirm" and after["override"] == saved.id for action, after in audited)
    # and a released batch takes no further override
    assert error(await gql(OVERRIDE, {"b": batch["id"], "r": "再次"}, user="county.approver"))["code"] == "WRONG_STATE"
    # the fund is topped up again so later batches of the county need no override
    await funded(gql, COUNTY, period, Decimal("0.00"))


async def test_an_override_is_refused_when_the_fund_covers_the_batch(gql):
    period = next_period()
    batch = await aggregated(gql, period)
    await funded(gql, COUNTY, period, Decimal(batch["total"]))
    body = await gql(OVERRIDE, {"b": batch["id"], "r": "不需要"}, user="county.approver")
    assert (error(body)["code"], error(body)["field"]) == ("NO_SHORTFALL", "batchId")
    assert not await FundOverride.filter(batch_id=int(batch["id"])).exists()
    assert data(await gql(CONFIRM, {"b": batch["id"]}, user="county.finance"), "confirmTransfer")["state"] == "RELEASED"


async def test_a_quarterly_roster_outside_its_window_needs_a_recorded_reason(gql):
    # given the other county paying quarterly, compiling from 3 days before a quarter to the 15th of its first month
    officer = await user("lst.officer", ("township_officer", OTHER_TOWNSHIP))
    await user("lst.approver", ("county_approver", OTHER_COUNTY))
    quarter = next_quarter()
    start = Period.parse(quarter).start
    cycle = data(await gql(CYCLE, {"c": OTHER_COUNTY, "d": start.isoformat()}, user="lst.approver"), "setPaymentCycle")
    assert (cycle["windowOpensDaysBefore"], cycle["windowClosesDay"]) == (3, 15)
    # when its township compiles that (future) quarter today without a reason
    refused = await gql(COMPILE, {"t": OTHER_TOWNSHIP, "p": quarter}, user=officer)
    # then it is refused by name, audited, and no roster is written
    assert (error(refused)["code"], error(refused)["field"]) == ("COMPILE_OUTSIDE_WINDOW", "reason")
    assert str(start - dt.timedelta(days=3)) in refused["errors"][0]["message"]
    assert not await Roster.filter(region_code=OTHER_TOWNSHIP, period=quarter).exists()
    trail = await AuditRecord.filter(
        action="disbursement.roster.compile", entity_id=f"{OTHER_TOWNSHIP} {quarter}", succeeded=False
    ).first()
    assert trail.after["code"] == "COMPILE_OUTSIDE_WINDOW"
    # and with a reason it is compiled, the roster keeping the reason
    roster = data(
        await gql(COMPILE, {"t": OTHER_TOWNSHIP, "p": quarter, "reason": "系统切换，提前造册"}, user=officer),
        "compileRoster",
    )
    assert roster["compileReason"] == "系统切换，提前造册" and roster["months"] == 3


def test_the_window_runs_from_days_before_the_quarter_to_the_configured_day():
    cycle = PaymentCycle(cycle="QUARTERLY", window_opens_days_before=3, window_closes_day=15)
    quarter = Period.parse("2031Q2")
    for day, inside in (
        (dt.date(2031, 3, 28), False),
        (dt.date(2031, 3, 29), True),
        (dt.date(2031, 4, 15), True),
        (dt.date(2031, 4, 16), False),
    ):
        if inside:
            assert check_window(cycle, quarter, "", today=day) == ""
        else:
            try:
                check_window(cycle, quarter, "", today=day)
            except Exception as refusal:  # noqa: BLE001 - the refusal's code is what is checked
                assert getattr(refusal, "code", "") == "COMPILE_OUTSIDE_WINDOW"
            else:
                raise AssertionError(f"{day} should be outside the window")
    monthly = PaymentCycle(cycle="MONTHLY", window_opens_days_before=3, window_closes_day=15)
    assert check_window(monthly, Period.parse("2031-05"), "", today=dt.date(2031, 1, 1)) == ""


async def test_bad_windows_are_refused_by_field(gql):
    await user("lst.approver", ("county_approver", OTHER_COUNTY))
    for variables, field in (({"o": 40, "c": 10}, "windowOpensDaysBefore"), ({"o": 5, "c": 31}, "windowClosesDay")):
        body = await gql(
            """mutation($o: Int!, $c: Int!) { setPaymentCycle(countyCode: "431103000000", cycle: QUARTERLY,
                         effectiveFrom: "2040-01-01", windowOpensDaysBefore: $o, windowClosesDay: $c) { cycle } }""",
            variables,
            user="lst.approver",
        )
        assert (error(body)["code"], error(body)["field"]) == ("INVALID_WINDOW", field)
    assert not await PaymentCycle.filter(region_code=OTHER_COUNTY, effective_from=dt.date(2040, 1, 1)).exists()
