from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL /* 名称 \/ name */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "starts_on" DATE NOT NULL /* 开始 \/ starts on */,
    "ends_on" DATE NOT NULL /* 结束 \/ ends on */,
    "phases" JSON NOT NULL /* 阶段 \/ phases with dates */,
    "created_by" VARCHAR(64) NOT NULL /* 创建人 \/ created by */,
    "created_at" TIMESTAMP NOT NULL /* 创建时间 \/ created at */
) /* Campaign — 专项治理\/核查清理（回头看）: phases over a region, every household visited. */;
CREATE INDEX IF NOT EXISTS "idx_campaign_region__a4d5f2" ON "campaign" ("region_code");
        CREATE TABLE IF NOT EXISTS "campaign_visit" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "campaign_id" BIGINT NOT NULL /* 专项行动 \/ campaign */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "visited_on" DATE NOT NULL /* 入户日期 \/ visited on */,
    "visitor" VARCHAR(64) NOT NULL /* 核查人 \/ visitor */,
    "all_members_seen" INT NOT NULL /* 人人见面 \/ every member seen */,
    "notes" TEXT NOT NULL /* 记录 \/ notes */,
    CONSTRAINT "uid_campaign_vi_campaig_1f6a09" UNIQUE ("campaign_id", "household_id")
) /* A household visited in a campaign (家家登门、户户核实、人人见面). */;
CREATE INDEX IF NOT EXISTS "idx_campaign_vi_campaig_ac0dec" ON "campaign_visit" ("campaign_id");
CREATE INDEX IF NOT EXISTS "idx_campaign_vi_region__7b5a04" ON "campaign_visit" ("region_code");
        CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "received_on" DATE NOT NULL /* 受理日期 \/ received on */,
    "channel" VARCHAR(16) NOT NULL /* 渠道 \/ channel */,
    "anonymous" INT NOT NULL /* 匿名 \/ anonymous */,
    "reporter_name" VARCHAR(50) NOT NULL /* 举报人 \/ reporter (supervision only) */,
    "reporter_phone" VARCHAR(20) NOT NULL /* 联系电话 \/ reporter phone (supervision only) */,
    "household_id" BIGINT /* 涉及家庭 \/ household concerned */,
    "staff_username" VARCHAR(64) NOT NULL /* 涉及工作人员 \/ staff member concerned */,
    "content" TEXT NOT NULL /* 举报内容 \/ what was reported */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "assigned_to" VARCHAR(12) /* 交办乡镇 \/ township assigned */,
    "substantiated" INT /* 情况属实 \/ substantiated */,
    "verification" TEXT NOT NULL /* 核实情况 \/ verification */,
    "feedback_due" DATE /* 反馈期限 \/ feedback due */,
    "feedback" TEXT NOT NULL /* 反馈内容 \/ feedback to the reporter */,
    "feedback_on" DATE /* 反馈日期 \/ feedback given on */,
    "registered_by" VARCHAR(64) NOT NULL /* 登记人 \/ registered by */
) /* Complaint — 12349 举报: real-name or anonymous, verified, and answered to real-name reporters. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_region__6f559e" ON "complaint" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_complaint_househo_e9ed5f" ON "complaint" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_complaint_status_6c3aef" ON "complaint" ("status");
CREATE INDEX IF NOT EXISTS "idx_complaint_feedbac_f2b2ee" ON "complaint" ("feedback_due");
        CREATE TABLE IF NOT EXISTS "sv_feed_cursor" (
    "feed" VARCHAR(32) NOT NULL PRIMARY KEY /* 数据源 \/ feed */,
    "cursor" VARCHAR(64) /* 游标 \/ last applied cursor */,
    "applied" BIGINT NOT NULL /* 已应用条数 \/ items applied */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 \/ updated at */
) /* Where the projection stands in a feed, so a restart resumes there. */;
        CREATE TABLE IF NOT EXISTS "inspection_parameter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "name" VARCHAR(32) NOT NULL /* 参数 \/ parameter */,
    "value" VARCHAR(40) NOT NULL /* 取值 \/ value */,
    "effective_from" DATE NOT NULL /* 生效日期 \/ effective from */,
    "set_by" VARCHAR(64) NOT NULL /* 设置人 \/ set by */,
    "set_at" TIMESTAMP NOT NULL /* 设置时间 \/ set at */,
    CONSTRAINT "uid_inspection__region__a5d902" UNIQUE ("region_code", "name", "effective_from")
) /* Rule parameter — 核查参数: a standard or threshold set for a region from a date (the most specific region wins). */;
CREATE INDEX IF NOT EXISTS "idx_inspection__region__934af4" ON "inspection_parameter" ("region_code");
        CREATE TABLE IF NOT EXISTS "sv_paid_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "cursor" VARCHAR(64) NOT NULL UNIQUE /* 游标 \/ feed cursor */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period */,
    "last_month_start" DATE NOT NULL /* 期间末月首日 \/ first day of the period's last month */,
    "amount" VARCHAR(40) NOT NULL /* 金额 \/ amount */,
    "paid_on" DATE /* 入账日期 \/ paid on */,
    "account_number" VARCHAR(32) NOT NULL /* 入账账号 \/ account */
) /* A paid roster line (发放明细) as disbursement reported it. */;
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_househo_2f2819" ON "sv_paid_line" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_region__aac88c" ON "sv_paid_line" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_account_417f99" ON "sv_paid_line" ("account_number");
        CREATE TABLE IF NOT EXISTS "sv_decision" (
    "decision_id" BIGINT NOT NULL PRIMARY KEY /* 决定编号 \/ decision id */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "kind" VARCHAR(16) NOT NULL /* 类别 \/ kind */,
    "amount" VARCHAR(40) /* 金额 \/ amount */,
    "decided_by" VARCHAR(64) NOT NULL /* 决定人 \/ decided by */,
    "decided_on" DATE /* 决定日期 \/ decided on */
) /* A county decision (审核确认、增发减发停发) on a household. */;
CREATE INDEX IF NOT EXISTS "idx_sv_decision_househo_a809b2" ON "sv_decision" ("household_id");
        CREATE TABLE IF NOT EXISTS "sv_household" (
    "household_id" BIGINT NOT NULL PRIMARY KEY /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "urban_rural" VARCHAR(8) NOT NULL /* 城乡类别 \/ URBAN or RURAL */,
    "review_class" SMALLINT /* 分类 \/ review class */,
    "monthly_amount" VARCHAR(40) /* 月保障金 \/ monthly amount */,
    "effective_month" VARCHAR(7) NOT NULL /* 起始月份 \/ effective month */,
    "approved_by" VARCHAR(64) NOT NULL /* 审批人 \/ approved by */
) /* A household as the change feed last described it. */;
CREATE INDEX IF NOT EXISTS "idx_sv_househol_region__e71316" ON "sv_household" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_sv_househol_status_74c626" ON "sv_household" ("status");
        CREATE TABLE IF NOT EXISTS "sv_kinship" (
    "filing_id" BIGINT NOT NULL PRIMARY KEY /* 备案编号 \/ filing id */,
    "person_id" BIGINT /* 成员编号 \/ member id */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "staff_username" VARCHAR(64) NOT NULL /* 工作人员账号 \/ staff username */,
    "staff_name" VARCHAR(50) NOT NULL /* 工作人员姓名 \/ staff name */,
    "relation" VARCHAR(16) NOT NULL /* 亲属关系 \/ relation */
) /* A kinship filing (近亲属备案) linking a member to a staff member or cadre. */;
CREATE INDEX IF NOT EXISTS "idx_sv_kinship_househo_11516b" ON "sv_kinship" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_kinship_staff_u_c3a67e" ON "sv_kinship" ("staff_username");
        CREATE TABLE IF NOT EXISTS "sv_person" (
    "person_id" BIGINT NOT NULL PRIMARY KEY /* 成员编号 \/ member id */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "id_number" VARCHAR(18) NOT NULL /* 身份证号码 \/ ID number */,
    "name" VARCHAR(50) NOT NULL /* 姓名 \/ name */,
    "relation" VARCHAR(16) NOT NULL /* 与户主关系 \/ relation */,
    "counted" INT NOT NULL /* 计入家庭成员 \/ counted member */,
    "deceased_on" DATE /* 死亡日期 \/ deceased on */
) /* A member as the change feed last described it. */;
CREATE INDEX IF NOT EXISTS "idx_sv_person_househo_907276" ON "sv_person" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_person_id_numb_09b07b" ON "sv_person" ("id_number");
        CREATE TABLE IF NOT EXISTS "registry_batch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* 数据类别 \/ registry kind */,
    "version" INT NOT NULL /* 版本 \/ version within the kind */,
    "file_name" VARCHAR(255) NOT NULL /* 文件名 \/ file name */,
    "file_sha256" VARCHAR(64) NOT NULL /* 文件摘要 \/ SHA-256 of the file */,
    "encoding" VARCHAR(16) NOT NULL /* 文件编码 \/ detected encoding */,
    "rows_read" INT NOT NULL /* 读取行数 \/ rows read */,
    "rows_loaded" INT NOT NULL /* 入库行数 \/ rows loaded */,
    "rows_duplicate" INT NOT NULL /* 重复行数 \/ rows already present */,
    "rows_rejected" INT NOT NULL /* 拒收行数 \/ rows rejected */,
    "unknown_columns" JSON /* 未识别列 \/ columns kept in detail but not understood */,
    "imported_by" VARCHAR(64) NOT NULL /* 导入人 \/ imported by */,
    "imported_at" TIMESTAMP NOT NULL /* 导入时间 \/ imported at */,
    CONSTRAINT "uid_registry_ba_kind_c7edc1" UNIQUE ("kind", "file_sha256"),
    CONSTRAINT "uid_registry_ba_kind_abec1a" UNIQUE ("kind", "version")
) /* Registry batch — 比对数据批次: one imported file of one kind, versioned; the same file twice is one batch. */;
CREATE INDEX IF NOT EXISTS "idx_registry_ba_kind_d2d8d4" ON "registry_batch" ("kind");
        CREATE TABLE IF NOT EXISTS "registry_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_id" BIGINT NOT NULL /* 批次 \/ batch */,
    "kind" VARCHAR(16) NOT NULL /* 数据类别 \/ registry kind */,
    "id_number" VARCHAR(18) NOT NULL /* 身份证号码 \/ ID number */,
    "name" VARCHAR(50) NOT NULL /* 姓名 \/ name */,
    "event_date" DATE /* 事件日期 \/ event date (death, registration, month…) */,
    "end_date" DATE /* 截止日期 \/ end date */,
    "amount" VARCHAR(40) /* 金额或数量 \/ amount (yuan) or area */,
    "quantity" INT /* 人数 \/ count (employees) */,
    "flag" INT /* 标志 \/ flag (commercial vehicle, refused…) */,
    "reference" VARCHAR(64) NOT NULL /* 证照号或类别 \/ licence, plate or category */,
    "counterpart_id" VARCHAR(18) NOT NULL /* 关联人身份证 \/ related person's ID number */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "detail" JSON /* 其他列 \/ other columns as read */,
    "row_hash" VARCHAR(32) NOT NULL /* 行摘要 \/ digest of the normalised row */,
    CONSTRAINT "uid_registry_re_kind_2deecd" UNIQUE ("kind", "row_hash")
) /* Registry record — 比对记录: one row of an external registry, normalised to a few typed columns. */;
CREATE INDEX IF NOT EXISTS "idx_registry_re_batch_i_e9b510" ON "registry_record" ("batch_id");
CREATE INDEX IF NOT EXISTS "idx_registry_re_counter_fb298f" ON "registry_record" ("counterpart_id");
CREATE INDEX IF NOT EXISTS "idx_registry_re_id_numb_7e5ceb" ON "registry_record" ("id_number", "kind");
        CREATE TABLE IF NOT EXISTS "registry_rejection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_id" BIGINT NOT NULL /* 批次 \/ batch */,
    "row_number" INT NOT NULL /* 行号 \/ row number in the file */,
    "field" VARCHAR(32) NOT NULL /* 字段 \/ column at fault */,
    "code" VARCHAR(32) NOT NULL /* 错误代码 \/ error code */,
    "reason" VARCHAR(255) NOT NULL /* 原因 \/ reason (zh and en) */,
    "row" JSON /* 原始内容 \/ the row as read */
) /* Rejected row — 拒收记录: a row that did not load, kept as read with the reason, so nothing is lost. */;
CREATE INDEX IF NOT EXISTS "idx_registry_re_batch_i_11bc63" ON "registry_rejection" ("batch_id");
        CREATE TABLE IF NOT EXISTS "spot_check" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 抽查区划 \/ region sampled */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period of the approvals */,
    "share" VARCHAR(40) NOT NULL /* 抽查比例 \/ share drawn */,
    "seed" BIGINT NOT NULL /* 随机种子 \/ random seed */,
    "inspectors" JSON NOT NULL /* 检查人员 \/ inspectors drawn from */,
    "population" INT NOT NULL /* 新批准户数 \/ new approvals in the period */,
    "drawn_by" VARCHAR(64) NOT NULL /* 抽取人 \/ drawn by */,
    "drawn_at" TIMESTAMP NOT NULL /* 抽取时间 \/ drawn at */,
    "published_at" TIMESTAMP /* 公开时间 \/ published at */,
    "summary" JSON /* 结果汇总 \/ published summary */
) /* Spot check — 双随机抽查: a seeded, township-stratified sample of a period's new approvals. */;
CREATE INDEX IF NOT EXISTS "idx_spot_check_region__ad67f5" ON "spot_check" ("region_code");
        CREATE TABLE IF NOT EXISTS "spot_check_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "spot_check_id" BIGINT NOT NULL /* 抽查 \/ spot check */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "inspector" VARCHAR(64) NOT NULL /* 检查人员 \/ inspector */,
    "visited_on" DATE /* 入户日期 \/ visited on */,
    "result" VARCHAR(16) /* 结果 \/ CONFIRMED, DISCREPANCY or NOT_FOUND */,
    "notes" TEXT NOT NULL /* 记录 \/ notes */,
    CONSTRAINT "uid_spot_check__spot_ch_b95e77" UNIQUE ("spot_check_id", "household_id")
) /* One sampled household with its inspector, visit and result. */;
CREATE INDEX IF NOT EXISTS "idx_spot_check__spot_ch_c3596c" ON "spot_check_item" ("spot_check_id");
CREATE INDEX IF NOT EXISTS "idx_spot_check__region__3cf49d" ON "spot_check_item" ("region_code");
        -- SQLite cannot add a UNIQUE or a NOT NULL column without a default to a table with rows: rebuild it
        CREATE TABLE "finding_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "person_id" BIGINT /* 成员编号 \/ member id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "rule" VARCHAR(32) NOT NULL /* 规则 \/ inspection rule */,
    "rule_version" INT NOT NULL /* 规则版本 \/ rule version */,
    "severity" VARCHAR(8) NOT NULL /* 严重程度 \/ severity */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "evidence" JSON /* 证据 \/ evidence */,
    "open_key" VARCHAR(160) UNIQUE /* 未结线索键 \/ key that keeps one open finding per rule, case and evidence (cleared when closed as rectified) */,
    "raised_at" TIMESTAMP NOT NULL /* 发现时间 \/ raised at */,
    "assigned_to" VARCHAR(12) /* 交办乡镇 \/ township assigned */,
    "assigned_at" TIMESTAMP /* 交办时间 \/ assigned at */,
    "deadline" DATE /* 办理期限 \/ deadline */,
    "verdict" VARCHAR(16) /* 核实结论 \/ TRUE_POSITIVE or FALSE_POSITIVE */,
    "visit" JSON /* 入户核实记录 \/ visit record */,
    "verified_at" TIMESTAMP /* 核实时间 \/ verified at */,
    "decision_id" BIGINT /* 整改决定 \/ households decision that changed the case */,
    "rectified_at" TIMESTAMP /* 整改时间 \/ rectified at */,
    "closed_at" TIMESTAMP /* 办结时间 \/ closed at */,
    "note" TEXT NOT NULL /* 备注 \/ note */
) /* Finding — 核查线索: a case an inspection rule raised for verification (never a verdict). */;
        INSERT INTO "finding_new" ("id", "household_id", "person_id", "region_code", "rule", "rule_version", "severity", "status",
            "evidence", "raised_at", "note")
            SELECT "id", "household_id", "person_id", "region_code", "rule", 1, "severity", "status", "evidence", "raised_at", '' FROM "finding";
        DROP TABLE "finding";
        ALTER TABLE "finding_new" RENAME TO "finding";
