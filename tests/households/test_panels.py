"""Reviews by a panel: the township's democratic review (民主评议) with its quorum, signatures and votes, the county's
joint review (会审) or committee where the county decides that way, and relatives who must stay out."""

from services.households.models import Application, PanelReview, PolicySetting
from tests.households.support import SET_POLICY, new_village, register
from tests.households.test_workflow import day, investigated, ok, step

REVIEWS = """query($h: ID!) { household(id: $h) { applications { reviews { kind heldOn votesFor votesAgainst abstentions result
  participants { name role signed vote } } } } }"""


def people(count: int, role: str = "VILLAGER_REPRESENTATIVE", vote: str = "FOR", **extra) -> list[dict]:
    """People as a panel's sheet names them (a name per person, as written; never the role's code)."""
    surname = "赵钱孙李周吴郑王冯陈"[sum(map(ord, role)) % 10]
    return [
        {"name": f"{surname}{role.count('_')}号{n}", "role": role, "signed": True, "vote": vote, **extra}
        for n in range(count)
    ]


async def investigating(gql, village: str) -> tuple[str, str]:
    household = await register(gql, region=village, user="township.officer")
    return household["id"], await investigated(gql, household["id"])


async def refused(
    gql, mutation: str, application: str, user: str, code: str, field: str | None = None, **input
) -> None:
    before = (await Application.get(id=application)).state
    panels = await PanelReview.filter(application_id=application).count()
    body = await step(gql, mutation, application, user, **input)
    error = body["errors"][0]["extensions"]
    assert error["code"] == code, body
    if field:
        assert error["field"] == field, body
    assert (await Application.get(id=application)).state == before
    assert await PanelReview.filter(application_id=application).count() == panels


async def test_a_democratic_review_needs_its_quorum_each_signature_and_keeps_the_votes(gql):
    village = await new_village()
    household, application = await investigating(gql, village)
    await refused(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        "QUORUM_NOT_MET",
        "participants",
        on=day(3),
        participants=people(4),
    )
    unsigned = people(5)
    unsigned[2]["signed"] = False
    await refused(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        "SIGNATURE_MISSING",
        "participants[2].signed",
        on=day(3),
        participants=unsigned,
    )
    await refused(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        "BAD_USER_INPUT",
        "participants[0].vote",
        on=day(3),
        participants=people(5, vote="MAYBE"),
    )
    await refused(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        "DUPLICATE_PARTICIPANT",
        on=day(3),
        participants=people(5) + people(1),
    )
    # a review of four for and two against passes, and is kept with the application
    held = await ok(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        on=day(3),
        participants=people(4) + people(2, role="VILLAGE_CADRE", vote="AGAINST"),
    )
    assert held["state"] == "DEMOCRATIC_REVIEW"
    body = await gql(REVIEWS, {"h": household}, user="township.officer")
    (review,) = body["data"]["household"]["applications"][0]["reviews"]
    assert (review["kind"], review["votesFor"], review["votesAgainst"], review["result"]) == (
        "DEMOCRATIC_REVIEW",
        4,
        2,
        "PASSED",
    )
    assert len(review["participants"]) == 6 and all(p["signed"] for p in review["participants"])


async def test_a_filed_relative_must_recuse_from_the_review(gql):
    village = await new_village()
    household, application = await investigating(gql, village)
    body = await gql(
        "query($h: ID!) { household(id: $h) { members { id } } }", {"h": household}, user="township.officer"
    )
    person = body["data"]["household"]["members"][0]["id"]
    filed = await gql(
        'mutation($p: ID!) { fileKinship(personId: $p, staffUsername: "cadre.li", staffName: "李干部", '
        'relation: "SIBLING") { id } }',
        {"p": person},
        user="township.officer",
    )
    assert "errors" not in filed, filed
    panel = people(5)
    panel[3] = {"name": "李干部", "role": "VILLAGE_CADRE", "username": "cadre.li", "signed": True, "vote": "FOR"}
    await refused(
        gql,
        "holdDemocraticReview",
        application,
        "township.officer",
        "RECUSAL_REQUIRED",
        "participants[3]",
        on=day(3),
        participants=panel,
    )


async def test_where_the_county_decides_by_joint_review_the_named_members_must_take_part(gql):
    village = await new_village()
    body = await gql(
        SET_POLICY,
        {
            "r": village,
            "k": "countyPanel",
            "v": {"mode": "JOINT", "roles": ["DEPUTY_DIRECTOR", "CENTRE_DIRECTOR", "INVESTIGATOR"], "minMembers": 5},
        },
        user="municipal.officer",
    )
    assert "errors" not in body, body
    household, application = await investigating(gql, village)
    await ok(gql, "giveTownshipOpinion", application, "township.leader", on=day(3))
    await ok(gql, "publishNotice", application, "township.officer", on=day(4))
    await ok(gql, "closeNotice", application, "township.officer", on=day(11))
    director = {"name": "王局长", "role": "DEPUTY_DIRECTOR", "signed": True, "vote": "FOR"}
    centre = {"name": "张主任", "role": "CENTRE_DIRECTOR", "signed": True, "vote": "FOR"}
    investigator = {"name": "赵调查", "role": "INVESTIGATOR", "signed": True, "vote": "FOR"}
    await refused(
        gql,
        "approveApplication",
        application,
        "county.approver",
        "JOINT_REVIEW_INCOMPLETE",
        "participants",
        on=day(12),
        participants=[director, centre],
    )
    await refused(
        gql,
        "rejectApplication",
        application,
        "county.approver",
        "JOINT_REVIEW_INCOMPLETE",
        "participants",
        on=day(12),
        reasons=["收入超标"],
    )
    approved = await ok(
        gql,
        "approveApplication",
        application,
        "county.approver",
        on=day(12),
        participants=[director, centre, investigator],
    )
    assert approved["state"] == "APPROVED"
    review = await PanelReview.get(application_id=application)
    assert review.kind == "JOINT_REVIEW" and review.votes_for == 3 and review.result == "PASSED"
    assert await PolicySetting.filter(region_code=village, key="countyPanel").exists()


async def test_panel_rules_are_checked_when_a_county_sets_them(gql):
    village = await new_village()
    for key, value in (
        ("countyPanel", {"mode": "SOMETIMES", "roles": ["DEPUTY_DIRECTOR"]}),
        ("countyPanel", {"mode": "JOINT", "roles": ["MAYOR"]}),
        ("countyPanel", {"mode": "COMMITTEE", "roles": ["COMMITTEE_MEMBER"], "minMembers": 1}),
        ("democraticReview", {"minParticipants": "five"}),
    ):
        body = await gql(SET_POLICY, {"r": village, "k": key, "v": value}, user="municipal.officer")
        assert body["errors"][0]["extensions"]["code"] == "INVALID_SETTING", (key, value, body)
    assert not await PolicySetting.filter(region_code=village).exists()
