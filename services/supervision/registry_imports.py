"""Registry imports — 比对数据导入: versioned, idempotent batches; bad rows kept with reasons, good rows land."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel import connections
from kernel.audit import record
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, Forbidden
from kernel.values import SHANGHAI, RegionCode
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.models import AuditRecord, ProjectedPerson, RegistryBatch, RegistryRecord, RegistryRejection
from services.supervision.registry_formats import (
    COLUMNS,
    Layout,
    RowError,
    _plain,
    kind_of,
    layout,
    parse_row,
    read_table,
)
from services.supervision.sql import CONNECTION, dialect_of, settle

CHUNK = 20_000
KEPT_REJECTIONS = 200
"""How many rejections an import summary carries inline; all of them stay queryable by batch."""

Progress = Callable[[int, int], None]
STORED = ("batch_id", "kind", *COLUMNS, "detail", "row_hash")


@dataclass
class ImportSummary:
    """What an import did: rows read, loaded, already present and rejected, with the first rejections."""

    batch: RegistryBatch
    already_imported: bool = False
    rejections: list[RegistryRejection] = field(default_factory=list)


async def import_registry(
    *,
    kind: str,
    file_name: str,
    content: bytes,
    actor: str,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportSummary:
    """Load one registry file as a new batch; the same file again returns the earlier batch and adds nothing."""
    kind_of(kind)
    digest = hashlib.sha256(content).hexdigest()
    if earlier := await RegistryBatch.get_or_none(kind=kind, file_sha256=digest):
        return ImportSummary(earlier, already_imported=True, rejections=await _first_rejections(earlier.id))
    header, rows, encoding, estimate = read_table(content, file_name)
    columns = layout(kind, header)
    today = today or dt.datetime.now(SHANGHAI).date()
    try:
        async with in_transaction(CONNECTION) as conn:
            versions = (
                await RegistryBatch.filter(kind=kind)
                .using_db(conn)
                .order_by("-version")
                .limit(1)
                .values_list("version", flat=True)
            )
            version = versions[0] if versions else 0
            batch = await RegistryBatch.create(
                kind=kind,
                version=version + 1,
                file_name=file_name[:255],
                file_sha256=digest,
                encoding=encoding,
                imported_by=actor,
                unknown_columns=[text for _, text in columns.unknown] or None,
                using_db=conn,
            )
            reading = _Reading(kind, header, columns, rows, today, batch.id)
            await _load(
                conn, reading, lambda: progress(reading.read, max(estimate, reading.read)) if progress else None
            )
            read, valid, rejections = reading.read, reading.valid, reading.rejections
            await _place_by_member(reading.unplaced)
            for start in range(0, len(rejections), CHUNK):
                await RegistryRejection.bulk_create(rejections[start : start + CHUNK], using_db=conn)
            loaded = await RegistryRecord.filter(batch_id=batch.id).using_db(conn).count()
            batch.rows_read, batch.rows_loaded, batch.rows_rejected, batch.rows_duplicate = (
                read,
                loaded,
                len(rejections),
                valid - loaded,
            )
            await batch.save(using_db=conn)
            await record(
                AuditRecord,
                actor=actor,
                action="supervision.registry.import",
                entity="RegistryBatch",
                entity_id=batch.id,
                after={
                    "kind": kind,
                    "version": batch.version,
                    "file": file_name,
                    "read": read,
                    "loaded": loaded,
                    "rejected": len(rejections),
                    "duplicate": valid - loaded,
                },
                using_db=conn,
            )
    except IntegrityError:
        raise DomainError(
            "another import of this registry kind finished first; import again",
            "同类数据正在导入，请稍后重试",
            field="kind",
            code=SupervisionErrorCode.REGISTRY_BUSY,
        ) from None
    if loaded:
        await settle("registry_record")
    if progress:
        progress(read, read)
    return ImportSummary(batch, rejections=rejections[:KEPT_REJECTIONS])


def _cell(columns: Layout, row: list[Any], column: str) -> str:
    """The raw text of one record column in a file row ("" when the file has no such column)."""
    index = next((index for index, name, _, _ in columns.parsers if name == column), None)
    return "" if index is None or index >= len(row) or row[index] is None else str(_plain(row[index])).strip()


def _region_in(columns: Layout, row: list[Any]) -> str | None:
    """The row's region column, when the kind has one and the cell is a region code."""
    try:
        return RegionCode.parse(_cell(columns, row, "region_code")).code
    except DomainError:
        return None


async def _place_by_member(unplaced: list[tuple[RegistryRejection, str]]) -> None:
    """A rejected row without a region of its own lies where the member with its ID number lives, if the projection knows them."""
    by_number: dict[str, list[RegistryRejection]] = {}
    for rejection, number in unplaced:
        if number:
            by_number.setdefault(number.upper(), []).append(rejection)
    numbers = list(by_number)
    for start in range(0, len(numbers), 500):
        found = await ProjectedPerson.filter(id_number__in=numbers[start : start + 500]).values_list(
            "id_number", "region_code"
        )
        for number, region in found:
            for rejection in by_number.get(number, []):
                rejection.region_code = region


