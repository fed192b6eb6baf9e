"""A roster's lines as PostgreSQL builds them are the lines the line-by-line build (SQLite's) gives: every line, item,
basis text and exception, to the cent and in the same order."""

import datetime
from decimal import Decimal

import orjson
from tortoise.transactions import in_transaction

from authz.principal import Grant, Principal
from kernel.values import Period
from services.disbursement import compile, sql
from services.disbursement.models import Roster, Subsidy
from tests.disbursement.support import TOWNSHIP

PERIOD = "2099Q1"  # no test compiles it: the rosters below are rolled back
LINES = """SELECT household_id, region_code, head_name, members, monthly_amount, total, account_id, bank_name,
                  account_number, holder_name FROM roster_line WHERE roster_id = $1 ORDER BY id"""
ITEMS = """SELECT l.household_id, i.kind, i.amount, i.basis FROM roster_item i JOIN roster_line l ON l.id = i.line_id
           WHERE l.roster_id = $1 ORDER BY i.id"""
EXCEPTIONS = """SELECT household_id, region_code, head_name, reason, amount FROM roster_exception WHERE roster_id = $1
                ORDER BY id"""


class RolledBack(Exception):
    pass


async def rolled_back(read):
    """What `read(tx)` returns from inside a transaction that is then rolled back: it leaves nothing behind."""
    found = None
    try:
        async with in_transaction(sql.DB) as tx:
            found = await read(tx)
            raise RolledBack
    except RolledBack:
        pass
    return found


def varied(entitled: list[dict]) -> list[dict]:
    """The township's entitlements with every case the build distinguishes: a case stopping within the quarter,
    parts that do not add up to the amount, a holder no longer a member, a household without an account."""
    cases = [dict(item) for item in entitled]
    cases[0]["stopsFrom"] = "2099-02-01"
    cases[1]["stopsFrom"] = "2098-12-01"
    cases[2]["parts"] = [{"kind": "EXTRA", "amount": "35.5", "basis": "重残上浮"}]
    cases[3]["members"] = [{"personId": "0", "name": "无", "idNumber": ""}]
    cases[4]["householdId"] = "999999999"
    cases[5]["parts"] = []
    return cases


async def built(build, entitled: list[dict]) -> tuple[tuple, list, list, list]:
    """What `build` writes for a roster of its own, read back before the transaction is rolled back."""
    period = Period.parse(PERIOD)

    async def read(tx) -> tuple[tuple, list, list, list]:
        subsidies = [
            await Subsidy.create(
                region_code=TOWNSHIP,
                period=PERIOD,
                kind="ONE_OFF",
                name="春节一次性生活补贴",
                amount=Decimal("300.00"),
                per_person=False,
                basis="县政府〔2099〕1号",
                declared_by="test",
                using_db=tx,
            ),
            await Subsidy.create(
                region_code=TOWNSHIP,
                period=PERIOD,
                kind="PRICE",
                name="物价临时补贴",
                amount=Decimal("25.50"),
                per_person=True,
                basis="县政府〔2099〕2号",
                declared_by="test",
                using_db=tx,
            ),
        ]
        roster = await Roster.create(
            region_code=TOWNSHIP,
            period=PERIOD,
            months=period.length,
            compiled_by="test",
            state="COMPILED",
            compiled_at=datetime.datetime.now(datetime.UTC),
            using_db=tx,
        )
        totals = await build(tx, roster.id, period, entitled, subsidies)
        return (
            totals,
            await sql.fetch(tx, LINES, roster.id),
            await sql.fetch(tx, ITEMS, roster.id),
            await sql.fetch(tx, EXCEPTIONS, roster.id),
        )

    return await rolled_back(read)


