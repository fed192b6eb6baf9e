"""Rosters — 花名册: a township's roster for a period, its lines, exceptions and sign-offs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.types import Info

from kernel import connections
from kernel.enums import RosterExceptionReason, RosterItemKind, RosterState, SignOffStep
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from services.disbursement import models, service
from services.disbursement.schema.types.accounts import AccountNumbers
from services.disbursement.sql import money_sum


def _sid(value: Any) -> strawberry.ID:
    return strawberry.ID(str(value))


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
    def of(cls, row: models.RosterLine, items: dict, accounts: AccountNumbers) -> RosterLine:
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
        accounts = AccountNumbers(info)
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
        items, accounts = await service.line_items(line_ids=[row.id for row in page.rows]), AccountNumbers(info)
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
