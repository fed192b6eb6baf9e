"""Payment batches over GraphQL — aggregation, transfer, overdraft, re-issue, the bank's acknowledgement and
results: thin translation to `signoff`, `safeguards` and `bank`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from authz.actions import Action
from authz.permissions import allowed, principal
from services.disbursement import bank, safeguards, signoff
from services.disbursement.schema.arguments import id_of
from services.disbursement.schema.types.batches import LineResultInput, PaymentBatch, ResultSummary
from services.disbursement.schema.types.funds import FundOverride


@strawberry.type
class BatchMutation:
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
            await signoff.confirm_transfer(actor=principal(info), batch_id=id_of(batch_id, "batchId"))
        )

    @strawberry.mutation(
        permission_classes=[allowed(Action.FUND_OVERRIDE)],
        description="资金透支授权（写明理由）/ authorise releasing a batch the county fund does not cover",
    )
    async def authorize_overdraft(self, info: Info, batch_id: strawberry.ID, reason: str) -> FundOverride:
        row = await safeguards.authorize_overdraft(
            actor=principal(info), batch_id=id_of(batch_id, "batchId"), reason=reason
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
        return PaymentBatch.from_row(await bank.acknowledge(actor=principal(info), batch_id=id_of(batch_id, "batchId")))

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
            **await bank.post_results(actor=principal(info), batch_id=id_of(batch_id, "batchId"), results=parsed)
        )
