"""Check on entry — 逢进必核: when the township accepts an application, every member is run through the
supervision bureau's registries (staff and cadres, deaths, vehicles, businesses, property, pensions, deposits,
tax, insurance, housing fund); each hit is kept with the application and must be answered before the county
approves. Households asks supervision's `registryHits` contract with its own identity, never its tables; if
supervision cannot answer, the case is not accepted (the check is the rule, not a best effort).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from authz.actions import Action
from authz.principal import Principal
from kernel.errors import DomainError, InvalidInput
from kernel.internal import InternalCallFailed, InternalClient
from kernel.values import SHANGHAI
from services.households.auditing import audited, done
from services.households.calendar import done_on
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, EntryCheckHit, Household, Person
from services.households.registration import household_for_duty
from services.households.workflow import OPEN, IllegalTransition

HITS = """query($ids: [String!]!) { registryHits(idNumbers: $ids) { recordId kind idNumber eventDate amount reference } }"""


class EntryCheckUnavailable(DomainError):
    code = HouseholdsErrorCode.ENTRY_CHECK_UNAVAILABLE


class EntryCheckUnanswered(DomainError):
    code = HouseholdsErrorCode.ENTRY_CHECK_UNANSWERED


async def check(conn, application: Application, household: Household) -> list[EntryCheckHit]:
    """Run the members through the registries and keep each hit with the application (inside the accepting step)."""
    members = {p.id_number: p.id for p in await Person.filter(household_id=household.id).using_db(conn)}
    client = InternalClient("supervision", caller="households")
    try:
        found = (await client.query(HITS, {"ids": sorted(members)}))["registryHits"] if members else []
    except InternalCallFailed as failed:
        raise EntryCheckUnavailable(
            f"the registries could not be checked ({failed.message_en}); accept again later",
            f"无法完成逢进必核（{failed.message_zh}），请稍后再受理",
            field="applicationId",
        ) from None
    finally:
        await client.aclose()
    rows = [
        EntryCheckHit(
            application_id=application.id,
            household_id=household.id,
            person_id=members[hit["idNumber"]],
            region_code=household.region_code,
            kind=hit["kind"],
            record_id=hit["recordId"],
            reference=hit["reference"] or "",
            event_date=dt.date.fromisoformat(hit["eventDate"]) if hit["eventDate"] else None,
            amount=Decimal(str(hit["amount"])) if hit["amount"] is not None else None,
        )
        for hit in found
    ]
    if rows:
        await EntryCheckHit.bulk_create(rows, using_db=conn)
    application.entry_checked_at = dt.datetime.now(SHANGHAI)
    return rows


async def require_answered(conn, application: Application) -> None:
    """Before the county approves: every hit of the check on entry has the township's answer."""
    open_hits = (
        await EntryCheckHit.filter(application_id=application.id, answered_on__isnull=True)
        .using_db(conn)
        .values_list("kind", flat=True)
    )
    if open_hits:
        raise EntryCheckUnanswered(
            f"{len(open_hits)} registry hit(s) of the check on entry are not answered: {', '.join(open_hits)}",
            f"逢进必核有 {len(open_hits)} 条比对记录尚未核实答复：{'、'.join(open_hits)}",
            field="applicationId",
            kinds=list(open_hits),
        )


async def answer(*, actor: Principal, hit_id: int, text: str, on: dt.date | None = None) -> EntryCheckHit:
    """The township's answer to one hit (what the visit or the papers showed), audited; once per hit."""
    async with audited(actor, "entrycheck.answer", "EntryCheckHit", hit_id) as conn:
        if not (text or "").strip():
            raise InvalidInput(
                "say what was found about the hit",
                "须写明核实情况",
                field="answer",
                code=HouseholdsErrorCode.ANSWER_REQUIRED,
            )
        day = done_on(on, "an answer cannot be dated in the future", "答复日期不能晚于今天")
        hit = await EntryCheckHit.filter(id=hit_id).using_db(conn).select_for_update().first()
        if hit is None:
            raise InvalidInput(
                f"entry-check hit {hit_id} does not exist",
                f"核对记录 {hit_id} 不存在",
                field="hitId",
                code=HouseholdsErrorCode.HIT_NOT_FOUND,
            )
        await household_for_duty(actor, Action.ENTRY_CHECK_ANSWER, hit.household_id, using_db=conn)
        application = await Application.get(id=hit.application_id).using_db(conn)
        if application.state not in OPEN:
            raise IllegalTransition(
                f"the application is {application.state}",
                f"申请当前环节为 {application.state}，不能再答复",
                field="hitId",
                state=application.state,
            )
        if hit.answered_on is not None:
            raise IllegalTransition(
                "this hit is answered already",
                "该比对记录已答复",
                field="hitId",
                code=HouseholdsErrorCode.ALREADY_ANSWERED,
            )
        hit.answer, hit.answered_by, hit.answered_on = text.strip(), actor.username, day
        await hit.save(using_db=conn, update_fields=["answer", "answered_by", "answered_on"])
        await done(
            conn,
            actor,
            "entrycheck.answer",
            "EntryCheckHit",
            hit.id,
            hit.region_code,
            after={"application": hit.application_id, "kind": hit.kind, "answer": hit.answer},
        )
        return hit
