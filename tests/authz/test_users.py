"""User assignments live in the identity store, managed through GraphQL by the system administrator, audited."""

import itertools

CREATE = """
mutation($input: CreateUserInput!) { createUser(input: $input) { username kind active grants { role regionCode } } }
"""
REVOKE = "mutation($u: String!, $r: Role!, $c: String!) { revokeRole(username: $u, role: $r, regionCode: $c) { grants { role } } }"
_serial = itertools.count(1)


def new_user(**overrides) -> dict:
    data = {
        "username": f"staff.{next(_serial)}",
        "password": "a-strong-password",
        "displayName": "测试",
        "grants": [
            {"role": "township_officer", "regionCode": "431102100000"},
            {"role": "county_auditor", "regionCode": "431103000000"},
        ],
    }
    data.update(overrides)
    return data


async def sign_in(client, username: str, password: str = "a-strong-password") -> dict:
    response = await client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_administrator_creates_a_user_with_several_roles_in_several_regions(gql, client):
    from identity.models import IdentityAuditRecord

    # given a new user with an officer role in one township and an auditor role in another county
    data = new_user()
    # when the administrator creates it through the gateway
    body = await gql(CREATE, {"input": data}, user="admin")
    # then it exists with both grants, and the creation is audited with the administrator as actor
    assert "errors" not in body, body
    assert {(g["role"], g["regionCode"]) for g in body["data"]["createUser"]["grants"]} == {
        ("township_officer", "431102100000"),
        ("county_auditor", "431103000000"),
    }
    trail = await IdentityAuditRecord.get(action="user.create", entity_id=data["username"])
    assert trail.actor == "admin"
    # and the user reads households of both jurisdictions, and nothing else
    session = await sign_in(client, data["username"])
    seen = await client.post(
        "/graphql",
        json={"query": "{ households(first: 1000) { regionCode } }"},
        headers={"authorization": f"Bearer {session['access_token']}"},
    )
    prefixes = {
        h["regionCode"][:6] if h["regionCode"].startswith("431103") else h["regionCode"][:9]
        for h in seen.json()["data"]["households"]
    }
    assert prefixes == {"431102100", "431103"}


async def test_a_revoked_role_stops_the_current_token_and_the_refreshed_token_lacks_it(gql, client):
    data = new_user()
    await gql(CREATE, {"input": data}, user="admin")
    session = await sign_in(client, data["username"])
    # when the administrator revokes the auditor role
    body = await gql(REVOKE, {"u": data["username"], "r": "county_auditor", "c": "431103000000"}, user="admin")
    assert [g["role"] for g in body["data"]["revokeRole"]["grants"]] == ["township_officer"]
    # then the old access token is refused at once, and a refreshed one carries only what is left
    old = await client.post(
        "/graphql",
        json={"query": "{ households(first: 1) { id } }"},
        headers={"authorization": f"Bearer {session['access_token']}"},
    )
    assert old.status_code == 401 and old.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
    renewed = await client.post(
        "/auth/token", data={"grant_type": "refresh_token", "refresh_token": session["refresh_token"]}
    )
    assert renewed.json()["roles"] == ["township_officer"]


async def test_a_disabled_user_is_signed_out_everywhere(gql, client):
    data = new_user()
    await gql(CREATE, {"input": data}, user="admin")
    session = await sign_in(client, data["username"])
    body = await gql(
        "mutation($u: String!) { setUserActive(username: $u, active: false) { active } }",
        {"u": data["username"]},
        user="admin",
    )
    assert body["data"]["setUserActive"]["active"] is False
    refused = await client.post(
        "/graphql",
        json={"query": "{ households(first: 1) { id } }"},
        headers={"authorization": f"Bearer {session['access_token']}"},
    )
    assert refused.status_code == 401
    assert (
        await client.post("/auth/token", data={"username": data["username"], "password": "a-strong-password"})
    ).status_code == 401


async def test_only_the_administrator_manages_users_and_nothing_is_written_otherwise(gql):
    from identity.models import User

    data = new_user()
    for who in ("county.approver", "county.auditor", "municipal.officer"):
        body = await gql(CREATE, {"input": data}, user=who)
        assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN", who
    assert not await User.exists(username=data["username"])


async def test_an_unknown_role_or_region_is_refused_with_the_field_and_nothing_is_written(gql):
    from identity.models import User

    for grant, code, field in (
        ({"role": "village_chief", "regionCode": "431102100200"}, "BAD_USER_INPUT", "grants[0].role"),
        ({"role": "village_assistant", "regionCode": "43110210020"}, None, "regionCode"),
    ):
        data = new_user(grants=[grant])
        body = await gql(CREATE, {"input": data}, user="admin")
        error = body["errors"][0]["extensions"]
        assert error["field"] == field and (code is None or error["code"] == code), error
        assert not await User.exists(username=data["username"])


async def test_the_administrator_sees_users_and_the_policy_roles_but_no_case_data(gql):
    body = await gql(
        "{ users(first: 500) { username grants { role regionCode } } roles { name actions } }", user="admin"
    )
    assert {"village.assistant", "bank.rcc"} <= {u["username"] for u in body["data"]["users"]}
    assert "system_admin" in {r["name"] for r in body["data"]["roles"]}
    cases = await gql("{ households(first: 1) { id } }", user="admin")
    assert cases["data"] is None and cases["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_county_auditor_lists_only_users_of_its_county(gql):
    body = await gql("{ users(first: 500) { username grants { regionCode } } }", user="county.auditor")
    names = {u["username"] for u in body["data"]["users"]}
    assert {"village.assistant", "county.finance", "bank.rcc"} <= names
    assert not names & {"municipal.officer", "inspector", "admin"}
