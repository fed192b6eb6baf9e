"""Reviews by a panel — 民主评议 and 会审: who took part, that each signed, how they voted, and who had to stay out.

The township's democratic review (民主评议) needs the configured number of signed participants
(`democraticReview.minParticipants`, 5 by default); the county's decision is, where the county says so
(`countyPanel.mode`), a joint review (会审) of the named members — by default the deputy director in charge
(分管局长), the head of the dibao centre (低保中心主任) and the investigating officer — or its review committee
(评审委员会) of at least `countyPanel.minMembers`. A participant linked to the household by a kinship filing
(近亲属备案) must recuse: the review is refused naming them. Nothing is written when a review is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, InvalidInput
from kernel.labels import PANEL_ROLE
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, Household, KinshipFiling, PanelReview

ROLES = PANEL_ROLE.terms
VOTES = ("FOR", "AGAINST", "ABSTAIN")
MODES = ("NONE", "JOINT", "COMMITTEE")


class PanelRefused(DomainError):
    """A review that does not meet the rules for who must take part."""

    code = HouseholdsErrorCode.PANEL_REFUSED


@dataclass(frozen=True)
class Participant:
    """One person at the review: name, role, account where they have one, signature and vote."""

    name: str
    role: str
    username: str = ""
    signed: bool = False
    vote: str = ""

    def as_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "username": self.username,
            "signed": self.signed,
            "vote": self.vote,
        }


def check_panel_rules(key: str, value: dict[str, Any]) -> None:
    """A county's panel rules as `setPolicy` takes them: known modes and roles, sizes of at least three."""

    def refuse(en: str, zh: str) -> None:
        raise InvalidInput(en, zh, field="value", code=HouseholdsErrorCode.INVALID_SETTING)

    size_key = "minParticipants" if key == "democraticReview" else "minMembers"
    size = value.get(size_key, 5)
    if not isinstance(size, int) or isinstance(size, bool) or not 3 <= size <= 99:
        refuse(f"{size_key} is a whole number from 3 to 99", f"{size_key} 应为 3 到 99 的整数")
    if key == "countyPanel":
        if value.get("mode", "NONE") not in MODES:
            refuse(f"mode is one of {', '.join(MODES)}", f"mode 应为 {'、'.join(MODES)} 之一")
        roles = value.get("roles", [])
        if not isinstance(roles, list) or not roles or any(role not in ROLES for role in roles):
            refuse(f"roles are some of {', '.join(ROLES)}", f"roles 应为 {'、'.join(ROLES)} 中的若干项")


def county_mode(rules: dict[str, Any]) -> str:
    mode = str(rules.get("mode", "NONE"))
    return mode if mode in MODES else "NONE"


async def record(
    conn,
    *,
    kind: str,
    application: Application,
    household: Household,
    participants: list[Participant],
    rules: dict[str, Any],
    day: dt.date,
    actor: str,
) -> PanelReview:
    """Check a panel against its rules and the household's kinship filings, then keep it with its tally."""
    _check_each(participants)
    await _recusals(conn, household.id, participants)
    if kind == "DEMOCRATIC_REVIEW":
        needed = int(rules.get("minParticipants", 5))
        if len(participants) < needed:
            raise PanelRefused(
                f"a democratic review needs at least {needed} signed participants, {len(participants)} given",
                f"民主评议须至少 {needed} 人参加并签名，现有 {len(participants)} 人",
                field="participants",
                code=HouseholdsErrorCode.QUORUM_NOT_MET,
            )
    elif kind == "JOINT_REVIEW":
        present = {p.role for p in participants}
        missing = [
            role
            for role in rules.get("roles", ("DEPUTY_DIRECTOR", "CENTRE_DIRECTOR", "INVESTIGATOR"))
            if role not in present
        ]
        if missing:
            raise PanelRefused(
                f"the joint review lacks: {', '.join(missing)}",
                f"会审缺少：{'、'.join(ROLES.get(role, role) for role in missing)}",
                field="participants",
                code=HouseholdsErrorCode.JOINT_REVIEW_INCOMPLETE,
            )
    else:
        needed = int(rules.get("minMembers", 5))
        members = [p for p in participants if p.role == "COMMITTEE_MEMBER"]
        if len(members) < needed:
            raise PanelRefused(
                f"the review committee needs at least {needed} members, {len(members)} given",
                f"评审委员会须至少 {needed} 名委员，现有 {len(members)} 名",
                field="participants",
                code=HouseholdsErrorCode.QUORUM_NOT_MET,
            )
    tally = {vote: sum(1 for p in participants if p.vote == vote) for vote in VOTES}
    return await PanelReview.create(
        application_id=application.id,
        household_id=household.id,
        region_code=household.region_code,
        kind=kind,
        held_on=day,
        participants=[p.as_record() for p in participants],
        votes_for=tally["FOR"],
        votes_against=tally["AGAINST"],
        abstentions=tally["ABSTAIN"],
        result="PASSED" if tally["FOR"] > tally["AGAINST"] + tally["ABSTAIN"] else "NOT_PASSED",
        recorded_by=actor,
        using_db=conn,
    )


def _check_each(participants: list[Participant]) -> None:
    seen: set[str] = set()
    for index, person in enumerate(participants):
        where = f"participants[{index}]"
        if not person.name.strip() or len(person.name) > 50:
            raise InvalidInput(
                "each participant has a name of at most 50 characters",
                "参加人员须填写姓名（最多 50 字）",
                field=f"{where}.name",
            )
        if person.role not in ROLES:
            raise InvalidInput(
                f"role must be one of {', '.join(ROLES)}",
                f"身份应为 {'、'.join(ROLES.values())} 之一",
                field=f"{where}.role",
                code=HouseholdsErrorCode.UNKNOWN_ROLE,
            )
        if person.vote not in VOTES:
            raise InvalidInput(
                f"vote must be one of {', '.join(VOTES)}",
                "表决应为赞成、反对或弃权",
                field=f"{where}.vote",
                code=HouseholdsErrorCode.INVALID_VOTE,
            )
        if not person.signed:
            raise PanelRefused(
                f"{person.name} has not signed",
                f"{person.name} 未签名",
                field=f"{where}.signed",
                code=HouseholdsErrorCode.SIGNATURE_MISSING,
            )
        key = person.username or person.name
        if key in seen:
            raise InvalidInput(
                f"{person.name} is listed twice",
                f"{person.name} 重复列入",
                field=f"{where}.name",
                code=HouseholdsErrorCode.DUPLICATE_PARTICIPANT,
            )
        seen.add(key)


async def _recusals(conn, household_id: int, participants: list[Participant]) -> None:
    filings = (
        await KinshipFiling.filter(household_id=household_id).using_db(conn).values_list("staff_username", "staff_name")
    )
    usernames = {username for username, _ in filings if username}
    names = {name for _, name in filings if name}
    for index, person in enumerate(participants):
        if (person.username and person.username in usernames) or person.name in names:
            raise PanelRefused(
                f"{person.name} is a filed relative of the household and must recuse",
                f"{person.name} 与该家庭有近亲属备案，须回避",
                field=f"participants[{index}]",
                code=CommonErrorCode.RECUSAL_REQUIRED,
            )
