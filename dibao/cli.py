"""The `dibao` command: migrate, seed, and serve the system or one of its parts."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dibao.wiring import wire_credentials
from kernel.settings import DATABASES, SERVICES, MissingConfiguration, Settings, get_settings, serve_alone

console = Console()


async def _with_databases(names, work):
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config

    await Tortoise.init(config=tortoise_config(get_settings(), names))
    try:
        return await work()
    finally:
        await release()


def cmd_migrate(args: argparse.Namespace) -> None:
    from dibao.migrations import migrate_all

    applied = asyncio.run(migrate_all(get_settings()))
    for name, versions in applied.items():
        console.print(f"[green]{name}[/]：{'已应用 ' + '、'.join(versions) if versions else '已是最新'}")


SEED_STAGES = {"households": "生成家庭", "rows": "写入数据库"}
"""The seed's stages as its progress bars name them."""


def cmd_seed(args: argparse.Namespace) -> None:
    from kernel.settings import DATABASES

    async def work():
        from dibao.province import FULL_PROVINCE, seed_province
        from dibao.seed import seed, seed_users
        from services.households.models import Household

        users = await seed_users()
        if args.if_empty and await Household.exists():
            console.print(f"已有演示数据，未重新生成；新增用户 {users} 个")
            return
        columns = (
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console) as bar:
            tasks = {
                stage: bar.add_task(label, total=None, unit="户" if stage == "households" else "行")
                for stage, label in SEED_STAGES.items()
            }
            write = seed_province if args.province else seed
            households = args.households or (FULL_PROVINCE if args.province else 2000)
            report = await write(
                households=households,
                seed=args.seed,
                progress=lambda stage, done, total: bar.update(tasks[stage], completed=done, total=total),
            )
        console.print(
            f"[green]已生成[/]{'全省 14 个市' if args.province else ''}（种子 {args.seed}）："
            f"区划 {report.regions} 个，家庭 {report.households} 户，"
            f"成员 {report.persons} 人，发放记录 {report.payments} 笔，疑点 {report.findings} 条；新增用户 {users} 个；"
            f"已向 bank.rcc 下达代发批次 1 个（{report.batch_lines} 笔）"
        )

    asyncio.run(_with_databases(list(DATABASES), work))


def cmd_partitions(args: argparse.Namespace) -> None:
    """Move each city found in a DEFAULT partition to a partition of its own (PostgreSQL; nothing to do on SQLite)."""
    from kernel.partitions import PLAN

    async def work():
        from tortoise import Tortoise

        from kernel.partitions import split_default

        return {name: await split_default(Tortoise.get_connection(name), name) for name in PLAN}

    made = asyncio.run(_with_databases(list(PLAN), work))
    for name, tables in made.items():
        for table, partitions in tables.items():
            console.print(f"[green]{name}.{table}[/]：新建分区 {'、'.join(partitions)}")
    if not any(made.values()):
        console.print("各市均已有自己的分区 / every city has its own partitions")


def cmd_backup(args: argparse.Namespace) -> None:
    from dibao.backup import backup

    manifest = _refusing(lambda: asyncio.run(backup(get_settings(), args.directory)))
    table = Table(title=f"备份 / backup {args.directory}")
    for column in (
        "数据库 / database",
        "开始 / started",
        "完成 / finished",
        "大小 / bytes",
        "数据流高水位 / feed heads",
    ):
        table.add_column(column)
    for name, entry in manifest["databases"].items():
        heads = ", ".join(f"{feed} {mark['head']} ({mark['rows']} 条)" for feed, mark in entry["feeds"].items()) or "—"
        table.add_row(name, entry["startedAt"], entry["finishedAt"], f"{entry['bytes']:,}", heads)
    console.print(table)
    console.print(f"[green]备份完成[/]：清单 {args.directory / 'manifest.json'}")


def cmd_restore(args: argparse.Namespace) -> None:
    from dibao.backup import read_manifest, restore

    manifest = _refusing(lambda: read_manifest(args.directory))
    chosen = tuple(args.database or manifest["databases"])
    if not args.yes:
        answer = console.input(
            f"将删除并恢复 {'、'.join(chosen)}（服务须已停止）。输入 yes 继续 / type yes to replace them: "
        )
        if answer.strip().lower() != "yes":
            sys.exit("未恢复 / nothing restored")
    restored = _refusing(
        lambda: asyncio.run(
            restore(
                get_settings(),
                args.directory,
                databases=chosen,
                progress=lambda name: console.print(f"恢复 / restoring {name} …"),
            )
        )
    )
    for name in restored:
        entry = manifest["databases"][name]
        console.print(f"[green]{name}[/]：已恢复至 {entry['startedAt']} 的备份，数据流已开启新纪元 / new feed epoch")
    console.print(
        "各消费方下次同步时将从头重读其游标失效的数据流 / consumers re-read feeds whose cursors no longer apply "
        "(`dibao projection sync`, `dibao households sync-registry-events`)"
    )


def cmd_projection_sync(args: argparse.Namespace) -> None:
    async def work():
        from services.supervision.projection import sync

        return await sync(actor=args.actor)

    settings = get_settings()
    names = ["supervision"] + [name for name in ("households", "disbursement") if name not in settings.subgraph_urls]
    applied = asyncio.run(_with_databases(names, work))
    console.print("已同步 / synced: " + "，".join(f"{feed} {count} 条" for feed, count in applied.items()))


