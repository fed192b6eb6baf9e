"""Session settings every PostgreSQL connection of the services starts with (kernel.db.SERVER_SETTINGS)."""

from __future__ import annotations

from tortoise import Tortoise

from kernel.settings import DATABASES


async def test_every_database_connection_plans_each_run_with_its_values(system):
    """A batched lookup (`household_id IN ($1, ..., $n)`) must not fall back to a generic plan after five runs."""
    for name in DATABASES:
        _, rows = await Tortoise.get_connection(name).execute_query("SHOW plan_cache_mode")
        assert rows[0]["plan_cache_mode"] == "force_custom_plan", name
