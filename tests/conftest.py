"""Session fixtures: real PostgreSQL databases, migrated and seeded, and the whole system app in-process."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE_URL = os.environ.get("DIBAO_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SERVER = BASE_URL.rsplit("/", 1)[0]
RUN_ID = f"dibao_t{os.getpid()}"
TEST_HOUSEHOLDS = 600

# Settings are read from the environment: fix them before any project module reads them.
os.environ.update(
    {
        "DIBAO_ENV": "test",
        "DIBAO_DATA_DIR": tempfile.mkdtemp(prefix="dibao-test-"),
        "DIBAO_DATABASE_URL": f"{SERVER}/{RUN_ID}_{{service}}",
        "DIBAO_JWT_SECRET": "test-signing-secret-that-is-long-enough-for-hs256",
        "DIBAO_SESSION_SECRET": "test-session-secret",
        "OTEL_TRACES_EXPORTER": "none",
        # tests drive the projection themselves; tests/supervision/test_background_sync.py starts the periodic sync
        "DIBAO_PROJECTION_SYNC_SECONDS": "0",
        "DIBAO_REGISTRY_EVENTS_SYNC_SECONDS": "0",
    }
)
for name in ("HOUSEHOLDS", "DISBURSEMENT", "SUPERVISION"):
    os.environ.pop(f"DIBAO_{name}_URL", None)
    os.environ.pop(f"DIBAO_{name}_DATABASE_URL", None)
os.environ.pop("DIBAO_AUTHZ_DATABASE_URL", None)

from dibao.wiring import wire_credentials  # noqa: E402
from kernel.settings import DATABASES, load_settings  # noqa: E402

wire_credentials()  # what every entry point of a process does before it builds an app

DEMO_PASSWORD = "dibao-demo-2026"


def database_name(service: str) -> str:
    return f"{RUN_ID}_{service}"


async def _admin(statements: list[str]) -> None:
    import asyncpg

    conn = await asyncpg.connect(f"{SERVER}/postgres")
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the `dibao` command in a child process, as an operator would."""
    return subprocess.run(
        [sys.executable, "-m", "dibao.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )


def _check_postgres() -> None:
    import asyncpg

    async def ping():
        conn = await asyncpg.connect(f"{SERVER}/postgres", timeout=5)
        await conn.close()

    try:
        asyncio.run(ping())
    except Exception as exc:  # the suite never skips the database tests silently
        pytest.exit(f"PostgreSQL does not answer at {SERVER} ({exc}); set DIBAO_TEST_DATABASE_URL", returncode=3)


def pytest_sessionstart(session: pytest.Session) -> None:
    _check_postgres()


TEST_HOLIDAY_YEARS = 1
"""Years after the installed `chinesecalendar`'s last that the test databases know (from today's), so the step
clocks of tests run in its last weeks can pass the new year; tests/households/test_holidays.py uses the year after."""


def _test_holidays() -> Path:
    """A holiday file for those years (New Year's Day only: test days, not a State Council notice)."""
    from services.households.calendar import package_knows

    first = next(year for year in itertools.count(dt.date.today().year) if not package_knows(year))
    path = Path(os.environ["DIBAO_DATA_DIR"]) / "test-holidays.csv"
    path.write_text(
        "date,kind,name\n"
        + "".join(f"{year}-01-01,holiday,元旦（测试）\n" for year in range(first, first + TEST_HOLIDAY_YEARS)),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="session")
def databases():
    """Empty PostgreSQL databases, migrated with the checked-in migrations and seeded by the CLI."""
    names = [database_name(service) for service in DATABASES]
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names] + [f'CREATE DATABASE "{n}"' for n in names]
        )
    )
    for args in (
        ("migrate",),
        ("seed", "--households", str(TEST_HOUSEHOLDS), "--seed", "7"),
        ("holidays", "import", str(_test_holidays())),
    ):
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr + done.stdout
    yield load_settings()
    asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


class SubgraphCalls:
    """Counts the requests the gateway sends to each subgraph."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes]] = []

    def reset(self) -> None:
        self.calls.clear()

    def count(self, subgraph: str | None = None) -> int:
        return sum(1 for name, _ in self.calls if subgraph in (None, name))

    def wrap(self, name: str, transport):
        calls = self.calls

        class Counting:
            async def post(self, url, content, headers, timeout):
                calls.append((name, content))
                return await transport.post(url, content, headers, timeout)

            async def aclose(self):
                await transport.aclose()

        return Counting()


@pytest.fixture(scope="session")
def subgraph_calls() -> SubgraphCalls:
    return SubgraphCalls()


@pytest.fixture(scope="session")
async def system(databases, subgraph_calls):
    """The whole system app, lifespan started, with counted in-process subgraphs."""
    from asgi_lifespan import LifespanManager

    from dibao.system import create_system_app, subgraph_clients

    clients = subgraph_clients(databases, wrap=subgraph_calls.wrap)
    app = create_system_app(databases, clients=clients)
    async with LifespanManager(app, startup_timeout=60) as manager:
        yield manager.app


@pytest.fixture(scope="session")
async def client(system):
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=system), base_url="http://dibao.test") as http:
        yield http


@pytest.fixture(scope="session")
async def tokens(client):
    """Access tokens of the demo users, fetched through the token endpoint and fetched again well before they expire
    (a suite on a busy machine outlasts one token's life)."""
    cache: dict[str, tuple[str, float]] = {}
    fresh_for = load_settings().access_token_minutes * 60 / 2

    async def token(username: str) -> str:
        if username not in cache or time.monotonic() - cache[username][1] > fresh_for:
            response = await client.post("/auth/token", data={"username": username, "password": DEMO_PASSWORD})
            assert response.status_code == 200, response.text
            cache[username] = (response.json()["access_token"], time.monotonic())
        return cache[username][0]

    return token


@pytest.fixture(scope="session")
async def gql(client, tokens):
    """POST a GraphQL operation to the gateway as a demo user; returns the JSON body."""

    async def run(
        query: str, variables: dict | None = None, *, user: str | None = "municipal.officer", headers=None
    ) -> dict:
        sent = dict(headers or {})
        if user:
            sent["authorization"] = f"Bearer {await tokens(user)}"
        response = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=sent)
        body = response.json()
        body["_status"] = response.status_code
        return body

    return run
