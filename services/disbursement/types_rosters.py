"""GraphQL types of rosters, sign-offs, payment batches, bank lines, reconciliation and the fund ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import orjson
import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.masking import Sensitive, accounts_scope, masked, reveals
from authz.permissions import scope
from kernel import connections
from kernel.enums import (
    AccountKind,
    BatchKind,
    BatchState,
    FailureReason,
    FundSource,
    LedgerKind,
    LineResult,
    PaymentFrequency,
    PaymentStatus,
    RosterExceptionReason,
    RosterItemKind,
    RosterState,
    SignOffStep,
    SubsidyKind,
)
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.disbursement import bank_lines, ledger, models, service
from services.disbursement.sql import money_sum


def _sid(value: Any) -> strawberry.ID:
    return strawberry.ID(str(value))


def _full_accounts(info: Info, prefix: str) -> bool:
    """Whether the caller reads account numbers in full everywhere under a region prefix."""
    return reveals(accounts_scope(lambda action: scope(info, action)), prefix)


class _Accounts:
    """Account numbers as the caller may see them: in full to the bank that pays them and to those who may read
    accounts in the region, masked to everybody else; decided once per region of a page, not once per line."""

    def __init__(self, info: Info) -> None:
        self.info = info
        self.full: dict[str, bool] = {}

    def shown(self, number: str, region_code: str) -> str:
        full = self.full.get(region_code)
        if full is None:
            full = self.full[region_code] = _full_accounts(self.info, region_code)
        return number if full else masked(Sensitive.ACCOUNT_NUMBER, number)


@strawberry.type(description="发放项目 / one item of a line: its type, amount and basis")
class LineItem:
    kind: RosterItemKind
    amount: Decimal
    basis: str

    @classmethod
    def of(cls, items: list[dict]) -> list[LineItem]:
        return [cls(kind=i["kind"], amount=money_sum(i["amount"]), basis=i["basis"]) for i in items]


@strawberry.type(description="花名册明细 / one household on a roster")
class RosterLine:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    head_name: str
    members: int
    monthly_amount: Decimal
    total: Decimal
    bank_name: str
    holder_name: str
    items: list[LineItem]
    account_number: str = strawberry.field(
        description="账号 / account number; masked unless the caller may read it in full"
    )

    @classmethod
    def of(cls, row: models.RosterLine, items: dict, accounts: _Accounts) -> RosterLine:
        """A stored line with its items, its account number shown as the caller may see it."""
        return cls(
            id=_sid(row.id),
            household_id=_sid(row.household_id),
            region_code=row.region_code,
            head_name=row.head_name,
            members=row.members,
            monthly_amount=row.monthly_amount,
            total=row.total,
            bank_name=row.bank_name,
            holder_name=row.holder_name,
            items=LineItem.of(items.get(row.id, [])),
            account_number=accounts.shown(row.account_number, row.region_code),
        )


@strawberry.type(description="花名册明细分页 / a page of roster lines")
class RosterLinePage:
    items: list[RosterLine]
    next_cursor: str | None


@strawberry.type(description="花名册异常 / an entitled household left off the roster, and why")
class RosterException:
    household_id: strawberry.ID
    region_code: str
    head_name: str
    reason: RosterExceptionReason
    amount: Decimal


@strawberry.type(description="审核签字 / one step of the sign-off chain")
class SignOff:
    step: SignOffStep
    actor: str
    reason: str
    at: dt.datetime


@strawberry.type(description="发放花名册 / a township's roster for one period")
class Roster:
    id: strawberry.ID
    township_code: str
    period: str
    months: int
    state: RosterState
    compiled_by: str
    compiled_at: dt.datetime
    revision: int
    line_count: int
    total: Decimal
    exception_count: int
    batch_id: strawberry.ID | None
    sent_back_reason: str
    compile_reason: str = strawberry.field(description="窗口外造册理由 / why compiled outside the quarter-start window")

    @classmethod
    def from_row(cls, row: models.Roster) -> Roster:
        return cls(
            id=_sid(row.id),
            township_code=row.region_code,
            period=row.period,
            months=row.months,
            state=row.state,
            compiled_by=row.compiled_by,
            compiled_at=row.compiled_at,
            revision=row.revision,
            line_count=row.line_count,
            total=row.total,
            exception_count=row.exception_count,
            batch_id=_sid(row.batch_id) if row.batch_id else None,
            sent_back_reason=row.sent_back_reason,
            compile_reason=row.compile_reason,
        )

    @strawberry.field(
        description="明细 / lines, page by page", deprecation_reason=DEPRECATED.format(connection="linesConnection")
    )
    async def lines(self, info: Info, first: int = 100, after: strawberry.ID | None = None) -> RosterLinePage:
        rows, items, more = await service.roster_lines(
            roster_id=int(self.id), first=first, after=int(after) if after else None
        )
        accounts = _Accounts(info)
        return RosterLinePage(
            items=[RosterLine.of(r, items, accounts) for r in rows], next_cursor=str(more) if more else None
        )

    @strawberry.field(description="明细（分页连接，按编号排序）/ the roster's lines in id order, as a connection")
    async def lines_connection(
        self, info: Info, first: First = None, after: After = None, last: Last = None, before: Before = None
    ) -> Connection[RosterLine]:
        window = connections.window(
            f"linesConnection/{self.id}",
            first=first,
            after=after,
            last=last,
            before=before,
            maximum=service.MAX_LINE_PAGE,
            default=100,
        )
        page = await connections.page(service.roster_lines_query(roster_id=int(self.id)), window)
        items, accounts = await service.line_items(line_ids=[row.id for row in page.rows]), _Accounts(info)
        return Connection.of(page, lambda row: RosterLine.of(row, items, accounts))

    @strawberry.field(description="异常清单 / households left off, with reasons")
    async def exceptions(self) -> list[RosterException]:
        rows, _ = await service.roster_details(roster_id=int(self.id))
        return [
            RosterException(
                household_id=_sid(r.household_id),
                region_code=r.region_code,
                head_name=r.head_name,
                reason=r.reason,
                amount=r.amount,
            )
            for r in rows
        ]

    @strawberry.field(description="签字记录 / the sign-off chain so far")
    async def sign_offs(self) -> list[SignOff]:
        _, rows = await service.roster_details(roster_id=int(self.id))
        return [SignOff(step=r.step, actor=r.actor, reason=r.reason, at=r.at) for r in rows]


@strawberry.type(description="代发明细 / a line the bank credits, with its result")
class PaymentLine:
    id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    period: str
    bank_name: str
    holder_name: str
    amount: Decimal
    status: PaymentStatus
    reason: FailureReason | None = strawberry.field(
        description="失败原因，未失败为空 / why the bank could not pay; null unless failed"
    )
    paid_on: dt.date | None
    items: list[LineItem]
    account_number: str = strawberry.field(description="账号 / account number; in full for the paying bank")

    @classmethod
    def from_dict(cls, r: dict, accounts: _Accounts) -> PaymentLine:
        paid_on = r["paid_on"]
        return cls(
            id=_sid(r["id"]),
            household_id=_sid(r["household_id"]),
            region_code=r["region_code"],
            period=r["period"],
            bank_name=r["bank_name"],
            holder_name=r["holder_name"],
            amount=money_sum(r["amount"]),
            status=r["status"],
            reason=r["reason"] or None,
            paid_on=dt.date.fromisoformat(paid_on) if isinstance(paid_on, str) else paid_on,
            items=LineItem.of(r["items"]),
            account_number=accounts.shown(r["account_number"], r["region_code"]),
        )


@strawberry.type(description="代发明细分页 / a page of a batch's lines")
class PaymentLinePage:
    next_cursor: str | None
    window: strawberry.Private[bank_lines.LineWindow]

    @strawberry.field(description="明细 / the lines, typed")
    async def items(self, info: Info) -> list[PaymentLine]:
        accounts = _Accounts(info)
        return [PaymentLine.from_dict(r, accounts) for r in await bank_lines.typed_lines(self.window)]

    @strawberry.field(
        description="紧凑明细 / the same lines as compact JSON objects, for bulk clients "
        "(camelCase keys, amounts as strings)"
    )
    async def rows(self, info: Info) -> JSON:
        page = await bank_lines.compact_page(self.window)
        if _full_accounts(info, self.window.county_prefix):  # the paying bank: the database's JSON goes out as it is
            return orjson.Fragment(page)
        rows = orjson.loads(page)
        accounts = _Accounts(info)
        for row in rows:
            row["accountNumber"] = accounts.shown(row["accountNumber"], row["regionCode"])
        return rows


@strawberry.type(description="对账 / a batch's totals: released = paid + failed + pending, to the cent")
class Reconciliation:
    released: Decimal
    paid: Decimal
    failed: Decimal
    pending: Decimal
    reissued: Decimal
    paid_lines: int
    failed_lines: int
    pending_lines: int
    balanced: bool


@strawberry.type(description="代发批次 / a county's payment batch for the bank")
class PaymentBatch:
    id: strawberry.ID
    county_code: str
    period: str
    kind: BatchKind
    state: BatchState
    line_count: int
    total: Decimal
    released_at: dt.datetime | None
    acknowledged_at: dt.datetime | None

    @classmethod
    def from_row(cls, row: models.PaymentBatch) -> PaymentBatch:
        return cls(
            id=_sid(row.id),
            county_code=row.region_code,
            period=row.period,
            kind=row.kind,
            state=row.state,
            line_count=row.line_count,
            total=row.total,
            released_at=row.released_at,
            acknowledged_at=row.acknowledged_at,
        )

    @strawberry.field(description="对账 / reconciliation of this batch")
    async def reconciliation(self, info: Info) -> Reconciliation:
        totals = await ledger.reconcile(scope=scope(info, Action.BATCH_READ), batch_id=int(self.id))
        totals.pop("batch")
        return Reconciliation(**totals)


@strawberry.type(description="批次回盘汇总 / what a results posting changed")
class ResultSummary:
    paid: int
    failed: int
    unchanged: int


@strawberry.type(description="滞留资金 / a line unpaid longer than the county allows (资金滞留)")
class StrandedLine:
    line_id: strawberry.ID
    batch_id: strawberry.ID
    household_id: strawberry.ID
    region_code: str
    period: str
    amount: Decimal
    status: PaymentStatus
    reason: FailureReason | None


@strawberry.type(description="资金余额 / a county's fund for one period")
class FundBalance:
    county_code: str
    period: str
    allocated: Decimal
    disbursed: Decimal
    returned: Decimal
    balance: Decimal


@strawberry.type(description="资金台账分录 / one ledger entry")
class LedgerEntry:
    id: strawberry.ID
    county_code: str
    period: str
    kind: LedgerKind
    source: FundSource
    amount: Decimal
    batch_id: strawberry.ID | None
    reference: str
    recorded_by: str
    at: dt.datetime

    @classmethod
    def from_row(cls, row: models.LedgerEntry) -> LedgerEntry:
        return cls(
            id=_sid(row.id),
            county_code=row.region_code,
            period=row.period,
            kind=row.kind,
            source=row.source,
            amount=row.amount,
            batch_id=_sid(row.batch_id) if row.batch_id else None,
            reference=row.reference,
            recorded_by=row.recorded_by,
            at=row.at,
        )


@strawberry.type(description="发放周期 / a county's payment cycle")
class PaymentCycle:
    county_code: str
    cycle: PaymentFrequency
    effective_from: dt.date
    stale_after_days: int
    window_opens_days_before: int
    window_closes_day: int


@strawberry.type(
    description="资金透支授权 / a recorded authorisation to release a batch beyond the county fund's balance"
)
class FundOverride:
    id: strawberry.ID
    batch_id: strawberry.ID
    county_code: str
    balance: Decimal = strawberry.field(description="授权时余额 / the fund's balance when authorised")
    shortfall: Decimal
    reason: str
    authorized_by: str
    at: dt.datetime

    @classmethod
    def from_row(cls, row: models.FundOverride) -> FundOverride:
        return cls(
            id=_sid(row.id),
            batch_id=_sid(row.batch_id),
            county_code=row.region_code,
            balance=row.balance,
            shortfall=row.shortfall,
            reason=row.reason,
            authorized_by=row.authorized_by,
            at=row.at,
        )


@strawberry.type(description="补贴项目 / a one-off or price subsidy")
class Subsidy:
    id: strawberry.ID
    region_code: str
    period: str
    kind: SubsidyKind
    name: str
    amount: Decimal
    per_person: bool
    basis: str


@strawberry.input(description="一条回盘结果 / the bank's result for one line")
class LineResultInput:
    line_id: strawberry.ID
    status: LineResult = strawberry.field(description="已发放或发放失败 / paid or failed")
    amount: str = strawberry.field(description="入账金额（元，两位小数）/ amount in yuan, two decimals at most")
    reason: FailureReason | None = strawberry.field(
        default=None,
        description="失败原因：失败必填，已发放不填 / why it failed; required for a failed line, none for a paid one",
    )
    paid_on: dt.date | None = None


@strawberry.input(description="银行账户 / a household's account")
class BankAccountInput:
    household_id: strawberry.ID
    bank_name: str
    account_number: str
    holder_person_id: strawberry.ID
    kind: AccountKind = strawberry.field(default=AccountKind.YIKATONG, description="账户类型 / kind of account")
    staff_held_by: str = ""
    staff_agreement: str = ""
    opened_on: dt.date | None = None
