"""Tokens: refresh rotation with reuse detection, sign-out, machine credentials, short-lived tokens only at subgraphs."""

import base64
import datetime as dt

import httpx

from authz import tokens
from authz.principal import Grant, Principal
from tests.conftest import DEMO_PASSWORD

QUERY = {"query": "{ households(first: 1) { id } }"}


async def sign_in(client, username: str) -> dict:
    response = await client.post("/auth/token", data={"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()


async def refresh(client, token: str) -> httpx.Response:
    return await client.post("/auth/token", data={"grant_type": "refresh_token", "refresh_token": token})


def bearer(token: str) -> dict:
    return {"authorization": f"Bearer {token}"}


async def test_a_refresh_token_is_rotated_and_a_replayed_one_ends_the_session(client):
    from identity.models import IdentityAuditRecord

    # given a signed-in officer who refreshed once
    first = await sign_in(client, "township.officer")
    second = await refresh(client, first["refresh_token"])
    assert second.status_code == 200
    successor = second.json()["refresh_token"]
    assert successor != first["refresh_token"]
    # when the first refresh token is replayed (it was copied)
    replay = await refresh(client, first["refresh_token"])
    # then it is refused, and the successor is dead too: the whole family was revoked and audited
    assert replay.status_code == 401 and replay.json()["error"] == "TOKEN_REUSED"
    after = await refresh(client, successor)
    assert after.status_code == 401 and after.json()["error"] == "TOKEN_REVOKED"
    assert await IdentityAuditRecord.filter(action="session.refresh_reused", actor="township.officer").exists()


async def test_signing_out_revokes_the_access_token_at_the_gateway_and_the_refresh_token(client):
    # given a signed-in user whose token works
    session = await sign_in(client, "county.approver")
    assert (await client.post("/graphql", json=QUERY, headers=bearer(session["access_token"]))).status_code == 200
    # when they sign out
    out = await client.post(
        "/auth/logout", data={"refresh_token": session["refresh_token"]}, headers=bearer(session["access_token"])
    )
    assert out.status_code == 204
    # then neither token works any more
    refused = await client.post("/graphql", json=QUERY, headers=bearer(session["access_token"]))
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
    assert (await refresh(client, session["refresh_token"])).json()["error"] == "TOKEN_REVOKED"
    # and another session of the same user is untouched
    other = await sign_in(client, "county.approver")
    assert (await client.post("/graphql", json=QUERY, headers=bearer(other["access_token"]))).status_code == 200


async def test_a_signed_out_token_writes_nothing_and_downloads_nothing(client):
    from identity.models import User

    # given the administrator and a bank, both signed out
    admin = await sign_in(client, "admin")
    bank = (
        await client.post(
            "/auth/token",
            data={"grant_type": "client_credentials", "client_id": "bank.rcc", "client_secret": DEMO_PASSWORD},
        )
    ).json()
    for session in (admin, bank):
        out = await client.post("/auth/logout", headers=bearer(session["access_token"]))
        assert out.status_code == 204
    # when the administrator's old token asks for a new user (the gateway checks revocation before a mutation)
    create = {
        "query": "mutation($i: CreateUserInput!) { createUser(input: $i) { username } }",
        "variables": {
            "i": {
                "username": "staff.signed.out",
                "password": "a-strong-password",
                "displayName": "测试",
                "grants": [{"role": "township_officer", "regionCode": "431102100000"}],
            }
        },
    }
    refused = await client.post("/graphql", json=create, headers=bearer(admin["access_token"]))
    # then it is refused and nobody was created
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
    assert not await User.exists(username="staff.signed.out")
    # and the bank's old token fetches no file at the gateway address either
    download = await client.get("/files/batches/1/lines.csv", headers=bearer(bank["access_token"]))
    assert download.status_code == 401 and download.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"


async def test_a_bank_gets_an_access_token_with_client_credentials_and_no_refresh_token(client):
    basic = base64.b64encode(f"bank.rcc:{DEMO_PASSWORD}".encode()).decode()
    response = await client.post(
        "/auth/token", data={"grant_type": "client_credentials"}, headers={"authorization": f"Basic {basic}"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["roles"] == ["bank_client"] and "refresh_token" not in response.json()
    form = await client.post(
        "/auth/token",
        data={"grant_type": "client_credentials", "client_id": "bank.rcc", "client_secret": DEMO_PASSWORD},
    )
    assert form.status_code == 200


async def test_people_cannot_use_the_client_credentials_grant_and_wrong_secrets_are_recorded(client):
    from identity.models import SignInEvent

    person = await client.post(
        "/auth/token",
        data={"grant_type": "client_credentials", "client_id": "county.auditor", "client_secret": DEMO_PASSWORD},
    )
    assert person.status_code == 401 and person.json()["error"] == "INVALID_CLIENT"
    wrong = await client.post(
        "/auth/token",
        data={"grant_type": "client_credentials", "client_id": "bank.rcc", "client_secret": "not-the-secret"},
    )
    assert wrong.status_code == 401 and wrong.json()["error"] == "INVALID_CREDENTIALS"
    assert await SignInEvent.filter(username="bank.rcc", succeeded=False, channel="client").exists()


async def test_passwords_are_stored_as_argon2_hashes(system):
    from identity.models import User

    stored = await User.get(username="inspector")
    assert stored.password_hash.startswith("$argon2id$") and DEMO_PASSWORD not in stored.password_hash


async def test_a_subgraph_refuses_a_long_lived_token_even_when_signed_with_the_right_key(system):
    from services.households.app import create_app

    principal = Principal("county.auditor", frozenset({Grant("county_auditor", "431102000000")}))
    long_lived, _ = tokens.issue(principal, lifetime=dt.timedelta(days=30))
    short, _ = tokens.issue(principal)
    app = create_app(own_database=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://subgraph") as direct:
        refused = await direct.post("/graphql", json=QUERY, headers=bearer(long_lived))
        accepted = await direct.post("/graphql", json=QUERY, headers=bearer(short))
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"
    assert accepted.status_code == 200 and accepted.json()["data"]["households"]


async def test_a_refresh_token_is_not_an_access_token_anywhere(client):
    session = await sign_in(client, "municipal.officer")
    response = await client.post("/graphql", json=QUERY, headers=bearer(session["refresh_token"]))
    assert response.status_code == 401
