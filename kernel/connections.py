"""Relay-style connections — 分页连接: opaque keyset cursors, page windows and pages, the same for every list.

A list that pages offers a connection beside its old field: `edges { cursor node }`, `nodes`, `pageInfo` and
`totalCount`. Both read one queryset, built by the list's domain module (`findings_query`, `rosters_query` …): the
connection pages it with `page`, the old field with `listed`. A cursor is the row's sort key (the same column the
old field pages on), named after the list it came from and signed with a key derived from the deployment's token
secret, then base64url-encoded: clients treat it as opaque, a changed byte is `INVALID_CURSOR`, a cursor of another
list is `FOREIGN_CURSOR`. Keys are unique and rows are read by keyset (`id > after`), so a row added while a client
pages lands in its place in the order and is never read twice or pushes another row off a page. A cursor carries no
jurisdiction: each page is read through the same scoped query as the old field, so a cursor handed to someone else
shows them only their own rows.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kernel.error_codes import CommonErrorCode
from kernel.errors import InvalidInput
from kernel.settings import get_settings
from kernel.values import check_page

MAC_BYTES = 9
SCAN_CHUNK = 500
"""Rows read at a time when a page drops rows after reading them (the worklist's recusal)."""

Admit = Callable[[list[Any]], Awaitable[list[Any]]]
"""Keeps the rows of a chunk the caller may see, when SQL alone cannot say (recusal)."""


@lru_cache(maxsize=4)
def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), b"dibao connection cursor v1", hashlib.sha256).digest()


def _mac(payload: bytes) -> bytes:
    return hmac.new(_key(get_settings().jwt_secret), payload, hashlib.sha256).digest()[:MAC_BYTES]


def encode(connection: str, key: int) -> str:
    """The opaque cursor of the row whose sort key is `key` in the list `connection`."""
    payload = f"{connection}:{key}".encode()
    return base64.urlsafe_b64encode(payload + _mac(payload)).rstrip(b"=").decode()


def _invalid(argument: str) -> InvalidInput:
    return InvalidInput(
        f"{argument} is not a cursor this list gave out (changed, cut short or made up)",
        f"{argument} 不是本列表给出的游标（被改动、截断或伪造）",
        field=argument,
        code=CommonErrorCode.INVALID_CURSOR,
    )


