"""The Kubernetes manifests (deploy/kubernetes/) run the same image and processes as docker-compose.yml.

Every manifest is checked against the Kubernetes API schema (kubernetes-validate, strict: an unknown field
is an error), and the processes are compared with the model `docker compose config` renders: the same
commands, port and environment variables (the same values for what is not secret), readiness on /readyz
and liveness on /healthz, an autoscaler and a disruption budget for the gateway and every subgraph, and a
Job for the migrations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from kernel.settings import SERVICES
from tests.deploy.compose_file import VALUES, render_with_yaml
from tests.deploy.test_compose import DIBAO_SERVICES

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ROOT / "deploy" / "kubernetes"
KUBERNETES_VERSION = "1.30.0"
SERVED = (*SERVICES, "gateway")


def _documents(path: Path) -> list[dict[str, Any]]:
    return [document for document in yaml.safe_load_all(path.read_text(encoding="utf-8")) if document]


@pytest.fixture(scope="module")
def kustomization() -> dict[str, Any]:
    return yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resources(kustomization) -> dict[tuple[str, str], dict[str, Any]]:
    """(kind, name) -> manifest, for everything kustomization.yaml applies."""
    found = {}
    for file in kustomization["resources"]:
        for document in _documents(MANIFESTS / file):
            key = (document["kind"], document["metadata"]["name"])
            assert key not in found, f"{key} is defined twice"
            found[key] = document
    return found


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return render_with_yaml(dict(VALUES))["services"]


@pytest.fixture(scope="module")
def secret_keys() -> set[str]:
    (secret,) = _documents(MANIFESTS / "secret.example.yaml")
    assert all(value == "" for value in secret["stringData"].values()), "the example must carry no usable secret"
    return set(secret["stringData"])


def test_every_manifest_is_valid_kubernetes(kustomization):
    files = {path.name for path in MANIFESTS.glob("*.yaml")} - {"kustomization.yaml"}
    # every file is applied, except the secret template, which must never be applied as it is
    assert set(kustomization["resources"]) == files - {"secret.example.yaml"}
    for file in sorted(files):
        for document in _documents(MANIFESTS / file):
            kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_an_invalid_manifest_is_refused():
    """The validator is not a formality: a misspelt field fails it."""
    (deployment, *_) = _documents(MANIFESTS / "gateway.yaml")
    deployment["spec"]["template"]["spec"]["containers"][0]["readynessProbe"] = {"httpGet": {"path": "/readyz"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


def _container(workload: dict[str, Any]) -> dict[str, Any]:
    (container,) = workload["spec"]["template"]["spec"]["containers"]
    return container


def _environment(container: dict[str, Any], config: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Variable -> (where, value): ("value", v), ("config", v) or ("secret", key)."""
    found = {}
    for variable in container["env"]:
        source = variable.get("valueFrom", {})
        if "value" in variable:
            found[variable["name"]] = ("value", variable["value"])
        elif "configMapKeyRef" in source:
            assert source["configMapKeyRef"]["name"] == "dibao-config", variable
            found[variable["name"]] = ("config", config[source["configMapKeyRef"]["key"]])
        else:
            ref = source["secretKeyRef"]
            assert ref["name"] == "dibao-secrets", variable
            found[variable["name"]] = ("optional secret" if ref.get("optional") else "secret", ref["key"])
    return found


@pytest.mark.parametrize("name", DIBAO_SERVICES)
def test_each_process_matches_the_compose_file(name, resources, compose, secret_keys):
    kind = "Job" if name == "migrate" else "Deployment"
    workload = resources[(kind, name)]
    container = _container(workload)
    expected = compose[name]
    config = resources[("ConfigMap", "dibao-config")]["data"]

    assert container["command"] == expected["command"], name
    environment = _environment(container, config)
    assert set(environment) == set(expected["environment"]), name
    for variable, (where, value) in environment.items():
        if where == "secret":
            # secrets come from the Secret under their own name; compose fills them from .env
            assert value == variable and value in secret_keys, (name, variable)
            assert VALUES["POSTGRES_PASSWORD"] in expected["environment"][variable] or expected["environment"][
                variable
            ] == VALUES.get(variable), (name, variable)
        elif where == "optional secret":
            # a read replica's URL: absent from the Secret and empty in .env alike mean the primary
            assert value == variable and value in secret_keys and variable.endswith("_READ_DATABASE_URL"), (
                name,
                variable,
            )
            assert expected["environment"][variable] in ("", None), (name, variable)
        else:
            assert value == expected["environment"][variable], (name, variable)
    # the image runs as its unprivileged user, as the Dockerfile says
    assert workload["spec"]["template"]["spec"]["securityContext"]["runAsUser"] == 10001


@pytest.mark.parametrize("name", SERVED)
def test_each_served_process_is_probed_scaled_and_kept_available(name, resources, compose):
    deployment = resources[("Deployment", name)]
    container = _container(deployment)
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"] == labels

    assert [port["containerPort"] for port in container["ports"]] == [8000]
    assert "8000" in compose[name]["command"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["resources"]["requests"]["cpu"], "an autoscaler on CPU needs a CPU request"

    service = resources[("Service", name)]
    assert service["spec"]["selector"] == labels
    assert [port["port"] for port in service["spec"]["ports"]] == [8000]

    autoscaler = resources[("HorizontalPodAutoscaler", name)]
    assert autoscaler["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": name}
    assert 2 <= autoscaler["spec"]["minReplicas"] < autoscaler["spec"]["maxReplicas"]

    budget = resources[("PodDisruptionBudget", name)]
    assert budget["spec"]["selector"]["matchLabels"] == labels
    assert budget["spec"]["minAvailable"] < autoscaler["spec"]["minReplicas"], "a drain must be able to proceed"


def test_subgraph_urls_name_the_kubernetes_services(resources):
    """A URL in the config names a Service of these manifests on the port it serves."""
    config = resources[("ConfigMap", "dibao-config")]["data"]
    for variable, url in config.items():
        if variable.endswith("_URL") and variable.startswith("DIBAO_"):
            host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
            service = resources[("Service", host)]
            assert int(port) in [p["port"] for p in service["spec"]["ports"]], variable
