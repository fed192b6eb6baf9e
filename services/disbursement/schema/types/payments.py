"""Payments and the paid-line feed other services follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON

from kernel.enums import PaymentStatus
from kernel.feeds import FeedPage, Position


@strawberry.type(description="已入账明细 / a paid roster line, for services that follow payments")
class PaidLine:
    cursor: str
    payment_id: strawberry.ID = strawberry.field(
        description="发放记录编号：明细的键 / the payment's id, the line's key"
    )
    household_id: strawberry.ID
    region_code: str
    period: str
    amount: Decimal
    paid_on: dt.date | None
    account_number: str

    @classmethod
    def from_row(cls, row: dict) -> PaidLine:
        """From the plain values `service.paid_lines` returns."""
        return cls(
            cursor=str(Position.of(row)),
            payment_id=strawberry.ID(str(row["id"])),
            household_id=strawberry.ID(str(row["household_id"])),
            region_code=row["region_code"],
            period=row["period"],
            amount=row["amount"],
            paid_on=row["paid_on"],
            account_number=row["account_number"],
        )


def compact_paid_line(row: dict) -> dict:
    """A paid line as the JSON its typed fields would give (camelCase keys, ids and amounts as strings)."""
    return {
        "cursor": str(Position.of(row)),
        "paymentId": str(row["id"]),
        "householdId": str(row["household_id"]),
        "regionCode": row["region_code"],
        "period": row["period"],
        "amount": str(row["amount"]),
        "paidOn": row["paid_on"].isoformat() if row["paid_on"] else None,
        "accountNumber": row["account_number"],
    }


@strawberry.type(description="已入账明细分页 / a page of paid lines")
class PaidLinePage(FeedPage):
    raw: strawberry.Private[list[dict]]

    @strawberry.field(description="已入账明细 / the lines, typed")
    def items(self) -> list[PaidLine]:
        return [PaidLine.from_row(row) for row in self.raw]

    @strawberry.field(
        description="紧凑记录 / the same lines as compact JSON objects (the typed fields' names and values), for consumers "
        "catching up: one value per page instead of seven fields per line"
    )
    def rows(self) -> JSON:
        return [compact_paid_line(row) for row in self.raw]


@strawberry.type(description="发放记录 / a payment to a household")
class Payment:
    id: strawberry.ID
    household_id: strawberry.ID
    period: str
    amount: Decimal
    status: PaymentStatus
    paid_on: dt.date | None

    @classmethod
    def from_row(cls, row: dict) -> Payment:
        """From the plain values the service reads (`service.PAYMENT_COLUMNS`)."""
        return cls(
            id=strawberry.ID(str(row["id"])),
            household_id=strawberry.ID(str(row["household_id"])),
            period=row["period"],
            amount=row["amount"],
            status=row["status"],
            paid_on=row["paid_on"],
        )
