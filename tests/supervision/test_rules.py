"""Inspection rules over the projection and the registries: each raises a finding with evidence, once."""

import datetime as dt

import pytest

from authz.scope import Scope
from services.supervision import inspection, projection
from services.supervision.models import AuditRecord, Finding
from services.supervision.registry_imports import import_registry
from tests.supervision.support import (
    TEST_FEED,
    citizen_id,
    csv_file,
    event,
    given_household,
    given_standard,
    township,
    village,
)

AS_OF = dt.date(2026, 11, 1)
CITY = Scope.of(["4311"])


async def registry(kind: str, header: list[str], rows: list[list]) -> None:
    summary = await import_registry(
        kind=kind, file_name=f"{kind}.csv", content=csv_file(header, rows), actor="inspector", today=AS_OF
    )
    assert summary.batch.rows_rejected == 0, [r.reason for r in summary.rejections]


async def run(rule: str, region: str, preview: bool = False):
    [outcome] = await inspection.run(
        rule=rule, region_code=region, scope=CITY, actor="inspector", preview=preview, as_of=AS_OF
    )
    return outcome


async def findings(region: str, rule: str) -> list[Finding]:
    return await Finding.filter(region_code__startswith=region[:9], rule=rule).order_by("id")


async def test_a_member_who_died_raises_one_finding_however_often_the_rule_runs():
    # given an active household whose member appears in the death registry after the last review
    place = township()
    dead, alive = citizen_id("19400101"), citizen_id("19700101")
    household_id, (dead_id, _) = await given_household(village(place), dead, alive)
    await registry("DEATH", ["身份证号", "死亡日期"], [[dead, "2026-06-01"]])
    # when the rule is previewed, then run twice
    preview = await run("R02_STATUS_CHANGE", place, preview=True)
    first = await run("R02_STATUS_CHANGE", place)
    second = await run("R02_STATUS_CHANGE", place)
    # then the preview shows the case without writing, the first run raises it and the second adds nothing
    assert preview.matched == 1 and preview.sample[0].person_id == dead_id and not preview.sample[0].known
    assert (first.raised, second.raised, second.already_open) == (1, 0, 1)
    [finding] = await findings(place, "R02_STATUS_CHANGE")
    assert (finding.household_id, finding.person_id, finding.severity) == (
        household_id,
        dead_id,
        "HIGH",
    )  # more than 3 months ago
    assert finding.evidence["kind"] == "DEATH" and finding.evidence["eventDate"] == "2026-06-01"


async def test_pensions_at_the_standard_raise_a_finding_and_a_higher_standard_clears_it():
    # given a two-member rural household whose pensions give ¥520 per head, in a township whose standard is ¥500
    place = township()
    await given_standard(place, "500.00", "2026-01-01")
    first, second = citizen_id("19500101"), citizen_id("19520101")
    await given_household(village(place), first, second)
    await registry("PENSION", ["身份证号", "月养老金"], [[first, "640.00"], [second, "400.00"]])
    # when the rule is previewed, then the same after households raises the township's standard to ¥600
    before = await run("R03_PENSION", place, preview=True)
    await given_standard(place, "600.00", "2026-07-01")
    after = await run("R03_PENSION", place, preview=True)
    # then the case matches under ¥500 and not under ¥600
    assert before.matched == 1 and before.sample[0].evidence["perCapita"] in (520, "520.00", 520.0)
    assert before.sample[0].evidence["standard"] in (500, "500.00", 500.0)
    assert after.matched == 0


async def test_a_village_with_a_standard_of_its_own_is_compared_with_that_one():
    # given a township at ¥500 and one of its villages at ¥600, each with a household at ¥520 per head
    place = township()
    await given_standard(place, "500.00", "2026-01-01")
    await given_standard(village(place), "600.00", "2026-01-01")
    other = place[:9] + "202"
    numbers = [citizen_id("19500101") for _ in range(4)]
    in_village, _ = await given_household(village(place), *numbers[:2])
    in_township, _ = await given_household(other, *numbers[2:])
    await registry("PENSION", ["身份证号", "月养老金"], [[n, "520.00"] for n in numbers])
    # when the rule is previewed for the township
    outcome = await run("R03_PENSION", place, preview=True)
    # then only the household compared with the township's ¥500 matches
    assert [hit.household_id for hit in outcome.sample] == [in_township] and in_village != in_township


