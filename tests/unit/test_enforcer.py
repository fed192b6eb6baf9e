"""Casbin over region codes: a grant covers its region and everything beneath it, nothing beside or above."""

import pytest

from authz.enforcer import Authorizer
from authz.principal import Grant, Principal

VILLAGE, TOWNSHIP, COUNTY, CITY = "431102100200", "431102100000", "431102000000", "431100000000"


def user(role: str, region: str) -> Principal:
    return Principal(username=f"{role}@{region}", grants=frozenset({Grant(role, region)}))


@pytest.fixture(scope="module")
def authorizer() -> Authorizer:
    return Authorizer()


@pytest.mark.parametrize(
    ("who", "region", "allowed"),
    [
        (user("village_assistant", VILLAGE), VILLAGE, True),
        (user("village_assistant", VILLAGE), "431102100201", False),  # sibling village
        (user("village_assistant", VILLAGE), TOWNSHIP, False),  # parent
        (user("township_officer", TOWNSHIP), VILLAGE, True),  # sub-region
        (user("county_auditor", COUNTY), "431103100200", False),  # another county
        (user("municipal_officer", CITY), "431129300201", True),
    ],
)
def test_reading_households_follows_the_hierarchy(authorizer, who, region, allowed):
    assert authorizer.allows(who, "households.household.read", region) is allowed


def test_roles_only_do_what_policy_grants(authorizer):
    auditor = user("county_auditor", COUNTY)
    assert authorizer.allows(auditor, "households.household.read", VILLAGE)
    assert not authorizer.allows(auditor, "households.household.register", VILLAGE)
    assert not authorizer.allows(user("bank_client", COUNTY), "households.household.read", VILLAGE)


def test_scope_merges_grants_into_minimal_prefixes(authorizer):
    several = Principal("two", frozenset({Grant("county_auditor", COUNTY), Grant("township_officer", TOWNSHIP)}))
    assert authorizer.scope(several, "households.household.read").prefixes == {"431102"}
    assert authorizer.scope(several, "households.household.register").prefixes == {"431102100"}


def test_changed_grants_take_effect_for_the_same_user(authorizer):
    before = Principal("same", frozenset({Grant("village_assistant", VILLAGE)}))
    after = Principal("same", frozenset({Grant("village_assistant", "431102100201")}))
    assert authorizer.allows(before, "households.household.read", VILLAGE)
    assert not authorizer.allows(after, "households.household.read", VILLAGE)
