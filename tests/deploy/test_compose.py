"""The container deployment: docker-compose.yml and the Dockerfile run the processes the code expects.

docker-compose.yml is rendered the way `docker compose config` renders it (tests/deploy/compose_file.py:
the Compose binary when installed, else the PyYAML reader) and the rendered model is then checked:
services, commands, environment, healthchecks and the dependency graph.
"""

from __future__ import annotations

import json
import re
import tomllib
import warnings
from pathlib import Path
from typing import Any

import pytest

from kernel.settings import CALLS, DATABASES, OPENS, SERVICES, database_variable, url_variable
from tests.deploy.compose_file import (
    _BRACED,
    _REFERENCE,
    COMPOSE_FILE,
    REQUIRED_VARIABLES,
    ROOT,
    VALUES,
    MissingVariable,
    compose_binary,
    render_with_binary,
    render_with_yaml,
)

DOCKERFILE = ROOT / "Dockerfile"
INIT_SQL = ROOT / "deploy" / "postgres" / "init-databases.sql"
ENV_EXAMPLE = ROOT / ".env.example"
PYPROJECT = ROOT / "pyproject.toml"
README = ROOT / "README.md"

DIBAO_SERVICES = ("migrate", *SERVICES, "gateway")
EXPECTED_SERVICES = {"postgres", "jaeger", *DIBAO_SERVICES}


# --- the rendered model --------------------------------------------------------------------


@pytest.fixture(scope="module")
def renderer(tmp_path_factory):
    """render(variables) -> the model `docker compose config` gives for those variables."""
    command, reason = compose_binary()
    print(f"docker-compose.yml rendered by: {reason}")
    if command is None:
        warnings.warn(reason, UserWarning, stacklevel=1)
        return render_with_yaml, None
    scratch = tmp_path_factory.mktemp("compose")
    return (lambda variables: render_with_binary(command, variables, scratch)), command


@pytest.fixture(scope="module")
def model(renderer) -> dict[str, Any]:
    render, _ = renderer
    return render(dict(VALUES))


def _url(name: str) -> str:
    return f"postgres://dibao:{VALUES['POSTGRES_PASSWORD']}@postgres:5432/dibao_{name}"


def _conditions(service: dict[str, Any]) -> dict[str, str]:
    return {target: spec["condition"] for target, spec in (service.get("depends_on") or {}).items()}


def _cli_args(command: list[str]):
    from dibao.cli import parser

    assert command[0] == "dibao", command
    return parser().parse_args(command[1:])