async def test_without_any_standard_from_households_the_income_rules_find_nothing():
    # given a household of a province no standard was ever set for, with a large pension
    place = "441102150000"
    number = citizen_id("19500101", county="441102")
    await given_household(place[:9] + "201", number)
    await registry("PENSION", ["身份证号", "月养老金"], [[number, "9000.00"]])
    # when the rule is previewed there, then nothing is compared with a standard that does not exist
    [outcome] = await inspection.run(
        rule="R03_PENSION", region_code=place, scope=Scope.of(["44"]), actor="inspector", preview=True, as_of=AS_OF
    )
    assert outcome.matched == 0


async def paid(household_id: int, place: str, periods: tuple[str, ...]) -> None:
    await projection.apply_paid_lines(
        [
            {
                "cursor": f"pl-{household_id}-{period}",
                "householdId": str(household_id),
                "regionCode": village(place),
                "period": period,
                "amount": "500.00",
                "paidOn": f"{period}-10",
                "accountNumber": "6221000011112222",
            }
            for period in periods
        ],
        feed=TEST_FEED,
    )


async def test_paid_after_death_counts_the_months_paid_after_the_month_of_death():
    # given a single-member household whose member died on 15 August, paid for August to October
    place = township()
    member = citizen_id("19300101")
    household_id, (person_id,) = await given_household(village(place), member)
    await projection.apply_changes(
        [event("Person", person_id, village(place), {"deceasedOn": "2026-08-15"})], feed=TEST_FEED
    )
    await paid(household_id, place, ("2026-08", "2026-09", "2026-10"))
    # when the rule runs
    outcome = await run("R11_PAID_AFTER_DEATH", place)
    # then one HIGH finding names the two months paid after the death and their amount
    assert outcome.raised == 1
    [finding] = await findings(place, "R11_PAID_AFTER_DEATH")
    assert finding.severity == "HIGH" and finding.person_id == person_id
    assert finding.evidence["periods"] == 2 and float(finding.evidence["amount"]) == 1000.0
    assert (finding.evidence["firstPeriod"], finding.evidence["lastPeriod"]) == ("2026-09", "2026-10")


async def test_paid_after_death_known_only_to_the_death_registry_is_found_from_the_registry_date():
    # given a two-member household whose member the households never marked dead, but the death registry did
    place = township()
    dead, alive = citizen_id("19310101"), citizen_id("19710101")
    household_id, (dead_id, _) = await given_household(village(place), dead, alive)
    await registry("DEATH", ["身份证号", "死亡日期"], [[dead, "2026-07-20"]])
    await paid(household_id, place, ("2026-07", "2026-08", "2026-09"))
    # when the rule runs
    outcome = await run("R11_PAID_AFTER_DEATH", place)
    # then the finding names the registry as its source, the registry's date, and the two months after it
    assert outcome.raised == 1
    [finding] = await findings(place, "R11_PAID_AFTER_DEATH")
    assert (finding.person_id, finding.severity) == (dead_id, "MEDIUM")
    assert (finding.evidence["source"], finding.evidence["diedOn"]) == ("DEATH registry", "2026-07-20")
    assert finding.evidence["periods"] == 2 and (finding.evidence["firstPeriod"], finding.evidence["lastPeriod"]) == (
        "2026-08",
        "2026-09",
    )


async def test_paid_after_death_is_found_for_a_household_no_longer_in_care():
    # given a household stopped since, one of whose members the death registry (only) records dead in July
    place = township()
    dead, alive = citizen_id("19330101"), citizen_id("19730101")
    household_id, (dead_id, _) = await given_household(village(place), dead, alive, status="STOPPED")
    await registry("DEATH", ["身份证号", "死亡日期"], [[dead, "2026-07-05"]])
    await paid(household_id, place, ("2026-07", "2026-08"))
    # when the rule is previewed
    outcome = await run("R11_PAID_AFTER_DEATH", place, preview=True)
    # then the month paid after the death is found, though the other rules no longer inspect the household
    [hit] = outcome.sample
    assert (hit.household_id, hit.person_id) == (household_id, dead_id)
    assert (hit.evidence["source"], hit.evidence["periods"], hit.evidence["firstPeriod"]) == (
        "DEATH registry",
        1,
        "2026-08",
    )


