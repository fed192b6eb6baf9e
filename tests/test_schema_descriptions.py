"""Every type, field, argument, input field, enum and enum value of the composed API is described, and every
enum value by its Chinese name from the label table — what a dashboard developer reads in GraphiQL's docs."""

from __future__ import annotations

import importlib
from functools import cache

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
)

from gateway import Supergraph, compose
from kernel import enums
from kernel.settings import SERVICES

BUILT_IN = {"String", "Int", "Float", "Boolean", "ID"}


@cache
def product_supergraph() -> Supergraph:
    """The supergraph the gateway composes from the three services and the authz subgraph, as they print it."""
    modules = {**{name: f"services.{name}.schema" for name in SERVICES}, "authz": "identity.schema"}
    return compose({name: importlib.import_module(module).schema.as_str() for name, module in modules.items()})


def undescribed(schema: GraphQLSchema) -> list[str]:
    """Coordinates (`Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`) without a description."""
    missing = []
    for type_ in schema.type_map.values():
        if type_.name.startswith("__") or type_.name in BUILT_IN:
            continue
        if not (type_.description or "").strip():
            missing.append(type_.name)
        if isinstance(type_, (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)):
            for name, field in type_.fields.items():
                if not (field.description or "").strip():
                    missing.append(f"{type_.name}.{name}")
                for argument_name, argument in getattr(field, "args", {}).items():
                    if not (argument.description or "").strip():
                        missing.append(f"{type_.name}.{name}({argument_name})")
        if isinstance(type_, GraphQLEnumType):
            missing += [
                f"{type_.name}.{name}" for name, value in type_.values.items() if not (value.description or "").strip()
            ]
    return missing


def test_every_type_field_argument_and_enum_value_of_the_api_is_described():
    # given the API schema the gateway serves
    api = product_supergraph().api_schema
    # then nothing in it is left without a description
    assert undescribed(api) == []
    # and the check itself notices a missing one
    api.get_type("Household").fields["id"].description = None
    try:
        assert undescribed(api) == ["Household.id"]
    finally:
        product_supergraph.cache_clear()


def test_statuses_roles_classes_kinds_and_reasons_are_enums_labelled_from_the_label_table():
    api = product_supergraph().api_schema
    # given the places a client filters or reads a coded value
    typed = {
        ("Household", "status"): "HouseholdStatus",
        ("Household", "reviewClass"): "ReviewClass",
        ("Person", "relation"): "Relation",
        ("Application", "state"): "ApplicationState",
        ("Finding", "rule"): "InspectionRuleCode",
        ("PaymentLine", "reason"): "FailureReason",
        ("PaymentBatch", "kind"): "BatchKind",
        ("RoleGrant", "role"): "Role",
        ("Region", "level"): "RegionLevel",
    }
    # then each is an enum, and each enum value reads as its Chinese name
    for (type_name, field_name), enum_name in typed.items():
        field_type = api.get_type(type_name).fields[field_name].type
        assert getattr(field_type, "of_type", field_type).name == enum_name, (type_name, field_name)
    for type_ in api.type_map.values():
        if isinstance(type_, GraphQLEnumType) and not type_.name.startswith("__"):
            generated = getattr(enums, type_.name)  # every enum of the API is generated in kernel.enums
            assert set(type_.values) == {member.name for member in generated}, type_.name
    assert api.get_type("ReviewClass").values["CLASS_2"].description == "二类"
    assert api.get_type("Role").values["county_approver"].description == "县民政局审批"
    # and the filters take the same enums
    assert str(api.query_type.fields["households"].args["status"].type) == "HouseholdStatus"
    assert str(api.query_type.fields["findings"].args["rule"].type) == "InspectionRuleCode"
    assert str(api.get_type("LineResultInput").fields["reason"].type) == "FailureReason"
