"""The authorization matrix (tests/authz/matrix.py), checked cell by cell through the gateway and directly.

Every operation of every subgraph schema must have a row, and every row a probe: each is run for every
role and region column through the gateway and against the subgraph itself, on records of the
column's region (a fresh one per allowed mutation); each cell is also checked against the policy.
"""

from __future__ import annotations

import datetime as dt
import importlib

import httpx
import pytest

from authz import tokens as jwt_tokens
from authz.enforcer import get_authorizer
from authz.permissions import FEDERATION_FIELDS, declared_actions
from authz.principal import Grant, Principal
from kernel.settings import SERVICES
from kernel.values import RegionCode
from tests.authz import probes_connections, probes_disbursement, probes_households, probes_supervision
from tests.authz.matrix import (
    CITY_2,
    COUNTY,
    COUNTY_2,
    MATRIX,
    PROVINCE,
    REGIONS,
    ROLES,
    TOWNSHIP_2,
    VILLAGE,
    VILLAGE_2,
)
from tests.authz.probes import PERIOD, Target, codes
from tests.authz.probes import PROBES as READS

PROBES = {
    **READS,
    **probes_households.PROBES,
    **probes_disbursement.PROBES,
    **probes_supervision.PROBES,
    **probes_connections.PROBES,
}

SUBGRAPHS = {**{name: f"services.{name}" for name in SERVICES}, "authz": "identity"}
COLUMNS = ("own", "sub", "sibling", "parent")
NEW_VILLAGE, FOREIGN_VILLAGE = TOWNSHIP_2[:9] + "200", CITY_2[:4] + "02100200"
LEAVES = [VILLAGE, VILLAGE_2, NEW_VILLAGE, COUNTY_2[:6] + "100200", FOREIGN_VILLAGE]


def schema_operations() -> dict[str, tuple[str, object]]:
    """Every operation the subgraphs serve now: name → (subgraph, graphql field or None for _entities)."""
    found = {}
    for subgraph, package in SUBGRAPHS.items():
        schema = importlib.import_module(f"{package}.schema").schema._schema
        for root in (schema.query_type, schema.mutation_type):
            for name, field in root.fields.items() if root else ():
                if name == "_entities":
                    found[f"{subgraph}._entities"] = (subgraph, None)
                elif name not in FEDERATION_FIELDS:
                    found[f"{subgraph}.{root.name}.{name}"] = (subgraph, field)
    return found


def test_every_operation_of_every_subgraph_has_a_row_in_the_matrix():
    missing = sorted(set(schema_operations()) - set(MATRIX))
    assert not missing, (
        "operations without a row in tests/authz/matrix.py — add one per operation (and a probe in "
        f"tests/authz/probes.py to check its region columns through the API): {missing}"
    )
    stale = sorted(set(MATRIX) - set(schema_operations()))
    assert not stale, f"rows for operations that no longer exist: {stale}"


# --- the world the cells aim at -----------------------------------------------------------------


async def _region(code: str, level: str, parent: str | None, name: str) -> None:
    from services.households.models import Region

    await Region.get_or_create(
        code=code, defaults={"name": name, "level": level, "parent_code": parent, "code_year": 2020}
    )


async def _prepared_household(village: str, setup: Principal) -> int:
    """A new household in `village` holding a bank account, a payment and a finding."""
    from services.disbursement.models import BankAccount, Payment
    from services.households import service
    from services.households.models import Person
    from services.supervision.models import Finding
    from tests.authz.probes import household_input

    data = household_input(village)
    members = [
        service.MemberIn(name=m["name"], id_number=m["idNumber"], relation=m["relation"]) for m in data["members"]
    ]
    row = await service.register_household(actor=setup, region_code=village, urban_rural="RURAL", members=members)
    head = await Person.filter(household_id=row.id).order_by("id").first()
    # rows of the other services for this new household only (their own APIs need a whole sign-off chain)
    account = f"6221{row.id:015d}"
    await BankAccount.create(
        household_id=row.id,
        region_code=village,
        bank_name="农村信用社",
        account_number=account,
        holder_name=head.name,
        holder_person_id=head.id,
    )
    await Payment.create(
        household_id=row.id,
        region_code=village,
        period="2026-10",
        amount="100.00",
        status="PAID",
        paid_on=dt.date(2026, 10, 10),
        account_number=account,
    )
    await Finding.create(
        household_id=row.id,
        region_code=village,
        rule="R02_STATUS_CHANGE",
        severity="LOW",
        evidence={"source": "authorization matrix"},
    )
    return row.id


