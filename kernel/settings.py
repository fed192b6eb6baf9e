"""Process settings read once from the environment (DIBAO_* variables)."""

from __future__ import annotations

import dataclasses
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SERVICES: tuple[str, ...] = ("households", "disbursement", "supervision")
"""The subgraphs, in the order the gateway composes them."""

DATABASES: tuple[str, ...] = (*SERVICES, "authz")
"""Every database the system owns: one per service plus the identity store."""

CALLS: dict[str, tuple[str, ...]] = {
    "households": ("supervision",),  # the registries: deaths, imprisonments and hukou moves; the check on entry
    "disbursement": ("households",),  # entitlements for rosters, bank accounts
    "supervision": ("households", "disbursement"),  # the households feed and the paid lines
    "gateway": SERVICES,
}
"""The services each server of the multi-process deployment calls over HTTP: it needs each one's URL."""

OPENS: dict[str, tuple[str, ...]] = {**{name: (name,) for name in SERVICES}, "gateway": DATABASES}
"""The databases each server of the multi-process deployment opens (the gateway's admin UI reads all four)."""


def url_variable(service: str) -> str:
    """The variable holding a service's GraphQL URL, e.g. DIBAO_HOUSEHOLDS_URL."""
    return f"DIBAO_{service.upper()}_URL"


def database_variable(name: str) -> str:
    """The variable holding one database's URL, e.g. DIBAO_HOUSEHOLDS_DATABASE_URL."""
    return f"DIBAO_{name.upper()}_DATABASE_URL"


def read_database_variable(name: str) -> str:
    """The variable holding a read replica's URL for one service's database, e.g. DIBAO_HOUSEHOLDS_READ_DATABASE_URL."""
    return f"DIBAO_{name.upper()}_READ_DATABASE_URL"


READ_REPLICAS = SERVICES
"""The databases whose read-only traffic (dashboards, admin lists, exports) may go to a replica."""
READS: dict[str, tuple[str, ...]] = {**{name: (name,) for name in SERVICES}, "gateway": READ_REPLICAS}
"""The replicas each server of the multi-process deployment may read (the gateway's admin reads all three)."""


@dataclass(frozen=True)
class EdgeSettings:
    """What the servers refuse before any work: body sizes, framing, and how fast sign-in may be guessed.

    Every number has a DIBAO_* variable (see `load_edge_settings`); the defaults suit a city's deployment.
    """

    max_graphql_bytes: int = 4_194_304
    """DIBAO_MAX_GRAPHQL_BYTES: largest POST body to the gateway's /graphql (4 MiB: a bank's 20,000 results, the
    most one postBatchResults takes, are ~1.5 MB as variables)."""
    max_auth_bytes: int = 8_192
    """DIBAO_MAX_AUTH_BYTES: largest body to /auth/token and /auth/logout."""
    max_body_bytes: int = 1_048_576
    """DIBAO_MAX_BODY_BYTES: largest body to any other path (admin forms)."""
    max_photo_bytes: int = 5_242_880
    """DIBAO_MAX_PHOTO_BYTES: largest visit photo (入户照片) kept, and the largest body to the gateway's upload path (at most
    DIBAO_MAX_SUBGRAPH_BYTES, the most a subgraph reads)."""
    max_subgraph_bytes: int = 16_777_216
    """DIBAO_MAX_SUBGRAPH_BYTES: largest body a subgraph reads (the gateway's entity batches are larger than clients')."""
    hsts_seconds: int = 0
    """DIBAO_HSTS_SECONDS: Strict-Transport-Security max-age sent on https requests; 0 sends none."""
    trusted_proxies: str = ""
    """DIBAO_TRUSTED_PROXIES: addresses of TLS-terminating proxies whose X-Forwarded-For/-Proto are believed."""
    sign_in_free_attempts: int = 5
    """DIBAO_SIGN_IN_FREE_ATTEMPTS: failed sign-ins one address may make for one account before each waits."""
    sign_in_base_delay: float = 2.0
    """DIBAO_SIGN_IN_BASE_DELAY: seconds the first throttled attempt waits; each further failure doubles it."""
    sign_in_max_delay: float = 900.0
    """DIBAO_SIGN_IN_MAX_DELAY: the longest wait between attempts on one account from one address."""
    sign_in_address_budget: int = 20
    """DIBAO_SIGN_IN_ADDRESS_BUDGET: failed sign-ins one address may make, over all accounts, per window."""
    sign_in_window: float = 900.0
    """DIBAO_SIGN_IN_WINDOW: seconds after which an account+address or address starts counting afresh."""


