"""Registry imports: good rows land, bad rows come back per row with the reason, the same file adds nothing."""

import datetime as dt
import io

import pytest

from kernel.errors import InvalidInput
from services.supervision.models import RegistryBatch, RegistryRecord, RegistryRejection
from services.supervision.registry_imports import import_registry
from tests.supervision.support import citizen_id, csv_file

TODAY = dt.date(2026, 11, 1)


async def load(kind: str, content: bytes, name: str = "deaths.csv"):
    return await import_registry(kind=kind, file_name=name, content=content, actor="inspector", today=TODAY)


async def test_a_gbk_death_file_loads_its_good_rows_and_reports_each_bad_one():
    # given a GBK-encoded death registry with one good row and four bad ones
    good = citizen_id("19400101")
    content = csv_file(
        ["身份证号码", "姓名", "死亡日期", "火化证号"],
        [
            [good, "张三", "2026-09-15", "HH-001"],
            [good[:-1] + ("0" if good[-1] != "0" else "1"), "李四", "2026-09-16", ""],  # wrong check digit
            [citizen_id("19500101"), "王五", "2030-01-01", ""],  # death in the future
            [citizen_id("19500202"), "赵六", "15/09/2026", ""],  # not a date
            [citizen_id("19500303"), "钱七"],  # too few fields
        ],
        encoding="gbk",
    )
    # when it is imported
    summary = await load("DEATH", content)
    # then the good row landed and every bad row is reported with its column, code and reason
    batch = summary.batch
    assert (batch.rows_read, batch.rows_loaded, batch.rows_rejected, batch.encoding) == (5, 1, 4, "gb18030")
    assert [(r.row_number, r.field, r.code) for r in summary.rejections] == [
        (3, "身份证号码", "INVALID_ID_CHECKSUM"),
        (4, "死亡日期", "REGISTRY_DATE_OUT_OF_RANGE"),
        (5, "死亡日期", "REGISTRY_INVALID_DATE"),
        (6, "", "REGISTRY_ROW_SHAPE"),
    ]
    assert "校验位" in summary.rejections[0].reason and "check digit" in summary.rejections[0].reason
    record = await RegistryRecord.get(batch_id=batch.id)
    assert (record.id_number, record.name, record.event_date, record.reference) == (
        good,
        "张三",
        dt.date(2026, 9, 15),
        "HH-001",
    )
    # and nothing is lost: the rejected rows are kept as read
    kept = await RegistryRejection.filter(batch_id=batch.id).order_by("row_number")
    assert kept[0].row["姓名"] == "李四" and kept[3].row["姓名"] == "钱七"


async def test_importing_the_same_file_again_adds_nothing():
    # given an imported pension file
    content = csv_file(["id_number", "name", "monthly_pension"], [[citizen_id("19450101"), "孙八", "1200.00"]])
    first = await load("PENSION", content, "pensions.csv")
    records = await RegistryRecord.all().count()
    # when the same file is imported again
    again = await load("PENSION", content, "pensions-copy.csv")
    # then it is the same batch and no row was added
    assert again.already_imported and again.batch.id == first.batch.id
    assert await RegistryRecord.all().count() == records


async def test_a_new_version_of_a_file_loads_only_its_new_rows():
    # given a vehicle file already imported
    old_row = [citizen_id("19600101"), "周九", "湘M12345", "80000", "否"]
    header = ["身份证号", "姓名", "号牌号码", "车辆价值", "营运车辆"]
    first = await load("VEHICLE", csv_file(header, [old_row]), "vehicles-1.csv")
    # when the next month's file repeats that row and adds one
    new_row = [citizen_id("19600202"), "吴十", "湘M54321", "30000", "是"]
    second = await load("VEHICLE", csv_file(header, [old_row, new_row]), "vehicles-2.csv")
    # then it is the next version, with one row loaded and one counted as already present
    assert second.batch.version == first.batch.version + 1
    assert (second.batch.rows_loaded, second.batch.rows_duplicate) == (1, 1)
    assert (await RegistryRecord.get(batch_id=second.batch.id)).flag is True


async def test_unknown_columns_are_kept_and_named_in_the_summary():
    # given a file with a column no registry kind knows
    number = citizen_id("19700303")
    content = csv_file(["身份证号", "姓名", "工作单位", "备注"], [[number, "郑一", "县财政局", "借调"]])
    # when it is imported as public employees
    summary = await load("PUBLIC_EMPLOYEE", content, "staff.csv")
    # then the row loads, the column is named and its value kept with the record
    assert summary.batch.unknown_columns == ["备注"]
    record = await RegistryRecord.get(batch_id=summary.batch.id)
    assert record.reference == "县财政局" and record.detail == {"备注": "借调"}


