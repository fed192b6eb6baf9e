"""Public lists show name, size and amount only; late applications are visible to the township and county."""

import datetime as dt
import re

from services.households.calendar import today
from tests.households.support import VILLAGE, register

NOTICE = (
    """query($v: String!, $p: String!) { publicNotice(villageCode: $v, period: $p) { name members monthlyAmount } }"""
)


async def test_the_public_list_never_shows_ids_phones_accounts_or_illness(gql):
    body = await gql(NOTICE, {"v": VILLAGE, "p": "2026-10"}, user="village.assistant")
    entries = body["data"]["publicNotice"]
    assert entries and all(set(e) == {"name", "members", "monthlyAmount"} for e in entries)
    text = str(entries)
    assert (
        not re.search(r"\d{17}[\dX]", text) and not re.search(r"1[3-9]\d{9}", text) and not re.search(r"6221\d+", text)
    )


async def test_overdue_applications_show_for_the_township(gql):
    household = await register(gql)
    long_ago = (today() - dt.timedelta(days=90)).isoformat()
    body = await gql(
        "mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id } }",
        {"h": household["id"], "on": long_ago},
        user="village.assistant",
    )
    application = body["data"]["submitApplication"]["id"]
    await gql(
        "mutation($a: ID!, $on: Date) { acceptApplication(applicationId: $a, input: {on: $on}) { id } }",
        {"a": application, "on": long_ago},
        user="township.officer",
    )
    late = await gql("{ lateApplications { id dueOn } }", user="township.officer")
    assert application in {a["id"] for a in late["data"]["lateApplications"]}
    other = await gql('{ lateApplications(regionCode: "431103000000") { id } }', user="township.officer")
    assert other["data"]["lateApplications"] == []