async def _records_around(village: str, household: int) -> dict:
    """The household's account, and the roster, batch line, ledger entry, spot check, complaint and campaign of its places.

    Written directly: the services' own verbs need a whole sign-off chain or registry import first.
    """
    from services.disbursement.models import BankAccount, LedgerEntry, PaymentBatch, PaymentLine, Roster
    from services.supervision.models import Campaign, Complaint, SpotCheck

    township, county = village[:9] + "000", village[:6] + "000000"
    account = await BankAccount.get(household_id=household)
    roster, _ = await Roster.get_or_create(
        region_code=township,
        period=PERIOD,
        defaults={
            "months": 1,
            "state": "COMPILED",
            "compiled_by": "matrix.setup",
            "compiled_at": dt.datetime.now(dt.UTC),
        },
    )
    batch, _ = await PaymentBatch.get_or_create(
        region_code=county,
        period=PERIOD,
        defaults={"state": "RELEASED", "created_by": "matrix.setup", "released_by": "matrix.setup"},
    )
    line = await PaymentLine.create(
        batch_id=batch.id,
        roster_line_id=0,
        household_id=household,
        region_code=village,
        period=PERIOD,
        bank_name=account.bank_name,
        account_number=account.account_number,
        holder_name=account.holder_name,
        amount="100.00",
    )
    ledger, _ = await LedgerEntry.get_or_create(
        region_code=county,
        period=PERIOD,
        kind="ALLOCATION",
        defaults={"source": "COUNTY", "amount": "1000.00", "recorded_by": "matrix.setup"},
    )
    spot_check = await SpotCheck.create(
        region_code=village, period=PERIOD, share="0.10", seed=7, inspectors=["inspector"], drawn_by="matrix.setup"
    )
    complaint = await Complaint.create(
        region_code=village, received_on=dt.date(2031, 1, 5), content="矩阵测试举报", registered_by="matrix.setup"
    )
    campaign = await Campaign.create(
        name="矩阵专项",
        region_code=village,
        starts_on=dt.date(2031, 1, 1),
        ends_on=dt.date(2031, 3, 31),
        phases=[],
        created_by="matrix.setup",
    )
    return {
        "account": account.id,
        "roster": roster.id,
        "batch": batch.id,
        "line": line.id,
        "ledger": ledger.id,
        "spot_check": spot_check.id,
        "complaint": complaint.id,
        "campaign": campaign.id,
    }


@pytest.fixture(scope="module")
async def world(system):
    """Sibling township and sibling city added to the demo city; one prepared household and user per village."""
    from identity.models import User
    from identity.service import create_user
    from kernel.feeds import Position
    from services.disbursement.models import Payment
    from services.households.models import Person
    from services.supervision.models import Finding

    await _region(TOWNSHIP_2, "township", COUNTY, "矩阵镇")
    await _region(NEW_VILLAGE, "village", TOWNSHIP_2, "矩阵村")
    await _region(PROVINCE, "province", None, "湖南省")
    await _region(CITY_2, "city", PROVINCE, "郴州市")
    await _region(CITY_2[:4] + "02000000", "county", CITY_2, "北湖区")
    await _region(FOREIGN_VILLAGE[:9] + "000", "township", CITY_2[:4] + "02000000", "华塘镇")
    await _region(FOREIGN_VILLAGE, "village", FOREIGN_VILLAGE[:9] + "000", "塘村")
    setup = Principal("matrix.setup", frozenset({Grant("county_approver", "*")}))
    leaves = {}
    for village in LEAVES:
        household = await _prepared_household(village, setup)
        username = f"matrix.u.{village}"
        if not await User.exists(username=username):
            await create_user(username=username, password="matrix-password", grants=[("village_assistant", village)])
        leaves[village] = {
            "household": household,
            "person": (await Person.filter(household_id=household).order_by("id").first()).id,
            "payment": (payment := await Payment.filter(household_id=household).order_by("id").first()).id,
            "paid_after": str(Position(payment.txid, payment.id - 1)),
            "finding": (await Finding.filter(household_id=household).order_by("id").first()).id,
            "user": username,
            **await _records_around(village, household),
            **await probes_households.case_records(village),
        }
    for village, records in (await probes_supervision.registry_records(LEAVES)).items():
        leaves[village].update(records)
    if not await User.exists(username="matrix.target"):
        await create_user(username="matrix.target", password="matrix-password", grants=[("village_assistant", VILLAGE)])
    return leaves


def target(world: dict, role: str, column: int) -> Target | None:
    """The record a cell aims at: under the column's region and, for the parent column, outside one's own."""
    own, region = REGIONS[role][0], REGIONS[role][column]
    if region is None:
        return None
    prefix = "" if region == "*" else RegionCode(region).prefix
    outside = RegionCode(own).prefix if column == 3 else None
    village = next(v for v in LEAVES if v.startswith(prefix) and not (outside and v.startswith(outside)))
    code = COUNTY if region == "*" else region
    return Target(region=region, village=village, code=code, **world[village])


