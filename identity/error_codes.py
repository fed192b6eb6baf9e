"""Every code the identity service (sign-in, tokens, users) answers with beside the common ones (kernel.error_codes)."""

from kernel.error_codes import ErrorCode


class IdentityErrorCode(ErrorCode):
    """The identity service's own refusals; the README's error table lists each with its meaning."""

    GRANT_EXISTS = "GRANT_EXISTS", "the user already holds the role in the region"
    GRANT_NOT_FOUND = "GRANT_NOT_FOUND", "the user does not hold the role in the region"
    INVALID_CLIENT = (
        "INVALID_CLIENT",
        "client credentials were used by a person's account (people sign in with the password grant)",
    )
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS", "wrong username or password"
    INVALID_USERNAME = "INVALID_USERNAME", "a username is not 1-64 letters, digits, '.', '-' or '_'"
    TOKEN_REUSED = "TOKEN_REUSED", "a refresh token was used twice; the session is ended, sign in again"
    TOKEN_REVOKED = "TOKEN_REVOKED", "the token or its session was signed out, revoked or ended"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS", "too many sign-in attempts; try again after the seconds the answer gives"
    UNKNOWN_ROLE = "UNKNOWN_ROLE", "the role is not one the policy defines"
    USER_EXISTS = "USER_EXISTS", "a user of that name exists"
    USER_NOT_FOUND = "USER_NOT_FOUND", "no user of that name"
