"""Demo data: a synthetic city shaped like the source reports, deterministic for a given seed."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import operator
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from faker import Faker
from tortoise import Tortoise, fields

from kernel.values import id_check_digit
from services.disbursement.models import BankAccount, Payment
from services.households import events as feed_events
from services.households import seeding as demo_cases
from services.households.models import CaseAmount, ChangeEvent, Household, IncomeItem, Person, Region, Standard
from services.households.seeding import CITY_STANDARDS
from services.supervision.models import Finding

CITY = ("431100000000", "永州市")
COUNTIES = [  # GB/T 2260 codes of the city's 2 districts and 9 counties (code year 2020)
    ("431102", "零陵区"),
    ("431103", "冷水滩区"),
    ("431121", "祁阳县"),
    ("431122", "东安县"),
    ("431123", "双牌县"),
    ("431124", "道县"),
    ("431125", "江永县"),
    ("431126", "宁远县"),
    ("431127", "蓝山县"),
    ("431128", "新田县"),
    ("431129", "江华瑶族自治县"),
]
FULL_TOWNSHIPS, FULL_VILLAGES, FULL_HOUSEHOLDS = 188, 5313, 90_000
STANDARD = {"URBAN": Decimal("700.00"), "RURAL": Decimal("500.00")}
PLACE_SYLLABLES = "东南西北中上下大小新老长青白石金水山河田林花桥塘岭冲湾坪江源溪坝口铺湖"
BATCH = 5000
NOW = dt.datetime.now(dt.UTC)


@dataclass
class SeedReport:
    regions: int = 0
    households: int = 0
    persons: int = 0
    payments: int = 0
    findings: int = 0
    batch_lines: int = 0


class Names:
    """Faker's zh_CN names, the very draws Faker would make from its generator, without re-adding the
    surname weights at every draw (which made names most of the seeding time at city scale)."""

    def __init__(self, fake: Faker) -> None:
        provider = next(p for p in fake.providers if hasattr(p, "last_names"))
        self.random = fake.random
        self.surnames = tuple(provider.last_names)
        self.cumulative = list(itertools.accumulate(provider.last_names.values()))
        self.male, self.female = tuple(provider.first_names_male), tuple(provider.first_names_female)

    def last_name(self) -> str:
        return self.random.choices(self.surnames, cum_weights=self.cumulative)[0]

    def first_name_male(self) -> str:
        return self.random.choice(self.male)

    def first_name_female(self) -> str:
        return self.random.choice(self.female)


def _place_name(rng: random.Random, suffix: str) -> str:
    return "".join(rng.choice(PLACE_SYLLABLES) for _ in range(2)) + suffix


def _id_number(rng: random.Random, county: str, born: dt.date, male: bool, used: set[str]) -> str:
    """A valid ID number not yet handed out (same county and birthday share 500 sequence numbers per sex)."""
    while True:
        sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)
        body = f"{county}{born:%Y%m%d}{sequence:03d}"
        if body not in used:
            used.add(body)
            return body + id_check_digit(body)


def build_regions(
    households: int, rng: random.Random, *, city: tuple[str, str] = CITY, counties: list[tuple[str, str]] = COUNTIES
) -> list[Region]:
    """City, its counties, and townships/villages scaled to the number of households (a city of the source
    reports' shape: 188 townships and 5,313 villages for 90,000 households, at most)."""
    villages_total = min(FULL_VILLAGES, max(len(counties), round(households * FULL_VILLAGES / FULL_HOUSEHOLDS)))
    townships_total = min(FULL_TOWNSHIPS, max(len(counties), round(villages_total * FULL_TOWNSHIPS / FULL_VILLAGES)))
    regions = [Region(code=city[0], name=city[1], level="city", parent_code=city[0][:2] + "0" * 10, code_year=2020)]
    townships: list[Region] = []
    for index, (county, name) in enumerate(counties):
        regions.append(Region(code=county + "000000", name=name, level="county", parent_code=city[0], code_year=2020))
        count = townships_total // len(counties) + (1 if index < townships_total % len(counties) else 0)
        for number in range(count):
            kind = number % 3  # towns (100-199), townships (200+), sub-districts (001-099)
            code = county + (
                f"{100 + number:03d}" if kind == 0 else f"{200 + number:03d}" if kind == 1 else f"{number + 1:03d}"
            )
            suffix = ("镇", "乡", "街道")[kind]
            townships.append(
                Region(
                    code=code + "000",
                    name=_place_name(rng, suffix),
                    level="township",
                    parent_code=county + "000000",
                    code_year=2020,
                )
            )
    regions += townships
    for index in range(villages_total):
        township = townships[index % len(townships)]
        number = index // len(townships)
        community = number % 3 == 2  # about a third residents' committees (001-199), the rest villages (200-399)
        code = township.code[:9] + (f"{number + 1:03d}" if community else f"{200 + number:03d}")
        regions.append(
            Region(
                code=code,
                name=_place_name(rng, "社区" if community else "村"),
                level="village",
                parent_code=township.code,
                code_year=2020,
                urban_rural_class="111" if community else "220",
            )
        )
    return regions


def _month_before(day: dt.date, months: int) -> str:
    """The period `months` calendar months before the month of `day` (2026-11-01, 1 → 2026-10)."""
    index = day.year * 12 + day.month - 1 - months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _chunks(items: list, size: int = BATCH) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


async def _bulk(model, rows: list) -> None:
    """COPY on PostgreSQL (one round trip per table); the ORM's batched inserts elsewhere."""
    if not rows:
        return
    connection = model._meta.db
    if connection.schema_generator.DIALECT == "postgres":
        await _copy(connection, model, rows)
        return
    for chunk in _chunks(rows):
        await model.bulk_create(chunk)


async def _write(
    others: list[tuple], parents: list[tuple], children: list[tuple], wrote: Callable[[int], None] = lambda rows: None
) -> None:
    """Every table in order on SQLite; on PostgreSQL the other services' tables load while the households
    tables do, and a household's dependants load together once the households are in. `wrote(rows)` after each table."""

    async def load(model, rows: list) -> None:
        await _bulk(model, rows)
        wrote(len(rows))

    if Tortoise.get_connection("households").schema_generator.DIALECT != "postgres":
        for model, rows in [*parents, *children, *others]:
            await load(model, rows)
        return

    async def households() -> None:
        await asyncio.gather(*(load(model, rows) for model, rows in parents))
        await asyncio.gather(*(load(model, rows) for model, rows in children))

    await asyncio.gather(households(), *(load(model, rows) for model, rows in others))


async def _copy(connection, model, rows: list) -> None:
    """Stream the rows with asyncpg's COPY; generated values are already stored types, except JSON and
    creation times (the ORM's own conversion validates every value again, which doubled the seeding time)."""
    meta = model._meta
    names = [
        name
        for name in meta.fields_db_projection
        if not (name == meta.pk_attr and getattr(rows[0], name) is None) and not meta.fields_map[name].has_db_default()
    ]
    read = operator.attrgetter(*names)
    fixes = [(index, fix) for index, name in enumerate(names) if (fix := _stored(meta.fields_map[name]))]
    if fixes:
        records = []
        for values in map(read, rows):
            values = list(values)
            for index, fix in fixes:
                values[index] = fix(values[index])
            records.append(tuple(values))
    else:
        records = list(map(read, rows))
    async with connection.acquire_connection() as raw:
        await raw.copy_records_to_table(
            meta.db_table, records=records, columns=[meta.fields_db_projection[n] for n in names]
        )


def _stored(field):
    if isinstance(field, fields.JSONField):
        return field.encoder
    if isinstance(field, fields.DatetimeField):
        return lambda value: value or NOW
    return None


async def _reset_sequences(connection_name: str, tables: list[str]) -> None:
    """Explicit ids were written; move PostgreSQL's sequences past them."""
    connection = Tortoise.get_connection(connection_name)
    if connection.schema_generator.DIALECT != "postgres":
        return
    for table in tables:
        await connection.execute_script(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)"
        )


