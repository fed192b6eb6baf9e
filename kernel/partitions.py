"""PostgreSQL partitions of the large tables — 分区: which table is split on what, and the city partitions' upkeep.

Each large table is split on what its hot queries filter on (docs/architecture.md, "Partitions"):

- by city (RANGE on `region_code`, one partition per 4-digit prefix): households, persons, lines of rosters and
  payment batches, read by a township's, county's or city's code range — the jurisdiction filter prunes to one
  city (a person's ID number stays unique across cities through its key table, `person_id_number`);
- by year (RANGE on `period`): payments, read by month and quarter;
- by kind (LIST on `kind`): registry records, each inspection rule reads one or two kinds;
- by rule (LIST on `rule`): findings, each rule's run reads and raises its own (an open finding's key begins with
  its rule, so the key stays unique with the rule added to it);
- by id block (RANGE on `id`, ten million a partition): the append-only change feed and audit trails, whose old
  blocks can be detached and archived whole.

Every partitioned table also has a DEFAULT partition, so a row never fails to land: a city the migration did not
know lands there until `split_default` (run by the seeds and `dibao partitions`) moves it to its own partition.
SQLite (the embedded mode) has no partitions: the same tables, unsplit.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient

ID_BLOCK = 10_000_000
ID_BLOCKS = 10
"""Id-range partitions made by the migration (ids up to 100 million; later ones land in DEFAULT)."""
YEARS = range(2020, 2031)
"""Year partitions of payments made by the migration."""


@dataclass(frozen=True)
class Partitioning:
    """How one table is split: `by` is "city", "year", "kind", "rule" or "id"; `column` is the partition key.

    `unique_across` names a column that must stay unique over all partitions, which a partitioned index cannot
    enforce: it gets a key table of its own, `{table}_{column}`, kept by the table's statement triggers."""

    by: str
    column: str
    unique_across: str | None = None

    @property
    def method(self) -> str:
        return "LIST" if self.by in ("kind", "rule") else "RANGE"

    @property
    def key(self) -> str:
        """The partition key as PostgreSQL prints it (pg_get_partkeydef)."""
        return f"{self.method} ({self.column})"


PLAN: dict[str, dict[str, Partitioning]] = {
    "households": {
        "change_event": Partitioning("id", "id"),
        "audit_record": Partitioning("id", "id"),
        "household": Partitioning("city", "region_code"),
        "person": Partitioning("city", "region_code", unique_across="id_number"),
    },
    "disbursement": {
        "payment": Partitioning("year", "period"),
        "payment_line": Partitioning("city", "region_code"),
        "roster_line": Partitioning("city", "region_code"),
        "audit_record": Partitioning("id", "id"),
    },
    "supervision": {
        "registry_record": Partitioning("kind", "kind"),
        "finding": Partitioning("rule", "rule"),
        "audit_record": Partitioning("id", "id"),
    },
}
"""The partitioned tables of each database, in the order they are split (a referenced table before the tables
referring to it); the rest (the casework tables referring to households, the projection) stay whole —
see docs/architecture.md for why, table by table."""


def city_bounds(prefix: str) -> tuple[str, str]:
    """The RANGE bounds of a city's partition: '4311' to '4312'."""
    return prefix, f"{int(prefix) + 1:0{len(prefix)}d}"


def convert(table: str, partitioning: Partitioning, partitions: list[str]) -> str:
    """SQL turning an existing table (empty or not) into a partitioned one of the same name, columns, comments,
    sequence, indexes and triggers: create the partitioned table beside it, move the rows, swap, drop the old.

    Primary and unique keys gain the partition key where they lack it (PostgreSQL enforces uniqueness per
    partition only); `partitions` are `CREATE TABLE … PARTITION OF` statements with `{table}` to fill in.
    A city-split table also gets a partition for each city found in its rows."""
    made = "\n".join(statement.format(table=table) for statement in partitions)
    cities = ""
    if partitioning.by == "city":
        cities = f"""
    FOR prefix IN EXECUTE 'SELECT DISTINCT left({partitioning.column}, 4) FROM {table}__old '
                          'WHERE {partitioning.column} ~ ''^[0-9]{{4}}''' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF {table} FOR VALUES FROM (%L) TO (%L)', '{table}_p' || prefix,
                       prefix, lpad((prefix::int + 1)::text, 4, '0'));
    END LOOP;"""
    return f"""
DO $convert$
DECLARE
    definition text;
    prefix text;
    sequence_name text;
    constraints text[] := '{{}}';
    indexes text[] := '{{}}';
    triggers text[] := '{{}}';
BEGIN
    ALTER TABLE {table} RENAME TO {table}__old;
    SELECT array_agg(format('ALTER TABLE {table} ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('{partitioning.column}' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\\)$', ', {partitioning.column})')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = '{table}__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\\.{table}__old ', ' ON {table} ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = '{table}__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.{table}__old ', ' ON {table} ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = '{table}__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE {table}__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = '{table}__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = '{table}__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE {table} (LIKE {table}__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY {partitioning.key};
    EXECUTE format('COMMENT ON TABLE {table} IS %L', obj_description('{table}__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('{table}__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY {table}.id', sequence_name);
    END IF;
{made}
    CREATE TABLE {table}_default PARTITION OF {table} DEFAULT;{cities}
    INSERT INTO {table} SELECT * FROM {table}__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{{}}') || coalesce(indexes, '{{}}') || coalesce(triggers, '{{}}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE {table}__old;
END
$convert$;"""


