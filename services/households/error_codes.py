"""Every code the households service answers with beside the common ones (kernel.error_codes)."""

from kernel.error_codes import ErrorCode


class HouseholdsErrorCode(ErrorCode):
    """The households service's own refusals; the README's error table lists each with its meaning."""

    ALREADY_ANSWERED = "ALREADY_ANSWERED", "the entry-check hit is answered already"
    AMOUNT_REQUIRED = "AMOUNT_REQUIRED", "the programme pays a monthly amount, and none was given"
    ANSWER_REQUIRED = "ANSWER_REQUIRED", "an answer to an entry-check hit says what was found"
    APPLICATION_NOT_FOUND = (
        "APPLICATION_NOT_FOUND",
        "the application does not exist or lies outside the caller's jurisdiction",
    )
    CASE_NOT_IN_CARE = "CASE_NOT_IN_CARE", "the household is not in dibao care, so its case cannot change"
    CHANGE_MISMATCHES_ASSESSMENT = (
        "CHANGE_MISMATCHES_ASSESSMENT",
        "the change asked for does not match the reassessment's outcome",
    )
    CLASS_EXTRA_PAYS_NOTHING = "CLASS_EXTRA_PAYS_NOTHING", "a class raise would pay nothing"
    DATE_IN_FUTURE = "DATE_IN_FUTURE", "a date of something done lies in the future"
    DECISION_NOT_FOUND = "DECISION_NOT_FOUND", "the decision does not exist or lies outside the caller's jurisdiction"
    DOOR_PLATES_NOT_USED = "DOOR_PLATES_NOT_USED", "the county does not use door plates"
    DOOR_PLATE_ALREADY_UP = "DOOR_PLATE_ALREADY_UP", "the household's door plate is up already"
    DOOR_PLATE_NOT_UP = "DOOR_PLATE_NOT_UP", "the household has no door plate up"
    DOOR_PLATE_REFUSED = "DOOR_PLATE_REFUSED", "a door plate (挂牌) cannot be put up or taken down as asked"
    DRAW_CONFLICT = "DRAW_CONFLICT", "another draw took some of the cases at the same moment; draw again"
    DRAW_REFUSED = "DRAW_REFUSED", "the county's visit draw cannot be made as asked"
    DUPLICATE_MEMBER = "DUPLICATE_MEMBER", "a home visit record lists a member present twice"
    DUPLICATE_PARTICIPANT = "DUPLICATE_PARTICIPANT", "a participant is listed twice"
    DUPLICATE_PHOTO = "DUPLICATE_PHOTO", "a home visit record names a photo twice"
    DUPLICATE_STANDARD = "DUPLICATE_STANDARD", "a standard from that date exists already"
    ELIGIBLE_FOR_DIBAO = "ELIGIBLE_FOR_DIBAO", "the household is eligible for dibao: apply for dibao instead"
    ENTRY_CHECK_UNANSWERED = "ENTRY_CHECK_UNANSWERED", "an entry-check hit is still unanswered"
    ENTRY_CHECK_UNAVAILABLE = "ENTRY_CHECK_UNAVAILABLE", "the registry entry check could not be run; try again"
    EXTENSION_BEYOND_LIMIT = (
        "EXTENSION_BEYOND_LIMIT",
        "the extension would take the clock past its ceiling of working days",
    )
    HIT_NOT_FOUND = "HIT_NOT_FOUND", "the entry-check hit does not exist or lies outside the caller's jurisdiction"
    HOLIDAY_DUPLICATE_DATE = "HOLIDAY_DUPLICATE_DATE", "a holiday line repeats a date"
    HOLIDAY_FILE_EMPTY = "HOLIDAY_FILE_EMPTY", "the holiday file lists no days"
    HOLIDAY_FILE_ENCODING = "HOLIDAY_FILE_ENCODING", "the holiday file is neither UTF-8 nor GB18030/GBK text"
    HOLIDAY_FILE_HEADER = "HOLIDAY_FILE_HEADER", "the holiday file's first line is not the header date,kind,name"
    HOLIDAY_FILE_INVALID = (
        "HOLIDAY_FILE_INVALID",
        "the holiday file has bad lines (listed in `errors`); nothing was imported",
    )
    HOLIDAY_KIND = "HOLIDAY_KIND", "a holiday line's kind is neither holiday nor workday"
    HOLIDAY_NAME = "HOLIDAY_NAME", "a holiday line's name is empty or longer than 32 characters"
    HOLIDAY_WORKDAY_ON_WEEKDAY = "HOLIDAY_WORKDAY_ON_WEEKDAY", "a make-up working day falls on a weekday"
    HOLIDAY_YEAR_UNKNOWN = (
        "HOLIDAY_YEAR_UNKNOWN",
        "the working-day clock reaches a year whose holiday notice is not loaded",
    )
    HOME_VISIT_REQUIRED = "HOME_VISIT_REQUIRED", "the case needs the county's home visit before this step"
    HOUSEHOLD_NOT_FOUND = (
        "HOUSEHOLD_NOT_FOUND",
        "the household does not exist or lies outside the caller's jurisdiction",
    )
    ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION", "the application is not at the step this action belongs to"
    INVALID_AREA = (
        "INVALID_AREA",
        "a floor area is not square metres above 0 and below 100,000 with at most two decimals",
    )
    INVALID_DATE = "INVALID_DATE", "a date is not a calendar date like 2027-01-01"
    INVALID_DATES = "INVALID_DATES", "a period ends before it begins"
    INVALID_HOUSING_CONDITION = "INVALID_HOUSING_CONDITION", "a housing condition is not a known one"
    INVALID_HOUSING_TYPE = "INVALID_HOUSING_TYPE", "a housing type is not a known one"
    INVALID_NUMBER = "INVALID_NUMBER", "a setting that must be a number is not one"
    INVALID_PERCENT = "INVALID_PERCENT", "a class raise is more than 100%"
    INVALID_QUANTITY = "INVALID_QUANTITY", "a quantity of assets seen is not between 1 and 10,000"
    INVALID_REVIEW_CLASS = "INVALID_REVIEW_CLASS", "a review class is not 1, 2 or 3"
    INVALID_SEED = "INVALID_SEED", "a draw's seed is not 1 to 64 printable characters"
    INVALID_SETTING = "INVALID_SETTING", "a county setting has a value outside its allowed range"
    INVALID_VOTE = "INVALID_VOTE", "a vote is not FOR, AGAINST or ABSTAIN"
    INVALID_WORKING_DAYS = "INVALID_WORKING_DAYS", "an extension adds at least one working day"
    JOINT_REVIEW_INCOMPLETE = "JOINT_REVIEW_INCOMPLETE", "the joint review lacks one of its required roles"
    MEMBERS_PRESENT_REQUIRED = "MEMBERS_PRESENT_REQUIRED", "a home visit record names no member present"
    MEMBER_DECEASED = "MEMBER_DECEASED", "the member is recorded as deceased"
    MEMBER_NOT_IN_HOUSEHOLD = (
        "MEMBER_NOT_IN_HOUSEHOLD",
        "a person named on a home visit record is not a member of the household",
    )
    NEAR_POVERTY_ASSETS = "NEAR_POVERTY_ASSETS", "assets exceed the local near-poverty limits"
    NEAR_POVERTY_INCOME_TOO_HIGH = (
        "NEAR_POVERTY_INCOME_TOO_HIGH",
        "per-capita income is not below the near-poverty limit",
    )
    NEAR_POVERTY_IN_CARE = "NEAR_POVERTY_IN_CARE", "a household in dibao care is not near-poverty"
    NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT", "an amount may not be negative"
    NOTHING_TO_DRAW = "NOTHING_TO_DRAW", "no case awaiting county approval is left for a draw"
    NOTICE_STILL_RUNNING = "NOTICE_STILL_RUNNING", "the public notice has not run its days yet"
    NOT_DUE_FOR_REVIEW = (
        "NOT_DUE_FOR_REVIEW",
        "the household is not due for its periodic review, so no renewal is opened",
    )
    NOT_ELIGIBLE = "NOT_ELIGIBLE", "the household is not eligible on the recorded income and assets"
    NOT_IN_CARE = "NOT_IN_CARE", "only a household in care gets a door plate"
    NO_AMOUNT_EXPECTED = "NO_AMOUNT_EXPECTED", "the programme carries no amount of its own"
    NO_STANDARD = "NO_STANDARD", "no dibao standard is in force for the region, urban/rural kind and date"
    NO_WORK_INCOME = "NO_WORK_INCOME", "a grace exit is only for households lifted out by work income"
    PANEL_REFUSED = "PANEL_REFUSED", "the panel (democratic review or joint review) cannot be recorded as given"
    PERSON_IN_ANOTHER_HOUSEHOLD = (
        "PERSON_IN_ANOTHER_HOUSEHOLD",
        "the ID number already belongs to a member of another household",
    )
    PERSON_NOT_FOUND = "PERSON_NOT_FOUND", "the member does not exist or lies outside the caller's jurisdiction"
    PHOTO_ALREADY_USED = "PHOTO_ALREADY_USED", "the photo is on another visit record already"
    PHOTO_CONTENT_MISMATCH = "PHOTO_CONTENT_MISMATCH", "the content is not a whole image of the type declared"
    PHOTO_EMPTY = "PHOTO_EMPTY", "the photo is empty"
    PHOTO_NOT_FOUND = "PHOTO_NOT_FOUND", "the visit photo does not exist or lies outside the caller's jurisdiction"
    PHOTO_REFUSED = "PHOTO_REFUSED", "an upload is not a photo this system keeps"
    PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE", "the photo is larger than the limit"
    PHOTO_TYPE_NOT_ALLOWED = "PHOTO_TYPE_NOT_ALLOWED", "only JPEG and PNG photos are kept"
    PROGRAMME_ALREADY_ENDED = "PROGRAMME_ALREADY_ENDED", "the programme membership has already ended"
    PROGRAMME_ALREADY_OPEN = "PROGRAMME_ALREADY_OPEN", "the household is already in this programme"
    PROGRAMME_MEMBERSHIP_NOT_FOUND = (
        "PROGRAMME_MEMBERSHIP_NOT_FOUND",
        "the programme membership does not exist or lies outside the caller's jurisdiction",
    )
    PROGRAMME_OVERLAPS_DIBAO = "PROGRAMME_OVERLAPS_DIBAO", "extreme-poverty support and dibao exclude each other"
    PROGRAMME_REFUSED = "PROGRAMME_REFUSED", "the programme membership cannot be opened or changed as asked"
    QUORUM_NOT_MET = "QUORUM_NOT_MET", "a democratic review has fewer signed participants than required"
    REASON_REQUIRED = "REASON_REQUIRED", "the action needs its reason written down"
    RECORDER_NOT_SIGNER = "RECORDER_NOT_SIGNER", "whoever records a home visit is one of the officers who signed it"
    REQUIRED = "REQUIRED", "a required text on a home visit record is empty"
    SIGNATURES_REQUIRED = "SIGNATURES_REQUIRED", "a home visit is signed by at least two different officers"
    SIGNATURE_MISSING = "SIGNATURE_MISSING", "a listed participant has not signed"
    SINGLE_PERSON_BASIS_UNSUPPORTED = (
        "SINGLE_PERSON_BASIS_UNSUPPORTED",
        "the member's recorded circumstances do not support the single-person basis",
    )
    TOO_MANY = "TOO_MANY", "a home visit record has more lines or photos than allowed"
    UNKNOWN_ASSET_KIND = "UNKNOWN_ASSET_KIND", "an asset seen is not of a known kind"
    UNKNOWN_EXTRA_TARGET = "UNKNOWN_EXTRA_TARGET", "an extra payment names an unknown target"
    UNKNOWN_KIND = "UNKNOWN_KIND", "an application kind filter is not NEW or RENEWAL"
    UNKNOWN_PROGRAMME = "UNKNOWN_PROGRAMME", "the assistance programme is not a known one"
    UNKNOWN_REGION = "UNKNOWN_REGION", "the region code is not in the region table"
    UNKNOWN_ROLE = "UNKNOWN_ROLE", "a participant's role is not one of the panel roles"
    UNKNOWN_STATE = "UNKNOWN_STATE", "a worklist state filter is not a known state"
    UNKNOWN_STEP = "UNKNOWN_STEP", "a worklist step filter is not a known step"
    VISITOR_NOT_INDEPENDENT = (
        "VISITOR_NOT_INDEPENDENT",
        "the county's visit is made by others than the township's investigators",
    )
    VISIT_RECORD_REQUIRED = (
        "VISIT_RECORD_REQUIRED",
        "the case was drawn for the county's visit, whose record is missing",
    )