async def partition_cities(prefixes: list[str]) -> None:
    """Each city's own partitions in the city-split tables before its rows arrive (PostgreSQL; kernel.partitions)."""
    from kernel.partitions import PLAN, split_default

    for name in PLAN:
        await split_default(Tortoise.get_connection(name), name, prefixes)


async def finish_load() -> None:
    """After the bulk writes: the standards on the change feed, the sequences past the ids written, statistics."""
    await ChangeEvent.bulk_create(
        [feed_events.event_for(standard, "SET") for standard in await Standard.all().order_by("id")]
    )
    await _reset_sequences("households", ["household", "person"])
    await _reset_sequences("disbursement", ["bank_account"])
    for name in ("households", "disbursement", "supervision"):
        await _analyze(name)


async def _analyze(connection_name: str) -> None:
    """Statistics after the bulk load, so the first queries are planned on real row counts (autovacuum may be off)."""
    connection = Tortoise.get_connection(connection_name)
    if connection.schema_generator.DIALECT == "postgres":
        await connection.execute_script("ANALYZE")


@dataclass
class Rows:
    """Generated rows not yet written, table by table."""

    households: list = field(default_factory=list)
    persons: list = field(default_factory=list)
    accounts: list = field(default_factory=list)
    payments: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    events: list = field(default_factory=list)
    incomes: list = field(default_factory=list)
    amounts: list = field(default_factory=list)

    def tables(self) -> tuple[list[tuple], list[tuple], list[tuple]]:
        """(other services' tables, households, the households' dependants) in the order `_write` loads them."""
        return (
            [(BankAccount, self.accounts), (Payment, self.payments), (Finding, self.findings)],
            [(Household, self.households)],
            [
                (Person, self.persons),
                (ChangeEvent, self.events),
                (IncomeItem, self.incomes),
                (CaseAmount, self.amounts),
            ],
        )

    def count(self) -> int:
        return sum(len(rows) for rows in vars(self).values())


