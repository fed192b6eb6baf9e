"""Registry life events: a death, imprisonment or hukou move imported by supervision re-opens the case it concerns,
once, however often the sync runs; rows about nobody in care, or that this service cannot read, are counted and passed."""

import datetime as dt

from services.households.calendar import today
from services.households.dynamics import months_later
from services.households.life_events import FEED, SyncSummary, apply_page, sync_registry_events
from services.households.models import (
    AuditRecord,
    ChangeEvent,
    Household,
    Person,
    RegistryBasis,
    ReviewTask,
    SyncCursor,
)
from services.supervision.registry_imports import import_registry
from tests.conftest import run_cli
from tests.households.support import new_id, register
from tests.households.test_dynamics import EVENT, active_case, call
from tests.supervision.support import csv_file

SYNC = "mutation { syncRegistryEvents { read recorded alreadyRecorded notInCare unreadable refused cursor } }"
TEST_FEED = "test-registry-life-events"
"""Pages applied directly by tests keep their cursor apart from the real one."""


async def members_of(household: dict) -> dict[str, Person]:
    return {person.relation: person for person in await Person.filter(household_id=household["id"])}


async def import_deaths(rows: list[list[str]]) -> None:
    content = csv_file(["身份证号码", "姓名", "死亡日期", "火化证号"], rows)
    summary = await import_registry(kind="DEATH", file_name="deaths.csv", content=content, actor="inspector")
    assert summary.batch.rows_loaded == len(rows)


async def test_a_registry_death_reopens_the_case_once_however_often_the_sync_runs(gql):
    # given a case in care of two, a registered household not yet in care, and the registries followed so far
    household = await active_case(gql)
    spouse = (await members_of(household))["SPOUSE"]
    applying = (await members_of(await register(gql, ("孙未批", "HEAD", "19500101"))))["HEAD"]
    await sync_registry_events()
    # when the funeral registry reports the spouse's death, the applicant's and a stranger's, and the sync runs
    died = today() - dt.timedelta(days=10)
    await import_deaths(
        [
            [spouse.id_number, spouse.name, died.isoformat(), "HH-9001"],
            [applying.id_number, applying.name, died.isoformat(), "HH-9002"],
            [new_id("19450101"), "路人甲", died.isoformat(), "HH-9003"],
        ]
    )
    first = await call(gql, SYNC, "admin")
    # then the spouse's death is recorded: no longer counted, the case re-opened with a task due in three months
    assert (first["read"], first["recorded"], first["notInCare"], first["alreadyRecorded"], first["refused"]) == (
        3,
        1,
        2,
        0,
        0,
    )
    assert (await Person.get(id=spouse.id)).deceased_on == died
    row = await Household.get(id=household["id"])
    assert (row.counted_members, row.next_review_on) == (1, months_later(died, 3))
    tasks = await ReviewTask.filter(household_id=household["id"], kind="MEMBER_EVENT")
    assert [task.due_on for task in tasks] == [months_later(died, 3)]
    assert await ChangeEvent.filter(entity="Household", entity_id=row.id, kind="REOPENED").count() == 1
    # and the audit names the service and the registry record it rests on
    audit = await AuditRecord.get(action="member.death", entity_id=str(spouse.id))
    basis = await RegistryBasis.get(person_id=spouse.id)
    assert audit.actor == "service:households" and audit.after["basis"]["registryRecord"] == basis.record_id
    assert (basis.kind, basis.reference, basis.task_id) == ("DEATH", "HH-9001", tasks[0].id)
    # and the applicant, not in care, is untouched, and the run is audited under the administrator who asked for it
    assert (await Person.get(id=applying.id)).deceased_on is None
    run = await AuditRecord.filter(action="registry_events.sync", actor="admin").order_by("-id").first()
    assert (run.after["cursor"], run.after["recorded"], run.after["notInCare"]) == (first["cursor"], 1, 2)
    # when the sync runs again, and again after its cursor was lost
    again = await call(gql, SYNC, "admin")
    await SyncCursor.filter(feed=FEED).delete()
    replayed = await sync_registry_events()
    # then nothing changes: the same record is never recorded twice
    assert (again["read"], again["recorded"], again["cursor"]) == (0, 0, first["cursor"])
    assert replayed.recorded == 0 and replayed.already_recorded >= 1 and replayed.cursor == first["cursor"]
    assert await ReviewTask.filter(household_id=household["id"], kind="MEMBER_EVENT").count() == 1
    assert await AuditRecord.filter(action="member.death", entity_id=str(spouse.id)).count() == 1


