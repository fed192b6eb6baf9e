"""Supervision at municipal scale: 1,000,000 registry rows imported, the projection caught up from zero,
and every inspection rule run over the whole city (DIBAO_BENCH_SUPERVISION_HOUSEHOLDS, _REGISTRY_ROWS)."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import time

from bench import harness

KINDS = {  # share of the registry rows, file header, row maker (id number, rng) -> cells
    "PENSION": (0.25, ["身份证号", "月养老金"], lambda n, r: [n, f"{r.randrange(100, 3000)}.00"]),
    "WAGE": (
        0.35,
        ["身份证号", "所属月份", "月工资", "单位名称"],
        lambda n, r: [n, f"2026-{r.randrange(1, 11):02d}", f"{r.randrange(800, 9000)}.00", "某公司"],
    ),
    "VEHICLE": (
        0.10,
        ["身份证号", "号牌号码", "车辆价值", "营运车辆"],
        lambda n, r: [n, f"湘M{r.randrange(10**5):05d}", str(r.randrange(5000, 200000)), r.choice("否否否是")],
    ),
    "PROPERTY": (
        0.10,
        ["身份证号", "不动产权证号", "建筑面积"],
        lambda n, r: [n, f"湘{r.randrange(10**8)}", f"{r.randrange(30, 200)}.00"],
    ),
    "DEATH": (
        0.05,
        ["身份证号", "死亡日期"],
        lambda n, r: [n, f"202{r.randrange(0, 6)}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}"],
    ),
    "BUSINESS": (
        0.05,
        ["身份证号", "统一社会信用代码", "从业人数"],
        lambda n, r: [n, f"91431100{r.randrange(10**10):010d}", str(r.randrange(0, 20))],
    ),
    "PUBLIC_EMPLOYEE": (0.05, ["身份证号", "工作单位"], lambda n, r: [n, "某局"]),
    "SPENDING": (
        0.05,
        ["身份证号", "所属月份", "金额", "类别"],
        lambda n, r: [
            n,
            f"2026-{r.randrange(1, 11):02d}",
            f"{r.randrange(50, 3000)}.00",
            r.choice(["水电", "通讯", "出境旅游"]),
        ],
    ),
}


def registry_files(total: int, recipients: list[str], rng: random.Random) -> dict[str, bytes]:
    """CSV files per kind; one row in twenty names a recipient, the rest other residents of the city."""
    import csv

    from kernel.values import id_check_digit

    files = {}
    for kind, (share, header, make) in KINDS.items():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        for _ in range(int(total * share)):
            if rng.random() < 0.05:
                number = rng.choice(recipients)
            else:
                born = f"{rng.randrange(1930, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
                body = f"4311{rng.randrange(2, 30):02d}{born}{rng.randrange(1000):03d}"
                number = body + id_check_digit(body)
            writer.writerow(make(number, rng))
        files[kind] = buffer.getvalue().encode("utf-8")
    return files


async def main() -> None:
    from bench.__main__ import emit

    households = int(os.environ.get("DIBAO_BENCH_SUPERVISION_HOUSEHOLDS", "90000"))
    rows = int(os.environ.get("DIBAO_BENCH_REGISTRY_ROWS", "1000000"))
    async with harness.databases("dibao_bench_sv") as settings:
        harness.cli("migrate")
        harness.cli("seed", "--households", str(households), "--seed", "3")
        from tortoise import Tortoise

        from authz.scope import Scope
        from kernel.db import release, tortoise_config
        from kernel.settings import DATABASES
        from services.supervision import inspection, projection
        from services.supervision.models import ProjectedPerson
        from services.supervision.registry_imports import import_registry

        await Tortoise.init(config=tortoise_config(settings, list(DATABASES)))
        try:
            started = time.perf_counter()
            applied = await projection.sync()
            events, lines = applied[projection.HOUSEHOLDS_FEED], applied[projection.PAYMENTS_FEED]
            persons = await ProjectedPerson.all().count()
            emit(
                "supervision_projection_catch_up",
                events=events,
                paid_lines=lines,
                persons=persons,
                seconds=round(time.perf_counter() - started, 2),
                target_seconds=60,
            )
            recipients = await ProjectedPerson.all().limit(200_000).values_list("id_number", flat=True)
            files = registry_files(rows, list(recipients), random.Random(8))
            started = time.perf_counter()
            loaded = 0
            for kind, content in files.items():
                loaded += (
                    await import_registry(kind=kind, file_name=f"{kind}.csv", content=content, actor="bench")
                ).batch.rows_loaded
            emit(
                "supervision_registry_import",
                rows=sum(c.count(b"\n") - 1 for c in files.values()),
                loaded=loaded,
                seconds=round(time.perf_counter() - started, 2),
                target_seconds=60,
            )
            started = time.perf_counter()
            outcomes = await inspection.run(
                rule=None,
                region_code="431100000000",
                scope=Scope.of(["4311"]),
                actor="bench",
                as_of=dt.date(2026, 11, 1),
            )
            emit(
                "supervision_rules_city",
                rules=len(outcomes),
                findings=sum(o.raised for o in outcomes),
                seconds=round(time.perf_counter() - started, 2),
                target_seconds=10,
            )
        finally:
            await release()
