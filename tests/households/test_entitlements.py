"""Entitlements: active cases of a township as of a period's start, paged, with amounts and their parts."""

import datetime as dt
from decimal import Decimal

import pytest

from kernel.internal import InternalCallFailed
from services.households.models import CaseAmount, Household, Person
from tests.households.support import TOWNSHIP, internal

ENTITLEMENTS = """
query($township: String!, $period: String!, $first: Int!, $after: String) {
  entitlements(townshipCode: $township, period: $period, first: $first, after: $after) {
    items { householdId regionCode headName members { personId name idNumber } monthlyAmount
            parts { kind amount basis } effectiveFrom stopsFrom status }
    nextCursor
  }
}
"""
ROWS = """
query($township: String!, $period: String!, $first: Int!, $after: String) {
  entitlements(townshipCode: $township, period: $period, first: $first, after: $after) { rows nextCursor }
}
"""


async def walk(period: str, first: int, query: str = ENTITLEMENTS, key: str = "items") -> list[dict]:
    """Every entitlement of the township, `first` a page, as the disbursement service reads them (`key` of each page)."""
    client = internal("disbursement")
    try:
        return [
            item
            async for page in client.pages(
                query, {"township": TOWNSHIP, "period": period, "first": first}, "entitlements"
            )
            for item in page[key]
        ]
    finally:
        await client.aclose()


async def test_the_township_list_holds_exactly_the_cases_in_force_at_the_period_start():
    # given the seeded township, whose cases became effective in different months of 2026
    start = dt.date(2026, 5, 1)
    expected = {
        str(h.id)
        for h in await Household.filter(
            region_code__startswith=TOWNSHIP[:9], status="ACTIVE", effective_month__lte=start
        )
    }
    # when the disbursement service asks for May 2026
    items = await walk("2026-05", 1000)
    # then every case effective by 1 May is there and no other (not yet effective, stopped, applying)
    assert {item["householdId"] for item in items} == expected and expected
    for item in items:
        assert dt.date.fromisoformat(item["effectiveFrom"]) <= start and item["regionCode"].startswith(TOWNSHIP[:9])
        assert sum(Decimal(part["amount"]) for part in item["parts"]) == Decimal(item["monthlyAmount"])
        assert item["members"] and item["headName"] and len(item["members"][0]["idNumber"]) == 18


async def test_small_pages_walk_the_same_list_in_household_order():
    whole = await walk("2026-10", 1000)
    paged = await walk("2026-10", 7)
    assert paged == whole
    assert [int(item["householdId"]) for item in paged] == sorted(int(item["householdId"]) for item in paged)


async def test_compact_rows_carry_the_typed_items_value_for_value_on_every_page():
    # given the township's typed entitlements
    typed = await walk("2026-10", 1000)
    # when the disbursement service reads the same list as compact rows, seven at a time
    rows = await walk("2026-10", 7, ENTITLEMENTS.replace("items {", "rows items {"), "rows")
    # then each row is the typed item with the same names and values (amounts and dates as strings)
    assert rows == typed and len(rows) > 7


async def test_rows_asked_alone_carry_the_typed_items_values_on_every_page():
    # given cases that make a row differ from the household as registered: a member who died before the period,
    # one not counted, two heads, a case stopping after the start, amounts before and after the one in force
    homes = await Household.filter(
        region_code__startswith=TOWNSHIP[:9], status="ACTIVE", effective_month__lte=dt.date(2026, 10, 1)
    ).order_by("id")
    families = [home.id for home in homes if await Person.filter(household_id=home.id, counted=True).count() >= 2]
    died, uncounted, two_heads, stopping, raised = families[:5]
    people = {h: await Person.filter(household_id=h).order_by("id") for h in (died, uncounted, two_heads)}
    before = await CaseAmount.filter(household_id=raised).order_by("-effective_from").first()
    try:
        await Person.filter(id=people[died][-1].id).update(deceased_on=dt.date(2026, 9, 3))
        await Person.filter(id=people[uncounted][-1].id).update(counted=False)
        await Person.filter(id=people[two_heads][-1].id).update(relation="HEAD")  # the later one is named
        await Household.filter(id=stopping).update(stops_from=dt.date(2026, 11, 1))
        for month, amount in ((dt.date(2020, 1, 1), "2.00"), (dt.date(2026, 12, 1), "1.00")):  # earlier, later
            await CaseAmount.create(
                household_id=raised,
                region_code=before.region_code,
                effective_from=month,
                monthly_amount=Decimal(amount),
                parts=[{"kind": "BASE", "amount": amount, "basis": "不在本期 / not the one in force"}],
                explanation={},
                reason="TEST",
                created_at=dt.datetime.now(dt.UTC),
            )
        await _rows_alone_match_items()
    finally:
        await CaseAmount.filter(household_id=raised, reason="TEST").delete()
        await Household.filter(id=stopping).update(stops_from=None)
        for person in (person for group in people.values() for person in group):
            await Person.filter(id=person.id).update(
                deceased_on=person.deceased_on, counted=person.counted, relation=person.relation
            )


async def _rows_alone_match_items() -> None:
    typed = await walk("2026-10", 1000)
    # when a roster's compile reads the rows alone, seven at a time
    rows = await walk("2026-10", 7, ROWS, "rows")
    # then they are the typed items, name for name and value for value, in household order
    assert rows == typed and len(rows) > 7
    assert any(row["parts"] for row in rows) and all(row["members"] for row in rows)


@pytest.mark.parametrize(
    ("township", "period", "code", "field"),
    [
        ("431102100200", "2026-10", "REGION_NOT_A_TOWNSHIP", "townshipCode"),
        ("4311", "2026-10", "INVALID_REGION_CODE", "townshipCode"),
        (TOWNSHIP, "2026-13", "INVALID_PERIOD", "period"),
    ],
)
async def test_bad_arguments_are_refused_naming_the_field(township, period, code, field):
    client = internal("disbursement")
    with pytest.raises(InternalCallFailed) as refused:
        await client.query(ENTITLEMENTS, {"township": township, "period": period, "first": 10})
    await client.aclose()
    assert (refused.value.details["upstream"]["code"], refused.value.details["upstream"]["field"]) == (code, field)


async def test_the_county_approver_may_read_its_townships_but_a_village_assistant_may_not(gql):
    variables = {"township": TOWNSHIP, "period": "2026-10", "first": 5}
    assert (await gql(ENTITLEMENTS, variables, user="county.approver"))["data"]["entitlements"]["items"]
    refused = await gql(ENTITLEMENTS, variables, user="village.assistant")
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


LEAN = """
query($township: String!, $period: String!, $first: Int!, $after: String) {
  entitlements(townshipCode: $township, period: $period, first: $first, after: $after) {
    rows(memberDetails: false) nextCursor %s
  }
}
"""


@pytest.mark.parametrize("beside", ["", "items { householdId }"], ids=["rows alone", "rows beside items"])
async def test_rows_without_member_details_name_each_member_by_person_id_alone(beside):
    # given the township's typed entitlements
    typed = await walk("2026-10", 1000)
    # when a roster's compile asks for the rows without the members' details (alone, or beside the typed items)
    rows = await walk("2026-10", 7, LEAN % beside, "rows")
    # then each row is the typed item with every member reduced to its person id: no name, no ID number
    lean = [{**item, "members": [{"personId": m["personId"]} for m in item["members"]]} for item in typed]
    assert rows == lean and len(rows) > 7 and all(row["members"] for row in rows)
