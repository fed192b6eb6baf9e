"""Every code the workbench answers with of its own; beside these it shows the API's codes as the API gave them."""

from kernel.error_codes import ErrorCode


class WorkbenchErrorCode(ErrorCode):
    """The workbench's own refusals; the README's error table lists each with its meaning."""

    CSRF_REFUSED = (
        "CSRF_REFUSED",
        "a form was posted from another origin, or with a stale or missing form token",
    )
    UNKNOWN_STEP = "UNKNOWN_STEP", "a case page's form names a step that is not one of the workflow's"
