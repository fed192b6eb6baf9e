"""The households subgraph's named loaders (kernel.loaders): one class per kind of record a field reads, each
batching a request's keys into one call of a domain function, so every field has one load path."""

from __future__ import annotations

from typing import Any

from authz.actions import Action
from authz.permissions import principal, scope
from kernel.loaders import Loader
from kernel.subgraph import ordered
from services.households import case_file, case_queries, models, service, visit_draws, visits, worklist


class RegionLoader(Loader[str, "models.Region | None"]):
    """Regions by code (行政区划)."""

    async def fetch(self, keys: list[str]) -> list[models.Region | None]:
        return ordered(keys, await service.regions_by_code(codes=keys))


class PersonLoader(Loader[int, "models.Person | None"]):
    """Members by id, inside the caller's household scope."""

    async def fetch(self, keys: list[int]) -> list[models.Person | None]:
        return ordered(keys, await service.persons_by_id(scope=scope(self.info, Action.HOUSEHOLD_READ), ids=keys))


class HouseholdLoader(Loader[int, "dict[str, Any] | None"]):
    """Households by id (plain values), inside the caller's household scope: lookups and `_entities` alike."""

    async def fetch(self, keys: list[int]) -> list[dict[str, Any] | None]:
        return ordered(keys, await service.households_by_id(scope=scope(self.info, Action.HOUSEHOLD_READ), ids=keys))


class HeadLoader(Loader[int, "models.Person | None"]):
    """The head of each household."""

    async def fetch(self, keys: list[int]) -> list[models.Person | None]:
        return ordered(keys, await service.heads_by_household(household_ids=keys))


class MembersLoader(Loader[int, "list[models.Person]"]):
    """The members of each household."""

    async def fetch(self, keys: list[int]) -> list[list[models.Person]]:
        return ordered(keys, await service.members_by_household(household_ids=keys), default=[])


class HouseholdRecordsLoader(Loader[int, list]):
    """A household's records of one model (`args`: the model), oldest first: amounts, incomes, assets …"""

    async def fetch(self, keys: list[int]) -> list[list]:
        return await case_queries.grouped(self.args[0], keys)


class ApplicationsLoader(Loader[int, "list[models.Application]"]):
    """Applications of many households in one query, inside the caller's application scope."""

    async def fetch(self, keys: list[int]) -> list[list[models.Application]]:
        return await case_queries.applications_by_household(
            scope=scope(self.info, Action.APPLICATION_READ), household_ids=keys
        )


class CaseFileLoader(Loader[int, list]):
    """The case file (一户一档) of many households."""

    async def fetch(self, keys: list[int]) -> list[list]:
        return await case_file.entries(keys)


class DecisionLoader(Loader[int, "models.Decision | None"]):
    """Decisions by id, inside the caller's household scope."""

    async def fetch(self, keys: list[int]) -> list[models.Decision | None]:
        return ordered(
            keys, await case_queries.decisions_by_id(scope=scope(self.info, Action.HOUSEHOLD_READ), ids=keys)
        )


class PanelsLoader(Loader[int, "list[models.PanelReview]"]):
    """The panels (democratic review, joint review) of each application, oldest first."""

    async def fetch(self, keys: list[int]) -> list[list[models.PanelReview]]:
        return await case_file.panels_of(keys)


class EntryCheckHitsLoader(Loader[int, list]):
    """The registry hits found on entry (逢进必核) of each application."""

    async def fetch(self, keys: list[int]) -> list[list]:
        return await case_file.hits_of(keys)


class HomeVisitsLoader(Loader[int, list]):
    """The home visit records (入户调查表) of each application, oldest first."""

    async def fetch(self, keys: list[int]) -> list[list]:
        return await visits.visits_of(keys)


class VisitPhotosLoader(Loader[int, "list[dict]"]):
    """The photos of each visit record: their metadata, never the content."""

    async def fetch(self, keys: list[int]) -> list[list[dict]]:
        return await visits.photos_of(keys)


class DrawnForVisitLoader(Loader[int, bool]):
    """Whether each application was drawn for the county's pre-approval visit."""

    async def fetch(self, keys: list[int]) -> list[bool]:
        return await visit_draws.drawn_of(keys)


class StepsLoader(Loader[int, list]):
    """The steps taken on each application, oldest first."""

    async def fetch(self, keys: list[int]) -> list[list]:
        return await case_file.steps_of(keys)


class NextActionsLoader(Loader["models.Application", "list[str]"]):
    """The steps the caller may take now on each application (state, rights, recusal), for a page at once."""

    async def fetch(self, keys: list[models.Application]) -> list[list[str]]:
        found = await worklist.next_actions(principal(self.info), keys)
        return [found[row.id] for row in keys]
