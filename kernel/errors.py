"""Errors a person can act on: a code, the field at fault, and the reason in Chinese and English."""

from __future__ import annotations

import re
from typing import Any

from kernel.error_codes import CommonErrorCode

_SCHEMA_HINT = re.compile(r"\s*Did you mean\b.*$", re.S)


def without_schema_hints(message: str) -> str:
    """A validation message without its `Did you mean "household" or "households"?`: where introspection is
    closed (production), suggestions would spell out the schema a field name at a time."""
    return _SCHEMA_HINT.sub("", message)


class DomainError(Exception):
    """A refusal the caller can understand and correct; never a crash."""

    code: str = CommonErrorCode.BAD_REQUEST

    def __init__(
        self,
        message_en: str,
        message_zh: str = "",
        *,
        field: str | None = None,
        code: str | None = None,
        **details: Any,
    ) -> None:
        self.code = str(code or self.code)  # the plain text: an enum member is no JSON key
        self.field = field
        self.message_en = message_en
        self.message_zh = message_zh or message_en
        self.details = details
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """Chinese first, for the officials who read it; English for the integrators."""
        if self.message_zh == self.message_en:
            return self.message_en
        return f"{self.message_zh} ({self.message_en})"

    @property
    def recorded(self) -> dict[str, Any]:
        """What a refused attempt's audit record keeps: the code and field as the API gave them, and the reason in
        Chinese, as the auditor reads it (the English reason names stored codes)."""
        return {"code": self.code, "field": self.field, "reason": self.message_zh}

    @property
    def extensions(self) -> dict[str, Any]:
        """What GraphQL puts in `errors[].extensions` (graphql-core reads this attribute)."""
        extensions: dict[str, Any] = {"code": self.code}
        if self.field:
            extensions["field"] = self.field
        extensions["reason"] = self.message_en
        extensions["reasonZh"] = self.message_zh
        extensions.update(self.details)
        return extensions


class InvalidInput(DomainError):
    """A value that fails validation."""

    code = CommonErrorCode.BAD_USER_INPUT


class NotFound(DomainError):
    """A record that does not exist or lies outside the caller's jurisdiction."""

    code = CommonErrorCode.NOT_FOUND


class Unauthenticated(DomainError):
    """No valid token came with the request."""

    code = CommonErrorCode.UNAUTHENTICATED


class Forbidden(DomainError):
    """The caller is known but may not do this here."""

    code = CommonErrorCode.FORBIDDEN
