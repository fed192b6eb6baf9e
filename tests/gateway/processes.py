"""Processes the gateway comparisons run against: subgraphs over HTTP and the reference gateway in Node.

Node and the npm packages are test tooling only: `tests/gateway/reference/` pins `@apollo/gateway` and
`@apollo/composition`, installed into that folder by `make test` (or here, on first use, the same way).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "gateway" / "reference"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    """Poll `url` until it answers (any status), or fail with the process's output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{' '.join(map(str, process.args))} exited: {output_of(process)}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up within {timeout}s")


def start(args: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path = ROOT) -> subprocess.Popen:
    """Start a server process whose log goes to a file: a pipe nobody reads fills up and stalls the server."""
    log = tempfile.TemporaryFile("w+", encoding="utf-8")
    process = subprocess.Popen(
        list(args), cwd=cwd, env=dict(env or os.environ), stdout=subprocess.DEVNULL, stderr=log, text=True
    )
    process.log = log  # type: ignore[attr-defined]
    return process


def output_of(process: subprocess.Popen) -> str:
    """What a process started by `start` has logged so far."""
    log = getattr(process, "log", None)
    if log is None:
        return process.stderr.read() if process.stderr else ""
    log.flush()
    log.seek(0)
    return log.read()


def ensure_node_tooling() -> None:
    """Install the pinned reference packages into their folder when missing or older than the lock."""
    stamp = REFERENCE / "node_modules" / ".installed"  # the same stamp `make test` writes
    if stamp.exists() and stamp.stat().st_mtime >= (REFERENCE / "package-lock.json").stat().st_mtime:
        return
    done = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--prefix", str(REFERENCE)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"npm ci in {REFERENCE} failed: {done.stderr}")
    stamp.touch()


def apollo_compose(subgraphs: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """Compose `{name: (url, sdl)}` with @apollo/composition: `{ok, supergraphSdl, apiSchema, errors}`."""
    ensure_node_tooling()
    services = [{"name": name, "url": url, "sdl": sdl} for name, (url, sdl) in subgraphs.items()]
    done = subprocess.run(
        ["node", str(REFERENCE / "compose.mjs")],
        input=json.dumps(services),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REFERENCE,
    )
    if done.returncode != 0:
        raise RuntimeError(f"compose.mjs failed: {done.stderr}")
    return json.loads(done.stdout)


@contextmanager
def running(
    args: Sequence[str], ready_url: str, *, env: Mapping[str, str] | None = None, cwd: Path = ROOT
) -> Iterator[subprocess.Popen]:
    """Start a process, wait until `ready_url` answers, stop it on exit."""
    process = start(args, env=env, cwd=cwd)
    try:
        wait_until_up(ready_url, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def reference_gateway(supergraph_sdl: str, workdir: Path, script: str = "serve.mjs") -> Iterator[str]:
    """The reference gateway serving a supergraph on 127.0.0.1; yields its GraphQL URL.

    `serve.mjs` runs @apollo/gateway in @apollo/server; `serve-hive.mjs` runs Hive Gateway."""
    ensure_node_tooling()
    path = workdir / f"supergraph-{os.getpid()}-{time.monotonic_ns()}.graphql"
    path.write_text(supergraph_sdl, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with running(["node", str(REFERENCE / script), str(path), str(port)], url, cwd=REFERENCE):
        yield url


def hive_gateway(supergraph_sdl: str, workdir: Path) -> Iterator[str]:
    """Hive Gateway serving the same supergraph: the second reference."""
    return reference_gateway(supergraph_sdl, workdir, "serve-hive.mjs")


def service_ports() -> dict[str, int]:
    """A free loopback port for each product subgraph, chosen before any starts: each is given the others' URLs."""
    from kernel.settings import SERVICES

    return {name: free_port() for name in SERVICES}


def with_service_urls(env: Mapping[str, str], ports: Mapping[str, int]) -> dict[str, str]:
    """`env` plus DIBAO_<NAME>_URL for each service on its loopback port."""
    from kernel.settings import url_variable

    return {**env, **{url_variable(name): f"http://127.0.0.1:{port}/graphql" for name, port in ports.items()}}


@contextmanager
def product_subgraphs(env: Mapping[str, str] | None = None) -> Iterator[dict[str, str]]:
    """The three product subgraphs as separate processes, each given the others' URLs; yields name -> GraphQL URL."""
    ports = service_ports()
    urls: dict[str, str] = {}
    with _all_running(
        [
            (
                [sys.executable, "-m", "dibao.cli", "serve-subgraph", name, "--port", str(port)],
                f"http://127.0.0.1:{port}/healthz",
                name,
                f"http://127.0.0.1:{port}/graphql",
            )
            for name, port in ports.items()
        ],
        urls,
        with_service_urls(env or os.environ, ports),
    ):
        yield urls


@contextmanager
def fixture_subgraphs(env: Mapping[str, str] | None = None) -> Iterator[dict[str, str]]:
    """The directive fixture subgraphs (tests/gateway/directive_fixtures.py) in one process."""
    from tests.gateway.directive_fixtures import SUBGRAPHS

    port = free_port()
    args = [
        sys.executable,
        "-m",
        "uvicorn",
        "tests.gateway.directive_fixtures:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    with running(args, f"http://127.0.0.1:{port}/healthz", env=env):
        yield {name: f"http://127.0.0.1:{port}/{name}/graphql" for name in SUBGRAPHS}


@contextmanager
def _all_running(specs: Any, urls: dict[str, str], env: Mapping[str, str] | None) -> Iterator[None]:
    specs = list(specs)
    if not specs:
        yield
        return
    (args, ready, name, url), rest = specs[0], specs[1:]
    with running(args, ready, env=env):
        urls[name] = url
        with _all_running(rest, urls, env):
            yield


def fetch_sdl(url: str, authorization: str) -> str:
    """A subgraph's federation SDL over HTTP."""
    response = httpx.post(
        url, json={"query": "{ _service { sdl } }"}, headers={"authorization": authorization}, timeout=30
    )
    return response.json()["data"]["_service"]["sdl"]


@asynccontextmanager
async def file_gateway(service: str, app: Any, settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """`app` (a service's ASGI app) served by uvicorn on a loopback port, and a client of a gateway whose file relay
    reaches that service over HTTP: the multi-process deployment's path for files."""
    import asyncio
    import dataclasses

    import uvicorn
    from starlette.applications import Starlette

    from dibao.system import files_route

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    gateway = Starlette(
        routes=[files_route(dataclasses.replace(settings, subgraph_urls={service: f"http://127.0.0.1:{port}/graphql"}))]
    )
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url="http://gateway") as http:
            yield http
    finally:
        server.should_exit = True
        await serving
