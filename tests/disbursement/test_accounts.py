"""Bank accounts: versioned and audited, held by a member, Luhn as a warning, staff-held cards need the agreement."""

from services.disbursement.models import AuditRecord, BankAccount
from tests.disbursement.support import data, error
from tests.households.support import register

SET = """mutation($i: BankAccountInput!) { setBankAccount(input: $i) {
  warnings account { id version isCurrent holderName holderPersonId accountNumber luhnOk staffHeldBy kind } } }"""
HISTORY = "query($h: ID!) { bankAccountHistory(householdId: $h) { version isCurrent accountNumber } }"
LUHN_OK = "6221000000000000006"  # passes the Luhn check
LUHN_BAD = "6221000000000000001"


def account(household: dict, holder: dict, number: str = LUHN_OK, **extra) -> dict:
    return {
        "householdId": household["id"],
        "bankName": "农村信用社",
        "accountNumber": number,
        "holderPersonId": holder["id"],
        **extra,
    }


async def test_a_change_of_account_is_a_new_audited_version_and_the_old_one_is_kept(gql):
    # given a registered household
    household = await register(gql)
    head, spouse = household["members"]
    # when the township officer records an account for the head, then changes it to the spouse's card
    first = data(await gql(SET, {"i": account(household, head)}, user="township.officer"), "setBankAccount")
    second = data(
        await gql(SET, {"i": account(household, spouse, LUHN_BAD, kind="YICUNTONG")}, user="township.officer"),
        "setBankAccount",
    )
    # then the second is version 2 and current, carries a Luhn warning (not a refusal), and the history keeps both
    assert (
        first["warnings"] == [] and first["account"]["version"] == 1 and first["account"]["holderName"] == head["name"]
    )
    assert second["warnings"] == ["LUHN_MISMATCH"] and second["account"]["luhnOk"] is False
    assert second["account"]["version"] == 2 and second["account"]["holderName"] == spouse["name"]
    history = data(await gql(HISTORY, {"h": household["id"]}, user="county.auditor"), "bankAccountHistory")
    assert [(h["version"], h["isCurrent"]) for h in history] == [(2, True), (1, False)]
    assert history[0]["accountNumber"] == LUHN_BAD  # the auditor may read accounts in full
    audits = await AuditRecord.filter(
        entity="BankAccount", entity_id__in=[first["account"]["id"], second["account"]["id"]]
    )
    assert len(audits) == 2 and audits[1].before["version"] == 1 and audits[1].actor == "township.officer"


async def test_bad_accounts_are_refused_with_field_and_code_and_nothing_written(gql):
    household, other = await register(gql), await register(gql)
    head = household["members"][0]
    cases = [
        (account(household, other["members"][0]), "HOLDER_NOT_MEMBER", "holderPersonId"),
        (account(household, head, "6221-abc"), "INVALID_ACCOUNT_NUMBER", "accountNumber"),
        (account(household, head, staffHeldBy="村干部张三"), "STAFF_AGREEMENT_REQUIRED", "staffAgreement"),
        (account(household, head, kind="CASH"), "BAD_USER_INPUT", "kind"),  # not an AccountKind
        ({**account(household, head), "householdId": "99999999"}, "HOUSEHOLD_NOT_FOUND", "householdId"),
    ]
    for variables, code, field in cases:
        body = await gql(SET, {"i": variables}, user="township.officer")
        assert (error(body)["code"], error(body)["field"]) == (code, field), body
    assert not await BankAccount.exists(household_id=int(household["id"]))


async def test_a_staff_held_card_is_accepted_with_its_agreement_and_foreign_households_are_refused(gql):
    household = await register(gql)
    head = household["members"][0]
    held = data(
        await gql(
            SET,
            {"i": account(household, head, staffHeldBy="村协理员李四", staffAgreement="零陵民〔2027〕代管备案12号")},
            user="county.approver",
        ),
        "setBankAccount",
    )
    assert held["account"]["staffHeldBy"] == "村协理员李四"
    # when an officer of another county's township tries to change it
    from tests.disbursement.support import user

    stranger = await user("lst.officer", ("township_officer", "431103100000"))
    body = await gql(SET, {"i": account(household, head)}, user=stranger)
    assert error(body)["code"] == "FORBIDDEN"
    assert await BankAccount.filter(household_id=int(household["id"])).count() == 1
