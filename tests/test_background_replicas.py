"""Background work run by two replicas at once — 多副本后台同步: two processes following the same feed at the
same moment apply each event once and end where one would have."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import sys

from services.households.calendar import today
from services.households.models import AuditRecord as HouseholdAudit
from services.households.models import ChangeEvent, Person, RegistryBasis, ReviewTask
from services.supervision import projection
from services.supervision.models import ProjectedHousehold, ProjectedPerson
from services.supervision.registry_imports import import_registry
from tests.conftest import ROOT
from tests.households.support import register
from tests.households.test_dynamics import active_case
from tests.supervision.support import csv_file


async def _both(*args: str) -> list[str]:
    """The same `dibao` command started twice at once, as two replicas' background ticks would be; their outputs."""

    async def one() -> str:
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "dibao.cli",
            *args,
            cwd=ROOT,
            env=dict(os.environ),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(child.communicate(), 300)
        assert child.returncode == 0, err.decode() + out.decode()
        return out.decode()

    return await asyncio.gather(one(), one())


async def test_two_projection_syncs_at_once_fold_each_event_once(gql):
    # given the projection caught up, then twelve households registered (three events each)
    await projection.sync()
    created = [int((await register(gql))["id"]) for _ in range(12)]
    members = await Person.filter(household_id__in=created).values_list("id", flat=True)
    events = (
        await ChangeEvent.filter(entity="Household", entity_id__in=created).count()
        + await ChangeEvent.filter(entity="Person", entity_id__in=members).count()
    )
    # when two processes sync the projection at the same moment
    outputs = await _both("projection", "sync", "--actor", "cli:replica")
    # then between them they applied every new event exactly once (one waited for the other's lock)
    applied = [int(re.search(r"households (\d+) 条", output).group(1)) for output in outputs]
    assert sum(applied) == events == 36 and 0 in applied, outputs
    # and the projection holds every new household and member once, as households has them
    assert await ProjectedHousehold.filter(household_id__in=created).count() == 12
    assert sorted(await ProjectedPerson.filter(household_id__in=created).values_list("id_number", flat=True)) == sorted(
        await Person.filter(household_id__in=created).values_list("id_number", flat=True)
    )
    # and a third sync has nothing left to do
    assert (await projection.sync())[projection.HOUSEHOLDS_FEED] == 0


async def test_two_registry_event_syncs_at_once_record_each_death_once(gql):
    # given three cases in care, the registries followed so far, then the funeral registry reporting each spouse's death
    from services.households.life_events import sync_registry_events

    households = [await active_case(gql) for _ in range(3)]
    spouses = [await Person.get(household_id=h["id"], relation="SPOUSE") for h in households]
    await sync_registry_events()
    died = today() - dt.timedelta(days=5)
    content = csv_file(
        ["身份证号码", "姓名", "死亡日期", "火化证号"],
        [[s.id_number, s.name, died.isoformat(), f"RP-{s.id}"] for s in spouses],
    )
    assert (
        await import_registry(kind="DEATH", file_name="replicas.csv", content=content, actor="inspector")
    ).batch.rows_loaded == 3
    # when two processes follow the registries at the same moment
    outputs = await _both("households", "sync-registry-events", "--actor", "cli:replica")
    # then each death is recorded once, by one of them: the other waited for its lock and found nothing new
    recorded = [int(re.search(r"新记录 (\d+)", output).group(1)) for output in outputs]
    assert sorted(recorded) == [0, 3], outputs
    for spouse, household in zip(spouses, households, strict=True):
        assert (await Person.get(id=spouse.id)).deceased_on == died
        assert await RegistryBasis.filter(person_id=spouse.id, kind="DEATH").count() == 1
        # and the audit trail holds the one recording, no refused second attempt
        assert await HouseholdAudit.filter(action="member.death", entity_id=str(spouse.id)).count() == 1
        assert await ReviewTask.filter(household_id=household["id"], kind="MEMBER_EVENT").count() == 1
        assert (
            await ChangeEvent.filter(entity="Household", entity_id=int(household["id"]), kind="REOPENED").count() == 1
        )
    # and the next run finds nothing new
    assert (await sync_registry_events()).recorded == 0
