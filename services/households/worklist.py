"""Worklists — 待办: applications by state, step, place and clock, each with the steps the caller may take next.

What a caller may do next is the workflow's own rule, read the same way the step itself checks it: the
step leaves from the application's state, the caller holds the step's action in the application's
region, and no separation-of-duties rule (recusal of filed relatives, the investigator not deciding)
bars the caller on this record. An overdue case stays on every list that holds it and on the county's
overdue list until it is decided; it is never a dead end.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from authz.actions import Action
from authz.duties import KINSHIP, conflicts_of
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope
from kernel import connections
from kernel.errors import InvalidInput
from kernel.values import check_page
from services.households import visit_draws
from services.households.calendar import today
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, Household, KinshipFiling, WorkflowStep
from services.households.models_visit import HomeVisit
from services.households.workflow import OPEN, STEPS

MAX_PAGE = 500
STATES = (*OPEN, "RETURNED", "TERMINATED", "APPROVED", "REJECTED")
KINDS = ("NEW", "RENEWAL")


def overdue_q(day: dt.date) -> Q:
    """Open and past the overall deadline or the current step's (as the statistics count it; a notice run out waits to be closed)."""
    return Q(state__in=OPEN) & (Q(due_on__lt=day) | Q(step_due_on__lt=day))


def _mine(actor: Principal) -> Q:
    """Applications waiting for a step the actor holds in their region (recusal is applied per row afterwards)."""
    authorizer, parts = get_authorizer(), []
    for action in {spec.action for spec in STEPS.values()}:
        scope = authorizer.scope(actor, action)
        if scope.empty:
            continue
        states = sorted({state for spec in STEPS.values() if spec.action == action for state in spec.sources})
        parts.append(scope.q() & Q(state__in=states))
    return Q(*parts, join_type=Q.OR) if parts else Q(id__in=[])


def applications_query(
    *,
    actor: Principal,
    scope: Scope,
    state: str | None = None,
    step: str | None = None,
    region_code: str | None = None,
    due_before: dt.date | None = None,
    overdue: bool | None = None,
    assigned_to_me: bool = False,
    kind: str | None = None,
    campaign_id: int | None = None,
) -> QuerySet[Application]:
    """The applications a worklist shows, in the caller's jurisdiction, filtered as asked (also by kind, NEW or RENEWAL,
    and by the campaign that took a renewal); with `assigned_to_me` the rows still pass `actionable` (recusal is per
    record). The list and its connection page this one query."""
    query = Application.filter(scope.narrowed(region_code).q())
    if kind is not None:
        if kind not in KINDS:
            raise InvalidInput(
                f"kind is one of {', '.join(KINDS)}",
                "申请类型应为 NEW（新申请）或 RENEWAL（续保申请）",
                field="kind",
                code=HouseholdsErrorCode.UNKNOWN_KIND,
            )
        query = query.filter(kind=kind)
    if campaign_id is not None:
        query = query.filter(campaign_id=campaign_id)
    if state:
        if state not in STATES:
            raise InvalidInput(
                f"state is one of {', '.join(STATES)}",
                f"环节应为 {'、'.join(STATES)} 之一",
                field="state",
                code=HouseholdsErrorCode.UNKNOWN_STATE,
            )
        query = query.filter(state=state)
    if step:
        if step not in STEPS:
            raise InvalidInput(
                f"step is one of {', '.join(STEPS)}",
                f"步骤应为 {'、'.join(STEPS)} 之一",
                field="step",
                code=HouseholdsErrorCode.UNKNOWN_STEP,
            )
        query = query.filter(state__in=STEPS[step].sources)
    if due_before:
        query = query.filter(Q(due_on__lt=due_before) | Q(step_due_on__lt=due_before), state__in=OPEN)
    if overdue is not None:
        query = query.filter(overdue_q(today())) if overdue else query.filter(~overdue_q(today()))
    return query.filter(_mine(actor)) if assigned_to_me else query


