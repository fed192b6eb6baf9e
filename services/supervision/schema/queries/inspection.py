"""The inspection rules and the parameters in force for a region."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import allowed, principal
from kernel.values import RegionCode
from services.supervision import parameters, standards
from services.supervision.lifecycle import today
from services.supervision.rules import RULES
from services.supervision.schema.types.inspection import InspectionRule, ParameterValue


@strawberry.type
class InspectionQuery:
    @strawberry.field(
        permission_classes=[allowed(Action.INSPECTION_RUN)], description="核查规则 / the inspection rules"
    )
    def inspection_rules(self) -> list[InspectionRule]:
        return [
            InspectionRule(name=r.name, version=r.version, category=r.category, title=r.title) for r in RULES.values()
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.INSPECTION_RUN)], description="核查参数 / parameters in force for a region"
    )
    async def inspection_parameters(
        self, info: Info, region_code: str, as_of: dt.date | None = None
    ) -> list[ParameterValue]:
        region_code = RegionCode.parse(region_code).code
        get_authorizer().require(principal(info), Action.INSPECTION_RUN, region_code)
        day = as_of or today()
        values = (await parameters.for_regions([region_code], day))[region_code]
        book = await standards.StandardBook.load(day)
        paid = [
            ParameterValue(name=name, value=book.standard(region_code, kind), description=text)
            for name, (kind, text) in standards.DESCRIBED.items()
        ]
        return paid + [
            ParameterValue(name=name, value=values[name], description=text)
            for name, (_, text) in parameters.DEFAULTS.items()
        ]
