"""GraphQL types of applications, their steps, the county's decisions and the case file (一户一档)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from kernel.enums import (
    ApplicationKind,
    ApplicationState,
    CaseFileKind,
    DecisionKind,
    PanelKind,
    PanelResult,
    PanelRole,
    RegistryKind,
    Vote,
)
from kernel.errors import NotFound
from kernel.subgraph import optional_gid
from kernel.values import lookup_id
from services.households import case_file, models, worklist
from services.households.calendar import today
from services.households.error_codes import HouseholdsErrorCode
from services.households.schema.loaders import (
    DecisionLoader,
    DrawnForVisitLoader,
    EntryCheckHitsLoader,
    HomeVisitsLoader,
    NextActionsLoader,
    PanelsLoader,
    StepsLoader,
)
from services.households.schema.types.visits import HomeVisit

if TYPE_CHECKING:
    from services.households.schema.types.households import Household


@strawberry.type(description="审核环节记录 / one step taken: who, when, opinion, signatures, and how late")
class StepRecord:
    from_state: ApplicationState | None
    to_state: ApplicationState
    actor: str
    on: dt.date | None
    opinion: str
    attachments: list[str]
    signatures: list[str]
    days_late: int = strawberry.field(description="超过总时限的工作日数 / working days past the overall deadline")

    @classmethod
    def from_row(cls, row: models.WorkflowStep) -> StepRecord:
        return cls(
            from_state=row.from_state or None,
            to_state=row.to_state,
            actor=row.actor,
            on=row.on,
            opinion=row.opinion,
            attachments=row.attachments,
            signatures=row.signatures,
            days_late=row.days_late,
        )


@strawberry.type(
    description="逢进必核命中 / a registry record about a member, found on entry, with the township's answer"
)
class EntryCheckHit:
    id: strawberry.ID
    person_id: strawberry.ID
    kind: RegistryKind
    record_id: str
    reference: str
    event_date: dt.date | None
    amount: Decimal | None
    answer: str
    answered_by: str
    answered_on: dt.date | None

    @classmethod
    def from_row(cls, row: models.EntryCheckHit) -> EntryCheckHit:
        return cls(
            id=strawberry.ID(str(row.id)),
            person_id=strawberry.ID(str(row.person_id)),
            kind=row.kind,
            record_id=row.record_id,
            reference=row.reference,
            event_date=row.event_date,
            amount=row.amount,
            answer=row.answer,
            answered_by=row.answered_by,
            answered_on=row.answered_on,
        )


@strawberry.type(description="评议会审参加人员 / one participant of a review")
class PanelMember:
    name: str
    role: PanelRole
    username: str
    signed: bool
    vote: Vote | None


@strawberry.type(description="民主评议或县级会审 / a democratic review or a county joint review of an application")
class PanelReview:
    kind: PanelKind
    held_on: dt.date
    participants: list[PanelMember]
    votes_for: int
    votes_against: int
    abstentions: int
    result: PanelResult
    recorded_by: str

    @classmethod
    def from_row(cls, row: models.PanelReview) -> PanelReview:
        return cls(
            kind=row.kind,
            held_on=row.held_on,
            participants=[PanelMember(**{**p, "vote": p.get("vote") or None}) for p in row.participants],
            votes_for=row.votes_for,
            votes_against=row.votes_against,
            abstentions=row.abstentions,
            result=row.result,
            recorded_by=row.recorded_by,
        )


@strawberry.type(description="申请 / an application in the approval workflow")
class Application:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    state: ApplicationState
    submitted_on: dt.date
    accepted_on: dt.date | None
    due_on: dt.date | None = strawberry.field(description="总时限 / overall deadline (working days)")
    step_due_on: dt.date | None = strawberry.field(description="本环节时限 / current step deadline")
    clock_days: int
    missing_items: list[str]
    rejection_reasons: list[str]
    single_person: bool
    home_visited: bool
    delegated: bool = strawberry.field(
        description="乡镇审核确认（20个工作日）/ township approval, 20-working-day clock"
    )
    extended_days: int = strawberry.field(description="批准延期的工作日 / working days added by extensions")
    entry_checked_at: dt.datetime | None = strawberry.field(
        description="逢进必核时间 / when the registries were checked on entry"
    )
    kind: ApplicationKind
    campaign_id: strawberry.ID | None = strawberry.field(
        description="专项行动 / the campaign that took a renewal (supervision)"
    )
    row: strawberry.Private[models.Application]

    @strawberry.field(description="逢进必核命中 / the registry hits found on entry; each answered before approval")
    async def entry_check_hits(self, info: Info) -> list[EntryCheckHit]:
        rows = await EntryCheckHitsLoader.of(info).load(int(self.id))
        return [EntryCheckHit.from_row(row) for row in rows]

    @strawberry.field(description="已超期 / open and past the overall or the current step's deadline")
    def overdue(self) -> bool:
        day = today()
        return self.state in worklist.OPEN and any(
            due is not None and due < day for due in (self.due_on, self.step_due_on)
        )

    @strawberry.field(description="您可办理的下一步 / the steps you may take now (state, your rights here, recusal)")
    async def next_actions(self, info: Info) -> list[str]:
        return await NextActionsLoader.of(info).load(self.row)

    @strawberry.field(
        description="申请家庭（无权查看时为空）/ the household that applied, null where you may not read it"
    )
    async def household(
        self, info: Info
    ) -> Annotated[Household, strawberry.lazy("services.households.schema.types.households")] | None:
        from services.households.schema.types.households import Household

        try:
            return await Household.resolve_reference(info, self.household_id)
        except NotFound:
            return None

    @strawberry.field(
        description="民主评议与会审记录 / the panels that reviewed it: participants, signatures, votes, result"
    )
    async def reviews(self, info: Info) -> list[PanelReview]:
        rows = await PanelsLoader.of(info).load(int(self.id))
        return [PanelReview.from_row(row) for row in rows]

    @strawberry.field(
        description="入户调查表 / the home visit records: the township's investigation and the county's visit"
    )
    async def home_visits(self, info: Info) -> list[HomeVisit]:
        rows = await HomeVisitsLoader.of(info).load(int(self.id))
        return [HomeVisit.from_row(row) for row in rows]

    @strawberry.field(
        description="抽中县级入户 / drawn for the county's pre-approval visit (approved only after its record)"
    )
    async def drawn_for_visit(self, info: Info) -> bool:
        return await DrawnForVisitLoader.of(info).load(int(self.id))

    @strawberry.field(description="已办环节 / the steps taken, oldest first")
    async def steps(self, info: Info) -> list[StepRecord]:
        rows = await StepsLoader.of(info).load(int(self.id))
        return [StepRecord.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: models.Application) -> Application:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            region_code=row.region_code,
            state=row.state,
            submitted_on=row.submitted_on,
            accepted_on=row.accepted_on,
            due_on=row.due_on,
            step_due_on=row.step_due_on,
            clock_days=row.clock_days,
            missing_items=row.missing_items,
            rejection_reasons=row.rejection_reasons,
            single_person=row.single_person,
            home_visited=row.home_visited,
            delegated=row.delegated,
            extended_days=row.extended_days,
            entry_checked_at=row.entry_checked_at,
            kind=row.kind,
            campaign_id=optional_gid(row.campaign_id),
            row=row,
        )


@strawberry.federation.type(
    keys=["id"], description="决定 / a county decision: approve, reject, increase, reduce, stop, keep"
)
class Decision:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    kind: DecisionKind
    amount_before: Decimal
    amount: Decimal
    reasons: list[str]
    decided_by: str
    decided_on: dt.date
    effective_month: dt.date | None

    @classmethod
    def from_row(cls, row: models.Decision) -> Decision:
        return cls(
            id=strawberry.ID(str(row.id)),
            household_id=strawberry.ID(str(row.household_id)),
            region_code=row.region_code,
            kind=row.kind,
            amount_before=row.amount_before,
            amount=row.amount,
            reasons=row.reasons,
            decided_by=row.decided_by,
            decided_on=row.decided_on,
            effective_month=row.effective_month,
        )

    @classmethod
    async def resolve_reference(cls, info: Info, id: strawberry.ID) -> Decision:
        """Inside the caller's household jurisdiction only; otherwise the same answer as for an id that does not exist."""
        key = lookup_id(id)
        row = None if key is None else await DecisionLoader.of(info).load(key)
        if row is None:
            raise NotFound(
                f"decision {id} does not exist or lies outside your jurisdiction",
                f"决定 {id} 不存在或不在您的管辖范围内",
                field="id",
                code=HouseholdsErrorCode.DECISION_NOT_FOUND,
            )
        return cls.from_row(row)


