"""Review classes (一/二/三类): new cases get the class their circumstances imply; where a county raises class 1 and 2
benefits the raise is a part of the amount with its basis; a raise or extra that would pay nothing is refused."""

from services.households.models import AuditRecord, Household, PolicySetting
from tests.households.support import SET_POLICY, new_village, register
from tests.households.test_workflow import day, investigated, ok

CASE = "query($h: ID!) { household(id: $h) { reviewClass monthlyAmount nextReviewOn assessment { parts { kind amount basis } } } }"


async def approved(gql, village: str, *members: tuple[str, str, str], wages: str | None = None) -> dict:
    """A household of the village taken through every step by its owners and approved."""
    household = await register(gql, *members, region=village, user="township.officer")
    if wages:
        body = await gql(
            "mutation($h: ID!, $a: String!) { recordIncome(householdId: $h, category: WAGES, monthlyAmount: $a) { id } }",
            {"h": household["id"], "a": wages},
            user="township.officer",
        )
        assert "errors" not in body, body
    application = await investigated(gql, household["id"])
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    await ok(gql, "closeNotice", application, "township.officer", on=day(11))
    await ok(gql, "approveApplication", application, "county.approver", on=day(12))
    body = await gql(CASE, {"h": household["id"]}, user="county.approver")
    assert "errors" not in body, body
    return body["data"]["household"]


async def test_new_cases_get_their_implied_class_and_the_county_raises_class_1_and_2(gql):
    # given a county that raises class 1 benefits by 30% and class 2 by 20%
    village = await new_village()
    body = await gql(
        SET_POLICY, {"r": village, "k": "classRaise", "v": {"1": "30", "2": "20"}}, user="municipal.officer"
    )
    assert "errors" not in body, body
    # when an elderly couple, a couple of working age and a family living on wages are approved
    elderly = await approved(gql, village, ("孙老汉", "HEAD", "19400101"), ("周老太", "SPOUSE", "19420202"))
    working = await approved(gql, village, ("吴建", "HEAD", "19800101"), ("郑芳", "SPOUSE", "19820202"))
    wages = await approved(gql, village, ("冯工", "HEAD", "19800303"), ("陈梅", "SPOUSE", "19820404"), wages="100.00")
    # then nobody able to work is class 1 with its 30% raise; members able to work class 2 (20%); wages class 3 (none)
    assert (elderly["reviewClass"], elderly["monthlyAmount"]) == ("CLASS_1", "1300.00")
    raised = next(p for p in elderly["assessment"]["parts"] if p["kind"] == "CLASS_RAISE")
    assert raised["amount"] == "300.00" and "一类上浮 30%" in raised["basis"]
    assert (working["reviewClass"], working["monthlyAmount"]) == ("CLASS_2", "1200.00")
    assert (wages["reviewClass"], wages["monthlyAmount"]) == ("CLASS_3", "900.00")
    assert [p["kind"] for p in wages["assessment"]["parts"]] == ["BASE"]
    # and each class's review falls due after its own interval (12, 6, 3 months)
    rows = {h.review_class: h for h in await Household.filter(region_code=village)}
    assert rows[1].next_review_on > rows[2].next_review_on > rows[3].next_review_on


async def test_a_class_raise_or_extra_that_would_pay_nothing_is_refused_and_nothing_is_written(gql):
    village = await new_village()
    cases = [
        ("classRaise", {"1": "0"}, "CLASS_EXTRA_PAYS_NOTHING", "value.1"),
        ("classRaise", {"2": "-5"}, "CLASS_EXTRA_PAYS_NOTHING", "value.2"),
        ("classRaise", {"4": "10"}, "INVALID_REVIEW_CLASS", "value.4"),
        ("classRaise", {"1": "ten"}, "INVALID_NUMBER", "value.1"),
        (
            "extras",
            [{"kind": "CLASS_1", "who": "CLASS_1", "percentOfStandard": "10"}],
            "UNKNOWN_EXTRA_TARGET",
            "value[0].who",
        ),
        (
            "extras",
            [{"kind": "ELDERLY", "who": "ELDERLY", "amount": "0"}],
            "CLASS_EXTRA_PAYS_NOTHING",
            "value[0].amount",
        ),
    ]
    for key, value, code, field in cases:
        body = await gql(SET_POLICY, {"r": village, "k": key, "v": value}, user="municipal.officer")
        error = body["errors"][0]["extensions"]
        assert (error["code"], error["field"]) == (code, field), body
    assert not await PolicySetting.filter(region_code=village).exists()
    refusals = await AuditRecord.filter(action="policy.set", region_code=village, succeeded=False).values_list(
        "after", flat=True
    )
    assert [r["code"] for r in refusals] == [code for _, _, code, _ in cases]