def actionable(actor: Principal) -> Callable[[list[Application]], Awaitable[list[Application]]]:
    """Keeps the applications of a chunk the actor may take a step on now (recusal and duties applied)."""

    async def keep(rows: list[Application]) -> list[Application]:
        actions = await next_actions(actor, rows)
        return [row for row in rows if actions[row.id]]

    return keep


async def list_applications(
    *,
    actor: Principal,
    scope: Scope,
    first: int = 50,
    after: int | None = None,
    state: str | None = None,
    step: str | None = None,
    region_code: str | None = None,
    due_before: dt.date | None = None,
    overdue: bool | None = None,
    assigned_to_me: bool = False,
    kind: str | None = None,
    campaign_id: int | None = None,
) -> list[Application]:
    """A page of applications in the caller's jurisdiction, in id order (keyset pagination), filtered as asked."""
    check_page(first, maximum=MAX_PAGE)
    query = applications_query(
        actor=actor,
        scope=scope,
        state=state,
        step=step,
        region_code=region_code,
        due_before=due_before,
        overdue=overdue,
        assigned_to_me=assigned_to_me,
        kind=kind,
        campaign_id=campaign_id,
    )
    # recusal is per record: with assigned_to_me the rows the actor may not act on are skipped, the page kept full
    return await connections.listed(
        query, first=first, after=after, admit=actionable(actor) if assigned_to_me else None
    )


async def next_actions(actor: Principal, applications: Iterable[Application]) -> dict[int, list[str]]:
    """Per application, the steps the actor may take now (workflow step names, and `extend` for the county's extension);
    two queries for any number of rows."""
    rows = list(applications)
    household_ids = {row.household_id for row in rows}
    kin: dict[int, set[str]] = defaultdict(set)
    for household_id, username in await KinshipFiling.filter(household_id__in=household_ids).values_list(
        "household_id", "staff_username"
    ):
        kin[household_id].add(username)
    investigators: dict[int, set[str]] = defaultdict(set)
    for application_id, names in await WorkflowStep.filter(
        application_id__in=[r.id for r in rows], to_state="INVESTIGATING"
    ).values_list("application_id", "signatures"):
        investigators[application_id].update(names or ())
    waiting_for_visit = await _waiting_for_county_visit(rows)
    authorizer = get_authorizer()
    result: dict[int, list[str]] = {}
    for row in rows:
        done_by = {KINSHIP: kin[row.household_id], str(Action.INVESTIGATION_RECORD): investigators[row.id]}
        steps = [
            (name, spec.action)
            for name, spec in STEPS.items()
            if row.state in spec.sources and not (name == "approve" and row.id in waiting_for_visit)
        ]
        if row.state in OPEN and row.due_on is not None:
            steps.append(("extend", Action.APPLICATION_EXTEND))
        result[row.id] = [
            name
            for name, action in steps
            if authorizer.allows(actor, action, row.region_code)
            and not any(actor.username in done_by.get(conflict, ()) for conflict in conflicts_of(action))
        ]
    return result


async def _waiting_for_county_visit(rows: list[Application]) -> set[int]:
    """The applications that approval would refuse until the county's own visit is in (see workflow `_approve`):
    a separately registered or complained case not yet visited, and a case drawn for the pre-approval visit whose
    visit record is missing. Three queries for any number of rows."""
    at_review = [row for row in rows if row.state == "COUNTY_REVIEW"]
    if not at_review:
        return set()
    ids = [row.id for row in at_review]
    separately = set(
        await Household.filter(id__in={row.household_id for row in at_review}, separately_registered=True).values_list(
            "id", flat=True
        )
    )
    drawn = {
        application_id for application_id, picked in zip(ids, await visit_draws.drawn_of(ids), strict=True) if picked
    }
    visited = set(
        await HomeVisit.filter(application_id__in=ids, kind="COUNTY").values_list("application_id", flat=True)
    )
    return {
        row.id
        for row in at_review
        if ((row.household_id in separately or row.complained) and not row.home_visited)
        or (row.id in drawn and row.id not in visited)
    }