async def test_paid_after_death_prefers_the_households_date_to_an_earlier_registry_date():
    # given a member the households recorded dead on 15 September and the registry (wrongly) on 1 June
    place = township()
    member = citizen_id("19320101")
    household_id, (person_id,) = await given_household(village(place), member)
    await projection.apply_changes(
        [event("Person", person_id, village(place), {"deceasedOn": "2026-09-15"})], feed=TEST_FEED
    )
    await registry("DEATH", ["身份证号", "死亡日期"], [[member, "2026-06-01"]])
    await paid(household_id, place, ("2026-08", "2026-09", "2026-10"))
    # when the rule is previewed
    outcome = await run("R11_PAID_AFTER_DEATH", place, preview=True)
    # then the households' own date decides: one month paid after it, and the households are named as the source
    [hit] = outcome.sample
    assert hit.person_id == person_id and hit.severity == "HIGH"
    assert (hit.evidence["source"], hit.evidence["diedOn"], hit.evidence["periods"]) == ("households", "2026-09-15", 1)


async def test_one_account_in_two_active_households_flags_both():
    # given two active households paid into the same account
    place = township()
    one, _ = await given_household(village(place), citizen_id())
    two, _ = await given_household(village(place), citizen_id())
    await projection.apply_paid_lines(
        [
            {
                "cursor": f"acct-{h}",
                "householdId": str(h),
                "regionCode": village(place),
                "period": "2026-10",
                "amount": "300.00",
                "paidOn": "2026-10-10",
                "accountNumber": "6221999988887777",
            }
            for h in (one, two)
        ],
        feed=TEST_FEED,
    )
    # when the rule runs
    await run("R12_DUPLICATE_IDENTITY", place)
    # then both households have a finding, and the evidence shows only the account's last four digits
    flagged = await findings(place, "R12_DUPLICATE_IDENTITY")
    assert sorted(f.household_id for f in flagged) == sorted([one, two])
    assert flagged[0].evidence["account"] == "****7777" and flagged[0].evidence["households"] == 2


async def test_kinship_to_the_approving_staff_member_is_flagged():
    # given an active household approved by a county approver who filed a kinship relation to its member
    place = township()
    household_id, (person_id,) = await given_household(village(place), citizen_id(), approved_by="county.approver")
    await projection.apply_changes(
        [
            event(
                "KinshipFiling",
                person_id + 500_000,
                village(place),
                {
                    "personId": str(person_id),
                    "householdId": str(household_id),
                    "staffUsername": "county.approver",
                    "staffName": "县民政局审批",
                    "relation": "SIBLING",
                },
            )
        ],
        feed=TEST_FEED,
    )
    # when the rule runs
    outcome = await run("R13_STAFF_KINSHIP", place)
    # then a HIGH finding names the staff member and the relation
    assert outcome.raised == 1
    [finding] = await findings(place, "R13_STAFF_KINSHIP")
    assert (
        finding.severity == "HIGH"
        and finding.evidence["staff"] == "county.approver"
        and finding.evidence["relation"] == "SIBLING"
    )


