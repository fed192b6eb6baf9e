"""Each subgraph's printed SDL is checked in: an API change shows up in review as a diff of schema.graphql."""

import importlib
import os
from pathlib import Path

import pytest

from kernel.settings import SERVICES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("service", SERVICES)
def test_subgraph_schema_matches_the_checked_in_snapshot(service):
    printed = importlib.import_module(f"services.{service}.schema").schema.as_str() + "\n"
    snapshot = ROOT / "services" / service / "schema.graphql"
    if os.environ.get("DIBAO_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(printed, encoding="utf-8")
    assert snapshot.read_text(encoding="utf-8") == printed, (
        f"run DIBAO_UPDATE_SNAPSHOTS=1 pytest {__file__} and review the diff"
    )
