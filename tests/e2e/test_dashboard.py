"""The dashboard query spans three subgraphs and costs one request to each, whatever the page size."""

import pytest

DASHBOARD = "query($n: Int!) { households(first: $n) { id head { name } payments { amount } findings { rule } } }"


@pytest.mark.parametrize("size", [1, 50, 500])
async def test_dashboard_query_costs_one_request_per_subgraph(gql, subgraph_calls, size):
    # given a municipal officer who sees the whole city
    subgraph_calls.reset()
    # when the dashboard asks for a page of households with payments and findings
    body = await gql(DASHBOARD, {"n": size})
    # then every household comes back whole, and each subgraph was asked exactly once
    assert "errors" not in body, body.get("errors")
    households = body["data"]["households"]
    assert len(households) == size
    assert all(h["head"]["name"] and isinstance(h["payments"], list) for h in households)
    assert subgraph_calls.count() == 3
    assert {name for name, _ in subgraph_calls.calls} == {"households", "disbursement", "supervision"}


async def test_payments_and_findings_belong_to_their_household(gql):
    body = await gql("{ households(first: 200) { id payments { amount period } findings { rule householdId } } }")
    households = body["data"]["households"]
    with_findings = [h for h in households if h["findings"]]
    assert with_findings, "the demo city has findings"
    assert all(f["householdId"] == h["id"] for h in with_findings for f in h["findings"])
    paid = [h for h in households if h["payments"]]
    assert paid and all(len({p["period"] for p in h["payments"]}) == len(h["payments"]) for h in paid)


async def test_a_subgraph_error_is_repathed_and_the_rest_survives(gql):
    # when one subgraph refuses an argument for every household it is asked about
    body = await gql('{ households(first: 3) { id head { name } payments(period: "2026-13") { amount } } }')
    # then the errors carry the client's path, and the households' own data is intact
    households = body["data"]["households"]
    assert all(h["head"]["name"] and h["payments"] is None for h in households)
    paths = sorted(tuple(error["path"]) for error in body["errors"])
    assert paths == [("households", 0, "payments"), ("households", 1, "payments"), ("households", 2, "payments")]
    assert all(error["extensions"].get("serviceName") == "disbursement" for error in body["errors"])
    assert all(error["extensions"]["code"] == "INVALID_PERIOD" for error in body["errors"])
    assert all(error["extensions"].get("field") == "period" for error in body["errors"])
