"""Probes of the households subgraph's workflow, registry and case mutations, and its case queries.

Each mutation acts on a household (or application) registered for the cell in the target's village
through the service, then brought to the state the step leaves from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from authz.principal import Grant, Principal
from kernel.values import id_check_digit
from services.households.calendar import today
from tests.authz.acts import Act, far_date
from tests.authz.probes import DENIED, Probe, Target, household_input

SETUP = Principal("matrix.setup", frozenset({Grant("county_approver", "*")}))
NOT_FOUND = frozenset(DENIED | {"HOUSEHOLD_NOT_FOUND"})
_ids = itertools.count(1)
IN_CARE = "GRACE"  # in care and paid, yet outside the other tests' lists of active cases
NOTICE_PERIOD = "2020-06"  # the world's cases in care are in force then only, so no other test's month lists them


def fresh_id_number() -> str:
    """An ID number no other test uses (address prefix 431198, birth dates the seed never draws)."""
    number = next(_ids)
    body = f"431198{dt.date(1930, 1, 1) + dt.timedelta(days=number):%Y%m%d}{number % 1000:03d}"
    return body + id_check_digit(body)


async def registered(target: Target, *, status: str | None = None, name: str = "矩阵测试") -> dict:
    """A household with one head in the target's village; `status` makes it a case in care."""
    from services.households import service
    from services.households.models import Household, Person

    data = household_input(target.village)
    members = [service.MemberIn(name=name, id_number=m["idNumber"], relation=m["relation"]) for m in data["members"]]
    row = await service.register_household(actor=SETUP, region_code=target.village, urban_rural="RURAL", members=members)
    if status:
        await Household.filter(id=row.id).update(
            status=status, effective_month=dt.date(2020, 1, 1), stops_from=dt.date(2020, 12, 1), monthly_amount="100.00",
            approved_by="matrix.setup", last_review_on=dt.date(2019, 6, 1), next_review_on=dt.date(2020, 1, 1))
    head = await Person.filter(household_id=row.id).order_by("id").first()
    return {"household": str(row.id), "person": str(head.id)}


def application(state: str, notice_over: bool = False):
    """prepare: a household of the target's village with an application in `state` (its notice run out, if asked)."""

    async def prepare(target: Target) -> dict:
        from services.households.models import Application

        made = await registered(target)
        day = today()
        row = await Application.create(household_id=int(made["household"]), region_code=target.village, state=state,
                                       submitted_on=day - dt.timedelta(days=21), accepted_on=day - dt.timedelta(days=20),
                                       due_on=day + dt.timedelta(days=200),
                                       step_due_on=day - dt.timedelta(days=1) if notice_over else None)
        return {**made, "application": str(row.id)}

    return prepare


async def with_hit(target: Target) -> dict:
    """An application of the target's village with one unanswered registry hit from its check on entry."""
    from services.households.models import EntryCheckHit

    made = await application("INVESTIGATING")(target)
    hit = await EntryCheckHit.create(application_id=int(made["application"]), household_id=int(made["household"]),
                                     person_id=int(made["person"]), region_code=target.village, kind="VEHICLE", record_id="0")
    return {**made, "hit": str(hit.id)}


async def in_care(target: Target) -> dict:
    return await registered(target, status=IN_CARE)


async def in_programme(target: Target) -> dict:
    """A household of the target's village receiving temporary assistance, its membership still open."""
    from services.households import programmes

    made = await registered(target)
    row = await programmes.enrol(actor=SETUP, household_id=int(made["household"]), programme="TEMPORARY_ASSISTANCE",
                                 one_off_amount="100.00", basis="矩阵")
    return {**made, "membership": str(row.id)}


def step(name: str, state: str, step_input: dict | None = None, notice_over: bool = False) -> Act:
    return Act("households", f"mutation($a: ID!, $i: StepInput) {{ {name}(applicationId: $a, input: $i) {{ id state }} }}",
               application(state, notice_over), lambda t, r: {"a": r["application"], "i": step_input or {}}, refused=NOT_FOUND)


def on_household(query: str, prepare=registered, **fixed) -> Act:
    return Act("households", query, prepare, lambda t, r: {"h": r["household"], **fixed}, refused=NOT_FOUND)


