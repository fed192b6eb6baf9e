"""Executing plans against real subgraphs: request counts, merged data, errors and partial failures."""

from __future__ import annotations

import orjson
import pytest
from graphql import parse

from tests.gateway.conftest import request_count
from tests.gateway.fixtures import (
    FAULTS,
    findings_of,
    head_of,
    household_ids,
    monthly_amount,
    payments_of,
    person_name,
)

DASHBOARD = "{ households(first: %d) { id head { name } payments { amount } findings { rule } } }"


def expected_dashboard(first: int) -> list[dict]:
    """What the three subgraphs hold for the first households."""
    return [
        {
            "id": hid,
            "head": {"name": person_name(head_of(hid))},
            "payments": [{"amount": p["amount"]} for p in payments_of(hid)],
            "findings": findings_of(hid),
        }
        for hid in household_ids(first)
    ]


@pytest.mark.parametrize("first", [1, 50, 500])
async def test_dashboard_costs_three_subgraph_requests_whatever_the_page_size(post, transports, first):
    # given a started gateway in front of three subgraphs
    # when a registrar loads a page of households with data from all three
    status, body = await post(DASHBOARD % first)
    # then the page is complete and exactly one request went to each subgraph
    assert status == 200
    assert body == {"data": {"households": expected_dashboard(first)}}
    assert request_count(transports) == 3
    assert {name: len(t.requests) for name, t in transports.items()} == {
        "households": 1,
        "disbursement": 1,
        "supervision": 1,
    }


async def test_an_error_for_one_household_is_reported_at_its_place_and_the_rest_is_intact(post):
    # given the disbursement subgraph cannot compute the allowance of household h3
    FAULTS.failing_amounts.add("h3")
    # when a registrar lists households with their allowance
    status, body = await post("{ households(first: 5) { id monthlyAmount payments { period } } }")
    # then the error points at the third household's field and names the subgraph
    assert status == 200
    [error] = body["errors"]
    assert error["path"] == ["households", 2, "monthlyAmount"]
    assert error["extensions"]["serviceName"] == "disbursement"
    assert "h3" in error["message"]
    # and every other value is there
    rows = body["data"]["households"]
    assert [r["id"] for r in rows] == household_ids(5)
    assert rows[2]["monthlyAmount"] is None
    assert [r["monthlyAmount"] for r in rows if r["id"] != "h3"] == [
        monthly_amount(h) for h in household_ids(5) if h != "h3"
    ]
    assert all(r["payments"] for r in rows)


@pytest.mark.parametrize(
    ("mode", "code"),
    [
        ("down", "SUBGRAPH_UNAVAILABLE"),
        ("timeout", "SUBGRAPH_TIMEOUT"),
        ("garbage", "SUBGRAPH_INVALID_RESPONSE"),
        ("short", "SUBGRAPH_INVALID_RESPONSE"),
    ],
)
async def test_a_failing_subgraph_nulls_only_its_own_fields(post, transports, mode, code):
    # given the supervision subgraph is down, slow, or answers nonsense
    transports["supervision"].mode = mode
    # when a registrar asks for a nullable supervision field next to registry data
    status, body = await post("{ households(first: 3) { id head { name } riskNote monthlyAmount } }")
    # then supervision's field is null, the error says why, and everything else is intact
    assert status == 200
    assert [e["extensions"] for e in body["errors"]] == [{"code": code, "serviceName": "supervision"}]
    assert body["data"]["households"] == [
        {"id": h, "head": {"name": person_name(head_of(h))}, "riskNote": None, "monthlyAmount": monthly_amount(h)}
        for h in household_ids(3)
    ]


async def test_a_down_subgraph_under_a_non_null_field_nulls_the_nearest_nullable_parent(post, transports):
    # given the supervision subgraph is down
    transports["supervision"].mode = "down"
    # when the query needs a non-null supervision list under a nullable household
    status, body = await post('{ household(id: "h4") { id findings { rule } } households(first: 2) { id } }')
    # then the household becomes null, the list of other households is intact
    assert status == 200
    assert body["data"] == {"household": None, "households": [{"id": "h1"}, {"id": "h2"}]}
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SUBGRAPH_UNAVAILABLE"]


async def test_a_null_in_a_non_null_chain_up_to_the_root_makes_data_null(post, transports):
    # given the disbursement subgraph is down
    transports["disbursement"].mode = "down"
    # when every household must carry its (non-null) payments in a non-null list
    status, body = await post("{ households(first: 2) { id payments { amount } } }")
    # then nothing can be returned but the error
    assert status == 200
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SUBGRAPH_UNAVAILABLE"]


