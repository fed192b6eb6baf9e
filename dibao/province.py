"""Demo province — 演示省份: the demo city's generator run over a province's 14 cities, streamed to the databases.

A province (about 1.5 million households) does not fit in memory as model rows, so households are generated
a chunk at a time and each chunk is written (COPY on PostgreSQL, the ORM's batched inserts on SQLite) while
the next is generated on a worker thread: the database and the generator use one core each.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Iterator

from faker import Faker

from dibao.seed import (
    CITY,
    COUNTIES,
    GENERATED_STEP,
    Names,
    Progress,
    Rows,
    SeedReport,
    _bulk,
    _month_before,
    _write,
    add_household,
    build_regions,
    finish_load,
    partition_cities,
    release_demo_batch,
)
from services.households import events as feed_events
from services.households import seeding as demo_cases
from services.households.models import ChangeEvent, Region, Standard

PROVINCE = ("430000000000", "湖南省")
CITIES: list[
    tuple[tuple[str, str], list[tuple[str, str]]]
] = [  # GB/T 2260 codes of the 14 cities and their counties (2020)
    (
        ("430100000000", "长沙市"),
        [
            ("430102", "芙蓉区"),
            ("430103", "天心区"),
            ("430104", "岳麓区"),
            ("430105", "开福区"),
            ("430111", "雨花区"),
            ("430112", "望城区"),
            ("430121", "长沙县"),
            ("430181", "浏阳市"),
            ("430182", "宁乡市"),
        ],
    ),
    (
        ("430200000000", "株洲市"),
        [
            ("430202", "荷塘区"),
            ("430203", "芦淞区"),
            ("430204", "石峰区"),
            ("430211", "天元区"),
            ("430212", "渌口区"),
            ("430223", "攸县"),
            ("430224", "茶陵县"),
            ("430225", "炎陵县"),
            ("430281", "醴陵市"),
        ],
    ),
    (
        ("430300000000", "湘潭市"),
        [("430302", "雨湖区"), ("430304", "岳塘区"), ("430321", "湘潭县"), ("430381", "湘乡市"), ("430382", "韶山市")],
    ),
    (
        ("430400000000", "衡阳市"),
        [
            ("430405", "珠晖区"),
            ("430406", "雁峰区"),
            ("430407", "石鼓区"),
            ("430408", "蒸湘区"),
            ("430412", "南岳区"),
            ("430421", "衡阳县"),
            ("430422", "衡南县"),
            ("430423", "衡山县"),
            ("430424", "衡东县"),
            ("430426", "祁东县"),
            ("430481", "耒阳市"),
            ("430482", "常宁市"),
        ],
    ),
    (
        ("430500000000", "邵阳市"),
        [
            ("430502", "双清区"),
            ("430503", "大祥区"),
            ("430511", "北塔区"),
            ("430522", "新邵县"),
            ("430523", "邵阳县"),
            ("430524", "隆回县"),
            ("430525", "洞口县"),
            ("430527", "绥宁县"),
            ("430528", "新宁县"),
            ("430529", "城步苗族自治县"),
            ("430581", "武冈市"),
            ("430582", "邵东市"),
        ],
    ),
    (
        ("430600000000", "岳阳市"),
        [
            ("430602", "岳阳楼区"),
            ("430603", "云溪区"),
            ("430611", "君山区"),
            ("430621", "岳阳县"),
            ("430623", "华容县"),
            ("430624", "湘阴县"),
            ("430626", "平江县"),
            ("430681", "汨罗市"),
            ("430682", "临湘市"),
        ],
    ),
    (
        ("430700000000", "常德市"),
        [
            ("430702", "武陵区"),
            ("430703", "鼎城区"),
            ("430721", "安乡县"),
            ("430722", "汉寿县"),
            ("430723", "澧县"),
            ("430724", "临澧县"),
            ("430725", "桃源县"),
            ("430726", "石门县"),
            ("430781", "津市市"),
        ],
    ),
    (
        ("430800000000", "张家界市"),
        [("430802", "永定区"), ("430811", "武陵源区"), ("430821", "慈利县"), ("430822", "桑植县")],
    ),
    (
        ("430900000000", "益阳市"),
        [
            ("430902", "资阳区"),
            ("430903", "赫山区"),
            ("430921", "南县"),
            ("430922", "桃江县"),
            ("430923", "安化县"),
            ("430981", "沅江市"),
        ],
    ),
    (
        ("431000000000", "郴州市"),
        [
            ("431002", "北湖区"),
            ("431003", "苏仙区"),
            ("431021", "桂阳县"),
            ("431022", "宜章县"),
            ("431023", "永兴县"),
            ("431024", "嘉禾县"),
            ("431025", "临武县"),
            ("431026", "汝城县"),
            ("431027", "桂东县"),
            ("431028", "安仁县"),
            ("431081", "资兴市"),
        ],
    ),
    (CITY, COUNTIES),  # 永州市: the demo city itself
    (
        ("431200000000", "怀化市"),
        [
            ("431202", "鹤城区"),
            ("431221", "中方县"),
            ("431222", "沅陵县"),
            ("431223", "辰溪县"),
            ("431224", "溆浦县"),
            ("431225", "会同县"),
            ("431226", "麻阳苗族自治县"),
            ("431227", "新晃侗族自治县"),
            ("431228", "芷江侗族自治县"),
            ("431229", "靖州苗族侗族自治县"),
            ("431230", "通道侗族自治县"),
            ("431281", "洪江市"),
        ],
    ),
    (
        ("431300000000", "娄底市"),
        [
            ("431302", "娄星区"),
            ("431321", "双峰县"),
            ("431322", "新化县"),
            ("431381", "冷水江市"),
            ("431382", "涟源市"),
        ],
    ),
    (
        ("433100000000", "湘西土家族苗族自治州"),
        [
            ("433101", "吉首市"),
            ("433122", "泸溪县"),
            ("433123", "凤凰县"),
            ("433124", "花垣县"),
            ("433125", "保靖县"),
            ("433126", "古丈县"),
            ("433127", "永顺县"),
            ("433130", "龙山县"),
        ],
    ),
]
FULL_PROVINCE = 1_500_000
CHUNK = 10_000
"""Households generated and written together: about 130,000 rows across the three databases."""


def shares(households: int) -> list[int]:
    """Households per city, in proportion to its counties (largest remainders first, ties to the earlier city)."""
    weights = [len(counties) for _, counties in CITIES]
    exact = [households * weight / sum(weights) for weight in weights]
    counts = [int(value) for value in exact]
    for index in sorted(range(len(CITIES)), key=lambda i: (counts[i] - exact[i], i))[: households - sum(counts)]:
        counts[index] += 1
    return counts


class Generator:
    """The province's households in order, city by city, a chunk of rows at a time (one random stream: deterministic)."""

    def __init__(self, *, households: int, seed: int, today: dt.date, progress: Progress) -> None:
        self.rng = random.Random(seed)
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        self.names = Names(fake)
        self.today, self.total, self.progress = today, households, progress
        self.periods = [_month_before(today, k) for k in (3, 2, 1)]
        self.regions = [Region(code=PROVINCE[0], name=PROVINCE[1], level="province", parent_code=None, code_year=2020)]
        self.cities: list[tuple[int, list[Region]]] = []
        for (city, counties), count in zip(CITIES, shares(households), strict=True):
            regions = build_regions(count, self.rng, city=city, counties=counties)
            self.regions += regions
            self.cities.append((count, [region for region in regions if region.level == "village"]))
        self.persons = 0
        self._stream = self._households()

    def _households(self) -> Iterator[Rows]:
        household_id, rows = 0, Rows()
        for count, villages in self.cities:
            used_ids: set[str] = set()  # an ID number begins with its county's code: no clash across cities
            for index in range(count):
                household_id += 1
                self.persons = add_household(
                    rows,
                    household_id=household_id,
                    person_id=self.persons,
                    village=villages[index % len(villages)],
                    rng=self.rng,
                    names=self.names,
                    today=self.today,
                    periods=self.periods,
                    used_ids=used_ids,
                )
                if household_id % GENERATED_STEP == 0:
                    self.progress("households", household_id, self.total)
                if len(rows.households) == CHUNK:
                    yield rows
                    rows = Rows()
        self.progress("households", household_id, self.total)
        if rows.households:
            yield rows

    def next_chunk(self) -> Rows | None:
        return next(self._stream, None)


