"""Township tallies on PostgreSQL: after every kind of change to households, and under concurrent writers, they equal
a count of the households from scratch, and the statistics they answer are the households' own."""

import asyncio
import json
import os
import subprocess
import sys
from decimal import Decimal

from tortoise.transactions import in_transaction

from services.households import sql, statistics
from services.households.calendar import add_months, today
from services.households.models import Household, Region, TownshipTally, TownshipTallyChange
from tests.conftest import ROOT
from tests.households.sqlite_tallies import both_ways
from tests.households.support import new_village, register
from tests.households.test_dynamics import CHECK_IN, DECIDE, REVIEW, active_case, call, income
from tests.households.test_statistics import keyed, stats

COUNTY = "431102000000"
CITY = "431100000000"


async def village_of_another_county() -> str:
    """A seeded village of the demo city outside the demo county (so of another township too)."""
    village = (
        await Region.filter(level="village", code__startswith=CITY[:4]).exclude(code__startswith=COUNTY[:6]).first()
    )
    assert village is not None
    return village.code


async def standing(townships: list[str]) -> dict:
    """The townships' tallies that count anything, by key."""
    rows = await TownshipTally.filter(township_code__in=townships).values_list(
        "township_code", "urban_rural", "status", "review_class", "households", "persons", "amount_fen"
    )
    return {tuple(row[:4]): tuple(row[4:]) for row in rows if any(row[4:])}


async def test_registrations_approvals_suspensions_amount_changes_moves_and_deletions_keep_the_tallies_exact(gql):
    # given a new village of the demo township, whose local rule suspends after two missed check-ins
    village, elsewhere = await new_village(), await village_of_another_county()
    body = await gql(
        """mutation($r: String!, $v: JSON!) { setPolicy(regionCode: $r, key: "checkInMisses",
  value: $v, effectiveFrom: "2020-01-01") }""",
        {"r": village, "v": {"consecutive": 2, "perYear": 3, "action": "SUSPEND"}},
        user="municipal.officer",
    )
    assert "errors" not in body, body
    before = await stats(gql, region=CITY, user="municipal.officer")
    # when a household of two registers, one is approved at ¥1,000 and reduced to ¥600 by the county,
    await register(gql, region=village, user="township.officer")
    reduced = await active_case(gql, region=village)
    await income(gql, reduced["id"], "400.00")
    assert (await call(gql, REVIEW, "township.officer", h=reduced["id"]))["outcome"] == "REDUCE"
    await call(gql, DECIDE, "county.approver", h=reduced["id"], k="REDUCE", r=["成员就业，月工资 ¥400"])
    # one approved case misses two check-ins and is suspended,
    suspended = await active_case(gql, region=village)
    for months_back in (-2, -1):
        month = f"{add_months(today(), months_back):%Y-%m}"
        done = await call(gql, CHECK_IN, "township.officer", h=suspended["id"], m=month, a=False)
    assert done["household"]["status"] == "SUSPENDED"
    # one registered household moves to another county, and a row written straight into the table is deleted again
    # (however the rows are written; the service itself never deletes a household, so the deleted one is not one
    # the change feed has carried to supervision)
    moved = await register(gql, region=village, user="township.officer")
    await Household.filter(id=moved["id"]).update(region_code=elsewhere)
    written = await Household.create(
        region_code=village, urban_rural="RURAL", status="ACTIVE", monthly_amount=Decimal("321.00"), counted_members=2
    )
    assert await statistics.tally_drift() == []
    await Household.filter(id=written.id).delete()
    # then the tallies equal the households counted from scratch, everywhere and for the county, city and province
    assert await statistics.tally_drift() == []
    for prefix in (COUNTY[:6], COUNTY[:4], COUNTY[:2], ""):
        counted, tallied = await both_ways(prefix)
        assert tallied == counted and counted
    # and the city's statistics moved by what a clerk would count: the demo county 3 households, 6 persons and the
    # reduced case's ¥600 (the suspended case is not paid), the other county the moved household of two
    after = await stats(gql, region=CITY, user="municipal.officer")

    def moved_by(key: str) -> tuple[int, int, Decimal]:
        new, old = keyed(after["byRegion"], key), keyed(before["byRegion"], key)
        return new[0] - old[0], new[1] - old[1], new[2] - old[2]

    assert moved_by(COUNTY[:6]) == (3, 6, Decimal("600.00"))
    assert moved_by(elsewhere[:6]) == (1, 2, Decimal("0.00"))
    assert keyed(after["byStatus"], "SUSPENDED")[0] == keyed(before["byStatus"], "SUSPENDED")[0] + 1


