"""GraphQL enum values describe themselves with the Chinese names of the one label table the admin uses too."""

from kernel.labels import URBAN_RURAL


async def test_the_urban_rural_enum_describes_its_values_from_the_label_table(gql):
    body = await gql('{ __type(name: "UrbanRural") { enumValues { name description } } }', user="municipal.officer")
    values = {v["name"]: v["description"] for v in body["data"]["__type"]["enumValues"]}
    assert values == {"URBAN": "城市", "RURAL": "农村"} == {code: URBAN_RURAL.label(code) for code in values}


def test_every_change_the_households_service_records_has_a_chinese_name():
    # given every kind of change the service appends to its feed (events.emit / emit_many, by the literal it passes)
    import re
    from pathlib import Path

    from kernel.labels import CHANGE_KIND

    source = Path(__file__).resolve().parents[2] / "services" / "households"
    emitted = {
        kind
        for path in source.rglob("*.py")
        if "migrations" not in path.parts
        for kind in re.findall(r"\bemit(?:_many)?\([^()]*?, \"([A-Z_]+)\"", path.read_text(encoding="utf-8"))
    }
    # then the admin's change-feed page and its filter read each by a name, never by the code
    assert {"REGISTERED", "SUSPENDED", "REOPENED", "DECIDED"} <= emitted
    assert {kind for kind in emitted if CHANGE_KIND.label(kind) == kind} == set()
