"""Column types that read what Tortoise wrote, on PostgreSQL and on SQLite alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, DateTime, Numeric, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

from kernel.values import SHANGHAI


class Money(TypeDecorator):
    """NUMERIC on PostgreSQL; the decimal text Tortoise keeps on SQLite."""

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int = 12, scale: int = 2) -> None:
        super().__init__(precision=precision, scale=scale, asdecimal=True)
        self.scale = scale

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(self.impl.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        amount = Decimal(str(value)).quantize(Decimal(1).scaleb(-self.scale))
        return str(amount) if dialect.name == "sqlite" else amount

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(str(value))


class Timestamp(TypeDecorator):
    """TIMESTAMPTZ on PostgreSQL; ISO text with an offset on SQLite; always timezone-aware in Python."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=SHANGHAI)
        return value.isoformat(" ") if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def json_type():
    """JSONB on PostgreSQL, JSON text elsewhere."""
    return JSON().with_variant(JSONB(), "postgresql")
