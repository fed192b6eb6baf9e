"""Every federation directive, through our gateway and the reference, over HTTP fixture subgraphs.

Each operation also states how many requests each subgraph may receive for it.
"""

from __future__ import annotations

import pytest

from tests.gateway.directive_fixtures import MEDIA
from tests.gateway.test_gateway_differential import comparable

# (name, query, variables, expected requests per subgraph)
OPERATIONS = [
    ("root only", "{ households(first: 3) { id name } }", {}, {"registry": 1}),
    (
        "compound key jump",
        "{ households(first: 4) { id allowance payments { amount period } } }",
        {},
        {"registry": 1, "payments": 1},
    ),
    (
        "requires from another subgraph",
        "{ households(first: 6) { id risk } }",
        {},
        {"registry": 1, "payments": 1, "audit": 1},
    ),
    ("override", "{ households(first: 4) { id status } }", {}, {"registry": 1, "audit": 1}),
    ("tag field with an error", "{ households(first: 4) { id auditLabel } }", {}, {"registry": 1, "audit": 1}),
    ("provides avoids a hop", "{ topHouseholds { number payments { payee { name } } } }", {}, {"payments": 1}),
    (
        "shareable field from the fetch that has it",
        "{ households(first: 2) { head { id name } } }",
        {},
        {"registry": 1},
    ),
    (
        "external field resolved by its owner",
        "{ topHouseholds { payments { payee { id name } } } }",
        {},
        {"payments": 1},
    ),
    (
        "multi-hop key",
        "{ topHouseholds { number regionCode allowance status } }",
        {},
        {"payments": 1, "registry": 1, "audit": 1},
    ),
    ("multi-hop with requires", "{ topHouseholds { number risk } }", {}, {"payments": 1, "registry": 1, "audit": 1}),
    (
        "union with typename",
        '{ search(term: "x") { __typename ... on Household { id allowance } ... on Person { name } } }',
        {},
        {"registry": 1, "payments": 1},
    ),
    (
        "union with fragments",
        'fragment H on Household { id status } { search(term: "x") { ...H } }',
        {},
        {"registry": 1, "audit": 1},
    ),
    (
        "variables and include",
        "query($n: Int!, $on: Boolean!) { households(first: $n) { id risk @include(if: $on) } }",
        {"n": 3, "on": True},
        {"registry": 1, "payments": 1, "audit": 1},
    ),
    (
        "include false drops the hop",
        "query($on: Boolean!) { households(first: 3) { id risk @include(if: $on) } }",
        {"on": False},
        {"registry": 1},
    ),
    (
        "client variable named representations",
        "query($representations: Int!) { households(first: $representations) { id allowance } }",
        {"representations": 2},
        {"registry": 1, "payments": 1},
    ),
    ("inaccessible is not queryable", "{ households(first: 1) { internalNote } }", {}, {}),
    (
        "interfaceObject field on an entity interface",
        "{ library { id title reviews } }",
        {},
        {"media": 1, "reviews": 1},
    ),
    (
        "interfaceObject fields beside implementation fragments",
        "{ library { __typename id ... on Book { author stars } ... on Film { director reviews } } }",
        {},
        {"media": 1, "reviews": 1},
    ),
    (
        "interfaceObject field on a concrete type",
        "query($id: ID!) { book(id: $id) { title reviews stars } }",
        {"id": "b3"},
        {"media": 1, "reviews": 1},
    ),
    ("interfaceObject root answered alone", "{ topMedia { id reviews } }", {}, {"reviews": 1}),
    (
        "interfaceObject root needing the interface owner",
        "{ topMedia { id title stars } }",
        {},
        {"reviews": 1, "media": 1},
    ),
    (
        "interfaceObject root with typename and fragments",
        "{ topMedia { __typename id reviews ... on Book { author } ... on Film { director title } } }",
        {},
        {"reviews": 1, "media": 1},
    ),
    ("progressive override at 0 percent", "{ households(first: 3) { id channel } }", {}, {"registry": 1}),
    (
        "entity by id with nested jumps",
        "query($id: ID!) { household(id: $id) { name status risk payments { payee { name } } } }",
        {"id": "5"},
        {"registry": 1, "payments": 1, "audit": 1},
    ),
]


