"""The demo city: shaped like the source reports, valid identifiers, and the same for the same seed."""

import sqlite3

from kernel.values import CitizenId, RegionCode
from tests.conftest import run_cli


def seeded(directory, seed: int, households: int = 300) -> dict[str, list]:
    env = {"DIBAO_DATABASE_URL": f"sqlite://{directory}/{{service}}.sqlite3"}
    for args in (("migrate",), ("seed", "--households", str(households), "--seed", str(seed))):
        done = run_cli(*args, env=env)
        assert done.returncode == 0, done.stderr
    dump = {"output": done.stdout}
    with sqlite3.connect(directory / "households.sqlite3") as db:
        dump["region"] = db.execute("SELECT code, name, level, parent_code FROM region ORDER BY code").fetchall()
        dump["household"] = db.execute(
            "SELECT id, region_code, urban_rural, status FROM household ORDER BY id"
        ).fetchall()
        dump["person"] = db.execute(
            "SELECT id, household_id, id_number, name, relation FROM person ORDER BY id"
        ).fetchall()
    with sqlite3.connect(directory / "disbursement.sqlite3") as db:
        dump["payment"] = db.execute(
            "SELECT household_id, period, amount FROM payment ORDER BY household_id, period"
        ).fetchall()
    return dump


def test_the_same_seed_gives_the_same_city_and_another_seed_another(tmp_path):
    first, second, other = (tmp_path / name for name in ("a", "b", "c"))
    for path in (first, second, other):
        path.mkdir()
    city = seeded(first, 5)
    again = seeded(second, 5)
    assert {k: v for k, v in again.items() if k != "output"} == {k: v for k, v in city.items() if k != "output"}
    assert seeded(other, 6)["person"] != city["person"]


def test_the_city_has_its_eleven_counties_valid_ids_and_consecutive_months(tmp_path):
    dump = seeded(tmp_path, 11)
    levels = [row[2] for row in dump["region"]]
    assert levels.count("city") == 1 and levels.count("county") == 11
    assert all(RegionCode.parse(code).level == level for code, _, level, _ in dump["region"])
    for _, _, id_number, _, _ in dump["person"]:
        CitizenId.parse(id_number)
    assert len({row[2] for row in dump["person"]}) == len(dump["person"])
    villages = {row[0] for row in dump["region"] if row[2] == "village"}
    assert {row[1] for row in dump["household"]} <= villages
    assert sorted({row[1] for row in dump["payment"]}) == ["2026-08", "2026-09", "2026-10"]
    assert 2.0 < len(dump["person"]) / len(dump["household"]) < 2.8  # about 2.4 persons a household


def test_the_seed_command_shows_progress_with_counts_and_a_chinese_summary(tmp_path):
    # when an operator seeds 300 households
    output = seeded(tmp_path, 3)["output"]
    # then the progress bars count households and rows to their totals (not a spinner)
    households = next(line for line in output.splitlines() if line.startswith("生成家庭"))
    assert "300/300" in households and "户" in households
    written = next(line for line in output.splitlines() if line.startswith("写入数据库"))
    done, total = written.split("━")[-1].split()[0].split("/")
    assert done == total and int(total) > 300
    # and the summary says what was written, in Chinese
    assert "已生成（种子 3）" in output and "家庭 300 户" in output and "新增用户 10 个" in output