async def test_postgresql_builds_the_lines_the_line_by_line_build_gives():
    # given the township's entitlements for a quarter, varied to hold every case, and two subsidies
    entitled = varied([item async for item in compile.entitlements_of(TOWNSHIP, PERIOD)])
    # when each build writes a roster of them
    by_python = await built(compile._lines_in_python, entitled)
    by_database = await built(compile._lines_in_database, entitled)
    # then lines, items (kinds, amounts, basis text, order), exceptions and totals are the same
    totals, lines, items, exceptions = by_database
    assert by_database == by_python
    assert len(lines) > 10 and totals[0] == len(lines) and totals[2] == len(exceptions)
    assert totals[1] == sum(line["total"] for line in lines)
    assert {e["reason"] for e in exceptions} >= {"NO_ACCOUNT", "HOLDER_NOT_MEMBER"}
    bases = {item["basis"] for item in items}
    assert any("× 1 个月" in basis for basis in bases) and any(basis.startswith("月保障金") for basis in bases)
    assert any("25.50 元/人 ×" in basis for basis in bases) and any("300.00 元/户" in basis for basis in bases)


SIGN_OFFS = "SELECT step, actor, reason FROM sign_off WHERE roster_id = $1 ORDER BY id"  # `at`: the moment written
AUDIT = """SELECT actor, action, entity, region_code, succeeded, before, after FROM audit_record
           WHERE entity = 'Roster' AND entity_id = $1 ORDER BY id"""


async def written(write, entitled: list[dict]) -> dict:
    """Everything `write` leaves for a first compile of the township's PERIOD, read back before the rollback."""
    now = datetime.datetime(2099, 1, 3, 9, 30, tzinfo=datetime.UTC)

    async def read(tx) -> dict:
        officer = Principal("township.officer", frozenset({Grant("township_officer", TOWNSHIP)}))
        township = compile._township(TOWNSHIP)
        roster = await write(tx, officer, township, Period.parse(PERIOD), None, entitled, [], "补造 / late", now)
        row = (await sql.fetch(tx, "SELECT * FROM roster WHERE id = $1", roster.id))[0]
        return {
            "returned": (roster.line_count, roster.total, roster.exception_count)
            == (row["line_count"], row["total"], row["exception_count"]),
            "roster": {k: v for k, v in row.items() if k != "id"},
            "lines": await sql.fetch(tx, LINES, roster.id),
            "items": await sql.fetch(tx, ITEMS, roster.id),
            "exceptions": await sql.fetch(tx, EXCEPTIONS, roster.id),
            "sign_offs": await sql.fetch(tx, SIGN_OFFS, roster.id),
            "audit": await sql.fetch(tx, AUDIT, str(roster.id)),
        }

    return await rolled_back(read)


async def test_a_first_compile_in_one_statement_writes_what_the_statement_by_statement_path_writes():
    # given the township's entitlements for a quarter, varied to hold every case
    entitled = varied([item async for item in compile.entitlements_of(TOWNSHIP, PERIOD)])

    async def by_rows(tx, *args):
        return await compile._write_rows(tx, *args[:3], None, *args[4:])

    async def in_one(tx, actor, township, period, _existing, entitled, subsidies, reason, now):
        return await compile._first_compile(tx, actor, township, period, entitled, subsidies, reason, now)

    # when a first compile is written by one statement, and by the ORM's statements
    one, rows = await written(in_one, entitled), await written(by_rows, entitled)
    # then the roster row, lines, items, exceptions, sign-off and audit record are the same
    for key in one:
        assert one[key] == rows[key], key
    assert one["returned"] is True
    assert one["roster"]["line_count"] == len(one["lines"]) > 10 and one["exceptions"]
    assert [s["step"] for s in one["sign_offs"]] == ["COMPILE"] and one["sign_offs"][0]["actor"] == "township.officer"
    (audit,) = one["audit"]
    assert audit["action"] == "disbursement.roster.compile" and audit["region_code"] == TOWNSHIP
    assert orjson.loads(audit["after"]) == {
        "period": PERIOD,
        "lines": len(one["lines"]),
        "total": str(one["roster"]["total"]),
        "exceptions": len(one["exceptions"]),
        "revision": 1,
        "reason": "补造 / late",
    }
