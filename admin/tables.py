"""SQLAlchemy tables and mapped classes generated from the Tortoise models' own metadata."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from dataclasses import dataclass, field

import wtforms
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    Time,
    Uuid,
)
from sqlalchemy.orm import deferred
from sqlalchemy.orm import registry as Registry
from sqlalchemy.types import TypeEngine
from tortoise import fields
from tortoise.fields.relational import ForeignKeyFieldInstance, OneToOneFieldInstance
from tortoise.models import Model

from admin.labels import field_label, model_label
from admin.types import Money, Timestamp, json_type

RESERVED = frozenset(name for name in dir(wtforms.Form()) if not name.startswith("_")) | {"metadata", "registry"}
"""Attribute names a mapped class cannot carry: wtforms forms and SQLAlchemy keep them for themselves."""
PK_LABEL = "编号"
COMMON_LABELS = {"created_at": "创建时间", "updated_at": "修改时间"}
"""Labels of bookkeeping columns that carry no description of their own."""


@dataclass(frozen=True)
class ColumnSpec:
    """One database column of a model: where it lives, what it is called, and the field it came from."""

    attribute: str
    column: str
    label: str
    field: fields.Field
    references: str | None = None
    key_field: fields.Field | None = None

    @property
    def data(self) -> fields.Field:
        """The field giving the column's data type: the target's key for a foreign key."""
        return self.key_field or self.field

    @property
    def english(self) -> str:
        """The English half of the description, lower-cased ("region code")."""
        _, _, english = (self.field.description or "").partition("/")
        return english.strip().lower()


@dataclass
class Entity:
    """A Tortoise model with its generated table and mapped class."""

    app: str
    model: type[Model]
    table: Table
    mapped: type
    columns: list[ColumnSpec] = field(default_factory=list)

    @property
    def label(self) -> str:
        return model_label(self.model.__doc__, self.model.__name__)

    @property
    def pk(self) -> ColumnSpec:
        return next(spec for spec in self.columns if spec.field.pk)

    def column(self, attribute: str) -> ColumnSpec | None:
        return next((spec for spec in self.columns if spec.attribute == attribute), None)

    @property
    def region(self) -> ColumnSpec | None:
        """The column holding the record's region code: region_code, or the one described as such."""
        return self.column("region_code") or next(
            (spec for spec in self.columns if spec.english.startswith("region code")), None
        )


def app_models(modules: list[str]) -> list[type[Model]]:
    """The concrete models of an app's modules, found the way Tortoise finds them."""
    found: list[type[Model]] = []
    for name in modules:
        module = importlib.import_module(name)
        candidates = getattr(module, "__models__", None) or list(vars(module).values())
        for obj in candidates:
            if inspect.isclass(obj) and issubclass(obj, Model) and obj is not Model and not obj._meta.abstract:
                if obj not in found:
                    found.append(obj)
    return found


def sa_type(tortoise_field: fields.Field) -> TypeEngine:
    """The SQLAlchemy type of a Tortoise data field."""
    f = tortoise_field
    if isinstance(f, fields.BooleanField):
        return Boolean(create_constraint=False)
    if isinstance(f, fields.SmallIntField):
        return SmallInteger()
    if isinstance(f, fields.BigIntField):
        return BigInteger().with_variant(Integer(), "sqlite")
    if isinstance(f, fields.IntField):
        return Integer()
    if isinstance(f, fields.DecimalField):
        return Money(f.max_digits, f.decimal_places)
    if isinstance(f, fields.FloatField):
        return Float()
    if isinstance(f, fields.DatetimeField):
        return Timestamp()
    if isinstance(f, fields.DateField):
        return Date()
    if isinstance(f, fields.TimeField):
        return Time()
    if isinstance(f, fields.JSONField):
        return json_type()
    if isinstance(f, fields.UUIDField):
        return Uuid().with_variant(String(36), "sqlite")
    if isinstance(f, fields.TextField):
        return Text()
    if isinstance(f, fields.BinaryField):
        return LargeBinary()
    if getattr(f, "max_length", None):
        return String(f.max_length)
    by_python = {int: BigInteger(), str: Text(), bool: Boolean(), float: Float(), dt.date: Date()}
    return by_python.get(f.field_type, Text())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _column_defaults(f: fields.Field) -> dict:
    """Python-side defaults Tortoise would have applied, so rows created here are complete."""
    if getattr(f, "auto_now", False):
        return {"default": _now, "onupdate": _now}
    if getattr(f, "auto_now_add", False):
        return {"default": _now}
    if f.default is not None:
        default = f.default
        return {"default": (lambda: default()) if callable(default) else default}
    return {}


