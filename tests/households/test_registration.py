"""Registering a household through the gateway: valid data lands whole, bad data lands nothing."""

import itertools

import pytest

from kernel.values import id_check_digit
from tests.e2e.test_access import VILLAGE

REGISTER = """
mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { id regionCode status members { name relation idNumber sex birthDate } head { name } }
}
"""
_sequence = itertools.count(101)


def new_id(birth: str = "19800101", county: str = "431102") -> str:
    body = f"{county}{birth}{next(_sequence) % 1000:03d}"
    return body + id_check_digit(body)


def household(**overrides) -> dict:
    data = {
        "regionCode": VILLAGE,
        "urbanRural": "RURAL",
        "members": [
            {"name": "王建国", "idNumber": new_id("19700312"), "relation": "HEAD"},
            {"name": "李秀英", "idNumber": new_id("19720508"), "relation": "SPOUSE"},
        ],
    }
    data.update(overrides)
    return data


async def counts():
    from services.households.models import Household, Person

    return await Household.all().count(), await Person.all().count()


async def test_a_village_assistant_registers_a_household_that_the_county_then_sees(gql):
    # given a household with two members in the assistant's village
    data = household()
    # when the village assistant registers it
    body = await gql(REGISTER, {"input": data}, user="village.assistant")
    # then it lands as an application, whole, with sex and birth date read from the ID numbers
    assert "errors" not in body, body
    created = body["data"]["registerHousehold"]
    assert created["status"] == "APPLYING" and created["head"]["name"] == "王建国"
    assert {(m["relation"], m["birthDate"]) for m in created["members"]} == {
        ("HEAD", "1970-03-12"),
        ("SPOUSE", "1972-05-08"),
    }
    # and the county approver finds it, while its registration was audited
    found = await gql(
        "query($id: ID!) { household(id: $id) { id members { name } } }", {"id": created["id"]}, user="county.approver"
    )
    assert len(found["data"]["household"]["members"]) == 2
    from services.households.models import AuditRecord

    trail = await AuditRecord.filter(entity_id=created["id"], action="household.register").first()
    assert trail.actor == "village.assistant" and trail.succeeded


def bad_checksum() -> str:
    good = new_id()
    return good[:-1] + ("0" if good[-1] != "0" else "1")


@pytest.mark.parametrize(
    ("change", "code", "field", "user"),
    [
        (
            {"members": [{"name": "张三", "idNumber": "bad", "relation": "HEAD"}]},
            "INVALID_ID_NUMBER",
            "members[0].idNumber",
            "village.assistant",
        ),
        (
            {"members": [{"name": "张三", "idNumber": "CHECKSUM", "relation": "HEAD"}]},
            "INVALID_ID_CHECKSUM",
            "members[0].idNumber",
            "village.assistant",
        ),
        (
            {"members": [{"name": "张三", "idNumber": "FUTURE", "relation": "HEAD"}]},
            "INVALID_ID_BIRTH_DATE",
            "members[0].idNumber",
            "village.assistant",
        ),
        ({"regionCode": "4311021002"}, "INVALID_REGION_CODE", "regionCode", "village.assistant"),
        ({"regionCode": "431102100299"}, "UNKNOWN_REGION", "regionCode", "township.officer"),
        ({"regionCode": "431102100000"}, "REGION_NOT_A_VILLAGE", "regionCode", "township.officer"),
        (
            {"members": [{"name": "张三", "idNumber": "NEW", "relation": "COUSIN"}]},
            "BAD_USER_INPUT",
            "members[0].relation",
            "village.assistant",
        ),
        (
            {"members": [{"name": "张三", "idNumber": "NEW", "relation": "SPOUSE"}]},
            "BAD_USER_INPUT",
            "members",
            "village.assistant",
        ),
        ({"members": []}, "BAD_USER_INPUT", "members", "village.assistant"),
    ],
)
async def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(gql, change, code, field, user):
    # given a registration with one bad value
    data = household(**change)
    for member in data["members"]:
        member["idNumber"] = {"CHECKSUM": bad_checksum(), "FUTURE": new_id("20991231"), "NEW": new_id()}.get(
            member["idNumber"], member["idNumber"]
        )
    before = await counts()
    # when someone entitled to register there submits it
    body = await gql(REGISTER, {"input": data}, user=user)
    # then the error names the code and field, and no row was written
    error = body["errors"][0]
    assert (error["extensions"]["code"], error["extensions"].get("field")) == (code, field), error
    assert "Traceback" not in str(body)
    assert await counts() == before


async def test_a_person_already_in_a_household_cannot_be_registered_again(gql):
    from services.households.models import AuditRecord, Person

    taken = await Person.filter(region_code=VILLAGE).first()
    before = await counts()
    body = await gql(
        REGISTER,
        {"input": household(members=[{"name": taken.name, "idNumber": taken.id_number, "relation": "HEAD"}])},
        user="village.assistant",
    )
    extensions = body["errors"][0]["extensions"]
    assert (extensions["code"], extensions["field"]) == ("PERSON_IN_ANOTHER_HOUSEHOLD", "members[0].idNumber")
    assert await counts() == before
    refused = (
        await AuditRecord.filter(action="household.register", succeeded=False, actor="village.assistant")
        .order_by("-id")
        .first()
    )
    assert refused.after["code"] == "PERSON_IN_ANOTHER_HOUSEHOLD"


async def test_registering_outside_ones_village_is_forbidden(gql):
    before = await counts()
    body = await gql(REGISTER, {"input": household(regionCode="431103100200")}, user="village.assistant")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await counts() == before


async def test_an_auditor_may_not_register_at_all(gql):
    body = await gql(REGISTER, {"input": household()}, user="county.auditor")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert body["data"] is None


async def test_malformed_graphql_gets_a_parse_error_not_a_crash(gql):
    body = await gql("{ households(first: 1) { id ", user="village.assistant")
    assert body["_status"] == 400
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


async def test_id_numbers_are_masked_for_roles_without_the_right(gql):
    full = await gql("{ households(first: 1) { members { idNumber } } }", user="county.auditor")
    masked = await gql("{ households(first: 1) { members { idNumber } } }", user="municipal.officer")
    assert "*" not in full["data"]["households"][0]["members"][0]["idNumber"]
    assert masked["data"]["households"][0]["members"][0]["idNumber"][6:14] == "********"