async def seed_province(
    *,
    households: int = FULL_PROVINCE,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Progress = lambda stage, done, total: None,
) -> SeedReport:
    """Write the province: regions and standards of its 14 cities, then their households chunk by chunk."""
    today = today or dt.date(2026, 11, 1)
    generator = Generator(households=households, seed=seed, today=today, progress=progress)
    standards: list[Standard] = [row for (code, _), _counties in CITIES for row in demo_cases.standards(code)]
    report = SeedReport(regions=len(generator.regions))
    await partition_cities([code[:4] for (code, _), _counties in CITIES])
    await _bulk(Region, generator.regions)
    await _bulk(Standard, standards)
    await _bulk(ChangeEvent, [feed_events.event_for(region, "ADDED") for region in generator.regions])
    written, generated = 0, 0

    def wrote(rows: int) -> None:
        nonlocal written
        written += rows
        progress("rows", written, generated)

    async def write(rows: Rows) -> None:
        report.households += len(rows.households)
        report.persons += len(rows.persons)
        report.payments += len(rows.payments)
        report.findings += len(rows.findings)
        await _write(*rows.tables(), wrote)

    progress("rows", 0, 0)
    writing: asyncio.Task | None = None
    while True:
        rows = await asyncio.to_thread(generator.next_chunk)  # while the previous chunk is being written
        if writing:
            await writing
        if rows is None:
            break
        generated += rows.count()
        writing = asyncio.create_task(write(rows))
    await finish_load()
    report.batch_lines = await release_demo_batch(period=_month_before(today, 0))
    return report
