"""How supervision applies a feed page: the last of several changes to one record wins, a page delivered again
writes nothing, and the page sizes asked and served are the configured ones."""

import dataclasses
from decimal import Decimal

import pytest
from tortoise import connections

from kernel import settings as process_settings
from kernel.internal import InternalCallFailed, InternalClient
from services.households.models import ChangeEvent
from services.supervision import projection
from services.supervision.models import PaidLine, ProjectedHousehold, ProjectedPerson
from tests.supervision.support import TEST_FEED, citizen_id, event, household_events, township, village


def whole_household(household_id: int, place: str, status: str, amount: str) -> dict:
    return event("Household", household_id, place, {
        "status": status, "regionCode": place, "urbanRural": "RURAL", "reviewClass": 1, "monthlyAmount": amount,
        "effectiveMonth": "2026-01", "approvedBy": "county.approver"})


async def versions(household_id: int) -> list:
    """Each projected row's xmin (the transaction that last wrote it): unchanged means not rewritten."""
    _, rows = await connections.get("supervision").execute_query(
        "SELECT xmin::text AS x FROM sv_household WHERE household_id = $1 UNION ALL "
        "SELECT xmin::text FROM sv_person WHERE household_id = $1 ORDER BY 1", [household_id])
    return [row["x"] for row in rows]


@pytest.mark.parametrize("first, last", [("ACTIVE", "SUSPENDED"), ("SUSPENDED", "ACTIVE")])
async def test_of_two_whole_changes_to_one_household_in_a_page_the_later_one_is_kept(first, last):
    # given a page that registers a household and, further on, replaces its whole state again
    place = village(township())
    household_id, events, (person_id,) = household_events(place, [{"idNumber": citizen_id()}], status=first)
    page = [*events, whole_household(household_id, place, last, "612.50"),
            event("Person", person_id, place, {"deceasedOn": "2026-10-02"})]
    # when it is applied
    assert await projection.apply_changes(page, feed=TEST_FEED) == 4
    # then the household holds the later state, whichever status came first, and the member its later change
    household = await ProjectedHousehold.get(household_id=household_id)
    assert (household.status, household.monthly_amount) == (last, Decimal("612.50"))
    person = await ProjectedPerson.get(person_id=person_id)
    assert str(person.deceased_on) == "2026-10-02" and person.household_id == household_id


async def test_a_page_delivered_again_ends_as_if_applied_once_and_rewrites_no_row():
    # given a page already applied
    place = village(township())
    household_id, events, person_ids = household_events(place, [{"idNumber": citizen_id()}, {"idNumber": citizen_id()}])
    page = [*events, event("Household", household_id, place, {"status": "SUSPENDED"})]
    await projection.apply_changes(page, feed=TEST_FEED)
    written = await versions(household_id)
    state = await ProjectedHousehold.filter(household_id=household_id).values()
    # when the same page is delivered again (a consumer that crashed before storing its cursor reads it again)
    await projection.apply_changes(page, feed=TEST_FEED)
    # then the rows are the same ones, not rewritten, holding the same values
    assert await versions(household_id) == written and len(written) == 3
    assert await ProjectedHousehold.filter(household_id=household_id).values() == state
    assert await ProjectedPerson.filter(person_id__in=person_ids).count() == 2


async def test_of_two_lines_of_one_payment_in_a_page_the_later_one_is_kept():
    # given a page that carries one payment twice, its account corrected in the later line
    place = village(township())
    line = {"cursor": "9.1", "paymentId": "pl-page-twice", "householdId": "7", "regionCode": place, "period": "2026-10",
            "amount": "500.00", "paidOn": "2026-10-15", "accountNumber": "6200000000000001"}
    later = {**line, "cursor": "9.2", "accountNumber": "6200000000000002"}
    # when it is applied
    assert await projection.apply_paid_lines([line, later], feed=f"{TEST_FEED}-lines") == 2
    # then one line is kept, with the later account
    assert await PaidLine.filter(cursor="pl-page-twice").values_list("account_number", flat=True) == ["6200000000000002"]


class CountingClient(InternalClient):
    """The supervision identity's client to households, counting the pages it asks for and their sizes."""

    def __init__(self) -> None:
        super().__init__("households", caller="supervision")
        self.asked: list[int] = []

    async def query(self, query, variables=None):
        self.asked.append((variables or {})["first"])
        return await super().query(query, variables)


async def test_a_catch_up_asks_the_configured_page_size_and_the_feed_serves_no_more_than_its_limit(monkeypatch):
    # given pages of 40 asked by supervision and at most 50 served by households
    monkeypatch.setattr(process_settings, "_current",
                        dataclasses.replace(process_settings.get_settings(), feed_page_size=40, feed_page_limit=50))
    await projection.reset(feed=projection.HOUSEHOLDS_FEED)
    client = CountingClient()
    try:
        # when supervision catches up from zero
        applied = await projection.catch_up(feed=projection.HOUSEHOLDS_FEED, client=client)
        # then it read the whole feed in pages of 40
        events = await ChangeEvent.all().count()
        assert applied == events and set(client.asked) == {40} and len(client.asked) >= -(-events // 40)
        # and a page of 51 is refused naming the field and the limit, while 50 is served
        with pytest.raises(InternalCallFailed) as refused:
            await client.query(projection.CHANGES, {"after": None, "first": 51})
        assert (refused.value.details["upstream"]["code"], refused.value.details["upstream"]["field"]) == ("BAD_USER_INPUT", "first")
        assert "50" in refused.value.message_en
        assert len((await client.query(projection.CHANGES, {"after": None, "first": 50}))["changes"]["rows"]) == 50
    finally:
        await client.aclose()