def add_household(
    rows: Rows,
    *,
    household_id: int,
    person_id: int,
    village: Region,
    rng: random.Random,
    names: Names,
    today: dt.date,
    periods: list[str],
    used_ids: set[str],
) -> int:
    """One household of `village` with its members, bank account, case, payments, feed and perhaps a finding,
    appended to `rows`; returns the last person id handed out."""
    urban_rural = "URBAN" if village.urban_rural_class == "111" else "RURAL"
    status = "ACTIVE" if rng.random() < 0.93 else rng.choice(["APPLYING", "STOPPED"])
    household = demo_cases.row(
        Household,
        id=household_id,
        region_code=village.code,
        urban_rural=urban_rural,
        status=status,
        review_class=rng.choice([1, 1, 2, 3]),
        address=f"{village.name}{rng.randrange(1, 200)}号",
    )
    rows.households.append(household)
    size = rng.choices([1, 2, 3, 4, 5], weights=[30, 25, 22, 15, 8])[0]
    head_age = rng.randrange(25, 88)
    relations = ["HEAD"] + rng.choices(["SPOUSE", "CHILD", "PARENT", "GRANDCHILD"], weights=[3, 4, 1, 1], k=size - 1)
    if relations.count("SPOUSE") > 1:
        relations = ["HEAD"] + ["CHILD" if r == "SPOUSE" else r for r in relations[1:]]
    surname = names.last_name()
    head_name = ""
    for relation in relations:
        person_id += 1
        age = {
            "HEAD": head_age,
            "SPOUSE": head_age + rng.randrange(-5, 6),
            "CHILD": max(1, head_age - rng.randrange(20, 35)),
            "PARENT": min(99, head_age + rng.randrange(20, 30)),
            "GRANDCHILD": max(1, head_age - rng.randrange(40, 55)),
        }[relation]
        born = dt.date(today.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
        male = rng.random() < 0.5
        name = (surname if relation in ("HEAD", "CHILD", "GRANDCHILD") else names.last_name()) + (
            names.first_name_male() if male else names.first_name_female()
        )
        head_name = head_name or name
        rows.persons.append(
            demo_cases.row(
                Person,
                id=person_id,
                household_id=household_id,
                region_code=village.code,
                id_number=_id_number(rng, village.code[:6], born, male, used_ids),
                name=name,
                relation=relation,
                birth_date=born,
                sex="MALE" if male else "FEMALE",
            )
        )
    household.counted_members = size
    account = demo_cases.row(
        BankAccount,
        id=household_id,
        household_id=household_id,
        region_code=village.code,
        bank_name=rng.choice(["农村信用社", "邮政储蓄银行", "农业银行"]),
        account_number="6221" + "".join(str(rng.randrange(10)) for _ in range(15)),
        holder_name=head_name,
        holder_person_id=person_id - size + 1,
    )
    rows.accounts.append(account)
    if status == "ACTIVE":
        income = Decimal(rng.randrange(0, 300 * size, 10))
        incomes, amount = demo_cases.approve(household, income, size, today)
        rows.incomes += incomes
        rows.amounts.append(amount)
        for period in periods:
            rows.payments.append(
                demo_cases.row(
                    Payment,
                    household_id=household_id,
                    region_code=village.code,
                    period=period,
                    amount=amount.monthly_amount,
                    status="PAID",
                    paid_on=dt.date.fromisoformat(period + "-10"),
                    account_number=account.account_number,
                )
            )
    rows.events += demo_cases.feed(household, rows.persons[-size:])
    if rng.random() < 0.03:
        rows.findings.append(
            demo_cases.row(
                Finding,
                household_id=household_id,
                region_code=village.code,
                rule=rng.choice(["R02_STATUS_CHANGE", "R04_ASSETS", "R06_WAGES", "R01_PUBLIC_EMPLOYEE"]),
                severity=rng.choice(["LOW", "MEDIUM", "HIGH"]),
                evidence={"source": "demo"},
            )
        )
    return person_id


Progress = Callable[[str, int, int], None]
"""`progress(stage, done, total)`: stage "households" (households generated) then "rows" (rows written)."""

GENERATED_STEP = 250
"""Households generated between two progress reports."""


async def seed(
    *,
    households: int,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Progress = lambda stage, done, total: None,
) -> SeedReport:
    """Write regions, households, members, bank accounts, three months of payments and some findings."""
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    names = Names(fake)
    today = today or dt.date(2026, 11, 1)
    regions = build_regions(households, rng)
    villages = [region for region in regions if region.level == "village"]
    report = SeedReport(regions=len(regions))
    await partition_cities([CITY[0][:4]])
    await _bulk(Region, regions)

    rows = Rows(events=[feed_events.event_for(region, "ADDED") for region in regions])
    person_id = 0
    used_ids: set[str] = set()
    periods = [_month_before(today, k) for k in (3, 2, 1)]
    for household_id in range(1, households + 1):
        if household_id % GENERATED_STEP == 0:
            progress("households", household_id, households)
        village = villages[(household_id - 1) % len(villages)]
        person_id = add_household(
            rows,
            household_id=household_id,
            person_id=person_id,
            village=village,
            rng=rng,
            names=names,
            today=today,
            periods=periods,
            used_ids=used_ids,
        )

    progress("households", households, households)
    others, parents, children = rows.tables()
    children.append((Standard, demo_cases.standards(CITY[0])))
    total, written = rows.count() + len(CITY_STANDARDS), 0

    def wrote(rows: int) -> None:
        nonlocal written
        written += rows
        progress("rows", written, total)

    progress("rows", 0, total)
    await _write(others, parents, children, wrote)
    await finish_load()
    report.households, report.persons = len(rows.households), len(rows.persons)
    report.payments, report.findings = len(rows.payments), len(rows.findings)
    report.batch_lines = await release_demo_batch(period=_month_before(today, 0))
    return report


def _demo_actor(username: str):
    """The demo user as a principal with its documented grant, so the seeded sign-off is audited under its name."""
    from authz.principal import Grant, Principal

    _, _, role, region = next(user for user in DEMO_USERS if user[0] == username)
    return Principal(username=username, grants=frozenset({Grant(role, region)}))


async def release_demo_batch(*, period: str) -> int:
    """The demo township's roster of the current month, signed off by the demo users through the service's own
    steps, funded and released to `bank.rcc`, so a bank integration has a batch to fetch right after seeding."""
    from services.disbursement import ledger, signoff
    from services.disbursement.compile import compile_roster

    roster = await compile_roster(
        actor=_demo_actor("township.officer"), township_code=DEMO_VILLAGE[:9] + "000", period=period
    )
    await signoff.approve(actor=_demo_actor("township.leader"), roster_id=roster.id, step="TOWNSHIP_APPROVE")
    await signoff.approve(actor=_demo_actor("county.approver"), roster_id=roster.id, step="COUNTY_APPROVE")
    county = DEMO_VILLAGE[:6] + "000000"
    batch = await signoff.aggregate(actor=_demo_actor("county.approver"), county_code=county, period=period)
    await ledger.record_allocation(
        actor=_demo_actor("county.finance"),
        county_code=county,
        period=period,
        source="CENTRAL",
        amount=batch.total,
        reference=f"演示：{period} 中央困难群众救助补助资金",
    )
    return (await signoff.confirm_transfer(actor=_demo_actor("county.finance"), batch_id=batch.id)).line_count


DEMO_VILLAGE = "431102100200"
DEMO_PASSWORD = "dibao-demo-2026"
DEMO_USERS = [  # username, display name, role, region; documented in README.md
    ("village.assistant", "村协理员", "village_assistant", DEMO_VILLAGE),
    ("township.officer", "乡镇民政专干", "township_officer", DEMO_VILLAGE[:9] + "000"),
    ("township.leader", "乡镇分管领导", "township_leader", DEMO_VILLAGE[:9] + "000"),
    ("county.approver", "县民政局审批", "county_approver", DEMO_VILLAGE[:6] + "000000"),
    ("county.finance", "县财政", "county_finance", DEMO_VILLAGE[:6] + "000000"),
    ("county.auditor", "县审计", "county_auditor", DEMO_VILLAGE[:6] + "000000"),
    ("municipal.officer", "市民政局", "municipal_officer", CITY[0]),
    ("inspector", "市监察局", "supervision_inspector", CITY[0]),
    ("bank.rcc", "农村信用社", "bank_client", DEMO_VILLAGE[:6] + "000000"),
    ("admin", "系统管理员", "system_admin", "*"),
]


async def seed_users(*, password: str = DEMO_PASSWORD) -> int:
    """One user per level and role, all with the documented demo password."""
    from identity.models import User
    from identity.service import create_user

    created = 0
    for username, display_name, role, region in DEMO_USERS:
        if await User.exists(username=username):
            continue
        kind = "machine" if role == "bank_client" else "user"
        await create_user(
            username=username, password=password, display_name=display_name, grants=[(role, region)], kind=kind
        )
        created += 1
    return created
