"""The county's random pre-approval visits (抽查入户) through the gateway: a configured share of the cases awaiting county
approval, drawn from a recorded seed so an auditor re-running it gets the same list; a drawn case is approved only once
the county's own visit record is in."""

from __future__ import annotations

import hashlib
import math

from services.households.models import AuditRecord, HomeVisit, VisitDraw, VisitDrawItem
from tests.households.support import SET_POLICY, new_village, register
from tests.households.test_home_visits import form
from tests.households.test_workflow import day, ok, step, to_county

DRAW = """mutation($r: String!, $s: String, $on: Date) { drawPreApprovalVisits(regionCode: $r, seed: $s, on: $on) {
  id regionCode seed sharePercent population drawn drawnBy drawnOn reproduced } }"""
DRAWS = """query($r: String) { preApprovalDraws(regionCode: $r) { id seed population drawn reproduced } }"""


async def awaiting_county(gql, village: str, count: int) -> list[tuple[dict, str]]:
    """`count` households of the village whose applications wait for the county's decision."""
    cases = []
    for _ in range(count):
        household = await register(gql, region=village, user="township.officer")
        body = await gql(
            "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
            {"h": household["id"], "on": day(0)},
            user="township.officer",
        )
        application = body["data"]["submitApplication"]["id"]
        await to_county(gql, application)
        cases.append((household, application))
    return cases


async def next_actions(gql, case: tuple[dict, str]) -> list[str]:
    """The steps the county approver is offered on the case's application."""
    body = await gql(
        "query($h: ID!) { household(id: $h) { applications { id nextActions } } }",
        {"h": case[0]["id"]},
        user="county.approver",
    )
    assert "errors" not in body, body
    [application] = [a for a in body["data"]["household"]["applications"] if a["id"] == case[1]]
    return application["nextActions"]


def by_hand(seed: str, population: list[str], share: int) -> list[str]:
    """The draw as an auditor re-runs it from the published rule, with nothing but SHA-256."""
    ranked = sorted(population, key=lambda key: hashlib.sha256(f"{seed}:{key}".encode()).hexdigest())
    return ranked[: math.ceil(len(population) * share / 100)]


async def test_the_county_draws_its_share_reproducibly_and_a_drawn_case_waits_for_its_visit_record(gql):
    # given a village whose county visits 40 % of its cases before approval, and five cases waiting for the county
    village = await new_village()
    assert "errors" not in await gql(
        SET_POLICY, {"r": village, "k": "preApprovalVisitShare", "v": "40"}, user="municipal.officer"
    )
    cases = await awaiting_county(gql, village, 5)
    # when the county draws with the seed it announced
    body = await gql(DRAW, {"r": village, "s": "2026年12月公开抽签 0417"}, user="county.approver")
    assert "errors" not in body, body
    draw = body["data"]["drawPreApprovalVisits"]
    # then two of five (40 %, rounded up) are drawn, exactly those the published rule gives, and the record says so
    population = sorted((application for _, application in cases), key=int)
    assert draw["population"] == population and draw["sharePercent"] == "40.00" and draw["drawnBy"] == "county.approver"
    assert draw["drawn"] == by_hand("2026年12月公开抽签 0417", population, 40) and len(draw["drawn"]) == 2
    assert draw["reproduced"] is True
    listed = (await gql(DRAWS, {"r": village}, user="county.auditor"))["data"]["preApprovalDraws"]
    assert listed == [
        {"id": draw["id"], "seed": draw["seed"], "population": population, "drawn": draw["drawn"], "reproduced": True}
    ]
    audit = await AuditRecord.filter(action="visitdraw.draw", entity_id=draw["id"], succeeded=True).first()
    assert audit.after["seed"] == draw["seed"] and audit.after["drawn"] == draw["drawn"]
    # and a case drawn is not approved before the county's visit, nor visited without a record
    drawn_case = next((h, a) for h, a in cases if a == draw["drawn"][0])
    refused = await step(gql, "approveApplication", drawn_case[1], "county.approver", on=day(12))
    assert (refused["errors"][0]["extensions"]["code"], refused["errors"][0]["extensions"]["drawn"]) == (
        "HOME_VISIT_REQUIRED",
        True,
    )
    bare = await step(gql, "recordHomeVisit", drawn_case[1], "county.approver", on=day(12))
    assert (bare["errors"][0]["extensions"]["code"], bare["errors"][0]["extensions"]["field"]) == (
        "VISIT_RECORD_REQUIRED",
        "visit",
    )
    marked = await gql(
        "query($h: ID!) { household(id: $h) { applications { drawnForVisit homeVisited } caseFile { kind detail } } }",
        {"h": drawn_case[0]["id"]},
        user="county.approver",
    )
    assert marked["data"]["household"]["applications"] == [{"drawnForVisit": True, "homeVisited": False}]
    # and the county's next steps on the drawn case offer the visit, not the approval it would refuse
    assert "approve" not in await next_actions(gql, drawn_case) and "home_visit" in await next_actions(gql, drawn_case)
    assert any(
        e["kind"] == "VISIT_DRAW" and e["detail"]["seed"] == draw["seed"]
        for e in marked["data"]["household"]["caseFile"]
    )
    # once the county's visit record is in, it is approved
    await ok(
        gql,
        "recordHomeVisit",
        drawn_case[1],
        "county.approver",
        on=day(12),
        signatures=["county.approver", "县低保中心 李明"],
        visit=form(drawn_case[0]),
    )
    assert "approve" in await next_actions(gql, drawn_case)
    assert (await ok(gql, "approveApplication", drawn_case[1], "county.approver", on=day(13)))["state"] == "APPROVED"
    # and a case not drawn is approved without a county visit
    free = next(a for _, a in cases if a not in draw["drawn"])
    assert (await ok(gql, "approveApplication", free, "county.approver", on=day(13)))["state"] == "APPROVED"
    # a second draw finds nothing new: each case is drawn from once
    again = await gql(DRAW, {"r": village}, user="county.approver")
    assert again["errors"][0]["extensions"]["code"] == "NOTHING_TO_DRAW"
    assert await VisitDraw.filter(region_code=village).count() == 1


