"""Registries are city-wide: batches and imports need a city-level grant; rejected rows are read where they lie."""

import base64

from services.supervision.models import AuditRecord, ProjectedPerson, RegistryBatch
from services.supervision.registry_imports import import_registry
from tests.disbursement.support import user
from tests.supervision.support import citizen_id, csv_file, entity_id, errors_of

COUNTY_INSPECTOR = ("supervision_inspector", "431102000000")
IMPORT = """mutation($c: String!) { importRegistry(kind: DEATH, fileName: "deaths.csv", contentBase64: $c) { batch { id } } }"""
BATCHES = "{ registryBatches(kind: DEATH) { id } }"
REJECTIONS = "query($b: ID!) { registryRejections(batchId: $b) { rowNumber code } }"
DEATHS = ["身份证号码", "姓名", "死亡日期"]


async def projected(region: str) -> str:
    """A member the projection knows in `region`; returns the ID number."""
    number = citizen_id("19450101", county=region[:6])
    await ProjectedPerson.create(
        person_id=entity_id(), household_id=entity_id(), region_code=region, id_number=number, name="测试"
    )
    return number


async def test_a_county_level_inspector_may_not_import_or_list_the_citys_registry_batches(gql):
    # given an inspector whose grant covers one county only
    inspector = await user("county.inspector", COUNTY_INSPECTOR)
    batches, audits = await RegistryBatch.all().count(), await AuditRecord.filter(succeeded=True).count()
    content = base64.b64encode(csv_file(DEATHS, [[citizen_id("19400303"), "张三", "2026-09-15"]])).decode()
    # when it imports a registry file and lists the batches
    imported = await gql(IMPORT, {"c": content}, user=inspector)
    listed = await gql(BATCHES, user=inspector)
    # then both are refused, and no batch or audit record was written
    assert errors_of(imported) == [("FORBIDDEN", None)] and errors_of(listed) == [("FORBIDDEN", None)]
    assert await RegistryBatch.all().count() == batches
    assert await AuditRecord.filter(succeeded=True).count() == audits


async def test_rejected_rows_are_read_only_inside_the_readers_jurisdiction(gql):
    # given a death registry whose three bad rows are of a member of the county, of another county, and of nobody known
    ours, theirs = await projected("431102100200"), await projected("431103100200")
    summary = await import_registry(
        kind="DEATH",
        file_name="deaths-scope.csv",
        actor="inspector",
        content=csv_file(
            DEATHS,
            [[ours, "甲", "not a date"], [theirs, "乙", "not a date"], [citizen_id("19400404"), "丙", "not a date"]],
        ),
    )
    assert [r.region_code for r in summary.rejections] == ["431102100200", "431103100200", None]
    county = await user("county.inspector", COUNTY_INSPECTOR)
    # when the county's inspector and the city's read the rejections
    seen_by_county = await gql(REJECTIONS, {"b": str(summary.batch.id)}, user=county)
    seen_by_city = await gql(REJECTIONS, {"b": str(summary.batch.id)}, user="inspector")
    # then the county sees its own member's row only; the city sees every row, the unplaced one too
    assert [r["rowNumber"] for r in seen_by_county["data"]["registryRejections"]] == [2]
    assert [r["rowNumber"] for r in seen_by_city["data"]["registryRejections"]] == [2, 3, 4]
