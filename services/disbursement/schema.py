"""Root fields of the disbursement subgraph: thin translations to the service verbs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal, scope
from kernel import connections, feeds
from kernel.enums import FundSource, PaymentFrequency, RosterState, SubsidyKind
from kernel.metrics import feed_served
from kernel.relay import DEPRECATED, After, Before, Connection, First, Last
from kernel.subgraph import create_schema
from kernel.values import record_id
from services.disbursement import accounts, bank, bank_lines, compile, ledger, safeguards, service, signoff
from services.disbursement.types import AccountChange, BankAccount, Household, PaidLinePage, Payment
from services.disbursement.types_rosters import (
    BankAccountInput,
    FundBalance,
    FundOverride,
    LedgerEntry,
    LineResultInput,
    PaymentBatch,
    PaymentCycle,
    PaymentLinePage,
    ResultSummary,
    Roster,
    StrandedLine,
    Subsidy,
)


def _int(value: object, field: str) -> int:
    return record_id(value, field=field)


def _opt(value: object, field: str) -> int | None:
    return None if value is None else _int(value, field)


def _batch_scopes(info: Info) -> dict:
    return {"batch_scope": scope(info, Action.BATCH_READ), "staff_scope": scope(info, Action.ROSTER_READ)}


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[allowed(Action.PAYMENT_READ)],
        description="发放记录 / payments in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="paymentsConnection"),
    )
    async def payments(
        self, info: Info, period: str | None = None, first: int = 50, after: strawberry.ID | None = None
    ) -> list[Payment]:
        rows = await service.list_payments(
            scope=scope(info, Action.PAYMENT_READ), period=period, first=first, after=_opt(after, "after")
        )
        return [Payment.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.PAYMENT_READ)],
        description="发放记录（分页连接，按编号排序）/ payments in your jurisdiction, in id order, as a connection",
    )
    async def payments_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        period: str | None = None,
    ) -> Connection[Payment]:
        window = connections.window(
            "paymentsConnection", first=first, after=after, last=last, before=before, maximum=service.MAX_PAGE
        )
        query = service.payments_query(scope=scope(info, Action.PAYMENT_READ), period=period)
        return Connection.of(await connections.page(query, window, fetch=service.payment_values), Payment.from_row)

    @strawberry.field(
        permission_classes=[allowed(Action.DISBURSEMENT_FEED_READ)], description="已入账明细 / paid lines, oldest first"
    )
    async def paid_lines(self, info: Info, after: str | None = None, first: int = 1000) -> PaidLinePage:
        readable = scope(info, Action.DISBURSEMENT_FEED_READ)
        rows, more = await service.paid_lines(scope=readable, after=after, first=first)
        feed_served(info.context["principal"], "paid_lines", str(feeds.Position.of(rows[-1])) if rows else after)
        return PaidLinePage(
            raw=rows, next_cursor=more, marks_of=feeds.once(lambda: service.paid_lines_marks(scope=readable))
        )

    @strawberry.field(
        permission_classes=[allowed(Action.ACCOUNT_READ)], description="账户历次版本 / every version of an account"
    )
    async def bank_account_history(self, info: Info, household_id: strawberry.ID) -> list[BankAccount]:
        rows = await accounts.account_history(
            household_id=_int(household_id, "householdId"), region_prefixes=scope(info, Action.ACCOUNT_READ)
        )
        return [BankAccount.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.ROSTER_READ)],
        description="花名册 / rosters in your jurisdiction",
        deprecation_reason=DEPRECATED.format(connection="rostersConnection"),
    )
    async def rosters(
        self,
        info: Info,
        period: str | None = None,
        region_code: str | None = None,
        state: RosterState | None = None,
        first: int = 50,
        after: strawberry.ID | None = None,
    ) -> list[Roster]:
        rows = await service.list_rosters(
            scope=scope(info, Action.ROSTER_READ),
            period=period,
            region_code=region_code,
            state=state,
            first=first,
            after=_opt(after, "after"),
        )
        return [Roster.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[allowed(Action.ROSTER_READ)],
        description="花名册（分页连接，按编号排序）/ rosters in your jurisdiction, in id order, as a connection",
    )
    async def rosters_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        period: str | None = None,
        region_code: str | None = None,
        state: RosterState | None = None,
    ) -> Connection[Roster]:
        window = connections.window(
            "rostersConnection", first=first, after=after, last=last, before=before, maximum=service.MAX_PAGE
        )
        query = service.rosters_query(
            scope=scope(info, Action.ROSTER_READ), period=period, region_code=region_code, state=state
        )
        return Connection.of(await connections.page(query, window), Roster.from_row)

    @strawberry.field(permission_classes=[allowed(Action.ROSTER_READ)], description="一本花名册 / one roster")
    async def roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await service.get_roster(scope=scope(info, Action.ROSTER_READ), roster_id=_int(id, "id"))
        )

    @strawberry.field(
        permission_classes=[allowed(Action.BATCH_READ)],
        description="代发批次 / payment batches (the bank sees released ones)",
    )
    async def payment_batches(self, info: Info, period: str | None = None) -> list[PaymentBatch]:
        return [PaymentBatch.from_row(b) for b in await service.list_batches(**_batch_scopes(info), period=period)]

    @strawberry.field(permission_classes=[allowed(Action.BATCH_READ)], description="一个代发批次 / one batch")
    async def payment_batch(self, info: Info, id: strawberry.ID) -> PaymentBatch:
        return PaymentBatch.from_row(await service.get_batch(**_batch_scopes(info), batch_id=_int(id, "id")))

    @strawberry.field(
        permission_classes=[allowed(Action.BATCH_READ)], description="批次明细 / a released batch's lines by cursor"
    )
    async def batch_lines(
        self, info: Info, batch_id: strawberry.ID, first: int = 1000, after: str | None = None
    ) -> PaymentLinePage:
        window = await bank_lines.line_window(
            scope=scope(info, Action.BATCH_READ),
            batch_id=_int(batch_id, "batchId"),
            first=first,
            after=_opt(after, "after"),
        )
        return PaymentLinePage(window=window, next_cursor=str(window.next_cursor) if window.next_cursor else None)

    @strawberry.field(
        permission_classes=[allowed(Action.LEDGER_READ)], description="资金滞留 / lines unpaid past the county's limit"
    )
    async def stranded_funds(self, info: Info, county_code: str) -> list[StrandedLine]:
        rows = await ledger.stranded(scope=scope(info, Action.LEDGER_READ), county_code=county_code)
        return [
            StrandedLine(
                line_id=r["id"],
                batch_id=r["batch_id"],
                household_id=r["household_id"],
                region_code=r["region_code"],
                period=r["period"],
                amount=r["amount"],
                status=r["status"],
                reason=r["reason"] or None,
            )
            for r in rows
        ]

    @strawberry.field(
        permission_classes=[allowed(Action.LEDGER_READ)], description="资金余额 / fund balances per county and period"
    )
    async def fund_balances(self, info: Info, period: str | None = None) -> list[FundBalance]:
        rows = await ledger.balances(scope=scope(info, Action.LEDGER_READ), period=period)
        return [FundBalance(county_code=r.pop("region_code"), **r) for r in rows]

    @strawberry.field(permission_classes=[allowed(Action.LEDGER_READ)], description="资金台账 / ledger entries")
    async def ledger_entries(
        self, info: Info, county_code: str | None = None, period: str | None = None
    ) -> list[LedgerEntry]:
        rows = await service.ledger_entries(
            scope=scope(info, Action.LEDGER_READ), county_code=county_code, period=period
        )
        return [LedgerEntry.from_row(r) for r in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[allowed(Action.ACCOUNT_WRITE)], description="登记或变更银行账户 / set a household's account"
    )
    async def set_bank_account(self, info: Info, input: BankAccountInput) -> AccountChange:
        row, warnings = await accounts.set_account(
            actor=principal(info),
            account=accounts.AccountIn(
                household_id=_int(input.household_id, "householdId"),
                bank_name=input.bank_name,
                account_number=input.account_number,
                holder_person_id=_int(input.holder_person_id, "holderPersonId"),
                kind=input.kind,
                staff_held_by=input.staff_held_by,
                staff_agreement=input.staff_agreement,
                opened_on=input.opened_on,
            ),
        )
        return AccountChange(account=BankAccount.from_row(row), warnings=warnings)

    @strawberry.mutation(
        permission_classes=[allowed(Action.CYCLE_SET)], description="设置发放周期 / a county's payment cycle"
    )
    async def set_payment_cycle(
        self,
        info: Info,
        county_code: str,
        cycle: PaymentFrequency,
        effective_from: dt.date,
        stale_after_days: int = ledger.DEFAULT_STALE_DAYS,
        window_opens_days_before: Annotated[
            int, strawberry.argument(description="季初造册窗口：季前开启天数 / days before the quarter")
        ] = 5,
        window_closes_day: Annotated[
            int, strawberry.argument(description="季初造册窗口：季首月截止日 / last day, first month")
        ] = 10,
    ) -> PaymentCycle:
        row = await ledger.set_cycle(
            actor=principal(info),
            county_code=county_code,
            cycle=cycle,
            effective_from=effective_from,
            stale_after_days=stale_after_days,
            window_opens_days_before=window_opens_days_before,
            window_closes_day=window_closes_day,
        )
        return PaymentCycle(
            county_code=row.region_code,
            cycle=row.cycle,
            effective_from=row.effective_from,
            stale_after_days=row.stale_after_days,
            window_opens_days_before=row.window_opens_days_before,
            window_closes_day=row.window_closes_day,
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.SUBSIDY_DECLARE)],
        description="设定补贴 / declare a one-off or price subsidy",
    )
    async def declare_subsidy(
        self,
        info: Info,
        region_code: str,
        period: str,
        kind: SubsidyKind,
        name: str,
        amount: str,
        basis: str,
        per_person: bool = False,
    ) -> Subsidy:
        row = await ledger.declare_subsidy(
            actor=principal(info),
            region_code=region_code,
            period=period,
            kind=kind,
            name=name,
            amount=amount,
            per_person=per_person,
            basis=basis,
        )
        return Subsidy(
            id=row.id,
            region_code=row.region_code,
            period=row.period,
            kind=row.kind,
            name=row.name,
            amount=row.amount,
            per_person=row.per_person,
            basis=row.basis,
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_COMPILE)], description="编制花名册 / compile a township's roster"
    )
    async def compile_roster(
        self,
        info: Info,
        township_code: str,
        period: str,
        reason: Annotated[
            str, strawberry.argument(description="季初窗口外造册的理由 / why a quarter is compiled outside its window")
        ] = "",
    ) -> Roster:
        return Roster.from_row(
            await compile.compile_roster(
                actor=principal(info), township_code=township_code, period=period, reason=reason
            )
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_REVIEW)], description="乡镇领导审核 / township leader approves"
    )
    async def review_roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await signoff.approve(actor=principal(info), roster_id=_int(id, "id"), step="TOWNSHIP_APPROVE")
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_APPROVE)], description="县民政审核 / county civil affairs approves"
    )
    async def approve_roster(self, info: Info, id: strawberry.ID) -> Roster:
        return Roster.from_row(
            await signoff.approve(actor=principal(info), roster_id=_int(id, "id"), step="COUNTY_APPROVE")
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_SEND_BACK)],
        description="退回花名册 / send a roster back with reasons",
    )
    async def send_back_roster(self, info: Info, id: strawberry.ID, reason: str) -> Roster:
        return Roster.from_row(await signoff.send_back(actor=principal(info), roster_id=_int(id, "id"), reason=reason))

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_APPROVE)], description="汇总县级批次 / aggregate a county's rosters"
    )
    async def aggregate_rosters(self, info: Info, county_code: str, period: str) -> PaymentBatch:
        return PaymentBatch.from_row(
            await signoff.aggregate(actor=principal(info), county_code=county_code, period=period)
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.TRANSFER_CONFIRM)],
        description="财政确认拨付 / finance confirms the transfer",
    )
    async def confirm_transfer(self, info: Info, batch_id: strawberry.ID) -> PaymentBatch:
        return PaymentBatch.from_row(
            await signoff.confirm_transfer(actor=principal(info), batch_id=_int(batch_id, "batchId"))
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FUND_OVERRIDE)],
        description="资金透支授权（写明理由）/ authorise releasing a batch the county fund does not cover",
    )
    async def authorize_overdraft(self, info: Info, batch_id: strawberry.ID, reason: str) -> FundOverride:
        row = await safeguards.authorize_overdraft(
            actor=principal(info), batch_id=_int(batch_id, "batchId"), reason=reason
        )
        return FundOverride.from_row(row)

    @strawberry.mutation(
        permission_classes=[allowed(Action.ROSTER_APPROVE)],
        description="补发 / re-issue failed lines with fixed accounts",
    )
    async def reissue_failed_lines(self, info: Info, county_code: str, period: str) -> PaymentBatch:
        return PaymentBatch.from_row(
            await signoff.reissue(actor=principal(info), county_code=county_code, period=period)
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.BATCH_ACKNOWLEDGE)],
        description="银行确认接收 / the bank acknowledges a batch",
    )
    async def acknowledge_batch(self, info: Info, batch_id: strawberry.ID) -> PaymentBatch:
        return PaymentBatch.from_row(await bank.acknowledge(actor=principal(info), batch_id=_int(batch_id, "batchId")))

    @strawberry.mutation(
        permission_classes=[allowed(Action.BATCH_POST_RESULTS)],
        description="银行回盘 / the bank posts per-line results",
    )
    async def post_batch_results(
        self, info: Info, batch_id: strawberry.ID, results: list[LineResultInput]
    ) -> ResultSummary:
        parsed = [
            bank.ResultIn(
                line_id=str(r.line_id), status=r.status, amount=r.amount, reason=r.reason or "", paid_on=r.paid_on
            )
            for r in results
        ]
        return ResultSummary(
            **await bank.post_results(actor=principal(info), batch_id=_int(batch_id, "batchId"), results=parsed)
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.LEDGER_WRITE)], description="登记资金拨入 / record a fund allocation"
    )
    async def record_allocation(
        self,
        info: Info,
        county_code: str,
        period: str,
        amount: str,
        reference: str,
        fund_source: Annotated[
            FundSource,
            strawberry.argument(name="source", description="资金来源 / which level of government allocated it"),
        ],
    ) -> LedgerEntry:
        return LedgerEntry.from_row(
            await ledger.record_allocation(
                actor=principal(info),
                county_code=county_code,
                period=period,
                source=fund_source,
                amount=amount,
                reference=reference,
            )
        )


schema = create_schema(query=Query, mutation=Mutation, types=[Household])
