"""Registry — 家庭信息登记: members and their circumstances, income items, asset items, kinship filings."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from tortoise.exceptions import IntegrityError

from authz.actions import Action
from authz.duties import KINSHIP, require_separation
from authz.enforcer import get_authorizer
from authz.principal import Principal
from kernel.errors import InvalidInput
from kernel.values import CitizenId, money
from services.households import events
from services.households.auditing import audited, done
from services.households.error_codes import HouseholdsErrorCode
from services.households.errors import HouseholdNotFound, PersonAlreadyRegistered, PersonNotFound
from services.households.models import AssetItem, Household, IncomeItem, KinshipFiling, Person
from services.households.policy import PolicyBook

RELATIONS = ("HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER")
EXCLUSION_REASONS = (
    "CLERGY_APART",
    "PRISON",
    "COMPULSORY_REHAB",
    "MISSING",
    "LIVES_APART",
    "HUKOU_MOVED",
    "PROVINCIAL_RULE",
)
WORK_CAPACITY = ("FULL", "PARTIAL", "NONE")
INCOME_CATEGORIES = (
    "WAGES",
    "BUSINESS",
    "PROPERTY",
    "SUPPORT",
    "PENSION",
    "UNEMPLOYMENT",
    "COMPENSATION",
    "GIFT",
    "AGRICULTURE",
    "SPECIAL_CARE",
    "FAMILY_PLANNING_REWARD",
    "SCHOLARSHIP",
    "BRAVERY_AWARD",
    "SOCIAL_ASSISTANCE",
    "BASIC_RESIDENT_PENSION",
    "ILLNESS_COST",
    "DISABILITY_COST",
    "OTHER",
)
TREATMENTS = ("COUNTED", "EXCLUDED", "DEDUCTED")
ASSET_KINDS = (
    "DEPOSIT",
    "SECURITIES",
    "INSURANCE",
    "INTERNET_FINANCE",
    "VEHICLE",
    "HOUSE",
    "BUSINESS",
    "CLAIM",
    "OTHER",
)


def _one_of(value: str, allowed: tuple[str, ...], field: str, what: str) -> str:
    if value not in allowed:
        raise InvalidInput(
            f"{what} must be one of {', '.join(allowed)}", f"{what}应为 {', '.join(allowed)} 之一", field=field
        )
    return value


def amount_of(value: object, *, field: str) -> Decimal:
    """Money that is a number, has two places at most and is not negative."""
    amount = money(value, field=field)
    if amount < 0:
        raise InvalidInput(
            "the amount may not be negative", "金额不能为负数", field=field, code=HouseholdsErrorCode.NEGATIVE_AMOUNT
        )
    return amount


async def household_for(actor: Principal, action: Action, household_id: int, *, using_db=None) -> Household:
    """The household if the actor may `action` in its region; otherwise not found (ids reveal nothing)."""
    row = await Household.filter(id=household_id).using_db(using_db).first()
    if row is None or not get_authorizer().allows(actor, action, row.region_code):
        if row is not None and get_authorizer().scope(actor, Action.HOUSEHOLD_READ).covers(row.region_code):
            get_authorizer().require(actor, action, row.region_code)
        raise HouseholdNotFound(household_id)
    return row


async def household_for_duty(actor: Principal, action: Action, household_id: int, *, using_db=None) -> Household:
    """`household_for`, refused besides (RECUSAL_REQUIRED) when the actor is a filed relative of the household."""
    household = await household_for(actor, action, household_id, using_db=using_db)
    require_separation(
        actor=actor, action=action, done_by={KINSHIP: await filed_staff(household.id, using_db=using_db)}
    )
    return household


async def person_for(actor: Principal, action: Action, person_id: int, *, using_db=None) -> tuple[Person, Household]:
    """The member and its household if the actor may `action` there; otherwise the member is not found, in the
    member's words (a household id would tell an outsider where the person lives)."""
    person = await Person.filter(id=person_id).using_db(using_db).first()
    if person is None:
        raise PersonNotFound(person_id, field="personId")
    try:
        return person, await household_for(actor, action, person.household_id, using_db=using_db)
    except HouseholdNotFound:
        raise PersonNotFound(person_id, field="personId") from None


