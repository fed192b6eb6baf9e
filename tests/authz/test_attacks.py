"""The attacks the authorization must withstand, at the gateway and at each subgraph reached directly."""

import datetime as dt
import json

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from identity.http import IntrospectionGuard
from tests.conftest import DEMO_PASSWORD
from tests.e2e.test_access import forged

SECRET = "test-signing-secret-that-is-long-enough-for-hs256"
SUBGRAPH_QUERIES = {
    "households": "{ households(first: 1) { id } }",
    "disbursement": "{ payments(first: 1) { id } }",
    "supervision": "{ findings(first: 1) { id } }",
    "authz": "{ users(first: 1) { username } }",
}


def direct(subgraph: str) -> httpx.AsyncClient:
    import importlib

    package = "identity" if subgraph == "authz" else f"services.{subgraph}"
    app = importlib.import_module(f"{package}.app").create_app(own_database=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://{subgraph}")


def edited(token: str, **claims) -> str:
    """The token with claims changed by hand, signature kept."""
    import base64

    header, payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    body.update(claims)
    return f"{header}.{base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip('=')}.{signature}"


@pytest.mark.parametrize("subgraph", sorted(SUBGRAPH_QUERIES))
@pytest.mark.parametrize(
    ("attack", "code"),
    [
        ("alg_none", "INVALID_TOKEN"),
        ("other_key", "INVALID_TOKEN"),
        ("expired", "TOKEN_EXPIRED"),
        ("edited_role", "INVALID_TOKEN"),
        ("missing", "UNAUTHENTICATED"),
    ],
)
async def test_a_subgraph_reached_directly_refuses_forged_tokens(system, tokens, subgraph, attack, code):
    now = dt.datetime.now(dt.UTC)
    token = {
        "alg_none": lambda: forged(alg="none", key=None),
        "other_key": lambda: forged(),
        "expired": lambda: forged(
            key=SECRET, claims={"exp": now - dt.timedelta(seconds=5), "iat": now - dt.timedelta(minutes=10)}
        ),
        "missing": lambda: None,
    }.get(attack)
    if attack == "edited_role":
        token_value = edited(
            await tokens("village.assistant"), grants=[["system_admin", "*"], ["municipal_officer", "431100000000"]]
        )
    else:
        token_value = token()
    headers = {"authorization": f"Bearer {token_value}"} if token_value else {}
    async with direct(subgraph) as client:
        response = await client.post("/graphql", json={"query": SUBGRAPH_QUERIES[subgraph]}, headers=headers)
    assert response.status_code == 401
    assert response.json()["data"] is None and response.json()["errors"][0]["extensions"]["code"] == code


async def test_a_token_signed_with_the_right_key_but_another_audience_is_refused(client):
    token = forged(key=SECRET, claims={"aud": "another-system"})
    response = await client.post(
        "/graphql", json={"query": "{ households(first: 1) { id } }"}, headers={"authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401


async def test_a_village_user_guessing_ids_gets_nothing_of_another_village(gql, tokens):
    from services.households.models import Household, Person

    # given a household and a member in another village of the same township
    foreign = await Household.filter(region_code="431102100201").first()
    member = await Person.filter(household_id=foreign.id).first()
    # when the village assistant asks by id, by list filter and by paging past it
    by_id = await gql(
        "query($id: ID!) { household(id: $id) { id } person(id: $id) { id } }",
        {"id": str(foreign.id)},
        user="village.assistant",
    )
    assert by_id["data"] is None or by_id["data"]["household"] is None
    assert {e["extensions"]["code"] for e in by_id["errors"]} <= {"HOUSEHOLD_NOT_FOUND", "PERSON_NOT_FOUND"}
    person = await gql(
        "query($id: ID!) { person(id: $id) { id idNumber } }", {"id": str(member.id)}, user="village.assistant"
    )
    assert person["data"]["person"] is None
    listed = await gql('{ households(first: 500, regionCode: "431102100201") { id } }', user="village.assistant")
    assert listed["data"]["households"] == []
    paged = await gql(
        "query($a: ID) { households(first: 500, after: $a) { id regionCode } }",
        {"a": str(foreign.id - 1)},
        user="village.assistant",
    )
    assert str(foreign.id) not in {h["id"] for h in paged["data"]["households"]}
    # then no subgraph hands the household out through _entities either
    token = await tokens("village.assistant")
    for subgraph, selection in (
        ("households", "id"),
        ("disbursement", "payments { amount }"),
        ("supervision", "findings { rule }"),
    ):
        query = f"query($r: [_Any!]!) {{ _entities(representations: $r) {{ ... on Household {{ {selection} }} }} }}"
        async with direct(subgraph) as client:
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": {"r": [{"__typename": "Household", "id": str(foreign.id)}]}},
                headers={"authorization": f"Bearer {token}"},
            )
        assert response.json()["data"]["_entities"] == [None], subgraph
        assert response.json()["errors"][0]["extensions"]["code"] == "HOUSEHOLD_NOT_FOUND", subgraph


@pytest.mark.parametrize(
    ("subgraph", "selection", "regions", "rows"),
    [
        (
            "disbursement",
            "payments { amount }",
            "services.disbursement.service.household_regions",
            "services.disbursement.models.Payment",
        ),
        (
            "supervision",
            "findings { rule }",
            "services.supervision.findings.household_regions",
            "services.supervision.models.Finding",
        ),
    ],
)
async def test_the_keys_of_one_entities_call_are_guarded_together_and_answered_in_order(
    tokens, monkeypatch, subgraph, selection, regions, rows
):
    from services.households.models import Household

    # a household of the township officer's own township, and one of another county this subgraph holds rows for
    own = (await Household.filter(region_code__startswith="431102100").first()).id
    foreign = (await _named(rows).filter(region_code__startswith="431103").first()).household_id
    lookup, lookups = _named(regions), []

    async def counted(ids):
        lookups.append(sorted(ids))
        return await lookup(ids)

    monkeypatch.setattr(regions, counted)
    keys = [str(own), str(foreign), "not-a-number", str(own), "999999999"]
    query = f"query($r: [_Any!]!) {{ _entities(representations: $r) {{ ... on Household {{ id {selection} }} }} }}"
    async with direct(subgraph) as client:
        response = (
            await client.post(
                "/graphql",
                json={"query": query, "variables": {"r": [{"__typename": "Household", "id": key} for key in keys]}},
                headers={"authorization": f"Bearer {await tokens('township.officer')}"},
            )
        ).json()
    # the caller's own household twice, the foreign one and the malformed key refused where they stand,
    # a household this subgraph holds nothing for as an empty stub; one region lookup for the whole call
    answers = response["data"]["_entities"]
    assert [answer and answer["id"] for answer in answers] == [str(own), None, None, str(own), "999999999"]
    assert sorted((tuple(e["path"]), e["extensions"]["code"]) for e in response["errors"]) == [
        (("_entities", 1), "HOUSEHOLD_NOT_FOUND"),
        (("_entities", 2), "HOUSEHOLD_NOT_FOUND"),
    ]
    assert lookups == [sorted({own, foreign, 999999999})]


def _named(path: str):
    """The object a dotted path names (module, then attribute)."""
    import importlib

    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


async def test_a_village_user_cannot_open_the_admin_and_an_auditor_cannot_open_a_foreign_record(system):
    from services.households.models import Household
    from tests.admin.client import admin_client, sign_in

    village = admin_client(system)
    refused = await sign_in(village, "village.assistant", DEMO_PASSWORD)
    assert refused.status_code != 302
    assert (await village.get("/admin/household/list")).status_code in (302, 303, 401, 403)
    auditor = admin_client(system)
    assert (await sign_in(auditor, "county.auditor", DEMO_PASSWORD)).status_code == 302
    foreign = await Household.filter(region_code__startswith="431103").first()
    page = await auditor.get(f"/admin/household/details/{foreign.id}")
    assert page.status_code in (403, 404) or foreign.address not in page.text


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("{ households(first: 1) { " + "head { household { " * 12 + "id" + " } }" * 12 + " } }", "QUERY_TOO_DEEP"),
        (
            "{ "
            + " ".join(f"h{i}: households(first: 1000) {{ id members {{ idNumber name }} }}" for i in range(40))
            + " }",
            "QUERY_TOO_COSTLY",
        ),
    ],
)
async def test_deep_and_wide_queries_are_stopped_at_the_gateway_with_a_clear_error(gql, subgraph_calls, query, code):
    subgraph_calls.reset()
    body = await gql(query, user="county.auditor")
    assert body["_status"] == 400 and body.get("data") is None
    assert body["errors"][0]["extensions"]["code"] == code
    assert subgraph_calls.count() == 0  # refused before any subgraph was asked