@pytest.mark.parametrize(
    "rule, kind, header, row",
    [
        ("R01_PUBLIC_EMPLOYEE", "PUBLIC_EMPLOYEE", ["身份证号", "工作单位"], ["{id}", "县国土局"]),
        ("R04_ASSETS", "VEHICLE", ["身份证号", "号牌号码", "营运车辆"], ["{id}", "湘M88888", "是"]),
        ("R05_EMPLOYER", "BUSINESS", ["身份证号", "统一社会信用代码", "从业人数"], ["{id}", "91431102MA4L000001", "5"]),
        ("R06_WAGES", "WAGE", ["身份证号", "所属月份", "月工资"], ["{id}", "2026-10", "9000.00"]),
        ("R07_SUPPORT", "SUPPORT", ["身份证号", "义务人身份证号", "月赡养费"], ["{id}", "{other}", "800.00"]),
        (
            "R09_CHECK_REFUSAL",
            "CHECK_REFUSAL",
            ["身份证号", "发生日期", "事项"],
            ["{id}", "2026-10-01", "拒绝授权核对"],
        ),
        (
            "R10_SPENDING",
            "SPENDING",
            ["身份证号", "所属月份", "金额", "类别"],
            ["{id}", "2026-09", "3000.00", "出境旅游"],
        ),
    ],
)
async def test_each_registry_category_raises_a_finding_for_a_matching_member(rule, kind, header, row):
    # given an active household and a registry row naming its member
    place = township()
    await given_standard(place, "500.00", "2026-01-01")  # the income rules compare with the township's standard
    member = citizen_id("19800101")
    household_id, _ = await given_household(village(place), member)
    await registry(kind, header, [[cell.format(id=member, other=citizen_id("19500505")) for cell in row]])
    # when the rule runs, then the household has exactly one finding of that rule
    outcome = await run(rule, place)
    assert outcome.raised == 1
    [finding] = await findings(place, rule)
    assert finding.household_id == household_id and finding.status == "OPEN"


async def test_three_refused_referrals_in_a_row_are_flagged_but_an_accepted_one_breaks_the_streak():
    # given two members: one refused the last three referrals, the other accepted the latest
    place = township()
    refuser, accepter = citizen_id("19850101"), citizen_id("19860101")
    await given_household(village(place), refuser, accepter)
    rows = (
        [[refuser, f"2026-0{m}-01", "是"] for m in (3, 4, 5)]
        + [[accepter, f"2026-0{m}-01", "是"] for m in (3, 4)]
        + [[accepter, "2026-05-01", "否"]]
    )
    await registry("WORK_REFERRAL", ["身份证号", "介绍日期", "拒绝"], rows)
    # when the rule is previewed, then only the first member matches
    outcome = await run("R08_WORK_REFUSAL", place, preview=True)
    assert outcome.matched == 1 and outcome.sample[0].evidence["refusals"] == 3


async def test_an_unknown_rule_and_a_region_outside_the_jurisdiction_are_refused():
    from kernel.errors import Forbidden, InvalidInput

    with pytest.raises(InvalidInput) as unknown:
        await inspection.run(rule="R99", region_code="431102000000", scope=CITY, actor="inspector", preview=True)
    assert (unknown.value.code, unknown.value.field) == ("UNKNOWN_RULE", "rule")
    with pytest.raises(Forbidden) as outside:
        await inspection.run(rule=None, region_code="430100000000", scope=CITY, actor="inspector", preview=True)
    assert outside.value.field == "regionCode"


async def test_a_run_raises_exactly_what_its_preview_matched_and_a_second_run_adds_nothing():
    # given a township's household matched by three rules: a death, a public employee, pensions above the standard
    place = township()
    await given_standard(place, "500.00", "2026-01-01")
    dead, worker = citizen_id("19400101"), citizen_id("19800101")
    household_id, (dead_id, worker_id) = await given_household(village(place), dead, worker)
    await registry("DEATH", ["身份证号", "死亡日期"], [[dead, "2026-06-01"]])
    await registry("PUBLIC_EMPLOYEE", ["身份证号", "工作单位"], [[worker, "县国土局"]])
    await registry("PENSION", ["身份证号", "月养老金"], [[worker, "1200.00"]])
    # when every rule is previewed, then run, then run again
    everything = dict(rule=None, region_code=place, scope=CITY, actor="inspector", as_of=AS_OF)
    preview = await inspection.run(preview=True, **everything)
    first = await inspection.run(**everything)
    second = await inspection.run(**everything)
    # then each rule raised what its preview matched, the findings are the previewed cases, and the second run raised nothing
    matched = {o.rule.name: o.matched for o in preview}
    assert matched == {o.rule.name: o.raised for o in first} == {o.rule.name: o.already_open for o in second}
    assert sum(o.raised for o in second) == 0
    previewed = {(o.rule.name, hit.household_id, hit.person_id) for o in preview for hit in o.sample}
    written = {(f.rule, f.household_id, f.person_id) for f in await Finding.filter(region_code__startswith=place[:9])}
    assert (
        written
        == previewed
        == {
            ("R01_PUBLIC_EMPLOYEE", household_id, worker_id),
            ("R02_STATUS_CHANGE", household_id, dead_id),
            ("R03_PENSION", household_id, None),
        }
    )