@dataclass(frozen=True)
class Circumstances:
    """A member's circumstances (成员情况) as a clerk records them."""

    counted: bool = True
    excluded_reason: str = ""
    disability_grade: int | None = None
    disability_kind: str = ""
    serious_illness: bool = False
    work_capacity: str = "FULL"
    student: bool = False

    def validated(self, prefix: str) -> Circumstances:
        if not self.counted:
            _one_of(self.excluded_reason, EXCLUSION_REASONS, f"{prefix}excludedReason", "不计入原因 / exclusion reason")
        elif self.excluded_reason:
            raise InvalidInput(
                "a counted member has no exclusion reason", "计入成员不应有不计入原因", field=f"{prefix}excludedReason"
            )
        if self.disability_grade is not None and not 1 <= self.disability_grade <= 4:
            raise InvalidInput("disability grade is 1 to 4", "残疾等级应为 1 到 4", field=f"{prefix}disabilityGrade")
        _one_of(self.work_capacity, WORK_CAPACITY, f"{prefix}workCapacity", "劳动能力 / work capacity")
        return self


async def add_member(
    *,
    actor: Principal,
    household_id: int,
    name: str,
    id_number: str,
    relation: str,
    circumstances: Circumstances = Circumstances(),
) -> Person:
    """Add a member (新增成员); an ID number already in another household is refused."""
    async with audited(actor, "person.add", "Household", household_id) as conn:
        household = await household_for(actor, Action.REGISTRY_EDIT, household_id, using_db=conn)
        if not name.strip():
            raise InvalidInput("name is required", "姓名不能为空", field="name")
        _one_of(relation, tuple(r for r in RELATIONS if r != "HEAD"), "relation", "与户主关系 / relation")
        cid = CitizenId.parse(id_number, field="idNumber")
        circumstances.validated("")
        if await Person.filter(id_number=cid.number).using_db(conn).exists():
            raise PersonAlreadyRegistered("idNumber")
        try:
            person = await Person.create(
                household_id=household.id,
                region_code=household.region_code,
                id_number=cid.number,
                name=name.strip(),
                relation=relation,
                birth_date=cid.birth_date,
                sex=cid.sex,
                using_db=conn,
                **asdict(circumstances),
            )
        except IntegrityError:  # registered elsewhere between the check above and this insert
            raise PersonAlreadyRegistered("idNumber") from None
        await events.emit(person, "ADDED", using_db=conn)
        await recount(household, using_db=conn)
        await done(
            conn,
            actor,
            "person.add",
            "Person",
            person.id,
            household.region_code,
            after={"name": person.name, "relation": relation, "idNumber": cid.masked},
        )
        return person


async def update_member(*, actor: Principal, person_id: int, circumstances: Circumstances) -> Person:
    """Record a member's circumstances: counted or excluded with reason, disability, illness, work, study."""
    async with audited(actor, "person.update", "Person", person_id) as conn:
        person, household = await person_for(actor, Action.REGISTRY_EDIT, person_id, using_db=conn)
        circumstances.validated("")
        before = {key: getattr(person, key) for key in asdict(circumstances)}
        for key, value in asdict(circumstances).items():
            setattr(person, key, value)
        await person.save(using_db=conn)
        await events.emit(person, "UPDATED", using_db=conn)
        await recount(household, using_db=conn)
        await done(
            conn,
            actor,
            "person.update",
            "Person",
            person.id,
            person.region_code,
            before=before,
            after=asdict(circumstances),
        )
        return person