@strawberry.type(
    description="一户一档条目 / one entry of the case file: a step, notice, objection, decision, amount, check-in, extension"
)
class CaseFileEntry:
    on: dt.date = strawberry.field(description="日期 / date")
    kind: CaseFileKind
    title: str = strawberry.field(description="摘要 / what happened, in a line")
    actor: str | None = strawberry.field(description="经办人 / who did it")
    application_id: strawberry.ID | None
    decision_id: strawberry.ID | None
    amount: Decimal | None
    detail: JSON = strawberry.field(description="详情 / the record's own fields")

    @classmethod
    def from_entry(cls, entry: case_file.Entry) -> CaseFileEntry:
        return cls(
            on=entry.on,
            kind=entry.kind,
            title=entry.title,
            actor=entry.actor or None,
            amount=entry.amount,
            detail=entry.detail,
            application_id=strawberry.ID(str(entry.application_id)) if entry.application_id else None,
            decision_id=strawberry.ID(str(entry.decision_id)) if entry.decision_id else None,
        )


@strawberry.type(description="延期 / an approved extension of an application's clock")
class Extension:
    id: strawberry.ID
    application_id: strawberry.ID
    working_days: int
    reason: str
    due_before: dt.date
    due_after: dt.date
    granted_by: str
    granted_on: dt.date

    @classmethod
    def from_row(cls, row: models.Extension) -> Extension:
        return cls(
            id=strawberry.ID(str(row.id)),
            application_id=strawberry.ID(str(row.application_id)),
            working_days=row.working_days,
            reason=row.reason,
            due_before=row.due_before,
            due_after=row.due_after,
            granted_by=row.granted_by,
            granted_on=row.granted_on,
        )
