"""A finding's lifecycle over GraphQL — assign, verify, rectify, close: thin translation to `findings`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.enums import Verdict
from services.supervision import findings
from services.supervision.schema.arguments import actor_name, number
from services.supervision.schema.types.findings import Finding, VisitInput


@strawberry.type
class FindingMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_ASSIGN)], description="交办线索 / assign a finding to its township"
    )
    async def assign_finding(
        self, info: Info, id: strawberry.ID, township_code: str, deadline: dt.date | None = None
    ) -> Finding:
        return Finding.from_row(
            await findings.assign(
                scope=scope(info, Action.FINDING_ASSIGN),
                finding_id=number(id, "id"),
                township_code=township_code,
                deadline=deadline,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_VERIFY)], description="核实线索 / record the visit and the verdict"
    )
    async def verify_finding(self, info: Info, id: strawberry.ID, verdict: Verdict, visit: VisitInput) -> Finding:
        return Finding.from_row(
            await findings.verify(
                scope=scope(info, Action.FINDING_VERIFY),
                finding_id=number(id, "id"),
                verdict=verdict,
                visited_on=visit.visited_on,
                visitors=visit.visitors,
                notes=visit.notes,
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FINDING_RECTIFY)],
        description="整改 / link the decision that changed the case",
    )
    async def rectify_finding(self, info: Info, id: strawberry.ID, decision_id: strawberry.ID) -> Finding:
        return Finding.from_row(
            await findings.rectify(
                scope=scope(info, Action.FINDING_RECTIFY),
                finding_id=number(id, "id"),
                decision_id=number(decision_id, "decisionId"),
                actor=actor_name(info),
            )
        )

    @strawberry.mutation(permission_classes=[allowed(Action.FINDING_CLOSE)], description="办结线索 / close a finding")
    async def close_finding(self, info: Info, id: strawberry.ID, note: str = "") -> Finding:
        return Finding.from_row(
            await findings.close(
                scope=scope(info, Action.FINDING_CLOSE), finding_id=number(id, "id"), note=note, actor=actor_name(info)
            )
        )
