"""Running inspection rules — 核查比对: preview or raise findings for a jurisdiction, one statement per rule."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from tortoise.transactions import in_transaction

from authz.scope import Scope
from kernel.audit import record
from kernel.errors import InvalidInput
from kernel.settings import get_settings
from kernel.values import SHANGHAI, RegionCode
from services.supervision import parameters
from services.supervision.error_codes import SupervisionErrorCode
from services.supervision.errors import outside
from services.supervision.models import AuditRecord
from services.supervision.rules import INSPECTED_SQL, RULES, SEVERAL, Context, Rule, in_several_households
from services.supervision.sql import CONNECTION, Sql, connection, decode_json, dialect_of, fetch
from services.supervision.standards import StandardBook

STANDARD_COLUMNS = ("standard_urban", "standard_rural")
"""The standards households pays by (through its change feed), per township, beside the rule parameters."""
PARAMETER_COLUMNS = (
    *STANDARD_COLUMNS,
    "vehicle_value_limit",
    "houses_limit",
    "employer_min_staff",
    "support_min",
    "work_refusals",
    "spending_multiple",
)


@dataclass
class Hit:
    household_id: int
    person_id: int | None
    region_code: str
    severity: str
    evidence: dict
    known: bool


@dataclass
class RuleOutcome:
    """What one rule found: cases matched, findings raised now, and (for a preview) a sample of the hits."""

    rule: Rule
    matched: int = 0
    already_open: int = 0
    raised: int = 0
    sample: list[Hit] = field(default_factory=list)


def rules_named(name: str | None) -> list[Rule]:
    if not name:
        return list(RULES.values())
    if name not in RULES:
        raise InvalidInput(
            f"unknown rule {name!r}; known: {', '.join(RULES)}",
            f"未知核查规则 {name!r}",
            field="rule",
            code=SupervisionErrorCode.UNKNOWN_RULE,
        )
    return [RULES[name]]


async def run(
    *,
    rule: str | None,
    region_code: str,
    scope: Scope,
    actor: str,
    preview: bool = False,
    as_of: dt.date | None = None,
    sample: int = 20,
) -> list[RuleOutcome]:
    """Preview (nothing written) or run rules over the caller's jurisdiction narrowed to `region_code`.

    The households in scope, their members and parameters are gathered once per run into temporary
    tables; each rule is then evaluated once into `run_hits`, which is counted, sampled or inserted."""
    chosen = rules_named(rule)
    region = RegionCode.parse(region_code).code
    narrowed = scope.narrowed(region)
    if narrowed.empty:
        raise outside(region)
    as_of = as_of or dt.datetime.now(SHANGHAI).date()
    conn = connection()
    townships = await _townships(conn, narrowed)
    values = await parameters.for_regions(townships, as_of)
    book = await StandardBook.load(as_of)
    for township, params in values.items():
        params["standard_urban"], params["standard_rural"] = _standards(book, township.ljust(12, "0"))
    villages = {code: _standards(book, code) for code in sorted(book.regions_below(9)) if narrowed.covers(code)}
    dialect = dialect_of(conn)
    parts = _split(narrowed, townships, get_settings().inspection_connections if dialect == "postgres" else 1)
    several = await _several(dialect, chosen) if len(parts) > 1 else None
    evaluated: list[list[RuleOutcome] | None] = [None] * len(parts)
    pending = len(parts)
    everyone_done = asyncio.Event()

    async def part(index: int, share: Scope) -> list[RuleOutcome]:
        """One share of the region on its own connection; every share commits only once all have evaluated, and
        the first writes the run's audit record with the merged counts."""
        nonlocal pending
        async with in_transaction(CONNECTION) as tx:
            try:
                evaluated[index] = await _evaluate(
                    tx, dialect, share, values, villages, chosen, as_of, preview, sample, several
                )
            finally:
                pending -= 1
                if not pending:
                    everyone_done.set()
            await everyone_done.wait()
            if any(outcomes is None for outcomes in evaluated):
                raise _Abandoned()
            merged = _merge(chosen, [o for o in evaluated if o is not None], sample)
            if index == 0 and not preview:
                await record(
                    AuditRecord,
                    actor=actor,
                    action="supervision.inspection.run",
                    entity="InspectionRun",
                    entity_id=rule or "ALL",
                    region_code=region,
                    after={
                        "asOf": as_of.isoformat(),
                        "rules": {
                            o.rule.name: {"version": o.rule.version, "matched": o.matched, "raised": o.raised}
                            for o in merged
                        },
                    },
                    using_db=tx,
                )
            return merged

    results = await asyncio.gather(*(part(i, share) for i, share in enumerate(parts)), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, _Abandoned):
            raise result
    first = results[0]
    assert not isinstance(first, BaseException)
    return first


