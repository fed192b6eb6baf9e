"""The GraphQL side of connections (kernel.connections): `PageInfo`, and `XEdge`/`XConnection` for each node type.

`PageInfo` is one value type that every subgraph defines alike (`@shareable`), as Apollo Federation expects of a
type several subgraphs return. `Connection[Household]` prints as `HouseholdConnection`, `Edge[Household]` as
`HouseholdEdge`: the names Relay, Apollo and GitHub clients know.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

import strawberry

from kernel.connections import Page

T = TypeVar("T")

First = Annotated[
    int | None,
    strawberry.argument(description="从前往后取的条数 / at most this many from the start (or after `after`)"),
]
After = Annotated[
    str | None, strawberry.argument(description="从此游标之后开始 / start after this cursor (an edge's or endCursor)")
]
Last = Annotated[
    int | None,
    strawberry.argument(description="从后往前取的条数 / at most this many from the end (or before `before`)"),
]
Before = Annotated[
    str | None, strawberry.argument(description="到此游标之前为止 / stop before this cursor (an edge's or startCursor)")
]
"""The page arguments of every connection field, described once."""


@strawberry.federation.type(shareable=True, description="分页信息 / where a page lies in its list (Relay PageInfo)")
class PageInfo:
    page: strawberry.Private[Page]

    @strawberry.field(
        description="后面还有 / whether rows follow this page (paging forward: exact; backward: rows at or after `before`)"
    )
    async def has_next_page(self) -> bool:
        return await self.page.has_next_page()

    @strawberry.field(
        description="前面还有 / whether rows precede this page (paging backward: exact; forward: rows at or before `after`)"
    )
    async def has_previous_page(self) -> bool:
        return await self.page.has_previous_page()

    @strawberry.field(description="本页第一条的游标 / the cursor of the page's first edge; null for an empty page")
    def start_cursor(self) -> str | None:
        return self.page.cursor(self.page.rows[0]) if self.page.rows else None

    @strawberry.field(description="本页最后一条的游标 / the cursor of the page's last edge; null for an empty page")
    def end_cursor(self) -> str | None:
        return self.page.cursor(self.page.rows[-1]) if self.page.rows else None


@strawberry.type(description="连接中的一条 / an edge: a node and the cursor to page from it")
class Edge(Generic[T]):
    cursor: str = strawberry.field(
        description="不透明游标，作 after/before 传回 / opaque cursor, pass back as after or before"
    )
    node: T = strawberry.field(description="记录 / the record")


@strawberry.type(description="分页连接 / a page of a list: edges with cursors, page info and, when asked, the total")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="本页各条及其游标 / the page's edges, in list order")
    nodes: list[T] = strawberry.field(
        description="本页记录（无游标）/ the page's records without cursors, in list order"
    )
    page: strawberry.Private[Page]

    @strawberry.field(description="分页信息 / page info")
    def page_info(self) -> PageInfo:
        return PageInfo(page=self.page)

    @strawberry.field(
        description="总数（不计游标，仅在辖区内按筛选条件；只在请求时计数）/ rows of the whole list in your "
        "jurisdiction with these filters, cursors aside; counted only when asked"
    )
    async def total_count(self) -> int:
        return await self.page.total_count()

    @classmethod
    def of(cls, page: Page, node: Callable[[Any], Any]) -> Connection[Any]:
        """The connection of a page, each row made a GraphQL node by `node` (a type's `from_row`/`from_values`)."""
        nodes = [node(row) for row in page.rows]
        edges = [Edge(cursor=page.cursor(row), node=item) for row, item in zip(page.rows, nodes, strict=True)]
        return cls(edges=edges, nodes=nodes, page=page)


DEPRECATED = (
    "改用 {connection}（edges、pageInfo、totalCount）/ use {connection}: Relay-style cursors, pageInfo and totalCount"
)
"""The deprecation reason of an old list field, naming the connection that replaces it."""
