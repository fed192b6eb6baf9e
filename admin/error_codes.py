"""Every code the admin UI answers with beside the common ones (kernel.error_codes) and the identity service's."""

from kernel.error_codes import ErrorCode


class AdminErrorCode(ErrorCode):
    """The admin's own refusals; the README's error table lists each with its meaning."""

    CSRF_FOREIGN_ORIGIN = (
        "CSRF_FOREIGN_ORIGIN",
        "a form was posted from another origin than the admin's own (or named none)",
    )
    CSRF_FORM_TOO_LARGE = "CSRF_FORM_TOO_LARGE", "a posted form is larger than 1 MiB"
    CSRF_TOKEN_INVALID = "CSRF_TOKEN_INVALID", "a posted form lacks the session's form token or carries another"
    NOTE_EMPTY = "NOTE_EMPTY", "an audit note is empty"
    NOTE_TOO_LONG = "NOTE_TOO_LONG", "an audit note is longer than 2,000 characters"
    PASSWORD_REQUIRED = "PASSWORD_REQUIRED", "a new user needs a password"
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT", "a password has fewer than 8 characters"
