"""Imported registry batches and their rejected rows, for city-wide readers: thin translation to `registry_imports`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel import connections
from kernel.enums import RegistryKind
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.values import check_page
from services.supervision import findings, registry_imports
from services.supervision.schema.arguments import number
from services.supervision.schema.types.registries import RegistryBatch, RegistryRejection


@strawberry.type
class RegistryQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="比对数据批次 / imported registry batches, newest first",
        deprecation_reason=DEPRECATED.format(connection="registryBatchesConnection"),
    )
    async def registry_batches(
        self, info: Info, kind: RegistryKind | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[RegistryBatch]:
        check_page(first, maximum=findings.MAX_PAGE)
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_READ), "registry batches", "比对数据批次")
        return [
            RegistryBatch.from_row(row)
            for row in await registry_imports.list_batches(kind=kind, first=first, after=number(after, "after"))
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="比对数据批次（分页连接，新的在前）/ imported registry batches, newest first, as a connection",
    )
    async def registry_batches_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        kind: RegistryKind | None = None,
    ) -> Connection[RegistryBatch]:
        window = connections.window(
            "registryBatchesConnection", first=first, after=after, last=last, before=before, maximum=findings.MAX_PAGE
        )
        registry_imports.require_city_wide(scope(info, Action.REGISTRY_READ), "registry batches", "比对数据批次")
        page = await connections.page(registry_imports.batches_query(kind=kind), window, descending=True)
        return Connection.of(page, RegistryBatch.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="拒收记录 / rows of a batch that did not load",
        deprecation_reason=DEPRECATED.format(connection="registryRejectionsConnection"),
    )
    async def registry_rejections(
        self, info: Info, batch_id: strawberry.ID, first: int = 100, after: int | None = None
    ) -> list[RegistryRejection]:
        check_page(first, maximum=findings.MAX_PAGE)
        rows = await registry_imports.list_rejections(
            scope=scope(info, Action.REGISTRY_READ), batch_id=number(batch_id, "batchId"), first=first, after=after
        )
        return [RegistryRejection.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.REGISTRY_READ)],
        description="拒收记录（分页连接，按行号排序）/ rows of a batch that did not load, in row order, as a connection",
    )
    async def registry_rejections_connection(
        self,
        info: Info,
        batch_id: strawberry.ID,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[RegistryRejection]:
        batch = number(batch_id, "batchId")
        window = connections.window(
            f"registryRejectionsConnection/{batch}",
            first=first,
            after=after,
            last=last,
            before=before,
            maximum=findings.MAX_PAGE,
            default=100,
        )
        query = registry_imports.rejections_query(scope=scope(info, Action.REGISTRY_READ), batch_id=batch)
        return Connection.of(await connections.page(query, window, key="row_number"), RegistryRejection.from_row)
