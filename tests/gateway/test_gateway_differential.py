"""The same operations through our gateway and @apollo/gateway, over the same subgraph processes.

`data` must be identical and `errors` must match on (message, path) once sorted. Operations that
name a household or person take its id from a first listing, so they follow whatever the seed wrote.
"""

from __future__ import annotations

import json

import pytest

from tests.gateway.differential_operations import MORE_OPERATIONS

HOUSEHOLD = "query($id: ID!) { household(id: $id) { id status head { name } payments { period amount } } }"

# (name, query, variables, user); "$HOUSEHOLD"/"$PERSON"/"$REGION" in variables are replaced by real ids.
OPERATIONS: list[tuple[str, str, dict, str]] = [
    ("root field", "{ households(first: 5) { id } }", {}, "municipal.officer"),
    (
        "root scalars",
        "{ households(first: 5) { id regionCode urbanRural status reviewClass registeredAt } }",
        {},
        "municipal.officer",
    ),
    ("two subgraphs", "{ households(first: 10) { id payments { period amount status } } }", {}, "municipal.officer"),
    (
        "three subgraphs",
        "{ households(first: 20) { id head { name } payments { amount } findings { rule } } }",
        {},
        "municipal.officer",
    ),
    (
        "dashboard 100",
        "{ households(first: 100) { id urbanRural status head { name } payments { period amount } "
        "findings { rule severity } } }",
        {},
        "municipal.officer",
    ),
    (
        "bank account",
        "{ households(first: 10) { id bankAccount { bankName accountNumber holderName } } }",
        {},
        "county.auditor",
    ),
    (
        "nested entity",
        "{ households(first: 10) { id members { name relation household { id payments { amount } } } } }",
        {},
        "municipal.officer",
    ),
    (
        "region of household",
        "{ households(first: 10) { id region { code name level parentCode } } }",
        {},
        "municipal.officer",
    ),
    ("regions root", "{ regions { code name level } }", {}, "municipal.officer"),
    (
        "regions by parent",
        "query($p: String) { regions(parentCode: $p) { code name } }",
        {"p": "431100000000"},
        "municipal.officer",
    ),
    (
        "payments root",
        "{ payments(first: 20) { id householdId period amount status paidOn } }",
        {},
        "municipal.officer",
    ),
    (
        "payments by period variable",
        "query($period: String) { payments(period: $period, first: 10) { period amount } }",
        {"period": "2026-01"},
        "municipal.officer",
    ),
    (
        "findings root",
        "{ findings(first: 20) { id householdId rule severity status evidence raisedAt } }",
        {},
        "inspector",
    ),
    (
        "findings by status",
        "query($s: FindingStatus) { findings(status: $s, first: 10) { rule status } }",
        {"s": "OPEN"},
        "inspector",
    ),
    (
        "three roots in parallel",
        "{ households(first: 3) { id } payments(first: 3) { amount } findings(first: 3) { rule } }",
        {},
        "municipal.officer",
    ),
    (
        "aliases",
        "{ a: households(first: 2) { key: id s: status } b: households(first: 4, after: null) { id } }",
        {},
        "municipal.officer",
    ),
    (
        "alias on entity field",
        "{ households(first: 5) { id paid: payments { sum: amount when: period } } }",
        {},
        "municipal.officer",
    ),
    (
        "alias named like another field",
        "{ households(first: 5) { status: regionCode regionCode: status payments { amount } } }",
        {},
        "municipal.officer",
    ),
    (
        "same field twice with aliases",
        "{ households(first: 5) { id p1: payments { amount } p2: payments { period } } }",
        {},
        "municipal.officer",
    ),
    (
        "field argument on entity field",
        "query($p: String) { households(first: 10) { id payments(period: $p) { period amount } } }",
        {"p": "2026-01"},
        "municipal.officer",
    ),
    (
        "named fragment",
        "fragment H on Household { id status payments { amount } } { households(first: 5) { ...H } }",
        {},
        "municipal.officer",
    ),
    (
        "nested named fragments",
        "fragment P on Payment { amount period } fragment H on Household { id payments "
        "{ ...P } findings { rule } } { households(first: 5) { ...H head { name } } }",
        {},
        "municipal.officer",
    ),
    (
        "inline fragment",
        "{ households(first: 5) { ... on Household { id findings { rule } } } }",
        {},
        "municipal.officer",
    ),
    ("untyped inline fragment", "{ households(first: 5) { ... { id payments { amount } } } }", {}, "municipal.officer"),
    (
        "typename everywhere",
        "{ __typename households(first: 3) { __typename id payments { __typename amount } findings { __typename } } }",
        {},
        "municipal.officer",
    ),
    ("typename aliased", "{ households(first: 3) { t: __typename id } }", {}, "municipal.officer"),
    (
        "include true",
        "query($on: Boolean!) { households(first: 5) { id payments @include(if: $on) { amount } } }",
        {"on": True},
        "municipal.officer",
    ),
    (
        "include false",
        "query($on: Boolean!) { households(first: 5) { id payments @include(if: $on) { amount } } }",
        {"on": False},
        "municipal.officer",
    ),
    (
        "skip true",
        "query($off: Boolean!) { households(first: 5) { id findings @skip(if: $off) { rule } } }",
        {"off": True},
        "municipal.officer",
    ),
    (
        "skip false",
        "query($off: Boolean!) { households(first: 5) { id findings @skip(if: $off) { rule } } }",
        {"off": False},
        "municipal.officer",
    ),
    (
        "include on root",
        "query($on: Boolean!) { households(first: 2) @include(if: $on) { id } payments(first: 2) { amount } }",
        {"on": False},
        "municipal.officer",
    ),
    (
        "include literal",
        "{ households(first: 3) { id payments @include(if: false) { amount } findings @include(if: true) { rule } } }",
        {},
        "municipal.officer",
    ),
    (
        "include on fragment",
        "query($on: Boolean!) { households(first: 3) { id ... @include(if: $on) { payments { amount } } } }",
        {"on": True},
        "municipal.officer",
    ),
    ("variables with defaults", "query($n: Int = 4) { households(first: $n) { id } }", {}, "municipal.officer"),
    (
        "variables unused by a subgraph",
        "query($n: Int!, $p: String) { households(first: $n) { id payments(period: $p) { amount } } }",
        {"n": 3, "p": None},
        "municipal.officer",
    ),
    ("household by id", HOUSEHOLD, {"id": "$HOUSEHOLD"}, "municipal.officer"),
    ("household missing", HOUSEHOLD, {"id": "999999999"}, "municipal.officer"),
    (
        "person by id",
        "query($id: ID!) { person(id: $id) { id name relation sex birthDate idNumber household { id } } }",
        {"id": "$PERSON"},
        "county.auditor",
    ),
    (
        "person masked id number",
        "query($id: ID!) { person(id: $id) { name idNumber } }",
        {"id": "$PERSON"},
        "municipal.officer",
    ),
    (
        "operation name chosen",
        "query A { households(first: 1) { id } } query B { payments(first: 1) { amount } }",
        {},
        "municipal.officer",
    ),
    ("named operation", "query Dashboard { households(first: 5) { id findings { rule } } }", {}, "municipal.officer"),
    (
        "village assistant scope",
        "{ households(first: 50) { id regionCode payments { amount } } }",
        {},
        "village.assistant",
    ),
    ("township scope", "{ households(first: 50) { id regionCode head { name } } }", {}, "township.officer"),
    ("county scope", "{ households(first: 50) { id regionCode findings { rule } } }", {}, "county.approver"),
    ("bank client payments", "{ payments(first: 20) { householdId amount } }", {}, "bank.rcc"),
    ("forbidden entity field", "{ households(first: 5) { id findings { rule } } }", {}, "village.assistant"),
    ("forbidden nested field", "{ households(first: 5) { id bankAccount { bankName } } }", {}, "village.assistant"),
    ("forbidden root", "{ findings(first: 5) { rule } }", {}, "village.assistant"),
    (
        "forbidden root next to allowed",
        "{ households(first: 2) { id } findings(first: 5) { rule } }",
        {},
        "village.assistant",
    ),
    ("introspection typename", "{ __schema { queryType { name } } }", {}, "municipal.officer"),
    ("introspection type", '{ __type(name: "Household") { name kind fields { name } } }', {}, "municipal.officer"),
    (
        "introspection next to data",
        '{ __type(name: "Payment") { name } households(first: 2) { id } }',
        {},
        "municipal.officer",
    ),
    ("enum argument absent", "{ households(first: 3, status: null) { id urbanRural } }", {}, "municipal.officer"),
    ("unknown field", "{ households(first: 3) { id nope } }", {}, "municipal.officer"),
    ("malformed", "{ households(first: 3) { id ", {}, "municipal.officer"),
    ("wrong variable type", "query($n: Int!) { households(first: $n) { id } }", {"n": "three"}, "municipal.officer"),
    ("missing variable", "query($n: Int!) { households(first: $n) { id } }", {}, "municipal.officer"),
    ("wrong argument type", '{ households(first: "x") { id } }', {}, "municipal.officer"),
    ("unknown argument", "{ households(first: 3, colour: 1) { id } }", {}, "municipal.officer"),
    ("unknown fragment", "{ households(first: 3) { ...Nope } }", {}, "municipal.officer"),
    (
        "members with household",
        "{ households(first: 5) { members { name household { findings { rule } } } } }",
        {},
        "municipal.officer",
    ),
    (
        "deep nesting",
        "{ households(first: 3) { head { household { head { household { id payments { amount } } } } } } }",
        {},
        "municipal.officer",
    ),
    (
        "empty list",
        '{ households(first: 5, regionCode: "110000000000") { id payments { amount } } }',
        {},
        "municipal.officer",
    ),
    (
        "status filter",
        "query($s: HouseholdStatus) { households(first: 10, status: $s) { id status findings { rule } } }",
        {"s": "ACTIVE"},
        "municipal.officer",
    ),
    (
        "region filter",
        "query($r: String) { households(first: 10, regionCode: $r) { id regionCode } }",
        {"r": "$REGION"},
        "municipal.officer",
    ),
]


