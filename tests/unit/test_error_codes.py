"""Every code a subgraph can answer with is a member of its service's enum (or the common one) and a row of the
README's error table; no code is written as a bare string where an error is raised."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from identity.error_codes import IdentityErrorCode
from kernel.error_codes import CommonErrorCode, ErrorCode
from services.disbursement.error_codes import DisbursementErrorCode
from services.households.error_codes import HouseholdsErrorCode
from services.supervision.error_codes import SupervisionErrorCode

ROOT = Path(__file__).resolve().parents[2]
ENUMS: dict[str, type[ErrorCode]] = {
    "common": CommonErrorCode,
    "households": HouseholdsErrorCode,
    "disbursement": DisbursementErrorCode,
    "supervision": SupervisionErrorCode,
    "identity": IdentityErrorCode,
}
FOLDERS = {
    "households": "services/households",
    "disbursement": "services/disbursement",
    "supervision": "services/supervision",
    "identity": "identity",
}
"""Where each service's code lives (the identity service is hosted in authz, beside the authorization library)."""
SHAPE = re.compile(r"[A-Z][A-Z0-9_]+")


def _sources(folder: str) -> list[Path]:
    return [path for path in sorted((ROOT / folder).rglob("*.py")) if "migrations" not in path.parts]


def _literal_codes(path: Path) -> list[tuple[int, str]]:
    """String literals where an error's code is given: `code=`, `code = ` in a class, `{"code": …}` and the
    positional code of the services' small refusal helpers."""
    positional = {"invalid": 1, "_problem": 2, "RowError": 1}
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        candidates = []
        if isinstance(node, ast.Call):
            candidates += [kw.value for kw in node.keywords if kw.arg == "code"]
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in positional and len(node.args) > positional[name]:
                candidates.append(node.args[positional[name]])
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets):
            candidates.append(node.value)
        elif isinstance(node, ast.Dict):
            candidates += [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value == "code"
            ]
        found += [
            (c.lineno, c.value)
            for c in candidates
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and SHAPE.fullmatch(c.value)
        ]
    return found


def _enum_references(paths: list[Path], enum: type[ErrorCode]) -> set[str]:
    pattern = re.compile(rf"\b{enum.__name__}\.([A-Z][A-Z0-9_]+)")
    return {name for path in paths for name in pattern.findall(path.read_text())}


@pytest.mark.parametrize(
    "folder", ["kernel", "authz", "identity", "services/households", "services/disbursement", "services/supervision"]
)
def test_no_error_code_is_a_bare_string(folder):
    bare = {
        f"{path.relative_to(ROOT)}:{line} {code}" for path in _sources(folder) for line, code in _literal_codes(path)
    }
    assert not bare, "name these codes from the service's error_codes enum"


@pytest.mark.parametrize("service", sorted(FOLDERS))
def test_each_code_of_a_service_enum_is_answered_by_that_service(service):
    enum = ENUMS[service]
    used = _enum_references(_sources(FOLDERS[service]), enum) - {"meaning"}
    assert used <= set(enum.__members__), "unknown members"
    assert set(enum.__members__) == used, f"never raised: {set(enum.__members__) - used}"


def test_each_common_code_is_answered_somewhere():
    folders = ["kernel", "services", "authz", "identity"]
    used = _enum_references([p for f in folders for p in _sources(f)], CommonErrorCode)
    assert set(CommonErrorCode.__members__) <= used, set(CommonErrorCode.__members__) - used


def test_a_service_code_never_shadows_a_common_one():
    for name, enum in ENUMS.items():
        if name != "common":
            assert not set(enum.__members__) & set(CommonErrorCode.__members__), name


def test_each_member_is_its_own_name_and_has_a_meaning():
    for enum in ENUMS.values():
        for name, member in enum.__members__.items():
            assert member.value == name and member.meaning and not member.meaning.endswith(".")


def _readme_table() -> dict[str, dict[str, str]]:
    """The README's error table: per `### <service>` heading under `## Error codes`, code → meaning."""
    text = (ROOT / "README.md").read_text()
    section = text.split("\n## Error codes\n", 1)[1].split("\n## ", 1)[0]
    tables: dict[str, dict[str, str]] = {}
    current = None
    for line in section.splitlines():
        if heading := re.fullmatch(r"### .*\(`(\w+)`\)", line):
            current = tables.setdefault(heading[1], {})
        elif row := re.fullmatch(r"\| `([A-Z0-9_]+)` \| (.+) \|", line):
            assert current is not None and row[1] not in current, row[1]
            current[row[1]] = row[2]
    return tables


def test_the_readme_lists_every_code_with_its_meaning():
    tables = _readme_table()
    assert set(tables) == set(ENUMS)
    for name, enum in ENUMS.items():
        assert tables[name] == {code: member.meaning for code, member in enum.__members__.items()}, name
