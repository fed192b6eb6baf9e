"""The change feed: every change in cursor order, whole state per event, replayable, for services only."""

from tortoise import connections

from kernel import feeds
from services.households.models import ChangeEvent
from tests.households.support import internal, register

CHANGES = """
query($after: String, $first: Int!) {
  changes(after: $after, first: $first) { items { cursor entity entityId kind regionCode payload at } nextCursor }
}
"""


async def latest_cursor() -> str:
    """The feed's high-water mark: feed order is (writing transaction, id), not id alone."""
    return str(await feeds.head(ChangeEvent.all(), conn=connections.get("households")))


async def test_a_registration_appears_in_the_feed_with_the_contracted_fields(gql):
    # given the feed's current end
    cursor = await latest_cursor()
    # when a household with two members is registered
    created = await register(gql)
    # then the supervision service reads the household and both members after that cursor, in order
    client = internal("supervision")
    page = (await client.query(CHANGES, {"after": cursor, "first": 100}))["changes"]
    await client.aclose()
    mine = [
        item
        for item in page["items"]
        if item["entityId"] == created["id"] or item["payload"].get("householdId") == created["id"]
    ]
    assert [(item["entity"], item["kind"]) for item in mine] == [
        ("Household", "REGISTERED"),
        ("Person", "ADDED"),
        ("Person", "ADDED"),
    ]
    household = mine[0]["payload"]
    assert set(household) == {
        "status",
        "regionCode",
        "urbanRural",
        "reviewClass",
        "monthlyAmount",
        "effectiveMonth",
        "approvedBy",
    }
    assert (
        household["status"] == "APPLYING"
        and household["monthlyAmount"] == "0.00"
        and household["effectiveMonth"] is None
    )
    assert set(mine[1]["payload"]) == {"householdId", "idNumber", "name", "relation", "counted", "deceasedOn"}
    assert {m["payload"]["name"] for m in mine[1:]} == {m["name"] for m in created["members"]}
    assert len(mine[1]["payload"]["idNumber"]) == 18  # full: the consuming service matches registries on it
    cursors = [feeds.Position.parse(item["cursor"]) for item in page["items"]]
    assert cursors == sorted(cursors) and cursors[0] > feeds.Position.parse(cursor)
    assert page["nextCursor"] is None


async def test_reading_the_feed_again_from_a_cursor_returns_the_same_events():
    # given a cursor in the middle of the seeded feed
    client = internal("disbursement")
    first = (await client.query(CHANGES, {"after": None, "first": 50}))["changes"]
    # when a consumer replays from the middle of that page twice
    middle = first["items"][24]["cursor"]
    again = (await client.query(CHANGES, {"after": middle, "first": 25}))["changes"]
    once_more = (await client.query(CHANGES, {"after": middle, "first": 25}))["changes"]
    await client.aclose()
    # then both replays equal the tail of the first page, and a full page points to the next one
    assert again == once_more
    assert again["items"] == first["items"][25:]
    assert first["nextCursor"] == first["items"][-1]["cursor"]


async def test_walking_every_page_reaches_the_end_exactly_once():
    client = internal("supervision")
    seen = [
        item["cursor"] async for page in client.pages(CHANGES, {"first": 1000}, "changes") for item in page["items"]
    ]
    await client.aclose()
    assert len(seen) == len(set(seen)) == await ChangeEvent.all().count()


async def test_people_may_not_read_the_feed(gql):
    body = await gql(CHANGES, {"first": 10}, user="village.assistant")
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_cursor_the_feed_never_issued_is_refused():
    client = internal("supervision")
    try:
        await client.query(CHANGES, {"after": "abc", "first": 10})
    except Exception as refusal:  # InternalCallFailed carries the subgraph's extensions
        assert refusal.details["upstream"]["code"] == "INVALID_CURSOR"
        assert refusal.details["upstream"]["field"] == "after"
    else:
        raise AssertionError("a bad cursor was accepted")
    finally:
        await client.aclose()