@dataclass
class _Reading:
    """A file's rows read and validated chunk by chunk; bad rows are kept aside as rejections."""

    kind: str
    header: list[str]
    columns: Layout
    rows: Iterator[tuple[int, list[Any]]]
    today: dt.date
    batch_id: int
    read: int = 0
    valid: int = 0
    rejections: list[RegistryRejection] = field(default_factory=list)
    unplaced: list[tuple[RegistryRejection, str]] = field(default_factory=list)
    """Rejected rows with no region column, with their ID number: placed by the member who has it."""

    def next_chunk(self) -> list[tuple]:
        """Up to CHUNK valid rows as stored (batch, kind, the typed columns, detail as JSON text, digest); empty at the end."""
        chunk: list[tuple] = []
        typed = operator.itemgetter(*COLUMNS)
        for number, row in self.rows:
            if not any(cell not in (None, "") and str(cell).strip() for cell in row):
                continue
            self.read += 1
            try:
                values, row_hash = parse_row(self.kind, self.columns, row, self.today)
            except RowError as error:
                rejection = RegistryRejection(
                    batch_id=self.batch_id,
                    row_number=number,
                    field=error.field,
                    code=error.code,
                    reason=error.reason[:255],
                    row=_as_read(self.header, row),
                    region_code=_region_in(self.columns, row),
                )
                self.rejections.append(rejection)
                if not rejection.region_code:
                    self.unplaced.append((rejection, _cell(self.columns, row, "id_number")))
                continue
            self.valid += 1
            detail = json.dumps(values["detail"], ensure_ascii=False) if values["detail"] else None
            chunk.append((self.batch_id, self.kind, *typed(values), detail, row_hash))
            if len(chunk) >= CHUNK:
                break
        return chunk


async def _load(conn, reading: _Reading, progress: Callable[[], None]) -> None:
    """Validate the next chunk in a worker thread while the database stores the previous one: on a million rows
    the two take about as long as each other, and the database works in its own process."""
    storing: asyncio.Task | None = None
    try:
        while chunk := await asyncio.to_thread(reading.next_chunk):
            if storing:
                await storing
            storing = asyncio.create_task(_store(conn, chunk))
            progress()
        if storing:
            await storing
    finally:
        if storing and not storing.done():
            storing.cancel()
            await asyncio.gather(storing, return_exceptions=True)


def _as_read(header: list[str], row: list[Any]) -> dict[str, str]:
    """The row as it stood in the file, so a rejected row can be corrected and sent again."""
    cells = {
        str(name) or f"column{index + 1}": _plain(row[index]) if index < len(row) else ""
        for index, name in enumerate(header)
    }
    cells.update({f"column{index + 1}": _plain(value) for index, value in enumerate(row) if index >= len(header)})
    return cells


async def _store(conn, rows: list[tuple]) -> None:
    """Insert a chunk of records, skipping rows already present (same kind and digest)."""
    if not rows:
        return
    if dialect_of(conn) == "postgres":
        await _copy_postgres(conn, rows)
        return
    placeholders = ", ".join("?" for _ in STORED)
    values = [[_sqlite_value(value) for value in row] for row in rows]
    await conn.execute_many(
        f"INSERT OR IGNORE INTO registry_record ({', '.join(STORED)}) VALUES ({placeholders})", values
    )


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


async def _copy_postgres(conn, rows: list[tuple]) -> None:
    """COPY into a temporary table, then one INSERT … ON CONFLICT DO NOTHING: the fast path for a million rows."""
    columns = ", ".join(STORED)
    async with conn.acquire_connection() as raw:
        await raw.execute(
            "CREATE TEMP TABLE IF NOT EXISTS registry_incoming (batch_id bigint, kind varchar(16), id_number varchar(18), "
            "name varchar(50), event_date date, end_date date, amount numeric(14,2), quantity int, flag boolean, "
            "reference varchar(64), counterpart_id varchar(18), region_code varchar(12), detail text, row_hash varchar(32)) "
            "ON COMMIT DROP"
        )
        await raw.copy_records_to_table("registry_incoming", records=rows, columns=list(STORED))
        await raw.execute(
            f"INSERT INTO registry_record ({columns}) SELECT {columns.replace('detail', 'detail::jsonb')} FROM registry_incoming "
            "ON CONFLICT (kind, row_hash) DO NOTHING"
        )
        await raw.execute("TRUNCATE registry_incoming")


async def _first_rejections(batch_id: int) -> list[RegistryRejection]:
    return await RegistryRejection.filter(batch_id=batch_id).order_by("row_number").limit(KEPT_REJECTIONS)


def require_city_wide(scope: Scope, what_en: str, what_zh: str) -> None:
    """Registries are imported for the whole city: their batches are read and written with a city-level grant or wider."""
    if not scope.city_wide:
        raise Forbidden(
            f"{what_en} are city-wide: a city-level grant is needed",
            f"{what_zh}为全市数据，须具有市级及以上权限",
            code=CommonErrorCode.FORBIDDEN,
        )


def batches_query(*, kind: str | None = None) -> QuerySet[RegistryBatch]:
    """The registry batches a list shows (city-wide: callers pass `require_city_wide` first), of one kind if asked."""
    return RegistryBatch.filter(kind=kind) if kind else RegistryBatch.all()


async def list_batches(*, kind: str | None = None, first: int = 50, after: int | None = None) -> list[RegistryBatch]:
    return await connections.listed(batches_query(kind=kind), first=first, after=after, descending=True)


def rejections_query(*, scope: Scope, batch_id: int) -> QuerySet[RegistryRejection]:
    """A batch's rejected rows in the caller's jurisdiction (rows of no known region only for city-wide readers)."""
    where = scope.q() | Q(region_code__isnull=True) if scope.city_wide else scope.q()
    return RegistryRejection.filter(where, batch_id=batch_id)


async def list_rejections(
    *, scope: Scope, batch_id: int, first: int = 100, after: int | None = None
) -> list[RegistryRejection]:
    """A batch's rejected rows lying in the caller's jurisdiction; rows of no known region only for city-wide readers."""
    query = rejections_query(scope=scope, batch_id=batch_id)
    return await connections.listed(query, first=first, after=after, key="row_number")
