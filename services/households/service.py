"""Household registry logic: keyword-only verbs, one transaction each, audited; no GraphQL here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from authz.actions import Action
from authz.enforcer import get_authorizer
from authz.principal import Principal
from authz.scope import Scope
from kernel import connections
from kernel.audit import record
from kernel.errors import DomainError, InvalidInput  # noqa: F401 (InvalidInput re-exported)
from kernel.values import CitizenId, RegionCode, check_page
from services.households import events
from services.households.errors import (  # noqa: F401
    HouseholdNotFound,
    PersonAlreadyRegistered,
    PersonNotFound,
    UnknownRegion,
)
from services.households.models import AuditRecord, Household, Person, Region

DB = "households"
RELATIONS = ("HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER")
URBAN_RURAL = ("URBAN", "RURAL")
MAX_PAGE = 1000
HOUSEHOLD_COLUMNS = (
    "id",
    "region_code",
    "urban_rural",
    "status",
    "review_class",
    "created_at",
    "monthly_amount",
    "effective_month",
    "stops_from",
    "separately_registered",
    "next_review_on",
    "grace_until",
)
"""What a household shows; lists and entity batches read these as plain values, a thousand rows at a time."""


@dataclass(frozen=True)
class MemberIn:
    """A member as submitted for registration."""

    name: str
    id_number: str
    relation: str


def households_query(*, scope: Scope, region_code: str | None = None, status: str | None = None) -> QuerySet[Household]:
    """The households a list shows: inside the caller's scope (or a region in it), filtered; the list and its
    connection page this one query."""
    query = Household.filter(scope.narrowed(region_code).q())
    return query.filter(status=status) if status else query


async def household_values(query: QuerySet[Household]) -> list[dict[str, Any]]:
    return await query.values(*HOUSEHOLD_COLUMNS)


async def list_households(
    *,
    scope: Scope,
    first: int = 50,
    after: int | None = None,
    region_code: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """A page of households inside the caller's scope, in id order (keyset pagination)."""
    check_page(first, maximum=MAX_PAGE)
    query = households_query(scope=scope, region_code=region_code, status=status)
    return await connections.listed(query, first=first, after=after, fetch=household_values)


async def households_by_id(*, scope: Scope, ids: list[int]) -> dict[int, dict[str, Any]]:
    rows = await Household.filter(scope.q(), id__in=ids).values(*HOUSEHOLD_COLUMNS)
    return {row["id"]: row for row in rows}


async def get_household(*, scope: Scope, household_id: int) -> Household:
    row = await Household.filter(scope.q(), id=household_id).first()
    if row is None:
        raise HouseholdNotFound(household_id)
    return row


async def members_by_household(*, household_ids: list[int]) -> dict[int, list[Person]]:
    grouped: dict[int, list[Person]] = defaultdict(list)
    for person in await Person.filter(household_id__in=household_ids).order_by("id"):
        grouped[person.household_id].append(person)
    return grouped


async def heads_by_household(*, household_ids: list[int]) -> dict[int, Person]:
    rows = await Person.filter(household_id__in=household_ids, relation="HEAD")
    return {row.household_id: row for row in rows}


async def persons_by_id(*, scope: Scope, ids: list[int]) -> dict[int, Person]:
    rows = await Person.filter(scope.q(), id__in=ids)
    return {row.id: row for row in rows}


async def regions_by_code(*, codes: list[str]) -> dict[str, Region]:
    return {row.code: row for row in await Region.filter(code__in=codes)}


async def list_regions(*, scope: Scope, parent_code: str | None = None) -> list[Region]:
    """Children of `parent_code` inside the caller's scope; without it, the regions the caller is granted."""
    if parent_code:
        query = Region.filter(parent_code=RegionCode.parse(parent_code, field="parentCode").code)
    elif scope.everything:
        query = Region.filter(parent_code__isnull=True)
    else:
        query = Region.filter(code__in=[prefix.ljust(12, "0") for prefix in scope.prefixes])
    return await query.filter(scope.q("code")).order_by("code")