async def test_a_run_over_a_county_splits_its_townships_across_connections_and_finds_what_one_would():
    # given two townships of one county, each with a household whose member died after the last review
    places = [township(), township()]
    dead = [citizen_id("19400101"), citizen_id("19410101")]
    households = []
    for place, number in zip(places, dead, strict=True):
        household_id, (person_id, _) = await given_household(village(place), number, citizen_id())
        households.append((household_id, person_id))
    await registry("DEATH", ["身份证号", "死亡日期"], [[number, "2026-06-01"] for number in dead])
    county = places[0][:6] + "000000"
    assert len(inspection._split(CITY.narrowed(county), places, 2)) == 2
    # when the county is previewed, then run, on two connections
    preview = await run("R02_STATUS_CHANGE", county, preview=True)
    first = await run("R02_STATUS_CHANGE", county)
    # then both townships' cases are previewed in household order and raised, once, under one audit record
    sampled = [(hit.household_id, hit.person_id) for hit in preview.sample]
    assert sampled == sorted(sampled) and set(households) <= set(sampled)
    assert first.raised == preview.matched - preview.already_open and first.raised >= 2
    raised = {(f.household_id, f.person_id) for p in places for f in await findings(p, "R02_STATUS_CHANGE")}
    assert raised == set(households)
    [audit] = await AuditRecord.filter(action="supervision.inspection.run", region_code=county).order_by("-id").limit(1)
    assert audit.after["rules"]["R02_STATUS_CHANGE"]["raised"] == first.raised


def test_a_region_is_split_into_contiguous_shares_of_whole_cities_counties_or_townships():
    province = Scope.of(["43"])
    townships = [f"43{city:02d}{county:02d}{t:03d}" for city in range(1, 15) for county in (2, 3) for t in (1, 2)]
    shares = inspection._split(province, townships, 2)
    assert [sorted(s.prefixes) for s in shares] == [
        [f"43{city:02d}" for city in range(1, 8)],
        [f"43{city:02d}" for city in range(8, 15)],
    ]
    # a county is split by township, one connection keeps the whole region, and one township is never split
    county = Scope.of(["431102"])
    assert [sorted(s.prefixes) for s in inspection._split(county, ["431102001", "431102002", "431102003"], 2)] == [
        ["431102001", "431102002"],
        ["431102003"],
    ]
    assert inspection._split(province, townships, 1) == [province]
    assert inspection._split(county, ["431102001"], 2) == [county]


async def test_one_account_in_households_of_two_townships_is_flagged_when_their_county_is_split():
    # given two active households in two townships of one county, paid into the same account
    places = [township(), township()]
    one, _ = await given_household(village(places[0]), citizen_id())
    two, _ = await given_household(village(places[1]), citizen_id())
    await projection.apply_paid_lines(
        [
            {
                "cursor": f"split-{h}",
                "householdId": str(h),
                "regionCode": village(place),
                "period": "2026-10",
                "amount": "300.00",
                "paidOn": "2026-10-10",
                "accountNumber": "6221999911112222",
            }
            for h, place in ((one, places[0]), (two, places[1]))
        ],
        feed=TEST_FEED,
    )
    # when the rule runs over the county, each township on its own connection
    await run("R12_DUPLICATE_IDENTITY", places[0][:6] + "000000")
    # then each share found the other's household through the account list found once for the run
    flagged = [f for p in places for f in await findings(p, "R12_DUPLICATE_IDENTITY")]
    assert sorted(f.household_id for f in flagged) == sorted([one, two])
    assert {f.evidence["households"] for f in flagged} == {2}
