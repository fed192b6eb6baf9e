"""Every code the supervision service answers with beside the common ones (kernel.error_codes)."""

from kernel.error_codes import ErrorCode


class SupervisionErrorCode(ErrorCode):
    """The supervision service's own refusals; the README's error table lists each with its meaning."""

    AMOUNT_NOT_EXPECTED = "AMOUNT_NOT_EXPECTED", "MAINTAIN or STOP takes no proposed amount"
    AMOUNT_NOT_HIGHER = "AMOUNT_NOT_HIGHER", "an increase proposes more than the current amount"
    AMOUNT_NOT_LOWER = "AMOUNT_NOT_LOWER", "a decrease proposes more than 0 and less than the current amount"
    AMOUNT_REQUIRED = "AMOUNT_REQUIRED", "an increase or decrease names the proposed monthly amount"
    ANONYMOUS_REPORT = "ANONYMOUS_REPORT", "an anonymous report has nobody to answer"
    ANONYMOUS_WITH_IDENTITY = "ANONYMOUS_WITH_IDENTITY", "an anonymous report carries no name or phone"
    CAMPAIGN_NOT_FOUND = "CAMPAIGN_NOT_FOUND", "the campaign does not exist or lies outside the caller's jurisdiction"
    DATE_BEFORE_FINDING = "DATE_BEFORE_FINDING", "the visit predates the finding"
    DATE_IN_FUTURE = "DATE_IN_FUTURE", "a date of something done lies in the future"
    DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE", "a date lies outside the campaign (or in the future)"
    DEADLINE_IN_PAST = "DEADLINE_IN_PAST", "the deadline is in the past"
    DECISION_NOT_FOUND = "DECISION_NOT_FOUND", "the decision does not exist or lies outside the caller's jurisdiction"
    DECISION_TOO_OLD = "DECISION_TOO_OLD", "the decision cited predates the finding"
    FEEDBACK_MISSING = "FEEDBACK_MISSING", "a real-name reporter is answered before the complaint closes"
    FILE_TOO_LARGE = "FILE_TOO_LARGE", "a registry file above 8 MB is imported from the command line"
    FINDING_NOT_FOUND = "FINDING_NOT_FOUND", "the finding does not exist or lies outside the caller's jurisdiction"
    HOUSEHOLD_NOT_FOUND = (
        "HOUSEHOLD_NOT_FOUND",
        "the household does not exist or lies outside the caller's jurisdiction",
    )
    HOUSEHOLD_NOT_IN_CAMPAIGN = "HOUSEHOLD_NOT_IN_CAMPAIGN", "the household is not in the campaign's region"
    INVALID_BASE64 = "INVALID_BASE64", "the file content is not base64"
    INVALID_DATE = "INVALID_DATE", "a date lies outside the life of its record"
    INVALID_DATES = "INVALID_DATES", "a campaign or phase ends before it starts"
    INVALID_LEVEL = "INVALID_LEVEL", "a level is not TOWNSHIP or COUNTY"
    INVALID_LIST_KIND = "INVALID_LIST_KIND", "a campaign list is not INCREASE, DECREASE or STOP"
    INVALID_OUTCOME = "INVALID_OUTCOME", "a visit outcome is not MAINTAIN, INCREASE, DECREASE or STOP"
    INVALID_PARAMETER = "INVALID_PARAMETER", "a rule parameter is not a non-negative number"
    INVALID_PHONE = "INVALID_PHONE", "a real-name report needs a phone number to answer"
    INVALID_RESULT = "INVALID_RESULT", "a spot-check result is not a known one"
    INVALID_SHARE = "INVALID_SHARE", "a sampling share is not above 0 and at most 1"
    INVALID_TRANSITION = (
        "INVALID_TRANSITION",
        "a finding, complaint or spot check is not at the step this action belongs to",
    )
    INVALID_VERDICT = "INVALID_VERDICT", "a verdict is not a known one"
    NOT_A_TRUE_POSITIVE = "NOT_A_TRUE_POSITIVE", "only a true positive is rectified; close a false positive"
    NOT_RECTIFIED = "NOT_RECTIFIED", "a true positive is closed only after rectification"
    NO_INSPECTORS = "NO_INSPECTORS", "a spot check names at least one inspector"
    PHASES_OVERLAP = "PHASES_OVERLAP", "a campaign's phases overlap"
    REASON_REQUIRED = "REASON_REQUIRED", "a change of the case is recorded with its reason"
    REGISTRY_BUSY = "REGISTRY_BUSY", "another import of this registry kind finished first; import again"
    REGISTRY_DATE_OUT_OF_RANGE = "REGISTRY_DATE_OUT_OF_RANGE", "a registry date lies outside the accepted years"
    REGISTRY_EMPTY_FILE = "REGISTRY_EMPTY_FILE", "the registry file is empty"
    REGISTRY_ENCODING = "REGISTRY_ENCODING", "the registry file is neither UTF-8 nor GB18030/GBK text"
    REGISTRY_INVALID_AMOUNT = "REGISTRY_INVALID_AMOUNT", "a registry amount is not money between 0 and 10^12"
    REGISTRY_INVALID_DATE = "REGISTRY_INVALID_DATE", "a registry value is not a date"
    REGISTRY_INVALID_FLAG = "REGISTRY_INVALID_FLAG", "a registry value is not yes/no (是/否)"
    REGISTRY_INVALID_NUMBER = "REGISTRY_INVALID_NUMBER", "a registry value is not a whole number"
    REGISTRY_MALFORMED_FILE = "REGISTRY_MALFORMED_FILE", "the registry file cannot be read as CSV or .xlsx"
    REGISTRY_MISSING_COLUMN = "REGISTRY_MISSING_COLUMN", "the registry file lacks a required column"
    REGISTRY_REQUIRED = "REGISTRY_REQUIRED", "a required registry value is empty"
    REGISTRY_ROW_SHAPE = "REGISTRY_ROW_SHAPE", "a registry row has a different number of fields than the header"
    REGISTRY_TOO_LONG = "REGISTRY_TOO_LONG", "a registry value is longer than its column allows"
    REGISTRY_UNKNOWN_KIND = "REGISTRY_UNKNOWN_KIND", "the registry kind is not a known one"
    REQUIRED = "REQUIRED", "a required text is empty"
    SPOT_CHECK_INCOMPLETE = "SPOT_CHECK_INCOMPLETE", "some drawn households have not been visited"
    STANDARD_SET_IN_HOUSEHOLDS = (
        "STANDARD_SET_IN_HOUSEHOLDS",
        "the dibao standard is set in the households service (setStandard), not as a rule parameter",
    )
    TOO_FEW_VISITORS = "TOO_FEW_VISITORS", "a verification visit needs at least two visitors"
    UNKNOWN_PARAMETER = "UNKNOWN_PARAMETER", "the rule parameter is not a known one"
    UNKNOWN_RULE = "UNKNOWN_RULE", "the inspection rule is not a known one"
    WRONG_TOWNSHIP = "WRONG_TOWNSHIP", "the township named is not the record's township"