async def test_introspection_is_refused_in_production_unless_the_role_holds_it(system, tokens):
    # given the production guard in front of an app that would answer anything
    async def answer(request):
        return JSONResponse({"data": {"ok": True}})

    guarded = IntrospectionGuard(Starlette(routes=[Route("/graphql", answer, methods=["POST"])]))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=guarded), base_url="http://gw") as client:

        async def post(query: str, user: str | None):
            headers = {"authorization": f"Bearer {await tokens(user)}"} if user else {}
            return await client.post("/graphql", json={"query": query}, headers=headers)

        # when an officer introspects, then it is refused; ordinary queries and __typename pass
        refused = await post("{ __schema { types { name } } }", "municipal.officer")
        assert (
            refused.status_code == 403 and refused.json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
        )
        hidden = await post(
            'query { ...F } fragment F on Query { __type(name: "Household") { name } }', "county.auditor"
        )
        assert hidden.status_code == 403
        assert (await post("{ __typename households(first: 1) { id } }", "municipal.officer")).status_code == 200
        # and the system administrator, who holds gateway.introspect, may
        assert (await post("{ __schema { queryType { name } } }", "admin")).status_code == 200
        # and a text seen before (its verdict remembered) is refused just the same
        assert (await post("{ __schema { types { name } } }", "municipal.officer")).status_code == 403