async def test_concurrent_writers_leave_the_tallies_equal_to_the_households():
    # given twenty households of two townships, registered at once by the service
    from authz.principal import Grant, Principal
    from services.households.service import MemberIn, register_household
    from tests.households.support import new_id

    clerk = Principal("test.tallies", frozenset({Grant("county_approver", "*")}))
    villages = (await new_village(), await village_of_another_county())
    townships = [village[:9] for village in villages]
    were = await standing(townships)
    registered = await asyncio.gather(
        *(
            register_household(
                actor=clerk,
                region_code=villages[n % 2],
                urban_rural="RURAL",
                members=[MemberIn(name="并发户主", id_number=new_id(), relation="HEAD")],
            )
            for n in range(20)
        )
    )
    ids = sorted(h.id for h in registered)
    assert await statistics.tally_drift() == []

    # when six writers at once change them: whole sets in one statement, in opposite orders, and one household
    # at a time in several statements of one transaction (status, amount, class, persons, a move)
    async def bulk(writer: int) -> None:
        chosen = ids[writer::2] if writer % 2 else list(reversed(ids))[writer % 3 :: 2]
        for round_ in range(6):
            async with in_transaction(sql.DB) as conn:
                await sql.run(
                    "UPDATE household SET monthly_amount = monthly_amount + $1, status = CASE status WHEN 'APPLYING' "
                    "THEN 'ACTIVE' WHEN 'ACTIVE' THEN 'SUSPENDED' ELSE 'APPLYING' END, review_class = 1 + $2 % 3 "
                    "WHERE id IN (SELECT id FROM household WHERE id = ANY($3) ORDER BY id FOR UPDATE)",
                    Decimal("12.34"),
                    writer + round_,
                    chosen,
                    using_db=conn,
                )
                await asyncio.sleep(0.005)

    async def one_by_one(writer: int) -> None:
        for household_id in ids[writer::3]:
            async with in_transaction(sql.DB) as conn:
                await sql.run(
                    "UPDATE household SET counted_members = counted_members + 1 WHERE id = $1",
                    household_id,
                    using_db=conn,
                )
                await asyncio.sleep(0.002)
                await sql.run(
                    "UPDATE household SET region_code = CASE WHEN region_code = $1 THEN $2 ELSE $1 END, "
                    "monthly_amount = monthly_amount - $3 WHERE id = $4",
                    villages[0],
                    villages[1],
                    Decimal("0.01"),
                    household_id,
                    using_db=conn,
                )

    # (the sets' rows are locked in id order, as a bulk change must lock households, so the writers wait for each
    # other on households and on tallies but never deadlock)
    outcomes = await asyncio.gather(
        *(bulk(n) for n in range(3)), *(one_by_one(n) for n in range(3)), return_exceptions=True
    )
    assert [o for o in outcomes if o is not None] == []
    # then the tallies equal the households counted from scratch, and the two townships' tallies add up to the rows
    assert await statistics.tally_drift() == []
    rows = await Household.filter(id__in=ids)
    assert {h.region_code for h in rows} <= set(villages) and sum(h.counted_members for h in rows) == 40
    for prefix in (villages[0][:6], villages[0][:4]):
        counted, tallied = await both_ways(prefix)
        assert tallied == counted
    assert all(households >= 0 for households, _, _ in (await standing(townships)).values())
    # and a failed write leaves no trace in them: the transaction's tally change is rolled back with it
    try:
        async with in_transaction(sql.DB) as conn:
            await sql.run("UPDATE household SET status = 'STOPPED' WHERE id = ANY($1)", ids, using_db=conn)
            raise RuntimeError("abandoned")
    except RuntimeError:
        pass
    assert await statistics.tally_drift() == []
    assert not await Household.filter(id__in=ids, status="STOPPED").exists()
    # and every transaction's noted changes were folded in when it ended, none left behind
    assert await TownshipTallyChange.all().count() == 0
    # and the two townships' tallies grew by exactly the twenty households (rows, persons and amounts)
    grown = await standing(townships)
    assert sum(households for households, _, _ in grown.values()) - sum(
        households for households, _, _ in were.values()
    ) == len(ids)


def test_the_embedded_sqlite_databases_keep_their_tallies_exact_too(tmp_path):
    # given a small demo city in SQLite files, as `make run` builds it (its tallies filled as the rows went in)
    env = {key: value for key, value in os.environ.items() if not key.endswith("DATABASE_URL")}
    env.update(DIBAO_DATABASE_URL=f"sqlite://{tmp_path}/{{service}}.sqlite3", DIBAO_DATA_DIR=str(tmp_path))

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("-m", "dibao.cli", "migrate")
    run("-m", "dibao.cli", "seed", "--households", "200", "--seed", "3")
    # when households are registered, approved, changed, suspended, moved and deleted there
    found = json.loads(run("-m", "tests.households.sqlite_tallies").strip().splitlines()[-1])
    # then the seeded tallies and the changed ones equal the households counted from scratch
    assert found["seeded_drift"] == [] and found["drift"] == []
    assert all(found["equal"].values()) and len(found["equal"]) == 4
    # and the township's statistics moved by the two households that stayed: 6 persons, the active case's ¥1,234.56
    assert found["township"] == [2, 6, "1234.56"] and found["suspended"] == 1
