"""Inspection rules, what a run of one found, and the parameters in force."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.scalars import JSON

from kernel.enums import InspectionRuleCode, Severity
from kernel.subgraph import optional_gid
from services.supervision import inspection


@strawberry.type(description="核查规则 / an inspection rule")
class InspectionRule:
    name: InspectionRuleCode
    version: int
    category: str = strawberry.field(description="清理类别 / DOMAIN §6 category (1-10) or cross-check")
    title: str


@strawberry.type(description="命中记录 / one case a rule matched (preview)")
class InspectionHit:
    household_id: strawberry.ID
    person_id: strawberry.ID | None
    region_code: str
    severity: Severity
    evidence: JSON
    already_open: bool


@strawberry.type(description="规则运行结果 / what one rule found")
class RuleOutcome:
    rule: InspectionRule
    matched: int = strawberry.field(description="命中户/人次 / cases matched")
    already_open: int = strawberry.field(description="已有未结线索 / matched cases already open")
    raised: int = strawberry.field(description="新增线索 / findings raised by this run")
    sample: list[InspectionHit]

    @classmethod
    def from_outcome(cls, outcome: inspection.RuleOutcome) -> RuleOutcome:
        rule = outcome.rule
        return cls(
            rule=InspectionRule(name=rule.name, version=rule.version, category=rule.category, title=rule.title),
            matched=outcome.matched,
            already_open=outcome.already_open,
            raised=outcome.raised,
            sample=[
                InspectionHit(
                    household_id=optional_gid(hit.household_id),
                    person_id=optional_gid(hit.person_id),
                    region_code=hit.region_code,
                    severity=hit.severity,
                    evidence=hit.evidence,
                    already_open=hit.known,
                )
                for hit in outcome.sample
            ],
        )


@strawberry.type(description="核查参数 / a rule parameter in force for a region")
class ParameterValue:
    name: str
    value: Decimal | None
    description: str
