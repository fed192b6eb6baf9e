"""The GraphQL enums, generated from the label table (`kernel.labels`): each value is the stored code and is
described by its Chinese name, so the API, the admin and the exports read a code the same way.

Every subgraph takes its enums from here, so an enum two subgraphs share is the same definition in each
(federation composes a shared enum only when the subgraphs agree on it). Where a service accepts only some
codes of a vocabulary, the enum lists only those; the service still checks what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from enum import Enum, IntEnum, StrEnum

import strawberry

from kernel import labels
from kernel.labels import Vocabulary


def vocabulary_enum(name: str, vocabulary: Vocabulary, description: str, *, codes: Iterable[str] | None = None,
                    prefix: str = "") -> type[Enum]:
    """A strawberry enum whose values are `vocabulary`'s codes (or `codes`), described by their labels.

    A code that is not a GraphQL name (`1`) is named with `prefix` (`CLASS_1`) and keeps the number as its value."""
    chosen = list(codes) if codes is not None else list(vocabulary.terms)
    unknown = [code for code in chosen if code not in vocabulary.terms]
    if unknown:
        raise ValueError(f"{name}: codes {unknown} have no label in vocabulary {vocabulary.name}")
    members = {f"{prefix}{code}": int(code) for code in chosen} if prefix else {code: code for code in chosen}
    factory: Any = IntEnum if prefix else StrEnum
    python_enum: type[Enum] = factory(name, members)
    python_enum.__doc__ = description
    strawberry.enum(python_enum, description=description)
    definition = python_enum.__strawberry_definition__  # type: ignore[attr-defined]
    for value in definition.values:
        value.description = vocabulary.label(value.value)
    return python_enum


# --- households -----------------------------------------------------------------------------------------------
UrbanRural = vocabulary_enum("UrbanRural", labels.URBAN_RURAL, "城乡类别 / urban or rural household")
HouseholdStatus = vocabulary_enum("HouseholdStatus", labels.HOUSEHOLD_STATUS, "保障状态 / where a household stands in care")
ReviewClass = vocabulary_enum(
    "ReviewClass", labels.REVIEW_CLASS, "分类管理类别 / review class: 一类 reviewed yearly, 二类 half-yearly, 三类 quarterly "
    "(months configurable)", prefix="CLASS_")
Relation = vocabulary_enum(
    "Relation", labels.RELATION, "与户主关系 / a member's relation to the head of household",
    codes=("HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER"))
Sex = vocabulary_enum("Sex", labels.SEX, "性别（由身份证号码得出）/ sex, read from the ID number")
WorkCapacity = vocabulary_enum("WorkCapacity", labels.WORK_CAPACITY, "劳动能力 / capacity to work")
ExclusionReason = vocabulary_enum(
    "ExclusionReason", labels.EXCLUSION_REASON, "不计入共同生活家庭成员的原因 / why a member is not counted (M21 Art 7)")
DisabilityKind = vocabulary_enum("DisabilityKind", labels.DISABILITY_KIND, "残疾类别 / kind of disability")
IncomeCategory = vocabulary_enum("IncomeCategory", labels.INCOME_CATEGORY, "收入类别 / income category (M21 Art 13)")
IncomeTreatment = vocabulary_enum(
    "IncomeTreatment", labels.TREATMENT, "收入计算处理 / whether an income item is counted, excluded or deducted")
AssetKind = vocabulary_enum("AssetKind", labels.ASSET_KIND, "财产类别 / asset kind (M21 Art 14)")
ApplicationState = vocabulary_enum(
    "ApplicationState", labels.APPLICATION_STATE, "申请办理环节 / the state of an application in the ten-step workflow")
ApplicationKind = vocabulary_enum("ApplicationKind", labels.APPLICATION_KIND, "申请类型 / a first application or a renewal")
ApplicationChannel = vocabulary_enum(
    "ApplicationChannel", labels.CHANNEL, "申请渠道 / how an application came in",
    codes=("IN_PERSON", "PROXY", "ONLINE", "PROACTIVE"))
AmountReason = vocabulary_enum("AmountReason", labels.AMOUNT_REASON, "金额变动原因 / why a monthly amount took effect")
DecisionKind = vocabulary_enum("DecisionKind", labels.DECISION_KIND, "县级决定类型 / kind of county decision")
CaseChange = vocabulary_enum(
    "CaseChange", labels.DECISION_KIND, "县级动态管理决定 / a change the county decides on a case in care",
    codes=("KEEP", "INCREASE", "REDUCE", "STOP", "GRACE_EXIT"))
MemberEvent = vocabulary_enum("MemberEvent", labels.LIFE_EVENT, "成员变动 / a member event that re-opens a case")
ReviewKind = vocabulary_enum("ReviewKind", labels.REVIEW_KIND, "复核类型 / why a review task exists")
ReviewResult = vocabulary_enum(
    "ReviewResult", labels.REVIEW_OUTCOME, "复核结论 / what a review found: keep, or the change it proposes")
RegionLevel = vocabulary_enum(
    "RegionLevel", labels.REGION_LEVEL, "区划层级 / level of a region code (stored in lower case, as in the code table)")
PanelRole = vocabulary_enum("PanelRole", labels.PANEL_ROLE, "评议会审身份 / the capacity a participant sits in")
Vote = vocabulary_enum("Vote", labels.VOTE, "表决 / a participant's vote")
PanelKind = vocabulary_enum("PanelKind", labels.PANEL_KIND, "评议方式 / democratic review, county joint review or committee")
PanelResult = vocabulary_enum(
    "PanelResult", labels.PANEL_RESULT, "评议结果 / passed when the votes for outnumber those against and abstaining")
Programme = vocabulary_enum(
    "Programme", labels.PROGRAMME, "救助项目 / assistance programme other than dibao itself",
    codes=("NEAR_POVERTY", "EXTREME_POVERTY", "TEMPORARY_ASSISTANCE"))
CaseFileKind = vocabulary_enum("CaseFileKind", labels.CASE_FILE_KIND, "一户一档条目类型 / kind of case-file entry")
VisitKind = vocabulary_enum("VisitKind", labels.VISIT_KIND, "入户类型 / the township's investigation or the county's check")
HousingType = vocabulary_enum("HousingType", labels.HOUSING_TYPE, "住房性质 / whose home it is")
HousingCondition = vocabulary_enum("HousingCondition", labels.HOUSING_CONDITION, "住房状况 / the state of the home")
AssetSeenKind = vocabulary_enum("AssetSeenKind", labels.ASSET_SEEN, "入户所见财产类别 / kind of asset seen at a visit")
RegistryKind = vocabulary_enum(
    "RegistryKind", labels.REGISTRY_KIND, "比对数据类别 / kind of registry record from another department")

# --- disbursement ---------------------------------------------------------------------------------------------
AccountKind = vocabulary_enum("AccountKind", labels.ACCOUNT_KIND, "发放账户类型 / kind of payment account")
PaymentStatus = vocabulary_enum("PaymentStatus", labels.PAYMENT_STATUS, "发放状态 / state of a payment or a bank line")
LineResult = vocabulary_enum(
    "LineResult", labels.PAYMENT_STATUS, "银行回盘结果 / the result a bank posts for a line", codes=("PAID", "FAILED"))
FailureReason = vocabulary_enum("FailureReason", labels.FAILURE_REASON, "发放失败原因 / why a bank could not pay a line")
PaymentFrequency = vocabulary_enum("PaymentFrequency", labels.PAYMENT_CYCLE, "发放周期 / how often a county pays")
SubsidyKind = vocabulary_enum("SubsidyKind", labels.SUBSIDY_KIND, "补贴类型 / kind of declared subsidy")
RosterState = vocabulary_enum("RosterState", labels.ROSTER_STATE, "花名册状态 / where a roster is in its sign-off")
RosterItemKind = vocabulary_enum("RosterItemKind", labels.ROSTER_ITEM_KIND, "发放项目 / a part of a roster or bank line")
RosterExceptionReason = vocabulary_enum(
    "RosterExceptionReason", labels.ROSTER_EXCEPTION, "花名册例外原因 / why a case was left off a roster")
SignOffStep = vocabulary_enum("SignOffStep", labels.SIGN_OFF_STEP, "花名册签批环节 / a step of a roster's sign-off")
BatchKind = vocabulary_enum("BatchKind", labels.BATCH_KIND, "代发批次类型 / regular payment or re-issue of failed lines")
BatchState = vocabulary_enum("BatchState", labels.BATCH_STATE, "代发批次状态 / where a payment batch is")
LedgerKind = vocabulary_enum("LedgerKind", labels.LEDGER_KIND, "资金台账类型 / kind of fund ledger entry")
FundSource = vocabulary_enum("FundSource", labels.FUND_SOURCE, "资金来源 / the level of government that allocated money")

# --- supervision ----------------------------------------------------------------------------------------------
FindingStatus = vocabulary_enum("FindingStatus", labels.FINDING_STATUS, "核查线索状态 / where a finding is")
Severity = vocabulary_enum("Severity", labels.SEVERITY, "严重程度 / how serious a finding is")
Verdict = vocabulary_enum("Verdict", labels.VERDICT, "核实结论 / what the verifying visit concluded")
SpotCheckResult = vocabulary_enum("SpotCheckResult", labels.SPOT_CHECK_RESULT, "抽查结果 / what a spot-check visit found")
ComplaintStatus = vocabulary_enum("ComplaintStatus", labels.COMPLAINT_STATUS, "举报办理状态 / where a complaint is")
CampaignOutcome = vocabulary_enum("CampaignOutcome", labels.CAMPAIGN_OUTCOME, "专项行动核查结论 / what a campaign visit concluded")
CampaignListKind = vocabulary_enum(
    "CampaignListKind", labels.CAMPAIGN_OUTCOME, "专项行动名册 / which list of a campaign: increases, decreases or stops",
    codes=("INCREASE", "DECREASE", "STOP"))
InspectionRuleCode = vocabulary_enum(
    "InspectionRuleCode", labels.INSPECTION_RULE, "核查规则 / an inspection rule (the ten clear-out categories and cross-checks)")

# --- users and roles (authz) ------------------------------------------------------------------------------------
if TYPE_CHECKING:  # the two the strictly typed identity service names in its annotations
    Role = str

    class UserKind(StrEnum):
        user = "user"
        machine = "machine"
else:
    Role = vocabulary_enum("Role", labels.ROLE, "角色（策略中的角色名）/ a role of the authorization policy")
    UserKind = vocabulary_enum("UserKind", labels.USER_KIND, "用户类型 / a person or a machine client", codes=("user", "machine"))