async def _several(dialect: str, chosen: list[Rule]) -> dict[str, list[str]] | None:
    """The ID numbers and accounts held in more than one household, found once for a split run (each on its own
    connection, at once) instead of once per share: they are the whole projection's, not a share's."""
    if not any(rule.name == "R12_DUPLICATE_IDENTITY" for rule in chosen):
        return None

    async def values(table: str, column: str) -> list[str]:
        q = Sql(dialect)
        return [row[column] for row in await fetch(connection(), q, in_several_households(table, column))]

    found = await asyncio.gather(*(values(table, column) for table, column in SEVERAL))
    return {f"{table}.{column}": rows for (table, column), rows in zip(SEVERAL, found, strict=True)}


class _Abandoned(Exception):
    """Another share of the run failed: this one rolls back too."""


def _split(scope: Scope, townships: list[str], connections: int) -> list[Scope]:
    """The region in at most `connections` shares of whole cities, counties or townships (the coarsest level that
    gives enough), contiguous in code order and about equal in townships; one share when there is one connection."""
    if connections <= 1 or len(townships) <= 1:
        return [scope]
    for length in (4, 6, 9):
        units = sorted({township[:length] for township in townships})
        if len(units) >= connections:
            break
    weight = {unit: sum(1 for t in townships if t.startswith(unit)) for unit in units}
    shares: list[list[str]] = [[]]
    done, total = 0, len(townships)
    for unit in units:
        if shares[-1] and done >= total * len(shares) / connections and len(shares) < connections:
            shares.append([])
        shares[-1].append(unit)
        done += weight[unit]
    return [scope.intersect(Scope.of(share)) for share in shares]


def _merge(chosen: list[Rule], evaluated: list[list[RuleOutcome]], sample: int) -> list[RuleOutcome]:
    """Each rule's outcome over the whole region: shares hold disjoint households, so their counts add up, and a
    stable sort by household of the shares' samples keeps each household's hits in the order one share gives."""
    if len(evaluated) == 1:
        return evaluated[0]
    merged = []
    for index, chosen_rule in enumerate(chosen):
        outcomes = [share[index] for share in evaluated]
        merged.append(
            RuleOutcome(
                chosen_rule,
                matched=sum(o.matched for o in outcomes),
                already_open=sum(o.already_open for o in outcomes),
                raised=sum(o.raised for o in outcomes),
                sample=sorted((hit for o in outcomes for hit in o.sample), key=lambda hit: hit.household_id)[:sample],
            )
        )
    return merged


async def _evaluate(
    tx,
    dialect: str,
    scope: Scope,
    values: dict[str, dict[str, Decimal | None]],
    villages: dict[str, tuple[Decimal | None, Decimal | None]],
    chosen: list[Rule],
    as_of: dt.date,
    preview: bool,
    sample: int,
    several: dict[str, list[str]] | None = None,
) -> list[RuleOutcome]:
    """Every chosen rule over `scope` in one transaction: counted, sampled (a preview) or raised as findings."""
    outcomes = []
    await _gather(tx, dialect, scope, values, villages)
    for chosen_rule in chosen:
        q = Sql(dialect)
        body = chosen_rule.build(q, Context(q, as_of, several))
        await fetch(
            tx,
            q,
            f"WITH hits(household_id, person_id, region_code, severity, key, evidence) AS ({body})\n"
            f"INSERT INTO run_hits ({HIT_COLUMNS}) SELECT {HIT_COLUMNS} FROM hits",
        )
        counts = (
            await fetch(
                tx,
                Sql(dialect),
                "SELECT COUNT(*) AS matched, COUNT(f.id) AS known FROM (SELECT DISTINCT key FROM run_hits) k "
                f"LEFT JOIN finding f ON f.open_key = k.key AND f.rule = '{chosen_rule.name}'",
            )
        )[0]
        outcome = RuleOutcome(chosen_rule, matched=int(counts["matched"]), already_open=int(counts["known"]))
        if preview:
            outcome.sample = [
                _hit(row)
                for row in await fetch(
                    tx,
                    Sql(dialect),
                    (
                        "SELECT hits.*, EXISTS (SELECT 1 FROM finding f WHERE f.open_key = hits.key "
                        f"AND f.rule = '{chosen_rule.name}') AS known FROM run_hits hits "
                        f"ORDER BY hits.household_id, hits.key LIMIT {int(sample)}"
                    ),
                )
            ]
        else:
            insert = Sql(dialect)
            outcome.raised = len(await fetch(tx, insert, _insert(insert, chosen_rule)))
        await fetch(tx, Sql(dialect), "DELETE FROM run_hits")
        outcomes.append(outcome)
    if dialect != "postgres":
        await tx.execute_script("; ".join(f"DROP TABLE {table}" for table in RUN_TABLES))
    return outcomes


