"""The dibao services of docker-compose.yml as local processes, each with exactly the environment compose gives it.

Compose's model (tests/deploy/compose_file.py, the PyYAML reader) is taken as rendered; only what a container
has and a local process lacks is translated: each `host:port` a service is reached at becomes 127.0.0.1 and a
port of its own, the `postgres` host becomes the test server (its user, and one fresh database per database
the init script creates), the image's own environment (PATH, DIBAO_DATA_DIR) points into the virtualenv and a
scratch folder, and a server's `--host 0.0.0.0 --port 8000` becomes its loopback address.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from tests.deploy.compose_file import ROOT, VALUES, render_with_yaml
from tests.gateway.processes import free_port, output_of, start

INIT_SQL = ROOT / "deploy" / "postgres" / "init-databases.sql"
DIBAO = "dibao"
_ADDRESS = re.compile(
    r"(?P<scheme>[a-z][a-z0-9+.-]*)://(?:(?P<user>[^@/\s]*)@)?(?P<host>[a-z][a-z0-9-]*):(?P<port>\d+)"
    r"(?P<path>/[^\s?#]*)?"
)


def compose_services() -> dict[str, dict[str, Any]]:
    """docker-compose.yml's services, rendered with the test values of the secrets."""
    return render_with_yaml(dict(VALUES))["services"]


def init_databases() -> list[str]:
    """The databases the postgres container's init script creates."""
    return re.findall(r"^\s*CREATE\s+DATABASE\s+\"?(\w+)\"?", INIT_SQL.read_text(encoding="utf-8"), re.I | re.M)


class Loopback:
    """Where compose's hosts are found on this machine: services on loopback ports, postgres on the test server."""

    def __init__(self, services: dict[str, dict[str, Any]], *, server: str, prefix: str, scratch: Path) -> None:
        self.services, self.scratch = services, scratch
        parts = urlsplit(server)
        self.server_netloc = parts.netloc
        self.databases = {name: f"{prefix}_{name}" for name in init_databases()}
        self.ports: dict[tuple[str, int], int] = {}

    def port(self, host: str, port: int) -> int:
        """The loopback port standing for `host:port` (one per pair, chosen once)."""
        if (host, port) not in self.ports:
            self.ports[(host, port)] = free_port()
        return self.ports[(host, port)]

    def url(self, service: str, path: str = "") -> str:
        """The loopback URL of a dibao server (it listens on 8000 in its container)."""
        return f"http://127.0.0.1:{self.port(service, 8000)}{path}"

    def address(self, value: str) -> str:
        """A value with every compose host in it replaced by where that host is here."""

        def local(match: re.Match) -> str:
            host, port = match["host"], int(match["port"])
            if host not in self.services:
                return match[0]
            if host == "postgres":
                database = match["path"].lstrip("/")
                assert database in self.databases, f"{value}: no init script creates {database}"
                return f"{match['scheme']}://{self.server_netloc}/{self.databases[database]}"
            user = f"{match['user']}@" if match["user"] else ""
            return f"{match['scheme']}://{user}127.0.0.1:{self.port(host, port)}{match['path'] or ''}"

        return _ADDRESS.sub(local, value)

    def environment(self, service: str) -> dict[str, str]:
        """Exactly the service's compose environment, hosts localised, plus what the image itself sets."""
        image = {
            "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
            "HOME": str(self.scratch),
            "PYTHONUNBUFFERED": "1",
            "DIBAO_DATA_DIR": str(self.scratch / service / "var"),
        }
        given = self.services[service].get("environment") or {}
        return {**image, **{key: self.address(value) for key, value in given.items() if value is not None}}

    def command(self, service: str) -> list[str]:
        """The service's compose command, run by the virtualenv's `dibao` script, listening on its loopback port."""
        command = list(self.services[service]["command"])
        assert command[0] == DIBAO, command
        command[0] = str(Path(sys.executable).parent / DIBAO)
        for option, value in (("--host", "127.0.0.1"), ("--port", None)):
            if option in command:
                index = command.index(option) + 1
                command[index] = value or str(self.port(service, int(command[index])))
        return command


class Collector:
    """An OTLP/HTTP endpoint that accepts every export and keeps the bodies (compose's jaeger, on loopback)."""

    def __init__(self, port: int) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append(self.rfile.read(int(self.headers.get("content-length") or 0)))
                self.send_response(200)
                self.send_header("content-type", "application/x-protobuf")
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Collector:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def services(self) -> set[str]:
        """The OTEL service names seen in the exports so far."""
        return {name.decode() for body in self.received for name in re.findall(rb"dibao-[a-z]+", body)}


def run_to_completion(
    loopback: Loopback, service: str, *args: str, timeout: float = 600
) -> subprocess.CompletedProcess:
    """A one-shot service (migrate) as compose runs it, or with `args` as `docker compose run SERVICE …` would."""
    command = loopback.command(service) if not args else [str(Path(sys.executable).parent / DIBAO), *args]
    return subprocess.run(
        command,
        env=loopback.environment(service),
        cwd=loopback.scratch,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def healthy(url: str, processes: dict[str, subprocess.Popen], timeout: float = 90) -> None:
    """Wait until `url` answers 200, as compose's healthcheck asks; fail with the logs of any process that died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise AssertionError(f"{name} exited {process.returncode}: {output_of(process)}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} was not healthy within {timeout}s")


@contextmanager
def servers(loopback: Loopback, names: list[str]) -> Iterator[dict[str, subprocess.Popen]]:
    """The named long-running services, started together, each healthy before this yields; stopped after."""
    processes: dict[str, subprocess.Popen] = {}
    try:
        for name in names:
            processes[name] = start(loopback.command(name), env=loopback.environment(name), cwd=loopback.scratch)
        for name in names:
            healthy(loopback.url(name, "/healthz"), processes)
        yield processes
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
