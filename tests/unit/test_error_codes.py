"""Every code a subgraph, the gateway, the admin, the workbench or the `dibao` command can answer with is a member of
its enum (or the common one) and a row of the README's error table; no code is written as a bare string where an error
is raised or a code is compared."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from admin.error_codes import AdminErrorCode
from dibao.error_codes import DibaoErrorCode
from gateway.error_codes import GatewayErrorCode
from identity.error_codes import IdentityErrorCode
from kernel.error_codes import CommonErrorCode, ErrorCode
from services.disbursement.error_codes import DisbursementErrorCode
from services.households.error_codes import HouseholdsErrorCode
from services.supervision.error_codes import SupervisionErrorCode
from workbench.error_codes import WorkbenchErrorCode

ROOT = Path(__file__).resolve().parents[2]
ENUMS: dict[str, type[ErrorCode]] = {
    "common": CommonErrorCode,
    "households": HouseholdsErrorCode,
    "disbursement": DisbursementErrorCode,
    "supervision": SupervisionErrorCode,
    "identity": IdentityErrorCode,
    "gateway": GatewayErrorCode,
    "admin": AdminErrorCode,
    "workbench": WorkbenchErrorCode,
    "dibao": DibaoErrorCode,
}
FOLDERS = {
    "households": "services/households",
    "disbursement": "services/disbursement",
    "supervision": "services/supervision",
    "identity": "identity",
    "gateway": "gateway",
    "admin": "admin",
    "workbench": "workbench",
    "dibao": "dibao",
}
"""Where each part's code lives."""
SCANNED = ["kernel", "authz", *FOLDERS.values()]
SHAPE = re.compile(r"[A-Z][A-Z0-9_]+")
KNOWN = {code for enum in ENUMS.values() for code in enum.__members__}
"""Every code of every enum: a string key equal to one is a code written out (a status per code, say)."""
POSITIONAL = {
    "invalid": 1,
    "_problem": 2,
    "RowError": 1,
    "_refuse": 3,
    "RequestError": 0,
    "PersistedQueryError": 0,
    "SubgraphError": 1,
    "_failed": 1,
}
"""The position of the code among the arguments of the small refusal helpers and the gateway's errors."""


def _sources(folder: str) -> list[Path]:
    return [path for path in sorted((ROOT / folder).rglob("*.py")) if "migrations" not in path.parts]


def _literal_codes(path: Path) -> list[tuple[int, str]]:
    """String literals where a code is given or matched: `code=`, `code = ` in a class, a known code given a name
    (`SUBGRAPH_TIMEOUT = "SUBGRAPH_TIMEOUT"`), a `code` parameter's default,
    `{"code": …}` (and OAuth's `{"error": …}`), the positional code of the small refusal helpers, the default of
    `getattr(…, "code", …)`, a comparison of a code (`error.code in ("A", "B")`) and a known code as a dict key."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        candidates: list[ast.expr] = []
        if isinstance(node, ast.Call):
            candidates += [kw.value for kw in node.keywords if kw.arg == "code"]
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in POSITIONAL and len(node.args) > POSITIONAL[name]:
                candidates.append(node.args[POSITIONAL[name]])
            if name == "getattr" and len(node.args) == 3 and ast.unparse(node.args[1]) == "'code'":
                candidates.append(node.args[2])
        elif isinstance(node, ast.Assign) and (
            any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets)
            or (isinstance(node.value, ast.Constant) and node.value.value in KNOWN)
        ):
            candidates.append(node.value)
        elif isinstance(node, ast.arguments):
            named = [*node.posonlyargs, *node.args][-len(node.defaults) :] if node.defaults else []
            pairs = [*zip(named, node.defaults, strict=True), *zip(node.kwonlyargs, node.kw_defaults, strict=True)]
            candidates += [default for arg, default in pairs if arg.arg == "code" and default is not None]
        elif isinstance(node, ast.Dict):
            candidates += [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value in ("code", "error")
            ]
            candidates += [k for k in node.keys if isinstance(k, ast.Constant) and k.value in KNOWN]
        elif isinstance(node, ast.Compare) and "code" in ast.unparse(node.left):
            for side in node.comparators:
                candidates += side.elts if isinstance(side, ast.Tuple | ast.List | ast.Set) else [side]
        found += [
            (c.lineno, c.value)
            for c in candidates
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and SHAPE.fullmatch(c.value)
        ]
    return found


def _enum_references(paths: list[Path], enum: type[ErrorCode]) -> set[str]:
    pattern = re.compile(rf"\b{enum.__name__}\.([A-Z][A-Z0-9_]+)")
    return {name for path in paths for name in pattern.findall(path.read_text())}


def test_the_scan_finds_a_code_written_out_in_each_place_it_looks(tmp_path):
    # given a module that writes a code out in every way the scan knows
    source = tmp_path / "refusals.py"
    source.write_text(
        "raise InvalidInput('x', code='C_KEYWORD')\n"
        "raise RequestError('C_GATEWAY', ['x'])\n"
        "_refuse('x', 'y', 'where', 'C_HELPER')\n"
        "C_NAMED = 'SUBGRAPH_TIMEOUT'\n"
        "def not_found(*, code='C_DEFAULT'): ...\n"
        "body = {'code': 'C_DICT', 'error': 'C_OAUTH'}\n"
        "STATUS = {'FORBIDDEN': 403}\n"
        "ok = error.code in ('C_TUPLE',) or error.code == 'C_EQUAL'\n"
        "seen = getattr(failure, 'code', 'C_GETATTR')\n"
        "fine = status in ('APPROVED',) and {'name': 'NOT_A_CODE'}\n"
    )
    # when it is scanned, then each written-out code is found, and nothing else
    assert {code for _, code in _literal_codes(source)} == {
        "C_KEYWORD",
        "C_GATEWAY",
        "C_HELPER",
        "SUBGRAPH_TIMEOUT",
        "C_DEFAULT",
        "C_DICT",
        "C_OAUTH",
        "FORBIDDEN",
        "C_TUPLE",
        "C_EQUAL",
        "C_GETATTR",
    }


@pytest.mark.parametrize("folder", SCANNED)
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
    used = _enum_references([p for f in SCANNED for p in _sources(f)], CommonErrorCode)
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
