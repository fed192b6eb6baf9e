"""Composition: merging subgraph SDL into one API schema, and refusing graphs that cannot work."""

from __future__ import annotations

import pytest

from gateway import CompositionError, Gateway, compose
from tests.gateway.fixtures import SCHEMAS
from tests.gateway.sdl import LINK, supergraph


def strawberry_sdls() -> dict[str, str]:
    """The SDL each fixture subgraph serves from `_service`."""
    return {
        name: schema.execute_sync("{ _service { sdl } }").data["_service"]["sdl"] for name, schema in SCHEMAS.items()
    }


def test_the_api_schema_merges_subgraphs_and_hides_federation_machinery():
    # given the three subgraphs' SDL as Strawberry prints it
    graph = compose(strawberry_sdls())
    printed = graph.print_api_schema()
    # then entity fields from every subgraph are on one Household type
    household = graph.api_schema.get_type("Household")
    assert {"id", "head", "payments", "monthlyAmount", "findings", "riskLevel"} <= set(household.fields)
    assert set(graph.api_schema.query_type.fields) == {
        "households",
        "household",
        "search",
        "disbursementTotal",
        "openFindings",
    }
    # and nothing of federation leaks to clients
    for hidden in ("_entities", "_service", "_Any", "_Entity", "_Service", "FieldSet", "link__", "@key", "@external"):
        assert hidden not in printed
    # and the routing facts are recorded
    assert graph.field("Household", "payments").resolvable_in == {"disbursement"}
    assert graph.field("Household", "monthlyAmount").resolvable_in == {"disbursement"}
    assert graph.field("Household", "id").resolvable_in == {"households", "disbursement", "supervision"}
    assert [k.subgraph for k in graph.types["Person"].keys] == ["households", "supervision"]


def test_printed_api_schema_lists_types_in_name_order():
    printed = compose(strawberry_sdls()).print_api_schema()
    names = [line.split()[1] for line in printed.splitlines() if line.startswith(("type ", "union "))]
    assert names == sorted(names)


async def test_the_gateway_composes_from_what_the_subgraphs_serve(gateway: Gateway, transports):
    # then start-up asked each subgraph for its SDL with the service credentials
    assert gateway.supergraph is not None
    assert set(gateway.supergraph.subgraphs) == {"households", "disbursement", "supervision"}
    await gateway.reload()
    assert all(r.headers["authorization"] == "Bearer gateway-service" for t in transports.values() for r in t.requests)


def test_inaccessible_fields_and_types_stay_out_of_the_api_schema():
    graph = supergraph(
        households="""
        type Query { households: [Household!]! audit: Audit @inaccessible }
        type Household @key(fields: "id") { id: ID! internalScore: Int @inaccessible }
        type Audit @inaccessible { note: String }
        enum Status { ACTIVE SUSPENDED ARCHIVED @inaccessible }
        extend type Query { status: Status }
    """
    )
    printed = graph.print_api_schema()
    assert "internalScore" not in printed and "Audit" not in printed and "audit" not in printed
    assert "ARCHIVED" not in printed and "SUSPENDED" in printed
    assert graph.field("Household", "internalScore") is not None


def test_a_field_with_conflicting_types_in_two_subgraphs_is_refused():
    with pytest.raises(CompositionError) as raised:
        supergraph(
            households="type Query { a: Int } type Address @shareable { city: String! }",
            disbursement="type Query { b: Int } type Address @shareable { city: Int! }",
        )
    message = str(raised.value)
    assert '"Address.city"' in message and "conflicting types" in message
    assert '"households"' in message and '"disbursement"' in message
    assert '"String!"' in message and '"Int!"' in message


def test_a_key_naming_a_missing_field_is_refused():
    with pytest.raises(CompositionError) as raised:
        supergraph(households='type Query { h: Household } type Household @key(fields: "code") { id: ID! }')
    message = str(raised.value)
    assert 'subgraph "households"' in message
    assert '"Household.code"' in message and '@key(fields: "code")' in message


def test_an_interface_object_needs_an_entity_interface_somewhere():
    with pytest.raises(CompositionError) as raised:
        supergraph(
            supervision="type Query { j: Household } "
            'type Household @key(fields: "id") @interfaceObject { id: ID! risk: Int }'
        )
    message = str(raised.value)
    assert '"Household"' in message and 'subgraph "supervision"' in message and "interface with a @key" in message


