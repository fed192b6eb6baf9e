"""Sign-in: guesses are throttled per account and address and per address, counted atomically; the owner is
never locked out from elsewhere; unknown users cost a hash; hashing leaves the event loop free; a replayed
refresh token ends the access tokens of its session too."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from contextlib import asynccontextmanager

import httpx
import pytest

from tests.conftest import DEMO_PASSWORD


@asynccontextmanager
async def from_address(system, address: str):
    """A client whose requests come from `address` (as uvicorn would report the peer)."""
    transport = httpx.ASGITransport(app=system, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://dibao.test") as http:
        yield http


async def guess(http, username: str, password: str = "wrong-password") -> httpx.Response:
    return await http.post("/auth/token", data={"username": username, "password": password})


@pytest.fixture(scope="module")
async def owner(system):
    from identity.service import create_user

    await create_user(username="throttle.owner", password=DEMO_PASSWORD, grants=[("township_leader", "431102100000")])
    return "throttle.owner"


async def test_twenty_guesses_at_once_check_exactly_the_free_attempts_and_the_owner_signs_in_elsewhere(
    system, owner, monkeypatch
):
    from identity import throttle
    from identity.models import SignInEvent

    # a first wait longer than this test (the default two seconds may pass while the five checks run)
    settings = throttle.get_settings()
    slow = dataclasses.replace(settings, edge=dataclasses.replace(settings.edge, sign_in_base_delay=120.0))
    monkeypatch.setattr(throttle, "get_settings", lambda: slow)

    async with from_address(system, "203.0.113.10") as attacker, from_address(system, "198.51.100.7") as office:
        # when an attacker sends twenty wrong passwords at once
        answers = await asyncio.gather(*(guess(attacker, owner) for _ in range(20)))
        # then exactly the five free attempts are checked; the rest are refused with when to retry
        checked = [a for a in answers if a.status_code == 401]
        refused = [a for a in answers if a.status_code == 429]
        assert len(checked) == 5 and len(refused) == 15
        assert {a.json()["error"] for a in checked} == {"INVALID_CREDENTIALS"}
        assert {a.json()["error"] for a in refused} == {"TOO_MANY_ATTEMPTS"}
        assert all(a.json()["limit"] == "account" and 100 < int(a.headers["retry-after"]) <= 121 for a in refused)
        # and even the right password waits at the attacker's address
        right_there = await guess(attacker, owner, DEMO_PASSWORD)
        assert right_there.status_code == 429
        # while the owner signs in from the office as usual
        mine = await guess(office, owner, DEMO_PASSWORD)
        assert mine.status_code == 200, mine.text
    # and every attempt is recorded with its reason
    events = await SignInEvent.filter(username=owner, remote="203.0.113.10").values_list("reason", flat=True)
    assert sorted(events) == ["bad_credentials"] * 5 + ["throttled_account"] * 16


async def test_one_address_may_fail_on_a_bounded_number_of_accounts(system):
    from identity.models import SignInEvent
    from kernel.settings import get_settings

    budget = get_settings().edge.sign_in_address_budget
    async with from_address(system, "203.0.113.77") as sprayer:
        answers = await asyncio.gather(*(guess(sprayer, f"spray.{i}") for i in range(budget + 10)))
    assert sorted(a.status_code for a in answers) == [401] * budget + [429] * 10
    assert {a.json()["limit"] for a in answers if a.status_code == 429} == {"address"}
    assert await SignInEvent.filter(remote="203.0.113.77", reason="throttled_address").count() == 10
    assert await SignInEvent.filter(remote="203.0.113.77", reason="bad_credentials").count() == budget


async def test_an_unknown_user_costs_a_password_hash_off_the_event_loop(system, monkeypatch):
    from identity import service

    loop_thread, checks = threading.get_ident(), []
    verify = service._hasher.verify

    def counted(password, password_hash):
        checks.append(threading.get_ident())
        return verify(password, password_hash)

    monkeypatch.setattr(service._hasher, "verify", counted)
    async with from_address(system, "203.0.113.90") as http:
        unknown = await guess(http, "nobody.at.all")
        known = await guess(http, "township.officer")
    assert unknown.status_code == known.status_code == 401
    assert unknown.json() == known.json()  # the same answer, after the same Argon2 work
    assert len(checks) == 2 and loop_thread not in checks


async def test_graphql_is_answered_while_sign_ins_are_being_checked(system, tokens, monkeypatch):
    from identity import service

    token = await tokens("municipal.officer")
    verify, hashed, loop, hashing = service._hasher.verify, [], asyncio.get_running_loop(), asyncio.Event()

    def counted(password, password_hash):
        loop.call_soon_threadsafe(hashing.set)
        result = verify(password, password_hash)
        hashed.append(time.perf_counter())
        return result

    monkeypatch.setattr(service._hasher, "verify", counted)
    sign_ins = 12

    async def sign_in(i: int) -> None:
        async with from_address(system, f"203.0.113.{120 + i}") as http:
            await guess(http, "township.leader", DEMO_PASSWORD)

    async def typename() -> int:
        await hashing.wait()  # asked once the first password is being checked
        before = len(hashed)
        async with from_address(system, "198.51.100.50") as http:
            response = await http.post(
                "/graphql", json={"query": "{ __typename }"}, headers={"authorization": f"Bearer {token}"}
            )
        assert response.json()["data"] == {"__typename": "Query"}
        return len(hashed) - before

    *_, hashed_meanwhile = await asyncio.gather(*(sign_in(i) for i in range(sign_ins)), typename())
    # the query did not wait for the Argon2 checks (each tens of milliseconds): most were still to come
    assert len(hashed) == sign_ins
    assert hashed_meanwhile < sign_ins // 2, hashed_meanwhile


async def test_a_replayed_refresh_token_ends_the_access_tokens_of_its_session(system):
    async with from_address(system, "198.51.100.60") as http:
        first = (await guess(http, "county.finance", DEMO_PASSWORD)).json()
        second = (
            await http.post(
                "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
            )
        ).json()
        other = (await guess(http, "county.finance", DEMO_PASSWORD)).json()
        query = {"query": "{ __typename }"}
        for session in (first, second):
            ok = await http.post("/graphql", json=query, headers={"authorization": f"Bearer {session['access_token']}"})
            assert ok.status_code == 200
        # when the first refresh token is replayed (it was copied)
        replay = await http.post(
            "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
        )
        assert replay.json()["error"] == "TOKEN_REUSED"
        # then every access token of that session is refused at once, and another session goes on
        for session in (first, second):
            refused = await http.post(
                "/graphql", json=query, headers={"authorization": f"Bearer {session['access_token']}"}
            )
            assert refused.status_code == 401
            assert refused.json()["errors"][0]["extensions"]["code"] == "TOKEN_REVOKED"
        kept = await http.post("/graphql", json=query, headers={"authorization": f"Bearer {other['access_token']}"})
        assert kept.status_code == 200


async def test_the_embedded_sqlite_store_counts_concurrent_attempts_exactly_too(tmp_path):
    import importlib.util

    from tortoise.backends.sqlite import SqliteClient

    from identity import throttle
    from kernel.db import MIGRATION_DIRS
    from kernel.settings import EdgeSettings

    # given the identity store's throttle table as the SQLite migration creates it
    (path,) = (MIGRATION_DIRS["authz"] / "sqlite" / "authz").glob("*_sign_in_throttle.py")
    spec = importlib.util.spec_from_file_location("throttle_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    client = SqliteClient(file_path=str(tmp_path / "authz.sqlite3"), connection_name="throttle_test")
    await client.create_connection(with_db=True)
    try:
        await client.execute_script(await migration.upgrade(client))
        edge, now = EdgeSettings(), time.time()

        async def charge(key: str, account: bool, budget: int) -> bool:
            return await throttle._charge(
                key, now=now, window=edge.sign_in_window, budget=budget, account=account, edge=edge, connection=client
            )

        # when twenty attempts on one account and address, and thirty on one address, come at once
        on_account = await asyncio.gather(*(charge("account:a@x", True, 2**31 - 1) for _ in range(20)))
        on_address = await asyncio.gather(*(charge("address:x", False, edge.sign_in_address_budget) for _ in range(30)))
        # then the free attempts and the address budget are admitted exactly, and a window later counting starts over
        assert on_account.count(True) == edge.sign_in_free_attempts
        assert on_address.count(True) == edge.sign_in_address_budget
        later = await throttle._charge(
            "address:x",
            now=now + edge.sign_in_window + 1,
            window=edge.sign_in_window,
            budget=edge.sign_in_address_budget,
            account=False,
            edge=edge,
            connection=client,
        )
        assert later
    finally:
        await client.close()