async def test_an_xlsx_file_with_excel_dates_loads():
    import xlsxwriter

    # given an .xlsx marriage registry with real Excel dates
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["身份证号", "姓名", "登记日期", "登记类型"])
    sheet.write_row(1, 0, [citizen_id("19900101"), "冯二", "", "结婚"])
    sheet.write_datetime(1, 2, dt.datetime(2026, 5, 20), book.add_format({"num_format": "yyyy-mm-dd"}))
    sheet.write_row(2, 0, ["not-an-id", "陈三", "2026-05-21", "结婚"])
    book.close()
    # when it is imported
    summary = await load("MARRIAGE", buffer.getvalue(), "marriages.xlsx")
    # then the good row landed with its date and the bad one is reported
    assert (summary.batch.rows_loaded, summary.batch.rows_rejected) == (1, 1)
    assert (await RegistryRecord.get(batch_id=summary.batch.id)).event_date == dt.date(2026, 5, 20)
    assert summary.rejections[0].code == "INVALID_ID_NUMBER"


@pytest.mark.parametrize(
    "content, name, code, field",
    [
        (b"", "empty.csv", "REGISTRY_EMPTY_FILE", None),
        (b"PK\x03\x04 not really a workbook", "broken.xlsx", "REGISTRY_MALFORMED_FILE", None),
        ("姓名,死亡日期\n张三,2026-01-01\n".encode(), "no-id.csv", "REGISTRY_MISSING_COLUMN", "身份证号"),
        (b"\x00\x01\x02\x03binary", "blob.csv", "REGISTRY_MALFORMED_FILE", None),
    ],
)
async def test_a_file_that_cannot_be_read_is_refused_whole_and_writes_nothing(content, name, code, field):
    # given the number of batches so far
    batches = await RegistryBatch.all().count()
    # when an unreadable file is imported, then it is refused with a specific code and field
    with pytest.raises(InvalidInput) as refused:
        await load("DEATH", content, name)
    assert refused.value.code == code and refused.value.field == field
    # and nothing was written
    assert await RegistryBatch.all().count() == batches


async def test_an_unknown_kind_is_refused():
    with pytest.raises(InvalidInput) as refused:
        await load("HOROSCOPE", csv_file(["身份证号"], [[citizen_id()]]))
    assert (refused.value.code, refused.value.field) == ("REGISTRY_UNKNOWN_KIND", "kind")


async def test_the_command_line_imports_a_gbk_file_and_prints_the_summary(tmp_path):
    from tests.conftest import run_cli

    # given a GBK vehicle file with one bad row on disk
    path = tmp_path / "车辆.csv"
    path.write_bytes(
        csv_file(
            ["身份证号", "号牌号码", "营运车辆"],
            [[citizen_id("19770101"), "湘M77777", "是"], [citizen_id("19770202"), "湘M1", "也许"]],
            encoding="gbk",
        )
    )
    # when an operator imports it with `dibao registry import`
    done = run_cli("registry", "import", "VEHICLE", str(path))
    # then it succeeds, counts the rows and names the bad row
    assert done.returncode == 0, done.stderr
    assert "gb18030" in done.stdout and "REGISTRY_INVALID_FLAG" in done.stdout
    # and says so in Chinese, as the rest of the command line does
    assert all(word in done.stdout for word in ("读取", "入库", "已存在", "拒收")) and " 行 " in done.stdout
    assert "loaded" not in done.stdout and "rejected" not in done.stdout
    batch = await RegistryBatch.filter(file_name="车辆.csv").order_by("-id").first()
    assert (batch.rows_loaded, batch.rows_rejected) == (1, 1)


async def test_an_import_leaves_its_rows_visible_to_all_so_the_next_rule_run_reads_them_from_the_index():
    # given a death registry of a few people
    import asyncpg

    from tests.conftest import SERVER, database_name

    numbers = [citizen_id(f"1941010{day}") for day in range(1, 6)]
    content = csv_file(["身份证号码", "姓名", "死亡日期"], [[n, "某某", "2026-09-15"] for n in numbers])
    # when it is imported
    summary = await load("DEATH", content, "settled-deaths.csv")
    assert summary.batch.rows_loaded == 5
    # then the registry was vacuumed as part of the import: looking its people up by ID number reads the index alone
    conn = await asyncpg.connect(f"{SERVER}/{database_name('supervision')}")
    try:
        await conn.execute("SET enable_seqscan = off; SET enable_bitmapscan = off")
        plan = "\n".join(
            row[0]
            for row in await conn.fetch(
                "EXPLAIN (ANALYZE) SELECT id_number, kind FROM registry_record WHERE kind = 'DEATH' AND id_number = ANY($1)",
                numbers,
            )
        )
        assert "Index Only Scan" in plan and "Heap Fetches: 0" in plan, plan
    finally:
        await conn.close()
