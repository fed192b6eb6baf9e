"""Process settings read once from the environment (DIBAO_* variables)."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SERVICES: tuple[str, ...] = ("households", "disbursement", "supervision")
"""The subgraphs, in the order the gateway composes them."""

DATABASES: tuple[str, ...] = (*SERVICES, "authz")
"""Every database the system owns: one per service plus the identity store."""


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

    @property
    def production(self) -> bool:
        return self.env == "production"

    def database_url(self, name: str) -> str:
        return self.database_urls[name]


def _database_urls(data_dir: Path) -> dict[str, str]:
    template = os.environ.get("DIBAO_DATABASE_URL", "")
    urls = {}
    for name in DATABASES:
        explicit = os.environ.get(f"DIBAO_{name.upper()}_DATABASE_URL")
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


def load_settings() -> Settings:
    """Read the environment now (tests change it between calls)."""
    env = os.environ.get("DIBAO_ENV", "development")
    data_dir = Path(os.environ.get("DIBAO_DATA_DIR", "var")).resolve()
    subgraph_urls = {
        name: url
        for name in SERVICES
        if (url := os.environ.get(f"DIBAO_{name.upper()}_URL"))
    }
    return Settings(
        env=env,
        data_dir=data_dir,
        database_urls=_database_urls(data_dir),
        subgraph_urls=subgraph_urls,
        jwt_secret=_secret(env, "DIBAO_JWT_SECRET", data_dir),
        session_secret=_secret(env, "DIBAO_SESSION_SECRET", data_dir),
        admin_origins=tuple(o.strip() for o in os.environ.get("DIBAO_ADMIN_ORIGINS", "").split(",") if o.strip()),
        access_token_minutes=int(os.environ.get("DIBAO_ACCESS_TOKEN_MINUTES", "15")),
        refresh_token_hours=int(os.environ.get("DIBAO_REFRESH_TOKEN_HOURS", "12")),
        projection_sync_seconds=float(os.environ.get("DIBAO_PROJECTION_SYNC_SECONDS", "30")),
        registry_events_sync_seconds=float(os.environ.get("DIBAO_REGISTRY_EVENTS_SYNC_SECONDS", "600")),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process."""
    return load_settings()
