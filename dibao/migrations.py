"""Apply and generate migrations for every database, one migration set per SQL dialect."""

from __future__ import annotations

from kernel.db import MIGRATION_DIRS, dialect, ensure_database, migration_location, release, tortoise_config, upgrade
from kernel.settings import DATABASES, Settings


async def migrate_all(settings: Settings) -> dict[str, list[str]]:
    """Bring every database up to the checked-in migrations; returns what was applied."""
    return {name: await upgrade(settings, name) for name in DATABASES}


async def make_migrations(settings: Settings, *, name: str = "update") -> dict[str, str | None]:
    """Write a new migration per database for the dialect the settings point at (development tool)."""
    from aerich import Command
    from tortoise import Tortoise

    written: dict[str, str | None] = {}
    for database in DATABASES:
        url = settings.database_url(database)
        await ensure_database(url)
        config = tortoise_config(settings, [database], with_aerich=True)
        location = migration_location(database, url)
        _forget_pending_operators()
        await Tortoise.init(config=config)  # bound afresh for each database (the previous one was released)
        command = Command(tortoise_config=config, app=database, location=str(location))
        try:
            if not (location / database).exists():
                await command.init_db(safe=True)
                written[database] = "initial"
            else:
                await command.init()
                await command.upgrade(run_in_transaction=True)
                await (
                    command.init()
                )  # read the last version again: on a fresh database there was none before the upgrade
                written[database] = await command.migrate(name=name, no_input=True)
        finally:
            await release(with_aerich=True)
        if dialect(url) == "sqlite":
            _keep_escapes_literal(location / database)
    return written


def _forget_pending_operators() -> None:
    """aerich collects a migration's SQL in class-level lists; clear them so one database's diff never lands in the next."""
    from aerich.migrate import Migrate

    for name in (
        "upgrade_operators",
        "downgrade_operators",
        "_upgrade_fk_m2m_index_operators",
        "_downgrade_fk_m2m_index_operators",
    ):
        setattr(Migrate, name, [])


def _keep_escapes_literal(directory) -> None:
    """aerich writes SQLite column comments with `\\/`; raw strings keep them literal and warning-free."""
    for path in directory.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if '    return """' in text:
            path.write_text(text.replace('    return """', '    return r"""'), encoding="utf-8")


__all__ = ["MIGRATION_DIRS", "dialect", "make_migrations", "migrate_all"]
