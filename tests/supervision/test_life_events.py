"""Contract `registryLifeEvents`: the registries' deaths, imprisonments and hukou moves, paged by cursor, for the
households service's own identity; other registry kinds never appear."""

import pytest

from kernel.errors import DomainError
from kernel.internal import InternalClient
from services.supervision.registry_imports import import_registry
from tests.supervision.support import citizen_id, csv_file

PAGE = """query($after: String, $first: Int!) { registryLifeEvents(after: $after, first: $first) {
  items { cursor kind idNumber eventDate recordId batchId reference } nextCursor } }"""


async def test_the_households_service_pages_through_life_events_and_sees_no_other_kind():
    # given the life events so far, then a prison file of two rows and a pension file
    client = InternalClient("supervision", caller="households")
    try:
        before = [
            item async for page in client.pages(PAGE, {"first": 1000}, "registryLifeEvents") for item in page["items"]
        ]
        cursor = before[-1]["cursor"] if before else None
        prisoners = [citizen_id("19700505"), citizen_id("19710606")]
        await import_registry(
            kind="IMPRISONMENT",
            file_name="prison.csv",
            actor="inspector",
            content=csv_file(
                ["身份证号码", "姓名", "入监日期", "监所"],
                [[prisoners[0], "甲", "2026-03-01", "永州监狱"], [prisoners[1], "乙", "2026-04-01", ""]],
            ),
        )
        await import_registry(
            kind="PENSION",
            file_name="pension.csv",
            actor="inspector",
            content=csv_file(["id_number", "name", "monthly_pension"], [[citizen_id("19400101"), "丙", "900.00"]]),
        )
        # when the households service reads on from its cursor one row at a time
        pages = [page async for page in client.pages(PAGE, {"first": 1}, "registryLifeEvents", cursor=cursor)]
    finally:
        await client.aclose()
    # then it gets the two imprisonments in order, each with its record, and then the end
    items = [item for page in pages for item in page["items"]]
    assert [(i["kind"], i["idNumber"], i["eventDate"], i["reference"]) for i in items] == [
        ("IMPRISONMENT", prisoners[0], "2026-03-01", "永州监狱"),
        ("IMPRISONMENT", prisoners[1], "2026-04-01", ""),
    ]
    assert int(items[0]["recordId"]) < int(items[1]["recordId"]) and items[0]["batchId"] == items[1]["batchId"]
    assert pages[-1]["nextCursor"] is None


@pytest.mark.parametrize(
    ("variables", "code", "field"),
    [({"first": 0}, "BAD_PAGE_SIZE", "first"), ({"first": 10, "after": "x"}, "INVALID_CURSOR", "after")],
)
async def test_a_bad_page_request_names_the_argument(variables, code, field):
    client = InternalClient("supervision", caller="households")
    try:
        with pytest.raises(DomainError) as refused:
            await client.query(PAGE, {"after": None, **variables})
    finally:
        await client.aclose()
    assert (refused.value.details["upstream"]["code"], refused.value.details["upstream"]["field"]) == (code, field)


async def test_a_service_without_the_contract_is_refused():
    client = InternalClient("supervision", caller="disbursement")
    try:
        with pytest.raises(DomainError) as refused:
            await client.query(PAGE, {"after": None, "first": 10})
    finally:
        await client.aclose()
    assert refused.value.details["upstream"]["code"] == "FORBIDDEN"
