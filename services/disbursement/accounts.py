"""Bank accounts — 一卡通/一存通: versioned, audited, held by a household member (or by staff under agreement)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum import luhn
from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.audit import record
from kernel.internal import InternalCallFailed, InternalClient
from kernel.values import SHANGHAI, mask_account
from services.disbursement.error_codes import DisbursementErrorCode
from services.disbursement.errors import AgreementMissing, HolderNotMember, NotFoundHere, invalid
from services.disbursement.models import AuditRecord, BankAccount
from services.disbursement.sql import DB

KINDS = ("YIKATONG", "YICUNTONG", "SOCIAL_CARD")
HOUSEHOLD_QUERY = "query($id: ID!) { household(id: $id) { id regionCode members { id name } } }"


@dataclass(frozen=True)
class AccountIn:
    """An account as a clerk submits it."""

    household_id: int
    bank_name: str
    account_number: str
    holder_person_id: int
    kind: str = "YIKATONG"
    staff_held_by: str = ""
    staff_agreement: str = ""
    opened_on: dt.date | None = None


async def household_members(household_id: int) -> tuple[str, dict[int, str]]:
    """The household's region and members (id → name), asked of the households service."""
    client = InternalClient("households", caller="disbursement")
    try:
        found = (await client.query(HOUSEHOLD_QUERY, {"id": str(household_id)}))["household"]
    except InternalCallFailed as failure:
        if not str(failure.details.get("upstream", {}).get("code", "")).endswith("NOT_FOUND"):
            raise
        found = None
    finally:
        await client.aclose()
    if not found:
        raise NotFoundHere(
            "household", "家庭", household_id, field="householdId", code=DisbursementErrorCode.HOUSEHOLD_NOT_FOUND
        )
    return found["regionCode"], {int(m["id"]): m["name"] for m in found["members"]}


def _validate(account: AccountIn) -> tuple[str, list[str]]:
    """The cleaned account number and the warnings it earns; malformed input is refused."""
    number = re.sub(r"[\s-]", "", account.account_number or "")
    if not re.fullmatch(r"\d{8,32}", number):
        raise invalid(
            "accountNumber",
            DisbursementErrorCode.INVALID_ACCOUNT_NUMBER,
            "an account number is 8 to 32 digits",
            "账号应为8到32位数字",
        )
    if not (account.bank_name or "").strip():
        raise invalid("bankName", DisbursementErrorCode.BANK_REQUIRED, "the bank is required", "开户行不能为空")
    if account.kind not in KINDS:
        raise invalid(
            "kind",
            DisbursementErrorCode.INVALID_ACCOUNT_KIND,
            f"kind must be one of {', '.join(KINDS)}",
            "账户类型不正确",
        )
    if account.staff_held_by.strip() and not account.staff_agreement.strip():
        raise AgreementMissing()
    warnings = [] if luhn.is_valid(number) else ["LUHN_MISMATCH"]
    return number, warnings


async def set_account(*, actor: Principal, account: AccountIn) -> tuple[BankAccount, list[str]]:
    """Record a household's new current account as the next version; the previous one is kept, not current."""
    number, warnings = _validate(account)
    region_code, members = await household_members(account.household_id)
    get_authorizer().require(actor, Action.ACCOUNT_WRITE, region_code)
    if account.holder_person_id not in members:
        raise HolderNotMember()
    async with in_transaction(DB) as tx:
        previous = (
            await BankAccount.filter(household_id=account.household_id, is_current=True)
            .using_db(tx)
            .select_for_update()
            .first()
        )
        if previous:
            previous.is_current = False
            await previous.save(using_db=tx, update_fields=["is_current"])
        row = await BankAccount.create(
            household_id=account.household_id,
            region_code=region_code,
            bank_name=account.bank_name.strip(),
            account_number=number,
            holder_name=members[account.holder_person_id],
            holder_person_id=account.holder_person_id,
            kind=account.kind,
            version=(previous.version + 1) if previous else 1,
            luhn_ok=not warnings,
            staff_held_by=account.staff_held_by.strip(),
            staff_agreement=account.staff_agreement.strip(),
            opened_on=account.opened_on,
            changed_by=actor.username,
            changed_at=dt.datetime.now(SHANGHAI),
            using_db=tx,
        )
        await record(
            AuditRecord,
            actor=actor.username,
            action=str(Action.ACCOUNT_WRITE),
            entity="BankAccount",
            entity_id=row.id,
            region_code=region_code,
            before=_snapshot(previous),
            after=_snapshot(row),
            using_db=tx,
        )
    return row, warnings


def _snapshot(row: BankAccount | None) -> dict | None:
    if row is None:
        return None
    return {
        "householdId": row.household_id,
        "version": row.version,
        "bank": row.bank_name,
        "account": mask_account(row.account_number),
        "holder": row.holder_name,
        "holderPersonId": row.holder_person_id,
        "staffHeldBy": row.staff_held_by,
        "staffAgreement": row.staff_agreement,
    }


async def account_history(*, household_id: int, region_prefixes) -> list[BankAccount]:
    """Every version of a household's account, newest first, within the caller's scope."""
    return await BankAccount.filter(region_prefixes.q(), household_id=household_id).order_by("-version")
