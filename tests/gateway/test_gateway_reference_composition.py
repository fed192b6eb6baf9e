"""Our composition against @apollo/composition: same success or failure, same API schema."""

from __future__ import annotations

import pytest
from graphql import build_schema, lexicographic_sort_schema, print_schema

from gateway import CompositionError, compose
from tests.gateway.processes import apollo_compose
from tests.gateway.sdl import LINK


def printed(sdl: str) -> str:
    """A schema printed with its types and fields sorted."""
    return print_schema(lexicographic_sort_schema(build_schema(sdl)))


def test_the_product_subgraphs_compose_to_the_reference_api_schema(product_apollo, product_gateway):
    # given the three product subgraphs' SDL, composed by both
    # then both succeed and the client-facing schemas are the same
    assert product_apollo["ok"], product_apollo["errors"]
    assert printed(product_gateway.supergraph.print_api_schema()) == printed(product_apollo["apiSchema"])


FIXTURE_SETS = {
    "inaccessible and tag": {
        "a": 'type Query { t: T } type T @key(fields: "id") { id: ID! secret: String @inaccessible '
        'label: String @tag(name: "public") }',
        "b": 'type T @key(fields: "id") { id: ID! extra: Int }',
    },
    "shareable value type": {
        "a": "type Query { a: V } type V @shareable { x: Int! y: String }",
        "b": "type Query { b: V } type V @shareable { x: Int y: String }",
    },
    "compound and several keys": {
        "a": 'type Query { t: [T!]! } type T @key(fields: "id") @key(fields: "code region { id }") '
        "{ id: ID! code: String! region: R! } type R @shareable { id: ID! }",
        "b": 'type T @key(fields: "code region { id }") { code: String! region: R! n: Int } type R @shareable { id: ID! }',
    },
    "unresolvable key and provides": {
        "a": 'type Query { p: [P!]! @provides(fields: "owner { name }") } type P { owner: O } '
        'type O @key(fields: "id") { id: ID! name: String @external }',
        "b": 'type O @key(fields: "id") { id: ID! name: String @shareable }',
    },
    "requires and override": {
        "a": 'type Query { t: T } type T @key(fields: "id") { id: ID! price: Int old: String }',
        "b": 'type T @key(fields: "id") { id: ID! price: Int @external tax: Int @requires(fields: "price") '
        'old: String @override(from: "a") }',
    },
    "interfaces and unions": {
        "a": "type Query { s: [S!]! n: [N!]! } union S = A | B interface N { id: ID! } "
        'type A implements N @key(fields: "id") { id: ID! } type B implements N @key(fields: "id") { id: ID! }',
        "b": 'type A @key(fields: "id") { id: ID! x: Int } type B @key(fields: "id") { id: ID! y: Int }',
    },
    "entity interface and interface object": {
        "a": 'type Query { i: [I!]! } interface I @key(fields: "id") { id: ID! x: Int } '
        'type A implements I @key(fields: "id") { id: ID! x: Int a: Int } '
        'type B implements I @key(fields: "id") { id: ID! x: Int b: String }',
        "b": 'type Query { j: I } type I @key(fields: "id") @interfaceObject { id: ID! y: [Int!] }',
    },
    "interface object without an entity interface": {
        "a": "type Query { a: Int }",
        "b": 'type Query { j: I } type I @key(fields: "id") @interfaceObject { id: ID! y: Int }',
    },
    "conflicting field types": {
        "a": 'type Query { t: T } type T @key(fields: "id") { id: ID! n: Int @shareable }',
        "b": 'type T @key(fields: "id") { id: ID! n: String @shareable }',
    },
    "external with another type": {
        "a": 'type Query { t: T } type T @key(fields: "id") { id: ID! price: Int! }',
        "b": 'type T @key(fields: "id") { id: ID! price: Int @external tax: Int @requires(fields: "price") }',
    },
    "key naming a missing field": {
        "a": 'type Query { t: T } type T @key(fields: "nope") { id: ID! }',
    },
    "enum shared with the same values": {
        "a": 'type Query { a(s: Status): Status } "state" enum Status { "on" ON "off" OFF }',
        "b": "type Query { b(s: Status): [Status!] } enum Status { ON OFF }",
    },
    "enum accepted and returned with other values": {
        "a": "type Query { a(s: Status): Status } enum Status { ON OFF }",
        "b": "type Query { b(s: Status): Status } enum Status { ON OFF PAUSED }",
    },
    "enum only returned, values merged": {
        "a": "type Query { a: Status } enum Status { ON OFF }",
        "b": "type Query { b: Status } enum Status { ON PAUSED }",
    },
    "enum only accepted, values intersected": {
        "a": "type Query { a(s: Status): Int } enum Status { ON OFF }",
        "b": "type Query { b(s: Status): Int } input F { s: Status } enum Status { ON PAUSED }",
    },
    "enum accepted in one subgraph and returned in another": {
        "a": "type Query { a(s: Status): Int } enum Status { ON OFF }",
        "b": "type Query { b: Status } enum Status { ON OFF PAUSED }",
    },
    "enum defined in one subgraph": {
        "a": "type Query { a(s: Status = ON): Status } enum Status { ON OFF }",
        "b": "type Query { b: Int }",
    },
    "non-shareable field in two subgraphs": {
        "a": 'type Query { t: T } type T @key(fields: "id") { id: ID! n: Int }',
        "b": 'type T @key(fields: "id") { id: ID! n: Int }',
    },
}


@pytest.mark.parametrize("name", list(FIXTURE_SETS))
def test_fixture_sets_compose_like_the_reference(name):
    # given a small set of subgraphs using one federation feature
    sdls = {sg: LINK + sdl for sg, sdl in FIXTURE_SETS[name].items()}
    reference = apollo_compose({sg: (f"http://{sg}.test/graphql", sdl) for sg, sdl in sdls.items()})
    # when we compose them too
    try:
        ours: str | None = compose(sdls).print_api_schema()
    except CompositionError:
        ours = None
    # then both agree on success, and on the API schema when they succeed
    assert (ours is not None) == reference["ok"], reference.get("errors")
    if ours is not None:
        assert printed(ours) == printed(reference["apiSchema"])
