"""Inspection runs and their parameters over GraphQL: thin translation to `inspection` and `parameters`."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, scope
from kernel.enums import InspectionRuleCode
from services.supervision import inspection, parameters
from services.supervision.schema.arguments import actor_name
from services.supervision.schema.types.inspection import ParameterValue, RuleOutcome


@strawberry.type
class InspectionMutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.INSPECTION_RUN)],
        description="核查比对 / run (or, with preview, only count and show) a rule or all rules for a region",
    )
    async def inspection(
        self,
        info: Info,
        region_code: str,
        rule: InspectionRuleCode | None = None,
        preview: bool = False,
        as_of: dt.date | None = None,
    ) -> list[RuleOutcome]:
        outcomes = await inspection.run(
            rule=rule,
            region_code=region_code,
            scope=scope(info, Action.INSPECTION_RUN),
            actor=actor_name(info),
            preview=preview,
            as_of=as_of,
        )
        return [RuleOutcome.from_outcome(outcome) for outcome in outcomes]

    @strawberry.mutation(
        permission_classes=[allowed(Action.INSPECTION_CONFIGURE)],
        description="设置核查参数 / set a rule parameter for a region",
    )
    async def set_inspection_parameter(
        self, info: Info, region_code: str, name: str, value: str, effective_from: dt.date
    ) -> ParameterValue:
        row = await parameters.set_parameter(
            scope=scope(info, Action.INSPECTION_CONFIGURE),
            region_code=region_code,
            name=name,
            value=value,
            effective_from=effective_from,
            actor=actor_name(info),
        )
        return ParameterValue(name=row.name, value=row.value, description=parameters.DEFAULTS[row.name][1])