def test_compose_renders_the_whole_deployment(model):
    services = model["services"]
    assert EXPECTED_SERVICES <= set(services), sorted(services)

    # Every dibao process runs the image built from this repository's Dockerfile.
    images = {services[name].get("image") for name in DIBAO_SERVICES}
    assert len(images) == 1, images
    for name in DIBAO_SERVICES:
        build = services[name]["build"]
        assert Path(build["context"]).resolve() == ROOT, (name, build)
        assert build.get("dockerfile", "Dockerfile") == "Dockerfile", (name, build)
        environment = services[name]["environment"]
        assert environment["DIBAO_ENV"] == "production", name
        assert environment["DIBAO_JWT_SECRET"] == VALUES["DIBAO_JWT_SECRET"], name
        assert environment["DIBAO_SESSION_SECRET"] == VALUES["DIBAO_SESSION_SECRET"], name
        assert environment["OTEL_TRACES_EXPORTER"] == "otlp", name
        assert environment["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://jaeger:4318", name
        assert environment["OTEL_SERVICE_NAME"] == f"dibao-{name}", name

    postgres = services["postgres"]
    assert re.match(r"postgres:15([.-]|$)", postgres["image"]), postgres["image"]
    assert postgres["environment"]["POSTGRES_USER"] == "dibao"
    assert postgres["environment"]["POSTGRES_PASSWORD"] == VALUES["POSTGRES_PASSWORD"]
    mounts = {volume["target"]: volume for volume in postgres["volumes"]}
    data = mounts["/var/lib/postgresql/data"]
    assert data["type"] == "volume" and data["source"] in (model.get("volumes") or {}), data
    init = [v for v in postgres["volumes"] if v["target"].startswith("/docker-entrypoint-initdb.d/")]
    assert len(init) == 1 and init[0]["type"] == "bind", init
    assert Path(init[0]["source"]).resolve() == INIT_SQL and init[0]["target"].endswith(".sql"), init
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])

    migrate = services["migrate"]
    assert migrate["command"] == ["dibao", "migrate"]
    assert _cli_args(migrate["command"]).command == "migrate"
    for name in DATABASES:
        assert migrate["environment"][f"DIBAO_{name.upper()}_DATABASE_URL"] == _url(name)
    assert _conditions(migrate) == {"postgres": "service_healthy"}
    assert migrate.get("restart") in (None, "no"), "migrate runs once"

    for name in SERVICES:
        service = services[name]
        assert service["command"] == ["dibao", "serve-subgraph", name, "--host", "0.0.0.0", "--port", "8000"]
        args = _cli_args(service["command"])
        assert (args.command, args.name, args.host, args.port) == ("serve-subgraph", name, "0.0.0.0", 8000)
        assert service["environment"][f"DIBAO_{name.upper()}_DATABASE_URL"] == _url(name)
        conditions = _conditions(service)
        assert conditions["postgres"] == "service_healthy", name
        assert conditions["migrate"] == "service_completed_successfully", name
        assert not service.get("ports"), f"{name} is reached through the gateway only"

    gateway = services["gateway"]
    assert gateway["command"] == ["dibao", "serve-gateway", "--host", "0.0.0.0", "--port", "8000"]
    args = _cli_args(gateway["command"])
    assert (args.command, args.host, args.port) == ("serve-gateway", "0.0.0.0", 8000)
    for name in DATABASES:
        assert gateway["environment"][f"DIBAO_{name.upper()}_DATABASE_URL"] == _url(name)
    for name in SERVICES:
        assert gateway["environment"][f"DIBAO_{name.upper()}_URL"] == f"http://{name}:8000/graphql"
        assert _conditions(gateway)[name] == "service_healthy"
    assert [(p["host_ip"], str(p["published"]), int(p["target"])) for p in gateway["ports"]] == [
        ("127.0.0.1", "8000", 8000)
    ]

    jaeger = services["jaeger"]
    assert jaeger["image"].startswith("jaegertracing/all-in-one"), jaeger["image"]
    assert str(jaeger["environment"]["COLLECTOR_OTLP_ENABLED"]).lower() == "true"
    assert ("127.0.0.1", "16686", 16686) in [
        (p["host_ip"], str(p["published"]), int(p["target"])) for p in jaeger["ports"]
    ]

    # Nothing listens beyond this host.
    for name, service in services.items():
        for port in service.get("ports") or []:
            assert port["host_ip"] == "127.0.0.1", f"{name} publishes {port} beyond 127.0.0.1"


def test_compose_healthchecks_back_every_health_condition(model):
    services = model["services"]
    for name in (*SERVICES, "gateway"):
        healthcheck = services[name]["healthcheck"]
        test = healthcheck["test"]
        assert test[0] in ("CMD", "CMD-SHELL") and "python" in test[1], f"{name}: the slim image has no curl"
        assert "http://127.0.0.1:8000/healthz" in " ".join(test), name
    for name, service in services.items():
        for target, condition in _conditions(service).items():
            if condition == "service_healthy":
                healthcheck = services[target].get("healthcheck") or {}
                checked = healthcheck.get("test") and not healthcheck.get("disable")
                assert checked, f"{name} waits on {target}, which has no healthcheck"
            if condition == "service_completed_successfully":
                restart = services[target].get("restart")
                assert restart in (None, "no"), f"{name} waits for {target} to finish, which restarts"


def test_compose_dependency_graph_is_acyclic(model):
    services = model["services"]
    graph = {name: set(_conditions(service)) for name, service in services.items()}
    for name, targets in graph.items():
        assert targets <= set(graph), f"{name} depends on unknown services {sorted(targets - set(graph))}"

    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == "done":
            return
        assert state.get(name) != "visiting", f"dependency cycle: {' -> '.join([*path, name])}"
        state[name] = "visiting"
        for target in sorted(graph[name]):
            visit(target, [*path, name])
        state[name] = "done"

    for name in graph:
        visit(name, [])

    def reaches(start: str) -> set[str]:
        seen, stack = set(), [start]
        while stack:
            for target in graph[stack.pop()]:
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen

    for name in (*SERVICES, "gateway"):
        assert {"postgres", "migrate"} <= reaches(name), f"{name} may start before the databases are migrated"
    assert set(SERVICES) <= reaches("gateway")


@pytest.mark.parametrize("variable", REQUIRED_VARIABLES)
def test_compose_refuses_to_run_without_a_required_variable(renderer, variable):
    render, _ = renderer
    with pytest.raises(MissingVariable) as missing:
        render({name: value for name, value in VALUES.items() if name != variable})
    assert variable in str(missing.value)
    assert f"set {variable}" in str(missing.value), "the message says what to do"


