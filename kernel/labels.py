"""The Chinese names of the codes the system stores — 代码名称表: one table for the admin's pages and exports
and for the descriptions of the GraphQL enums, so a code reads the same wherever a person meets it.

A vocabulary is a named set of codes (`relation`: HEAD 户主, SPOUSE 配偶 …). `COLUMNS` says which vocabulary a
stored column holds, by table and column or by column alone; `label` names one code of one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vocabulary:
    """A set of codes with their Chinese names."""

    name: str
    title: str
    terms: dict[str, str]

    def label(self, code: object) -> str:
        """The Chinese name of a code (numbers by their digits); an unknown code as it is."""
        return self.terms.get(str(code), str(code))


def _vocabulary(name: str, title: str, **terms: str) -> Vocabulary:
    return Vocabulary(name, title, dict(terms))


URBAN_RURAL = _vocabulary("urban_rural", "城乡类别", URBAN="城市", RURAL="农村")
HOUSEHOLD_STATUS = _vocabulary(
    "household_status",
    "保障状态",
    APPLYING="申请中",
    ACTIVE="在保",
    GRACE="渐退期",
    SUSPENDED="暂停发放",
    STOPPED="已停保",
    REJECTED="未获批准",
    NEAR_POVERTY="低保边缘",
)
RELATION = _vocabulary(
    "relation",
    "与户主关系",
    HEAD="户主",
    SPOUSE="配偶",
    CHILD="子女",
    PARENT="父母",
    SIBLING="兄弟姐妹",
    GRANDCHILD="孙子女",
    GRANDPARENT="祖父母",
    PARENT_IN_LAW="岳父母/公婆",
    OTHER="其他",
)
SEX = _vocabulary("sex", "性别", MALE="男", FEMALE="女")
WORK_CAPACITY = _vocabulary(
    "work_capacity", "劳动能力", FULL="有劳动能力", PARTIAL="部分丧失劳动能力", NONE="无劳动能力"
)
EXCLUSION_REASON = _vocabulary(
    "exclusion_reason",
    "不计入原因",
    CLERGY_APART="宗教教职人员另居",
    PRISON="服刑",
    COMPULSORY_REHAB="强制隔离戒毒",
    MISSING="失踪",
    LIVES_APART="长期在外另居",
    HUKOU_MOVED="户籍迁出",
    PROVINCIAL_RULE="省规定情形",
    SINGLE_PERSON_ROUTE="单人户施保",
    DECEASED="死亡",
)
DISABILITY_KIND = _vocabulary(
    "disability_kind",
    "残疾类别",
    VISUAL="视力残疾",
    HEARING="听力残疾",
    SPEECH="言语残疾",
    PHYSICAL="肢体残疾",
    INTELLECTUAL="智力残疾",
    MENTAL="精神残疾",
    MULTIPLE="多重残疾",
)
INCOME_CATEGORY = _vocabulary(
    "income_category",
    "收入类别",
    WAGES="工资性收入",
    BUSINESS="家庭经营净收入",
    PROPERTY="财产净收入",
    SUPPORT="赡养（扶养、抚养）费",
    PENSION="养老金",
    UNEMPLOYMENT="失业保险金",
    COMPENSATION="赔偿金",
    GIFT="赠与",
    AGRICULTURE="农业生产收入",
    SPECIAL_CARE="优抚对象抚恤补助",
    FAMILY_PLANNING_REWARD="计划生育奖励扶助",
    SCHOLARSHIP="奖学金、助学金",
    BRAVERY_AWARD="见义勇为奖金",
    SOCIAL_ASSISTANCE="社会救助金",
    BASIC_RESIDENT_PENSION="城乡居民基础养老金",
    ILLNESS_COST="重病医疗刚性支出",
    DISABILITY_COST="残疾刚性支出",
    OTHER="其他",
)
TREATMENT = _vocabulary("treatment", "计算处理", COUNTED="计入", EXCLUDED="不计入", DEDUCTED="扣减")
ASSET_KIND = _vocabulary(
    "asset_kind",
    "财产类别",
    DEPOSIT="存款",
    SECURITIES="有价证券",
    INSURANCE="商业保险",
    INTERNET_FINANCE="互联网金融资产",
    VEHICLE="机动车辆",
    HOUSE="房屋",
    BUSINESS="工商登记",
    CLAIM="债权",
    OTHER="其他",
)
APPLICATION_STATE = _vocabulary(
    "application_state",
    "办理环节",
    SUBMITTED="已申请",
    ACCEPTED="已受理",
    RETURNED="已退回补正",
    INVESTIGATING="调查核实",
    PRECHECK_FAILED="初核不符",
    DEMOCRATIC_REVIEW="民主评议",
    TOWNSHIP_OPINION="乡镇审核意见",
    NOTICE_1="审核公示",
    NOTICE_2="第二次公示",
    COUNTY_REVIEW="县级审批",
    APPROVED="已批准",
    REJECTED="不予批准",
    TERMINATED="已终止",
    WITHDRAWN="已撤回",
)
APPLICATION_KIND = _vocabulary("application_kind", "申请类型", NEW="新申请", RENEWAL="续保申请")
CHANNEL = _vocabulary(
    "channel",
    "渠道",
    IN_PERSON="窗口申请",
    PROXY="代为申请",
    ONLINE="网上申请",
    PROACTIVE="主动发现",
    HOTLINE="12349热线",
    LETTER="来信",
    VISIT="来访",
    WEB="网络",
    api="接口",
    admin="管理后台",
)
AMOUNT_REASON = _vocabulary(
    "amount_reason",
    "金额变动原因",
    APPROVAL="审批核定",
    RAISE="提标",
    CHANGE="动态调整",
    GRACE="渐退",
    INCREASE="调增",
    REDUCE="调减",
    STOP="停发",
    KEEP="维持",
)
DECISION_KIND = _vocabulary(
    "decision_kind",
    "决定类型",
    APPROVE="批准",
    REJECT="不予批准",
    INCREASE="增发",
    REDUCE="减发",
    STOP="停发",
    KEEP="维持",
    GRACE_EXIT="渐退",
    SUSPEND="暂停",
    RESUME="恢复",
)
NOTICE_KIND = _vocabulary(
    "notice_kind", "公示类型", PRE_APPROVAL="审批前公示", SECOND="第二次公示", PUBLICATION="长期公示"
)
LIFE_EVENT = _vocabulary("life_event", "人员变动", DEATH="死亡", IMPRISONMENT="服刑", HUKOU_MOVE="户籍迁出")
REVIEW_KIND = _vocabulary(
    "review_kind", "复核类型", SCHEDULED="定期复核", MEMBER_EVENT="人员变动复核", CHECK_IN="入户回访复核"
)
REVIEW_OUTCOME = _vocabulary(
    "review_outcome", "复核结果", KEEP="维持", INCREASE="增发", REDUCE="减发", STOP="停发", GRACE_EXIT="渐退"
)
CHANGE_KIND = _vocabulary(
    "change_kind",
    "变更类型",
    REGISTERED="登记",
    ADDED="新增",
    UPDATED="修改",
    REMOVED="删除",
    DELETED="删除",
    STATUS_CHANGED="状态变更",
    AMOUNT_CHANGED="金额变更",
    MEMBER_EVENT="人员变动",
    REVIEWED="复核",
    REOPENED="提前复核",
    SUSPENDED="暂停发放",
    DECIDED="审批决定",
    FILED="备案",
    SET="设定",
)
ENTITY = _vocabulary(
    "entity",
    "对象类型",
    Household="家庭",
    Person="家庭成员",
    Application="申请",
    Decision="决定",
    Standard="保障标准",
    Roster="花名册",
    PaymentBatch="代发批次",
    Finding="核查线索",
    Complaint="举报",
    Campaign="专项行动",
    Region="行政区划",
)
REGION_LEVEL = _vocabulary(
    "region_level", "层级", province="省", city="市", county="县（区）", township="乡镇（街道）", village="村（社区）"
)
ACCOUNT_KIND = _vocabulary("account_kind", "账户类型", YIKATONG="一卡通", YICUNTONG="一存通", SOCIAL_CARD="社保卡")
PAYMENT_STATUS = _vocabulary(
    "payment_status", "发放状态", PENDING="待发放", PAID="已发放", FAILED="发放失败", REISSUED="已补发"
)
PAYMENT_CYCLE = _vocabulary("payment_cycle", "发放周期", MONTHLY="按月", QUARTERLY="按季")
SUBSIDY_KIND = _vocabulary("subsidy_kind", "补贴类型", ONE_OFF="一次性生活补贴", PRICE="物价临时补贴")
ROSTER_STATE = _vocabulary(
    "roster_state",
    "花名册状态",
    COMPILED="已编制",
    TOWNSHIP_APPROVED="乡镇已审核",
    COUNTY_APPROVED="县民政已审核",
    RELEASED="已拨付",
    SENT_BACK="已退回",
)
ROSTER_ITEM_KIND = _vocabulary(
    "roster_item_kind",
    "发放项目",
    BASE="基本保障金",
    GAP="补差保障金",
    EXTRA="分类施保金",
    ONE_OFF="一次性生活补贴",
    PRICE="物价临时补贴",
)
ROSTER_EXCEPTION = _vocabulary(
    "roster_exception",
    "例外原因",
    NO_ACCOUNT="无发放账户",
    HOLDER_NOT_MEMBER="持卡人非家庭成员",
    STAFF_HELD_NO_AGREEMENT="代管账户无协议",
)
SIGN_OFF_STEP = _vocabulary(
    "sign_off_step",
    "签批环节",
    COMPILE="编制",
    TOWNSHIP_APPROVE="乡镇审核",
    COUNTY_APPROVE="县民政审核",
    SEND_BACK="退回",
    RELEASE="县财政拨付",
)
BATCH_STEP = _vocabulary("batch_step", "批次环节", AGGREGATE="汇总成批", REISSUE="补发成批")
BATCH_KIND = _vocabulary("batch_kind", "批次类型", REGULAR="正常发放", SUPPLEMENTARY="补发")
BATCH_STATE = _vocabulary(
    "batch_state", "批次状态", AGGREGATED="已汇总", RELEASED="已下达银行", ACKNOWLEDGED="银行已接收"
)
FAILURE_REASON = _vocabulary(
    "failure_reason", "失败原因", ACCOUNT_CLOSED="账户已销户", NAME_MISMATCH="户名不符", FROZEN="账户冻结", OTHER="其他"
)
LEDGER_KIND = _vocabulary("ledger_kind", "资金类型", ALLOCATION="资金下达", DISBURSEMENT="资金支出", RETURN="资金退回")
FUND_SOURCE = _vocabulary("fund_source", "资金来源", CENTRAL="中央", PROVINCIAL="省级", CITY="市级", COUNTY="县级")
FINDING_STATUS = _vocabulary(
    "finding_status",
    "线索状态",
    OPEN="待核实",
    ASSIGNED="已交办",
    VERIFIED="已核实",
    RECTIFIED="已整改",
    CLOSED="已办结",
)
SEVERITY = _vocabulary("severity", "严重程度", LOW="低", MEDIUM="中", HIGH="高")
VERDICT = _vocabulary("verdict", "核实结论", TRUE_POSITIVE="属实", FALSE_POSITIVE="不属实")
CAMPAIGN_OUTCOME = _vocabulary(
    "campaign_outcome", "核查结论", MAINTAIN="维持", INCREASE="调增", DECREASE="调减", STOP="停发"
)
SPOT_CHECK_RESULT = _vocabulary(
    "spot_check_result", "抽查结果", CONFIRMED="相符", DISCREPANCY="不符", NOT_FOUND="未找到"
)
COMPLAINT_STATUS = _vocabulary(
    "complaint_status",
    "办理状态",
    RECEIVED="已受理",
    ASSIGNED="已交办",
    VERIFIED="已核实",
    ANSWERED="已反馈",
    CLOSED="已办结",
)
REGISTRY_KIND = _vocabulary(
    "registry_kind",
    "数据类别",
    DEATH="死亡火化",
    MARRIAGE="婚姻登记",
    IMPRISONMENT="服刑人员",
    HUKOU_MOVE="户籍迁移",
    VEHICLE="车辆登记",
    BUSINESS="工商登记",
    PROPERTY="不动产登记",
    PENSION="养老金",
    WAGE="工资社保缴费",
    PUBLIC_EMPLOYEE="公职及国企人员",
    VILLAGE_CADRE="村（社区）干部",
    SUPPORT="赡养扶养抚养",
    WORK_REFERRAL="就业介绍",
    CHECK_REFUSAL="拒绝核对或虚报",
    SPENDING="消费支出",
    DEPOSIT="存款",
    TAX="纳税",
    INSURANCE="商业保险",
    HOUSING_FUND="住房公积金",
)
INSPECTION_RULE = _vocabulary(
    "inspection_rule",
    "核查规则",
    R01_PUBLIC_EMPLOYEE="公职人员、国企职工、村干部或近亲属备案",
    R02_STATUS_CHANGE="死亡、婚迁、服刑、户籍迁出未处理",
    R03_PENSION="养老金使人均收入达到标准",
    R04_ASSETS="车辆、工商登记或住房超限",
    R05_EMPLOYER="成员为雇主",
    R06_WAGES="工资使人均收入达到标准",
    R07_SUPPORT="赡养扶养费未计入",
    R08_WORK_REFUSAL="连续拒绝就业介绍",
    R09_CHECK_REFUSAL="拒绝核对或虚报隐瞒",
    R10_SPENDING="消费明显高于标准",
    R11_PAID_AFTER_DEATH="死亡后仍发放",
    R12_DUPLICATE_IDENTITY="同一账户或身份证号在多个在保家庭",
    R13_STAFF_KINSHIP="审批人与保障对象有近亲属关系",
)
USER_KIND = _vocabulary(
    "user_kind", "用户类型", USER="工作人员", MACHINE="系统接口", user="工作人员", machine="系统接口"
)
ROUNDING = _vocabulary(
    "rounding",
    "舍入方式",
    ROUND_HALF_UP="四舍五入",
    ROUND_UP="向上进位",
    ROUND_DOWN="向下舍去",
    ROUND_CEILING="向上进位",
    ROUND_FLOOR="向下舍去",
    ROUND_HALF_EVEN="四舍六入五成双",
)
PANEL_ROLE = _vocabulary(
    "panel_role",
    "评议身份",
    VILLAGE_CADRE="村（居）委会干部",
    VILLAGER_REPRESENTATIVE="村（居）民代表",
    PARTY_MEMBER="党员代表",
    TOWNSHIP_STAFF="乡镇工作人员",
    DEPUTY_DIRECTOR="分管局长",
    CENTRE_DIRECTOR="低保中心主任",
    INVESTIGATOR="调查人员",
    COMMITTEE_MEMBER="评审委员会委员",
    OTHER="其他",
)
EXTRA_TARGET = _vocabulary(
    "extra_target",
    "分类施保对象",
    SEVERE_DISABILITY="重度残疾人",
    DISABILITY="残疾人",
    SERIOUS_ILLNESS="重病患者",
    ELDERLY="老年人",
    ELDERLY_80="80岁以上老人",
    MINOR="未成年人",
    CLASS_RAISE="分类提标",
)
PROGRAMME = _vocabulary(
    "programme",
    "救助项目",
    DIBAO="最低生活保障",
    NEAR_POVERTY="低保边缘",
    EXTREME_POVERTY="特困供养",
    TEMPORARY_ASSISTANCE="临时救助",
)
VOTE = _vocabulary("vote", "表决", FOR="赞成", AGAINST="反对", ABSTAIN="弃权")
PANEL_KIND = _vocabulary(
    "panel_kind", "评议方式", DEMOCRATIC_REVIEW="民主评议", JOINT_REVIEW="县级会审", COMMITTEE_REVIEW="评审委员会审议"
)
PANEL_RESULT = _vocabulary("panel_result", "评议结果", PASSED="通过", NOT_PASSED="未通过")
CASE_FILE_KIND = _vocabulary(
    "case_file_kind",
    "档案条目",
    STEP="办理环节",
    ENTRY_CHECK="逢进必核",
    NOTICE="公示",
    OBJECTION="异议",
    EXTENSION="延期",
    DECISION="决定",
    AMOUNT="保障金额",
    CHECK_IN="续保签到",
    HOME_VISIT="入户调查",
    VISIT_DRAW="抽查入户",
    DOOR_PLATE="挂牌",
)
VISIT_KIND = _vocabulary("visit_kind", "入户类型", INVESTIGATION="乡镇入户调查", COUNTY="县级入户核查")
HOUSING_TYPE = _vocabulary(
    "housing_type", "住房性质", OWN="自有住房", RENTED="租住", BORROWED="借住", PUBLIC_RENTAL="公租房", OTHER="其他"
)
HOUSING_CONDITION = _vocabulary(
    "housing_condition", "住房状况", GOOD="完好", FAIR="一般", POOR="较差", DANGEROUS="危房"
)
ASSET_SEEN = _vocabulary(
    "asset_seen", "所见财产", VEHICLE="车辆", APPLIANCE="家用电器", LIVESTOCK="牲畜", MACHINERY="农机具", OTHER="其他"
)
REVIEW_CLASS = _vocabulary("review_class", "分类", **{"1": "一类", "2": "二类", "3": "三类"})
DISABILITY_GRADE = _vocabulary("disability_grade", "残疾等级", **{"1": "一级", "2": "二级", "3": "三级", "4": "四级"})
ROLE = _vocabulary(
    "role",
    "角色",
    village_assistant="村协理员",
    township_officer="乡镇民政专干",
    township_leader="乡镇分管领导",
    county_approver="县民政局审批",
    county_finance="县财政",
    county_auditor="县审计",
    municipal_officer="市民政局",
    supervision_inspector="监察局",
    bank_client="银行/信用社",
    system_admin="系统管理员",
    service_households="户籍与家庭服务",
    service_disbursement="资金发放服务",
    service_supervision="监督检查服务",
    gateway="网关",
)

VOCABULARIES: dict[str, Vocabulary] = {v.name: v for v in globals().copy().values() if isinstance(v, Vocabulary)}

COLUMNS: dict[tuple[str, str], Vocabulary] = {
    ("*", "urban_rural"): URBAN_RURAL,
    ("*", "relation"): RELATION,
    ("*", "sex"): SEX,
    ("*", "work_capacity"): WORK_CAPACITY,
    ("*", "excluded_reason"): EXCLUSION_REASON,
    ("*", "disability_kind"): DISABILITY_KIND,
    ("*", "treatment"): TREATMENT,
    ("*", "channel"): CHANNEL,
    ("*", "severity"): SEVERITY,
    ("*", "verdict"): VERDICT,
    ("*", "rule"): INSPECTION_RULE,
    ("*", "role"): ROLE,
    ("*", "level"): REGION_LEVEL,
    ("*", "from_state"): APPLICATION_STATE,
    ("*", "to_state"): APPLICATION_STATE,
    ("*", "entity"): ENTITY,
    ("household", "status"): HOUSEHOLD_STATUS,
    ("sv_household", "status"): HOUSEHOLD_STATUS,
    ("township_tally", "status"): HOUSEHOLD_STATUS,
    ("township_tally_change", "status"): HOUSEHOLD_STATUS,
    ("income_item", "category"): INCOME_CATEGORY,
    ("asset_item", "kind"): ASSET_KIND,
    ("application", "state"): APPLICATION_STATE,
    ("application", "kind"): APPLICATION_KIND,
    ("case_amount", "reason"): AMOUNT_REASON,
    ("decision", "kind"): DECISION_KIND,
    ("sv_decision", "kind"): DECISION_KIND,
    ("notice", "kind"): NOTICE_KIND,
    ("registry_basis", "kind"): LIFE_EVENT,
    ("review_task", "kind"): REVIEW_KIND,
    ("review_task", "outcome"): REVIEW_OUTCOME,
    ("change_event", "kind"): CHANGE_KIND,
    ("bank_account", "kind"): ACCOUNT_KIND,
    ("payment", "status"): PAYMENT_STATUS,
    ("payment_line", "status"): PAYMENT_STATUS,
    ("payment_line", "reason"): FAILURE_REASON,
    ("payment_cycle", "cycle"): PAYMENT_CYCLE,
    ("subsidy", "kind"): SUBSIDY_KIND,
    ("roster", "state"): ROSTER_STATE,
    ("roster_item", "kind"): ROSTER_ITEM_KIND,
    ("roster_exception", "reason"): ROSTER_EXCEPTION,
    ("sign_off", "step"): SIGN_OFF_STEP,
    ("payment_batch", "kind"): BATCH_KIND,
    ("payment_batch", "state"): BATCH_STATE,
    ("ledger_entry", "kind"): LEDGER_KIND,
    ("ledger_entry", "source"): FUND_SOURCE,
    ("finding", "status"): FINDING_STATUS,
    ("spot_check_item", "result"): SPOT_CHECK_RESULT,
    ("campaign_visit", "outcome"): CAMPAIGN_OUTCOME,
    ("complaint", "status"): COMPLAINT_STATUS,
    ("registry_batch", "kind"): REGISTRY_KIND,
    ("registry_record", "kind"): REGISTRY_KIND,
    ("entry_check_hit", "kind"): REGISTRY_KIND,
    ("auth_user", "kind"): USER_KIND,
    ("kinship_filing", "relation"): RELATION,
    ("sv_kinship", "relation"): RELATION,
    ("panel_review", "kind"): PANEL_KIND,
    ("panel_review", "result"): PANEL_RESULT,
    ("*", "vote"): VOTE,
    ("home_visit", "kind"): VISIT_KIND,
    ("*", "housing_type"): HOUSING_TYPE,
    ("*", "housing_condition"): HOUSING_CONDITION,
    ("*", "review_class"): REVIEW_CLASS,
    ("*", "programme"): PROGRAMME,
    ("*", "disability_grade"): DISABILITY_GRADE,
}
"""Which vocabulary a stored column holds: (table, column), or ("*", column) for every table."""


def column_vocabulary(table: str, column: str) -> Vocabulary | None:
    return COLUMNS.get((table, column)) or COLUMNS.get(("*", column))


def _any_code() -> dict[str, str]:
    found: dict[str, str] = {}
    for vocabulary in VOCABULARIES.values():
        for code, name in vocabulary.terms.items():
            found.setdefault(code, name)
    return found


ANY_CODE = _any_code()
"""Every code's name where no column says its vocabulary (inside a recorded change): the first vocabulary's."""


def code_label(code: str) -> str:
    return ANY_CODE.get(code, code)


# --- actions: permissions and audit records ("households.application.accept", "admin.view_personal") ---------

SUBJECTS = {
    "households": "户籍与家庭",
    "disbursement": "资金发放",
    "supervision": "监督检查",
    "admin": "管理后台",
    "programme": "救助项目",
    "authz": "用户与权限",
    "gateway": "网关",
    "federation": "联邦",
    "internal": "内部同步",
    "region": "区划",
    "household": "家庭",
    "person": "家庭成员",
    "member": "家庭成员",
    "income": "收入",
    "asset": "财产",
    "health": "健康信息",
    "kinship": "亲属备案",
    "application": "申请",
    "investigation": "入户调查",
    "case": "保障对象",
    "checkin": "入户回访",
    "policy": "政策配置",
    "standard": "保障标准",
    "notice": "公示",
    "stats": "统计",
    "entitlement": "待遇",
    "feed": "变更数据",
    "registry": "登记数据",
    "registry_events": "登记人员变动",
    "account": "发放账户",
    "payment": "发放记录",
    "cycle": "发放周期",
    "subsidy": "补贴",
    "roster": "花名册",
    "transfer": "资金拨付",
    "batch": "代发批次",
    "ledger": "资金台账",
    "finding": "核查线索",
    "complaint": "举报",
    "campaign": "专项行动",
    "spotcheck": "抽查",
    "inspection": "核查规则",
    "parameter": "核查参数",
    "projection": "家庭数据同步",
    "user": "用户",
    "role": "角色",
    "session": "会话",
    "audit": "审计记录",
    "note": "审计意见",
    "visit": "入户调查表",
    "visitphoto": "入户照片",
    "visitdraw": "抽查入户",
    "doorplate": "挂牌",
    "query_plan": "查询计划",
    "introspect": "结构查询",
    "sdl": "结构描述",
}
VERBS = {
    "read": "查看",
    "read_sensitive": "查看敏感信息",
    "read_reporter": "查看举报人",
    "register": "登记",
    "edit": "修改",
    "file": "备案",
    "submit": "提交",
    "accept": "受理",
    "record": "登记",
    "review": "审核",
    "sign": "签署意见",
    "decide": "审批",
    "event": "变动登记",
    "set": "设置",
    "write": "写入",
    "compile": "编制",
    "approve": "审核通过",
    "send_back": "退回",
    "confirm": "确认",
    "acknowledge": "确认接收",
    "post_results": "回盘",
    "assign": "交办",
    "close": "办结",
    "feedback": "反馈",
    "handle": "办理",
    "verify": "核实",
    "rectify": "整改",
    "configure": "配置",
    "run": "运行",
    "sync": "同步",
    "import": "导入",
    "draw": "抽取",
    "manage": "管理",
    "publish": "公布",
    "visit": "走访",
    "renew": "续保",
    "create": "新建",
    "update": "修改",
    "delete": "删除",
    "add": "添加",
    "activate": "启用",
    "disable": "停用",
    "grant": "授予",
    "revoke": "收回",
    "sign_in": "登录",
    "sign_out": "退出登录",
    "refresh_reused": "刷新令牌被重用",
    "view_personal": "查看个人信息",
    "enrol": "认定",
    "end": "终止",
    "export": "导出",
    "access": "访问",
    "reload": "重新组合",
    "query_plan": "查看查询计划",
    "introspect": "结构查询",
    "sdl": "读取结构",
    "upload": "上传",
    "hang": "挂牌",
    "remove": "摘牌",
}


def action_label(code: str) -> str:
    """ "households.application.accept" → "申请·受理"; the code itself when a part is unknown."""
    parts = [part for part in code.split(".") if part]
    if not parts:
        return code
    *subjects, verb = parts
    if not subjects and verb in SUBJECTS:
        return SUBJECTS[verb]
    if not subjects:  # a workflow step recorded as the action (TOWNSHIP_APPROVE, RELEASE, AGGREGATE …)
        return code_label(verb)
    if verb not in VERBS or not all(part in SUBJECTS for part in subjects):
        return code
    subject = SUBJECTS[subjects[-1]] if subjects else ""
    return f"{subject}·{VERBS[verb]}" if subject else VERBS[verb]