@pytest.mark.parametrize(("query", "variables", "counts"), [o[1:] for o in OPERATIONS], ids=[o[0] for o in OPERATIONS])
async def test_directives_answer_like_the_reference_with_one_request_per_subgraph_per_level(
    compare_directives, query, variables, counts
):
    # when both gateways run an operation over the directive fixtures
    ours, reference, requests = await compare_directives(query, variables)
    # then the answers match and each subgraph heard from us no more often than the plan says
    assert comparable(ours) == comparable(reference), (ours, reference)
    assert requests == counts


def test_the_directive_fixtures_compose_to_the_reference_api_schema(directive_apollo, directive_gateway):
    from tests.gateway.test_gateway_reference_composition import printed

    gateway, _ = directive_gateway
    assert printed(gateway.supergraph.print_api_schema()) == printed(directive_apollo["apiSchema"])


async def test_a_progressive_override_at_100_percent_is_always_served_by_the_overriding_subgraph(compare_directives):
    # given audit overrides Household.grade from registry with label percent(100); the reference gateway
    # leaves progressive overrides to the router and keeps registry, so we check against the subgraph data
    for _ in range(5):
        # when the field is asked for
        ours, _, requests = await compare_directives("{ households(first: 3) { id grade } }", {})
        # then every answer comes from audit, one extra entity fetch
        assert ours == {"data": {"households": [{"id": str(n), "grade": f"audited grade {n}"} for n in (1, 2, 3)]}}
        assert requests == {"registry": 1, "audit": 1}


# A client alias that names a key or `@requires` field of the same object: the reference gateway answers
# with the key's value (or fails), so these are checked against the fixture data.
ALIAS_CLASHES = [
    (
        "alias named like a required field",
        "{ households(first: 2) { allowance: name risk } }",
        {"households": [{"allowance": "Household 1", "risk": "low"}, {"allowance": "Household 2", "risk": "low"}]},
        {"registry": 1, "payments": 1, "audit": 1},
    ),
    (
        "aliases named like both compound key fields",
        "{ topHouseholds { regionCode: name number: allowance risk } }",
        {
            "topHouseholds": [
                {"regionCode": f"Household {n}", "number": n * 100, "risk": "high"} for n in (12, 11, 10, 9)
            ]
        },
        {"payments": 1, "registry": 1, "audit": 1},
    ),
    (
        "alias named like an entity interface's key",
        "{ library { id: title reviews } }",
        {
            "library": [
                {"id": title, "reviews": [f"review 1 of {id}", f"review 2 of {id}"]}
                for id, (_, title, _) in MEDIA.items()
            ]
        },
        {"media": 1, "reviews": 1},
    ),
    (
        "alias named like an interface object's key",
        "{ topMedia { id: stars title } }",
        {"topMedia": [{"id": 5, "title": "Winter relief"}, {"id": 5, "title": "Dibao handbook"}]},
        {"reviews": 1, "media": 1},
    ),
]


@pytest.mark.parametrize(
    ("query", "expected", "counts"), [c[1:] for c in ALIAS_CLASHES], ids=[c[0] for c in ALIAS_CLASHES]
)
async def test_a_client_alias_never_collides_with_the_gateways_own_key_and_requires_fields(
    compare_directives, query, expected, counts
):
    # when a client aliases another field to the name of a field the plan needs for itself
    ours, _, requests = await compare_directives(query, {})
    # then the client gets exactly what it asked for under its alias, with the usual number of requests
    assert ours == {"data": expected}
    assert requests == counts