async def _townships(conn, scope: Scope) -> list[str]:
    q = Sql(dialect_of(conn))
    rows = await fetch(
        conn,
        q,
        f"SELECT DISTINCT substr(region_code, 1, 9) AS township FROM sv_household WHERE {scope.sql('region_code', q.p)}",
    )
    return sorted(row["township"] for row in rows)


def _standards(book: StandardBook, region_code: str) -> tuple[Decimal | None, Decimal | None]:
    return book.standard(region_code, "URBAN"), book.standard(region_code, "RURAL")


def _literal(value: Decimal | None) -> str:
    """A validated decimal inlined; no standard set is NULL, so no rule compares with it."""
    return "CAST(NULL AS NUMERIC(14, 2))" if value is None else str(Decimal(value).quantize(Decimal("0.01")))


HIT_COLUMNS = "household_id, person_id, region_code, severity, key, evidence"
REGISTRY_COLUMNS = (
    "r.id, r.batch_id, r.kind, r.id_number, r.name, r.event_date, r.end_date, r.amount, r.quantity, r.flag, "
    "r.reference, r.counterpart_id, r.region_code"
)
"""The registry's columns the rules read, carried into `member_records`."""
RUN_TABLES = ("run_hits", "hp", "member_records", "members", "hh", "inhh")
"""Temporary tables of one run, dropped with its transaction (explicitly on SQLite, which has no ON COMMIT DROP)."""


