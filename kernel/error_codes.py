"""Error codes: each service has one enum of the codes it answers with; this module holds the common ones.

A code is what clients match on (`errors[].extensions.code`); each member carries the meaning the README's error
table gives, and a test holds the enums, the code and the table together.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """A code (the member's value, equal to its name) and its meaning in one line."""

    meaning: str

    def __new__(cls, code: str, meaning: str) -> ErrorCode:
        member = str.__new__(cls, code)
        member._value_ = code
        member.meaning = meaning
        return member


class CommonErrorCode(ErrorCode):
    """Codes every subgraph may answer with: authentication, the value types (kernel.values), input checks."""

    AMBIGUOUS_PAGE = "AMBIGUOUS_PAGE", "a connection was asked for both first and last"
    AMOUNT_OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE", "an amount is wider than the money columns hold"
    BAD_PAGE_SIZE = (
        "BAD_PAGE_SIZE",
        "a page size (`first`, or a connection's `last`) is below 1 or above the list's maximum",
    )
    BAD_REQUEST = "BAD_REQUEST", "the request was refused for a reason its message gives"
    BAD_USER_INPUT = "BAD_USER_INPUT", "a value fails validation; `field` names it and the message says why"
    FORBIDDEN = "FORBIDDEN", "the caller may not do this here (role or jurisdiction)"
    FOREIGN_CURSOR = "FOREIGN_CURSOR", "a connection cursor belongs to another list"
    INTERNAL_CALL_FAILED = "INTERNAL_CALL_FAILED", "another service did not answer an internal call"
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR", "an unexpected failure; quote the trace id to the operators"
    INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED", "schema introspection is closed to the caller (production)"
    INVALID_AMOUNT = (
        "INVALID_AMOUNT",
        "an amount is not money with at most two decimals (or not above zero where it must be)",
    )
    INVALID_CURSOR = "INVALID_CURSOR", "a feed cursor was not issued by this feed"
    INVALID_ID = "INVALID_ID", "an id is not a record number from 1 to 2^63-1"
    INVALID_ID_BIRTH_DATE = "INVALID_ID_BIRTH_DATE", "an ID number holds an impossible or out-of-range birth date"
    INVALID_ID_CHECKSUM = "INVALID_ID_CHECKSUM", "an ID number's check digit does not match (GB 11643-1999)"
    INVALID_ID_NUMBER = "INVALID_ID_NUMBER", "an ID number is not 17 digits and a digit or X"
    INVALID_PERIOD = "INVALID_PERIOD", "a period is not a month (2026-07) or a quarter (2026Q3) of 1950-2999"
    INVALID_REGION_CODE = "INVALID_REGION_CODE", "a region code is not 12 digits"
    INVALID_TEXT = "INVALID_TEXT", "a text holds a control character such as NUL"
    INVALID_TOKEN = "INVALID_TOKEN", "the token's signature, audience or user is not valid"
    INVALID_VALUE = "INVALID_VALUE", "a value is not valid for its type"
    NOT_FOUND = "NOT_FOUND", "the record does not exist or lies outside the caller's jurisdiction"
    OUT_OF_RANGE = "OUT_OF_RANGE", "a number (a page size, a day count) or date lies outside its allowed range"
    RECUSAL_REQUIRED = (
        "RECUSAL_REQUIRED",
        "the caller or a participant is a filed relative of the household and must recuse",
    )
    REGION_NOT_A_COUNTY = "REGION_NOT_A_COUNTY", "the region code names no county or district"
    REGION_NOT_A_TOWNSHIP = "REGION_NOT_A_TOWNSHIP", "the region code names no township or street office"
    REGION_NOT_A_VILLAGE = (
        "REGION_NOT_A_VILLAGE",
        "the region code names no village or community (households are registered there)",
    )
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE", "the request body is larger than the limit"
    SEPARATION_OF_DUTIES = (
        "SEPARATION_OF_DUTIES",
        "the caller did an earlier step on this record and may not also do this one",
    )
    TOKEN_EXPIRED = "TOKEN_EXPIRED", "the token has expired; refresh it or sign in again"
    TOO_LONG = "TOO_LONG", "a text is longer than its field allows"
    UNAUTHENTICATED = "UNAUTHENTICATED", "no valid bearer token came with the request"
