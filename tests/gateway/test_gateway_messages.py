"""graphql-js 16 wording without a reference gateway: quotes, printed values, and the edge cases of both."""

from __future__ import annotations

from graphql import build_schema, parse, validate

from gateway.messages import VALIDATION_RULES, input_value_errors, js_inspect, js_quotes, js_validation_message

SCHEMA = build_schema("""
    type Query { f(a: String, n: Int, i: I, l: [Int!]): Int }
    input I { x: Int!, y: String = "", z: [I!] }
""")


def messages(query: str) -> list[str]:
    return [js_validation_message(e.message) for e in validate(SCHEMA, parse(query), VALIDATION_RULES)]


def test_only_the_quoting_of_names_and_types_changes_not_apostrophes():
    assert js_quotes("Cannot query field 'nope' on type 'Query'.") == 'Cannot query field "nope" on type "Query".'
    assert js_quotes("Variable '$n' of type '[Int!]!' x.") == 'Variable "$n" of type "[Int!]!" x.'
    # an apostrophe in words or inside a printed value stays as it is
    assert js_quotes("Expected value of type 'Int', found \"it's\".") == 'Expected value of type "Int", found "it\'s".'
    assert js_quotes("the household's head isn't 'here'") == "the household's head isn't \"here\""


def test_values_print_as_graphql_js_prints_them():
    assert js_inspect({"a": [1, 2.0, True, None], "b": "x'y"}) == '{ a: [1, 2, true, null], b: "x\'y" }'
    assert js_inspect({"a": {"b": {"c": 1}}}) == "{ a: { b: [Object] } }"
    assert js_inspect(list(range(12))) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]"
    assert js_inspect([]) == "[]" and js_inspect({}) == "{}" and js_inspect(1.5) == "1.5"


def test_literals_are_checked_with_graphql_js_16_messages():
    assert messages('{ f(i: {y: "a"}) }') == ['Field "I.x" of required type "Int!" was not provided.']
    assert messages("{ f(i: {x: 1, w: 2}) }") == [
        'Field "w" is not defined by type "I". Did you mean "x", "y", or "z"?'
    ]
    assert messages("{ f(i: {x: null}) }") == ['Expected value of type "Int!", found null.']
    assert messages("{ f(i: [{x: 1}]) }") == ['Expected value of type "I", found [{x: 1}].']
    assert messages("{ f(n: {a: 1}) }") == ["Int cannot represent non-integer value: {a: 1}"]
    assert messages('{ f(a: ["A"]) }') == ['String cannot represent a non string value: ["A"]']
    assert messages("{ f(l: [1, null]) }") == ['Expected value of type "Int!", found null.']
    assert messages("{ f @skip }") == [
        'Directive "@skip" argument "if" of type "Boolean!" is required, but it was not provided.'
    ]
    assert messages("query @include(if: true) { f }") == ['Directive "@include" may not be used on QUERY.']


def test_variables_are_checked_with_graphql_js_16_messages():
    type_ = SCHEMA.get_type("I")
    assert input_value_errors({"x": 1, "z": [{"y": "a"}, None]}, type_) == [
        (["z", 0], {"y": "a"}, 'Field "x" of required type "Int!" was not provided.'),
        (["z", 1], None, 'Expected non-nullable type "I!" not to be null.'),
    ]
    assert input_value_errors("x", type_) == [([], "x", 'Expected type "I" to be an object.')]
    assert input_value_errors({"x": True}, type_) == [(["x"], True, "Int cannot represent non-integer value: true")]
    assert input_value_errors({"x": 1, "yy": 2}, type_, hide_suggestions=True) == [
        ([], {"x": 1, "yy": 2}, 'Field "yy" is not defined by type "I".')
    ]
