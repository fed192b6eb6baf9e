"""Database start-up: one Tortoise app and connection per service, migrations per dialect."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kernel.settings import Settings

if TYPE_CHECKING:
    from tortoise.backends.base.client import BaseDBAsyncClient

ROOT = Path(__file__).resolve().parent.parent

MODEL_MODULES: dict[str, list[str]] = {
    "households": ["services.households.models"],
    "disbursement": ["services.disbursement.models"],
    "supervision": ["services.supervision.models"],
    "authz": ["identity.models"],
}
"""The Tortoise app of each database and the modules holding its models."""

MIGRATION_DIRS: dict[str, Path] = {
    "households": ROOT / "services" / "households" / "migrations",
    "disbursement": ROOT / "services" / "disbursement" / "migrations",
    "supervision": ROOT / "services" / "supervision" / "migrations",
    "authz": ROOT / "identity" / "migrations",
}


def dialect(url: str) -> str:
    """postgres or sqlite: migrations are kept once per dialect because aerich writes dialect SQL."""
    scheme = url.split(":", 1)[0]
    if scheme in ("postgres", "postgresql", "asyncpg", "psycopg"):
        return "postgres"
    if scheme == "sqlite":
        return "sqlite"
    raise ValueError(f"unsupported database URL scheme {scheme!r}")


def tortoise_url(url: str) -> str:
    """Accept postgresql:// as written by most tools; Tortoise spells it postgres://."""
    return "postgres://" + url.split("://", 1)[1] if url.startswith("postgresql://") else url


POOL_SIZE = {"minsize": 1, "maxsize": 16}
"""asyncpg pool bounds per database and process; Tortoise's default of 5 queued concurrent requests."""


SERIAL = "SET LOCAL max_parallel_workers_per_gather = 0"
"""For a transaction whose statements read a township's or a county's rows (a few hundred to a few thousand, one
partition): starting parallel workers costs a few milliseconds, more than they would save."""

CUSTOM_PLANS = {"plan_cache_mode": "force_custom_plan"}
SERVER_SETTINGS: dict[str, dict[str, str]] = {
    "households": CUSTOM_PLANS,
    "disbursement": CUSTOM_PLANS,
    "supervision": CUSTOM_PLANS,
}
"""Session settings of each database's PostgreSQL connections.

The driver prepares each statement once per connection, and after five runs PostgreSQL may switch a
prepared statement to a generic plan, made without looking at the values. The services' batched lookups
(`household_id IN ($1, ..., $1000)` beside a region range) then lose their estimates: a thousand
households' payments took 63 ms instead of 24. Planning each run with its values costs far less. The
identity store (authz) answers point lookups, one on every gateway request (revocation), whose generic
plan is as good: it keeps PostgreSQL's default and is not planned again on every run.
"""


async def _keep_session(connection: object) -> None:
    """Returning a connection to the pool: asyncpg still rolls back an open transaction first.

    Its default also sends `RESET ALL; CLOSE ALL; UNLISTEN *; pg_advisory_unlock_all()`, one more
    round trip per query; nothing here sets session state, listens, keeps cursors or takes
    session advisory locks, so that query is skipped.
    """


def connection(url: str, session: dict[str, str] | None = None) -> str | dict[str, Any]:
    """A Tortoise connection: PostgreSQL with a pool sized for concurrent requests and the `session` settings,
    others as the URL says."""
    url = tortoise_url(url)
    if dialect(url) != "postgres":
        return url
    from tortoise.backends.base.config_generator import expand_db_url

    expanded = expand_db_url(url)
    expanded["credentials"] = {
        **POOL_SIZE,
        "reset": _keep_session,
        "server_settings": dict(session or {}),
        **expanded["credentials"],
    }  # the URL wins
    return expanded


READ = "_read"
"""Suffix of the connection to a database's read replica (`households_read`), present only when one is configured."""


def tortoise_config(
    settings: Settings, names: list[str] | tuple[str, ...], *, with_aerich: bool = False
) -> dict[str, Any]:
    """Config for the given databases (and their read replicas, when configured, outside migrations);
    `with_aerich` adds aerich's version table (migrations only)."""
    replicas = (
        {}
        if with_aerich
        else {
            name + READ: connection(settings.read_database_urls[name], SERVER_SETTINGS.get(name))
            for name in names
            if name in settings.read_database_urls
        }
    )
    return {
        "connections": {
            **{name: connection(settings.database_url(name), SERVER_SETTINGS.get(name)) for name in names},
            **replicas,
        },
        "apps": {
            name: {
                "models": MODEL_MODULES[name] + (["aerich.models"] if with_aerich else []),
                "default_connection": name,
            }
            for name in names
        },
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def reader(name: str) -> BaseDBAsyncClient:
    """The connection for read-only traffic of a database (dashboards, admin lists, exports): its replica when
    DIBAO_<NAME>_READ_DATABASE_URL is set, else the primary. A replica lags the primary by its replication delay,
    so nothing that decides a write, and no file a bank is paid from, reads here."""
    from tortoise import Tortoise
    from tortoise.exceptions import ConfigurationError

    try:
        return Tortoise.get_connection(name + READ)
    except (ConfigurationError, KeyError):
        return Tortoise.get_connection(name)


def migration_location(name: str, url: str) -> Path:
    return MIGRATION_DIRS[name] / dialect(url)


async def upgrade(settings: Settings, name: str) -> list[str]:
    """Apply the checked-in migrations of one database, creating the database file/dir if needed."""
    from aerich import Command
    from tortoise import Tortoise

    url = settings.database_url(name)
    if dialect(url) == "sqlite":
        Path(url.split("://", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    await ensure_database(url)
    config = tortoise_config(settings, [name], with_aerich=True)
    command = Command(tortoise_config=config, app=name, location=str(migration_location(name, url)))
    try:
        await Tortoise.init(config=config, _create_db=False)
        await command.init()
        return await command.upgrade(run_in_transaction=True)
    finally:
        await release(with_aerich=True)


async def release(*, with_aerich: bool = False) -> None:
    """Close connections and forget the app registry, so the next init may bind models afresh.

    aerich's version model is shared by every database; Tortoise keeps the first app it joined
    unless told otherwise, so it is detached here before the next database is migrated.
    """
    from tortoise import Tortoise

    await Tortoise.close_connections()
    await Tortoise._reset_apps()
    if with_aerich:
        from aerich.models import Aerich

        Aerich._meta.app = None


async def ensure_database(url: str) -> None:
    """Create the database named in the URL when it does not exist yet (a SQLite file's folder, or a PostgreSQL database)."""
    if dialect(url) == "sqlite":
        Path(url.split("://", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
        return
    import asyncpg

    server, _, name = tortoise_url(url).replace("postgres://", "postgresql://", 1).rpartition("/")
    name = name.split("?", 1)[0]
    conn = await asyncpg.connect(f"{server}/postgres")
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
