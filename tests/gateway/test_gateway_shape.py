"""Shaping merged data into the client's selection: objects of scalars kept as they came only when they already are
the client's objects; otherwise rebuilt in the client's order, without internal fields, with null propagation."""

from __future__ import annotations

from graphql import build_schema, parse

from gateway.plan import Operation
from gateway.selection import normalize
from gateway.shape import shape_data

SCHEMA = build_schema(
    """
    type Query { households: [Household!]! }
    type Household { id: ID! payments: [Payment!] }
    type Payment { period: String! amount: String }
    """
)


def shaped(query: str, data: dict) -> tuple[dict | None, list[dict]]:
    document = parse(query)
    selections = normalize(document.definitions[0].selection_set, {})  # type: ignore[attr-defined]
    operation = Operation(kind="query", name=None, root_type="Query", selections=selections, schema=SCHEMA)
    errors: list[dict] = []
    return shape_data(operation, data, {}, errors), errors


def test_a_payment_holding_exactly_the_clients_fields_in_order_is_kept_as_it_came():
    payment = {"period": "2026-10", "amount": "500.00"}
    data, errors = shaped(
        "{ households { id payments { period amount } } }", {"households": [{"id": "1", "payments": [payment]}]}
    )
    assert errors == [] and data == {"households": [{"id": "1", "payments": [payment]}]}
    assert data["households"][0]["payments"][0] is payment


def test_a_payment_in_another_order_or_with_internal_fields_is_rebuilt_in_the_clients_order():
    reordered = {"amount": "500.00", "period": "2026-10"}
    extra = {"period": "2026-11", "amount": "500.00", "__typename": "Payment"}
    data, errors = shaped(
        "{ households { id payments { period amount } } }",
        {"households": [{"id": "1", "payments": [reordered, extra]}]},
    )
    assert errors == []
    payments = data["households"][0]["payments"]
    assert [list(p) for p in payments] == [["period", "amount"], ["period", "amount"]]
    assert payments == [{"period": "2026-10", "amount": "500.00"}, {"period": "2026-11", "amount": "500.00"}]
    assert payments[0] is not reordered and payments[1] is not extra


def test_a_null_in_a_non_null_scalar_nulls_the_list_and_says_where():
    data, errors = shaped(
        "{ households { id payments { period amount } } }",
        {
            "households": [
                {"id": "1", "payments": [{"period": "2026-10", "amount": None}, {"period": None, "amount": "1"}]}
            ]
        },
    )
    assert data == {"households": [{"id": "1", "payments": None}]}
    assert errors == [
        {
            "message": 'Cannot return null for non-nullable field "period".',
            "path": ["households", 0, "payments", 1, "period"],
        }
    ]


def test_a_list_of_payments_each_exactly_the_clients_is_kept_as_it_came_and_one_that_is_not_is_rebuilt():
    kept = [{"period": "2026-10", "amount": "500.00"}, {"period": "2026-11", "amount": None}]
    mixed = [{"period": "2026-10", "amount": "500.00"}, {"amount": "1.00", "period": "2026-11"}]
    data, errors = shaped(
        "{ households { id payments { period amount } } }",
        {"households": [{"id": "1", "payments": kept}, {"id": "2", "payments": mixed}]},
    )
    assert errors == []
    # a nullable amount may be null and the list is still the client's: the list itself, not a copy
    assert data["households"][0]["payments"] is kept
    # a list with one object in another order is a new list: the good object as it came, the other rebuilt
    rebuilt = data["households"][1]["payments"]
    assert rebuilt is not mixed and rebuilt[0] is mixed[0]
    assert rebuilt[1] == {"period": "2026-11", "amount": "1.00"} and list(rebuilt[1]) == ["period", "amount"]
