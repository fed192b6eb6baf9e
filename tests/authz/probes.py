"""How the matrix test aims each operation at a record or a place and reads the answer as A, M or D."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from kernel.values import id_check_digit

Call = Callable[[str, dict], Awaitable[dict]]
DENIED = {"FORBIDDEN", "UNAUTHENTICATED"}
_serial = itertools.count(1)


@dataclass
class Target:
    """What a cell aims at: a region column's code, and the records and places chosen under it."""

    region: str | None
    household: int
    person: int
    payment: int
    finding: int
    user: str
    village: str
    code: str  # the region record a regions probe looks for
    account: int | None = None
    roster: int | None = None  # the township's roster of PERIOD
    batch: int | None = None  # the county's released batch of PERIOD
    line: int | None = None  # this household's line in that batch
    ledger: int | None = None  # the county's allocation of PERIOD
    spot_check: int | None = None
    complaint: int | None = None
    campaign: int | None = None
    active: int | None = None  # a case in care of the village, due for review
    review_task: int | None = None  # its open review task
    late: int | None = None  # an overdue application of the village
    paid_after: str = ""  # the paid-lines feed position just before this household's payment
    decision: int | None = None  # a county decision on the village's case in care
    visit_draw: int | None = None  # a county pre-approval visit draw recorded for the village
    registry_batch: int | None = None  # the registry batch holding a rejected row of each village
    rejected_row: int | None = None  # this village's rejected row in it

    @property
    def township(self) -> str:
        return self.village[:9] + "000"

    @property
    def county(self) -> str:
        return self.village[:6] + "000000"

    @property
    def place(self) -> str | None:
        """The column's region as an argument (None for a caller granted everywhere)."""
        return None if self.region == "*" else self.region


def codes(body: dict) -> set[str]:
    return {(error.get("extensions") or {}).get("code", "") for error in body.get("errors") or []}


def _dig(data: Any, path: str) -> Any:
    for part in path.split("."):
        if data is None:
            return None
        if isinstance(data, list):
            data = data[int(part)] if int(part) < len(data) else None
        else:
            data = data.get(part)
    return data


def _masked(value: Any) -> bool:
    return value is None or (isinstance(value, str) and "*" in value)


@dataclass
class Probe:
    """Send `query` with variables built from the target; `found` is the path to the record, if any."""

    subgraph: str
    query: str
    variables: Callable[[Target], dict]
    found: str | None = None  # path to the returned record (a list's first item or an object)
    record: Callable[[Target], Any] = lambda target: None
    sensitive: str | None = None  # path inside the record to a field that is masked for some roles
    regional: bool = True
    gateway: bool = True  # _entities is a subgraph-only entry point
    key: str | None = None  # the record's identifying field, when not id, username or code
    refused: frozenset[str] = frozenset(DENIED)  # the codes that say "no" to a call aimed at a place

    async def run(self, call: Call, target: Target) -> str:
        body = await call(self.query, self.variables(target))
        if self.found is None:  # a call aimed at a place: anything but a refusal means it was allowed
            return "D" if codes(body) & self.refused else "A"
        item = _dig(body.get("data"), self.found)
        if isinstance(item, list):  # a list the record should be in
            item = next((i for i in item if str(self._identity(i)) == str(self.record(target))), None)
        if item is None or str(self._identity(item)) != str(self.record(target)):
            return "D"
        if self.sensitive and _masked(_dig(item, self.sensitive)):
            return "M"
        return "A"

    def _identity(self, item: dict) -> Any:
        if self.key:
            return item.get(self.key)
        return item.get("id", item.get("username", item.get("code")))


PERIOD = "2031-01"
"""The period of the rosters, batches and ledger entries the matrix prepares (no other test uses it)."""


def household_input(village: str) -> dict:
    """A new household with one head whose ID number no other test uses."""
    born = dt.date(1940, 1, 1) + dt.timedelta(days=next(_serial) * 3 + 7000)
    body = f"{village[:6]}{born:%Y%m%d}{next(_serial) % 1000:03d}"
    return {
        "regionCode": village,
        "urbanRural": "RURAL",
        "members": [{"name": "矩阵测试", "idNumber": body + id_check_digit(body), "relation": "HEAD"}],
    }


def _after(value: int) -> str | None:
    """The old lists' `after` just before a record (none before the first: `after: "0"` is not a record number)."""
    return str(value - 1) if value > 1 else None


