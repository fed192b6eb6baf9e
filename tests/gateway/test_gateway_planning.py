"""Query plans: how operations are split into subgraph fetches and ordered."""

from __future__ import annotations

from graphql import parse

from gateway import Gateway, QueryPlanner
from tests.gateway.sdl import entities, fetch, flatten, parallel, plan_of, sequence, supergraph

HOUSEHOLD_KEY = "... on Household { __typename id }"


async def test_dashboard_plan_fetches_households_then_both_other_subgraphs_in_parallel(gateway: Gateway):
    # when the dashboard query is planned
    plan = gateway.explain("{ households(first: 10) { id head { name } payments { amount } findings { rule } } }")
    # then households is fetched once, then disbursement and supervision side by side
    assert plan == {
        "kind": "QueryPlan",
        "node": sequence(
            fetch("households", "query { households(first: 10) { id head { name } __typename } }"),
            parallel(
                flatten(
                    "households.@",
                    fetch("disbursement", entities("Household", "payments { amount }"), requires=HOUSEHOLD_KEY),
                ),
                flatten(
                    "households.@",
                    fetch("supervision", entities("Household", "findings { rule }"), requires=HOUSEHOLD_KEY),
                ),
            ),
        ),
    }


async def test_fields_for_the_same_subgraph_at_the_same_path_share_one_fetch(gateway: Gateway):
    plan = gateway.explain(
        "{ households(first: 3) { payments { amount } monthlyAmount ... on Household { payments { period } } } }"
    )
    node = plan["node"]
    assert node["kind"] == "Sequence"
    [entity_fetch] = node["nodes"][1:]
    assert entity_fetch["node"]["operation"] == entities(
        "Household", "payments { amount } monthlyAmount payments { period }"
    )


async def test_requires_waits_for_the_subgraph_that_owns_the_required_field(gateway: Gateway):
    plan = gateway.explain("{ households(first: 3) { riskLevel findings { rule } } }")
    assert plan["node"] == sequence(
        fetch("households", "query { households(first: 3) { __typename id } }"),
        flatten("households.@", fetch("disbursement", entities("Household", "monthlyAmount"), requires=HOUSEHOLD_KEY)),
        flatten(
            "households.@",
            fetch(
                "supervision",
                entities("Household", "riskLevel findings { rule }"),
                requires="... on Household { __typename id monthlyAmount }",
            ),
        ),
    )


async def test_include_on_a_whole_fetch_becomes_a_condition_node(gateway: Gateway):
    plan = gateway.explain(
        "query($full: Boolean!) { households(first: 3) { id findings @include(if: $full) { rule } } }"
    )
    condition = plan["node"]["nodes"][1]
    assert condition["kind"] == "Condition"
    assert condition["condition"] == "full"
    assert condition["ifClause"]["node"]["serviceName"] == "supervision"
    assert condition["elseClause"] is None


async def test_root_fields_of_different_subgraphs_are_fetched_in_parallel(gateway: Gateway):
    plan = gateway.explain(
        'query Totals { openFindings disbursementTotal(period: "2024-01") households(first: 1) { id } }'
    )
    assert plan["node"]["kind"] == "Parallel"
    assert sorted(n["serviceName"] for n in plan["node"]["nodes"]) == ["disbursement", "households", "supervision"]
    assert all(n["operation"].startswith("query Totals__") for n in plan["node"]["nodes"])


async def test_introspection_is_not_planned_to_any_subgraph(gateway: Gateway):
    assert gateway.explain("{ __schema { types { name } } }") == {"kind": "QueryPlan", "node": None}


async def test_plans_are_cached_by_normalized_text_and_operation_name(gateway: Gateway):
    planner = QueryPlanner(gateway.supergraph, cache_size=2)
    _, first_hit = planner.plan_with_cache_info(parse("{ households(first: 1) { id } }"), None)
    _, second_hit = planner.plan_with_cache_info(parse("{\n  households(first: 1) {\n    id\n  }\n}"), None)
    assert (first_hit, second_hit) == (False, True)
    planner.plan(parse("{ openFindings }"))
    planner.plan(parse('{ disbursementTotal(period: "x") }'))
    _, evicted_hit = planner.plan_with_cache_info(parse("{ households(first: 1) { id } }"), None)
    assert evicted_hit is False


PROVIDES = dict(
    households="""
        type Query { households: [Household!]! }
        type Household @key(fields: "id") { id: ID! name: String! }
    """,
    supervision="""
        type Query { findings: [Finding!]! }
        type Finding { rule: String! household: Household! @provides(fields: "name") other: Household! }
        type Household @key(fields: "id") { id: ID! name: String! @external }
    """,
)


def test_provides_lets_a_subgraph_answer_an_external_field_on_that_path():
    graph = supergraph(**PROVIDES)
    provided = plan_of(graph, "{ findings { household { name } } }")
    assert provided.to_dict()["node"] == fetch("supervision", "query { findings { household { name } } }")
    elsewhere = plan_of(graph, "{ findings { other { name } } }").to_dict()["node"]
    assert elsewhere == sequence(
        fetch("supervision", "query { findings { other { __typename id } } }"),
        flatten("findings.@.other", fetch("households", entities("Household", "name"), requires=HOUSEHOLD_KEY)),
    )


