"""Every code the disbursement service answers with beside the common ones (kernel.error_codes)."""

from kernel.error_codes import ErrorCode


class DisbursementErrorCode(ErrorCode):
    """The disbursement service's own refusals; the README's error table lists each with its meaning."""

    AMOUNT_MISMATCH = "AMOUNT_MISMATCH", "a posted amount differs from the line's amount"
    BAD_RESULT_COUNT = "BAD_RESULT_COUNT", "a bank posting has no results or more than 20,000"
    BANK_REQUIRED = "BANK_REQUIRED", "the bank is missing"
    BASIS_REQUIRED = "BASIS_REQUIRED", "a subsidy needs its name and basis"
    BATCH_NOT_FOUND = (
        "BATCH_NOT_FOUND",
        "the payment batch does not exist or lies outside the caller's (or bank's) counties",
    )
    CANNOT_APPROVE_OWN_ROSTER = "CANNOT_APPROVE_OWN_ROSTER", "the person who compiled a roster cannot approve it"
    COMPILE_OUTSIDE_WINDOW = (
        "COMPILE_OUTSIDE_WINDOW",
        "a quarterly roster is compiled outside the county's window without a reason",
    )
    CONFLICTING_RESULT = "CONFLICTING_RESULT", "a line already has a different result"
    FUND_INSUFFICIENT = (
        "FUND_INSUFFICIENT",
        "the county fund does not cover the batch; an override with its reason is needed",
    )
    HOLDER_NOT_MEMBER = "HOLDER_NOT_MEMBER", "the account holder is not a member of the household"
    HOUSEHOLD_NOT_FOUND = (
        "HOUSEHOLD_NOT_FOUND",
        "the household does not exist or lies outside the caller's jurisdiction",
    )
    INVALID_ACCOUNT_KIND = "INVALID_ACCOUNT_KIND", "the account kind is not a known one"
    INVALID_ACCOUNT_NUMBER = "INVALID_ACCOUNT_NUMBER", "an account number is not 8 to 32 digits"
    INVALID_CYCLE = "INVALID_CYCLE", "a payment cycle is not MONTHLY or QUARTERLY"
    INVALID_EFFECTIVE_DATE = (
        "INVALID_EFFECTIVE_DATE",
        "a payment cycle does not start on the first day of a month (or quarter)",
    )
    INVALID_FAILURE_REASON = "INVALID_FAILURE_REASON", "a failed line lacks a known reason, or a paid line has one"
    INVALID_FUND_SOURCE = "INVALID_FUND_SOURCE", "a fund source is not central, provincial, city or county"
    INVALID_RESULT_STATUS = "INVALID_RESULT_STATUS", "a result's status is not PAID or FAILED"
    INVALID_STALE_DAYS = "INVALID_STALE_DAYS", "a stale-batch day count is not between 1 and 365"
    INVALID_SUBSIDY_KIND = "INVALID_SUBSIDY_KIND", "a subsidy kind is not ONE_OFF or PRICE"
    INVALID_WINDOW = "INVALID_WINDOW", "a compile window lies outside its allowed days"
    NOTHING_TO_AGGREGATE = "NOTHING_TO_AGGREGATE", "no approved roster of the county awaits a payment batch"
    NOTHING_TO_REISSUE = "NOTHING_TO_REISSUE", "no failed line has a corrected account yet"
    NO_SHORTFALL = "NO_SHORTFALL", "the fund covers the batch, so no override is needed"
    PERIOD_NOT_COUNTY_CYCLE = (
        "PERIOD_NOT_COUNTY_CYCLE",
        "the period is not one of the county's payment cycle (month or quarter)",
    )
    REASON_REQUIRED = "REASON_REQUIRED", "the action needs its reason written down"
    REFERENCE_REQUIRED = "REFERENCE_REQUIRED", "an allocation names no document"
    REGION_NOT_FOUND = "REGION_NOT_FOUND", "the county is not known"
    RESULTS_REFUSED = (
        "RESULTS_REFUSED",
        "some posted results are bad (listed in `errors`); none of the posting was recorded",
    )
    ROSTER_ALREADY_COMPILED = (
        "ROSTER_ALREADY_COMPILED",
        "the township already has a roster for the period; send it back to recompile",
    )
    ROSTER_LOCKED = "ROSTER_LOCKED", "the roster is past the step where it can be sent back or changed"
    ROSTER_NOT_FOUND = "ROSTER_NOT_FOUND", "the roster does not exist or lies outside the caller's jurisdiction"
    STAFF_AGREEMENT_REQUIRED = "STAFF_AGREEMENT_REQUIRED", "a card held by staff needs the filed written agreement"
    UNKNOWN_LINE = "UNKNOWN_LINE", "a posted result names a line that is not in the batch"
    WRONG_STATE = "WRONG_STATE", "the record is not at the step this action belongs to"
