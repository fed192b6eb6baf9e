"""The fund ledger — 资金台账: stranded lines, balances, entries and overdraft authorisations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import strawberry

from kernel.enums import FailureReason, FundSource, LedgerKind, PaymentStatus
from services.disbursement import models


def _sid(value: Any) -> strawberry.ID:
    return strawberry.ID(str(value))


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