def test_interface_object_fields_reach_every_implementation():
    graph = supergraph(
        households='type Query { i: [Case!]! } interface Case @key(fields: "id") { id: ID! } '
        'type Application implements Case @key(fields: "id") { id: ID! filed: String }',
        supervision='type Case @key(fields: "id") @interfaceObject { id: ID! findings: Int }',
    )
    assert graph.field("Application", "findings").resolvable_in == {"supervision"}
    assert graph.entity_type_in("Application", "supervision") == "Case"
    assert "findings: Int" in graph.print_api_schema().split("type Application")[1].split("}")[0]


def test_an_override_label_must_be_a_percentage_or_a_name():
    with pytest.raises(CompositionError) as raised:
        supergraph(
            households='type Query { h: Household } type Household @key(fields: "id") { id: ID! tier: Int }',
            supervision='type Household @key(fields: "id") { id: ID! tier: Int @override(from: "households", '
            'label: "percent(150)") }',
        )
    assert '"Household.tier"' in str(raised.value) and '"percent(150)"' in str(raised.value)


def test_a_non_shareable_value_type_field_in_two_subgraphs_is_refused():
    with pytest.raises(CompositionError) as raised:
        supergraph(
            households="type Query { a: Address } type Address { city: String! }",
            supervision="type Query { b: Address } type Address @shareable { city: String! }",
        )
    message = str(raised.value)
    assert '"Address.city"' in message and "@shareable" in message
    assert 'subgraph "households"' in message and '"supervision"' in message


def test_a_root_field_in_two_subgraphs_must_be_shareable():
    with pytest.raises(CompositionError) as raised:
        supergraph(households="type Query { version: String }", supervision="type Query { version: String }")
    assert '"Query.version"' in str(raised.value)
    graph = supergraph(
        households="type Query { version: String @shareable }", supervision="type Query { version: String @shareable }"
    )
    assert graph.field("Query", "version").resolvable_in == {"households", "supervision"}


def test_entity_key_fields_may_be_defined_in_every_subgraph_without_shareable():
    graph = supergraph(
        households='type Query { h: Household } type Household @key(fields: "id") { id: ID! }',
        disbursement='type Household @key(fields: "id") { id: ID! paid: Boolean }',
    )
    assert graph.field("Household", "id").resolvable_in == {"households", "disbursement"}


def test_renamed_federation_imports_are_understood():
    sdl = (
        'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", '
        'import: [{name: "@key", as: "@entityKey"}, "@shareable"])\n'
        'type Query { h: Household } type Household @entityKey(fields: "id") { id: ID! }'
    )
    graph = compose({"households": sdl})
    assert graph.is_entity("Household")


def test_invalid_sdl_names_the_subgraph():
    with pytest.raises(CompositionError, match='subgraph "households"'):
        compose({"households": LINK + "type Query {"})


def test_an_enum_both_accepted_and_returned_must_be_the_same_in_every_subgraph():
    # given two subgraphs that accept and return Status, one with a value the other lacks
    # when they are composed, then composition refuses, naming the enum and both value lists
    with pytest.raises(CompositionError, match=r'enum "Status" is both accepted and returned.*"b" has \['):
        supergraph(
            a="type Query { a(s: Status): Status } enum Status { ON OFF }",
            b="type Query { b(s: Status): Status } enum Status { ON OFF PAUSED }",
        )


def test_an_enum_only_returned_has_every_value_and_one_only_accepted_the_shared_ones():
    # given an output-only enum and an input-only enum, each in two subgraphs with different values
    graph = supergraph(
        a="type Query { a(f: Filter): Status } enum Status { ON OFF } enum Filter { ALL MINE }",
        b="type Query { b(f: Filter): Status } enum Status { ON PAUSED } enum Filter { ALL OTHERS }",
    )
    # then clients may receive any value a subgraph returns, and send only what every subgraph accepts
    assert list(graph.api_schema.get_type("Status").values) == ["ON", "OFF", "PAUSED"]
    assert list(graph.api_schema.get_type("Filter").values) == ["ALL"]


def test_the_product_enums_keep_their_chinese_value_descriptions():
    # given the product subgraphs, whose enums come from the one label table
    from kernel.labels import HOUSEHOLD_STATUS, REGISTRY_KIND
    from tests.test_schema_descriptions import product_supergraph

    api = product_supergraph().api_schema
    # then a shared enum (households returns it, supervision accepts and returns it) is one type with the labels
    kinds = api.get_type("RegistryKind")
    assert {name: value.description for name, value in kinds.values.items()} == REGISTRY_KIND.terms
    assert api.get_type("HouseholdStatus").values["ACTIVE"].description == HOUSEHOLD_STATUS.label("ACTIVE") == "在保"
