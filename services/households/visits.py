"""Home visit records — 入户调查表: what the investigating officers saw, and the photos they took.

A record is taken with the step it belongs to, in that step's transaction: the township's investigation
(`recordInvestigation`, kind INVESTIGATION) or the county's own visit (`recordHomeVisit`, kind COUNTY). It names the
members present, the housing, the month's water, electricity and gas, the work and the assets seen, notes, photos
and the two (or more) officers who signed; whoever records it is one of them. The county's visitors are not the
township's investigators of the same case: the county visit is a second look, not the first one again.

Photos are uploaded first (`POST /files/applications/{id}/visit-photos`, one JPEG or PNG per request, checked by its
bytes, at most `DIBAO_MAX_PHOTO_BYTES`), kept in the households database with their SHA-256 and size, and attached
to the record that names them; only someone who can read the household downloads one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from authz.actions import Action
from authz.duties import KINSHIP, require_separation
from authz.principal import Principal
from authz.scope import Scope
from kernel.error_codes import CommonErrorCode
from kernel.errors import DomainError, InvalidInput, NotFound
from kernel.labels import ASSET_SEEN, HOUSING_CONDITION, HOUSING_TYPE
from kernel.values import lookup_id, money
from services.households.auditing import audited, done
from services.households.error_codes import HouseholdsErrorCode
from services.households.models import Application, HomeVisit, Person, VisitPhoto
from services.households.registration import filed_staff

HOUSING_TYPES, HOUSING_CONDITIONS, ASSET_KINDS = HOUSING_TYPE.terms, HOUSING_CONDITION.terms, ASSET_SEEN.terms
PHOTO_TYPES = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}
MAX_PHOTOS, MAX_ITEMS, MAX_NOTES, MAX_TEXT = 20, 50, 2000, 100
UPLOADING_STATES = ("ACCEPTED", "INVESTIGATING", "COUNTY_REVIEW")
"""Photos are taken while the case is investigated or visited by the county."""
PHOTO_URL = "/files/visit-photos/{id}"
"""Where the gateway serves a photo (the subgraph's file route, relayed with the caller's token)."""


class PhotoNotFound(NotFound):
    code = HouseholdsErrorCode.PHOTO_NOT_FOUND

    def __init__(self, photo_id: object, field: str = "id") -> None:
        shown = str(photo_id)[:40]
        super().__init__(
            f"photo {shown} does not exist or is outside your jurisdiction",
            f"照片 {shown} 不存在或不在您的管辖范围内",
            field=field,
        )


class PhotoRefused(DomainError):
    """An upload that is not a photo this system keeps."""

    code = HouseholdsErrorCode.PHOTO_REFUSED


@dataclass(frozen=True)
class EmploymentSeen:
    person_id: str
    work: str
    monthly_income: str = ""


@dataclass(frozen=True)
class AssetSeen:
    kind: str
    description: str
    quantity: int = 1


@dataclass(frozen=True)
class VisitIn:
    """What the officers wrote on the form (入户调查表)."""

    members_present: list[str]
    housing_type: str
    housing_area: str
    housing_condition: str
    water_monthly: str
    electricity_monthly: str
    gas_monthly: str
    employment: list[EmploymentSeen] = field(default_factory=list)
    assets: list[AssetSeen] = field(default_factory=list)
    notes: str = ""
    photo_ids: list[str] = field(default_factory=list)


def _refuse(en: str, zh: str, where: str, code: str, **extra) -> None:
    raise InvalidInput(en, zh, field=f"visit.{where}", code=code, **extra)


def _text(value: str, where: str, limit: int = MAX_TEXT, *, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        _refuse("this cannot be empty", "此项不能为空", where, HouseholdsErrorCode.REQUIRED)
    if len(text) > limit:
        _refuse(f"at most {limit} characters", f"最多 {limit} 字", where, CommonErrorCode.TOO_LONG, maxLength=limit)
    return text


def _spending(value: str, where: str) -> Decimal:
    amount = money(value, field=f"visit.{where}")
    if not Decimal("0") <= amount < Decimal("100000"):
        _refuse(
            "a month's spending lies between 0 and 99,999.99",
            "月支出应在 0 至 99999.99 元之间",
            where,
            CommonErrorCode.INVALID_AMOUNT,
        )
    return amount


def _area(value: str) -> Decimal:
    try:
        area = Decimal(str(value).strip())
    except InvalidOperation:
        area = Decimal("NaN")
    if not area.is_finite() or not Decimal("0") < area < Decimal("100000") or area != area.quantize(Decimal("0.01")):
        _refuse(
            "the floor area is square metres above 0, below 100,000, two decimals at most",
            "住房面积应为大于 0、小于 100000 的平方米数，最多两位小数",
            "housingArea",
            HouseholdsErrorCode.INVALID_AREA,
        )
    return area


def _signers(signatures: list[str], actor: Principal) -> list[str]:
    names = [name.strip() for name in signatures]
    if len({name for name in names if name}) < 2 or any(not name for name in names):
        raise InvalidInput(
            "a home visit is signed by at least two different officers",
            "入户调查须至少两名不同的调查人员签名",
            field="signatures",
            code=HouseholdsErrorCode.SIGNATURES_REQUIRED,
        )
    if actor.username not in names:
        raise InvalidInput(
            "whoever records the visit is one of the officers who signed it",
            "录入人应为签名的调查人员之一",
            field="signatures",
            code=HouseholdsErrorCode.RECORDER_NOT_SIGNER,
        )
    return names


async def record(
    conn, *, kind: str, application: Application, visit: VisitIn, signatures: list[str], day: dt.date, actor: Principal
) -> HomeVisit:
    """Check the form against the household and keep it with its photos, inside the step's transaction."""
    signed = _signers(signatures, actor)
    if kind == "COUNTY":
        township = {
            name
            for names in await HomeVisit.filter(application_id=application.id, kind="INVESTIGATION")
            .using_db(conn)
            .values_list("signatures", flat=True)
            for name in names
        }
        township |= {name for names in await _investigation_signatures(conn, application.id) for name in names}
        if township & set(signed):
            raise InvalidInput(
                "the county's visit is made by others than the township's investigators",
                f"县级入户核查人员不能是乡镇调查人员（{'、'.join(sorted(township & set(signed)))}）",
                field="signatures",
                code=HouseholdsErrorCode.VISITOR_NOT_INDEPENDENT,
            )
    members = {
        str(pid)
        for pid in await Person.filter(household_id=application.household_id)
        .using_db(conn)
        .values_list("id", flat=True)
    }
    present = [str(p).strip() for p in visit.members_present]
    if not present:
        _refuse(
            "name at least one member present at the visit",
            "须填写在场的家庭成员",
            "membersPresent",
            HouseholdsErrorCode.MEMBERS_PRESENT_REQUIRED,
        )
    for index, person in enumerate(present):
        if person not in members:
            _refuse(
                f"{person[:20]} is not a member of this household",
                "在场人员应为本家庭成员",
                f"membersPresent[{index}]",
                HouseholdsErrorCode.MEMBER_NOT_IN_HOUSEHOLD,
            )
    if len(set(present)) != len(present):
        _refuse("a member is listed twice", "在场成员重复", "membersPresent", HouseholdsErrorCode.DUPLICATE_MEMBER)
    if visit.housing_type not in HOUSING_TYPES:
        _refuse(
            f"housing type is one of {', '.join(HOUSING_TYPES)}",
            f"住房性质应为 {'、'.join(HOUSING_TYPES.values())} 之一",
            "housingType",
            HouseholdsErrorCode.INVALID_HOUSING_TYPE,
        )
    if visit.housing_condition not in HOUSING_CONDITIONS:
        _refuse(
            f"housing condition is one of {', '.join(HOUSING_CONDITIONS)}",
            f"住房状况应为 {'、'.join(HOUSING_CONDITIONS.values())} 之一",
            "housingCondition",
            HouseholdsErrorCode.INVALID_HOUSING_CONDITION,
        )
    area = _area(visit.housing_area)
    spending = {
        name: _spending(getattr(visit, attr), name)
        for attr, name in (
            ("water_monthly", "waterMonthly"),
            ("electricity_monthly", "electricityMonthly"),
            ("gas_monthly", "gasMonthly"),
        )
    }
    if len(visit.employment) > MAX_ITEMS or len(visit.assets) > MAX_ITEMS:
        _refuse(
            f"at most {MAX_ITEMS} lines",
            f"最多 {MAX_ITEMS} 项",
            "employment" if len(visit.employment) > MAX_ITEMS else "assets",
            HouseholdsErrorCode.TOO_MANY,
        )
    employment = []
    for index, seen in enumerate(visit.employment):
        where = f"employment[{index}]"
        if str(seen.person_id).strip() not in members:
            _refuse(
                "the worker is a member of this household",
                "就业人员应为本家庭成员",
                f"{where}.personId",
                HouseholdsErrorCode.MEMBER_NOT_IN_HOUSEHOLD,
            )
        income = ""
        if str(seen.monthly_income or "").strip():
            income = f"{_spending(seen.monthly_income, f'{where}.monthlyIncome'):.2f}"
        employment.append(
            {
                "personId": str(seen.person_id).strip(),
                "work": _text(seen.work, f"{where}.work"),
                "monthlyIncome": income,
            }
        )
    assets = []
    for index, seen in enumerate(visit.assets):
        where = f"assets[{index}]"
        if seen.kind not in ASSET_KINDS:
            _refuse(
                f"kind is one of {', '.join(ASSET_KINDS)}",
                f"财产类别应为 {'、'.join(ASSET_KINDS.values())} 之一",
                f"{where}.kind",
                HouseholdsErrorCode.UNKNOWN_ASSET_KIND,
            )
        if not 1 <= seen.quantity <= 10000:
            _refuse(
                "quantity lies between 1 and 10,000",
                "数量应在 1 至 10000 之间",
                f"{where}.quantity",
                HouseholdsErrorCode.INVALID_QUANTITY,
            )
        assets.append(
            {
                "kind": seen.kind,
                "description": _text(seen.description, f"{where}.description"),
                "quantity": seen.quantity,
            }
        )
    notes = _text(visit.notes, "notes", MAX_NOTES, required=False)
    photos = await _photos(conn, application, visit.photo_ids)
    row = await HomeVisit.create(
        application_id=application.id,
        household_id=application.household_id,
        region_code=application.region_code,
        kind=kind,
        visited_on=day,
        members_present=present,
        housing_type=visit.housing_type,
        housing_area=area,
        housing_condition=visit.housing_condition,
        water_monthly=spending["waterMonthly"],
        electricity_monthly=spending["electricityMonthly"],
        gas_monthly=spending["gasMonthly"],
        employment=employment,
        assets_seen=assets,
        notes=notes,
        signatures=signed,
        recorded_by=actor.username,
        using_db=conn,
    )
    if photos:
        await VisitPhoto.filter(id__in=photos).using_db(conn).update(visit_id=row.id)
    await done(
        conn,
        actor,
        "visit.record",
        "HomeVisit",
        row.id,
        application.region_code,
        after={
            "application": application.id,
            "kind": kind,
            "visitedOn": day.isoformat(),
            "signatures": signed,
            "photos": [str(p) for p in photos],
        },
    )
    return row