def _safe_attribute(name: str) -> str:
    return f"{name}_value" if name in RESERVED else name


def column_specs(model: type[Model], resolve: dict[str, type[Model]]) -> list[ColumnSpec]:
    """The columns of a model in declaration order, foreign keys as their `<name>_id` column."""
    specs: list[ColumnSpec] = []
    taken: set[str] = set()
    for name, f in model._meta.fields_map.items():
        if isinstance(f, (ForeignKeyFieldInstance, OneToOneFieldInstance)):
            column = f.source_field or f"{name}_id"
            target = resolve.get(f.model_name) if isinstance(f.model_name, str) else None
            target = target or getattr(f, "related_model", None)
            key = target._meta.pk if target is not None else fields.BigIntField(primary_key=True)
            label = field_label(f.description, model_label(target.__doc__, name) if target else name)
            specs.append(ColumnSpec(column, column, label, f, references=f.model_name, key_field=key))
            taken.add(column)
        elif f.has_db_field and name not in taken:
            column = f.source_field or name
            label = field_label(f.description, PK_LABEL if f.pk else COMMON_LABELS.get(name, name))
            specs.append(ColumnSpec(_safe_attribute(name), column, label, f))
            taken.add(name)
    return specs


def build_entity(
    app: str,
    model: type[Model],
    metadata: MetaData,
    registry: Registry,
    class_name: str,
    resolve: dict[str, type[Model]] | None = None,
) -> Entity:
    """A table in `metadata` and a class mapped to it in `registry`, for one Tortoise model."""
    specs = column_specs(model, resolve or {})
    columns = [
        Column(
            spec.column,
            sa_type(spec.data),
            primary_key=spec.field.pk,
            autoincrement=bool(spec.field.pk and spec.field.generated),
            nullable=bool(spec.field.null) and not spec.field.pk,
            comment=spec.field.description,
            **({} if spec.field.pk or spec.references else _column_defaults(spec.field)),
        )
        for spec in specs
    ]
    table = Table(model._meta.db_table or model.__name__.lower(), metadata, *columns, comment=model.__doc__)
    mapped = type(class_name, (), {"__doc__": model.__doc__, "__module__": __name__})
    # a stored file (a visit photo's image) is never read with its row: lists and exports stay small
    registry.map_imperatively(
        mapped,
        table,
        properties={
            spec.attribute: deferred(table.c[spec.column])
            if isinstance(spec.data, fields.BinaryField)
            else table.c[spec.column]
            for spec in specs
        },
    )
    return Entity(app=app, model=model, table=table, mapped=mapped, columns=specs)


def build_entities(model_modules: dict[str, list[str]]) -> list[Entity]:
    """Every model of every app; a class name used by more than one app is prefixed with its app."""
    models = {app: app_models(modules) for app, modules in model_modules.items()}
    resolve = {f"{app}.{m.__name__}": m for app, ms in models.items() for m in ms}
    counts: dict[str, int] = {}
    for ms in models.values():
        for m in ms:
            counts[m.__name__] = counts.get(m.__name__, 0) + 1
    entities = []
    for app, ms in models.items():
        metadata, registry = MetaData(), Registry()
        for m in ms:
            name = m.__name__ if counts[m.__name__] == 1 else app.title().replace("_", "") + m.__name__
            entities.append(build_entity(app, m, metadata, registry, name, resolve))
    return entities