def on_person(query: str, prepare=registered, **fixed) -> Act:
    return Act("households", query, prepare, lambda t, r: {"p": r["person"], **fixed}, refused=NOT_FOUND)


async def nothing(target: Target) -> dict:
    return {}


_villages = itertools.count(900)


async def empty_village(target: Target) -> dict:
    """A new village beside the target's, with no case: a standard set there re-amounts nobody else's."""
    from services.households.models import Region

    code = f"{target.village[:9]}{next(_villages):03d}"
    await Region.create(code=code, name="矩阵空村", level="village", parent_code=target.township, code_year=2020)
    return {"village": code}


async def awaiting_draw(target: Target) -> dict:
    """A new village beside the target's with one case awaiting county approval: a draw there picks no other test's case."""
    from services.households.models import Application

    made = await empty_village(target)
    household = await registered(dataclasses.replace(target, village=made["village"]))
    day = today()
    await Application.create(household_id=int(household["household"]), region_code=made["village"], state="COUNTY_REVIEW",
                             submitted_on=day - dt.timedelta(days=21), accepted_on=day - dt.timedelta(days=20),
                             due_on=day + dt.timedelta(days=200))
    return made


async def plates_used(target: Target) -> dict:
    """A case in care in a village whose county uses door plates."""
    from services.households.models import PolicySetting

    await PolicySetting.get_or_create(region_code=target.village, key="doorPlates", effective_from=dt.date(2020, 1, 1),
                                      defaults={"value": True, "set_by": "matrix.setup"})
    return await in_care(target)


async def plate_up(target: Target) -> dict:
    """A case in care with its door plate up."""
    from services.households.models import DoorPlate

    made = await plates_used(target)
    await DoorPlate.create(household_id=int(made["household"]), region_code=target.village, hung_on=dt.date(2020, 6, 1),
                           hung_by="matrix.setup")
    return made


def listed(query: str, found: str, record, **extra) -> Probe:
    return Probe("households", query, lambda t: {"r": t.place}, found=found, record=record, **extra)


SIGNED = {"signatures": ["matrix.a", "matrix.b"]}
REASONS = {"reasons": ["矩阵测试"]}

async def registry_death(target: Target) -> dict:
    """A death in supervision's registry of someone in no case: the sync reads a page and audits its counts."""
    import uuid

    from services.supervision.models_registry import RegistryRecord

    row = await RegistryRecord.create(batch_id=0, kind="DEATH", id_number=fresh_id_number(), name="矩阵测试",
                                      event_date=today() - dt.timedelta(days=30), row_hash=uuid.uuid4().hex)
    return {"record": str(row.id)}


