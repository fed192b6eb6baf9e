"""What the households service reads from supervision: the registry life events (人员变动) and the registry hits
on a new application's members (逢进必核)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import strawberry

from kernel import feeds
from kernel.enums import RegistryKind
from services.supervision.models import RegistryRecord


@strawberry.type(description="登记人员变动 / a death, imprisonment or hukou move as a registry recorded it")
class RegistryLifeEvent:
    cursor: str
    kind: RegistryKind = strawberry.field(description="死亡、服刑或户籍迁移 / DEATH, IMPRISONMENT or HUKOU_MOVE")
    id_number: str
    event_date: dt.date | None = strawberry.field(description="死亡/入监/迁出日期 / date of death, admission or move")
    record_id: strawberry.ID = strawberry.field(description="比对记录 / the registry record, the basis of what follows")
    batch_id: strawberry.ID
    reference: str = strawberry.field(description="火化证号、监所或迁移类型 / certificate, prison or kind of move")

    @classmethod
    def from_row(cls, row: dict) -> RegistryLifeEvent:
        return cls(
            cursor=str(feeds.Position.of(row)),
            kind=row["kind"],
            id_number=row["id_number"],
            event_date=row["event_date"],
            record_id=strawberry.ID(str(row["id"])),
            batch_id=strawberry.ID(str(row["batch_id"])),
            reference=row["reference"],
        )


@strawberry.type(
    description="登记人员变动分页 / a page of registry deaths, imprisonments and hukou moves; nextCursor is null on the last page"
)
class RegistryLifeEventPage(feeds.FeedPage):
    items: list[RegistryLifeEvent]


@strawberry.type(description="核对命中 / a registry record about a member of a new application")
class RegistryHit:
    record_id: strawberry.ID
    kind: RegistryKind
    id_number: str
    event_date: dt.date | None
    end_date: dt.date | None
    amount: Decimal | None
    reference: str

    @classmethod
    def from_row(cls, row: RegistryRecord) -> RegistryHit:
        return cls(
            record_id=strawberry.ID(str(row.id)),
            kind=row.kind,
            id_number=row.id_number,
            event_date=row.event_date,
            end_date=row.end_date,
            amount=row.amount,
            reference=row.reference,
        )
