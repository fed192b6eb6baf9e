"""Identity and jurisdiction: tokens are required everywhere, and lists follow the caller's region."""

import datetime as dt

import httpx
import jwt
import pytest

from tests.conftest import DEMO_PASSWORD

VILLAGE = "431102100200"


async def test_a_village_assistant_sees_only_its_village(gql):
    body = await gql("{ households(first: 1000) { id regionCode } }", user="village.assistant")
    codes = {h["regionCode"] for h in body["data"]["households"]}
    assert codes == {VILLAGE}


async def test_a_county_auditor_sees_only_its_county(gql):
    body = await gql("{ households(first: 1000) { regionCode payments { amount } } }", user="county.auditor")
    households = body["data"]["households"]
    assert households and all(h["regionCode"].startswith("431102") for h in households)


async def test_asking_for_another_region_narrows_to_nothing_not_to_more(gql):
    body = await gql('{ households(first: 50, regionCode: "431103000000") { id } }', user="village.assistant")
    assert body["data"]["households"] == []


async def test_a_foreign_household_by_id_is_refused(gql):
    outside = await gql('{ households(first: 1, regionCode: "431103000000") { id } }')
    foreign_id = outside["data"]["households"][0]["id"]
    body = await gql(
        "query($id: ID!) { household(id: $id) { id regionCode } }", {"id": foreign_id}, user="village.assistant"
    )
    assert body["data"]["household"] is None
    assert body["errors"][0]["extensions"]["code"] == "HOUSEHOLD_NOT_FOUND"


async def test_the_gateway_refuses_requests_without_a_token(gql):
    body = await gql("{ households(first: 1) { id } }", user=None)
    assert body["_status"] == 401
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert not body.get("data")


def forged(**overrides) -> str:
    now = dt.datetime.now(dt.UTC)
    claims = {
        "iss": "dibao",
        "aud": "dibao",
        "sub": "intruder",
        "typ": "access",
        "jti": "x",
        "iat": now,
        "exp": now + dt.timedelta(minutes=5),
        "grants": [["municipal_officer", "431100000000"]],
    }
    claims.update(overrides.pop("claims", {}))
    return jwt.encode(
        claims,
        overrides.pop("key", "another-key-entirely-another-key-entirely"),
        algorithm=overrides.pop("alg", "HS256"),
    )


@pytest.mark.parametrize(
    ("token", "code"),
    [
        (forged(), "INVALID_TOKEN"),
        (forged(alg="none", key=None), "INVALID_TOKEN"),
        (
            forged(
                key="test-signing-secret-that-is-long-enough-for-hs256",
                claims={"exp": dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)},
            ),
            "TOKEN_EXPIRED",
        ),
        ("not-a-token", "INVALID_TOKEN"),
    ],
)
async def test_forged_or_expired_tokens_get_nothing(client, token, code):
    response = await client.post(
        "/graphql", json={"query": "{ households(first: 1) { id } }"}, headers={"authorization": f"Bearer {token}"}
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == code


async def test_a_role_claim_edited_by_hand_breaks_the_signature(client, tokens):
    token = await tokens("village.assistant")
    header, payload, signature = token.split(".")
    import base64
    import json

    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["grants"] = [["municipal_officer", "431100000000"]]
    edited = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    response = await client.post(
        "/graphql",
        json={"query": "{ households(first: 1) { id } }"},
        headers={"authorization": f"Bearer {header}.{edited}.{signature}"},
    )
    assert response.status_code == 401


@pytest.mark.parametrize("service", ["households", "disbursement", "supervision"])
async def test_a_subgraph_reached_directly_without_a_token_gets_nothing(system, service):
    from services.disbursement.app import create_app as disbursement
    from services.households.app import create_app as households
    from services.supervision.app import create_app as supervision

    app = {"households": households, "disbursement": disbursement, "supervision": supervision}[service](
        own_database=False
    )
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://subgraph") as direct:
        response = await direct.post("/graphql", json={"query": "{ _service { sdl } }"})
    assert response.status_code == 401
    assert response.json()["data"] is None
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_subgraph_reached_directly_with_a_token_still_filters_by_region(system, tokens):
    from services.households.app import create_app

    app = create_app(own_database=False)
    headers = {"authorization": f"Bearer {await tokens('village.assistant')}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://subgraph") as direct:
        response = await direct.post(
            "/graphql", json={"query": "{ households(first: 1000) { regionCode } }"}, headers=headers
        )
    assert {h["regionCode"] for h in response.json()["data"]["households"]} == {VILLAGE}


async def test_wrong_passwords_are_refused_recorded_and_slow_that_address_down_only(client, system, monkeypatch):
    import dataclasses

    from identity import throttle
    from identity.models import SignInEvent
    from identity.service import create_user

    settings = throttle.get_settings()  # a first wait longer than the five checks take on a busy machine
    slow = dataclasses.replace(settings, edge=dataclasses.replace(settings.edge, sign_in_base_delay=120.0))
    monkeypatch.setattr(throttle, "get_settings", lambda: slow)

    # given a user of its own, so the throttling touches no other test
    await create_user(username="locked.out", password=DEMO_PASSWORD, grants=[("township_leader", "431102100000")])
    for _ in range(5):
        response = await client.post("/auth/token", data={"username": "locked.out", "password": "wrong-password"})
        assert response.status_code == 401 and response.json()["error"] == "INVALID_CREDENTIALS"
    waiting = await client.post("/auth/token", data={"username": "locked.out", "password": DEMO_PASSWORD})
    assert waiting.status_code == 429 and waiting.json()["error"] == "TOO_MANY_ATTEMPTS"
    assert int(waiting.headers["retry-after"]) >= 1
    assert await SignInEvent.filter(username="locked.out", succeeded=False).count() == 6
    # the owner, from another address, is not locked out
    transport = httpx.ASGITransport(app=system, client=("192.0.2.44", 5000))
    async with httpx.AsyncClient(transport=transport, base_url="http://dibao.test") as elsewhere:
        mine = await elsewhere.post("/auth/token", data={"username": "locked.out", "password": DEMO_PASSWORD})
    assert mine.status_code == 200


async def test_a_refresh_token_gives_a_new_access_token(client):
    first = (await client.post("/auth/token", data={"username": "county.finance", "password": DEMO_PASSWORD})).json()
    again = await client.post(
        "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert again.status_code == 200 and again.json()["roles"] == ["county_finance"]
    misuse = await client.post(
        "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["access_token"]}
    )
    assert misuse.status_code == 401
