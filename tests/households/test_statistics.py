"""Dashboard statistics through the gateway: hand-counted changes, margins that add up, jurisdiction."""

import datetime as dt
from decimal import Decimal

from kernel.values import prefix_bounds
from services.households.calendar import today
from services.households.models import Household
from tests.households.support import TOWNSHIP, VILLAGE, register
from tests.households.test_workflow import day, ok, submitted, to_county

TALLY = "key name households persons monthlyAmount"
STATS = f"""
query($r: String, $from: String, $to: String) {{
  householdStatistics(regionCode: $r) {{
    regionCode total {{ {TALLY} }} byRegion {{ {TALLY} }} byUrbanRural {{ {TALLY} }} byReviewClass {{ {TALLY} }}
    byStatus {{ {TALLY} }} perCapitaMonthly applications {{ state count overdue }} overdueApplications
    monthly(fromMonth: $from, toMonth: $to) {{ month households amount }}
  }}
}}
"""


async def stats(gql, region: str | None = TOWNSHIP, user: str = "township.officer", **months) -> dict:
    body = await gql(STATS, {"r": region, **months}, user=user)
    assert "errors" not in body, body
    return body["data"]["householdStatistics"]


def keyed(rows: list[dict], key: str) -> tuple[int, int, Decimal]:
    row = next((r for r in rows if r["key"] == key), {"households": 0, "persons": 0, "monthlyAmount": "0"})
    return row["households"], row["persons"], Decimal(str(row["monthlyAmount"]))


def delta(after: dict, before: dict, margin: str, key: str) -> tuple[int, int, Decimal]:
    new, old = keyed(after[margin], key), keyed(before[margin], key)
    return new[0] - old[0], new[1] - old[1], new[2] - old[2]


async def test_a_registration_and_an_approval_change_the_counts_by_what_a_clerk_would_count(gql):
    # given the township's statistics
    this_month = f"{today():%Y-%m}"
    months = {"from": f"{today() - dt.timedelta(days=40):%Y-%m}", "to": f"{today() + dt.timedelta(days=40):%Y-%m}"}
    before = await stats(gql, **months)
    # when one household of three registers and a household of two (no income, rural ¥500) is approved
    await register(gql, ("孙一", "HEAD", "19600101"), ("孙二", "SPOUSE", "19620101"), ("孙三", "CHILD", "19900101"))
    _, application = await submitted(gql)
    await to_county(gql, application)
    await ok(gql, "approveApplication", application, "county.approver", on=day(12))
    after = await stats(gql, **months)
    # then: 2 households, 5 persons; the approved case pays (500 − 0/2) × 2 = ¥1,000 from the next month
    assert delta(after, before, "byRegion", VILLAGE) == (2, 5, Decimal("1000.00"))
    assert delta(after, before, "byStatus", "APPLYING") == (1, 3, 0)
    assert delta(after, before, "byStatus", "ACTIVE") == (1, 2, Decimal("1000.00"))
    assert delta(after, before, "byUrbanRural", "RURAL") == (2, 5, Decimal("1000.00"))
    # the registered household keeps the default class; the approved couple of working age is class 2 (able to work)
    assert delta(after, before, "byReviewClass", "1") == (1, 3, 0)
    assert delta(after, before, "byReviewClass", "2") == (1, 2, Decimal("1000.00"))
    assert (
        after["total"]["households"] - before["total"]["households"],
        after["total"]["persons"] - before["total"]["persons"],
    ) == (2, 5)
    assert keyed(after["byRegion"], VILLAGE)[0] > 0 and next(
        r["name"] for r in after["byRegion"] if r["key"] == VILLAGE
    )
    approved = {a["state"]: a["count"] for a in after["applications"]}
    assert approved["APPROVED"] - {a["state"]: a["count"] for a in before["applications"]}.get("APPROVED", 0) == 1
    change = {
        m["month"]: (m["households"] - o["households"], Decimal(str(m["amount"])) - Decimal(str(o["amount"])))
        for m, o in zip(after["monthly"], before["monthly"], strict=True)
    }
    effective = f"{(await Household.filter(region_code=VILLAGE, status='ACTIVE').order_by('-id').first()).effective_month:%Y-%m}"
    assert change[effective] == (1, Decimal("1000.00"))
    assert all(change[m] == (0, 0) for m in change if m < effective)
    assert this_month in change