@pytest.fixture(scope="module")
async def ids(compare) -> dict[str, str]:
    """Real ids from the seeded data."""
    ours, _ = await compare("{ households(first: 1) { id regionCode members { id } } }")
    [household] = ours["data"]["households"]
    page, _ = await compare("{ householdsConnection(first: 3) { pageInfo { endCursor } } }")
    return {
        "$HOUSEHOLD": household["id"],
        "$PERSON": household["members"][0]["id"],
        "$REGION": household["regionCode"],
        "$CURSOR": page["data"]["householdsConnection"]["pageInfo"]["endCursor"],
    }


def comparable(body: dict) -> tuple[object, list[tuple[str, str, str]]]:
    """`data` and the errors' (message, path, code), sorted."""
    errors = sorted(
        (e.get("message"), json.dumps(e.get("path")), (e.get("extensions") or {}).get("code"))
        for e in body.get("errors") or ()
    )
    return body.get("data"), errors


@pytest.mark.parametrize(("query", "variables", "user"), [o[1:] for o in OPERATIONS], ids=[o[0] for o in OPERATIONS])
async def test_our_gateway_answers_like_the_reference(compare, ids, query, variables, user):
    # given the same operation and caller
    variables = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in variables.items()}
    operation_name = "B" if "query A" in query else None
    # when both gateways run it over the same subgraph processes
    ours, reference = await compare(query, variables, user=user, operation_name=operation_name)
    # then they answer the same data and the same errors at the same places
    assert comparable(ours) == comparable(reference), (ours, reference)