def _refusing(work):
    """Run `work`; a refusal is printed with its code, never a traceback."""
    from kernel.errors import DomainError

    try:
        return work()
    except DomainError as error:
        console.print(
            f"[red]拒绝 / refused[/] {error.code}: {error.message}" + (f"（字段 {error.field}）" if error.field else "")
        )
        sys.exit(2)


def cmd_make_migrations(args: argparse.Namespace) -> None:
    from dibao.migrations import make_migrations

    for name, written in asyncio.run(make_migrations(get_settings(), name=args.name)).items():
        console.print(f"[green]{name}[/]：{'已写入 ' + written if written else '模型未变，无需迁移'}")


def _serve(app, args: argparse.Namespace) -> None:
    import logging

    import uvicorn

    from kernel.logs import log_config

    logging.captureWarnings(True)  # a library's warning is a log record too (one JSON line in production)

    # One worker per process: the metrics at /metrics are this process's counters (kernel.metrics); the request
    # line is kernel.observe's (JSON in production), so uvicorn's own access log stays off.
    # Only a configured TLS proxy is believed about the client's address and scheme (sign-in throttling, HSTS).
    proxies = get_settings().edge.trusted_proxies
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_config=log_config(get_settings()),
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
        access_log=False,
    )


def cmd_serve(args: argparse.Namespace) -> None:
    from dibao.system import create_system_app

    settings = get_settings()
    if not settings.production:  # production writes JSON lines only
        console.print(f"dibao 已启动：[bold]http://{args.host}:{args.port}[/] — /graphql /admin /healthz /metrics")
    _serve(create_system_app(settings), args)


def _serving_alone(process: str) -> Settings:
    """This process's settings as one server of the multi-process deployment; exits naming what is missing."""
    try:
        return serve_alone(process)
    except MissingConfiguration as missing:
        sys.exit(str(missing))


def cmd_serve_gateway(args: argparse.Namespace) -> None:
    from dibao.system import create_system_app

    _serve(create_system_app(_serving_alone("gateway")), args)


def cmd_serve_subgraph(args: argparse.Namespace) -> None:
    import importlib

    settings = _serving_alone(args.name)
    module = importlib.import_module(f"services.{args.name}.app")
    _serve(module.create_app(settings=settings), args)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="dibao", description="最低生活保障 back office")
    commands = root.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="apply migrations to every database").set_defaults(run=cmd_migrate)
    seed = commands.add_parser("seed", help="write a synthetic city (or province) of demo data")
    seed.add_argument("--households", type=int, help="households in all (2,000 for a city, 1,500,000 for a province)")
    seed.add_argument("--province", action="store_true", help="14 cities of a province, streamed in chunks (演示省份)")
    seed.add_argument("--seed", type=int, default=2026)
    seed.add_argument("--if-empty", action="store_true", help="do nothing when households exist")
    seed.set_defaults(run=cmd_seed)
    commands.add_parser(
        "partitions", help="give each city found in a default partition its own (分区维护, PostgreSQL)"
    ).set_defaults(run=cmd_partitions)
    dump = commands.add_parser("backup", help="dump every database into an empty directory, with a manifest (备份)")
    dump.add_argument("directory", type=Path)
    dump.set_defaults(run=cmd_backup)
    back = commands.add_parser(
        "restore", help="replace databases with a backup's dumps; their feeds start a new epoch (恢复)"
    )
    back.add_argument("directory", type=Path)
    back.add_argument("--database", action="append", choices=DATABASES, help="restore only this database (repeatable)")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    back.set_defaults(run=cmd_restore)
    projection = commands.add_parser("projection", help="supervision's household projection (家庭数据镜像)")
    projection_verbs = projection.add_subparsers(dest="verb", required=True)
    catch_up = projection_verbs.add_parser(
        "sync", help="catch the projection up with the households feed and the paid lines now"
    )
    catch_up.add_argument("--actor", default=f"cli:{getpass.getuser()}", help="who is running it (for the audit trail)")
    catch_up.set_defaults(run=cmd_projection_sync)
    make = commands.add_parser("makemigrations", help="write migrations for the configured dialect")
    make.add_argument("--name", default="update")
    make.set_defaults(run=cmd_make_migrations)
    for name, run, help_text in (
        ("serve", cmd_serve, "the whole system in one process (subgraphs in-process)"),
        ("serve-gateway", cmd_serve_gateway, "gateway, admin and token endpoint in front of HTTP subgraphs"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--host", default="127.0.0.1")
        sub.add_argument("--port", type=int, default=8000)
        sub.set_defaults(run=run)
    subgraph = commands.add_parser("serve-subgraph", help="one subgraph over HTTP")
    subgraph.add_argument("name", choices=SERVICES)
    subgraph.add_argument("--host", default="127.0.0.1")
    subgraph.add_argument("--port", type=int, default=8001)
    subgraph.set_defaults(run=cmd_serve_subgraph)
    from services.supervision.cli import add_parser as add_registry_parser  # supervision: `dibao registry import`

    add_registry_parser(commands)
    from services.households.cli import add_holidays_parser
    from services.households.cli import add_parser as add_households_parser

    add_households_parser(commands)  # `dibao households sync-registry-events`
    add_holidays_parser(commands)  # `dibao holidays import`
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    wire_credentials()
    args.run(args)


if __name__ == "__main__":
    main()
