"""The kernel reads tokens and mints service tokens only through what the process's entry point installed
(kernel.credentials): a process that forgot is refused when it builds a subgraph app or a service client,
naming the call to make, instead of serving requests nobody checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUILD = """
import sys
from kernel.credentials import CredentialsNotWired
from kernel.internal import InternalClient
from services.households.app import create_app

refused = []
for build in (lambda: create_app(own_database=False), lambda: InternalClient("households", caller="supervision")):
    try:
        build()
    except CredentialsNotWired as error:
        refused.append(str(error))
if "--wired" in sys.argv:
    from dibao.wiring import wire_credentials

    wire_credentials()
    create_app(own_database=False)
    InternalClient("households", caller="supervision")
print("\\n".join(refused))
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BUILD, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_a_process_that_installed_no_credentials_cannot_build_a_subgraph_or_a_service_client():
    # given a fresh process whose entry point did not wire credentials
    # when it builds the households subgraph app and a client to it
    done = run()
    # then both are refused, naming what to call
    assert done.returncode == 0, done.stderr
    refusals = done.stdout.strip().splitlines()
    assert len(refusals) == 2
    assert all("dibao.wiring.wire_credentials()" in refusal for refusal in refusals)


def test_once_wired_the_same_process_builds_both():
    done = run("--wired")
    assert done.returncode == 0, done.stderr
