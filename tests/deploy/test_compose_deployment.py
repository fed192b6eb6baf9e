"""docker-compose.yml as written pays people: its four dibao servers, started with exactly the environment compose
gives each (tests/deploy/compose_processes.py), carry a household from registration to a reconciled payment that
supervision's rules see, every cross-service call over HTTP."""

from __future__ import annotations

import asyncio
import base64
import csv
import datetime as dt
import io
import subprocess
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from kernel.settings import CALLS, SERVICES, database_variable, url_variable
from services.households.calendar import today
from tests.conftest import DEMO_PASSWORD, RUN_ID, SERVER, _admin
from tests.deploy.compose_processes import Collector, Loopback, compose_services, run_to_completion, servers
from tests.households.support import members

VILLAGE, TOWNSHIP, COUNTY = "431102100200", "431102100000", "431102000000"
SEEDED_HOUSEHOLDS = 40


@pytest.fixture(scope="module")
def loopback(tmp_path_factory) -> Loopback:
    return Loopback(
        compose_services(), server=SERVER, prefix=f"{RUN_ID}_compose", scratch=tmp_path_factory.mktemp("compose")
    )


@pytest.fixture(scope="module")
def collector(loopback) -> Iterator[Collector]:
    """Compose's jaeger: where every server sends its spans."""
    with Collector(loopback.port("jaeger", 4318)) as running:
        yield running


@pytest.fixture(scope="module")
def deployment(loopback, collector) -> Iterator[Loopback]:
    """migrate, a small demo city (`docker compose run --rm migrate dibao seed`), the three subgraphs, the gateway."""
    names = list(loopback.databases.values())
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names] + [f'CREATE DATABASE "{n}"' for n in names]
        )
    )
    try:
        migrated = run_to_completion(loopback, "migrate")
        assert migrated.returncode == 0, migrated.stderr + migrated.stdout
        seeded = run_to_completion(loopback, "migrate", "seed", "--households", str(SEEDED_HOUSEHOLDS), "--seed", "11")
        assert seeded.returncode == 0, seeded.stderr + seeded.stdout
        with servers(loopback, list(SERVICES)), servers(loopback, ["gateway"]):
            yield loopback
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


@pytest.fixture(scope="module")
def gateway(deployment) -> Iterator[Gateway]:
    with Gateway(deployment.url("gateway")) as client:
        yield client


class Gateway:
    """The gateway as users reach it: a token per demo user, GraphQL answers checked for errors."""

    def __init__(self, base: str) -> None:
        self.base, self.tokens = base, {}
        self.http = httpx.Client(base_url=base, timeout=120)

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    def token(self, user: str) -> str:
        if user not in self.tokens:
            answer = self.http.post("/auth/token", data={"username": user, "password": DEMO_PASSWORD})
            assert answer.status_code == 200, answer.text
            self.tokens[user] = answer.json()["access_token"]
        return self.tokens[user]

    def headers(self, user: str) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token(user)}"}

    def __call__(self, user: str, query: str, **variables) -> dict:
        response = self.http.post("/graphql", json={"query": query, "variables": variables}, headers=self.headers(user))
        body = response.json()
        assert response.status_code == 200 and "errors" not in body, body
        return body["data"]


def step(gateway: Gateway, user: str, mutation: str, application: str, **input) -> dict:
    query = f"mutation($a: ID!, $i: StepInput) {{ {mutation}(applicationId: $a, input: $i) {{ id state }} }}"
    return gateway(user, query, a=application, i=input)[mutation]


def next_month(day: dt.date) -> str:
    return f"{day.year + day.month // 12}-{day.month % 12 + 1:02d}"


