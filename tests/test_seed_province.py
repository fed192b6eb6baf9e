"""The demo province: 14 cities written by COPY, the same for the same seed, and whole to the feeds' consumers."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from kernel.settings import DATABASES
from kernel.values import CitizenId, RegionCode
from tests.conftest import RUN_ID, SERVER, _admin, run_cli

HOUSEHOLDS = 1500


async def _dump(template: str) -> dict[str, list]:
    async def rows(service: str, query: str) -> list[tuple]:
        conn = await asyncpg.connect(f"{SERVER}/{template.format(service=service)}")
        try:
            return [tuple(row) for row in await conn.fetch(query)]
        finally:
            await conn.close()

    return {
        "region": await rows("households", "SELECT code, name, level, parent_code FROM region ORDER BY code"),
        "household": await rows(
            "households", "SELECT id, region_code, urban_rural, status, monthly_amount FROM household ORDER BY id"
        ),
        "person": await rows(
            "households", "SELECT id, household_id, region_code, id_number, name FROM person ORDER BY id"
        ),
        "events": await rows("households", "SELECT entity, entity_id, kind, region_code FROM change_event ORDER BY id"),
        "account": await rows("disbursement", "SELECT id, household_id, account_number FROM bank_account ORDER BY id"),
        "payment": await rows(
            "disbursement", "SELECT household_id, period, amount FROM payment ORDER BY household_id, period"
        ),
        "finding": await rows("supervision", "SELECT household_id, rule FROM finding ORDER BY household_id, rule"),
        "projected_person": await rows(
            "supervision", "SELECT person_id, household_id, region_code, id_number FROM sv_person ORDER BY person_id"
        ),
        "projected_household": await rows(
            "supervision", "SELECT household_id, region_code, status FROM sv_household ORDER BY household_id"
        ),
    }


@pytest.fixture(scope="module")
def provinces():
    """Two sets of databases seeded as the same province (seed 9), each caught up by supervision's feed consumer."""
    templates = [f"{RUN_ID}_prov_{label}_{{service}}" for label in "ab"]
    names = [template.format(service=s) for template in templates for s in DATABASES]
    asyncio.run(
        _admin(
            [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names] + [f'CREATE DATABASE "{n}"' for n in names]
        )
    )
    outputs = []
    try:
        for template in templates:
            env = {"DIBAO_DATABASE_URL": f"{SERVER}/{template}"}
            for args in (
                ("migrate",),
                ("seed", "--province", "--households", str(HOUSEHOLDS), "--seed", "9"),
                ("projection", "sync"),
            ):
                done = run_cli(*args, env=env)
                assert done.returncode == 0, done.stderr + done.stdout
                outputs.append(done.stdout)
        yield [asyncio.run(_dump(template)) for template in templates], outputs
    finally:
        asyncio.run(_admin([f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names]))


def test_the_same_seed_gives_the_same_province(provinces):
    (first, second), _ = provinces
    assert first == second


def test_the_province_has_fourteen_cities_of_its_own_codes_and_valid_people(provinces):
    (province, _), _ = provinces
    levels = {}
    for code, _, level, parent in province["region"]:
        assert RegionCode.parse(code).level == level and code.startswith("43")
        levels.setdefault(level, []).append(code)
        if level != "province":
            kept = {"city": 2, "county": 4, "township": 6, "village": 9}[level]
            assert parent[:kept] == code[:kept] and RegionCode.parse(parent).level != level
    assert levels["province"] == ["430000000000"] and len(levels["city"]) == 14
    assert "431100000000" in levels["city"]  # the demo city is one of them
    # every city has households, ids run 1..N without gaps, every person has a valid ID number of their own county
    assert len({row[1][:4] for row in province["household"]}) == 14
    assert [row[0] for row in province["household"]] == list(range(1, HOUSEHOLDS + 1))
    ids = [row[3] for row in province["person"]]
    assert len(set(ids)) == len(ids)
    for _, _, region_code, id_number, _ in province["person"]:
        assert CitizenId.parse(id_number).number[:6] == region_code[:6]


def test_the_feeds_consumer_sees_every_household_and_person_as_written(provinces):
    (province, _), outputs = provinces
    # then supervision's projection, caught up from the households feed, holds exactly the written people
    assert province["projected_person"] == [
        (pid, hid, region, number) for pid, hid, region, number, _ in province["person"]
    ]
    assert province["projected_household"] == [
        (hid, region, status) for hid, region, _, status, _ in province["household"]
    ]
    # and the feed has every region, the registration of every household, the addition of every person and each
    # city's two standards
    assert (
        len(province["events"]) == len(province["region"]) + len(province["household"]) + len(province["person"]) + 28
    )
    # and every household has its bank account in disbursement, keyed the same
    assert [row[1] for row in province["account"]] == [row[0] for row in province["household"]]


def test_the_province_seed_shows_progress_and_says_what_it_wrote(provinces):
    _, outputs = provinces
    seeded = outputs[1]
    households = next(line for line in seeded.splitlines() if line.startswith("生成家庭"))
    assert f"{HOUSEHOLDS}/{HOUSEHOLDS}" in households
    written = next(line for line in seeded.splitlines() if line.startswith("写入数据库"))
    done, total = written.split("━")[-1].split()[0].split("/")
    assert done == total and int(total) > HOUSEHOLDS * 10
    assert "已生成全省 14 个市（种子 9）" in seeded and f"家庭 {HOUSEHOLDS} 户" in seeded