def load_edge_settings() -> EdgeSettings:
    """The edge settings from DIBAO_* variables; unset ones keep their documented default."""
    defaults = EdgeSettings()
    values = {}
    for name, default in vars(defaults).items():
        raw = os.environ.get(f"DIBAO_{name.upper()}")
        if raw is not None and raw.strip() != "":
            values[name] = type(default)(raw.strip())
    return EdgeSettings(**values)


@dataclass(frozen=True)
class Settings:
    """Everything a process needs to know about its deployment."""

    env: str
    data_dir: Path
    database_urls: dict[str, str]
    subgraph_urls: dict[str, str] = field(default_factory=dict)
    jwt_secret: str = ""
    access_token_minutes: int = 15
    refresh_token_hours: int = 12
    session_secret: str = ""
    admin_origins: tuple[str, ...] = ()
    """Origins (scheme://host[:port]) besides the server's own that may post admin forms: the public
    address when a proxy in front changes the host or scheme."""
    projection_sync_seconds: float = 30.0
    """How often supervision pulls the households feed and paid lines in the background; 0 disables."""
    registry_events_sync_seconds: float = 600.0
    """How often households follows supervision's registry deaths, imprisonments and hukou moves; 0 disables."""
    feed_page_size: int = 10_000
    """DIBAO_FEED_PAGE_SIZE: items supervision asks per page of the households change feed and of paid lines while
    catching up; each page is applied in one transaction with its cursor."""
    feed_page_limit: int = 10_000
    """DIBAO_FEED_PAGE_LIMIT: the most items households' change feed and disbursement's paid lines serve per page
    (a larger `first` is refused); at least DIBAO_FEED_PAGE_SIZE."""
    inspection_connections: int = 2
    """DIBAO_INSPECTION_CONNECTIONS: connections an inspection run over several cities (or counties, townships) splits
    its region across on PostgreSQL, each evaluating every rule over its share at once; SQLite uses one."""
    edge: EdgeSettings = field(default_factory=lambda: EdgeSettings())
    """Request body limits, security headers and sign-in throttling."""
    metrics_token: str = ""
    """DIBAO_METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <token>`."""
    embedded: bool = True
    """Every service in this one process (`dibao serve`, `make run`, the CLI): a service without a URL is asked
    in-process. A server of the multi-process deployment (`serve-subgraph`, `serve-gateway`) is not embedded:
    it calls other services only at their URLs and refuses to start without them."""
    configured_databases: frozenset[str] = frozenset()
    """The databases whose URL the environment gives (the others default to SQLite under data_dir)."""
    read_database_urls: dict[str, str] = field(default_factory=dict)
    """A read replica's URL per database that has one (DIBAO_<NAME>_READ_DATABASE_URL); the others read the primary."""

    @property
    def production(self) -> bool:
        return self.env == "production"

    def database_url(self, name: str) -> str:
        return self.database_urls[name]

    def read_database_url(self, name: str) -> str:
        """Where read-only traffic of `name` goes: its replica, or the primary when it has none."""
        return self.read_database_urls.get(name) or self.database_urls[name]


def _database_urls(data_dir: Path) -> dict[str, str]:
    template = os.environ.get("DIBAO_DATABASE_URL", "")
    urls = {}
    for name in DATABASES:
        explicit = os.environ.get(database_variable(name))
        if explicit:
            urls[name] = explicit
        elif template:
            urls[name] = template.format(service=name)
        else:
            urls[name] = f"sqlite://{data_dir / (name + '.sqlite3')}"
    return urls


def _secret(env: str, variable: str, data_dir: Path) -> str:
    """A signing secret from the environment; development keeps a generated one under var/."""
    value = os.environ.get(variable)
    if value:
        return value
    if env == "production":
        raise RuntimeError(f"{variable} must be set in production")
    path = data_dir / variable.lower()
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


class InvalidConfiguration(RuntimeError):
    """A variable holds a value the process cannot run with; the message names it."""


def _count(variable: str, default: int) -> int:
    """A positive whole number from the environment, or `default` when unset."""
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise InvalidConfiguration(f"{variable} must be a whole number of at least 1, not {raw!r}")
    return int(raw)


