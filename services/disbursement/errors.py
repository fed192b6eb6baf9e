"""Refusals of the disbursement service, each with a code, the field at fault and a reason to act on."""

from kernel.errors import DomainError, InvalidInput, NotFound
from services.disbursement.error_codes import DisbursementErrorCode


class NotFoundHere(NotFound):
    """A record that does not exist or lies outside the caller's jurisdiction (the two look the same)."""

    def __init__(self, what_en: str, what_zh: str, key: object, *, field: str, code: str) -> None:
        super().__init__(
            f"{what_en} {key} does not exist or is outside your jurisdiction",
            f"{what_zh} {key} 不存在或不在您的管辖范围内",
            field=field,
            code=code,
        )


class WrongState(DomainError):
    """The record is not at the step this action belongs to."""

    code = DisbursementErrorCode.WRONG_STATE

    def __init__(self, what_en: str, what_zh: str, state: str, *, field: str = "id", code: str | None = None) -> None:
        super().__init__(
            f"{what_en} is {state}; this step is not possible now",
            f"{what_zh}当前状态为 {state}，不能执行此操作",
            field=field,
            code=code,
            state=state,
        )


class RosterAlreadyCompiled(DomainError):
    code = DisbursementErrorCode.ROSTER_ALREADY_COMPILED

    def __init__(self, township: str, period: str) -> None:
        super().__init__(
            f"township {township} already has a roster for {period}; send it back to recompile it",
            f"乡镇 {township} 已编制 {period} 花名册；如需重新编制，请先退回",
            field="period",
        )


class OwnRoster(DomainError):
    code = DisbursementErrorCode.CANNOT_APPROVE_OWN_ROSTER

    def __init__(self) -> None:
        super().__init__(
            "the person who compiled a roster cannot approve it", "花名册编制人不能审核自己编制的花名册", field="id"
        )


class HolderNotMember(InvalidInput):
    code = DisbursementErrorCode.HOLDER_NOT_MEMBER

    def __init__(self) -> None:
        super().__init__(
            "the account holder must be a member of the household",
            "账户持有人必须是该家庭的成员",
            field="holderPersonId",
        )


class AgreementMissing(InvalidInput):
    code = DisbursementErrorCode.STAFF_AGREEMENT_REQUIRED

    def __init__(self) -> None:
        super().__init__(
            "a card held by staff needs the filed written agreement (Art 26)",
            "工作人员代管存折/银行卡须有在县级民政部门备案的书面协议",
            field="staffAgreement",
        )


class ConflictingResult(DomainError):
    code = DisbursementErrorCode.CONFLICTING_RESULT

    def __init__(self, line_id: int, field: str, recorded: str) -> None:
        super().__init__(
            f"line {line_id} already has the result {recorded}; a different result is refused",
            f"明细 {line_id} 已回盘为 {recorded}，不接受不同的结果",
            field=field,
            recorded=recorded,
        )


class ResultsRefused(InvalidInput):
    """A bank posting with bad lines: each is listed (field, code, reason) and none of the posting is recorded."""

    code = DisbursementErrorCode.RESULTS_REFUSED

    def __init__(self, refused: list[tuple], *, posted: int) -> None:
        super().__init__(
            f"{len(refused)} of {posted} results are refused and nothing was recorded; correct the lines listed in "
            "`errors` and post the whole file again",
            f"{posted} 条回盘结果中有 {len(refused)} 条有误，本次回盘全部未入账；请更正 errors 中所列明细后重新回盘",
            field="results",
            errors=[
                {
                    "lineId": str(result.line_id),
                    "field": error.field,
                    "code": error.code,
                    "reason": error.message_en,
                    "reasonZh": error.message_zh,
                }
                for result, error in refused
            ],
        )


def invalid(field: str, code: str, en: str, zh: str) -> InvalidInput:
    """A one-off validation refusal."""
    return InvalidInput(en, zh, field=field, code=code)
