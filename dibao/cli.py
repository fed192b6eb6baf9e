"""The `dibao` command: migrate, seed, and serve the system or one of its parts."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from rich.console import Console

from kernel.settings import SERVICES, get_settings

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
        console.print(f"[green]{name}[/]: {', '.join(versions) if versions else 'up to date'}")


def cmd_seed(args: argparse.Namespace) -> None:
    from kernel.settings import DATABASES

    async def work():
        from dibao.seed import seed, seed_users
        from services.households.models import Household

        users = await seed_users()
        if args.if_empty and await Household.exists():
            console.print(f"demo data present; {users} users added")
            return
        with console.status(f"seeding {args.households} households (seed {args.seed})"):
            report = await seed(households=args.households, seed=args.seed)
        console.print(
            f"[green]seeded[/] {report.regions} regions, {report.households} households, {report.persons} persons, "
            f"{report.payments} payments, {report.findings} findings; {users} users"
        )

    asyncio.run(_with_databases(list(DATABASES), work))


def cmd_make_migrations(args: argparse.Namespace) -> None:
    from dibao.migrations import make_migrations

    console.print(asyncio.run(make_migrations(get_settings(), name=args.name)))


def _serve(app, args: argparse.Namespace) -> None:
    import uvicorn

    # One line per request is off unless asked for (DIBAO_ACCESS_LOG=on): traces record every request, and
    # formatting the line is a twentieth of a small query's time at the gateway.
    access_log = os.environ.get("DIBAO_ACCESS_LOG", "off").lower() in ("on", "1", "true")
    # Only a configured TLS proxy is believed about the client's address and scheme (sign-in throttling, HSTS).
    proxies = get_settings().edge.trusted_proxies
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", proxy_headers=bool(proxies),
                forwarded_allow_ips=proxies or None, access_log=access_log)


def cmd_serve(args: argparse.Namespace) -> None:
    from dibao.system import create_system_app

    console.print(f"dibao on [bold]http://{args.host}:{args.port}[/] — /graphql /admin /healthz")
    _serve(create_system_app(get_settings()), args)


def cmd_serve_gateway(args: argparse.Namespace) -> None:
    from dibao.system import create_system_app

    settings = get_settings()
    missing = [name for name in SERVICES if name not in settings.subgraph_urls]
    if missing:
        sys.exit(f"serve-gateway needs DIBAO_<NAME>_URL for: {', '.join(missing)} (or use `dibao serve`)")
    _serve(create_system_app(settings), args)


def cmd_serve_subgraph(args: argparse.Namespace) -> None:
    import importlib

    module = importlib.import_module(f"services.{args.name}.app")
    _serve(module.create_app(settings=get_settings()), args)


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