def decode(connection: str, cursor: str, *, argument: str) -> int:
    """The sort key a cursor stands for; refuses a cursor that was altered or belongs to another list."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    except (binascii.Error, ValueError):
        raise _invalid(argument) from None
    payload, mac = raw[:-MAC_BYTES], raw[-MAC_BYTES:]
    if len(raw) <= MAC_BYTES or not hmac.compare_digest(mac, _mac(payload)):
        raise _invalid(argument)
    name, _, key = payload.decode("utf-8", "replace").rpartition(":")
    if name != connection:
        raise InvalidInput(
            f"{argument} is a cursor of another list ({name}); use a cursor from {connection}",
            f"{argument} 是其他列表的游标，请使用本列表（{connection}）给出的游标",
            field=argument,
            code=CommonErrorCode.FOREIGN_CURSOR,
            cursorOf=name,
        )
    try:
        return int(key)
    except ValueError:
        raise _invalid(argument) from None


@dataclass(frozen=True)
class Window:
    """What a client asked for: at most `size` rows after `after` and before `before`, from the start (first) or
    from the end (last) of that range."""

    connection: str
    size: int
    forward: bool
    after: int | None = None
    before: int | None = None


def window(
    connection: str,
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    maximum: int,
    default: int = 50,
) -> Window:
    """Checks the page arguments as a whole: a size within 1..maximum, never first and last together, cursors of
    this list. Neither size given means the first `default` rows, as the old fields do."""
    if first is not None and last is not None:
        raise InvalidInput(
            "give first or last, not both",
            "first 与 last 只能给一个",
            field="last",
            code=CommonErrorCode.AMBIGUOUS_PAGE,
        )
    for name, size in (("first", first), ("last", last)):
        if size is not None:
            check_page(size, maximum=maximum, field=name)
    return Window(
        connection=connection,
        size=last if last is not None else (first if first is not None else default),
        forward=last is None,
        after=None if after is None else decode(connection, after, argument="after"),
        before=None if before is None else decode(connection, before, argument="before"),
    )


def _key_of(row: Any, key: str) -> int:
    return int(row[key] if isinstance(row, dict) else getattr(row, key))


async def _models(query: Any) -> list[Any]:
    return list(await query)


@dataclass
class Page:
    """A page of rows in list order, with what the connection's `pageInfo` and `totalCount` need — the checks that
    cost a query (rows beyond the window's far side, the total) run only when a client asks for them."""

    rows: list[Any]
    window: Window
    query: Any = field(repr=False)
    key: str
    descending: bool
    fetch: Callable[[Any], Awaitable[list[Any]]] = field(repr=False)
    admit: Admit | None = field(repr=False)
    more: bool = False
    _total: int | None = None

    def cursor(self, row: Any) -> str:
        return encode(self.window.connection, _key_of(row, self.key))

    async def has_next_page(self) -> bool:
        if self.window.forward:
            return self.more
        return self.window.before is not None and await self._beyond(self.window.before, ahead=True)

    async def has_previous_page(self) -> bool:
        if not self.window.forward:
            return self.more
        return self.window.after is not None and await self._beyond(self.window.after, ahead=False)

    async def total_count(self) -> int:
        """Rows of the whole list in the caller's jurisdiction with its filters, cursors aside; counted once."""
        if self._total is None:
            if self.admit is None:
                self._total = await self.query.count()
            else:
                self._total = len(
                    await _take(
                        self.query,
                        self.key,
                        self.descending,
                        forward=True,
                        limit=None,
                        fetch=self.fetch,
                        admit=self.admit,
                    )
                )
        return self._total

    async def _beyond(self, bound: int, *, ahead: bool) -> bool:
        """Whether a row lies at or past a cursor's row, in the list's order (ahead) or against it."""
        later = ahead != self.descending
        query = self.query.filter(**{f"{self.key}__{'gte' if later else 'lte'}": bound})
        if self.admit is None:
            return bool(await query.exists())
        return bool(
            await _take(query, self.key, self.descending, forward=ahead, limit=1, fetch=self.fetch, admit=self.admit)
        )


async def _take(
    query: Any,
    key: str,
    descending: bool,
    *,
    forward: bool,
    limit: int | None,
    fetch: Callable[[Any], Awaitable[list[Any]]],
    admit: Admit | None,
) -> list[Any]:
    """Up to `limit` rows (all when None) of `query` walking the list's order forward or backward; with `admit`,
    chunk by chunk, dropping the rows it refuses, so a page stays full."""
    ascending = forward != descending
    ordered = query.order_by(key if ascending else f"-{key}")
    if admit is None:
        return list(await fetch(ordered if limit is None else ordered.limit(limit)))
    rows: list[Any] = []
    while limit is None or len(rows) < limit:
        chunk = list(await fetch(ordered.limit(SCAN_CHUNK)))
        if not chunk:
            break
        rows.extend(await admit(chunk))
        last = _key_of(chunk[-1], key)
        ordered = query.filter(**{f"{key}__{'gt' if ascending else 'lt'}": last}).order_by(
            key if ascending else f"-{key}"
        )
    return rows if limit is None else rows[:limit]


async def listed(
    query: Any,
    *,
    first: int,
    after: int | None,
    key: str = "id",
    descending: bool = False,
    fetch: Callable[[Any], Awaitable[list[Any]]] = _models,
    admit: Admit | None = None,
) -> list[Any]:
    """A page of an old list field: up to `first` rows of the scoped, filtered queryset its connection pages, after
    the row whose sort key is `after`, in the list's order; `fetch` and `admit` as for `page`."""
    if after is not None:
        query = query.filter(**{f"{key}__{'lt' if descending else 'gt'}": after})
    return await _take(query, key, descending, forward=True, limit=first, fetch=fetch, admit=admit)


async def page(
    query: Any,
    window: Window,
    *,
    key: str = "id",
    descending: bool = False,
    fetch: Callable[[Any], Awaitable[list[Any]]] = _models,
    admit: Admit | None = None,
) -> Page:
    """One page of a scoped, filtered queryset by keyset on its unique sort key `key` (ascending unless
    `descending`, as the old field lists it). `fetch` turns a queryset into rows (models, or `.values(...)` for
    lists read as plain values); `admit` drops the rows of a chunk the caller may not see when SQL cannot say."""
    bounded = query
    later, earlier = ("lt", "gt") if descending else ("gt", "lt")
    if window.after is not None:
        bounded = bounded.filter(**{f"{key}__{later}": window.after})
    if window.before is not None:
        bounded = bounded.filter(**{f"{key}__{earlier}": window.before})
    rows = await _take(
        bounded, key, descending, forward=window.forward, limit=window.size + 1, fetch=fetch, admit=admit
    )
    more = len(rows) > window.size
    rows = rows[: window.size]
    if not window.forward:
        rows.reverse()
    return Page(
        rows=rows, window=window, query=query, key=key, descending=descending, fetch=fetch, admit=admit, more=more
    )
