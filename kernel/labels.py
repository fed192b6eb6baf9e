"""The Chinese names of the codes the system stores (标签表): one table for the admin's lists, filters and exports
and for the descriptions of GraphQL enum values, so a code reads the same wherever a person meets it."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "household_status": {"APPLYING": "申请中", "ACTIVE": "在保", "GRACE": "渐退期", "SUSPENDED": "暂停发放",
                         "STOPPED": "已停保", "REJECTED": "不予批准"},
    "urban_rural": {"URBAN": "城市", "RURAL": "农村"},
    "review_class": {"1": "一类（每年复核）", "2": "二类（每半年复核）", "3": "三类（每季度复核）"},
    "sex": {"MALE": "男", "FEMALE": "女"},
    "relation": {"HEAD": "户主", "SPOUSE": "配偶", "CHILD": "子女", "PARENT": "父母", "SIBLING": "兄弟姐妹",
                 "GRANDCHILD": "孙子女", "GRANDPARENT": "祖父母", "OTHER": "其他"},
    "work_capacity": {"FULL": "完全劳动能力", "PARTIAL": "部分劳动能力", "NONE": "无劳动能力"},
    "income_category": {
        "WAGES": "工资性收入", "BUSINESS": "经营净收入", "PROPERTY": "财产净收入", "SUPPORT": "赡养（抚养、扶养）费",
        "PENSION": "养老金", "UNEMPLOYMENT": "失业保险金", "COMPENSATION": "赔偿金", "GIFT": "赠与", "AGRICULTURE": "农业收入",
        "SPECIAL_CARE": "优抚金", "FAMILY_PLANNING_REWARD": "计划生育奖励扶助金", "SCHOLARSHIP": "奖学金、助学金",
        "BRAVERY_AWARD": "见义勇为奖金", "SOCIAL_ASSISTANCE": "社会救助金", "BASIC_RESIDENT_PENSION": "城乡居民基础养老金",
        "ILLNESS_COST": "因病刚性支出", "DISABILITY_COST": "因残刚性支出", "OTHER": "其他"},
    "income_treatment": {"COUNTED": "计入", "EXCLUDED": "不计入", "DEDUCTED": "扣减"},
    "asset_kind": {"DEPOSIT": "存款", "SECURITIES": "有价证券", "INSURANCE": "商业保险", "INTERNET_FINANCE": "互联网金融资产",
                   "VEHICLE": "机动车", "HOUSE": "房产", "BUSINESS": "经营性资产", "CLAIM": "债权", "OTHER": "其他"},
    "application_state": {
        "SUBMITTED": "已申请", "ACCEPTED": "已受理", "RETURNED": "退回补正", "INVESTIGATING": "调查核实",
        "PRECHECK_FAILED": "预审未通过", "DEMOCRATIC_REVIEW": "民主评议", "TOWNSHIP_OPINION": "乡镇审核",
        "NOTICE_1": "乡镇公示", "NOTICE_2": "县级公示", "COUNTY_REVIEW": "县级审批", "APPROVED": "已批准",
        "REJECTED": "不予批准", "TERMINATED": "已终止"},
    "amount_reason": {"APPROVAL": "审批", "RAISE": "提标", "CHANGE": "变更", "GRACE": "渐退"},
    "notice_kind": {"PRE_APPROVAL": "审批前公示", "SECOND": "再次公示", "PUBLICATION": "长期公示"},
    "review_kind": {"SCHEDULED": "定期复核", "MEMBER_EVENT": "成员变动复核", "CHECK_IN": "随访"},
    "life_event": {"DEATH": "死亡", "IMPRISONMENT": "服刑", "HUKOU_MOVE": "户籍迁出"},
    "account_kind": {"YIKATONG": "一卡通", "YICUNTONG": "一存通", "SOCIAL_CARD": "社保卡"},
    "payment_cycle": {"MONTHLY": "按月", "QUARTERLY": "按季"},
    "item_kind": {"BASE": "基本保障金", "GAP": "补差保障金", "EXTRA": "分类施保金", "ONE_OFF": "一次性生活补贴", "PRICE": "物价临时补贴"},
    "roster_state": {"COMPILED": "已编制", "TOWNSHIP_APPROVED": "乡镇已审核", "COUNTY_APPROVED": "县民政已审核",
                     "RELEASED": "已拨付", "SENT_BACK": "已退回"},
    "roster_exception": {"NO_ACCOUNT": "无银行账户", "HOLDER_NOT_MEMBER": "持卡人非家庭成员",
                         "STAFF_HELD_NO_AGREEMENT": "工作人员代管无备案协议"},
    "signoff_step": {"COMPILE": "编制", "TOWNSHIP_APPROVE": "乡镇审核", "COUNTY_APPROVE": "县民政审核", "SEND_BACK": "退回",
                     "RELEASE": "拨付"},
    "batch_kind": {"REGULAR": "正常发放", "SUPPLEMENTARY": "补发"},
    "batch_state": {"AGGREGATED": "已汇总", "RELEASED": "已拨付银行", "ACKNOWLEDGED": "银行已接收"},
    "line_status": {"PENDING": "待回盘", "PAID": "已入账", "FAILED": "失败", "REISSUED": "已补发"},
    "payment_status": {"PAID": "已发放"},
    "failure_reason": {"ACCOUNT_CLOSED": "账户已销户", "NAME_MISMATCH": "户名不符", "FROZEN": "账户冻结", "OTHER": "其他"},
    "ledger_kind": {"ALLOCATION": "资金拨入", "DISBURSEMENT": "拨付银行", "RETURN": "银行退回"},
    "fund_source": {"CENTRAL": "中央", "PROVINCIAL": "省级", "CITY": "市级", "COUNTY": "县级"},
    "finding_status": {"OPEN": "待分派", "ASSIGNED": "核实中", "VERIFIED": "已核实", "RECTIFIED": "已整改", "CLOSED": "已办结"},
    "severity": {"LOW": "低", "MEDIUM": "中", "HIGH": "高"},
    "verdict": {"TRUE_POSITIVE": "属实", "FALSE_POSITIVE": "不属实"},
    "rule": {
        "R01_PUBLIC_EMPLOYEE": "公职人员等未备案", "R02_STATUS_CHANGE": "死亡、婚迁、服刑、迁出未处理",
        "R03_PENSION": "养老金超标", "R04_ASSETS": "车辆、工商或住房超限", "R05_EMPLOYER": "成员为雇主",
        "R06_WAGES": "工资收入超标", "R07_SUPPORT": "赡养费未计入", "R08_WORK_REFUSAL": "连续拒绝就业介绍",
        "R09_CHECK_REFUSAL": "拒绝核对或虚报隐瞒", "R10_SPENDING": "消费明显偏高", "R11_PAID_AFTER_DEATH": "死亡后仍发放",
        "R12_DUPLICATE_IDENTITY": "重复享受", "R13_STAFF_KINSHIP": "经办人员近亲属"},
    "registry_kind": {
        "DEATH": "死亡火化", "MARRIAGE": "婚姻登记", "IMPRISONMENT": "服刑人员", "HUKOU_MOVE": "户籍迁移", "VEHICLE": "机动车",
        "BUSINESS": "工商登记", "PROPERTY": "不动产", "PENSION": "养老金", "WAGE": "工资", "PUBLIC_EMPLOYEE": "公职人员",
        "VILLAGE_CADRE": "村干部", "SUPPORT": "赡养扶养", "WORK_REFERRAL": "就业介绍", "CHECK_REFUSAL": "拒绝核对",
        "SPENDING": "消费记录"},
    "complaint_status": {"RECEIVED": "已受理", "ASSIGNED": "已交办", "VERIFIED": "已核实", "ANSWERED": "已反馈", "CLOSED": "已办结"},
    "visit_result": {"CONFIRMED": "情况属实", "DISCREPANCY": "有出入", "NOT_FOUND": "查无此户"},
    "admin_action": {"admin.sign_in": "登录", "admin.view_personal": "查看个人信息", "admin.export": "导出", "admin.note": "审计意见"},
}

COLUMNS: dict[str, str] = {  # "table.column" (or a column in every table) → its family in LABELS
    "household.status": "household_status", "urban_rural": "urban_rural", "review_class": "review_class", "sex": "sex",
    "relation": "relation", "work_capacity": "work_capacity", "income_item.category": "income_category",
    "income_item.treatment": "income_treatment", "asset_item.kind": "asset_kind", "application.state": "application_state",
    "workflow_step.from_state": "application_state", "workflow_step.to_state": "application_state",
    "case_amount.reason": "amount_reason", "notice.kind": "notice_kind", "review_task.kind": "review_kind",
    "spot_check_item.result": "visit_result", "bank_account.kind": "account_kind", "payment_cycle.cycle": "payment_cycle",
    "roster_item.kind": "item_kind", "subsidy.kind": "item_kind", "roster.state": "roster_state",
    "roster_exception.reason": "roster_exception", "sign_off.step": "signoff_step", "payment_batch.kind": "batch_kind",
    "payment_batch.state": "batch_state", "payment_line.status": "line_status", "payment_line.reason": "failure_reason",
    "payment.status": "payment_status", "ledger_entry.kind": "ledger_kind", "ledger_entry.source": "fund_source",
    "finding.status": "finding_status", "severity": "severity", "verdict": "verdict", "rule": "rule",
    "registry_batch.kind": "registry_kind", "registry_record.kind": "registry_kind", "complaint.status": "complaint_status",
    "sv_household.status": "household_status", "admin_audit_record.action": "admin_action",
}


def labels_for(table: str, column: str) -> dict[str, str]:
    """Code → Chinese name for one column (empty when the column holds no known codes)."""
    family = COLUMNS.get(f"{table}.{column}") or COLUMNS.get(column)
    return LABELS.get(family, {}) if family else {}


def label(family: str, code: object) -> str:
    """The Chinese name of a code, or the code itself when the table has none (never an empty cell)."""
    return LABELS[family].get(str(code), str(code))
