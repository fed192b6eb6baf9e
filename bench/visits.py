"""Home visits: a 1 MB visit photo uploaded and read through the gateway, and the county's pre-approval draw over a
county's backlog of cases awaiting approval (`DIBAO_BENCH_DRAW_CASES`, 5,000 by default)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import time

import httpx
from asgi_lifespan import LifespanManager

from bench import harness

CASES = int(os.environ.get("DIBAO_BENCH_DRAW_CASES", "5000"))
PHOTO = b"\xff\xd8\xff\xe0" + os.urandom(1_048_576) + b"\xff\xd9"
COUNTY = "431102000000"
DRAW = """mutation($r: String!, $s: String!) { drawPreApprovalVisits(regionCode: $r, seed: $s) { id drawn } }"""


async def run() -> list[dict]:
    async with harness.databases("dibao_bench_visit") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(CASES), "--seed", "1")
        return await _measure(settings)


async def _waiting_cases(count: int) -> int:
    """`count` applications in COUNTY_REVIEW over the county's households (several each where the county has fewer),
    written in one statement."""
    from services.households import sql

    await sql.run(
        """INSERT INTO application (household_id, region_code, state, channel, proxy, submitted_on, accepted_on, clock_days,
                     due_on, single_person, single_person_basis, complained, home_visited, missing_items, rejection_reasons,
                     delegated, extended_days, created_at)
                     SELECT id, region_code, 'COUNTY_REVIEW', 'IN_PERSON', '', $1, $1, 30, $2, false, '', false, false, '[]', '[]',
                            false, 0, now()
                     FROM household CROSS JOIN generate_series(1, 100) AS copy
                     WHERE region_code BETWEEN '431102000000' AND '431102999999' ORDER BY copy, id LIMIT $3""",
        dt.date.today() - dt.timedelta(days=20),
        dt.date.today() + dt.timedelta(days=20),
        count,
    )
    rows = await sql.rows("SELECT COUNT(*) AS n FROM application WHERE state = 'COUNTY_REVIEW'")
    return int(rows[0]["n"])


async def _measure(settings) -> list[dict]:
    from dibao.system import create_system_app

    lines = []
    app = create_system_app(settings)
    async with LifespanManager(app, startup_timeout=120) as manager:
        waiting = await _waiting_cases(CASES)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url="http://bench", timeout=120
        ) as client:

            async def token(user: str) -> dict:
                answer = await client.post("/auth/token", data={"username": user, "password": "dibao-demo-2026"})
                return {"authorization": f"Bearer {answer.json()['access_token']}"}

            approver = await token("county.approver")
            rows = await client.post(
                "/graphql", json={"query": "{ applications(first: 1, state: COUNTY_REVIEW) { id } }"}, headers=approver
            )
            application = rows.json()["data"]["applications"][0]["id"]
            uploaded: list[str] = []

            async def upload() -> None:
                answer = await client.post(
                    f"/files/applications/{application}/visit-photos",
                    content=PHOTO,
                    headers={**approver, "content-type": "image/jpeg"},
                )
                assert answer.status_code == 201, answer.text[:300]
                uploaded.append(answer.json()["id"])

            figures = await harness.timed(upload, 20)
            lines.append({"name": "visit_photo_upload", "bytes": len(PHOTO), **figures})

            async def download() -> None:
                answer = await client.get(f"/files/visit-photos/{uploaded[0]}", headers=approver)
                assert answer.status_code == 200 and len(answer.content) == len(PHOTO)

            figures = await harness.timed(download, 20)
            lines.append({"name": "visit_photo_download", "bytes": len(PHOTO), **figures})

            started = time.perf_counter()
            answer = await client.post(
                "/graphql", json={"query": DRAW, "variables": {"r": COUNTY, "s": "bench"}}, headers=approver
            )
            seconds = time.perf_counter() - started
            body = answer.json()
            assert "errors" not in body, json.dumps(body)[:300]
            lines.append(
                {
                    "name": "visit_draw_county",
                    "cases": waiting,
                    "drawn": len(body["data"]["drawPreApprovalVisits"]["drawn"]),
                    "ms": round(seconds * 1000, 1),
                }
            )
    return lines


if __name__ == "__main__":
    for line in asyncio.run(run()):
        print(json.dumps(line, ensure_ascii=False))