async def county_visited(conn, application_id: int) -> bool:
    """Whether the county's own visit record of the application is in."""
    return await HomeVisit.filter(application_id=application_id, kind="COUNTY").using_db(conn).exists()


async def _investigation_signatures(conn, application_id: int) -> list[list[str]]:
    from services.households.models import WorkflowStep

    return (
        await WorkflowStep.filter(application_id=application_id, to_state="INVESTIGATING")
        .using_db(conn)
        .values_list("signatures", flat=True)
    )


async def _photos(conn, application: Application, photo_ids: list[str]) -> list[int]:
    """The named photos: uploaded for this application and not yet on another record (locked until the step commits)."""
    if len(photo_ids) > MAX_PHOTOS:
        _refuse(f"at most {MAX_PHOTOS} photos", f"最多 {MAX_PHOTOS} 张照片", "photoIds", HouseholdsErrorCode.TOO_MANY)
    wanted = []
    for index, value in enumerate(photo_ids):
        key = lookup_id(value)
        if key is None:
            raise PhotoNotFound(value, field=f"visit.photoIds[{index}]")
        wanted.append(key)
    if len(set(wanted)) != len(wanted):
        _refuse("a photo is named twice", "照片重复", "photoIds", HouseholdsErrorCode.DUPLICATE_PHOTO)
    rows = (
        {
            row.id: row
            for row in await VisitPhoto.filter(id__in=wanted, application_id=application.id)
            .using_db(conn)
            .select_for_update()
            .only("id", "visit_id")
        }
        if wanted
        else {}
    )
    for index, key in enumerate(wanted):
        if key not in rows:
            raise PhotoNotFound(key, field=f"visit.photoIds[{index}]")
        if rows[key].visit_id is not None:
            raise InvalidInput(
                f"photo {key} is already on visit record {rows[key].visit_id}",
                f"照片 {key} 已属于另一份入户调查表",
                field=f"visit.photoIds[{index}]",
                code=HouseholdsErrorCode.PHOTO_ALREADY_USED,
            )
    return wanted


