"""The field supervision contributes to the households' `Household` entity: its findings."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guarded_references
from authz.permissions import allowed
from kernel.subgraph import selected_arguments
from services.supervision import findings as findings_service
from services.supervision import models
from services.supervision.schema.loaders import FindingsLoader
from services.supervision.schema.types.findings import Finding


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by supervision)")
class Household:
    id: strawberry.ID
    fetched: strawberry.Private[list[models.Finding] | None] = None
    """Findings fetched with the rest of an `_entities` batch (see resolve_references)."""

    @strawberry.field(
        permission_classes=[allowed(Action.FINDING_READ)], description="核查线索 / findings on this household"
    )
    def findings(self, info: Info) -> list[Finding] | None:
        if self.fetched is None:
            return self._load_findings(info)  # not fetched with the batch: an awaitable, resolved later
        return [Finding.from_row(row) for row in self.fetched]

    async def _load_findings(self, info: Info) -> list[Finding]:
        rows = await FindingsLoader.of(info).load(int(self.id))
        return [Finding.from_row(row) for row in rows]

    @classmethod
    async def resolve_references(cls, info: Info, representations: list[dict]) -> list[Household | Exception]:
        """Every key of one `_entities` call, with one jurisdiction lookup (see kernel.subgraph.SubgraphSchema); the
        findings come with them when the selection asks for them, so that a thousand households' `findings` are
        plain lists rather than a thousand awaited loads."""
        found = await guarded_references(
            info,
            Action.FINDING_READ,
            representations,
            findings_service.household_regions,
            lambda id: cls(id=strawberry.ID(id)),
        )
        households = [entity for entity in found if isinstance(entity, Household)]
        if households and selected_arguments(info, "Household", "findings"):
            ids = list({int(household.id) for household in households})
            rows = dict(zip(ids, await FindingsLoader.of(info).fetch(ids), strict=True))
            for household in households:
                household.fetched = rows[int(household.id)]
        return found
