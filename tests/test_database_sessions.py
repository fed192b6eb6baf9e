"""Session settings every PostgreSQL connection of the services starts with (kernel.db.SERVER_SETTINGS)."""

from __future__ import annotations

from tortoise import Tortoise

from kernel.settings import DATABASES


async def test_service_connections_plan_each_run_with_its_values_and_the_identity_store_keeps_generic_plans(system):
    """A batched lookup (`household_id IN ($1, ..., $n)`) must not fall back to a generic plan after five runs;
    the revocation lookup on every gateway request is not planned again each time."""
    modes = {}
    for name in DATABASES:
        _, rows = await Tortoise.get_connection(name).execute_query("SHOW plan_cache_mode")
        modes[name] = rows[0]["plan_cache_mode"]
    assert modes == {
        "households": "force_custom_plan",
        "disbursement": "force_custom_plan",
        "supervision": "force_custom_plan",
        "authz": "auto",
    }
