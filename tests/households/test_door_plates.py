"""Door plates (挂牌) through the gateway, where the county uses them: up on a household in care, down with a reason,
shown on the household and in the case file, counted in the statistics; every refusal named, audited, nothing written."""

from __future__ import annotations

from services.households.models import AuditRecord, DoorPlate, Household
from tests.households.support import SET_POLICY, new_village, register

HANG = """mutation($h: ID!, $on: Date) { hangDoorPlate(householdId: $h, on: $on) { id householdId hungOn hungBy removedOn } }"""
REMOVE = """mutation($h: ID!, $r: String!, $on: Date) { removeDoorPlate(householdId: $h, reason: $r, on: $on) {
  id hungOn removedOn removedReason removedBy } }"""
PLATES = """query($h: ID!) { household(id: $h) { doorPlate { hungOn removedOn } doorPlates { hungOn removedOn removedReason }
  caseFile { kind title } } }"""
STATS = """query($r: String) { householdStatistics(regionCode: $r) { doorPlates { up toTakeDown } } }"""


async def plated_village(gql) -> str:
    village = await new_village()
    body = await gql(SET_POLICY, {"r": village, "k": "doorPlates", "v": True}, user="municipal.officer")
    assert "errors" not in body, body
    return village


async def in_care(gql, village: str) -> str:
    household = await register(gql, region=village, user="township.officer")
    await Household.filter(id=household["id"]).update(status="ACTIVE")
    return household["id"]


async def refused(gql, query: str, variables: dict, action: str, code: str, field: str | None) -> None:
    plates = await DoorPlate.filter(household_id=variables["h"]).values_list("id", "removed_on")
    body = await gql(query, variables, user="township.officer")
    error = body["errors"][0]["extensions"]
    assert (error["code"], error.get("field")) == (code, field), body
    assert await DoorPlate.filter(household_id=variables["h"]).values_list("id", "removed_on") == plates
    audit = await AuditRecord.filter(action=action, entity_id=str(variables["h"])).order_by("-id").first()
    assert not audit.succeeded and audit.after["code"] == code


async def test_a_plate_goes_up_on_a_household_in_care_comes_down_with_its_reason_and_is_counted(gql):
    # given a village whose county uses door plates, and two households in care there
    village = await plated_village(gql)
    first, second = await in_care(gql, village), await in_care(gql, village)
    # when the township puts plates up on both
    hung = (await gql(HANG, {"h": first, "on": "2026-06-01"}, user="township.officer"))["data"]["hangDoorPlate"]
    assert "errors" not in await gql(HANG, {"h": second}, user="township.officer")
    # then each household shows its plate, and the statistics count two
    assert hung["hungOn"] == "2026-06-01" and hung["hungBy"] == "township.officer" and hung["removedOn"] is None
    shown = (await gql(PLATES, {"h": first}, user="county.auditor"))["data"]["household"]
    assert shown["doorPlate"] == {"hungOn": "2026-06-01", "removedOn": None}
    assert (await gql(STATS, {"r": village}, user="municipal.officer"))["data"]["householdStatistics"][
        "doorPlates"
    ] == {"up": 2, "toTakeDown": 0}
    # when one case leaves care with its plate still up, the statistics ask for it to come down
    await Household.filter(id=second).update(status="STOPPED")
    assert (await gql(STATS, {"r": village}, user="municipal.officer"))["data"]["householdStatistics"][
        "doorPlates"
    ] == {"up": 1, "toTakeDown": 1}
    # and taking the first one down records the day and the reason
    down = (
        await gql(REMOVE, {"h": first, "r": "家庭收入增加，退出保障", "on": "2026-09-30"}, user="township.officer")
    )["data"]["removeDoorPlate"]
    assert (down["removedOn"], down["removedReason"], down["removedBy"]) == (
        "2026-09-30",
        "家庭收入增加，退出保障",
        "township.officer",
    )
    shown = (await gql(PLATES, {"h": first}, user="county.auditor"))["data"]["household"]
    assert shown["doorPlate"] is None
    assert shown["doorPlates"] == [
        {"hungOn": "2026-06-01", "removedOn": "2026-09-30", "removedReason": "家庭收入增加，退出保障"}
    ]
    assert [e["title"] for e in shown["caseFile"] if e["kind"] == "DOOR_PLATE"] == [
        "挂牌",
        "摘牌：家庭收入增加，退出保障",
    ]
    assert await AuditRecord.filter(action="doorplate.remove", entity_id=down["id"], succeeded=True).exists()
    # a plate can go up again later
    assert "errors" not in await gql(HANG, {"h": first}, user="township.officer")


async def test_a_plate_that_cannot_go_up_or_come_down_is_refused_by_name_and_writes_nothing(gql):
    village = await plated_village(gql)
    household = await in_care(gql, village)
    # a county that does not use plates
    elsewhere = await in_care(gql, await new_village())
    await refused(gql, HANG, {"h": elsewhere}, "doorplate.hang", "DOOR_PLATES_NOT_USED", "householdId")
    # a household not in care
    applying = (await register(gql, region=village, user="township.officer"))["id"]
    await refused(gql, HANG, {"h": applying}, "doorplate.hang", "NOT_IN_CARE", "householdId")
    # a date in the future, and taking down a plate that is not up
    await refused(gql, HANG, {"h": household, "on": "2099-01-01"}, "doorplate.hang", "DATE_IN_FUTURE", "on")
    await refused(gql, REMOVE, {"h": household, "r": "搬迁"}, "doorplate.remove", "DOOR_PLATE_NOT_UP", "householdId")
    assert "errors" not in await gql(HANG, {"h": household, "on": "2026-06-01"}, user="township.officer")
    # twice up; down without a reason, with too long a reason, or before it went up
    await refused(gql, HANG, {"h": household}, "doorplate.hang", "DOOR_PLATE_ALREADY_UP", "householdId")
    await refused(gql, REMOVE, {"h": household, "r": "  "}, "doorplate.remove", "REASON_REQUIRED", "reason")
    await refused(gql, REMOVE, {"h": household, "r": "因" * 201}, "doorplate.remove", "TOO_LONG", "reason")
    await refused(
        gql, REMOVE, {"h": household, "r": "搬迁", "on": "2026-05-31"}, "doorplate.remove", "INVALID_DATES", "on"
    )
    # the township leader records no plates, and an id that names nothing is refused by name
    leader = await gql(HANG, {"h": household}, user="township.leader")
    assert leader["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    bad = await gql(HANG, {"h": "abc"}, user="township.officer")
    assert (bad["errors"][0]["extensions"]["code"], bad["errors"][0]["extensions"]["field"]) == (
        "INVALID_ID",
        "householdId",
    )
    assert await DoorPlate.filter(household_id=household).count() == 1
