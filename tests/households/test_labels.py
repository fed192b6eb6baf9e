"""GraphQL enum values describe themselves with the Chinese names of the one label table the admin uses too."""

from kernel.labels import URBAN_RURAL


async def test_the_urban_rural_enum_describes_its_values_from_the_label_table(gql):
    body = await gql('{ __type(name: "UrbanRural") { enumValues { name description } } }', user="municipal.officer")
    values = {v["name"]: v["description"] for v in body["data"]["__type"]["enumValues"]}
    assert values == {"URBAN": "城市", "RURAL": "农村"} == {code: URBAN_RURAL.label(code) for code in values}
