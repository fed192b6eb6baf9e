"""Payment batches — 代发批次: a county's batch for the bank, its lines and their results, and its reconciliation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import orjson
import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import scope
from kernel.enums import BatchKind, BatchState, FailureReason, LineResult, PaymentStatus
from services.disbursement import bank_lines, ledger, models
from services.disbursement.schema.types.accounts import AccountNumbers, full_accounts
from services.disbursement.schema.types.rosters import LineItem
from services.disbursement.sql import money_sum


def _sid(value: Any) -> strawberry.ID:
    return strawberry.ID(str(value))


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
    def from_dict(cls, r: dict, accounts: AccountNumbers) -> PaymentLine:
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
        accounts = AccountNumbers(info)
        return [PaymentLine.from_dict(r, accounts) for r in await bank_lines.typed_lines(self.window)]

    @strawberry.field(
        description="紧凑明细 / the same lines as compact JSON objects, for bulk clients "
        "(camelCase keys, amounts as strings)"
    )
    async def rows(self, info: Info) -> JSON:
        page = await bank_lines.compact_page(self.window)
        if full_accounts(info, self.window.county_prefix):  # the paying bank: the database's JSON goes out as it is
            return orjson.Fragment(page)
        rows = orjson.loads(page)
        accounts = AccountNumbers(info)
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