def initial_partitions(partitioning: Partitioning, values: tuple[str, ...] = ()) -> list[str]:
    """The partitions a migration makes besides DEFAULT (and the cities found in the rows)."""
    if partitioning.by == "id":
        return [
            f"CREATE TABLE {{table}}_b{block} PARTITION OF {{table}} "
            f"FOR VALUES FROM ({block * ID_BLOCK}) TO ({(block + 1) * ID_BLOCK});"
            for block in range(ID_BLOCKS)
        ]
    if partitioning.by == "year":
        return [
            f"CREATE TABLE {{table}}_y{year} PARTITION OF {{table}} FOR VALUES FROM ('{year}') TO ('{year + 1}');"
            for year in YEARS
        ]
    if partitioning.method == "LIST":  # the registry kinds or rules known at migration
        return [
            f"CREATE TABLE {{table}}_{value.lower()} PARTITION OF {{table}} FOR VALUES IN ('{value}');"
            for value in values
        ]
    return []


async def split_default(
    connection: BaseDBAsyncClient, service: str, prefixes: list[str] | None = None
) -> dict[str, list[str]]:
    """Give each city its own partition in this database's city-split tables: the given 4-digit `prefixes`, or
    (None) every city found in the DEFAULT partitions. Rows already in DEFAULT move in the same transaction.
    Returns the partitions made per table; nothing on SQLite."""
    if connection.schema_generator.DIALECT != "postgres":
        return {}
    made: dict[str, list[str]] = {}
    _, partitioned = await connection.execute_query(
        "SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid"
    )
    for table, partitioning in PLAN.get(service, {}).items():
        if partitioning.by != "city" or table not in {row["relname"] for row in partitioned}:
            continue  # not migrated to partitions yet
        column = partitioning.column
        _, existing = await connection.execute_query(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::text::regclass",
            [table],
        )
        have = {row["relname"] for row in existing}
        wanted = prefixes
        if wanted is None:
            _, rows = await connection.execute_query(
                f"SELECT DISTINCT left({column}, 4) AS prefix FROM {table}_default WHERE {column} ~ '^[0-9]{{4}}'"
            )
            wanted = [row["prefix"] for row in rows]
        for prefix in sorted(set(wanted)):
            name = f"{table}_p{prefix}"
            if name in have:
                continue
            low, high = city_bounds(prefix)
            _, rows = await connection.execute_query(
                f"SELECT EXISTS (SELECT 1 FROM {table}_default WHERE {column} >= $1 AND {column} < $2) AS moving",
                [low, high],
            )
            if rows[0]["moving"]:
                await connection.execute_script(f"""
                {HOLD_REFERENCES.format(table=table)}
                CREATE TABLE {name} (LIKE {table} INCLUDING DEFAULTS INCLUDING STORAGE);
                WITH moved AS (DELETE FROM {table}_default WHERE {column} >= '{low}' AND {column} < '{high}' RETURNING *)
                INSERT INTO {name} SELECT * FROM moved;
                ALTER TABLE {table} ATTACH PARTITION {name} FOR VALUES FROM ('{low}') TO ('{high}');
                {RESTORE_REFERENCES}""")  # one transaction
            else:
                await connection.execute_script(
                    f"CREATE TABLE {name} PARTITION OF {table} FOR VALUES FROM ('{low}') TO ('{high}')"
                )
            made.setdefault(table, []).append(name)
    return made


HOLD_REFERENCES = """
CREATE TEMP TABLE held_reference AS
    SELECT conrelid::regclass::text AS referencing, conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE confrelid = '{table}'::regclass AND contype = 'f' AND conparentid = 0;
DO $hold$
DECLARE
    held record;
BEGIN
    FOR held IN SELECT * FROM held_reference LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', held.referencing, held.name);
    END LOOP;
END
$hold$;"""
"""Take off the foreign keys referring to `{table}` (kept in a temporary table) while rows move between its
partitions: a row leaving a partition would otherwise cascade its deletion to the rows referring to it, and the
move is a delete and an insert. Statement triggers on the partitioned table do not fire for a partition's rows."""

RESTORE_REFERENCES = """
DO $restore$
DECLARE
    held record;
BEGIN
    FOR held IN SELECT * FROM held_reference LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', held.referencing, held.name, held.definition);
    END LOOP;
END
$restore$;
DROP TABLE held_reference;"""
"""Put back (and so check again) the foreign keys HOLD_REFERENCES took off."""
