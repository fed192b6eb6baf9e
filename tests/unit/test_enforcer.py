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


# --- the role hierarchy, separation of duties and recusal (policy rules) ---
from authz.duties import KINSHIP, require_separation  # noqa: E402
from identity.service import ROLES  # noqa: E402
from kernel.errors import Forbidden  # noqa: E402


def test_every_role_of_the_hierarchy_and_every_service_identity_is_defined_in_the_policy(authorizer):
    defined = set(authorizer.policy())
    assert set(ROLES) <= defined
    assert {"service_disbursement", "service_supervision", "gateway"} <= defined


def test_a_system_administrator_manages_users_but_takes_no_case_action(authorizer):
    admin = Principal("root", frozenset({Grant("system_admin", "*")}))
    assert authorizer.allows(admin, "authz.user.manage", VILLAGE)
    for action in (
        "households.household.read",
        "households.application.decide",
        "disbursement.roster.approve",
        "disbursement.payment.read",
        "supervision.finding.read",
    ):
        assert not authorizer.allows(admin, action, VILLAGE), action


def test_county_finance_confirms_transfers_but_cannot_compile_or_approve_rosters(authorizer):
    finance = user("county_finance", COUNTY)
    assert authorizer.allows(finance, "disbursement.transfer.confirm", TOWNSHIP)
    assert not authorizer.allows(finance, "disbursement.roster.compile", TOWNSHIP)
    assert not authorizer.allows(finance, "disbursement.roster.approve", TOWNSHIP)


def test_a_user_with_several_roles_in_several_regions_holds_each_only_where_granted(authorizer):
    both = Principal(
        "two-hats", frozenset({Grant("township_officer", TOWNSHIP), Grant("county_auditor", "431103000000")})
    )
    assert authorizer.allows(both, "disbursement.roster.compile", VILLAGE)
    assert not authorizer.allows(both, "disbursement.roster.compile", "431103100200")  # auditor there, not officer
    assert authorizer.allows(both, "households.household.read", "431103100200")


@pytest.mark.parametrize(
    ("action", "done_by", "code"),
    [
        ("disbursement.roster.review", {"disbursement.roster.compile": "zhang"}, "SEPARATION_OF_DUTIES"),
        ("disbursement.roster.approve", {"disbursement.roster.compile": ["li", "zhang"]}, "SEPARATION_OF_DUTIES"),
        (
            "households.application.decide",
            {"households.investigation.record": {"zhang", "wang"}},
            "SEPARATION_OF_DUTIES",
        ),
        ("households.application.decide", {KINSHIP: ["zhang"]}, "RECUSAL_REQUIRED"),
        ("households.investigation.record", {KINSHIP: "zhang"}, "RECUSAL_REQUIRED"),
    ],
)
def test_conflicting_duties_and_filed_relatives_are_refused(action, done_by, code):
    # given zhang did the conflicting step on this record (or is a filed relative)
    zhang = Principal("zhang", frozenset({Grant("county_approver", COUNTY)}))
    # when zhang attempts the action, then it is refused with the specific code
    with pytest.raises(Forbidden) as refused:
        require_separation(actor=zhang, action=action, done_by=done_by)
    assert refused.value.code == code and refused.value.extensions["action"] == action


def test_someone_else_may_do_the_next_step_and_unrelated_steps_are_not_restricted():
    zhang = Principal("zhang", frozenset({Grant("township_leader", TOWNSHIP)}))
    require_separation(actor=zhang, action="disbursement.roster.review", done_by={"disbursement.roster.compile": "li"})
    require_separation(actor=zhang, action="disbursement.roster.review", done_by={"disbursement.roster.compile": None})
    require_separation(actor=zhang, action="disbursement.roster.read", done_by={"disbursement.roster.compile": "zhang"})


def test_every_separation_rule_names_actions_that_exist():
    from authz.actions import Action

    known = {str(action) for action in Action}
    for action, conflict in Authorizer()._enforcer.get_named_policy("p2"):
        assert action in known, action
        assert conflict in known | {KINSHIP}, conflict


def test_allows_answers_what_the_enforcer_answers_for_every_role_action_and_region(authorizer):
    # given every role of the policy held alone and beside another, on codes of every level, and every action
    from authz.actions import Action

    roles = sorted(authorizer.policy())
    asked = [VILLAGE, TOWNSHIP, COUNTY, "431103100200"]  # beneath, at, above and beside the grant
    callers = [user(role, region) for role in roles for region in (TOWNSHIP, "*")] + [
        Principal(f"{a}+{b}", frozenset({Grant(a, TOWNSHIP), Grant(b, "431103000000")}))
        for a, b in zip(roles, roles[1:] + roles[:1], strict=True)
    ]
    # then the scope-based answer is Casbin's own, for each of them, everywhere
    for caller in callers:
        for action in Action:
            for region in asked:
                authorizer._sync(caller)
                expected = bool(authorizer._enforcer.enforce(caller.subject, region, str(action)))
                assert authorizer.allows(caller, action, region) is expected, (caller, action, region)
