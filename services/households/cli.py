"""`dibao households sync-registry-events`: record the registries' deaths, imprisonments and hukou moves now."""

from __future__ import annotations

import argparse
import asyncio
import getpass
from pathlib import Path

from rich.console import Console

console = Console()


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register `households` with the `dibao` command."""
    households = commands.add_parser("households", help="households service tasks (家庭)")
    verbs = households.add_subparsers(dest="verb", required=True)
    sync = verbs.add_parser(
        "sync-registry-events", help="follow supervision's registry life events and re-open the cases they concern"
    )
    sync.add_argument("--actor", default=f"cli:{getpass.getuser()}", help="who is running it (for the audit trail)")
    sync.set_defaults(run=run_sync)


def add_holidays_parser(commands: argparse._SubParsersAction) -> None:
    """Register `holidays` with the `dibao` command."""
    holidays = commands.add_parser(
        "holidays", help="statutory holidays and adjusted working days for the step clocks (节假日)"
    )
    verbs = holidays.add_subparsers(dest="verb", required=True)
    load = verbs.add_parser(
        "import", help="load a year from the State Council's notice: CSV with date,kind (holiday/workday),name"
    )
    load.add_argument("file", type=Path)
    load.add_argument("--actor", default=f"cli:{getpass.getuser()}", help="who is importing (for the audit trail)")
    load.set_defaults(run=run_holidays_import)


def run_holidays_import(args: argparse.Namespace) -> None:
    from kernel.errors import DomainError

    if not args.file.is_file():
        raise SystemExit(f"{args.file}：文件不存在 / no such file")
    try:
        done = asyncio.run(_holidays(args))
    except DomainError as error:
        console.print(f"[red]未导入 / refused[/] {error.code}: {error.message}")
        for problem in error.details.get("errors", []):
            console.print(
                f"  第 {problem['line']} 行 / line {problem['line']} {problem['field']} {problem['code']}: "
                f"{problem['reasonZh']} ({problem['reason']})"
            )
        raise SystemExit(2) from None
    console.print(
        f"[green]已导入[/] {'、'.join(map(str, done.years))} 年：放假 {done.holidays} 天，调休上班 {done.workdays} 天"
        f"（替换原有 {done.replaced} 条）"
    )


async def _holidays(args: argparse.Namespace):
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.settings import get_settings
    from services.households.holidays import import_holidays

    await Tortoise.init(config=tortoise_config(get_settings(), ["households"]))
    try:
        return await import_holidays(content=args.file.read_bytes(), actor=args.actor, file_name=args.file.name)
    finally:
        await release()


def run_sync(args: argparse.Namespace) -> None:
    summary = asyncio.run(_sync(args.actor))
    console.print(
        f"读取 {summary.read} 条：新记录 {summary.recorded}，此前已记录 {summary.already_recorded}，"
        f"不在保障中 {summary.not_in_care}，无法识别 {summary.unreadable}，被拒 {sum(summary.refused.values())}"
        + "".join(f" {code}={n}" for code, n in sorted(summary.refused.items()))
    )
    console.print(f"游标 {summary.cursor or '（起点）'}")


async def _sync(actor: str):
    """The households database, and supervision's too when it is reached in-process (no DIBAO_SUPERVISION_URL)."""
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.settings import get_settings
    from services.households.life_events import sync_registry_events

    settings = get_settings()
    await Tortoise.init(
        config=tortoise_config(
            settings, ["households"] + ([] if "supervision" in settings.subgraph_urls else ["supervision"])
        )
    )
    try:
        return await sync_registry_events(triggered_by=actor)
    finally:
        await release()