def _validate_members(members: list[MemberIn]) -> list[CitizenId]:
    """Every member field checked before anything is written; the first fault is reported precisely."""
    if not members:
        raise InvalidInput("a household needs at least one member", "家庭至少需要一名成员", field="members")
    ids = []
    for index, member in enumerate(members):
        prefix = f"members[{index}]"
        if not member.name.strip():
            raise InvalidInput("name is required", "姓名不能为空", field=f"{prefix}.name")
        if member.relation not in RELATIONS:
            raise InvalidInput(
                f"relation must be one of {', '.join(RELATIONS)}",
                f"与户主关系应为 {', '.join(RELATIONS)} 之一",
                field=f"{prefix}.relation",
            )
        ids.append(CitizenId.parse(member.id_number, field=f"{prefix}.idNumber"))
    if sum(member.relation == "HEAD" for member in members) != 1:
        raise InvalidInput(
            "exactly one member must be the head (HEAD)", "必须且只能有一名户主（HEAD）", field="members"
        )
    numbers = [cid.number for cid in ids]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput("the same ID number appears twice", "同一身份证号码出现了两次", field="members")
    return ids


async def register_household(
    *, actor: Principal, region_code: str, urban_rural: str, members: list[MemberIn], address: str = ""
) -> Household:
    """Register a household with its members in one transaction; refusals are audited too."""
    try:
        code = RegionCode.parse(region_code)
        if urban_rural not in URBAN_RURAL:
            raise InvalidInput("urbanRural must be URBAN or RURAL", "城乡类别应为 URBAN 或 RURAL", field="urbanRural")
        ids = _validate_members(members)
        get_authorizer().require(actor, Action.HOUSEHOLD_REGISTER, code.code)
        region = await Region.get_or_none(code=code.code)
        if region is None:
            raise UnknownRegion(code.code)
        code.require_level("village")
        try:
            household = await _register(actor, code, urban_rural, members, ids, address)
        except IntegrityError:  # a concurrent registration took an ID number between our check and our insert
            await _refuse_taken(ids)
            raise
        return household
    except DomainError as refusal:
        await record(
            AuditRecord,
            actor=actor.username,
            action="household.register",
            entity="Household",
            region_code=str(region_code)[:12],
            succeeded=False,
            after=refusal.recorded,
        )
        raise


async def _refuse_taken(ids: list[CitizenId], conn=None) -> None:
    """Refuse the first member whose ID number another household already holds (nothing when none does)."""
    numbers = [cid.number for cid in ids]
    query = Person.filter(id_number__in=numbers)
    taken = await (query.using_db(conn) if conn is not None else query).values_list("id_number", flat=True)
    if taken:
        raise PersonAlreadyRegistered(f"members[{min(numbers.index(number) for number in taken)}].idNumber")


async def _register(
    actor: Principal, code: RegionCode, urban_rural: str, members: list[MemberIn], ids: list[CitizenId], address: str
) -> Household:
    """The household and its members written in one transaction, with the audit record and the change events."""
    async with in_transaction(DB) as conn:
        await _refuse_taken(ids, conn)
        household = await Household.create(
            region_code=code.code,
            urban_rural=urban_rural,
            status="APPLYING",
            address=address,
            counted_members=len(members),
            using_db=conn,
        )
        persons = [
            await Person.create(
                household_id=household.id,
                region_code=code.code,
                id_number=cid.number,
                name=member.name.strip(),
                relation=member.relation,
                birth_date=cid.birth_date,
                sex=cid.sex,
                using_db=conn,
            )
            for member, cid in zip(members, ids, strict=True)
        ]
        snapshot = _snapshot(household, members)
        await record(
            AuditRecord,
            actor=actor.username,
            action="household.register",
            entity="Household",
            entity_id=household.id,
            region_code=code.code,
            after=snapshot,
            using_db=conn,
        )
        await events.emit(household, "REGISTERED", using_db=conn)
        await events.emit_many(persons, "ADDED", using_db=conn)
    return household


def _snapshot(household: Household, members: list[MemberIn]) -> dict[str, Any]:
    """What the audit keeps of a registration (ID numbers masked: the trail is widely readable)."""
    from kernel.values import mask_id_number

    return {
        "regionCode": household.region_code,
        "urbanRural": household.urban_rural,
        "status": household.status,
        "members": [{"name": m.name, "relation": m.relation, "idNumber": mask_id_number(m.id_number)} for m in members],
    }
