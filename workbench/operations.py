"""The GraphQL operations the workbench sends, and the workflow steps its case page offers — 工作台调用的接口。"""

from __future__ import annotations

from dataclasses import dataclass

APPLICATION = """id householdId regionCode state submittedOn acceptedOn dueOn stepDueOn overdue delegated extendedDays
  missingItems rejectionReasons nextActions"""

WORKLIST = f"""query($first: Int!, $after: String, $state: ApplicationState, $overdue: Boolean, $mine: Boolean!,
  $region: String) {{
  applications: applicationsConnection(first: $first, after: $after, state: $state, overdue: $overdue, assignedToMe: $mine,
    regionCode: $region) {{
    totalCount pageInfo {{ hasNextPage endCursor }}
    nodes {{ {APPLICATION} household {{ head {{ name }} members {{ id }} }} }} }} }}"""

HOUSEHOLD = f"""query($id: ID!) {{ household(id: $id) {{
  id regionCode urbanRural status reviewClass monthlyAmount effectiveMonth
  members {{ id name idNumber relation sex birthDate counted }}
  incomes {{ id category monthlyAmount treatment personId }}
  assessment {{ eligible monthlyAmount explanation }}
  applications {{ {APPLICATION} drawnForVisit steps {{ fromState toState actor on opinion signatures daysLate }}
    homeVisits {{ kind visitedOn membersPresent housingType housingArea housingCondition waterMonthly electricityMonthly gasMonthly
      employment {{ personId work monthlyIncome }} assets {{ kind description quantity }} notes signatures recordedBy
      photos {{ id contentType size sha256 }} }} }} }} }}"""

REGISTER = """mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }"""
RECORD_INCOME = """mutation($h: ID!, $category: IncomeCategory!, $amount: String!, $person: ID) {
  recordIncome(householdId: $h, category: $category, monthlyAmount: $amount, personId: $person) { id } }"""
SUBMIT = """mutation($h: ID!, $on: Date) { submitApplication(householdId: $h, on: $on) { id state } }"""
EXTEND = """mutation($a: ID!, $days: Int!, $reason: String!, $on: Date) {
  extendApplicationDeadline(applicationId: $a, workingDays: $days, reason: $reason, on: $on) { dueAfter } }"""
UNDER_NOTICE = """query($village: String!) {
  applications: applicationsConnection(first: 500, state: NOTICE_1, regionCode: $village) { nodes { id household { id
    head { name } members { id } assessment { monthlyAmount } } } }
  second: applicationsConnection(first: 500, state: NOTICE_2, regionCode: $village) { nodes { id household { id
    head { name } members { id } assessment { monthlyAmount } } } }
}"""
PUBLIC_LIST = """query($village: String!, $period: String!) {
  publicNotice(villageCode: $village, period: $period) { name members monthlyAmount } }"""
REGIONS = """query($parent: String) { regions(parentCode: $parent) { code name level } }"""


@dataclass(frozen=True)
class StepForm:
    """One workflow step as a form: its mutation, its name, and the fields the step records."""

    mutation: str
    label: str
    fields: tuple[str, ...] = ()
    danger: bool = False


STEPS: dict[str, StepForm] = {
    "accept": StepForm("acceptApplication", "受理"),
    "return": StepForm("returnApplication", "退回补正（一次性告知）", ("missingItems",), danger=True),
    "investigate": StepForm("recordInvestigation", "登记入户调查", ("signatures", "opinion")),
    "fail_precheck": StepForm("failPrecheck", "初核不符", ("reasons",), danger=True),
    "recheck": StepForm("recheckApplication", "重新调查", ("opinion",)),
    "terminate": StepForm("terminateApplication", "终止办理", ("reasons",), danger=True),
    "democratic_review": StepForm("holdDemocraticReview", "民主评议", ("opinion",)),
    "township_opinion": StepForm("giveTownshipOpinion", "乡镇审核意见", ("opinion",)),
    "publish_notice": StepForm("publishNotice", "发布公示"),
    "object": StepForm("recordObjection", "登记异议", ("opinion", "objectionBy")),
    "close_notice": StepForm("closeNotice", "公示期满，报县审批"),
    "home_visit": StepForm("recordHomeVisit", "县级入户核查", ("signatures", "opinion")),
    "approve": StepForm("approveApplication", "批准", ("opinion",)),
    "reject": StepForm("rejectApplication", "不予批准", ("reasons",), danger=True),
}
FIELD_LABELS = {
    "on": "办理日期",
    "regionCode": "村（社区）区划代码",
    "idNumber": "身份证号",
    "monthlyAmount": "月均金额",
    "workingDays": "延长工作日",
    "reason": "理由",
    "username": "用户名",
    "opinion": "意见",
    "signatures": "调查人员（每行一人，至少两人）",
    "missingItems": "缺少的全部材料（每行一项）",
    "reasons": "理由（每行一条）",
    "objectionBy": "异议人（匿名留空）",
}
LIST_FIELDS = frozenset({"signatures", "missingItems", "reasons"})


VISIT_STEPS = frozenset({"recordInvestigation", "recordHomeVisit"})
"""The steps whose form carries the home visit record (入户调查表); work and assets seen, and photos, go through the API."""
VISIT_FIELDS = ("housingArea", "housingCondition", "waterMonthly", "electricityMonthly", "gasMonthly", "notes")


def visit_input(form: dict) -> dict | None:
    """The visit record of a posted step form, when its housing type was chosen (otherwise the step goes without one)."""
    if not str(form.get("housingType") or "").strip():
        return None
    present = form.get("membersPresent") or []
    return {
        "membersPresent": present if isinstance(present, list) else [present],
        "housingType": str(form["housingType"]),
        **{name: str(form.get(name) or "").strip() for name in VISIT_FIELDS},
    }


def step_input(step: StepForm, form: dict[str, str]) -> dict:
    """The StepInput of a posted step form: lists one per line, the date when one was given."""
    found: dict = {}
    for name in step.fields:
        text = str(form.get(name, ""))
        found[name] = (
            [line.strip() for line in text.splitlines() if line.strip()] if name in LIST_FIELDS else text.strip()
        )
    if form.get("on"):
        found["on"] = str(form["on"])
    visit = visit_input(form) if step.mutation in VISIT_STEPS else None
    if visit is not None:
        found["visit"] = visit
    return found


def mutation_of(step: StepForm) -> str:
    return f"mutation($a: ID!, $i: StepInput) {{ {step.mutation}(applicationId: $a, input: $i) {{ id state }} }}"