async def test_rows_this_service_cannot_read_or_may_not_record_do_not_fail_the_page(gql):
    # given two cases in care, the first one's spouse already recorded in prison by the village
    first, second = await active_case(gql), await active_case(gql)
    spouse, head = (await members_of(first))["SPOUSE"], (await members_of(second))["HEAD"]
    await call(
        gql,
        EVENT,
        "village.assistant",
        p=str(spouse.id),
        k="IMPRISONMENT",
        on=(today() - dt.timedelta(days=40)).isoformat(),
    )
    moved = today() - dt.timedelta(days=5)
    # when a page carries a kind this service does not know, a row without a date, a malformed ID number,
    # the imprisonment already recorded, a move dated tomorrow and a hukou move of the second head
    page = [
        {
            "cursor": "1",
            "kind": "MARRIAGE",
            "idNumber": head.id_number,
            "eventDate": moved.isoformat(),
            "recordId": "1",
        },
        {"cursor": "2", "kind": "DEATH", "idNumber": head.id_number, "eventDate": None, "recordId": "2"},
        {"cursor": "3", "kind": "DEATH", "idNumber": "4311", "eventDate": moved.isoformat(), "recordId": "3"},
        {
            "cursor": "4",
            "kind": "IMPRISONMENT",
            "idNumber": spouse.id_number,
            "eventDate": moved.isoformat(),
            "recordId": "4",
        },
        {
            "cursor": "5",
            "kind": "HUKOU_MOVE",
            "idNumber": head.id_number,
            "eventDate": (today() + dt.timedelta(days=1)).isoformat(),
            "recordId": "5",
        },
        {
            "cursor": "6",
            "kind": "HUKOU_MOVE",
            "idNumber": head.id_number,
            "eventDate": moved.isoformat(),
            "recordId": "6",
            "batchId": "77",
            "reference": "迁出省外",
        },
    ]
    summary = SyncSummary()
    await apply_page(page, summary, feed=TEST_FEED)
    # then the page is read to its end: the readable, allowed move is recorded and each other row is counted
    assert (summary.read, summary.unreadable, summary.already_recorded, summary.recorded) == (6, 3, 1, 1)
    assert dict(summary.refused) == {"DATE_IN_FUTURE": 1}
    assert (await Person.get(id=head.id)).excluded_reason == "HUKOU_MOVED"
    assert await ReviewTask.filter(household_id=first["id"], kind="MEMBER_EVENT").count() == 1
    assert (await RegistryBasis.get(person_id=head.id)).reference == "迁出省外"
    # and the refusal is audited, and the cursor stands after the page
    assert await AuditRecord.filter(action="member.hukou_move", entity_id=str(head.id), succeeded=False).exists()
    assert (await SyncCursor.get(feed=TEST_FEED)).cursor == "6"
    run = await AuditRecord.get(action="registry_events.sync", entity_id=TEST_FEED)
    assert (run.actor, run.after["refused"], run.after["unreadable"]) == (
        "service:households",
        {"DATE_IN_FUTURE": 1},
        3,
    )


async def test_only_a_caller_granted_everywhere_may_run_the_sync(gql):
    # given the stored cursor
    before = await SyncCursor.filter(feed=FEED).values_list("cursor", flat=True)
    # when a county approver, who holds households.* in the county, asks for a sync
    body = await gql(SYNC, user="county.approver")
    # then it is refused and the cursor did not move
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN" and body["data"] is None
    assert await SyncCursor.filter(feed=FEED).values_list("cursor", flat=True) == before