async def test_a_draw_without_a_seed_records_the_one_it_made_and_the_default_share_is_thirty_percent(gql):
    village = await new_village()
    cases = await awaiting_county(gql, village, 4)
    body = await gql(DRAW, {"r": village}, user="county.approver")
    draw = body["data"]["drawPreApprovalVisits"]
    assert len(draw["seed"]) == 32 and draw["sharePercent"] == "30.00" and len(draw["drawn"]) == 2  # ceil(4 × 30 %)
    assert draw["drawn"] == by_hand(draw["seed"], sorted((a for _, a in cases), key=int), 30)
    # an edited record no longer reproduces: the auditor sees it
    row = await VisitDraw.get(id=draw["id"])
    row.drawn = [int(key) for key in reversed(row.drawn)]
    await row.save()
    listed = (await gql(DRAWS, {"r": village}, user="county.auditor"))["data"]["preApprovalDraws"]
    assert listed[0]["reproduced"] is False


async def refused_draw(gql, variables: dict, code: str, field: str, user: str = "county.approver") -> None:
    draws, items = await VisitDraw.all().count(), await VisitDrawItem.all().count()
    body = await gql(DRAW, variables, user=user)
    error = body["errors"][0]["extensions"]
    assert (error["code"], error.get("field")) == (code, field), body
    assert (await VisitDraw.all().count(), await VisitDrawItem.all().count()) == (draws, items)


async def test_a_draw_that_cannot_be_made_is_refused_by_name_and_writes_nothing(gql):
    village = await new_village()
    await refused_draw(gql, {"r": village}, "NOTHING_TO_DRAW", "regionCode")
    await awaiting_county(gql, village, 1)
    await refused_draw(gql, {"r": village, "s": "x" * 65}, "INVALID_SEED", "seed")
    await refused_draw(gql, {"r": village, "s": "种子\n换行"}, "INVALID_SEED", "seed")
    await refused_draw(gql, {"r": village, "on": "2099-01-01"}, "DATE_IN_FUTURE", "on")
    await refused_draw(gql, {"r": "431102100999"}, "UNKNOWN_REGION", "regionCode")
    await refused_draw(gql, {"r": "43110210"}, "INVALID_REGION_CODE", "regionCode")
    await refused_draw(gql, {"r": village}, "FORBIDDEN", None, user="township.officer")
    await refused_draw(gql, {"r": "431103000000"}, "FORBIDDEN", None)
    audit = await AuditRecord.filter(action="visitdraw.draw", succeeded=False).order_by("-id").first()
    assert audit.actor == "county.approver" and audit.after["code"] == "FORBIDDEN"
    for share in ("0", "100.5", "abc", "33.333"):
        body = await gql(SET_POLICY, {"r": village, "k": "preApprovalVisitShare", "v": share}, user="municipal.officer")
        assert (body["errors"][0]["extensions"]["code"], body["errors"][0]["extensions"]["field"]) == (
            "INVALID_SETTING",
            "value",
        )
    assert await HomeVisit.filter(region_code=village).count() == 0