def _feed_pages() -> dict[str, Any]:
    size, limit = (
        _count("DIBAO_FEED_PAGE_SIZE", Settings.feed_page_size),
        _count("DIBAO_FEED_PAGE_LIMIT", Settings.feed_page_limit),
    )
    if size > limit:
        raise InvalidConfiguration(
            f"DIBAO_FEED_PAGE_SIZE ({size}) is larger than DIBAO_FEED_PAGE_LIMIT ({limit}), the most a feed "
            "serves per page: set the same values on every process"
        )
    return {"feed_page_size": size, "feed_page_limit": limit}


def load_settings() -> Settings:
    """Read the environment now (tests change it between calls)."""
    env = os.environ.get("DIBAO_ENV", "development")
    data_dir = Path(os.environ.get("DIBAO_DATA_DIR", "var")).resolve()
    subgraph_urls = {name: url for name in SERVICES if (url := os.environ.get(url_variable(name)))}
    return Settings(
        env=env,
        data_dir=data_dir,
        database_urls=_database_urls(data_dir),
        configured_databases=frozenset(
            name
            for name in DATABASES
            if os.environ.get(database_variable(name)) or os.environ.get("DIBAO_DATABASE_URL")
        ),
        read_database_urls={
            name: url for name in READ_REPLICAS if (url := os.environ.get(read_database_variable(name), "").strip())
        },
        subgraph_urls=subgraph_urls,
        jwt_secret=_secret(env, "DIBAO_JWT_SECRET", data_dir),
        session_secret=_secret(env, "DIBAO_SESSION_SECRET", data_dir),
        admin_origins=tuple(o.strip() for o in os.environ.get("DIBAO_ADMIN_ORIGINS", "").split(",") if o.strip()),
        access_token_minutes=int(os.environ.get("DIBAO_ACCESS_TOKEN_MINUTES", "15")),
        refresh_token_hours=int(os.environ.get("DIBAO_REFRESH_TOKEN_HOURS", "12")),
        projection_sync_seconds=float(os.environ.get("DIBAO_PROJECTION_SYNC_SECONDS", "30")),
        registry_events_sync_seconds=float(os.environ.get("DIBAO_REGISTRY_EVENTS_SYNC_SECONDS", "600")),
        **_feed_pages(),
        inspection_connections=_count("DIBAO_INSPECTION_CONNECTIONS", Settings.inspection_connections),
        edge=load_edge_settings(),
        metrics_token=os.environ.get("DIBAO_METRICS_TOKEN", ""),
    )


_current: Settings | None = None


def get_settings() -> Settings:
    """The settings of this process, read from the environment on first use."""
    global _current
    if _current is None:
        _current = load_settings()
    return _current


class MissingConfiguration(RuntimeError):
    """A server of the multi-process deployment lacks a variable it needs; the message names each one."""


def missing_configuration(process: str, settings: Settings) -> list[tuple[str, str]]:
    """(variable, why) for each thing `process` (a subgraph's name or "gateway") lacks to run on its own: the URL of
    each service it calls (http or https), and in production the URL of each database it opens."""
    problems: list[tuple[str, str]] = []
    for name in CALLS[process]:
        url = settings.subgraph_urls.get(name, "")
        if not url:
            problems.append((url_variable(name), f"the {name} service's GraphQL URL, e.g. http://{name}:8000/graphql"))
        elif not url.startswith(("http://", "https://")):
            problems.append((url_variable(name), f"{url!r} is not an http:// or https:// URL"))
    if settings.production:
        problems += [
            (database_variable(name), "or DIBAO_DATABASE_URL; production keeps no data in SQLite")
            for name in OPENS[process]
            if name not in settings.configured_databases
        ]
    return problems


def serve_alone(process: str) -> Settings:
    """Settings for a server of the multi-process deployment: `process` is a subgraph's name or "gateway".

    Refuses (MissingConfiguration naming each variable) when anything `missing_configuration` lists is missing.
    From then on get_settings() answers these settings, which never fall back to an in-process call."""
    global _current
    settings = dataclasses.replace(get_settings(), embedded=False)
    if problems := missing_configuration(process, settings):
        raise MissingConfiguration(
            f"{process} cannot start: set "
            + "; ".join(f"{variable} ({why})" for variable, why in problems)
            + ". In the multi-process deployment every server calls the others over HTTP only; `dibao serve` runs"
            f" everything in one process. / {process} 无法启动，请设置："
            + "、".join(variable for variable, _ in problems)
        )
    _current = settings
    return settings