async def test_an_operator_runs_the_sync_from_the_command_line(gql):
    # given a case in care whose head's imprisonment the prison registry has just reported
    household = await active_case(gql)
    head = (await members_of(household))["HEAD"]
    await sync_registry_events()
    admitted = today() - dt.timedelta(days=3)
    content = csv_file(
        ["身份证号码", "姓名", "入监日期", "监所"], [[head.id_number, head.name, admitted.isoformat(), "永州监狱"]]
    )
    await import_registry(kind="IMPRISONMENT", file_name="prison.csv", content=content, actor="inspector")
    # when the operator runs the command
    done = run_cli("households", "sync-registry-events", "--actor", "cli:operator")
    # then it reports what it did and the head no longer counts, with the case due for review
    assert done.returncode == 0, done.stderr + done.stdout
    assert "读取 1 条：新记录 1" in done.stdout
    assert await AuditRecord.filter(action="registry_events.sync", actor="cli:operator").exists()
    person = await Person.get(id=head.id)
    assert (person.counted, person.excluded_reason) == (False, "PRISON")
    assert (await Household.get(id=household["id"])).next_review_on == months_later(admitted, 3)


async def test_a_running_households_app_follows_the_registries_without_being_asked(gql, databases):
    import asyncio
    import dataclasses

    from asgi_lifespan import LifespanManager

    from services.households.app import create_app

    # given a case in care, the registries followed so far, and the households app running with its lifespan
    household = await active_case(gql)
    spouse = (await members_of(household))["SPOUSE"]
    await sync_registry_events()
    app = create_app(settings=dataclasses.replace(databases, registry_events_sync_seconds=0.2), own_database=False)
    async with LifespanManager(app):
        # when the funeral registry reports the spouse's death (and nobody runs syncRegistryEvents)
        await import_deaths([[spouse.id_number, spouse.name, (today() - dt.timedelta(days=3)).isoformat(), "HH-9101"]])
        # then the member event is soon recorded by the background sync
        for _ in range(300):
            if (await Person.get(id=spouse.id)).deceased_on is not None:
                break
            await asyncio.sleep(0.1)
        assert (await Person.get(id=spouse.id)).deceased_on == today() - dt.timedelta(days=3)
    assert await RegistryBasis.filter(person_id=spouse.id).count() == 1


async def test_a_cursor_from_another_history_of_the_feed_is_dropped_and_the_feed_read_again(gql):
    # given the sync caught up, then its stored cursor made to belong to an older history of supervision's feed
    # (as after supervision was restored from a backup: its feed got a new epoch)
    await import_deaths([[new_id("19500101"), "某甲", "2026-05-01", "HH-9301"]])
    await sync_registry_events()
    caught_up = await SyncCursor.get(feed=FEED)
    await SyncCursor.filter(feed=FEED).update(epoch="0123456789abcdef")
    # when the sync runs again
    summary = await sync_registry_events(triggered_by="admin")
    # then it noticed, audited why, and read the feed again from the start (recording nothing twice)
    restart = await AuditRecord.filter(action="registry_events.restart").order_by("-id").first()
    assert restart is not None and restart.actor == "admin" and "epoch" in restart.after["reason"]
    assert summary.read >= 1 and summary.recorded == 0 and summary.cursor == caught_up.cursor
    assert (await SyncCursor.get(feed=FEED)).epoch == caught_up.epoch != "0123456789abcdef"


def test_a_consumer_restarts_only_for_another_epoch_or_a_cursor_beyond_the_head():
    from kernel.feeds import restart_needed

    assert restart_needed(cursor=None, stored_epoch="a", epoch="b", head="0") is None
    assert restart_needed(cursor="7.12", stored_epoch="a", epoch="a", head="9.3") is None
    assert (
        restart_needed(cursor="12", stored_epoch=None, epoch="a", head="5.3") is None
    )  # before epochs: position (0, 12)
    assert "epoch" in restart_needed(cursor="7.12", stored_epoch="a", epoch="b", head="9.3")
    assert "high-water" in restart_needed(cursor="9.4", stored_epoch="a", epoch="a", head="9.3")
