"""One declarative mechanism: every root field and mutation of every subgraph declares a named action."""

import importlib
import os
from pathlib import Path

import pytest

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.permissions import declared_actions, unguarded_fields
from kernel.settings import SERVICES

ROOT = Path(__file__).resolve().parents[2]
SUBGRAPHS = {**{name: f"services.{name}.schema" for name in SERVICES}, "authz": "identity.schema"}


def schema_of(subgraph: str):
    return importlib.import_module(SUBGRAPHS[subgraph]).schema


@pytest.mark.parametrize("subgraph", sorted(SUBGRAPHS))
def test_no_root_field_or_mutation_lacks_a_permission(subgraph):
    # given the subgraph's schema as served; then every Query and Mutation field declares allowed(Action.X)
    assert unguarded_fields(schema_of(subgraph)) == []


@pytest.mark.parametrize("subgraph", sorted(SUBGRAPHS))
def test_every_declared_action_is_a_named_action_that_some_role_holds(subgraph):
    graphql_schema = schema_of(subgraph)._schema
    known = {str(action) for action in Action}
    authorizer = get_authorizer()
    patterns = {action for actions in authorizer.policy().values() for action in actions}
    import casbin.util

    for root in (graphql_schema.query_type, graphql_schema.mutation_type):
        for name, field in root.fields.items() if root else ():
            for action in declared_actions(field):
                assert action in known, f"{subgraph} {root.name}.{name}: {action} is not in authz.actions.Action"
                assert any(casbin.util.key_match(action, pattern) for pattern in patterns), f"no role holds {action}"


def test_the_authz_subgraph_schema_matches_its_snapshot():
    printed = schema_of("authz").as_str() + "\n"
    snapshot = ROOT / "identity" / "schema.graphql"
    if os.environ.get("DIBAO_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(printed, encoding="utf-8")
    assert snapshot.read_text(encoding="utf-8") == printed, (
        "run DIBAO_UPDATE_SNAPSHOTS=1 pytest tests/authz and review the diff"
    )
