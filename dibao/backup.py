"""Backup and restore — 备份与恢复: every database of the system, with a manifest, and a new feed history on restore.

`backup` dumps the four databases side by side (pg_dump's custom format on PostgreSQL, SQLite's online backup for
the embedded files); each dump is consistent in itself. The manifest records, per database, when its dump started
and finished, its size and SHA-256, the high-water mark and row count of each feed it produces and the cursors it
holds into the others' feeds. Dumps taken at different moments need not agree with each other: `restore` gives
every restored database a new feed history (new epochs; rows from the dump placed before anything written after
it), and each consumer whose cursor belonged to the old history reads that feed again from the start
(kernel.feeds), so a projection restored ahead of, or behind, its producer ends equal to it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import importlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dibao.error_codes import DibaoErrorCode
from kernel.db import MODEL_MODULES, dialect, tortoise_url, upgrade
from kernel.errors import DomainError
from kernel.settings import DATABASES, Settings

MANIFEST = "manifest.json"
FORMAT = 1
CURSOR_TABLES = {"supervision": "sv_feed_cursor", "households": "sync_cursor"}
"""Where each consumer keeps its cursors into other services' feeds."""


class BackupRefused(DomainError):
    code = DibaoErrorCode.BACKUP_REFUSED


def feed_tables(database: str) -> list[str]:
    """The feed tables a database produces: its models that carry a writing-transaction column (kernel.feeds)."""
    from tortoise.models import Model

    tables = []
    for module_name in MODEL_MODULES[database]:
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Model)
                and not value._meta.abstract
                and "txid" in value._meta.fields_map
            ):
                tables.append(value._meta.db_table)
    return sorted(set(tables))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _libpq(url: str) -> str:
    """The URL as pg_dump and asyncpg read it (no pool options)."""
    return tortoise_url(url).replace("postgres://", "postgresql://", 1).split("?", 1)[0]


def _sqlite_path(url: str) -> Path:
    return Path(url.split("://", 1)[1])


async def _marks(url: str, database: str) -> dict[str, Any]:
    """Each produced feed's high-water mark and rows, and the cursors this database holds into other feeds."""
    queries = {
        table: f'SELECT txid, id, (SELECT count(*) FROM "{table}") AS n FROM "{table}" ORDER BY txid DESC, id DESC LIMIT 1'
        for table in feed_tables(database)
    }
    cursors = CURSOR_TABLES.get(database)
    if dialect(url) == "sqlite":
        with sqlite3.connect(_sqlite_path(url)) as conn:
            conn.row_factory = sqlite3.Row
            heads = {table: conn.execute(query).fetchone() for table, query in queries.items()}
            held = conn.execute(f"SELECT feed, cursor, epoch FROM {cursors}").fetchall() if cursors else []
    else:
        import asyncpg

        conn = await asyncpg.connect(_libpq(url))
        try:
            heads = {table: await conn.fetchrow(query) for table, query in queries.items()}
            held = await conn.fetch(f"SELECT feed, cursor, epoch FROM {cursors}") if cursors else []
        finally:
            await conn.close()
    return {
        "feeds": {
            table: {
                "head": (f"{row['txid']}.{row['id']}" if row["txid"] else str(row["id"])) if row else "0",
                "rows": row["n"] if row else 0,
            }
            for table, row in heads.items()
        },
        "cursors": {row["feed"]: {"cursor": row["cursor"], "epoch": row["epoch"]} for row in held},
    }


async def _run(*command: str) -> None:
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await process.communicate()
    if process.returncode != 0:
        text = (err or out).decode(errors="replace").strip()
        raise BackupRefused(
            f"{command[0]} failed: {text}", f"{command[0]} 执行失败：{text}", code=DibaoErrorCode.BACKUP_TOOL_FAILED
        )


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupRefused(
            f"{name} is not installed (PostgreSQL client tools, e.g. apt install postgresql-client)",
            f"未安装 {name}（PostgreSQL 客户端工具，如 apt install postgresql-client）",
            code=DibaoErrorCode.BACKUP_TOOL_MISSING,
        )
    return found


async def _dump_one(settings: Settings, database: str, directory: Path) -> dict[str, Any]:
    url = settings.database_url(database)
    started = _now()
    marks = await _marks(url, database)
    if dialect(url) == "sqlite":
        target = directory / f"{database}.sqlite3"
        source, copy = sqlite3.connect(_sqlite_path(url)), sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    else:
        target = directory / f"{database}.dump"
        await _run(
            _tool("pg_dump"),
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--file={target}",
            f"--dbname={_libpq(url)}",
        )
    return {
        "dialect": dialect(url),
        "file": target.name,
        "startedAt": started,
        "finishedAt": _now(),
        "bytes": target.stat().st_size,
        "sha256": _sha256(target),
        **marks,
    }


