"""Automatic persisted queries (APQ), as Apollo clients send them.

A client sends `extensions.persistedQuery = {version: 1, sha256Hash}` without the query text; the gateway
answers from its store, or with `PERSISTED_QUERY_NOT_FOUND`, and the client sends the text once more with
the hash. The gateway checks that the hash is the text's sha256 and, once the operation has validated,
keeps it. The store holds at most `max_entries` operations and `max_bytes` of text, least recently used
first out, so clients cannot grow the gateway's memory without bound.

Beside a trusted-operations list (gateway.edge.TrustedOperations): a hash in the list runs the listed
text. When the list is enforced (`only`), nothing is registered: a hash outside the list is not found,
and its text, sent again, is refused as before, so APQ never widens what such a gateway runs.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

from gateway.edge import RequestError, TrustedOperations
from gateway.error_codes import GatewayErrorCode
from kernel.error_codes import CommonErrorCode


class PersistedQueryError(RequestError):
    """A miss (or APQ switched off): HTTP 200, as Apollo Server answers (with a no-cache header, so that no
    cache keeps the miss once the query is registered)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, [message], status=200)


class PersistedQueries:
    """Operation texts by sha256, least recently used first out; `max_entries=0` turns APQ off."""

    def __init__(self, max_entries: int = 1000, max_bytes: int = 8 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._texts)

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0

    def get(self, digest: str) -> str | None:
        """The text registered under a hash, if it is still kept."""
        text = self._texts.get(digest)
        if text is not None:
            self._texts.move_to_end(digest)
        return text

    def put(self, digest: str, text: str) -> None:
        """Keep a text (already checked against its hash); the oldest go when the store is full."""
        size = len(text.encode())
        if not self.enabled or size > self.max_bytes:
            return
        if digest in self._texts:
            self._texts.move_to_end(digest)
            return
        self._texts[digest] = text
        self._bytes += size
        while len(self._texts) > self.max_entries or self._bytes > self.max_bytes:
            _, dropped = self._texts.popitem(last=False)
            self._bytes -= len(dropped.encode())

    def resolve(self, body: Any, trusted: TrustedOperations | None) -> tuple[Any, str | None]:
        """The request body with its query text filled in from a hash, and the hash to register once the
        operation validates (None when there is nothing to register).

        Raises `PersistedQueryError` on a miss and `RequestError` for a bad version or a hash that is not
        the text's.
        """
        extension = _persisted_query(body)
        if extension is None:
            return body, None
        if extension.get("version") != 1:
            raise RequestError(CommonErrorCode.BAD_REQUEST, ["Unsupported persisted query version"])
        digest = extension.get("sha256Hash")
        if not isinstance(digest, str):
            raise RequestError(
                CommonErrorCode.BAD_REQUEST, ['"extensions.persistedQuery.sha256Hash" must be a string.']
            )
        query = body.get("query")
        listed = trusted.operations.get(digest) if trusted is not None else None
        if query is None:
            text = listed if listed is not None else (None if _enforced(trusted) else self.get(digest))
            if text is None:
                if not self.enabled and trusted is None:
                    raise PersistedQueryError(
                        GatewayErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported"
                    )
                raise PersistedQueryError(GatewayErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound")
            return _with_query(body, text), None
        if not isinstance(query, str) or hashlib.sha256(query.encode()).hexdigest() != digest:
            raise RequestError(CommonErrorCode.BAD_REQUEST, ["provided sha does not match query"])
        register = None if listed is not None or _enforced(trusted) or not self.enabled else digest
        return _with_query(body, query), register


def _persisted_query(body: Any) -> dict[str, Any] | None:
    extensions = body.get("extensions") if isinstance(body, dict) else None
    extension = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
    return extension if isinstance(extension, dict) else None


def _enforced(trusted: TrustedOperations | None) -> bool:
    return trusted is not None and trusted.only


def _with_query(body: dict[str, Any], query: str) -> dict[str, Any]:
    """The body with its text, and without the extension: the trusted-operations check sees a plain query."""
    extensions = {k: v for k, v in body["extensions"].items() if k != "persistedQuery"}
    return {**body, "query": query, "extensions": extensions}