PROBES = {
    "households.Mutation.syncRegistryEvents": Act(
        "households", "mutation { syncRegistryEvents { read notInCare } }", registry_death, lambda t, r: {},
        regional=False),
    "households.Mutation.addMember": Act(
        "households", "mutation($h: ID!, $n: String!) { addMember(householdId: $h, name: \"矩阵成员\", idNumber: $n, "
        "relation: CHILD) { id } }", registered, lambda t, r: {"h": r["household"], "n": fresh_id_number()},
        refused=NOT_FOUND),
    "households.Mutation.updateMember": on_person(
        "mutation($p: ID!) { updateMember(personId: $p, circumstances: {seriousIllness: true}) { id } }"),
    "households.Mutation.recordIncome": on_household(
        "mutation($h: ID!) { recordIncome(householdId: $h, category: WAGES, monthlyAmount: \"10.00\") { id } }"),
    "households.Mutation.recordAsset": on_household(
        "mutation($h: ID!) { recordAsset(householdId: $h, kind: DEPOSIT, value: \"10.00\") { id } }"),
    "households.Mutation.fileKinship": on_person(
        "mutation($p: ID!) { fileKinship(personId: $p, staffUsername: \"matrix.kin\", staffName: \"矩阵亲属\", relation: \"SIBLING\") "
        "{ id } }"),
    "households.Mutation.setStandard": Act(
        "households", "mutation($r: String!, $d: Date!) { setStandard(regionCode: $r, urbanRural: RURAL, "
        "monthlyAmount: \"700.00\", effectiveFrom: $d) { regionCode } }", empty_village,
        lambda t, r: {"r": r["village"], "d": far_date()}),
    "households.Mutation.setPolicy": Act(
        "households", "mutation($r: String!, $d: Date!) { setPolicy(regionCode: $r, key: \"graceMonths\", value: 6, "
        "effectiveFrom: $d) }", nothing, lambda t, r: {"r": t.place or t.county, "d": far_date()}),
    "households.Mutation.submitApplication": on_household(
        "mutation($h: ID!) { submitApplication(householdId: $h) { id } }"),
    "households.Mutation.acceptApplication": step("acceptApplication", "SUBMITTED"),
    "households.Mutation.returnApplication": step("returnApplication", "SUBMITTED", {"missingItems": ["户口簿"]}),
    "households.Mutation.recordInvestigation": step("recordInvestigation", "ACCEPTED", SIGNED),
    "households.Mutation.failPrecheck": step("failPrecheck", "INVESTIGATING", REASONS),
    "households.Mutation.recheckApplication": step("recheckApplication", "PRECHECK_FAILED"),
    "households.Mutation.terminateApplication": step("terminateApplication", "INVESTIGATING", REASONS),
    "households.Mutation.holdDemocraticReview": step("holdDemocraticReview", "INVESTIGATING", {"participants": [
        {"name": f"评议代表{n}", "role": "VILLAGER_REPRESENTATIVE", "signed": True, "vote": "FOR"} for n in range(5)]}),
    "households.Mutation.giveTownshipOpinion": step("giveTownshipOpinion", "DEMOCRATIC_REVIEW"),
    "households.Mutation.publishNotice": step("publishNotice", "TOWNSHIP_OPINION"),
    "households.Mutation.recordObjection": step("recordObjection", "NOTICE_1", {"opinion": "矩阵异议"}, notice_over=True),
    "households.Mutation.closeNotice": step("closeNotice", "NOTICE_1", notice_over=True),
    "households.Mutation.recordHomeVisit": step("recordHomeVisit", "COUNTY_REVIEW"),
    "households.Mutation.approveApplication": step("approveApplication", "COUNTY_REVIEW"),
    "households.Mutation.rejectApplication": step("rejectApplication", "COUNTY_REVIEW", REASONS),
    "households.Mutation.submitRenewal": on_household(
        "mutation($h: ID!) { submitRenewal(householdId: $h) { id } }", in_care),
    "households.Mutation.reviewCase": on_household(
        "mutation($h: ID!) { reviewCase(householdId: $h, opinion: \"矩阵复核\") { outcome } }", in_care),
    "households.Mutation.enrolProgramme": on_household(
        "mutation($h: ID!) { enrolProgramme(householdId: $h, programme: TEMPORARY_ASSISTANCE, basis: \"矩阵\", "
        "oneOffAmount: \"100.00\") { id } }"),
    "households.Mutation.endProgramme": Act(
        "households", "mutation($m: ID!) { endProgramme(id: $m, reason: \"矩阵\") { id } }", in_programme,
        lambda t, r: {"m": r["membership"]}, refused=frozenset(DENIED | {"PROGRAMME_MEMBERSHIP_NOT_FOUND"})),
    "households.Mutation.decideCaseChange": on_household(
        "mutation($h: ID!) { decideCaseChange(householdId: $h, kind: STOP, reasons: [\"矩阵\"]) { id } }", in_care),
    "households.Mutation.recordMemberEvent": Act(
        "households", "mutation($p: ID!, $on: Date!) { recordMemberEvent(personId: $p, kind: HUKOU_MOVE, on: $on) { id } }",
        in_care, lambda t, r: {"p": r["person"], "on": (today() - dt.timedelta(days=1)).isoformat()}, refused=NOT_FOUND),
    "households.Mutation.recordCheckIn": on_household(
        "mutation($h: ID!) { recordCheckIn(householdId: $h, month: \"2026-10\", attended: true) { month } }", in_care),
    "households.Query.entitlements": Probe(
        "households", "query($t: String!, $p: String!) { entitlements(townshipCode: $t, period: $p) { items { householdId } } }",
        lambda t: {"t": t.township, "p": NOTICE_PERIOD}, found="entitlements.items", record=lambda t: t.active, key="householdId"),
    "households.Query.publicNotice": Probe(
        "households", "query($v: String!, $p: String!) { publicNotice(villageCode: $v, period: $p) { name } }",
        lambda t: {"v": t.village, "p": NOTICE_PERIOD}, found="publicNotice", record=lambda t: active_name(t.village), key="name"),
    "households.Query.lateApplications": listed(
        "query($r: String) { lateApplications(regionCode: $r) { id } }", "lateApplications", lambda t: t.late),
    "households.Query.applications": Probe(
        "households", "query($r: String, $a: ID) { applications(regionCode: $r, after: $a, first: 1) { id } }",
        lambda t: {"r": t.place, "a": str(t.late - 1) if t.late > 1 else None}, found="applications",
        record=lambda t: t.late),
    "households.Query.decision": Probe(
        "households", "query($d: ID!) { decision(id: $d) { id } }", lambda t: {"d": str(t.decision)}, found="decision",
        record=lambda t: t.decision),
    "households.Mutation.answerEntryCheck": Act(
        "households", "mutation($h: ID!) { answerEntryCheck(hitId: $h, answer: \"矩阵核实\") { id } }", with_hit,
        lambda t, r: {"h": r["hit"]}, refused=NOT_FOUND),
    "households.Mutation.extendApplicationDeadline": Act(
        "households", "mutation($a: ID!) { extendApplicationDeadline(applicationId: $a, workingDays: 1, reason: \"矩阵延期\") { id } }",
        application("INVESTIGATING"), lambda t, r: {"a": r["application"]}, refused=NOT_FOUND),
    "households.Mutation.drawPreApprovalVisits": Act(
        "households", "mutation($r: String!) { drawPreApprovalVisits(regionCode: $r, seed: \"矩阵\") { id } }", awaiting_draw,
        lambda t, r: {"r": r["village"]}),
    "households.Query.preApprovalDraws": listed(
        "query($r: String) { preApprovalDraws(regionCode: $r) { id } }", "preApprovalDraws", lambda t: t.visit_draw),
    "households.Mutation.hangDoorPlate": on_household(
        "mutation($h: ID!) { hangDoorPlate(householdId: $h) { id } }", plates_used),
    "households.Mutation.removeDoorPlate": on_household(
        "mutation($h: ID!) { removeDoorPlate(householdId: $h, reason: \"矩阵摘牌\") { id } }", plate_up),
    "households.Query.reviewsDue": listed(
        "query($r: String) { reviewsDue(regionCode: $r) { id } }", "reviewsDue", lambda t: t.active),
    "households.Query.reviewTasks": listed(
        "query($r: String) { reviewTasks(regionCode: $r) { id } }", "reviewTasks", lambda t: t.review_task),
}


