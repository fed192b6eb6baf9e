"""`dibao households sync-registry-events`: record the registries' deaths, imprisonments and hukou moves now."""

from __future__ import annotations

import argparse
import asyncio
import getpass

from rich.console import Console

console = Console()


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register `households` with the `dibao` command."""
    households = commands.add_parser("households", help="households service tasks (家庭)")
    verbs = households.add_subparsers(dest="verb", required=True)
    sync = verbs.add_parser("sync-registry-events", help="follow supervision's registry life events and re-open the cases they concern")
    sync.add_argument("--actor", default=f"cli:{getpass.getuser()}", help="who is running it (for the audit trail)")
    sync.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace) -> None:
    summary = asyncio.run(_sync(args.actor))
    console.print(f"读取 {summary.read} 条：新记录 {summary.recorded}，此前已记录 {summary.already_recorded}，"
                  f"不在保障中 {summary.not_in_care}，无法识别 {summary.unreadable}，被拒 {sum(summary.refused.values())}"
                  + "".join(f" {code}={n}" for code, n in sorted(summary.refused.items())))
    console.print(f"游标 {summary.cursor or '（起点）'}")


async def _sync(actor: str):
    """The households database, and supervision's too when it is reached in-process (no DIBAO_SUPERVISION_URL)."""
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.settings import get_settings
    from services.households.life_events import sync_registry_events

    settings = get_settings()
    await Tortoise.init(config=tortoise_config(settings, ["households"] + ([] if "supervision" in settings.subgraph_urls else ["supervision"])))
    try:
        return await sync_registry_events(triggered_by=actor)
    finally:
        await release()
