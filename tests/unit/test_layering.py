"""The layering (pyproject.toml's import-linter contracts): the kernel imports nothing built on it, no service
imports another, the gateway knows no domain, authz is a library below the servers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kernel", "authz", "identity", "services", "gateway", "admin", "workbench", "dibao")
LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )


def test_the_tree_keeps_every_layering_contract():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_a_kernel_module_importing_authz_breaks_the_build(tmp_path):
    # given a copy of the tree whose subgraph factory reads tokens itself, as it once did
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "static"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    subgraph = tmp_path / "kernel" / "subgraph.py"
    subgraph.write_text(
        subgraph.read_text(encoding="utf-8") + "\n\ndef _late():\n    from authz.tokens import verify\n",
        encoding="utf-8",
    )
    # when the contracts are checked
    done = lint_imports(tmp_path)
    # then the kernel contract is broken, naming the import
    assert done.returncode != 0
    assert "kernel.subgraph -> authz.tokens" in done.stdout
