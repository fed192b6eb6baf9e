"""The views are generated from the Tortoise models, so a new model needs no admin code."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlalchemy.orm import registry
from starlette.requests import Request
from tortoise import fields
from tortoise.models import Model

from admin import scope as scopes
from admin.columns import format_datetime, format_money
from admin.generate import view_for
from admin.tables import RESERVED, app_models, build_entities, build_entity
from authz.actions import Action
from authz.masking import revealing_action
from authz.principal import Grant, Principal
from authz.scope import Scope
from kernel.db import MODEL_MODULES


class HeatingSubsidy(Model):
    """Heating subsidy — 取暖补贴: a winter top-up paid to a household."""

    id = fields.BigIntField(primary_key=True)
    household_id = fields.BigIntField(description="家庭编号 / household id")
    region_code = fields.CharField(max_length=12, description="区划代码 / region code")
    holder_name = fields.CharField(max_length=50, description="领取人 / recipient")
    id_number = fields.CharField(max_length=18, description="身份证号码 / ID number")
    amount = fields.DecimalField(max_digits=10, decimal_places=2, description="补贴金额 / amount (yuan)")
    winter = fields.CharField(max_length=7, description="采暖季 / heating season")
    meta = fields.JSONField(null=True, description="附加信息 / extra data")
    granted_at = fields.DatetimeField(auto_now_add=True, description="发放时间 / granted at")

    class Meta:
        table = "heating_subsidy"


def test_mount_admin_generates_a_view_for_every_tortoise_model():
    from starlette.applications import Starlette

    from admin import mount_admin
    from kernel.settings import load_settings

    admin = mount_admin(Starlette(), load_settings())  # engines connect lazily: no database needed
    views = admin.views
    expected = {(app, model) for app, modules in MODEL_MODULES.items() for model in app_models(modules)}
    assert {(view.entity.app, view.entity.model) for view in views} == expected
    assert len({view.identity for view in views}) == len(views)
    assert all(view.name and view.category for view in views)


def test_the_generated_tables_have_exactly_the_models_columns():
    for entity in build_entities(MODEL_MODULES):
        meta = entity.model._meta
        expected = {f.source_field or name for name, f in meta.fields_map.items() if f.has_db_field}
        expected |= {meta.fields_map[name].source_field or f"{name}_id" for name in meta.fk_fields}
        assert set(entity.table.columns.keys()) == expected, entity.model


def test_a_new_model_gets_its_view_with_chinese_labels_and_no_admin_change():
    entity = build_entity("disbursement", HeatingSubsidy, MetaData(), registry(), "HeatingSubsidy")
    view = view_for(entity)
    assert view.name == "取暖补贴"
    assert view.category == "资金发放"
    assert view.column_labels["amount"] == "补贴金额"
    assert view.column_labels["winter"] == "采暖季"
    assert view.region_attribute == "region_code"
    assert "amount" in view.column_list and "region_code" in view.column_list
    assert len(view.column_list) <= 8
    assert {"holder_name", "region_code", "id_number"} <= set(view.column_searchable_list)
    assert set(view.column_details_list) == {spec.attribute for spec in entity.columns}
    assert revealing_action(view.sensitive["id_number"]) == Action.PERSON_READ_SENSITIVE


async def test_a_field_named_like_a_form_attribute_is_renamed_not_lost():
    assert "meta" in RESERVED
    entity = build_entity("disbursement", HeatingSubsidy, MetaData(), registry(), "HeatingSubsidyForm")
    assert entity.column("meta") is None
    renamed = entity.column("meta_value")
    assert renamed.column == "meta" and renamed.label == "附加信息"
    view = view_for(entity)
    view.session_maker, view.is_async = async_sessionmaker(), True  # what Admin.add_view sets
    form = await view().scaffold_form()
    assert "meta_value" in form().data
    assert "granted_at" not in form().data  # set by the system, not typed in


def request_for(principal: Principal) -> Request:
    request = Request({"type": "http", "headers": [], "state": {}})
    scopes.remember(request, principal)
    return request


def test_sensitive_columns_are_masked_outside_the_sensitive_scope(monkeypatch):
    entity = build_entity("disbursement", HeatingSubsidy, MetaData(), registry(), "HeatingSubsidyMask")
    view = view_for(entity)()
    inside, outside = entity.mapped(), entity.mapped()
    for row, region in ((inside, "431102100200"), (outside, "431103100200")):
        row.region_code, row.id_number = region, region[:6] + "199001011234"
    granted = {Action.PERSON_READ_SENSITIVE: Scope.of(["431102"])}
    monkeypatch.setattr(scopes, "scope", lambda request, action: granted.get(action, Scope.of([""])))
    view.mask(
        request_for(Principal("someone", frozenset({Grant("county_auditor", "431102000000")}))), [inside, outside]
    )
    assert inside.id_number == "431102199001011234"
    assert outside.id_number == "431103********1234"


def test_rows_are_filtered_by_region_ranges_that_use_the_index():
    entity = build_entity("disbursement", HeatingSubsidy, MetaData(), registry(), "HeatingSubsidyScope")
    view = view_for(entity)()
    request = request_for(Principal("auditor", frozenset({Grant("county_auditor", "431102000000")})))
    sql = str(view.list_query(request).compile(compile_kwargs={"literal_binds": True}))
    assert "BETWEEN '431102000000' AND '431102999999'" in sql
    nobody = Request({"type": "http", "headers": [], "state": {}})
    assert "false" in str(view.count_query(nobody).compile(compile_kwargs={"literal_binds": True})).lower()


def test_values_are_formatted_for_chinese_readers():
    assert format_money(Decimal("1234.5")) == "¥1,234.50"
    moment = dt.datetime(2026, 7, 1, 2, 30, tzinfo=dt.UTC)
    assert format_datetime(moment) == "2026-07-01 10:30:00"


def test_tortoise_urls_become_async_sqlalchemy_urls():
    from admin import sqlalchemy_url

    assert sqlalchemy_url("postgres://postgres@127.0.0.1:5432/dibao_households?minsize=1") == (
        "postgresql+asyncpg://postgres@127.0.0.1:5432/dibao_households"
    )
    assert sqlalchemy_url("postgresql://u:p@db/x") == "postgresql+asyncpg://u:p@db/x"
    assert (
        sqlalchemy_url("sqlite:///srv/dibao/var/households.sqlite3")
        == "sqlite+aiosqlite:////srv/dibao/var/households.sqlite3"
    )


async def test_sqlite_values_as_tortoise_writes_them_read_back(tmp_path):
    """Decimals as text, datetimes as ISO text with an offset, JSON as text: the SQLite migration's own table."""
    import importlib.util
    import sqlite3
    from pathlib import Path

    from sqlalchemy import select
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    from admin import sqlalchemy_url
    from kernel.db import MIGRATION_DIRS
    from kernel.values import SHANGHAI

    migrations = sorted(
        Path(MIGRATION_DIRS["disbursement"], "sqlite", "disbursement").glob("*.py"),
        key=lambda file: int(file.name.split("_", 1)[0]),
    )
    path = tmp_path / "disbursement.sqlite3"
    moment = dt.datetime(2026, 7, 10, 9, 30, tzinfo=SHANGHAI)
    with sqlite3.connect(path) as db:
        for index, migration in enumerate(migrations):
            spec = importlib.util.spec_from_file_location(f"disbursement_sqlite_{index}", migration)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            db.executescript(await module.upgrade(None))
        given = {
            "household_id": 1,
            "region_code": "431102100200",
            "period": "2026-07",
            "amount": "1100.00",
            "status": "PAID",
            "paid_on": "2026-07-10",
        }
        for _, column, kind, required, default, _ in db.execute("PRAGMA table_info(payment)").fetchall():
            if required and default is None and column not in given and column != "id":  # columns added later
                given[column] = 0 if "INT" in kind.upper() else "0"
        db.execute(
            f"INSERT INTO payment ({', '.join(given)}) VALUES ({', '.join('?' * len(given))})", list(given.values())
        )
        db.execute(
            "INSERT INTO audit_record (actor, action, entity, entity_id, region_code, succeeded, after, at) "
            "VALUES ('x', 'pay', 'Payment', '1', '431102100200', 1, ?, ?)",
            ('{"amount": "1100.00", "名称": "发放"}', moment.isoformat(" ")),
        )
    entities = {e.model.__name__: e for e in build_entities(MODEL_MODULES) if e.app == "disbursement"}
    engine = create_async_engine(sqlalchemy_url(f"sqlite://{path}"))
    try:
        async with AsyncSession(engine) as session:
            payment = (await session.execute(select(entities["Payment"].mapped))).scalar_one()
            record = (await session.execute(select(entities["AuditRecord"].mapped))).scalar_one()
            assert payment.amount == Decimal("1100.00") and payment.paid_on == dt.date(2026, 7, 10)
            assert record.at == moment and record.at.tzinfo is not None
            assert record.after == {"amount": "1100.00", "名称": "发放"} and record.succeeded is True
            payment.amount = Decimal("1200.5")
            await session.commit()
        with sqlite3.connect(path) as db:
            assert db.execute("SELECT amount FROM payment").fetchone() == ("1200.50",)
    finally:
        await engine.dispose()


class HeatingSubsidyWithFuel(HeatingSubsidy):
    """Heating subsidy — 取暖补贴: the same model after a field was added to it."""

    fuel = fields.CharField(max_length=16, default="COAL", description="燃料类别 / fuel category")

    class Meta:
        table = "heating_subsidy_fuel"


def test_a_field_added_to_a_model_shows_everywhere_with_its_chinese_label():
    # given the model before and after a field was added, with no admin code touched
    before = view_for(build_entity("disbursement", HeatingSubsidy, MetaData(), registry(), "HeatingBefore"))
    after = view_for(build_entity("disbursement", HeatingSubsidyWithFuel, MetaData(), registry(), "HeatingAfter"))
    # then the new field has its Chinese label on the detail page, in exports, and as a filter (a category)
    assert "fuel" not in before.column_labels
    assert after.column_labels["fuel"] == "燃料类别"
    assert "fuel" in after.column_details_list and "fuel" in after.column_export_list and "fuel" in after.form_columns
    assert "fuel" in {f.parameter_name for f in after.column_filters}
    assert {f.title for f in after.column_filters} >= {"燃料类别", "所属区划"}
