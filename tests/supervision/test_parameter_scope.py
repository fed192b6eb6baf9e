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
