"""GraphQL types of the supervision subgraph, including its field on Household."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.entities import guard
from authz.permissions import allowed, scope
from kernel.subgraph import loader, ordered
from services.supervision import models, service


@strawberry.type(description="核查线索 / a finding raised by an inspection rule, to be verified")
class Finding:
    id: strawberry.ID
    household_id: strawberry.ID
    person_id: strawberry.ID | None
    region_code: str
    rule: str
    severity: str
    status: str
    evidence: JSON | None
    raised_at: dt.datetime

    @classmethod
    def from_row(cls, row: models.Finding) -> Finding:
        return cls(
            id=strawberry.ID(str(row.id)), household_id=strawberry.ID(str(row.household_id)),
            person_id=strawberry.ID(str(row.person_id)) if row.person_id else None, region_code=row.region_code,
            rule=row.rule, severity=row.severity, status=row.status, evidence=row.evidence, raised_at=row.raised_at,
        )


@strawberry.federation.type(keys=["id"], description="家庭 / household (fields contributed by supervision)")
class Household:
    id: strawberry.ID

    @strawberry.field(permission_classes=[allowed(Action.FINDING_READ)], description="核查线索 / findings on this household")
    async def findings(self, info: Info) -> list[Finding] | None:
        rows = await loader(info, "findings", lambda ids: _load_findings(info, ids)).load(int(self.id))
        return [Finding.from_row(row) for row in rows]

    @classmethod
    async def resolve_reference(cls, info: Info, id: strawberry.ID) -> Household:
        await guard(info, Action.FINDING_READ, int(id), service.household_regions)
        return cls(id=id)


async def _load_findings(info: Info, ids: list[int]) -> list[list[models.Finding]]:
    rows = await service.findings_by_household(scope=scope(info, Action.FINDING_READ), household_ids=ids)
    return ordered(ids, rows, default=[])