async def test_aliases_fragments_and_typename_shape_the_response_as_asked(post):
    query = """
      query Page($n: Int!) {
        page: households(first: $n) {
          __typename
          key: id
          ...Money
          ... on Household { head { who: name __typename } }
        }
      }
      fragment Money on Household { paid: payments { amount } }
    """
    # when a client uses aliases, a named and an inline fragment and __typename
    status, body = await post(query, {"n": 2}, operation_name="Page")
    # then the response uses its names and holds nothing it did not ask for (no key fields)
    assert status == 200
    assert body == {
        "data": {
            "page": [
                {
                    "__typename": "Household",
                    "key": h,
                    "paid": [{"amount": p["amount"]} for p in payments_of(h)],
                    "head": {"who": person_name(head_of(h)), "__typename": "Person"},
                }
                for h in household_ids(2)
            ]
        }
    }


async def test_variables_go_only_to_the_subgraphs_that_use_them(post, transports):
    query = """
      query Mixed($n: Int!, $period: String!, $withPayments: Boolean!) {
        households(first: $n) { id payments @include(if: $withPayments) { period } }
        disbursementTotal(period: $period)
      }
    """
    # when one operation uses variables meant for different subgraphs
    status, body = await post(query, {"n": 2, "period": "2024-01", "withPayments": True})
    # then each subgraph receives only the variables its own operation declares
    assert status == 200
    assert body["data"]["disbursementTotal"] == "total for 2024-01"
    assert [r["payments"] for r in body["data"]["households"]] == [
        [{"period": p["period"]} for p in payments_of(h)] for h in household_ids(2)
    ]
    households_vars = [b["variables"] for b in transports["households"].bodies]
    disbursement_vars = sorted(sorted(b["variables"]) for b in transports["disbursement"].bodies)
    assert households_vars == [{"n": 2}]
    assert disbursement_vars == [["period"], ["representations", "withPayments"]]


async def test_a_skipped_entity_fetch_is_not_sent(post, transports):
    # when the only field needing disbursement is switched off by a variable
    status, body = await post(
        "query($on: Boolean!) { households(first: 2) { id payments @include(if: $on) { amount } } }", {"on": False}
    )
    # then the response leaves it out and disbursement is never called
    assert status == 200
    assert body == {"data": {"households": [{"id": "h1"}, {"id": "h2"}]}}
    assert transports["disbursement"].requests == []


async def test_introspection_is_answered_by_the_gateway(post, transports):
    # when a client introspects the schema
    status, body = await post('{ __schema { queryType { name } } __type(name: "Household") { fields { name } } }')
    # then the merged API schema answers, without federation internals, and no subgraph is called
    assert status == 200
    assert body["data"]["__schema"] == {"queryType": {"name": "Query"}}
    fields = {f["name"] for f in body["data"]["__type"]["fields"]}
    assert {"id", "head", "payments", "findings", "riskLevel"} <= fields
    assert request_count(transports) == 0


async def test_introspection_and_data_in_one_request(post, transports):
    status, body = await post('{ __typename households(first: 1) { id } __type(name: "_Entity") { name } }')
    assert status == 200
    assert body == {"data": {"__typename": "Query", "households": [{"id": "h1"}], "__type": None}}
    assert request_count(transports) == 1


async def test_union_members_are_completed_from_their_own_subgraphs(post):
    query = """{ search(term: "x") { __typename
        ... on Household { id findings { rule } }
        ... on Person { name flagged } } }"""
    # when a search returns households and people, each needing another subgraph
    status, body = await post(query)
    # then each member carries its own fields
    assert status == 200
    assert body == {
        "data": {
            "search": [
                {"__typename": "Household", "id": "h1", "findings": findings_of("h1")},
                {"__typename": "Person", "name": person_name("p2"), "flagged": False},
            ]
        }
    }


async def test_duplicate_representations_are_sent_once(post, transports):
    # given forty households share only seven heads of household
    # when a registrar asks whether each head is flagged by supervision
    status, body = await post("{ households(first: 40) { id head { id flagged } } }")
    # then supervision receives each person once, and every household still gets its answer
    assert status == 200
    [request] = transports["supervision"].bodies
    representations = request["variables"]["representations"]
    assert len(representations) == 7
    assert len({r["id"] for r in representations}) == 7
    assert [r["head"] for r in body["data"]["households"]] == [
        {"id": head_of(h), "flagged": head_of(h).endswith("3")} for h in household_ids(40)
    ]


