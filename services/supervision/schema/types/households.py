"""The field supervision contributes to the households' `Household` entity: its findings."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guarded_references
from authz.permissions import allowed
from services.supervision import findings as findings_service
from services.supervision.schema.loaders import FindingsLoader
from services.supervision.schema.types.findings import Finding


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by supervision)")
class Household:
    id: strawberry.ID

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)], description="核查线索 / findings on this household"
    )
    async def findings(self, info: Info) -> list[Finding] | None:
        rows = await FindingsLoader.of(info).load(int(self.id))
        return [Finding.from_row(row) for row in rows]

    @classmethod
    async def resolve_references(cls, info: Info, representations: list[dict]) -> list[Household | Exception]:
        """Every key of one `_entities` call, with one jurisdiction lookup (see kernel.subgraph.SubgraphSchema)."""
        return await guarded_references(
            info,
            Action.FINDING_READ,
            representations,
            findings_service.household_regions,
            lambda id: cls(id=strawberry.ID(id)),
        )
