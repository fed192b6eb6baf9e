"""`dibao registry import KIND FILE`: load a large registry file with a progress bar and print the summary."""

from __future__ import annotations

import argparse
import asyncio
import getpass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kernel.errors import DomainError

console = Console()


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register `registry` with the `dibao` command."""
    from services.supervision.registry_formats import KINDS

    registry = commands.add_parser("registry", help="external registries for inspections (比对数据)")
    verbs = registry.add_subparsers(dest="verb", required=True)
    load = verbs.add_parser("import", help="import a CSV or .xlsx registry file as a new batch")
    load.add_argument("kind", choices=sorted(KINDS), help="registry kind")
    load.add_argument("file", type=Path, help="CSV (UTF-8, GBK or GB18030) or .xlsx file")
    load.add_argument("--actor", default=f"cli:{getpass.getuser()}", help="who is importing (for the audit trail)")
    load.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> None:
    if not args.file.is_file():
        raise SystemExit(f"{args.file}：文件不存在")
    try:
        summary = asyncio.run(_import(args))
    except DomainError as error:
        console.print(
            f"[red]拒绝导入[/] {error.code}：{error.message_zh}" + (f"（字段 {error.field}）" if error.field else "")
        )
        raise SystemExit(2) from None
    batch = summary.batch
    table = Table(title=f"{batch.kind} 第 {batch.version} 版 — {batch.file_name}（编码 {batch.encoding}）")
    for column in ("读取", "入库", "已存在", "拒收"):
        table.add_column(column, justify="right")
    table.add_row(str(batch.rows_read), str(batch.rows_loaded), str(batch.rows_duplicate), str(batch.rows_rejected))
    console.print(table)
    if summary.already_imported:
        console.print("[yellow]此文件已导入过，未新增任何记录[/]")
    if batch.unknown_columns:
        console.print(f"[yellow]未识别但已保留的列：[/]{'、'.join(batch.unknown_columns)}")
    for rejection in summary.rejections[:20]:
        console.print(f"  第 {rejection.row_number} 行 {rejection.field} {rejection.code}：{rejection.reason}")
    if batch.rows_rejected > 20:
        console.print(f"  … 另有 {batch.rows_rejected - 20} 行被拒收；请查询 registryRejections(batchId: {batch.id})")


async def _import(args: argparse.Namespace):
    from tortoise import Tortoise

    from kernel.db import release, tortoise_config
    from kernel.settings import get_settings
    from services.supervision.registry_imports import import_registry

    content = args.file.read_bytes()
    await Tortoise.init(config=tortoise_config(get_settings(), ["supervision"]))
    try:
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        ) as bar:
            task = bar.add_task(f"{args.kind} {args.file.name}", total=None)
            return await import_registry(
                kind=args.kind,
                file_name=args.file.name,
                content=content,
                actor=args.actor,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    finally:
        await release()