async def test_requires_fields_are_fetched_first_and_sent_in_the_representation(post, transports):
    # when a field of supervision needs the allowance owned by disbursement
    status, body = await post("{ households(first: 12) { id riskLevel } }")
    # then the allowance is fetched first and supervision computes from it
    assert status == 200
    assert body["data"]["households"] == [
        {"id": h, "riskLevel": "high" if float(monthly_amount(h)) > 100 else "low"} for h in household_ids(12)
    ]
    [request] = transports["supervision"].bodies
    assert request["variables"]["representations"][0] == {
        "__typename": "Household",
        "id": "h1",
        "monthlyAmount": monthly_amount("h1"),
    }
    assert request_count(transports) == 3


async def test_a_client_alias_named_like_a_key_field_does_not_break_entity_fetches(post):
    # when a client names the head of household "id" while asking for fields of other subgraphs
    status, body = await post("{ households(first: 2) { id: head { name flagged } payments { amount } } }")
    # then the gateway still finds each entity's real key, and the response keeps the client's names
    assert status == 200, body
    assert body == {
        "data": {
            "households": [
                {
                    "id": {"name": person_name(head_of(h)), "flagged": head_of(h).endswith("3")},
                    "payments": [{"amount": p["amount"]} for p in payments_of(h)],
                }
                for h in household_ids(2)
            ]
        }
    }


async def test_sibling_entity_fetches_at_one_path_share_their_representations(gateway, transports, monkeypatch):
    # given households whose payments and findings come from two subgraphs in one parallel step
    from gateway import executor
    from gateway.executor import _Run

    original, walks = executor.objects_at, []

    def counting(data, path):
        walks.append(path)
        return original(data, path)

    monkeypatch.setattr(executor, "objects_at", counting)
    plan = gateway.planner.plan(parse("{ households(first: 3) { id payments { amount } findings { rule } } }"))
    run = _Run(gateway.clients, {}, {"authorization": "Bearer registrar-token"})
    await run.node(plan.node)
    # then both subgraphs were sent the same three representations, gathered once
    sent = {
        name: orjson.loads(t.requests[-1].content)["variables"]["representations"]
        for name, t in transports.items()
        if name != "households"
    }
    assert (
        sent["disbursement"]
        == sent["supervision"]
        == [
            {"__typename": "Household", "id": "h1"},
            {"__typename": "Household", "id": "h2"},
            {"__typename": "Household", "id": "h3"},
        ]
    )
    assert walks == [("households", "@")]
    # and once anything has been merged since, they are gathered again rather than reused
    flatten = next(n for n in plan.node.nodes[1].nodes)
    before = run._representations(flatten)[0]
    run.merges += 1
    assert run._representations(flatten)[0] is not before


def test_representations_with_object_keys_are_deduplicated_by_their_json():
    # given four objects at one path whose compound key holds an object, two of them alike
    from gateway.executor import _Run
    from gateway.plan import Fetch, Flatten
    from gateway.selection import FieldSel, FragmentSel

    requires = (
        FragmentSel(
            "Account", (), [FieldSel("__typename"), FieldSel("number"), FieldSel("bank", selections=[FieldSel("code")])]
        ),
    )
    flatten = Flatten(("accounts", "@"), Fetch("ledger", "query", (), requires, ("accounts", "@")))
    run = _Run({}, {}, {})
    run.data = {
        "accounts": [
            {"__typename": "Account", "number": "1", "bank": {"code": "ICBC", "name": "x"}},
            {"__typename": "Account", "number": "1", "bank": {"code": "ICBC", "name": "y"}},
            {"__typename": "Account", "number": "1", "bank": {"code": "ABC"}},
            {"__typename": "Account", "number": 1, "bank": {"code": "ICBC"}},
        ]
    }
    # when their representations are gathered
    representations, owners = run._representations(flatten)
    # then alike keys are sent once and answer for both objects; a number is not the string of it
    assert representations == [
        {"__typename": "Account", "number": "1", "bank": {"code": "ICBC"}},
        {"__typename": "Account", "number": "1", "bank": {"code": "ABC"}},
        {"__typename": "Account", "number": 1, "bank": {"code": "ICBC"}},
    ]
    assert [[path for _, path in targets] for targets in owners] == [
        [["accounts", 0], ["accounts", 1]],
        [["accounts", 2]],
        [["accounts", 3]],
    ]
