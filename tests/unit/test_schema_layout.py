"""Every subgraph lays out its GraphQL one way (docs/architecture.md): a `schema` package with root fields by area in
`queries/` and `mutations/`, types in `types/` and the named loaders in `loaders.py`; the domain modules beside it
never import it, and a type reads the database only through a loader or a domain function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUBGRAPHS = {
    "households": ROOT / "services" / "households",
    "disbursement": ROOT / "services" / "disbursement",
    "supervision": ROOT / "services" / "supervision",
    "authz": ROOT / "identity",
}
ORM_CALLS = {"filter", "get", "get_or_none", "all", "exclude", "values", "values_list", "create", "raw", "first"}


def _package(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("subgraph", SUBGRAPHS)
def test_each_subgraph_has_the_one_schema_layout(subgraph):
    root = SUBGRAPHS[subgraph]
    schema = root / "schema"
    # the package, its areas and its loaders are where every subgraph keeps them
    for part in ("__init__.py", "loaders.py", "queries/__init__.py", "mutations/__init__.py", "types/__init__.py"):
        assert (schema / part).is_file(), f"{subgraph}: schema/{part} is missing"
    assert list((schema / "queries").glob("[!_]*.py")) and list((schema / "types").glob("[!_]*.py"))
    # and no flat module of the older layouts is left beside it
    flat = [
        p.name
        for p in root.glob("*.py")
        if p.stem in {"schema", "types", "mutations"} or p.stem.startswith(("schema_", "types_"))
    ]
    assert flat == [], f"{subgraph}: GraphQL modules outside schema/: {flat}"


@pytest.mark.parametrize("subgraph", SUBGRAPHS)
def test_domain_modules_never_import_graphql(subgraph):
    root = SUBGRAPHS[subgraph]
    schema = _package(root / "schema")
    for module in root.glob("*.py"):
        if module.name in {"app.py", "__init__.py"}:
            continue  # the app serves the schema
        imports = _imports(module)
        assert not {name for name in imports if name == "strawberry" or name.startswith("strawberry.")}, module
        assert not {name for name in imports if name == schema or name.startswith(schema + ".")}, module


@pytest.mark.parametrize("subgraph", SUBGRAPHS)
def test_types_read_no_table_themselves(subgraph):
    for module in (SUBGRAPHS[subgraph] / "schema" / "types").glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        assert not any(name.startswith("tortoise") for name in _imports(module)), module
        for node in ast.walk(tree):
            # `models.Decision.filter(...)` and the like: a query of a model class, written in a type
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ORM_CALLS
                and isinstance(node.func.value, ast.Attribute)
                and isinstance(node.func.value.value, ast.Name)
                and node.func.value.value.id == "models"
            ):
                pytest.fail(f"{module.relative_to(ROOT)}:{node.lineno} queries a table; use a loader")
