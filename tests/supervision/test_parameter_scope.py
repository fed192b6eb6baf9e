"""Inspection parameters are read only inside the inspector's own jurisdiction."""

QUERY = "query($r: String!) { inspectionParameters(regionCode: $r) { name value } }"


async def test_an_inspector_reads_its_citys_parameters_but_not_another_citys(gql):
    # given the city's supervision inspector
    own = await gql(QUERY, {"r": "431102100000"}, user="inspector")
    other = await gql(QUERY, {"r": "431202000000"}, user="inspector")
    # then its own township's parameters come back and another city's are refused
    assert "errors" not in own and own["data"]["inspectionParameters"]
    assert other["data"] is None and other["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_malformed_region_code_is_refused_by_field(gql):
    body = await gql(QUERY, {"r": "4311"}, user="inspector")
    assert body["errors"][0]["extensions"]["code"] == "INVALID_REGION_CODE"
    assert body["errors"][0]["extensions"]["field"] == "regionCode"


SET = """mutation($r: String!) { setInspectionParameter(regionCode: $r, name: "support_min", value: "150.00",
  effectiveFrom: "2090-01-01") { name value } }"""


async def test_an_inspector_sets_parameters_only_inside_its_city(gql):
    from services.supervision.models import AuditRecord, InspectionParameter

    # given the city's supervision inspector, and what another city and the province have set
    before = await InspectionParameter.filter(region_code__in=["431202000000", "430000000000"]).count()
    audits = await AuditRecord.filter(succeeded=True).count()
    # when it sets a parameter for another city and for the province
    refused = [await gql(SET, {"r": region}, user="inspector") for region in ("431202000000", "430000000000")]
    # then both are refused naming the region, and nothing was written
    assert [(b["errors"][0]["extensions"]["code"], b["errors"][0]["extensions"]["field"]) for b in refused] == [
        ("FORBIDDEN", "regionCode")
    ] * 2
    assert await InspectionParameter.filter(region_code__in=["431202000000", "430000000000"]).count() == before
    assert await AuditRecord.filter(succeeded=True).count() == audits
    # and a township of its own city is set
    own = await gql(SET, {"r": "431102100000"}, user="inspector")
    assert own["data"]["setInspectionParameter"] == {"name": "support_min", "value": "150.00"}
