"""Imported registry batches (比对数据), their rejected rows and an import's summary."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.scalars import JSON

from kernel.enums import RegistryKind
from kernel.subgraph import optional_gid
from services.supervision import models
from services.supervision.registry_imports import ImportSummary as ImportResult


@strawberry.type(description="拒收记录 / a row that did not load, with the reason")
class RegistryRejection:
    row_number: int
    field: str
    code: str
    reason: str
    row: JSON | None

    @classmethod
    def from_row(cls, row: models.RegistryRejection) -> RegistryRejection:
        return cls(row_number=row.row_number, field=row.field, code=row.code, reason=row.reason, row=row.row)


@strawberry.type(description="比对数据批次 / one imported registry file")
class RegistryBatch:
    id: strawberry.ID
    kind: RegistryKind
    version: int
    file_name: str
    encoding: str
    rows_read: int
    rows_loaded: int
    rows_duplicate: int
    rows_rejected: int
    unknown_columns: list[str]
    imported_by: str
    imported_at: dt.datetime

    @classmethod
    def from_row(cls, row: models.RegistryBatch) -> RegistryBatch:
        return cls(
            id=optional_gid(row.id),
            kind=row.kind,
            version=row.version,
            file_name=row.file_name,
            encoding=row.encoding,
            rows_read=row.rows_read,
            rows_loaded=row.rows_loaded,
            rows_duplicate=row.rows_duplicate,
            rows_rejected=row.rows_rejected,
            unknown_columns=row.unknown_columns or [],
            imported_by=row.imported_by,
            imported_at=row.imported_at,
        )


@strawberry.type(
    description="导入结果 / summary of an import: the batch, whether it was already imported, the first rejections"
)
class ImportSummary:
    batch: RegistryBatch
    already_imported: bool
    rejections: list[RegistryRejection]

    @classmethod
    def from_result(cls, result: ImportResult) -> ImportSummary:
        return cls(
            batch=RegistryBatch.from_row(result.batch),
            already_imported=result.already_imported,
            rejections=[RegistryRejection.from_row(row) for row in result.rejections],
        )