# --- callers -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def role_tokens(system) -> dict[str, str]:
    """An access token per role: the demo user's current grants, or the service identity."""
    from identity.models import User
    from identity.service import principal_of

    issued = {}
    for role, username in ROLES.items():
        if username is None:
            principal = Principal(f"service:{role}", frozenset({Grant(role, "*")}), kind="service")
        else:
            principal = await principal_of(await User.get(username=username))
        issued[role] = jwt_tokens.issue(principal)[0]
    return issued


@pytest.fixture(scope="module")
async def direct_clients(system):
    clients = {}
    for subgraph, package in SUBGRAPHS.items():
        app = importlib.import_module(f"{package}.app").create_app(own_database=False)
        clients[subgraph] = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://{subgraph}")
    yield clients
    for client in clients.values():
        await client.aclose()


def caller(http: httpx.AsyncClient, token: str):
    async def call(query: str, variables: dict) -> dict:
        response = await http.post(
            "/graphql", json={"query": query, "variables": variables}, headers={"authorization": f"Bearer {token}"}
        )
        return response.json()

    return call


# --- the check -----------------------------------------------------------------------------------


async def observed_row(operation: str, via: str, world, role_tokens, http_for) -> list[str]:
    """Mismatches between the row's cells and what the API answers."""
    probe = PROBES[operation]
    mismatches = []
    for role, cells in MATRIX[operation].items():
        call = caller(http_for(probe.subgraph), role_tokens[role])
        for column, expected in enumerate(cells):
            if expected == "-" or (column and not probe.regional):
                continue
            aimed = target(world, role, column)
            assert aimed is not None, f"{operation} {role}: cell {COLUMNS[column]} needs '-'"
            got = await probe.run(call, aimed)
            if got != expected:
                mismatches.append(
                    f"{operation} via {via}: {role} on {COLUMNS[column]} ({aimed.village}) "
                    f"expected {expected}, got {got}"
                )
    return mismatches


PROBED = sorted(PROBES)


@pytest.mark.parametrize("operation", [name for name in PROBED if PROBES[name].gateway])  # _entities: subgraphs only
async def test_the_matrix_holds_through_the_gateway(operation, world, role_tokens, client):
    assert await observed_row(operation, "gateway", world, role_tokens, lambda subgraph: client) == []


@pytest.mark.parametrize("operation", PROBED)
async def test_the_matrix_holds_directly_at_each_subgraph(operation, world, role_tokens, direct_clients):
    assert await observed_row(operation, "subgraph", world, role_tokens, direct_clients.__getitem__) == []


def test_every_row_has_a_probe():
    """A row is proven on records of each region, through both paths; a new operation needs its probe too."""
    missing = sorted(set(MATRIX) - set(PROBES))
    assert not missing, (
        "rows without a probe — add one in tests/authz/probes*.py that aims the operation at a record "
        f"(a fresh one for a mutation) of the target's region: {missing}"
    )


async def test_the_policy_agrees_with_every_row(world, role_tokens):
    """Beside what the API answers: each cell's region column in the policy, for the actions the field declares."""
    mismatches = []
    authorizer = get_authorizer()
    for operation, (_subgraph, field) in sorted(schema_operations().items()):
        if field is None:  # _entities: each entity type has its own guard, checked by the probes
            continue
        actions = declared_actions(field)
        for role, cells in MATRIX[operation].items():
            principal = jwt_tokens.verify(role_tokens[role])
            for column, expected in enumerate(cells):
                aimed = target(world, role, column) if expected != "-" else None
                if aimed is None:
                    continue
                allowed = all(authorizer.allows(principal, action, aimed.village) for action in actions)
                if allowed != (expected in "AM"):
                    mismatches.append(f"{operation} in the policy: {role} on {COLUMNS[column]} expected {expected}")
    assert mismatches == []


@pytest.mark.parametrize("user", ["township.officer", "county.finance", "county.auditor", "municipal.officer"])
async def test_only_the_reviewing_or_approving_step_may_send_a_roster_back(user, world, gql):
    """Given a compiled roster of the township; when a reader of rosters sends it back; then FORBIDDEN and nothing written."""
    from services.disbursement.models import Roster, SignOff

    roster = world[VILLAGE]["roster"]
    body = await gql(
        'mutation($id: ID!) { sendBackRoster(id: $id, reason: "矩阵") { id } }', {"id": str(roster)}, user=user
    )
    assert "FORBIDDEN" in codes(body)
    assert (await Roster.get(id=roster)).state == "COMPILED"
    assert not await SignOff.filter(roster_id=roster).exists()