def photo_type(content: bytes, declared: str, limit: int) -> str:
    """The photo's type when its bytes are a JPEG or PNG of the declared type within the size limit; else a refusal."""
    declared = (declared or "").split(";", 1)[0].strip().lower()
    if declared not in PHOTO_TYPES:
        raise PhotoRefused(
            f"only JPEG and PNG photos are kept, not {declared or 'an untyped body'}",
            "只接收 JPEG 或 PNG 格式的照片",
            field="content-type",
            code=HouseholdsErrorCode.PHOTO_TYPE_NOT_ALLOWED,
        )
    if not content:
        raise PhotoRefused("the photo is empty", "照片内容为空", field="body", code=HouseholdsErrorCode.PHOTO_EMPTY)
    if len(content) > limit:
        raise PhotoRefused(
            f"a photo is at most {limit} bytes",
            f"照片不能超过 {limit} 字节",
            field="body",
            code=HouseholdsErrorCode.PHOTO_TOO_LARGE,
            limit=limit,
        )
    if (
        not content.startswith(PHOTO_TYPES[declared])
        or (declared == "image/jpeg" and not content.rstrip(b"\0").endswith(b"\xff\xd9"))
        or (declared == "image/png" and b"IEND" not in content[-16:])
    ):
        raise PhotoRefused(
            f"the content is not a whole {declared} image",
            f"照片内容不是完整的 {declared} 图像",
            field="body",
            code=HouseholdsErrorCode.PHOTO_CONTENT_MISMATCH,
        )
    return declared