def test_override_moves_a_field_to_the_overriding_subgraph():
    graph = supergraph(
        households="""
            type Query { households: [Household!]! }
            type Household @key(fields: "id") { id: ID! status: String! }
        """,
        disbursement="""
            type Household @key(fields: "id") { id: ID! status: String! @override(from: "households") }
        """,
    )
    assert graph.field("Household", "status").resolvable_in == {"disbursement"}
    node = plan_of(graph, "{ households { status } }").to_dict()["node"]
    assert node["nodes"][1]["node"]["serviceName"] == "disbursement"


def test_fields_of_an_interface_member_are_fetched_through_its_key():
    graph = supergraph(
        households="""
            type Query { node(id: ID!): Node }
            interface Node { id: ID! }
            type Household implements Node @key(fields: "id") { id: ID! }
            type Person implements Node @key(fields: "id") { id: ID! name: String! }
        """,
        disbursement="""
            type Household @key(fields: "id") { id: ID! payments: [String!]! }
        """,
    )
    node = plan_of(graph, '{ node(id: "h1") { id ... on Household { payments } ... on Person { name } } }').to_dict()[
        "node"
    ]
    assert node == sequence(
        fetch(
            "households",
            'query { node(id: "h1") { __typename id ... on Household { __typename id } ... on Person { name } } }',
        ),
        flatten("node", fetch("disbursement", entities("Household", "payments"), requires=HOUSEHOLD_KEY)),
    )


def test_mutation_fields_run_in_order_and_consecutive_ones_share_a_fetch():
    graph = supergraph(
        households="""
            type Query { ping: String }
            type Mutation { approve(id: ID!): String! reject(id: ID!): String! }
        """,
        disbursement="""
            type Query { total: String }
            type Mutation { pay(id: ID!): String! }
        """,
    )
    node = plan_of(graph, "mutation { a: approve(id: 1) b: reject(id: 2) pay(id: 1) c: approve(id: 3) }").to_dict()[
        "node"
    ]
    assert node == sequence(
        fetch("households", "mutation { a: approve(id: 1) b: reject(id: 2) }"),
        fetch("disbursement", "mutation { pay(id: 1) }"),
        fetch("households", "mutation { c: approve(id: 3) }"),
    )


def test_only_used_variables_are_declared_in_each_fetch():
    graph = supergraph(
        households="type Query { households(first: Int!): [String!]! }",
        disbursement="type Query { total(period: String!): String! }",
    )
    plan = plan_of(graph, "query Q($n: Int! = 5, $p: String!) { households(first: $n) total(period: $p) }")
    fetches = {n["serviceName"]: n for n in plan.to_dict()["node"]["nodes"]}
    assert fetches["households"]["operation"] == "query Q__0($n: Int! = 5) { households(first: $n) }"
    assert fetches["households"]["variableUsages"] == ["n"]
    assert fetches["disbursement"]["operation"] == "query Q__1($p: String!) { total(period: $p) }"


def test_a_custom_override_label_switches_the_field_to_the_overriding_subgraph_per_request():
    # given supervision takes Household.tier over from households behind the label "tiers-v2"
    graph = supergraph(
        households='type Query { h: [Household!]! } type Household @key(fields: "id") { id: ID! tier: Int }',
        supervision='type Household @key(fields: "id") { id: ID! tier: Int @override(from: "households", '
        'label: "tiers-v2") }',
    )
    planner = QueryPlanner(graph)
    document = parse("{ h { id tier } }")
    # when planned with the label off, then households answers alone
    assert {f["serviceName"] for f in fetches_of(planner.plan(document).to_dict())} == {"households"}
    # when planned with the label on, then supervision answers tier through an entity fetch
    switched = planner.plan(document, labels=frozenset({"tiers-v2"})).to_dict()
    assert {f["serviceName"] for f in fetches_of(switched)} == {"households", "supervision"}
    # and both plans stay cached side by side
    assert planner.plan_with_cache_info(document, None, frozenset())[1]
    assert planner.plan_with_cache_info(document, None, frozenset({"tiers-v2", "unrelated"}))[1]


def test_the_gateway_switches_on_configured_labels_and_draws_percentages():
    graph = supergraph(
        households='type Query { h: [Household!]! } type Household @key(fields: "id") { id: ID! a: Int b: Int c: Int }',
        supervision='type Household @key(fields: "id") { id: ID! '
        'a: Int @override(from: "households", label: "percent(100)") '
        'b: Int @override(from: "households", label: "percent(0)") '
        'c: Int @override(from: "households", label: "beta") }',
    )
    gateway = Gateway({}, override_labels=["beta", "not-in-the-graph"])
    gateway.supergraph, gateway.planner = graph, QueryPlanner(graph)
    assert all(gateway.labels() == {"percent(100)", "beta"} for _ in range(20))


def fetches_of(node: dict) -> list[dict]:
    """Every Fetch node of a plan, depth first."""
    if node.get("kind") == "Fetch":
        return [node]
    children = [node["node"]] if isinstance(node.get("node"), dict) else node.get("nodes", [])
    return [f for child in children for f in fetches_of(child)]