CREATE INDEX "idx_finding_househo_85f145" ON "finding" ("household_id");
CREATE INDEX "idx_finding_region__b9daf4" ON "finding" ("region_code");
CREATE INDEX "idx_finding_rule_b84b63" ON "finding" ("rule");
CREATE INDEX "idx_finding_status_ebae6c" ON "finding" ("status");
CREATE INDEX "idx_finding_assigne_a13832" ON "finding" ("assigned_to");
CREATE INDEX "idx_finding_deadlin_7cab3d" ON "finding" ("deadline");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        DROP INDEX IF EXISTS "idx_finding_assigne_a13832";
        DROP INDEX IF EXISTS "uid_finding_open_ke_592902";
        DROP INDEX IF EXISTS "idx_finding_deadlin_7cab3d";
        ALTER TABLE "finding" DROP COLUMN "closed_at";
        ALTER TABLE "finding" DROP COLUMN "deadline";
        ALTER TABLE "finding" DROP COLUMN "rectified_at";
        ALTER TABLE "finding" DROP COLUMN "rule_version";
        ALTER TABLE "finding" DROP COLUMN "visit";
        ALTER TABLE "finding" DROP COLUMN "verdict";
        ALTER TABLE "finding" DROP COLUMN "verified_at";
        ALTER TABLE "finding" DROP COLUMN "open_key";
        ALTER TABLE "finding" DROP COLUMN "assigned_at";
        ALTER TABLE "finding" DROP COLUMN "assigned_to";
        ALTER TABLE "finding" DROP COLUMN "decision_id";
        ALTER TABLE "finding" DROP COLUMN "note";
        DROP TABLE IF EXISTS "spot_check";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "sv_feed_cursor";
        DROP TABLE IF EXISTS "sv_decision";
        DROP TABLE IF EXISTS "sv_paid_line";
        DROP TABLE IF EXISTS "registry_record";
        DROP TABLE IF EXISTS "inspection_parameter";
        DROP TABLE IF EXISTS "spot_check_item";
        DROP TABLE IF EXISTS "sv_household";
        DROP TABLE IF EXISTS "campaign";
        DROP TABLE IF EXISTS "sv_kinship";
        DROP TABLE IF EXISTS "registry_batch";
        DROP TABLE IF EXISTS "campaign_visit";
        DROP TABLE IF EXISTS "sv_person";
        DROP TABLE IF EXISTS "registry_rejection";"""


MODELS_STATE = (
    "eJztXVtz4zaW/issv4y7SslIlHhR5sntdhLvdttdbncmM0mKxQtocU2RCknZ7Z3Nf18cgC"
    "BBipQIWRewWw9R2hQOBZyDy/nODf85S5cLlDwFaRBH318svSC7Q26ceGc/KP85i+w5wv9o"
    "bTNQzuzFotYCnma2ExJKG1pbSdncSbPEdjP8nW+HKcKPPJS6SbDIgBRTkPcruFEQKrGvZD"
    "OkcC9XUviXi5Tfl+pwNMH/0xx79PvSzD+dIX7ia9r38GNe7OJfC6KHHb93GQV/LpGVxQ8I"
    "vybBb//tD/w4iDz0BaXsz8Wj5QcorHIyIFwgz63sZUGevQ0erqPsR9IWeu1Ybhwu51HZfv"
    "GSzeKoIAiiDJ4+oAgldobgF7JkCbyMlmGYs56xl3a2bEJ7ydF4yLeXIUgEqGkHymdnlnVz"
    "e299urq3rLMVaTEKjtH5IzeOQNK4qylhwAN04bupqo7Hhjoc66Y2MQzNHJq4Lenv6lfGX7"
    "QzJbfoqwjPrn+6vrmHDsV4OtG5Bg/+IjR2ZlMqIoyS+3jixcmqAC5ndtLM/oKgJgE8tLoE"
    "GL/XiYA92KkMzn5f6hPX+3058TUXfyLHVv6uFD3vIJu5/cUKUfSQzfCf+mQN23+5uLv8+e"
    "LuXJ+8qfL+Jv9GJV+BFCpcz7cFAbbnFH3hO+V43unjsxxFWZC9iLC8pNgXy8v9/lU81xx/"
    "indkV8f7suEaDn5imA7mPx2BQvotkRCspi1/kxysxn1/f7P/7Ox1cvBHOn4y9o1SDnQEx5"
    "dCgh5wnzGHPSQihxqZ1JIYj238qY5U2P3RGMvDHI6wJOgYFDYGUVmM1A6yGKmtsoCvqrJI"
    "l66LkIealKA4DpEdNQujQlcThYMJ97VBMemIHQrqCJRFdepjEVR6vlkA6zSe29v38JJ5mv"
    "4ZUhWopv/cfP7w9gpLhAgENwqyilpUisFBfpw0rIb/+nR70yyAkqLGfS9wM+X/lDBIV1TS"
    "BiHk/DzAITH2TCwJ3Z+AJCYelkQ5hFeJAXhUEQOb7+cfLn6tL4XL97dvCdPiNHtIyFvIC9"
    "7WNSQ/Qw16abs8CoIeimMyRKAtsRFIKI1sVRTvMBezYI5axJE1ySIn+Z79QyrNVfPxiT3V"
    "/AmWBetchwMiQbZ3G4UveUfWiOb++sPVp/uLDx8r8nl3cX8F36jk6Uvt6blek1nxEuWf1/"
    "c/K/Cn8u/bm6u6GIt29/8+gz7Zyyy2ovjZsj2OZ+wp4+tfANP9Rw4qwgPHdh+f7cSzVr6J"
    "1bit7epXc3Vef2JH9gORITAXusnbVS7t+cIOHqKzNsNL0WCw0eri8k03WlzYi0vbxwSNsB"
    "YxNQ2s4emug3VsYzLU/47/MMewkA2k4U801OgXvy99f4ifa7qH8Od0jJe5YQwd8nz6g7KY"
    "2SlKlfgJJYqdayUDBeE/X5RZvEzRLA49BcaBF8aq5UbC/p0sQD21AJH/C8AA1l52UDwZen"
    "hOT/0h3s5Zn4X1/eGwi8I/HLZr/PBdr+HXlupNbwBYZidZajVZ40DDaUFfPNE6JUeuJeEP"
    "AYZNXbAN0SEoXc1za9gOqsqKnccTZSlH0huGGsgbw9mq+cTI4+2LnfQ0FkFDJcWr4NDhWD"
    "nVx1gp0R1Hw6zMtY/nIJspIPRUTlTkYtUfs85yhMzKVSrZT1F1BOZkTFC4UfL+K7T/x7dm"
    "Mn6KY9Qq5WGw6h7kUgGuTDp0TCf4KgF8/QVQ0tkmDEtbDToDWeupINgcQLCK2ZQgwsCOvU"
    "w5B++Fo7NPQwcv0lRDGCKOh8MRmHDHRvFJIKXmTBH7FrYG9mlOXfxkaujqm4aQg2P2pAGi"
    "/lbyk6LKonvw9x8nBNsHBFsTYXcx1Ag3y+OYkIq38JjmxIVDwDZhy+dMW3KJrBRRZVkJya"
    "hOuS8h7cwXT/YufKjWfMDlvtfZDXwUSZ2sEzJZJ/IzUhBLV6l6A6e1ka4VJ7tGDNbGCKA1"
    "0xT2g67J28WC4DgSyQEcb/7PARzX+eOjNzsMrTmaOyhJrRShhmm+NgyiifyA0RDFE8GTvE"
    "lHBRMS8a/Q8ShsOLKESERx1mSDukdfWk7uguBwS2SLUCGzCGQGP0G8C2PT/dWv9+uNTQVO"
    "fn978xNrXrdA/SUXmo3nixBGf9aKZIsWg80ottJ2sz+WNWcOz5E6nkyJ23OM4MiwtR/w4W"
    "2H30HHlDhR7CiOXuZY5xooeFEFeKTeAD/08H/pM0rwYZLFHEWCFnGS4V2kwdd62N8++VF7"
    "ikJPirNMinOCXBQ8CWvONbL+qM5jz2CRHRXVmQ1oT7qzO7OjCIVC/o+S5ICKAdm0xbUDHa"
    "lYO5gOtTEYWsqeC09wvcsErxvLuQmuryjO7JAR1Zh5OulVZbzh+DSWAwIk+a7Lohaz09sS"
    "jaNZIZRaTS6VnQJHsgEo53zWYByFL2+2WSJal1AbrT3SRmsItMk5vMB83U42BaXUwjGHGs"
    "TvuT6E/WljDVCN5/EiIuPYkaDULoJS2wWlrgjqyNbhzUHfO4ow9swpbGmuzduJK7ZhzHgX"
    "JVHX5IjjmIjTzPZ9C3c5Ed3zVimlXlcVgXnEhFYklMKppJk0kMr3mdFGVH77jo2IowxFDY"
    "ER7VYbjkRy0yZ/JGkjUyOLaool8jyzM+XZTtn29/pMo51ZdGrLKGtS39Yun6xRcdtj8t3d"
    "1eXV9S9X78RXj6HCFqcPCUAsuy6B6pymwQNeo1YWi3C/RraVCA6WXzRBNkn0gsiICYKM1C"
    "ne/yGzJX6O0lmwUNhw5MDr6dLBUyTKAjvbIheyRrsdrDmYbPShS7YsBz5dDdEIFpIaWRuI"
    "LCCHmjFdu7lqQfthUqeT+7TngolKEYHDrDYK+Y4SHyEPbP2Wt2zQx9rNXXW6V9q7DqVIY4"
    "3Mwxva1DSpnQvChzXI82DjUfLx7Nrcxd4vsgZ4GqnnP8/Vij5VcDWLSZEghiolXwtilt8a"
    "2d5Xws4Mv9xS4A2/hdAegicU7cn8C2b/NAOXlmAQ/Aqh5FiDhqGaxFdcmL/YEI4aCi+Tj/"
    "hHPOcul0kaJ2dtTmKuyWCjlzh9smAaW25JsNFV/M8ZFgnZphZJ/D+IVCAC9AHZOSTSGN44"
    "UNKY5LWSLCj4/3KOUqBK0KoHeDevfIVjF94vsrpY+90sqn34dkm+vYEXkz7WQd1CU3Z8b7"
    "OSxl3gyLgdjoxzOLImxLiYgZ3dXAWF3EBRRyRAzBwCOAztNFPwogwDvKuVIzi+ISvvk5hx"
    "mCM6XNTwUPwI93wVTMFTsOFrKtFpAbDDAsEywaBsnircWGQ1Cy8X3paJWFXKXiVi0Qouug"
    "aKQSURKx/T156IxdjIZWKR3kullmCpU9a36CT595sVEp9ruVETyV9b1ujgY3EN5GDYaniq"
    "+gPJfkqRYkdYm0gXuX6RLEOMtOwgxXPIj5OKEUI5jxCtzIE/IaO3IdPq4L9+ClzraeCa/L"
    "k5O7Ia9T01B+9JaSye5VYh25ODfFenKS0UONHMmohy96rc8jlFgEoVAYqPMCEx5O3l5r85"
    "dYlfbwSG2dqBfUzoXOW7hTUDpjxV+d+6S9XJDofYRq8QAni5J0StUqHgNVGbuEF03qnU0c"
    "SYmGN9UmxQxZN1+1JDbA6oZoKFrnmaA3ooPly9u/78QdxPMUEqVmGnIzB8G/aQ1MGwdXCf"
    "cuMQXQdmh2Vgtq4Cs6GqVA9iO24/Xt2I81/auA70FHgocoXK+PI0/agcazqQMQh2U5IxWH"
    "ZfvgJJ8QJF1iMS2ox4mp1YTvdlvjZUm1UAK+E0mH9UEAwegZJBHNojQguoC4YUGJmSWxAU"
    "rJST02LA0LdXyFI5x3y2wa/0PMMUbhgDCifhbPish2yyrcJ2R3qnWob6mlqG+mqINTERbG"
    "HyqxD2yuKnjT2o7z9esfjl5pKv3ODXVnmpNwF2u6rG0q/4uoK3W5TyrpLuYLEeJQqyslbZ"
    "mDqv1p6szgZz/Ory9PDGEwZNGTHt4TE8TV+ixIjY85xIPkqMH8vOi4lQk7jItseRSO4q5g"
    "IkqeJjOiQU5v7u85X18fbT9f31L1eQAf/jxftP5RM50EFRL68rNCgI+oELKtVzOEmZfIEL"
    "MialvHxQPszAKiZscVDVSPt0UFVij/mDio3pGz2oXOKDFXZ51Agld3poBgkhGE9JxPmYzA"
    "Ob90ulChsQxZSQiP4AZURmiMBHuZ0iOWjdBiTWaHu1ojmpVmEiG9Q3uaSpNWObYs08YZ8m"
    "Qq6G0lLxlVLNuWHnG5wFUGdrdQKsLyV2YO+EuF1cmw5B9XKRmVcSe71cv8ZCYteF0/Kjne"
    "D5kKH2aPGmtoONUVqlW9RaVMg2hmzdgf+uoGmOndLGrkqDMyF2ioSBY8YA6slmeImQOJIU"
    "ZSRsil2dpPhJPMd/wf6knMOxPccrSoFuQlgVa/WMe94QyiVNrxoLaNfCF1hiP/J9kMETsu"
    "BXTqW0ZdLOTkXM+hHC8rVezVXsVXDXC79DHz965ckOG1No8ZY4t8MWuwOjqaullOj7nFgy"
    "GXgQXTccQ9hKMYDXWUOvLq8/XLw/H00Gai2jnIlisuJArB0TjaCgxXO/Qtmban2GBtZoXZ"
    "vUkzaLMSlsTLu2T2MdQDBVs6SQfFsxHQeAlq+jIkcTNB5Z7ikCPorD3pKqV05yXhYV0AsS"
    "+UY95DKBsI924L0HF1gb8ioabIZb6ROGWYFnMZdal/uIgEBJYsifVoCOXPtDAit0jVR10o"
    "fEaOLqbyDyxQtSZ5mkaI6irKjqpARZ0wVDu3z1Kaelpzjm4Pm6B8ua5tN1IV9aqjTdUypR"
    "T1KJTjhfJpyPz9UgFqrwUFJIrpTngTdU+St7LcrzdTOesdxo5bhRZzjUObDmcZTNLFKuQw"
    "R3NtH2BnmW4iARzA58Dk0oIDTNK8fDsRIkaaZ49osS+7TsCZHb31JaH4KMfR/Y1J7Hy6Zi"
    "pWuNLyVRj6wv0xHoo1NzSsqaFyM4vPmFKO5ihbI4kt4UySKhUaan1m9HIFhhP6WxbNcFsV"
    "rREjJXRfb2VcrDZQRt4fXkeEs/c1UoH8bxzLpS4W1aOAp57/JAnrNW4L3SctAFgXt86w4A"
    "nMjmpYwrItfu2iPmVDRMnYQOQvg0vVhXMyGMgQJpbeT6xb+HUBEb/v0GryTFLlXgJnB+qJ"
    "99BXA/atDZoWBkGWdWAzCFZGTEL6caFr0Hno+YIyKHIWsvdeSP4UJ1SE1VHcj8y3t8/Ij3"
    "Y+vTB9PvpFGngUeecDHUKpXUM50/N3IfW957afxsjJtiqKZK1R9gU4qjAmyYUHaHbaTUpn"
    "9mp95mdbps2kmfnlWad1CoywPYTmlgPgnSpzZ6YjehJE6r42qLN7xCzZVNY9qXottPhekU"
    "odcPy30/6rxsodHKWuNlmTh2ZCXLxBa6dLRGJreOZbhFUYEKsvh89/biBkK67z7fXbzfRh"
    "47rnKUoKcAPVsuPpwa1sAnjBLC9npfNVq5c/Q0FbLIQRpkF4KuK0XXOx8dY9XQi8MC/lh3"
    "PHzC6OP9KoAm3pfwxdoK3K0S9wfkUUfVxPfgvgt96lLYB7Uh6aCOCvzKYNTCO9Z1a2oglX"
    "p7Mj3DgGQnt3AeTpDvVYJXBTyEe3XzYjU/iZ+E8XiNTGpp5NZz1ZgWgJx1/3QtSR0D/ndA"
    "SvOcbQSLrOGgC1R85Bp3AIp5c8UPQigEdo5XlA/mKyw9tbgPjqYSmhPzDcQwPkJDmxXBzW"
    "Ka4VXeOopVAtf2mq4u2f/PveZaE9IlYfxZIZMbfBZ8rYHPXBj9Qp6n8tMyyktei87JB9Yi"
    "qD7cn72T0JDGK7NrYSL0ZOGHdHwXAmXzdsLpxcXmbZLRplClQpsMvUIy20pF61JtVGsvNq"
    "qt1hpFYcsFtOvMnmE/Lp+tqGMjA0yerk+NDaHAxbP7ML9Jqcp/JFrFZk0+b9dJkV+UbTvo"
    "8blOsK23R5T8FXr20RS3gyXF9FBvO8Uy9V6Pk9sVtxtFoTeeuMDbItS6QiS3T9REtkNNre"
    "wKAFgthTyu3ynlSISl0cUvNGp3DI1WPEPyVy7ZqsAXpx2f9OID6cWQrU2r2k7Q2JFOO64U"
    "NwQHFGo6tOM4RHbULAuOqiYKB5PtSxZsVxIs62CPWMoHf3yXChjUNaTjyZWvV/vj3t7eEl"
    "93UdXh7XW9yt3nD2+vsKhq3rrVA9tDLrLTbWIDebK+BAfqjkFODOIgqgUHkvF8pdGBd1g1"
    "wb1/eWtn7uysDSFWWw024sMkb285BcHmcoI5jUJouMJ9jgfXEjj+tHYNOnHj6Y46+oHcGB"
    "PM83IUfhAiSMaEhxBfPmCXjCHvHwQ/pniEtFX2HLiYkl45Q363oaCgPP1qLClYJgmEyEpn"
    "tqrpZ1ju5RfsirVTVUGJgFE7opUt6WNHVgduhVTitNhWIVEqiPh9jEe5inG7amr8DYx5t5"
    "XnIJsFEdmDBKSw48sYyf4lCoUqRLJXd9BMopdDga8cF5HNfltwpGpah5mPW7VOffJdgxTy"
    "U0RUDiVZjyShUy/b1ATDwKefL77DQ2ClHGBUcjjZUOTGcBWeiEx4GqlhKy8OatvM7TQeyo"
    "hfQuGHcvzzIYmfUwvK7QmcEBWaw50RQ2FhmI7vsIqnpjlxi9qzMAKFjeDwxwNhYBjbXpPJ"
    "YD3bSyqZGZ8bCtB03MT4cgxHYr23XISBazddRbCe+xVCmQVAL0nWpkOvSQB2CHP/RVkkKE"
    "WdK3XsQxIJot5a8d2npJNZDrrqkYrX45YdqBzF4QWwjB6j+DnKWduQx9F+Q1oDaT/uSqOX"
    "95qOq1PQRlxcBrFdkpEoj2iRKRg/4OPaDkLFWWZwo4eyxB1J0izuWsRsjSD2cnkaM8wIBr"
    "zXyCRXdTXHd9nZkoe8FwYpWZLQC46KV3yukfaq7DMvmkrZ50JAp9rP0tjH7+gtkJsM5HfF"
    "ZZFdLeTl9ZICJnJK1GyLNosrLKn9GZ+agGftSEFfMggcDQub2wDv08ncDslV3CR1wUfPCk"
    "wYj23ua+zhB+7EWuM3fr81s9PZipH7t2rYAmn/x8nyLaXlmzg6hOO4eCq5Y7hKzxDe5AvP"
    "mFzSkdcPsTPbX38cEfKGae1IGKc4raMbXyWN00JPKMosr9HetOaaowpVX2JPJsh0CndE5Y"
    "YjGE5+46CH7Gw2YLsUieMa0NxxUMBUuq3sui4vijxxGXA0fZGAroKJQ3d0tS6ByFNYZ7+2"
    "Ct5HqDhIgt90dghPR65f1CBUzl+WdvQG8qVtDGdfz/BtKlP8ibuQBVmDPahV/eRJ5E7Ypb"
    "lruS3VpTxH80UYvyCUdtw+du70D+0Gn+baCFBGsl345+G2FBPS2TXfIynsuM/KuRvP5yhx"
    "Awx+n9AswKcg7Of+EgPfXe3hO4z/xD1DCYpcwXQNjkhqvYeqm8ZIN5jSSbemCiYIAxcGM1"
    "AWIRzCpJZDhh7iRBLLKY0eThZ2kjXi5jU3OK1QSp0cTcLYzaE2YdtYHTmw8HbkKTQV72+p"
    "bPDhlAElUQYU9VWJ+O9Kin647fCa0UEK5Opa6rCLwXBauO1skXCOQzvnCoOuyErhaGQ3fF"
    "C/Nh975gUPKM1Y6BlnE8fD2mbNfH33gpROFggBWHcvyGrLgYhHhifq4JShAQnEx1E6Q/gg"
    "Bs4ZYpNm2czGuD7wiJ8cQnsG1ImeL0kSkEumAf4rBaCfxtB0RuogQTBQ2pAmf8yOnO7+PP"
    "lcTj6X1yfJ4xOszeK/Lrir3eIvW/4BPfjy2gWwA9GeK3n6gUDE9c7TD3Ledg95z5/KrZE7"
    "GkBbx9GKgC0Fb/mU/mhaRRXDiuGhwwOh7Yye2ojEQSC/BoVQkoAdYUsktHv+05NdDJEyCs"
    "lloI2ncAeajkj0KOm1cv6/M8WOIKWgq8lz/0k3uYbfFYnmzXsCQ6kMSAVkbWTSXPgplgfR"
    "KvEBIB0MlQnyfFrE2eUMuY9nbVCnbLEZ4qS4reUWjTdCG3i3QtqXeEIbu1BNXDd9cJKBuU"
    "dXHXDsGIigihQhD2EYkcXPpJbud9RbiQftQYLzguZA2+U1uRF6zqsw406sopoj9eEEaHoK"
    "aOS2su4K1LDZzptcSzMrnePbBTGd7msXyYxYua+d2e+K3WQbIey4sn+KOd0UwrEuzqCg6d"
    "FF4fyyoMHIE98ENx4ZjOIl9vMOarjkcQUiYQVwHomdCYxCcjTPH8HGlKTPORpRtrGKHc8V"
    "Ngy5Dg/uqI7SBXKzOBHK5KpSvUoNP+DiMN0hWxxlFWPINilGQ1eI4ifxXB5tvHKUxItlW/"
    "m29sqsFSKpEx81MM9Ti6U2gnQ7WsotD9mpKKnMYFaelYc3mZHpInp9K0cj++lOjhOaCc+u"
    "byULRJa8OcpL8aQ5nq5XGXO8RCoZc1Qu32i6XGWHXDr45JltlUtZp93B1DhgsIMObgV/OK"
    "zNjGJQnWdHT2YDY9za6ZAu53M7adig25UbjqQfBkYDQQKDbsAld7o7gfNyOHYqoufGJIdS"
    "I6WJ8TpD87ONZkbSaiBgarQCRrHR3ngbIWa74OqakxiEIEtLTXWgwC9mxI6POYsnyqrd8J"
    "Xvasw25QdFVk6lhvypvqJEGK/dQLgiRAFUXieVPfaB2UPABlLY0WUG5PJf57Cz4g+n+xxW"
    "pSSZnb0/4czFcSYiiwqR7GB8o/lKDkxOlAnhoulVqr5kTeala3IbFZc1mQ9nhyXTqztPmg"
    "cvdd90GMVWs/wIUAYz8RIjtOu7D1fvBsq760+Xd1cfL24u/wU5SPCSH28/37zbau/ZeZWC"
    "KM5Qg/38Hn1pOaoLAqkj58wiWBpsr6zLr7MfXP16vx4/FuaD97c3P7HmdVApF368QEmw5u"
    "qA/OvBRsRolw03AcV2xLHjsI1vBZK90iXQDrZaS6m3b9bttdSl0km6s3j/8YOwsgQ4nDf/"
    "Crk7GnYpRIJbtR9vwxXvPf7FDDUVamg3onIkfXAPd+b2V28b/ev/ARIWXrU="
)