async def test_introspection_over_get_is_refused_in_production_too(system, tokens):
    # given the production guard in front of an app that would answer any GET
    async def answer(request):
        return JSONResponse({"data": {"ok": True}})

    guarded = IntrospectionGuard(Starlette(routes=[Route("/graphql", answer, methods=["GET", "POST"])]))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=guarded), base_url="http://gw") as client:

        async def get(query: str, user: str):
            headers = {"authorization": f"Bearer {await tokens(user)}", "apollo-require-preflight": "1"}
            return await client.get("/graphql", params={"query": query}, headers=headers)

        # when an officer introspects in the query string, then it is refused as over POST
        refused = await get('{ __type(name: "Household") { name } }', "municipal.officer")
        assert (
            refused.status_code == 403 and refused.json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
        )
        # and an ordinary query, or the administrator's introspection, passes
        assert (await get("{ households(first: 1) { id } }", "municipal.officer")).status_code == 200
        assert (await get("{ __schema { queryType { name } } }", "admin")).status_code == 200


async def test_anonymous_introspection_gets_nothing_in_any_mode(client):
    response = await client.post("/graphql", json={"query": "{ __schema { types { name } } }"})
    assert response.status_code == 401 and "types" not in response.text


def test_production_restricts_introspection_unless_configured(monkeypatch):
    from dataclasses import replace

    from dibao.system import introspection_restricted
    from kernel.settings import get_settings

    production = replace(get_settings(), env="production")
    monkeypatch.delenv("DIBAO_INTROSPECTION", raising=False)
    assert introspection_restricted(production) and not introspection_restricted(get_settings())
    monkeypatch.setenv("DIBAO_INTROSPECTION", "on")
    assert not introspection_restricted(production)


async def test_a_bank_cannot_reach_another_banks_batch_and_sees_only_its_own_accounts(gql):
    from tests.disbursement.support import LINES, POST, all_lines, counts, next_period, released, user

    # given a batch released to the bank serving county 431102, and a bank serving only 431103
    period = next_period()
    batch = await released(gql, period)
    other = await user("bank.other.county", ("bank_client", "431103000000"))
    before = await counts(period)
    # when the other bank asks for it by id, pages its lines, acknowledges it or posts results
    attempts = [
        ("query($b: ID!) { paymentBatch(id: $b) { id total } }", {"b": batch["id"]}),
        (LINES, {"b": batch["id"], "first": 10, "after": None}),
        ("mutation($b: ID!) { acknowledgeBatch(batchId: $b) { id } }", {"b": batch["id"]}),
        (POST, {"b": batch["id"], "r": [{"lineId": "1", "status": "PAID", "amount": "1.00", "reason": None}]}),
    ]
    for query, variables in attempts:
        body = await gql(query, variables, user=other)
        # then each is refused as if the batch did not exist, and nothing changed
        assert body["errors"][0]["extensions"]["code"] in ("BATCH_NOT_FOUND", "FORBIDDEN"), body
    assert await counts(period) == before
    listed = await gql("query($p: String) { paymentBatches(period: $p) { id } }", {"p": period}, user=other)
    assert batch["id"] not in {b["id"] for b in listed["data"]["paymentBatches"]}
    # and the bank serving the county reads full accounts and amounts of its batch, but no household data
    lines = await all_lines(gql, batch["id"])
    assert lines and all("*" not in line["accountNumber"] and line["amount"] for line in lines)
    households = await gql("{ households(first: 1) { id } }", user="bank.rcc")
    assert households["errors"][0]["extensions"]["code"] == "FORBIDDEN"
