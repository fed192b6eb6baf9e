"""Sign-in throttling — 登录限速: guesses slow down; the owner is never locked out from elsewhere.

Two counters in the identity store, each charged by one atomic statement *before* the password is checked:

- per account and address: the first `sign_in_free_attempts` come at once, then each further attempt waits
  `sign_in_base_delay` doubled per failure, at most `sign_in_max_delay`; the count starts afresh a window
  (`sign_in_window`) after the last wait ran out, and a correct password clears it. Someone guessing bank.rcc's
  password from one address slows down only there: bank.rcc signs in from its own address as usual.
- per address: at most `sign_in_address_budget` failed attempts over all accounts per window, so one address
  cannot try one password on many accounts.

The charge is an `INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING` on PostgreSQL and SQLite alike: twenty
guesses sent at once are counted one after the other by the database, and exactly the budget is checked.
Unknown usernames are counted like known ones (the keys are the name as typed), so the answers tell nothing.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from kernel import sql
from kernel.settings import EdgeSettings, get_settings

TABLE = "auth_sign_in_throttle"
NOW, WINDOW, BUDGET, ACCOUNT = (
    "CAST($2 AS DOUBLE PRECISION)",
    "CAST($3 AS DOUBLE PRECISION)",
    "CAST($4 AS INTEGER)",
    "CAST($5 AS INTEGER)",
)


@dataclass(frozen=True)
class Throttled:
    """A refused attempt: which counter refused it and in how many seconds to try again."""

    scope: str
    retry_after: int


def _delay(attempts: str, edge: EdgeSettings) -> str:
    """Seconds to wait after the `attempts`-th charged attempt, as SQL: 0 before the free ones are spent, then
    the base delay doubled per attempt up to the maximum (a CASE, so PostgreSQL and SQLite read it alike)."""
    steps, n = [], 0
    while (wait := edge.sign_in_base_delay * 2**n) < edge.sign_in_max_delay and n < 40:
        steps.append(f"WHEN {attempts} = {edge.sign_in_free_attempts + n} THEN {float(wait)!r}")
        n += 1
    return (
        f"(CASE WHEN {attempts} < {edge.sign_in_free_attempts} THEN 0.0 {' '.join(steps)} "
        f"ELSE {float(edge.sign_in_max_delay)!r} END)"
    )


def _charge_statement(edge: EdgeSettings) -> str:
    """$1 key, $2 now, $3 window, $4 budget, $5 1 for an account counter (delays; its window runs from the end of
    the last wait) or 0 for an address counter (no delays; a fixed window from its first attempt).

    Without a wait due, `next_allowed` is 0 rather than now: concurrent attempts read the clock in any order,
    and one that read it a moment earlier must not be refused by another's "now"."""
    old = TABLE
    expired = f"{old}.window_started + {WINDOW} <= {NOW}"
    attempts = f"(CASE WHEN {expired} THEN 1 ELSE {old}.attempts + 1 END)"
    wait = f"{ACCOUNT} * {_delay(attempts, edge)}"
    first_wait = f"{ACCOUNT} * {_delay('1', edge)}"
    return (
        f"INSERT INTO {TABLE} (key, attempts, window_started, next_allowed) "
        f"VALUES ($1, 1, {NOW} + {first_wait}, CASE WHEN {first_wait} > 0 THEN {NOW} + {first_wait} ELSE 0.0 END) "
        f"ON CONFLICT (key) DO UPDATE SET attempts = {attempts}, "
        f"window_started = CASE WHEN {ACCOUNT} = 1 THEN {NOW} + {wait} WHEN {expired} THEN {NOW} "
        f"ELSE {old}.window_started END, "
        f"next_allowed = CASE WHEN {wait} > 0 THEN {NOW} + {wait} ELSE 0.0 END "
        f"WHERE {old}.next_allowed <= {NOW} AND ({expired} OR {old}.attempts < {BUDGET}) "
        f"RETURNING attempts"
    )


_statements: dict[EdgeSettings, str] = {}


def account_key(username: str, address: str) -> str:
    return f"account:{username[:64]}@{address[:64]}"


def address_key(address: str) -> str:
    return f"address:{address[:64]}"


async def _charge(
    key: str,
    *,
    now: float,
    window: float,
    budget: int,
    account: bool,
    edge: EdgeSettings,
    connection: BaseDBAsyncClient | None = None,
) -> bool:
    """Count one attempt against `key` if the counter allows it now; False (nothing counted) if not."""
    statement = _statements.get(edge) or _statements.setdefault(edge, _charge_statement(edge))
    connection = connection or connections.get("authz")
    # execute_query_dict: Tortoise's execute_query answers an INSERT with a row count only, dropping RETURNING rows
    rows = await connection.execute_query_dict(
        *sql.portable(connection, statement, (key, now, window, budget, int(account)))
    )
    return bool(rows)


async def _retry_after(key: str, *, now: float, window: float, budget: int) -> int:
    rows = await sql.fetch(
        connections.get("authz"), f"SELECT attempts, window_started, next_allowed FROM {TABLE} WHERE key = $1", key
    )
    if not rows:
        return 1
    row = rows[0]
    wait = row["next_allowed"] - now
    if row["attempts"] >= budget:
        wait = max(wait, row["window_started"] + window - now)
    return max(1, int(math.ceil(wait)))


async def admit(*, username: str, address: str, edge: EdgeSettings | None = None) -> Throttled | None:
    """Charge one sign-in attempt to the address and to the account from that address, before any password is
    checked; a Throttled answer (nothing charged) when either counter says wait."""
    edge = edge or get_settings().edge
    now, window = time.time(), edge.sign_in_window
    by_address, by_account = address_key(address), account_key(username, address)
    if not await _charge(
        by_address, now=now, window=window, budget=edge.sign_in_address_budget, account=False, edge=edge
    ):
        return Throttled(
            "address", await _retry_after(by_address, now=now, window=window, budget=edge.sign_in_address_budget)
        )
    if not await _charge(by_account, now=now, window=window, budget=2**31 - 1, account=True, edge=edge):
        await _refund(by_address)  # this attempt checks no password: it costs the address nothing
        return Throttled("account", await _retry_after(by_account, now=now, window=window, budget=2**31 - 1))
    return None


async def _refund(key: str) -> None:
    await sql.execute(
        connections.get("authz"), f"UPDATE {TABLE} SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0", key
    )


async def succeeded(*, username: str, address: str) -> None:
    """The password was right: the account's count from this address is cleared, the address gets its attempt back."""
    await sql.execute(connections.get("authz"), f"DELETE FROM {TABLE} WHERE key = $1", account_key(username, address))
    await _refund(address_key(address))
