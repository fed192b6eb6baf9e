"""The household projection: caught up from the households change feed and disbursement's paid lines,
resumed from the stored cursor, and the same after a replay from zero."""

from tortoise import connections

from kernel import feeds
from services.households.models import ChangeEvent, Household, Person
from services.supervision import projection
from services.supervision.models import PaidLine, ProjectedHousehold, ProjectedPerson
from tests.households.support import register
from tests.supervision.support import TEST_FEED, event, household_events, township, village


async def dump() -> tuple[list, list]:
    households = (
        await ProjectedHousehold.all()
        .order_by("household_id")
        .values_list("household_id", "region_code", "status", "urban_rural", "monthly_amount", "approved_by")
    )
    persons = (
        await ProjectedPerson.all()
        .order_by("person_id")
        .values_list("person_id", "household_id", "id_number", "counted", "deceased_on")
    )
    return households, persons


async def test_catching_up_from_zero_mirrors_households_and_a_replay_gives_the_same_projection():
    # given an empty projection
    await projection.reset(feed=projection.HOUSEHOLDS_FEED)
    # when it catches up with the whole households feed
    applied = await projection.catch_up(feed=projection.HOUSEHOLDS_FEED, page=250)
    # then every household and member is mirrored, and the cursor is the feed's last event
    assert applied == await ChangeEvent.all().count()
    assert await ProjectedHousehold.all().count() == await Household.all().count()
    assert await ProjectedPerson.all().count() == await Person.all().count()
    assert await projection.stored_cursor(projection.HOUSEHOLDS_FEED) == str(
        await feeds.head(ChangeEvent.all(), conn=connections.get("households"))
    )
    # and a second catch-up finds nothing new, while a replay from zero rebuilds exactly the same rows
    before = await dump()
    assert await projection.catch_up(feed=projection.HOUSEHOLDS_FEED) == 0
    await projection.reset(feed=projection.HOUSEHOLDS_FEED)
    await projection.catch_up(feed=projection.HOUSEHOLDS_FEED, page=1000)
    assert await dump() == before


async def test_a_restart_resumes_from_the_stored_cursor(gql):
    # given a projection that has caught up
    await projection.catch_up(feed=projection.HOUSEHOLDS_FEED)
    # when a household is registered and the consumer starts again
    created = await register(gql)
    applied = await projection.catch_up(feed=projection.HOUSEHOLDS_FEED)
    # then only the new events are applied and the new household and members are there
    assert applied == 3
    mirrored = await ProjectedHousehold.get(household_id=int(created["id"]))
    registered = await Household.get(id=int(created["id"]))
    assert (mirrored.status, mirrored.region_code) == (registered.status, registered.region_code)
    assert await ProjectedPerson.filter(household_id=int(created["id"])).count() == 2


async def test_paid_lines_are_mirrored_once_however_often_they_are_read():
    # given the disbursement feed read to its end
    await projection.reset(feed=projection.PAYMENTS_FEED)
    applied = await projection.catch_up(feed=projection.PAYMENTS_FEED)
    lines = await PaidLine.all().count()
    # when it is read again from the start
    await projection.reset(feed=projection.PAYMENTS_FEED)
    await projection.catch_up(feed=projection.PAYMENTS_FEED, page=100)
    # then the same lines are there, once each
    assert applied == lines == await PaidLine.all().count() > 0


async def test_events_fold_in_order_partial_payloads_keep_other_fields_and_a_deletion_removes():
    # given a household with one member, applied from contract-shaped events
    place = village(township())
    household_id, events, (person_id,) = household_events(place, [{"idNumber": "431102197001010011"}])
    await projection.apply_changes(events, feed=TEST_FEED)
    # when a later page stops the household, records the death and then removes a second member added meanwhile
    await projection.apply_changes(
        [
            event("Household", household_id, place, {"status": "STOPPED"}),
            event("Person", person_id, place, {"deceasedOn": "2026-09-30"}),
            event(
                "Person",
                person_id + 1,
                place,
                {"householdId": str(household_id), "idNumber": "431102197001010038"},
                kind="ADDED",
            ),
            event("Person", person_id + 1, place, {}, kind="DELETED"),
        ],
        feed=TEST_FEED,
    )
    # then the latest state of each holds, with the fields no event touched kept
    household = await ProjectedHousehold.get(household_id=household_id)
    assert (household.status, household.urban_rural, household.approved_by) == ("STOPPED", "RURAL", "county.approver")
    person = await ProjectedPerson.get(person_id=person_id)
    assert str(person.deceased_on) == "2026-09-30" and person.id_number == "431102197001010011"
    assert not await ProjectedPerson.exists(person_id=person_id + 1)