PROBES: dict[str, Probe] = {
    "households.Query.households": Probe(
        "households",
        "query($after: ID, $region: String) { households(first: 1, after: $after, regionCode: $region) "
        "{ id regionCode members { idNumber } } }",
        lambda t: {"after": _after(t.household), "region": None if t.region == "*" else t.region},
        found="households.0",
        record=lambda t: t.household,
        sensitive="members.0.idNumber",
    ),
    "households.Query.household": Probe(
        "households",
        "query($id: ID!) { household(id: $id) { id members { idNumber } } }",
        lambda t: {"id": str(t.household)},
        found="household",
        record=lambda t: t.household,
        sensitive="members.0.idNumber",
    ),
    "households.Query.person": Probe(
        "households",
        "query($id: ID!) { person(id: $id) { id idNumber } }",
        lambda t: {"id": str(t.person)},
        found="person",
        record=lambda t: t.person,
        sensitive="idNumber",
    ),
    "households.Query.regions": Probe(
        "households",
        "query($parent: String) { regions(parentCode: $parent) { code } }",
        lambda t: {"parent": _parent(t.code)},
        found="regions",
        record=lambda t: t.code,
    ),
    "households.Query.changes": Probe(
        "households", "{ changes(first: 1) { nextCursor } }", lambda t: {}, regional=False
    ),
    "households.Mutation.registerHousehold": Probe(
        "households",
        "mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }",
        lambda t: {"input": household_input(t.village)},
    ),
    "households._entities": Probe(
        "households",
        "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id members { idNumber } } } }",
        lambda t: {"reps": [{"__typename": "Household", "id": str(t.household)}]},
        found="_entities.0",
        record=lambda t: t.household,
        sensitive="members.0.idNumber",
        gateway=False,
    ),
    "disbursement.Query.payments": Probe(
        "disbursement",
        "query($after: ID) { payments(first: 1, after: $after) { id } }",
        lambda t: {"after": _after(t.payment)},
        found="payments.0",
        record=lambda t: t.payment,
    ),
    "disbursement._entities": Probe(
        "disbursement",
        "query($reps: [_Any!]!) { _entities(representations: $reps) "
        "{ ... on Household { id bankAccount { accountNumber } payments { amount } } } }",
        lambda t: {"reps": [{"__typename": "Household", "id": str(t.household)}]},
        found="_entities.0",
        record=lambda t: t.household,
        sensitive="bankAccount.accountNumber",
        gateway=False,
    ),
    "supervision.Query.findings": Probe(
        "supervision",
        "query($after: ID) { findings(first: 1, after: $after) { id } }",
        lambda t: {"after": _after(t.finding)},
        found="findings.0",
        record=lambda t: t.finding,
    ),
    "supervision._entities": Probe(
        "supervision",
        "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id findings { rule } } } }",
        lambda t: {"reps": [{"__typename": "Household", "id": str(t.household)}]},
        found="_entities.0",
        record=lambda t: t.household,
        gateway=False,
    ),
    "households.Query.householdStatistics": Probe(
        "households",
        "query($r: String) { householdStatistics(regionCode: $r) { __typename } }",
        lambda t: {"r": t.place},
    ),
    "disbursement.Query.bankAccountHistory": Probe(
        "disbursement",
        "query($h: ID!) { bankAccountHistory(householdId: $h) { id accountNumber } }",
        lambda t: {"h": str(t.household)},
        found="bankAccountHistory",
        record=lambda t: t.account,
        sensitive="accountNumber",
    ),
    "disbursement.Query.rosters": Probe(
        "disbursement",
        "query($p: String) { rosters(period: $p) { id } }",
        lambda t: {"p": PERIOD},
        found="rosters",
        record=lambda t: t.roster,
    ),
    "disbursement.Query.roster": Probe(
        "disbursement",
        "query($id: ID!) { roster(id: $id) { id } }",
        lambda t: {"id": str(t.roster)},
        found="roster",
        record=lambda t: t.roster,
    ),
    "disbursement.Query.paymentBatches": Probe(
        "disbursement",
        "query($p: String) { paymentBatches(period: $p) { id } }",
        lambda t: {"p": PERIOD},
        found="paymentBatches",
        record=lambda t: t.batch,
    ),
    "disbursement.Query.paymentBatch": Probe(
        "disbursement",
        "query($id: ID!) { paymentBatch(id: $id) { id } }",
        lambda t: {"id": str(t.batch)},
        found="paymentBatch",
        record=lambda t: t.batch,
    ),
    "disbursement.Query.batchLines": Probe(
        "disbursement",
        "query($b: ID!) { batchLines(batchId: $b) { items { id accountNumber } } }",
        lambda t: {"b": str(t.batch)},
        found="batchLines.items",
        record=lambda t: t.line,
        sensitive="accountNumber",
    ),
    "disbursement.Query.strandedFunds": Probe(
        "disbursement",
        "query($c: String!) { strandedFunds(countyCode: $c) { lineId } }",
        lambda t: {"c": t.county},
        refused=frozenset(DENIED | {"REGION_NOT_FOUND"}),
    ),
    "disbursement.Query.fundBalances": Probe(
        "disbursement",
        "query($p: String) { fundBalances(period: $p) { countyCode } }",
        lambda t: {"p": PERIOD},
        found="fundBalances",
        record=lambda t: t.county,
        key="countyCode",
    ),
    "disbursement.Query.ledgerEntries": Probe(
        "disbursement",
        "query($p: String) { ledgerEntries(period: $p) { id } }",
        lambda t: {"p": PERIOD},
        found="ledgerEntries",
        record=lambda t: t.ledger,
    ),
    "supervision.Query.findingMetrics": Probe(
        "supervision",
        "{ findingMetrics(level: township) { regionCode } }",
        lambda t: {},
        found="findingMetrics",
        record=lambda t: t.township,
        key="regionCode",
    ),
    "supervision.Query.findingsByRule": Probe(
        "supervision",
        "query($r: String) { findingsByRule(regionCode: $r) { rule findings } }",
        lambda t: {"r": t.region},
    ),
    "supervision.Query.spotChecks": Probe(
        "supervision",
        "{ spotChecks(first: 50) { id } }",
        lambda t: {},
        found="spotChecks",
        record=lambda t: t.spot_check,
    ),
    "supervision.Query.complaints": Probe(
        "supervision",
        "query($after: ID) { complaints(first: 1, after: $after) { id } }",
        lambda t: {"after": _after(t.complaint)},
        found="complaints.0",
        record=lambda t: t.complaint,
    ),
    "supervision.Query.campaigns": Probe(
        "supervision", "{ campaigns(first: 50) { id } }", lambda t: {}, found="campaigns", record=lambda t: t.campaign
    ),
    "supervision.Query.inspectionRules": Probe(
        "supervision", "{ inspectionRules { __typename } }", lambda t: {}, regional=False
    ),
    "supervision.Query.projectionStatus": Probe(
        "supervision", "{ projectionStatus { __typename } }", lambda t: {}, regional=False
    ),
    "authz.Query.users": Probe(
        "authz",
        "query($u: String) { users(username: $u) { username } }",
        lambda t: {"u": t.user},
        found="users.0",
        record=lambda t: t.user,
    ),
    "authz.Query.roles": Probe("authz", "{ roles { name } }", lambda t: {}, regional=False),
    "authz.Mutation.createUser": Probe(
        "authz",
        "mutation($input: CreateUserInput!) { createUser(input: $input) { username } }",
        lambda t: {
            "input": {
                "username": f"matrix.new.{next(_serial)}",
                "password": "matrix-password",
                "grants": [{"role": "village_assistant", "regionCode": t.village}],
            }
        },
    ),
    "authz.Mutation.grantRole": Probe(
        "authz",
        'mutation($r: String!) { grantRole(username: "matrix.target", role: village_assistant, regionCode: $r) '
        "{ username } }",
        lambda t: {"r": t.village},
    ),
    "authz.Mutation.revokeRole": Probe(
        "authz",
        'mutation($r: String!) { revokeRole(username: "matrix.target", role: county_auditor, regionCode: $r) '
        "{ username } }",
        lambda t: {"r": t.village},
    ),
    "authz.Mutation.setUserActive": Probe(
        "authz",
        'mutation { setUserActive(username: "matrix.target", active: true) { username } }',
        lambda t: {},
        regional=False,
    ),
}


def _parent(code: str) -> str | None:
    from kernel.values import RegionCode

    parent = RegionCode.parse(code).parent
    return None if parent is None else str(parent)
