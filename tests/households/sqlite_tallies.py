"""Run in a child process by test_tallies.py: the township tallies on the embedded SQLite databases
(DIBAO_DATABASE_URL names them) after registrations, approvals, suspensions, amount changes, moves and deletions,
printing what it found as one JSON line. `both_ways` is shared with the PostgreSQL tests."""

import asyncio
import json
from decimal import Decimal

from dibao.wiring import wire_credentials
from kernel.db import release, tortoise_config
from kernel.settings import DATABASES, load_settings
from kernel.values import prefix_bounds


async def both_ways(prefix: str) -> tuple[dict, dict]:
    """The statistics' cube of a region counted from its households and read from its township tallies."""
    from services.households import sql, statistics

    low, high = prefix_bounds(prefix)
    child = statistics.CHILD_LENGTH[len(prefix)]
    counted = await sql.rows(statistics.CUBE.format(child=child), low, high)
    tallied = await sql.rows(statistics.TALLIED.format(child=child), low[:9], high[:9])

    def keyed(rows: list[dict], money: str, to_yuan) -> dict:
        return {
            (r["child"], r["urban_rural"], r["status"], int(r["review_class"])): (
                int(r["households"]),
                int(r["persons"] or 0),
                str(to_yuan(r[money])),
            )
            for r in rows
        }

    return keyed(counted, "amount", sql.yuan), keyed(tallied, "fen", statistics.yuan_of_fen)


async def main() -> None:
    from tortoise import Tortoise

    wire_credentials()
    await Tortoise.init(config=tortoise_config(load_settings(), list(DATABASES)))
    try:
        from authz.scope import Scope
        from services.households import sql, statistics
        from services.households.models import Household, Region

        found: dict = {"seeded_drift": await statistics.tally_drift()}
        village = await Region.filter(level="village").order_by("code").first()
        elsewhere = (
            await Region.filter(level="village").exclude(parent_code=village.parent_code).order_by("code").first()
        )
        county = village.code[:6]
        before = await statistics.statistics(scope=Scope.of(["43"]), region_code=county.ljust(12, "0"))
        # registrations, one approved at ¥987.65 and changed to ¥1,234.56, one suspended and reclassed, one moved to
        # another township with two more persons, one deleted
        made = [
            await Household.create(region_code=village.code, urban_rural="URBAN", status="APPLYING", counted_members=3)
            for _ in range(4)
        ]
        approved, suspended, moved, deleted = made
        approved.status, approved.monthly_amount = "ACTIVE", Decimal("987.65")
        await approved.save()
        await sql.run("UPDATE household SET monthly_amount = $1 WHERE id = $2", Decimal("1234.56"), approved.id)
        await Household.filter(id=suspended.id).update(status="SUSPENDED", review_class=3)
        await sql.run(
            "UPDATE household SET region_code = $1, counted_members = counted_members + 2 WHERE id = $2",
            elsewhere.code,
            moved.id,
        )
        await Household.filter(id=deleted.id).delete()
        await approved.refresh_from_db()
        approved.address = "地址更正"  # a change the tallies do not count
        await approved.save()
        after = await statistics.statistics(scope=Scope.of(["43"]), region_code=county.ljust(12, "0"))
        found["drift"] = await statistics.tally_drift()
        found["equal"] = {}
        for prefix in (county, county[:4], county[:2], ""):
            counted, tallied = await both_ways(prefix)
            found["equal"][prefix] = bool(counted) and counted == tallied
        found["township"] = [
            after.by_region[village.code[:9]].households - before.by_region[village.code[:9]].households,
            after.by_region[village.code[:9]].persons - before.by_region[village.code[:9]].persons,
            str(after.by_region[village.code[:9]].monthly_amount - before.by_region[village.code[:9]].monthly_amount),
        ]
        found["elsewhere_same_county"] = elsewhere.code[:6] == county
        found["suspended"] = after.by_status["SUSPENDED"].households - before.by_status["SUSPENDED"].households
        print(json.dumps(found, ensure_ascii=False))
    finally:
        await release()


if __name__ == "__main__":
    asyncio.run(main())
