"""A standard raise (提标) across many cases at once: every active case re-amounted, history kept, feed told."""

from decimal import Decimal

from kernel.values import prefix_bounds
from services.households.calendar import month_start, today
from services.households.models import AuditRecord, CaseAmount, ChangeEvent, Household, IncomeItem, Person

STANDARD = """mutation($r: String!, $u: UrbanRural!, $amount: String!, $from: Date!) {
  setStandard(regionCode: $r, urbanRural: $u, monthlyAmount: $amount, effectiveFrom: $from) { monthlyAmount } }"""
COMMUNITY = "431102100003"  # a residents' committee: urban cases


async def gap_amount(household: Household, standard: Decimal) -> Decimal:
    """(S − Y/n) × n for a seeded case: counted members and counted wages, as a clerk would add them up."""
    members = await Person.filter(household_id=household.id, counted=True, deceased_on__isnull=True).count()
    wages = sum(
        (i.monthly_amount for i in await IncomeItem.filter(household_id=household.id, treatment="COUNTED")),
        Decimal("0"),
    )
    return standard * members - wages


async def test_a_city_wide_raise_re_amounts_every_active_urban_case_from_its_month(gql):
    # given the city's active urban cases at ¥700
    low, high = prefix_bounds("4311")
    urban = await Household.filter(
        region_code__gte=low, region_code__lte=high, urban_rural="URBAN", status="ACTIVE"
    ).order_by("id")
    current = {h.id: Decimal(h.monthly_amount) for h in urban}
    # when the city raises the urban standard to ¥750 from January 2030
    body = await gql(
        STANDARD, {"r": "431100000000", "u": "URBAN", "amount": "750", "from": "2030-01-01"}, user="municipal.officer"
    )
    assert "errors" not in body, body
    # then every one of them has a January 2030 amount of (750 − Y/n) × n, and today's amounts are untouched
    rows = {
        r.household_id: r for r in await CaseAmount.filter(household_id__in=list(current), effective_from="2030-01-01")
    }
    assert set(rows) == set(current)
    for household in urban[:5]:
        assert Decimal(rows[household.id].monthly_amount) == await gap_amount(household, Decimal("750.00"))
        assert rows[household.id].reason == "RAISE" and rows[household.id].parts[0]["kind"] == "BASE"
    assert {h.id: Decimal(h.monthly_amount) for h in await Household.filter(id__in=list(current))} == current
    trail = await AuditRecord.filter(action="standard.set", succeeded=True).order_by("-id").first()
    assert trail.after["casesReamounted"] == len(current)


async def test_a_raise_from_this_month_changes_the_current_amounts_and_tells_the_feed(gql):
    # given a community's active urban cases
    cases = await Household.filter(region_code=COMMUNITY, urban_rural="URBAN", status="ACTIVE").order_by("id")
    assert cases
    cursor = (await ChangeEvent.all().order_by("-id").first()).id
    # when its urban standard is raised to ¥720 from this month
    body = await gql(
        STANDARD,
        {"r": COMMUNITY, "u": "URBAN", "amount": "720", "from": month_start(today()).isoformat()},
        user="municipal.officer",
    )
    assert "errors" not in body, body
    # then each current amount is (720 − Y/n) × n and the feed carries each household's new amount once
    for household in cases:
        assert Decimal((await Household.get(id=household.id)).monthly_amount) == await gap_amount(
            household, Decimal("720.00")
        )
    told = await ChangeEvent.filter(id__gt=cursor, entity="Household", kind="AMOUNT_CHANGED").values_list(
        "entity_id", "payload"
    )
    assert sorted(entity for entity, _ in told) == [h.id for h in cases]
    first = await Household.get(id=cases[0].id)
    assert dict(told)[first.id]["monthlyAmount"] == f"{first.monthly_amount:.2f}"
