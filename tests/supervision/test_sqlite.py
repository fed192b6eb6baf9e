"""The embedded default: the projection, registry imports and inspection rules on SQLite give the same kind
of answers as on PostgreSQL (temporary tables, upserts and the rule SQL are written for both dialects)."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_projection_imports_and_rules_work_on_the_embedded_sqlite_databases(tmp_path):
    # given a small demo city in SQLite files, as `make run` builds it
    env = {key: value for key, value in os.environ.items() if not key.endswith("DATABASE_URL")}
    env.update(DIBAO_DATABASE_URL=f"sqlite://{tmp_path}/{{service}}.sqlite3", DIBAO_DATA_DIR=str(tmp_path))
    for args in (("migrate",), ("seed", "--households", "300", "--seed", "5")):
        done = subprocess.run(
            [sys.executable, "-m", "dibao.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
    # when supervision syncs its projection, replays it, imports registries and runs every rule three times
    done = subprocess.run(
        [sys.executable, "-m", "tests.supervision.sqlite_pipeline"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # then the projection mirrors the city and a replay gives the same rows
    assert found["households"] == 300 and found["replay_equal"]
    assert found["applied"]["households"] > 300 and found["applied"]["paid_lines"] > 0
    # and every rule raised what its preview matched, some rules matched, and the third run raised nothing new
    assert found["loaded"] > 5000
    assert found["matched"] == found["raised"] == found["open"] and sum(found["raised"].values()) > 0
    assert found["raised_again"] == 0