async def backup(settings: Settings, directory: Path, *, databases: tuple[str, ...] = DATABASES) -> dict[str, Any]:
    """Dump every database into `directory` (created; must be empty) side by side and write the manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise BackupRefused(
            f"{directory} is not empty",
            f"{directory} 不是空目录",
            field="directory",
            code=DibaoErrorCode.BACKUP_DIRECTORY_NOT_EMPTY,
        )
    started = _now()
    dumped = await asyncio.gather(*(_dump_one(settings, name, directory) for name in databases))
    manifest = {
        "format": FORMAT,
        "startedAt": started,
        "finishedAt": _now(),
        "databases": dict(zip(databases, dumped, strict=True)),
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        raise BackupRefused(
            f"{path} not found: not a dibao backup",
            f"未找到 {path}：不是 dibao 备份",
            field="directory",
            code=DibaoErrorCode.BACKUP_MANIFEST_MISSING,
        )
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupRefused(
            f"backup format {manifest.get('format')} is not {FORMAT}",
            f"备份格式 {manifest.get('format')} 不受支持",
            code=DibaoErrorCode.BACKUP_FORMAT_UNKNOWN,
        )
    return manifest


def _check(directory: Path, name: str, entry: dict[str, Any], url: str) -> Path:
    """The dump file of `name`, refused before anything is dropped if it is missing, altered or of another dialect."""
    path = directory / entry["file"]
    if entry["dialect"] != dialect(url):
        raise BackupRefused(
            f"{name} was dumped from {entry['dialect']} but is configured as {dialect(url)}",
            f"{name} 的备份来自 {entry['dialect']}，当前配置为 {dialect(url)}",
            field=name,
            code=DibaoErrorCode.BACKUP_DIALECT_MISMATCH,
        )
    if not path.is_file() or _sha256(path) != entry["sha256"]:
        raise BackupRefused(
            f"{path} is missing or does not match the manifest's SHA-256",
            f"{path} 缺失或与清单中的 SHA-256 不符",
            field=name,
            code=DibaoErrorCode.BACKUP_FILE_CORRUPT,
        )
    return path


async def _restore_postgres(url: str, path: Path) -> None:
    import asyncpg

    server, _, name = _libpq(url).rpartition("/")
    admin = await asyncpg.connect(f"{server}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    jobs = str(max(1, min(4, os.cpu_count() or 1)))
    await _run(
        _tool("pg_restore"),
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        f"--jobs={jobs}",
        f"--dbname={_libpq(url)}",
        str(path),
    )


async def new_history(url: str, database: str) -> None:
    """The restored database's feeds start a new history: new epochs (made on first use). Rows written on a server
    whose transaction ids ran ahead of this one's would wait behind them; such a table is renumbered to 0, which
    keeps its order (id order agrees with commit order for each record, kernel.feeds)."""
    if not feed_tables(database):
        return
    if dialect(url) == "sqlite":
        with sqlite3.connect(_sqlite_path(url)) as conn:
            conn.execute('DELETE FROM "feed_epoch"')
        return
    import asyncpg

    conn = await asyncpg.connect(_libpq(url))
    try:
        async with conn.transaction():
            current = await conn.fetchval("SELECT pg_current_xact_id()::text::bigint")
            for table in feed_tables(database):
                if (await conn.fetchval(f'SELECT max("txid") FROM "{table}"') or 0) >= current:
                    await conn.execute(f'UPDATE "{table}" SET "txid" = 0 WHERE "txid" <> 0')
            await conn.execute('DELETE FROM "feed_epoch"')
    finally:
        await conn.close()


async def restore(
    settings: Settings,
    directory: Path,
    *,
    databases: tuple[str, ...] | None = None,
    progress: Callable[[str], None] = lambda name: None,
) -> list[str]:
    """Replace the databases named (default: every one in the backup) with their dumps, bring them up to the
    installed migrations and start a new feed history in each. The services must be stopped meanwhile."""
    manifest = read_manifest(directory)
    chosen = databases or tuple(manifest["databases"])
    unknown = [name for name in chosen if name not in manifest["databases"] or name not in DATABASES]
    if unknown:
        raise BackupRefused(
            f"not in this backup: {', '.join(unknown)}",
            f"备份中没有：{'、'.join(unknown)}",
            field="database",
            code=DibaoErrorCode.BACKUP_DATABASE_UNKNOWN,
        )
    files = {name: _check(directory, name, manifest["databases"][name], settings.database_url(name)) for name in chosen}
    for name in chosen:
        url = settings.database_url(name)
        progress(name)
        if dialect(url) == "sqlite":
            target = _sqlite_path(url)
            target.parent.mkdir(parents=True, exist_ok=True)
            for stale in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                stale.unlink(missing_ok=True)
            shutil.copyfile(files[name], target)
        else:
            await _restore_postgres(url, files[name])
        await upgrade(settings, name)
        await new_history(url, name)
    return list(chosen)