def test_compose_variables_are_documented_in_env_example():
    text = COMPOSE_FILE.read_text(encoding="utf-8")
    referenced = {
        _BRACED.match(match.group(2)).group(1) if match.group(2) else match.group(3)
        for match in _REFERENCE.finditer(text)
        if not match.group(1)
    }
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(encoding="utf-8"), re.M))
    assert set(REQUIRED_VARIABLES) <= referenced
    assert referenced <= documented, f"not in .env.example: {sorted(referenced - documented)}"
    example = ENV_EXAMPLE.read_text(encoding="utf-8")
    for variable in REQUIRED_VARIABLES:
        assert re.search(rf"^{variable}=\s*$", example, re.M), f"{variable} is listed, with no value"


def _service_urls(environment: dict[str, Any]) -> set[str]:
    return {key for key in environment if re.fullmatch(r"DIBAO_[A-Z]+_URL", key)}


def _database_urls(environment: dict[str, Any]) -> set[str]:
    return {key for key in environment if re.fullmatch(r"DIBAO_[A-Z]+_DATABASE_URL", key)}


def test_each_server_gets_the_url_of_every_service_it_calls_and_of_every_database_it_opens(model):
    services = model["services"]
    for server, called in CALLS.items():
        environment = services[server]["environment"]
        assert _service_urls(environment) == {url_variable(name) for name in called}, server
        for name in called:
            assert environment[url_variable(name)] == f"http://{name}:8000/graphql", (server, name)
        assert _database_urls(environment) == {database_variable(name) for name in OPENS[server]}, server
    assert not _service_urls(services["migrate"]["environment"]), "migrate calls no service"


def test_the_readme_recipe_gives_each_process_what_compose_gives_it(model):
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## Multi-process deployment") :]
    section = section[: section.index("\n## ", 1)]
    recipe = section[section.index("```sh") :].split("```")[1].replace("\\\n", " ")
    started = {}
    for line in recipe.splitlines():
        if found := re.search(r"dibao (?:serve-subgraph (\w+)|(serve-gateway))", line):
            started[found[1] or "gateway"] = set(re.findall(r"\b(DIBAO_[A-Z]+_URL)=", line))
    tabled = {}
    for row in re.findall(r"^\| `dibao serve-(?:subgraph (\w+)|(gateway))[^|]*\|([^|]*)\|([^|]*)\|$", section, re.M):
        databases, urls = row[2], row[3]
        tabled[row[0] or "gateway"] = (
            set(re.findall(r"DIBAO_[A-Z]+_DATABASE_URL", databases)) or ("all four" in databases and "all"),
            set(re.findall(r"DIBAO_[A-Z]+_URL", urls)) or ("all three" in urls and "all"),
        )
    assert set(started) == set(tabled) == set(CALLS)
    for server in CALLS:
        environment = model["services"][server]["environment"]
        urls, databases = _service_urls(environment), _database_urls(environment)
        assert started[server] == urls, server
        assert tabled[server][1] in (urls, "all" if urls == {url_variable(n) for n in SERVICES} else None), server
        assert tabled[server][0] in (
            databases,
            "all" if databases == {database_variable(n) for n in DATABASES} else None,
        ), server


def test_postgres_init_script_creates_every_database():
    sql = INIT_SQL.read_text(encoding="utf-8")
    created = set(re.findall(r'^\s*CREATE\s+DATABASE\s+"?([A-Za-z0-9_]+)"?', sql, re.I | re.M))
    assert created == {f"dibao_{name}" for name in DATABASES}


def test_yaml_reader_agrees_with_compose(renderer, model):
    """The PyYAML reader (used where no Compose binary exists) renders what Compose renders."""
    render, command = renderer
    if command is None:
        print("no Compose binary to compare the PyYAML reader with; the checks above used that reader")
        return
    mine = render_with_yaml(dict(VALUES))["services"]

    def view(service: dict[str, Any]) -> dict[str, Any]:
        return {
            "image": service.get("image"),
            "command": service.get("command"),
            "environment": {k: v for k, v in (service.get("environment") or {}).items()},
            "depends_on": _conditions(service),
            "healthcheck": (service.get("healthcheck") or {}).get("test"),
            "ports": sorted((p["host_ip"], str(p["published"]), int(p["target"])) for p in service.get("ports") or []),
            "volumes": sorted(
                (v["type"], v["source"], v["target"], bool(v.get("read_only"))) for v in service.get("volumes") or []
            ),
            "restart": service.get("restart"),
        }

    assert set(mine) == set(model["services"])
    for name, service in model["services"].items():
        assert view(mine[name]) == view(service), name


# --- the Dockerfile ------------------------------------------------------------------------


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with comments dropped and continuation lines joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        pending += stripped
        keyword, _, arguments = pending.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return instructions