async def test_the_margins_add_up_and_per_capita_is_payable_money_over_payable_persons(gql):
    # given the whole city as the municipal officer sees it
    city = await stats(gql, region="431100000000", user="municipal.officer")
    # then the child regions are the eleven counties, with names, and every margin adds up to the total
    assert len(city["byRegion"]) == 11 and all(len(r["key"]) == 6 and r["name"] for r in city["byRegion"])
    for margin in ("byRegion", "byUrbanRural", "byReviewClass", "byStatus"):
        assert sum(r["households"] for r in city[margin]) == city["total"]["households"]
        assert sum(r["persons"] for r in city[margin]) == city["total"]["persons"]
    # and the per-capita subsidy equals the payable cases' money over their persons, counted row by row
    low, high = prefix_bounds("4311")
    payable = await Household.filter(region_code__gte=low, region_code__lte=high, status__in=["ACTIVE", "GRACE"])
    money = sum((h.monthly_amount for h in payable), Decimal("0"))
    persons = sum(h.counted_members for h in payable)
    assert Decimal(str(city["perCapitaMonthly"])) == (money / persons).quantize(Decimal("0.01"))
    assert sum(Decimal(str(r["monthlyAmount"])) for r in city["byStatus"]) == money


async def test_the_city_counts_each_county_as_the_county_itself_does_and_every_household_once(gql):
    # given the city as the municipal officer sees it (read from the township tallies, as each county is)
    city = await stats(gql, region="431100000000", user="municipal.officer")
    # then each county's line equals that county's own statistics, so no household is missed or counted twice
    for line in city["byRegion"]:
        county = (await stats(gql, region=line["key"].ljust(12, "0"), user="municipal.officer"))["total"]
        assert (line["households"], line["persons"], line["monthlyAmount"]) == (
            county["households"],
            county["persons"],
            county["monthlyAmount"],
        )
    low, high = prefix_bounds("4311")
    assert city["total"]["households"] == await Household.filter(region_code__gte=low, region_code__lte=high).count()


async def test_an_accepted_application_past_its_deadline_is_counted_overdue(gql):
    before = await stats(gql)
    household = await register(gql)
    long_ago = (today() - dt.timedelta(days=120)).isoformat()
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": long_ago},
        user="village.assistant",
    )
    await ok(gql, "acceptApplication", body["data"]["submitApplication"]["id"], "township.officer", on=long_ago)
    after = await stats(gql)
    accepted = {a["state"]: (a["count"], a["overdue"]) for a in after["applications"]}["ACCEPTED"]
    was = {a["state"]: (a["count"], a["overdue"]) for a in before["applications"]}.get("ACCEPTED", (0, 0))
    assert (accepted[0] - was[0], accepted[1] - was[1]) == (1, 1)
    assert after["overdueApplications"] == before["overdueApplications"] + 1


async def test_without_a_region_the_caller_gets_their_own_and_nothing_outside_it(gql):
    own = await stats(gql, region=None)
    assert own["regionCode"] == TOWNSHIP and all(r["key"].startswith(TOWNSHIP[:9]) for r in own["byRegion"])
    county = await gql(STATS, {"r": "431102000000"}, user="township.officer")
    assert (county["errors"][0]["extensions"]["code"], county["errors"][0]["extensions"]["field"]) == (
        "FORBIDDEN",
        "regionCode",
    )
    village = await gql(STATS, {"r": VILLAGE}, user="village.assistant")
    assert village["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_month_range_backwards_is_refused_by_field(gql):
    body = await gql(STATS, {"r": TOWNSHIP, "from": "2026-09", "to": "2026-01"}, user="township.officer")
    assert (body["errors"][0]["extensions"]["code"], body["errors"][0]["extensions"]["field"]) == (
        "BAD_USER_INPUT",
        "fromMonth",
    )


async def test_the_figures_are_aggregated_once_and_only_when_a_field_shows_them(gql, monkeypatch):
    from services.households import statistics

    aggregate, runs = statistics.statistics, []

    async def counted(**arguments):
        runs.append(arguments["region_code"])
        return await aggregate(**arguments)

    monkeypatch.setattr(statistics, "statistics", counted)
    # a dashboard of every figure aggregates once; one asking only for money per month not at all
    await stats(gql)
    assert runs == [TOWNSHIP]
    monthly = await gql(
        "query($r: String) { householdStatistics(regionCode: $r) { regionCode monthly { month } } }",
        {"r": TOWNSHIP},
        user="township.officer",
    )
    assert "errors" not in monthly and len(monthly["data"]["householdStatistics"]["monthly"]) == 12
    assert runs == [TOWNSHIP]
    # a region outside the jurisdiction is refused once, where it was asked for, before anything is aggregated
    county = await gql(STATS, {"r": "431102000000"}, user="township.officer")
    assert [(e["path"], e["extensions"]["code"]) for e in county["errors"]] == [(["householdStatistics"], "FORBIDDEN")]
    assert county["data"] is None and runs == [TOWNSHIP]
