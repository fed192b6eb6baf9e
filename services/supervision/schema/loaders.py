"""The supervision subgraph's named loaders (kernel.loaders): one class per kind of record a field reads, each
batching a request's keys into one call of a domain function, so every field has one load path."""

from __future__ import annotations

from authz.actions import Action
from authz.permissions import scope
from kernel.loaders import Loader
from kernel.subgraph import ordered
from services.supervision import findings, models, spotchecks


class FindingsLoader(Loader[int, "list[models.Finding]"]):
    """Each household's findings, inside the caller's finding scope."""

    async def fetch(self, keys: list[int]) -> list[list[models.Finding]]:
        rows = await findings.findings_by_household(scope=scope(self.info, Action.FINDING_READ), household_ids=keys)
        return ordered(keys, rows, default=[])


class SpotCheckItemsLoader(Loader[int, "list[models.SpotCheckItem]"]):
    """The households drawn in each spot check, inside the spot-check scope."""

    async def fetch(self, keys: list[int]) -> list[list[models.SpotCheckItem]]:
        rows = await spotchecks.items_of(scope=scope(self.info, Action.SPOT_CHECK_READ), spot_check_ids=keys)
        return ordered(keys, rows, default=[])
