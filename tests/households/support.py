"""Helpers for the households tests: fresh valid ID numbers and registration through the gateway."""

from __future__ import annotations

import itertools

from kernel.internal import InternalClient
from kernel.values import id_check_digit

VILLAGE = "431102100200"
TOWNSHIP = "431102100000"
_sequence = itertools.count(1)
_villages = itertools.count(700)
SET_POLICY = """mutation($r: String!, $k: String!, $v: JSON!) { setPolicy(regionCode: $r, key: $k, value: $v,
  effectiveFrom: "2020-01-01") }"""

REGISTER = """
mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { id members { id name relation } }
}
"""


def new_id(birth: str = "19800101") -> str:
    """A valid ID number no seeded person has (address prefix 431199 is never seeded)."""
    number = next(_sequence)
    body = f"4311{99 - number // 1000:02d}{birth}{number % 1000:03d}"
    return body + id_check_digit(body)


def members(*spec: tuple[str, str, str]) -> list[dict]:
    """(name, relation, birth yyyymmdd) → member inputs with fresh ID numbers."""
    return [{"name": name, "relation": relation, "idNumber": new_id(birth)} for name, relation, birth in spec]


async def register(
    gql,
    *spec: tuple[str, str, str],
    region: str = VILLAGE,
    urban_rural: str = "RURAL",
    user: str = "village.assistant",
    ids: list[str] | None = None,
) -> dict:
    """Register through the gateway; `ids` gives the members' ID numbers (fresh ones otherwise)."""
    spec = spec or (("赵大山", "HEAD", "19700101"), ("钱小花", "SPOUSE", "19720202"))
    given = members(*spec)
    for member, number in zip(given, ids or (), strict=False):
        member["idNumber"] = number
    body = await gql(
        REGISTER, {"input": {"regionCode": region, "urbanRural": urban_rural, "members": given}}, user=user
    )
    assert "errors" not in body, body
    return body["data"]["registerHousehold"]


def internal(caller: str) -> InternalClient:
    """The households subgraph as another service reaches it, with that service's own token."""
    return InternalClient("households", caller=caller)


async def new_village() -> str:
    """A village of the demo township that no other test uses: a local setting there touches nobody else's cases."""
    from services.households.models import Region

    code = f"{TOWNSHIP[:9]}{next(_villages):03d}"
    await Region.create(code=code, name="测试新村", level="village", parent_code=TOWNSHIP, code_year=2024)
    return code
