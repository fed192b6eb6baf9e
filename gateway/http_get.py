"""GraphQL over HTTP as Apollo Server serves it: GET requests, the CSRF preflight rule, batched bodies.

- GET /graphql?query=…&variables=…&operationName=…&extensions=… runs a query (a mutation is refused
  with 405, `Allow: POST`); variables and extensions are JSON objects in the query string.
- Any request that a browser could send cross-site without a CORS preflight (no content-type, or one of
  the three "simple" ones) must carry `apollo-require-preflight` or `x-apollo-operation-name`, or it is
  refused before anything runs: a page elsewhere cannot make a signed-in browser run an operation.
- A JSON array body (a batch) is refused with Apollo Server's "Operation batching disabled." message.

Messages are Apollo Server's, word for word, so clients written for it understand them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import orjson

from gateway.edge import RequestError
from gateway.error_codes import GatewayErrorCode
from kernel.error_codes import CommonErrorCode

PREFLIGHT_HEADERS = ("x-apollo-operation-name", "apollo-require-preflight")
SIMPLE_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")
CSRF_MESSAGE = (
    "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a "
    f"'content-type' header (with a type that is not one of {', '.join(SIMPLE_CONTENT_TYPES)}) or provide a "
    f"non-empty value for one of the following headers: {', '.join(PREFLIGHT_HEADERS)}\n"
)
BATCHING_DISABLED = "Operation batching disabled."
NO_QUERY = "GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension."
GET_CONTENT_TYPE = "GET requests may not have a content-type header other than application/json."
NO_BODY = "POST body missing, invalid Content-Type, or JSON object has no keys."
ONLY_GET_POST = "Apollo Server supports only GET/POST requests."


_MEDIA_TYPE = re.compile(r"^[!#$%&'*+.^_`|~0-9a-z-]+/[!#$%&'*+.^_`|~0-9a-z-]+$")


def media_type(content_type: str) -> str | None:
    """The essence of a content-type header (`text/plain; charset=utf-8` → `text/plain`); None if unparsable."""
    if content_type == "application/json":  # what nearly every client sends
        return content_type
    essence = content_type.split(";", 1)[0].strip().lower()
    return essence if _MEDIA_TYPE.match(essence) else None


def csrf_refusal(headers: Mapping[str, str]) -> RequestError | None:
    """Apollo Server's CSRF prevention: the error when a request could have skipped a CORS preflight."""
    content_type = headers.get("content-type")
    if content_type is not None:
        essence = media_type(content_type)
        if essence is None or essence not in SIMPLE_CONTENT_TYPES:
            return None  # a browser preflights any other content type (an unparsable one is refused later)
    if any(headers.get(name) for name in PREFLIGHT_HEADERS):
        return None
    return RequestError(CommonErrorCode.BAD_REQUEST, [CSRF_MESSAGE])


def has_operation(query_params: Mapping[str, str]) -> bool:
    """Whether a GET asks to run an operation (else it is the query page's)."""
    return "query" in query_params or "extensions" in query_params


def get_body(query_params: Any, headers: Mapping[str, str]) -> dict[str, Any]:
    """The GraphQL request in a GET's query string, as the body a POST would carry."""
    content_type = headers.get("content-type")
    if content_type is not None and media_type(content_type) != "application/json":
        raise RequestError(CommonErrorCode.BAD_REQUEST, [GET_CONTENT_TYPE], status=415)
    body: dict[str, Any] = {}
    for name in ("query", "operationName", "variables", "extensions"):
        values = query_params.getlist(name)
        if len(values) > 1:
            raise RequestError(
                CommonErrorCode.BAD_REQUEST, [f"The '{name}' search parameter may only be specified once."]
            )
        if not values:
            continue
        if name in ("variables", "extensions"):
            body[name] = _json_object(name, values[0])
        else:
            body[name] = values[0]
    if not body.get("query") and "persistedQuery" not in (body.get("extensions") or {}):
        raise RequestError(CommonErrorCode.BAD_REQUEST, [NO_QUERY])
    return body


def _json_object(name: str, text: str) -> dict[str, Any]:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        raise RequestError(
            CommonErrorCode.BAD_REQUEST, [f"The {name} search parameter contains invalid JSON."]
        ) from None
    if not isinstance(value, dict):
        raise RequestError(
            CommonErrorCode.BAD_REQUEST, [f"The {name} search parameter should contain a JSON-encoded object."]
        )
    return value


def post_body(content: bytes, headers: Mapping[str, str]) -> Any:
    """The JSON body of a POST, checked as Apollo Server checks it (JSON content type, an object with keys,
    fields of the right JSON types); a JSON array is returned as it is (a batch, refused later)."""
    content_type = headers.get("content-type")
    if content_type is None or media_type(content_type) != "application/json" or not content.strip():
        raise RequestError(CommonErrorCode.BAD_REQUEST, [NO_BODY])
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        raise RequestError(CommonErrorCode.BAD_REQUEST, ["The request body is not valid JSON."]) from None
    if isinstance(body, list):
        return body
    if not isinstance(body, dict) or not body:
        raise RequestError(CommonErrorCode.BAD_REQUEST, [NO_BODY])
    query = body.get("query")
    if query is not None and not isinstance(query, str):
        raise RequestError(CommonErrorCode.BAD_REQUEST, ["GraphQL queries must be strings."])
    for name in ("variables", "extensions"):
        value = body.get(name)
        if isinstance(value, str):
            raise RequestError(
                CommonErrorCode.BAD_REQUEST,
                [f"`{name}` in a POST body should be provided as an object, not a recursively JSON-encoded string."],
            )
        if value is not None and not isinstance(value, dict):
            raise RequestError(CommonErrorCode.BAD_REQUEST, [f"`{name}` in a POST body must be an object if provided."])
    operation = body.get("operationName")
    if operation is not None and not isinstance(operation, str):
        raise RequestError(
            CommonErrorCode.BAD_REQUEST, ["`operationName` in a POST body must be a string if provided."]
        )
    if not query and "persistedQuery" not in (body.get("extensions") or {}):
        raise RequestError(CommonErrorCode.BAD_REQUEST, [NO_QUERY])
    return body


def refuse_batch(body: Any) -> None:
    """A JSON array is a batch of operations: refused as Apollo Server refuses it by default."""
    if isinstance(body, list):
        raise RequestError(CommonErrorCode.BAD_REQUEST, [BATCHING_DISABLED])


def get_mutation_refusal(kind: str) -> RequestError:
    """A GET may only read: anything else is refused with 405 (the caller adds `Allow: POST`)."""
    return RequestError(
        CommonErrorCode.BAD_REQUEST, [f"GET requests only support query operations, not {kind} operations"], status=405
    )


def response_headers(body: Mapping[str, Any], status: int) -> dict[str, str]:
    """Headers Apollo Server sends with some answers: `Allow` with a 405, no-cache with a persisted-query miss."""
    if status == 405:
        return {"allow": "POST"}
    codes = {(e.get("extensions") or {}).get("code") for e in body.get("errors") or ()}
    if codes & {GatewayErrorCode.PERSISTED_QUERY_NOT_FOUND, GatewayErrorCode.PERSISTED_QUERY_NOT_SUPPORTED}:
        return {"cache-control": "private, no-cache, must-revalidate"}
    return {}
