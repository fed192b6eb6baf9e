"""The subgraphs' execution shortcut for plain scalar and enum fields answers exactly as graphql-core's general path
does — values, nulls, refused values and their errors — and skips the per-field resolve info it exists to save."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import strawberry
from strawberry.permission import BasePermission
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from kernel.subgraph import LeafExecutionContext


@strawberry.enum
class Status(enum.Enum):
    PAID = "PAID"
    FAILED = "FAILED"


class Everyone(BasePermission):
    def has_permission(self, source, info, **kwargs) -> bool:
        return True


@strawberry.type
class Line:
    period: str
    amount: Decimal
    status: Status
    paid_on: dt.date | None
    count: int
    note: str | None = None

    @strawberry.field(permission_classes=[Everyone])
    def guarded(self) -> str:
        return self.period


def _lines() -> list[Line]:
    return [
        Line(period="2026-10", amount=Decimal("512.50"), status=Status.PAID, paid_on=dt.date(2026, 10, 10), count=3),
        Line(period="2026-11", amount=Decimal("0.00"), status=Status.FAILED, paid_on=None, count=0, note="退回"),
        # what a bad row would hold: a null where the schema promises a value, a value the scalar refuses
        Line(period=None, amount=Decimal("1.00"), status=Status.PAID, paid_on=None, count=1),  # type: ignore[arg-type]
        Line(period="2026-12", amount=Decimal("1.00"), status=Status.PAID, paid_on=None, count="many"),  # type: ignore[arg-type]
    ]


@strawberry.type
class Query:
    @strawberry.field
    def lines(self) -> list[Line | None]:
        return _lines()

    @strawberry.field
    async def later(self) -> list[Line | None]:
        return _lines()


QUERY = "{ lines { period amount status paidOn count note guarded } }"


def _answer(context_class) -> tuple[dict, list[dict]]:
    schema = strawberry.Schema(query=Query, execution_context_class=context_class)
    result = schema.execute_sync(QUERY)
    errors = sorted((e.formatted for e in result.errors or ()), key=lambda e: str(e["path"]))
    return result.data, errors


def test_the_shortcut_answers_values_nulls_and_refusals_exactly_as_the_general_path():
    # when the same query runs with the shortcut and without it
    shortcut, general = _answer(LeafExecutionContext), _answer(StrawberryGraphQLCoreExecutionContext)
    # then data and errors are the same, field for field
    assert shortcut == general
    data, errors = shortcut
    assert data["lines"][0] == {
        "period": "2026-10",
        "amount": "512.50",
        "status": "PAID",
        "paidOn": "2026-10-10",
        "count": 3,
        "note": None,
        "guarded": "2026-10",
    }
    assert data["lines"][1]["paidOn"] is None and data["lines"][1]["note"] == "退回"
    # and each bad row is null with the general path's error, at its path
    assert data["lines"][2] is None and data["lines"][3] is None
    assert [(e["path"], e["message"]) for e in errors] == [
        (["lines", 2, "period"], "Cannot return null for non-nullable field Line.period."),
        (["lines", 3, "count"], "Int cannot represent non-integer value: 'many'"),
    ]


async def test_plain_fields_are_answered_without_building_their_resolve_info(monkeypatch):
    # given a count of the resolve infos graphql-core builds
    built: list[str] = []
    original = StrawberryGraphQLCoreExecutionContext.build_resolve_info

    def counting(self, field_def, field_nodes, parent_type, path):
        built.append(f"{parent_type.name}.{field_nodes[0].name.value}")
        return original(self, field_def, field_nodes, parent_type, path)

    monkeypatch.setattr(StrawberryGraphQLCoreExecutionContext, "build_resolve_info", counting)
    schema = strawberry.Schema(query=Query, execution_context_class=LeafExecutionContext)
    # when two good rows' plain fields are asked for, directly and below an awaited field
    result = await schema.execute("{ later { amount status count note guarded } }")
    # then only the root field, the permission-guarded field and the refused value built one (graphql-core stops at
    # a row's first error, so the refused row's guarded field is never reached)
    assert result.data is not None and result.data["later"][0]["amount"] == "512.50"
    assert sorted(set(built)) == ["Line.count", "Line.guarded", "Query.later"]
    assert built.count("Line.guarded") == 3 and built.count("Line.count") == 1
