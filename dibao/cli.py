"""The `dibao` command: migrate, seed, and serve the system or one of its parts."""

from __future__ import annotations

import argparse
import asyncio
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kernel.settings import SERVICES, MissingConfiguration, Settings, get_settings, serve_alone

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
        from dibao.seed import seed, seed_users
        from services.households.models import Household

        users = await seed_users()
        if args.if_empty and await Household.exists():
            console.print(f"已有演示数据，未重新生成；新增用户 {users} 个")
            return
        columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
                   TimeElapsedColumn())
        with Progress(*columns, console=console) as bar:
            tasks = {stage: bar.add_task(label, total=None, unit="户" if stage == "households" else "行")
                     for stage, label in SEED_STAGES.items()}
            report = await seed(households=args.households, seed=args.seed,
                                progress=lambda stage, done, total: bar.update(tasks[stage], completed=done, total=total))
        console.print(
            f"[green]已生成[/]（种子 {args.seed}）：区划 {report.regions} 个，家庭 {report.households} 户，"
            f"成员 {report.persons} 人，发放记录 {report.payments} 笔，疑点 {report.findings} 条；新增用户 {users} 个"
        )

    asyncio.run(_with_databases(list(DATABASES), work))


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
    uvicorn.run(app, host=args.host, port=args.port, log_config=log_config(get_settings()), proxy_headers=False,
                access_log=False)


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
    seed = commands.add_parser("seed", help="write a synthetic city of demo data")
    seed.add_argument("--households", type=int, default=2000)
    seed.add_argument("--seed", type=int, default=2026)
    seed.add_argument("--if-empty", action="store_true", help="do nothing when households exist")
    seed.set_defaults(run=cmd_seed)
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
    from services.households.cli import add_parser as add_households_parser  # households: `dibao households sync-registry-events`

    add_households_parser(commands)
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    args.run(args)


if __name__ == "__main__":
    main()
