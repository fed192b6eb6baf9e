"""The authz subgraph's named loaders (kernel.loaders): one class per kind of record a field reads."""

from __future__ import annotations

from identity import service
from identity.models import RoleGrant as RoleGrantRow
from kernel.loaders import Loader
from kernel.subgraph import ordered


class GrantsLoader(Loader[int, "list[RoleGrantRow]"]):
    """Each user's role grants."""

    async def fetch(self, keys: list[int]) -> list[list[RoleGrantRow]]:
        return ordered(keys, await service.grants_of(user_ids=keys), default=[])