async def record_income(
    *,
    actor: Principal,
    household_id: int,
    category: str,
    monthly_amount: object,
    treatment: str = "COUNTED",
    person_id: int | None = None,
    note: str = "",
) -> IncomeItem:
    """Record an income item (收入); an excluded category (Art 13) is stored as EXCLUDED whatever was asked."""
    async with audited(actor, "income.record", "Household", household_id) as conn:
        household = await household_for(actor, Action.REGISTRY_EDIT, household_id, using_db=conn)
        _one_of(category, INCOME_CATEGORIES, "category", "收入类别 / income category")
        _one_of(treatment, TREATMENTS, "treatment", "处理方式 / treatment")
        amount = amount_of(monthly_amount, field="monthlyAmount")
        if (
            person_id is not None
            and not await Person.filter(id=person_id, household_id=household.id).using_db(conn).exists()
        ):
            raise InvalidInput("the person is not a member of this household", "该人员不是本家庭成员", field="personId")
        item = await IncomeItem.create(
            household_id=household.id,
            person_id=person_id,
            region_code=household.region_code,
            category=category,
            monthly_amount=amount,
            treatment=treatment,
            note=note,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            "income.record",
            "IncomeItem",
            item.id,
            household.region_code,
            after={"category": category, "treatment": treatment},
        )  # amounts stay out of the widely read trail
        return item


async def record_asset(
    *, actor: Principal, household_id: int, kind: str, value: object, exempt: bool = False, note: str = ""
) -> AssetItem:
    """Record an asset item (财产): deposits, vehicles with their exemption flag, houses, business."""
    async with audited(actor, "asset.record", "Household", household_id) as conn:
        household = await household_for(actor, Action.REGISTRY_EDIT, household_id, using_db=conn)
        _one_of(kind, ASSET_KINDS, "kind", "财产类别 / asset kind")
        item = await AssetItem.create(
            household_id=household.id,
            region_code=household.region_code,
            kind=kind,
            value=amount_of(value, field="value"),
            exempt=exempt,
            note=note,
            using_db=conn,
        )
        await done(
            conn,
            actor,
            "asset.record",
            "AssetItem",
            item.id,
            household.region_code,
            after={"kind": kind, "exempt": exempt},
        )
        return item


async def file_kinship(
    *, actor: Principal, person_id: int, staff_username: str, staff_name: str, relation: str
) -> KinshipFiling:
    """File a kinship (近亲属备案): the household becomes separately registered and the relative must recuse."""
    async with audited(actor, "kinship.file", "Person", person_id) as conn:
        person, household = await person_for(actor, Action.KINSHIP_FILE, person_id, using_db=conn)
        if not staff_username.strip():
            raise InvalidInput("the staff member's username is required", "需填写工作人员账号", field="staffUsername")
        book = await PolicyBook.load(using_db=conn)
        from services.households.calendar import today

        _one_of(
            relation,
            tuple(book.setting(household.region_code, "kinshipRelations", today())),
            "relation",
            "亲属关系 / relation",
        )
        filing = await KinshipFiling.create(
            household_id=household.id,
            person_id=person.id,
            region_code=household.region_code,
            staff_username=staff_username.strip(),
            staff_name=staff_name.strip(),
            relation=relation,
            filed_by=actor.username,
            using_db=conn,
        )
        household.separately_registered = True
        await household.save(using_db=conn, update_fields=["separately_registered", "updated_at"])
        await events.emit(filing, "FILED", using_db=conn)
        await done(
            conn,
            actor,
            "kinship.file",
            "KinshipFiling",
            filing.id,
            household.region_code,
            after={"staffUsername": filing.staff_username, "relation": relation},
        )
        return filing


async def recount(household: Household, *, using_db) -> None:
    """Keep `counted_members` — the persons the statistics add up — equal to the counted living members."""
    household.counted_members = (
        await Person.filter(household_id=household.id, counted=True, deceased_on__isnull=True)
        .using_db(using_db)
        .count()
    )
    await household.save(using_db=using_db, update_fields=["counted_members"])


async def filed_staff(household_id: int, *, using_db=None) -> set[str]:
    """Usernames linked to the household by kinship filings: they recuse from every step."""
    return set(
        await KinshipFiling.filter(household_id=household_id)
        .using_db(using_db)
        .values_list("staff_username", flat=True)
    )
