"""Field masking: ID numbers, incomes, illness and disability are visible in full only to the roles that need them."""

from tests.e2e.test_access import VILLAGE

CIRCUMSTANCES = (
    "mutation($p: ID!) { updateMember(personId: $p, circumstances: {disabilityGrade: 2, seriousIllness: true}) { id } }"
)
INCOME = 'mutation($h: ID!) { recordIncome(householdId: $h, category: WAGES, monthlyAmount: "812.50") { id } }'
READ = """query($h: ID!) { household(id: $h) { members { id idNumber disabilityGrade seriousIllness } incomes { monthlyAmount } } }"""


async def test_sensitive_fields_are_full_for_case_workers_and_masked_for_the_rest(gql):
    from services.households.models import Person
    from tests.authz.probes import household_input

    registered = await gql(
        "mutation($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { id } }",
        {"i": household_input(VILLAGE)},
        user="village.assistant",
    )
    household = registered["data"]["registerHousehold"]
    member = await Person.filter(household_id=int(household["id"])).order_by("id").first()
    assert "errors" not in await gql(CIRCUMSTANCES, {"p": str(member.id)}, user="village.assistant")
    assert "errors" not in await gql(INCOME, {"h": household["id"]}, user="village.assistant")
    seen = {}
    for user in ("village.assistant", "county.auditor", "inspector", "township.leader", "municipal.officer"):
        body = await gql(READ, {"h": household["id"]}, user=user)
        found = body["data"]["household"]
        person = next(m for m in found["members"] if m["id"] == str(member.id))
        seen[user] = (
            person["idNumber"],
            person["disabilityGrade"],
            person["seriousIllness"],
            sorted(i["monthlyAmount"] for i in found["incomes"] if i["monthlyAmount"]),
        )
    # then the village's assistant, the county auditor and the inspector see everything
    for user in ("village.assistant", "county.auditor", "inspector"):
        assert seen[user][0] == member.id_number and seen[user][1:3] == (2, True) and "812.50" in seen[user][3], user
    # the township leader reviews opinions: incomes yes, ID numbers and health masked
    assert "*" in seen["township.leader"][0] and seen["township.leader"][1:3] == (None, None)
    assert "812.50" in seen["township.leader"][3]
    # the municipal officer reads statistics: everything sensitive is masked
    number, grade, illness, incomes = seen["municipal.officer"]
    assert number == member.id_number[:6] + "********" + member.id_number[-4:]
    assert (grade, illness, incomes) == (None, None, [])


async def test_the_bank_sees_no_household_and_no_account_outside_its_batches(gql):
    body = await gql("{ households(first: 1) { id bankAccount { accountNumber } } }", user="bank.rcc")
    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    lines = await gql("{ payments(first: 1) { id amount } }", user="bank.rcc")
    assert lines["errors"][0]["extensions"]["code"] == "FORBIDDEN"