def active_name(village: str) -> str:
    return f"矩阵在保{village[-6:]}"


async def case_records(village: str) -> dict:
    """Per village: a case in care due for review with an open review task and its decision, and an overdue application."""
    from services.households.models import Application, Decision, ReviewTask, VisitDraw

    target = Target(region=village, household=0, person=0, payment=0, finding=0, user="", village=village, code=village)
    active = await registered(target, status=IN_CARE, name=active_name(village))
    task = await ReviewTask.create(household_id=int(active["household"]), region_code=village, kind="SCHEDULED",
                                   reason="矩阵复核", due_on=dt.date(2026, 1, 31))
    waiting = await registered(target)
    late = await Application.create(household_id=int(waiting["household"]), region_code=village, state="SUBMITTED",
                                    submitted_on=dt.date(2026, 1, 5), due_on=dt.date(2026, 2, 28))
    decision = await Decision.create(household_id=int(active["household"]), region_code=village, kind="APPROVE", amount="100.00",
                                     reasons=["矩阵决定"], decided_by="matrix.setup", decided_on=dt.date(2019, 12, 20))
    draw = await VisitDraw.create(region_code=village, seed="矩阵", share_percent="30", population=[], drawn=[],
                                  drawn_by="matrix.setup", drawn_on=dt.date(2026, 1, 5))
    return {"active": int(active["household"]), "review_task": task.id, "late": late.id, "decision": decision.id,
            "visit_draw": draw.id}