async def _gather(
    tx,
    dialect: str,
    scope: Scope,
    values: dict[str, dict[str, Decimal | None]],
    villages: dict[str, tuple[Decimal | None, Decimal | None]],
) -> None:
    """The relations every rule reads, as indexed temporary tables: `inhh` households in scope, `hh` the ones
    inspected (in care, in a grace exit, suspended, or applying), `members` their living members, `hp` those
    households with their standard (households' own, per township, or per village where a village has one of its
    own), parameters, size and last review. Standards and parameters are validated decimals, inlined."""
    postgres = dialect == "postgres"
    temp = (
        (lambda name: f"CREATE TEMP TABLE {name} ON COMMIT DROP AS")
        if postgres
        else (lambda name: f"CREATE TEMP TABLE {name} AS")
    )
    rows = [
        f"('{township}', " + ", ".join(_literal(params[c]) for c in PARAMETER_COLUMNS) + ")"
        for township, params in values.items()
        if township.isdigit()
    ] or ["('', " + ", ".join("0" for _ in PARAMETER_COLUMNS) + ")"]
    own = [
        f"('{code}', {_literal(urban)}, {_literal(rural)})"
        for code, (urban, rural) in villages.items()
        if code.isdigit()
    ]
    own = own or [f"('', {_literal(None)}, {_literal(None)})"]
    if postgres:
        # the run's sorts and hashes fit in memory instead of spilling to disk; its statements are short, and
        # compiling them (JIT, set off by the planner's pessimistic row estimates) cost more than running them
        await tx.execute_script("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off")
    else:
        await tx.execute_script("; ".join(f"DROP TABLE IF EXISTS temp.{table}" for table in RUN_TABLES))
    q, none = Sql(dialect), Sql(dialect)
    await fetch(tx, none, f"{temp('inhh')} SELECT * FROM sv_household WHERE 1 = 0")  # parameters only reach the INSERT
    await fetch(tx, q, f"INSERT INTO inhh SELECT * FROM sv_household WHERE {scope.sql('region_code', q.p)}")
    for statement in (
        f"{temp('hh')} SELECT * FROM inhh WHERE status IN ({INSPECTED_SQL})",
        "CREATE INDEX run_hh_id ON hh (household_id)",
        f"{temp('members')} SELECT p.* FROM sv_person p JOIN hh ON hh.household_id = p.household_id WHERE p.deceased_on IS NULL",
        "CREATE INDEX run_members_household ON members (household_id)",
        # the registry joined to the members once for the run, not once per rule: few records name a member, and
        # each rule then reads those few instead of hashing the registry's kind against every member again
        f"""{temp("member_records")} SELECT m.household_id, m.person_id, m.counted, {REGISTRY_COLUMNS}
FROM members m JOIN registry_record r ON r.id_number = m.id_number""",
        f"""{temp("hp")} WITH params(township, {", ".join(PARAMETER_COLUMNS)}) AS (VALUES {", ".join(rows)}),
village_standards(region_code, {", ".join(STANDARD_COLUMNS)}) AS (VALUES {", ".join(own)}),
sizes AS (SELECT household_id, COUNT(*) AS n FROM members WHERE counted GROUP BY household_id),
reviews AS (SELECT d.household_id, MAX(d.decided_on) AS reviewed_on FROM sv_decision d JOIN hh ON hh.household_id = d.household_id
            GROUP BY d.household_id)
SELECT hh.household_id, hh.region_code, hh.urban_rural, COALESCE(sizes.n, 0) AS n, reviews.reviewed_on,
       CASE WHEN hh.urban_rural = 'URBAN' THEN COALESCE(vs.standard_urban, pr.standard_urban)
            ELSE COALESCE(vs.standard_rural, pr.standard_rural) END AS standard,
       {", ".join("pr." + c for c in PARAMETER_COLUMNS[2:])}
FROM hh JOIN params pr ON pr.township = substr(hh.region_code, 1, 9)
LEFT JOIN village_standards vs ON vs.region_code = hh.region_code
LEFT JOIN sizes ON sizes.household_id = hh.household_id LEFT JOIN reviews ON reviews.household_id = hh.household_id""",
        "CREATE INDEX run_hp_id ON hp (household_id)",
        f"CREATE TEMP TABLE run_hits (household_id BIGINT, person_id BIGINT, region_code VARCHAR(12), severity VARCHAR(8), key TEXT, "
        f"evidence {'JSONB' if postgres else 'JSON'}){' ON COMMIT DROP' if postgres else ''}",
    ):
        await fetch(tx, none, statement)
    if postgres:
        # statistics of the columns the rules join and filter on: the planner needs no others, and sampling all of
        # them was a third of the gathering
        await tx.execute_script(
            "ANALYZE inhh (household_id, status); ANALYZE hh (household_id); "
            "ANALYZE members (household_id, id_number, counted); ANALYZE hp (household_id, n, reviewed_on); "
            "ANALYZE member_records (household_id, person_id, kind)"
        )


def _insert(q: Sql, rule: Rule) -> str:
    now = q.p(dt.datetime.now(dt.UTC), "timestamptz")
    # led by WITH, so the driver fetches what RETURNING gives (both dialects count the rows inserted); a key already
    # open is skipped: the open key is the one unique key a raised finding can meet (on PostgreSQL with the rule, its
    # partition key, added — the key begins with the rule's code, so that is the same key)
    return f"""WITH hits AS (SELECT * FROM run_hits)
INSERT INTO finding (household_id, person_id, region_code, rule, rule_version, severity, status, evidence, open_key, raised_at, note)
SELECT household_id, person_id, region_code, '{rule.name}', {rule.version}, severity, 'OPEN', evidence, key, {now}, ''
FROM hits WHERE key IS NOT NULL
ON CONFLICT DO NOTHING RETURNING id"""


def _hit(row: dict) -> Hit:
    return Hit(
        household_id=int(row["household_id"]),
        person_id=int(row["person_id"]) if row["person_id"] is not None else None,
        region_code=row["region_code"],
        severity=row["severity"],
        evidence=decode_json(row["evidence"]) or {},
        known=bool(row["known"]),
    )
