"""A child process that changes the households data as clerks would between two backups: registers households
and suspends others, each in its own transaction with its change events (run against the databases in its env)."""

from __future__ import annotations

import asyncio
import sys

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from authz.principal import Grant, Principal
from kernel.db import tortoise_config
from kernel.settings import load_settings
from services.households import events, service
from services.households.models import Household
from tests.households.support import VILLAGE, id_check_digit


async def main(count: str, start: str) -> None:
    await Tortoise.init(config=tortoise_config(load_settings(), ["households"]))
    try:
        clerk = Principal("village.assistant", frozenset({Grant("village_assistant", VILLAGE)}))
        for n in range(int(count)):
            body = f"431199{1960 + n % 40}0101{int(start) + n:03d}"
            await service.register_household(
                actor=clerk,
                region_code=VILLAGE,
                urban_rural="RURAL",
                members=[service.MemberIn(name=f"周{n}", id_number=body + id_check_digit(body), relation="HEAD")],
            )
        for household in await Household.filter(status="ACTIVE").order_by("id").limit(int(count)):
            async with in_transaction("households") as conn:
                household.status = "SUSPENDED"
                await household.save(using_db=conn, update_fields=["status"])
                await events.household_changed(household=household, using_db=conn)
    finally:
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