def _exec_form(arguments: str) -> list[str]:
    assert arguments.startswith("["), f"use the exec (JSON) form: {arguments}"
    return json.loads(arguments)


def test_dockerfile_installs_the_package_and_runs_the_gateway():
    instructions = dockerfile_instructions(DOCKERFILE.read_text(encoding="utf-8"))
    keywords = [keyword for keyword, _ in instructions]
    stages = [i for i, keyword in enumerate(keywords) if keyword == "FROM"]
    assert stages, "no FROM"
    assert all(keyword == "ARG" for keyword in keywords[: stages[0]]), "only ARG may come before the first FROM"
    final = instructions[stages[-1] :]
    for index in stages:
        assert re.match(r"(--platform=\S+\s+)?python:3\.11-slim(\s|$)", instructions[index][1]), instructions[index]

    # Dependencies are installed from pyproject.toml before the sources are copied (cache).
    pyproject = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    packages = [
        pattern.rstrip("*").rstrip(".") for pattern in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    ]
    copies = [
        (i, arguments.split()) for i, (keyword, arguments) in enumerate(instructions) if keyword in ("COPY", "ADD")
    ]
    first_pyproject = min(i for i, words in copies if "pyproject.toml" in words)
    for package in packages:
        copied = [i for i, words in copies if any(word.rstrip("/") == package for word in words[:-1])]
        assert copied, f"the package {package} is not copied into the image"
        assert min(copied) > first_pyproject, f"{package} is copied before pyproject.toml"
    installs = [
        i for i, (keyword, arguments) in enumerate(instructions) if keyword == "RUN" and "pip install" in arguments
    ]
    first_source = min(i for i, words in copies if any(word.rstrip("/") in packages for word in words[:-1]))
    assert installs and installs[0] < first_source, "dependencies are installed before the sources are copied"
    installs_package = [
        i
        for i, (keyword, arguments) in enumerate(instructions)
        if keyword == "RUN" and re.search(r"pip install\b[^&;|]*\s\.(\s|$|;|&)", arguments)
    ]
    assert installs_package, "the image installs the package with `pip install .`"
    assert not any(keyword == "COPY" and arguments.split()[0] == "." for keyword, arguments in instructions), (
        "copy the package directories, not the whole build context (.venv, var/, .git)"
    )

    # The final stage runs as an unprivileged user.
    users = [arguments for keyword, arguments in final if keyword == "USER"]
    assert users, "the image runs as root"
    assert users[-1].split(":")[0] not in ("root", "0"), users[-1]

    # Default command: the gateway on all interfaces, port 8000, through the `dibao` script.
    commands = [arguments for keyword, arguments in final if keyword == "CMD"]
    assert commands, "no CMD"
    command = _exec_form(commands[-1])
    assert command == ["dibao", "serve-gateway", "--host", "0.0.0.0", "--port", "8000"]
    assert command[0] in pyproject["project"]["scripts"]
    args = _cli_args(command)
    assert (args.command, args.host, args.port) == ("serve-gateway", "0.0.0.0", 8000)
    entrypoints = [arguments for keyword, arguments in final if keyword == "ENTRYPOINT"]
    assert not entrypoints, "CMD alone, so compose's command replaces it"
    assert any(keyword == "EXPOSE" and "8000" in arguments.split() for keyword, arguments in final)

    healthchecks = [arguments for keyword, arguments in final if keyword == "HEALTHCHECK"]
    for healthcheck in healthchecks:
        assert "curl" not in healthcheck and "wget" not in healthcheck, "the slim image has neither curl nor wget"


def test_each_server_may_read_the_replicas_of_its_databases_and_they_are_optional(model):
    from kernel.settings import READS, read_database_variable

    services = model["services"]
    readme = README.read_text(encoding="utf-8")
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for server, names in READS.items():
        environment = services[server]["environment"]
        replicas = {key for key in environment if re.fullmatch(r"DIBAO_[A-Z]+_READ_DATABASE_URL", key)}
        # each server is given the replica URL of each database it reads, and nothing else
        assert replicas == {read_database_variable(name) for name in names}, server
        # empty unless .env sets it: the server then reads its primary
        assert all(environment[key] in ("", None) for key in replicas), server
    assert not any(key.endswith("_READ_DATABASE_URL") for key in services["migrate"]["environment"]), "migrations write"
    # and the README and .env.example name every one
    for name in READS["gateway"]:
        assert read_database_variable(name) in example
    assert "`DIBAO_<NAME>_READ_DATABASE_URL`" in readme and "`DIBAO_<ITS NAME>_READ_DATABASE_URL`" in readme