RUNS = [(name, query, variables, user) for name, query, variables, users in MORE_OPERATIONS for user in users]


@pytest.mark.parametrize(("query", "variables", "user"), [r[1:] for r in RUNS], ids=[f"{r[0]} as {r[3]}" for r in RUNS])
async def test_more_operations_as_several_roles_answer_like_the_reference(compare, ids, query, variables, user):
    # given an operation from the wider set, and a caller of one role
    variables = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in variables.items()}
    # when both gateways run it over the same subgraph processes
    ours, reference = await compare(query, variables, user=user)
    # then data, error messages (graphql-js wording), paths and codes are the same
    assert comparable(ours) == comparable(reference), (ours, reference)


async def test_an_alias_named_like_the_key_keeps_the_clients_value(compare):
    # given a client that names the status "id" on an entity that other subgraphs join on id
    # (the reference gateway answers the key there instead, so this one is checked against the subgraph's data)
    ours, _ = await compare("{ households(first: 5) { id: status payments { amount } } }")
    plain, _ = await compare("{ households(first: 5) { status payments { amount } } }")
    # then "id" carries the status, and the payments are still joined by the real id
    assert ours["data"]["households"] == [
        {"id": h["status"], "payments": h["payments"]} for h in plain["data"]["households"]
    ]


@pytest.mark.parametrize("order", ["alias first", "alias last"])
async def test_an_alias_named_typename_keeps_the_clients_value_and_the_entity_join(compare, order):
    # given a client that names the status "__typename" next to fields another subgraph resolves
    # (the reference gateway answers the type name there instead, so this is checked against the subgraph's data)
    fields = ["__typename: status", "id payments { amount }"]
    query = "{ households(first: 4) { " + " ".join(fields if order == "alias first" else fields[::-1]) + " } }"
    ours, _ = await compare(query)
    plain, _ = await compare("{ households(first: 4) { status id payments { amount } } }")
    # then "__typename" carries the status, and the payments are still joined to each household
    assert "errors" not in ours
    assert ours["data"]["households"] == [
        {"__typename": h["status"], "id": h["id"], "payments": h["payments"]} for h in plain["data"]["households"]
    ]
    assert any(h["payments"] for h in ours["data"]["households"])


async def test_an_alias_named_typename_keeps_a_village_users_refusals(compare):
    # given a village assistant, whose payments other villages' households are refused
    query = "{ households(first: 3) { __typename: status id payments { amount } } }"
    ours, reference = await compare(query, user="village.assistant")
    # then the same refusals come back at the same places as from the reference gateway
    assert comparable(ours)[1] == comparable(reference)[1] and comparable(ours)[1]
    assert all(h["__typename"] != "Household" for h in ours["data"]["households"])