def test_the_compose_deployment_pays_a_household_and_supervision_sees_the_payment(gateway):
    start = today() - dt.timedelta(days=20)  # the services' day (Asia/Shanghai)

    def day(offset: int) -> str:
        return (start + dt.timedelta(days=offset)).isoformat()

    # given a household registered in the demo village, applying twenty days ago
    household = gateway(
        "village.assistant",
        """mutation($i: RegisterHouseholdInput!) {
        registerHousehold(input: $i) { id members { id name idNumber relation } } }""",
        i={
            "regionCode": VILLAGE,
            "urbanRural": "RURAL",
            "members": members(("孙立平", "HEAD", "19650304"), ("李秀兰", "SPOUSE", "19670809")),
        },
    )["registerHousehold"]
    application = gateway(
        "village.assistant",
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        h=household["id"],
        on=day(0),
    )["submitApplication"]["id"]
    # when every step of the workflow is taken by its owner, through the gateway
    step(gateway, "township.officer", "acceptApplication", application, on=day(1))
    step(
        gateway,
        "township.officer",
        "recordInvestigation",
        application,
        on=day(2),
        signatures=["township.officer", "village.assistant"],
    )
    step(gateway, "township.leader", "giveTownshipOpinion", application, on=day(3), opinion="同意")
    step(gateway, "township.officer", "publishNotice", application, on=day(4))
    step(gateway, "township.officer", "closeNotice", application, on=day(11))
    assert (
        step(gateway, "county.approver", "approveApplication", application, on=day(12), opinion="符合条件")["state"]
        == "APPROVED"
    )
    monthly = Decimal(
        gateway("township.officer", "query($h: ID!) { household(id: $h) { monthlyAmount status } }", h=household["id"])[
            "household"
        ]["monthlyAmount"]
    )
    assert monthly > 0
    # and the township records its card, county finance its allocation, and the roster goes through every sign-off
    head = next(m for m in household["members"] if m["relation"] == "HEAD")
    gateway(
        "township.officer",
        "mutation($i: BankAccountInput!) { setBankAccount(input: $i) { account { id } } }",
        i={
            "householdId": household["id"],
            "bankName": "湖南农村信用社",
            "accountNumber": "6230901234567890125",
            "holderPersonId": head["id"],
        },
    )
    period = next_month(today())
    allocated = Decimal("250000.55")
    gateway(
        "county.finance",
        """mutation($c: String!, $p: String!, $a: String!) { recordAllocation(countyCode: $c, period: $p,
            source: CENTRAL, amount: $a, reference: "湘财社〔2026〕1号") { id } }""",
        c=COUNTY,
        p=period,
        a=str(allocated),
    )
    roster = gateway(
        "township.officer",
        """mutation($t: String!, $p: String!) { compileRoster(townshipCode: $t, period: $p) {
        id state lineCount total } }""",
        t=TOWNSHIP,
        p=period,
    )["compileRoster"]
    assert roster["state"] == "COMPILED" and roster["lineCount"] > 1, roster  # ours and the seeded township's
    gateway("township.leader", "mutation($id: ID!) { reviewRoster(id: $id) { state } }", id=roster["id"])
    gateway("county.approver", "mutation($id: ID!) { approveRoster(id: $id) { state } }", id=roster["id"])
    batch = gateway(
        "county.approver",
        """mutation($c: String!, $p: String!) { aggregateRosters(countyCode: $c, period: $p) {
        id lineCount total } }""",
        c=COUNTY,
        p=period,
    )["aggregateRosters"]
    released = gateway(
        "county.finance",
        "mutation($b: ID!) { confirmTransfer(batchId: $b) { id state total lineCount } }",
        b=batch["id"],
    )["confirmTransfer"]
    assert released["state"] == "RELEASED" and Decimal(released["total"]) == Decimal(roster["total"])

    # then the bank sees the batch, pages its lines and downloads the same lines as CSV through the gateway
    listed = gateway("bank.rcc", "query($p: String) { paymentBatches(period: $p) { id state } }", p=period)[
        "paymentBatches"
    ]
    assert [(b["id"], b["state"]) for b in listed] == [(batch["id"], "RELEASED")]
    lines, cursor = [], None
    while True:
        page = gateway(
            "bank.rcc",
            """query($b: ID!, $after: String) { batchLines(batchId: $b, first: 7, after: $after) {
            items { id householdId accountNumber holderName amount } nextCursor } }""",
            b=batch["id"],
            after=cursor,
        )["batchLines"]
        lines += page["items"]
        if not (cursor := page["nextCursor"]):
            break
    ours = next(line for line in lines if line["householdId"] == household["id"])
    assert (
        Decimal(ours["amount"]) == monthly
        and ours["accountNumber"] == "6230901234567890125"
        and ours["holderName"] == head["name"]
    )
    download = gateway.http.get(f"/files/batches/{batch['id']}/lines.csv", headers=gateway.headers("bank.rcc"))
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv"), download.text
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))[1:]
    assert sorted((r[0], Decimal(r[6])) for r in rows) == sorted(
        (line["id"], Decimal(line["amount"])) for line in lines
    )

    # when the bank pays every line but one of a seeded household, whose account was closed
    failed = next(line for line in lines if line["id"] != ours["id"])
    results = [
        {
            "lineId": line["id"],
            "status": "FAILED" if line is failed else "PAID",
            "amount": line["amount"],
            "reason": "ACCOUNT_CLOSED" if line is failed else None,
        }
        for line in lines
    ]
    posted = gateway(
        "bank.rcc",
        """mutation($b: ID!, $r: [LineResultInput!]!) { postBatchResults(batchId: $b, results: $r) {
        paid failed unchanged } }""",
        b=batch["id"],
        r=results,
    )["postBatchResults"]
    assert posted == {"paid": len(lines) - 1, "failed": 1, "unchanged": 0}
    # then the batch reconciles and the county's fund balances, to the cent
    total, returned = sum(Decimal(line["amount"]) for line in lines), Decimal(failed["amount"])
    reconciliation = gateway(
        "county.finance",
        """query($b: ID!) { paymentBatch(id: $b) { reconciliation {
        released paid failed pending balanced paidLines failedLines pendingLines } } }""",
        b=batch["id"],
    )["paymentBatch"]["reconciliation"]
    assert (
        Decimal(reconciliation["released"]),
        Decimal(reconciliation["paid"]),
        Decimal(reconciliation["failed"]),
        Decimal(reconciliation["pending"]),
    ) == (total, total - returned, returned, Decimal("0"))
    assert reconciliation["balanced"] and reconciliation["pendingLines"] == 0
    [fund] = gateway(
        "county.finance",
        "query($p: String) { fundBalances(period: $p) { countyCode allocated disbursed returned balance } }",
        p=period,
    )["fundBalances"]
    assert fund["countyCode"] == COUNTY
    assert (
        Decimal(fund["allocated"]),
        Decimal(fund["disbursed"]),
        Decimal(fund["returned"]),
        Decimal(fund["balance"]),
    ) == (allocated, total, returned, allocated - total + returned)
    # and the household's payment is on its record, across subgraphs
    payments = gateway(
        "township.officer",
        "query($h: ID!, $p: String) { household(id: $h) { payments(period: $p) { amount status } } }",
        h=household["id"],
        p=period,
    )["household"]["payments"]
    assert payments == [{"amount": ours["amount"], "status": "PAID"}]

    # when supervision catches its projection up with both feeds and a death registry names the head
    synced = {
        f["feed"]: f
        for f in gateway("inspector", "mutation { syncProjection { feed cursor applied } }")["syncProjection"]
    }
    assert set(synced) == {"households", "paid_lines"} and all(f["cursor"] for f in synced.values()), synced
    death = f"身份证号码,姓名,死亡日期\n{head['idNumber']},{head['name']},{start.replace(day=1).isoformat()}\n"
    imported = gateway(
        "inspector",
        """mutation($c: String!) { importRegistry(kind: DEATH, fileName: "deaths.csv", contentBase64: $c) {
        batch { rowsLoaded } } }""",
        c=base64.b64encode(death.encode()).decode(),
    )["importRegistry"]
    assert imported["batch"]["rowsLoaded"] == 1
    # then the paid-after-death rule finds the payment supervision learnt from disbursement, with its amount
    [outcome] = gateway(
        "inspector",
        """mutation($r: String!) { inspection(regionCode: $r, rule: R11_PAID_AFTER_DEATH, preview: true) {
        matched sample { householdId evidence } } }""",
        r=VILLAGE,
    )["inspection"]
    [hit] = [hit for hit in outcome["sample"] if hit["householdId"] == household["id"]]
    assert Decimal(str(hit["evidence"]["amount"])) == monthly and hit["evidence"]["lastPeriod"] == period, hit


