"""Coded values are enums through the gateway: a misspelt or quoted status is refused, not answered with nothing."""

from __future__ import annotations

LIST = "{ households(first: 500, status: %s) { id status reviewClass members { relation sex excludedReason } } }"


async def test_a_misspelt_or_quoted_status_is_a_validation_error_not_an_empty_list(gql):
    # when a dashboard asks for households with a misspelt status, unquoted or quoted
    for literal in ("ACTVE", '"ACTVE"', '"ACTIVE"'):
        body = await gql(LIST % literal, user="municipal.officer")
        # then the gateway refuses the operation as invalid, naming the enum, and runs nothing
        assert body.get("data") is None, body
        assert {e["extensions"]["code"] for e in body["errors"]} == {"GRAPHQL_VALIDATION_FAILED"}, body
        assert '"HouseholdStatus"' in body["errors"][0]["message"]
    suggested = await gql(LIST % "ACTVE", user="municipal.officer")
    assert 'Did you mean the enum value "ACTIVE"?' in suggested["errors"][0]["message"]


async def test_a_status_variable_outside_the_enum_names_the_argument(gql):
    body = await gql(
        "query($s: HouseholdStatus) { households(first: 5, status: $s) { id } }",
        {"s": "active"},
        user="municipal.officer",
    )
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [
        ("BAD_USER_INPUT", "status")
    ]


async def test_an_enum_filter_answers_with_enum_values(gql):
    # when the demo city's households in care are listed by the enum value
    households = (await gql(LIST % "ACTIVE", user="municipal.officer"))["data"]["households"]
    # then every one is ACTIVE, its class is CLASS_1-3, and its members' codes are values of their enums
    assert households and {h["status"] for h in households} == {"ACTIVE"}
    assert {h["reviewClass"] for h in households} <= {"CLASS_1", "CLASS_2", "CLASS_3"}
    members = [m for h in households for m in h["members"]]
    assert {m["sex"] for m in members} <= {"MALE", "FEMALE"} and "HEAD" in {m["relation"] for m in members}
    assert "" not in {m["excludedReason"] for m in members}  # a counted member's reason is null, never an empty code