async def upload(
    *, actor: Principal, scope: Scope, application_id: int, content: bytes, content_type: str, limit: int
) -> VisitPhoto:
    """Keep one photo for an application under investigation or county visit; `scope` is where the caller visits."""
    async with audited(actor, "visitphoto.upload", "Application", application_id) as conn:
        application = await Application.filter(id=application_id).using_db(conn).first()
        if application is None or not scope.covers(application.region_code):
            raise InvalidInput(
                f"application {application_id} does not exist or is outside your jurisdiction",
                f"申请 {application_id} 不存在或不在您的管辖范围内",
                field="applicationId",
                code=HouseholdsErrorCode.APPLICATION_NOT_FOUND,
            )
        require_separation(
            actor=actor,
            action=Action.INVESTIGATION_RECORD,
            done_by={KINSHIP: await filed_staff(application.household_id, using_db=conn)},
        )
        if application.state not in UPLOADING_STATES:
            raise InvalidInput(
                f"photos are taken while the case is investigated or visited; it is {application.state}",
                f"申请当前环节为 {application.state}，不能上传入户照片",
                field="applicationId",
                code=HouseholdsErrorCode.ILLEGAL_TRANSITION,
                state=application.state,
            )
        kind = photo_type(content, content_type, limit)
        digest = hashlib.sha256(content).hexdigest()
        row = await VisitPhoto.create(
            application_id=application.id,
            household_id=application.household_id,
            region_code=application.region_code,
            content_type=kind,
            size=len(content),
            sha256=digest,
            content=content,
            uploaded_by=actor.username,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            "visitphoto.upload",
            "VisitPhoto",
            row.id,
            application.region_code,
            after={"application": application.id, "contentType": kind, "size": len(content), "sha256": digest},
        )
        return row


async def download(*, actor: Principal, scope: Scope, photo_id: int) -> VisitPhoto:
    """A photo for someone who can read its household; the same answer for a photo elsewhere as for none. Audited:
    a photo of a home is personal data."""
    async with audited(actor, "visitphoto.read", "VisitPhoto", photo_id) as conn:
        row = await VisitPhoto.filter(scope.q(), id=photo_id).using_db(conn).first()
        if row is None:
            raise PhotoNotFound(photo_id)
        await done(conn, actor, "visitphoto.read", "VisitPhoto", row.id, row.region_code, after={"sha256": row.sha256})
        return row


async def visits_of(application_ids: list[int]) -> list[list[HomeVisit]]:
    """The visit records of many applications in one query, oldest first (DataLoader)."""
    found: dict[int, list[HomeVisit]] = {}
    for row in await HomeVisit.filter(application_id__in=application_ids).order_by("id"):
        found.setdefault(row.application_id, []).append(row)
    return [found.get(key, []) for key in application_ids]


async def photos_of(visit_ids: list[int]) -> list[list[dict]]:
    """The photos of many visit records (their metadata only, never the content) in one query (DataLoader)."""
    found: dict[int, list[dict]] = {}
    for row in (
        await VisitPhoto.filter(visit_id__in=visit_ids)
        .order_by("id")
        .values("id", "visit_id", "content_type", "size", "sha256", "uploaded_by", "uploaded_at")
    ):
        found.setdefault(row["visit_id"], []).append(row)
    return [found.get(key, []) for key in visit_ids]