def test_every_compose_server_sends_its_traces_to_the_collector_compose_names(gateway, collector):
    # given a dashboard query that reaches every subgraph through the gateway
    gateway("municipal.officer", "{ households(first: 3) { id payments { amount } findings { rule } } }")
    # then each server's spans reach OTEL_EXPORTER_OTLP_ENDPOINT under its OTEL_SERVICE_NAME (batched every 5 s)
    expected = {f"dibao-{name}" for name in (*SERVICES, "gateway")}
    deadline = time.monotonic() + 20
    while not expected <= collector.services() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert expected <= collector.services()


REFUSALS = (
    [(server, url_variable(name)) for server, called in CALLS.items() for name in called]
    + [(server, database_variable(server)) for server in SERVICES]
    + [("gateway", database_variable("authz"))]
)


@pytest.mark.parametrize(("server", "variable"), REFUSALS, ids=[f"{s}-{v}" for s, v in REFUSALS])
def test_a_compose_server_without_a_variable_it_needs_refuses_to_start_naming_it(tmp_path, server, variable):
    # given the server's compose environment without one URL it needs
    loopback = Loopback(compose_services(), server=SERVER, prefix=f"{RUN_ID}_refused", scratch=tmp_path)
    environment = loopback.environment(server)
    assert environment.pop(variable), f"compose gives {server} no {variable}"
    # when it is started as compose starts it
    done = subprocess.run(
        loopback.command(server), env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    # then it exits at once, naming the variable, and never listened
    assert done.returncode == 1 and variable in done.stderr and f"{server} cannot start" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    with pytest.raises(httpx.ConnectError):
        httpx.get(loopback.url(server, "/healthz"), timeout=2)
