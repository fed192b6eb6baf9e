from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "phases" JSONB NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_campaign_region__a4d5f2" ON "campaign" ("region_code");
COMMENT ON COLUMN "campaign"."name" IS '名称 / name';
COMMENT ON COLUMN "campaign"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "campaign"."starts_on" IS '开始 / starts on';
COMMENT ON COLUMN "campaign"."ends_on" IS '结束 / ends on';
COMMENT ON COLUMN "campaign"."phases" IS '阶段 / phases with dates';
COMMENT ON COLUMN "campaign"."created_by" IS '创建人 / created by';
COMMENT ON COLUMN "campaign"."created_at" IS '创建时间 / created at';
COMMENT ON TABLE "campaign" IS 'Campaign — 专项治理/核查清理（回头看）: phases over a region, every household visited.';
        CREATE TABLE IF NOT EXISTS "campaign_visit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "campaign_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "visited_on" DATE NOT NULL,
    "visitor" VARCHAR(64) NOT NULL,
    "all_members_seen" BOOL NOT NULL,
    "notes" TEXT NOT NULL,
    CONSTRAINT "uid_campaign_vi_campaig_1f6a09" UNIQUE ("campaign_id", "household_id")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_vi_campaig_ac0dec" ON "campaign_visit" ("campaign_id");
CREATE INDEX IF NOT EXISTS "idx_campaign_vi_region__7b5a04" ON "campaign_visit" ("region_code");
COMMENT ON COLUMN "campaign_visit"."campaign_id" IS '专项行动 / campaign';
COMMENT ON COLUMN "campaign_visit"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "campaign_visit"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "campaign_visit"."visited_on" IS '入户日期 / visited on';
COMMENT ON COLUMN "campaign_visit"."visitor" IS '核查人 / visitor';
COMMENT ON COLUMN "campaign_visit"."all_members_seen" IS '人人见面 / every member seen';
COMMENT ON COLUMN "campaign_visit"."notes" IS '记录 / notes';
COMMENT ON TABLE "campaign_visit" IS 'A household visited in a campaign (家家登门、户户核实、人人见面).';
        CREATE TABLE IF NOT EXISTS "complaint" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "received_on" DATE NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "anonymous" BOOL NOT NULL,
    "reporter_name" VARCHAR(50) NOT NULL,
    "reporter_phone" VARCHAR(20) NOT NULL,
    "household_id" BIGINT,
    "staff_username" VARCHAR(64) NOT NULL,
    "content" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "assigned_to" VARCHAR(12),
    "substantiated" BOOL,
    "verification" TEXT NOT NULL,
    "feedback_due" DATE,
    "feedback" TEXT NOT NULL,
    "feedback_on" DATE,
    "registered_by" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_complaint_region__6f559e" ON "complaint" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_complaint_househo_e9ed5f" ON "complaint" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_complaint_status_6c3aef" ON "complaint" ("status");
CREATE INDEX IF NOT EXISTS "idx_complaint_feedbac_f2b2ee" ON "complaint" ("feedback_due");
COMMENT ON COLUMN "complaint"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "complaint"."received_on" IS '受理日期 / received on';
COMMENT ON COLUMN "complaint"."channel" IS '渠道 / channel';
COMMENT ON COLUMN "complaint"."anonymous" IS '匿名 / anonymous';
COMMENT ON COLUMN "complaint"."reporter_name" IS '举报人 / reporter (supervision only)';
COMMENT ON COLUMN "complaint"."reporter_phone" IS '联系电话 / reporter phone (supervision only)';
COMMENT ON COLUMN "complaint"."household_id" IS '涉及家庭 / household concerned';
COMMENT ON COLUMN "complaint"."staff_username" IS '涉及工作人员 / staff member concerned';
COMMENT ON COLUMN "complaint"."content" IS '举报内容 / what was reported';
COMMENT ON COLUMN "complaint"."status" IS '状态 / status';
COMMENT ON COLUMN "complaint"."assigned_to" IS '交办乡镇 / township assigned';
COMMENT ON COLUMN "complaint"."substantiated" IS '情况属实 / substantiated';
COMMENT ON COLUMN "complaint"."verification" IS '核实情况 / verification';
COMMENT ON COLUMN "complaint"."feedback_due" IS '反馈期限 / feedback due';
COMMENT ON COLUMN "complaint"."feedback" IS '反馈内容 / feedback to the reporter';
COMMENT ON COLUMN "complaint"."feedback_on" IS '反馈日期 / feedback given on';
COMMENT ON COLUMN "complaint"."registered_by" IS '登记人 / registered by';
COMMENT ON TABLE "complaint" IS 'Complaint — 12349 举报: real-name or anonymous, verified, and answered to real-name reporters.';
        CREATE TABLE IF NOT EXISTS "sv_feed_cursor" (
    "feed" VARCHAR(32) NOT NULL PRIMARY KEY,
    "cursor" VARCHAR(64),
    "applied" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "sv_feed_cursor"."feed" IS '数据源 / feed';
COMMENT ON COLUMN "sv_feed_cursor"."cursor" IS '游标 / last applied cursor';
COMMENT ON COLUMN "sv_feed_cursor"."applied" IS '已应用条数 / items applied';
COMMENT ON COLUMN "sv_feed_cursor"."updated_at" IS '更新时间 / updated at';
COMMENT ON TABLE "sv_feed_cursor" IS 'Where the projection stands in a feed, so a restart resumes there.';
        CREATE TABLE IF NOT EXISTS "inspection_parameter" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "effective_from" DATE NOT NULL,
    "set_by" VARCHAR(64) NOT NULL,
    "set_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_inspection__region__a5d902" UNIQUE ("region_code", "name", "effective_from")
);
CREATE INDEX IF NOT EXISTS "idx_inspection__region__934af4" ON "inspection_parameter" ("region_code");
COMMENT ON COLUMN "inspection_parameter"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "inspection_parameter"."name" IS '参数 / parameter';
COMMENT ON COLUMN "inspection_parameter"."value" IS '取值 / value';
COMMENT ON COLUMN "inspection_parameter"."effective_from" IS '生效日期 / effective from';
COMMENT ON COLUMN "inspection_parameter"."set_by" IS '设置人 / set by';
COMMENT ON COLUMN "inspection_parameter"."set_at" IS '设置时间 / set at';
COMMENT ON TABLE "inspection_parameter" IS 'Rule parameter — 核查参数: a standard or threshold set for a region from a date (the most specific region wins).';
        CREATE TABLE IF NOT EXISTS "sv_paid_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "cursor" VARCHAR(64) NOT NULL UNIQUE,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "last_month_start" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paid_on" DATE,
    "account_number" VARCHAR(32) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_househo_2f2819" ON "sv_paid_line" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_region__aac88c" ON "sv_paid_line" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_sv_paid_lin_account_417f99" ON "sv_paid_line" ("account_number");
COMMENT ON COLUMN "sv_paid_line"."cursor" IS '游标 / feed cursor';
COMMENT ON COLUMN "sv_paid_line"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "sv_paid_line"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "sv_paid_line"."period" IS '期间 / period';
COMMENT ON COLUMN "sv_paid_line"."last_month_start" IS '期间末月首日 / first day of the period''s last month';
COMMENT ON COLUMN "sv_paid_line"."amount" IS '金额 / amount';
COMMENT ON COLUMN "sv_paid_line"."paid_on" IS '入账日期 / paid on';
COMMENT ON COLUMN "sv_paid_line"."account_number" IS '入账账号 / account';
COMMENT ON TABLE "sv_paid_line" IS 'A paid roster line (发放明细) as disbursement reported it.';
        CREATE TABLE IF NOT EXISTS "sv_decision" (
    "decision_id" BIGINT NOT NULL PRIMARY KEY,
    "household_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(14,2),
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_on" DATE
);
CREATE INDEX IF NOT EXISTS "idx_sv_decision_househo_a809b2" ON "sv_decision" ("household_id");
COMMENT ON COLUMN "sv_decision"."decision_id" IS '决定编号 / decision id';
COMMENT ON COLUMN "sv_decision"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "sv_decision"."kind" IS '类别 / kind';
COMMENT ON COLUMN "sv_decision"."amount" IS '金额 / amount';
COMMENT ON COLUMN "sv_decision"."decided_by" IS '决定人 / decided by';
COMMENT ON COLUMN "sv_decision"."decided_on" IS '决定日期 / decided on';
COMMENT ON TABLE "sv_decision" IS 'A county decision (审核确认、增发减发停发) on a household.';
        CREATE TABLE IF NOT EXISTS "sv_household" (
    "household_id" BIGINT NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "urban_rural" VARCHAR(8) NOT NULL,
    "review_class" SMALLINT,
    "monthly_amount" DECIMAL(14,2),
    "effective_month" VARCHAR(7) NOT NULL,
    "approved_by" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sv_househol_region__e71316" ON "sv_household" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_sv_househol_status_74c626" ON "sv_household" ("status");
COMMENT ON COLUMN "sv_household"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "sv_household"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "sv_household"."status" IS '状态 / status';
COMMENT ON COLUMN "sv_household"."urban_rural" IS '城乡类别 / URBAN or RURAL';
COMMENT ON COLUMN "sv_household"."review_class" IS '分类 / review class';
COMMENT ON COLUMN "sv_household"."monthly_amount" IS '月保障金 / monthly amount';
COMMENT ON COLUMN "sv_household"."effective_month" IS '起始月份 / effective month';
COMMENT ON COLUMN "sv_household"."approved_by" IS '审批人 / approved by';
COMMENT ON TABLE "sv_household" IS 'A household as the change feed last described it.';
        CREATE TABLE IF NOT EXISTS "sv_kinship" (
    "filing_id" BIGINT NOT NULL PRIMARY KEY,
    "person_id" BIGINT,
    "household_id" BIGINT NOT NULL,
    "staff_username" VARCHAR(64) NOT NULL,
    "staff_name" VARCHAR(50) NOT NULL,
    "relation" VARCHAR(16) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sv_kinship_househo_11516b" ON "sv_kinship" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_kinship_staff_u_c3a67e" ON "sv_kinship" ("staff_username");
COMMENT ON COLUMN "sv_kinship"."filing_id" IS '备案编号 / filing id';
COMMENT ON COLUMN "sv_kinship"."person_id" IS '成员编号 / member id';
COMMENT ON COLUMN "sv_kinship"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "sv_kinship"."staff_username" IS '工作人员账号 / staff username';
COMMENT ON COLUMN "sv_kinship"."staff_name" IS '工作人员姓名 / staff name';
COMMENT ON COLUMN "sv_kinship"."relation" IS '亲属关系 / relation';
COMMENT ON TABLE "sv_kinship" IS 'A kinship filing (近亲属备案) linking a member to a staff member or cadre.';
        CREATE TABLE IF NOT EXISTS "sv_person" (
    "person_id" BIGINT NOT NULL PRIMARY KEY,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "id_number" VARCHAR(18) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "relation" VARCHAR(16) NOT NULL,
    "counted" BOOL NOT NULL,
    "deceased_on" DATE
);
CREATE INDEX IF NOT EXISTS "idx_sv_person_househo_907276" ON "sv_person" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_sv_person_id_numb_09b07b" ON "sv_person" ("id_number");
COMMENT ON COLUMN "sv_person"."person_id" IS '成员编号 / member id';
COMMENT ON COLUMN "sv_person"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "sv_person"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "sv_person"."id_number" IS '身份证号码 / ID number';
COMMENT ON COLUMN "sv_person"."name" IS '姓名 / name';
COMMENT ON COLUMN "sv_person"."relation" IS '与户主关系 / relation';
COMMENT ON COLUMN "sv_person"."counted" IS '计入家庭成员 / counted member';
COMMENT ON COLUMN "sv_person"."deceased_on" IS '死亡日期 / deceased on';
COMMENT ON TABLE "sv_person" IS 'A member as the change feed last described it.';
        CREATE TABLE IF NOT EXISTS "registry_batch" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "version" INT NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "rows_read" INT NOT NULL,
    "rows_loaded" INT NOT NULL,
    "rows_duplicate" INT NOT NULL,
    "rows_rejected" INT NOT NULL,
    "unknown_columns" JSONB,
    "imported_by" VARCHAR(64) NOT NULL,
    "imported_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_registry_ba_kind_c7edc1" UNIQUE ("kind", "file_sha256"),
    CONSTRAINT "uid_registry_ba_kind_abec1a" UNIQUE ("kind", "version")
);
CREATE INDEX IF NOT EXISTS "idx_registry_ba_kind_d2d8d4" ON "registry_batch" ("kind");
COMMENT ON COLUMN "registry_batch"."kind" IS '数据类别 / registry kind';
COMMENT ON COLUMN "registry_batch"."version" IS '版本 / version within the kind';
COMMENT ON COLUMN "registry_batch"."file_name" IS '文件名 / file name';
COMMENT ON COLUMN "registry_batch"."file_sha256" IS '文件摘要 / SHA-256 of the file';
COMMENT ON COLUMN "registry_batch"."encoding" IS '文件编码 / detected encoding';
COMMENT ON COLUMN "registry_batch"."rows_read" IS '读取行数 / rows read';
COMMENT ON COLUMN "registry_batch"."rows_loaded" IS '入库行数 / rows loaded';
COMMENT ON COLUMN "registry_batch"."rows_duplicate" IS '重复行数 / rows already present';
COMMENT ON COLUMN "registry_batch"."rows_rejected" IS '拒收行数 / rows rejected';
COMMENT ON COLUMN "registry_batch"."unknown_columns" IS '未识别列 / columns kept in detail but not understood';
COMMENT ON COLUMN "registry_batch"."imported_by" IS '导入人 / imported by';
COMMENT ON COLUMN "registry_batch"."imported_at" IS '导入时间 / imported at';
COMMENT ON TABLE "registry_batch" IS 'Registry batch — 比对数据批次: one imported file of one kind, versioned; the same file twice is one batch.';
        CREATE TABLE IF NOT EXISTS "registry_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "batch_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "id_number" VARCHAR(18) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "event_date" DATE,
    "end_date" DATE,
    "amount" DECIMAL(14,2),
    "quantity" INT,
    "flag" BOOL,
    "reference" VARCHAR(64) NOT NULL,
    "counterpart_id" VARCHAR(18) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "detail" JSONB,
    "row_hash" VARCHAR(32) NOT NULL,
    CONSTRAINT "uid_registry_re_kind_2deecd" UNIQUE ("kind", "row_hash")
);
CREATE INDEX IF NOT EXISTS "idx_registry_re_batch_i_e9b510" ON "registry_record" ("batch_id");
CREATE INDEX IF NOT EXISTS "idx_registry_re_counter_fb298f" ON "registry_record" ("counterpart_id");
CREATE INDEX IF NOT EXISTS "idx_registry_re_id_numb_7e5ceb" ON "registry_record" ("id_number", "kind");
COMMENT ON COLUMN "registry_record"."batch_id" IS '批次 / batch';
COMMENT ON COLUMN "registry_record"."kind" IS '数据类别 / registry kind';
COMMENT ON COLUMN "registry_record"."id_number" IS '身份证号码 / ID number';
COMMENT ON COLUMN "registry_record"."name" IS '姓名 / name';
COMMENT ON COLUMN "registry_record"."event_date" IS '事件日期 / event date (death, registration, month…)';
COMMENT ON COLUMN "registry_record"."end_date" IS '截止日期 / end date';
COMMENT ON COLUMN "registry_record"."amount" IS '金额或数量 / amount (yuan) or area';
COMMENT ON COLUMN "registry_record"."quantity" IS '人数 / count (employees)';
COMMENT ON COLUMN "registry_record"."flag" IS '标志 / flag (commercial vehicle, refused…)';
COMMENT ON COLUMN "registry_record"."reference" IS '证照号或类别 / licence, plate or category';
COMMENT ON COLUMN "registry_record"."counterpart_id" IS '关联人身份证 / related person''s ID number';
COMMENT ON COLUMN "registry_record"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "registry_record"."detail" IS '其他列 / other columns as read';
COMMENT ON COLUMN "registry_record"."row_hash" IS '行摘要 / digest of the normalised row';
COMMENT ON TABLE "registry_record" IS 'Registry record — 比对记录: one row of an external registry, normalised to a few typed columns.';
        CREATE TABLE IF NOT EXISTS "registry_rejection" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "batch_id" BIGINT NOT NULL,
    "row_number" INT NOT NULL,
    "field" VARCHAR(32) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "row" JSONB
);
CREATE INDEX IF NOT EXISTS "idx_registry_re_batch_i_11bc63" ON "registry_rejection" ("batch_id");
COMMENT ON COLUMN "registry_rejection"."batch_id" IS '批次 / batch';
COMMENT ON COLUMN "registry_rejection"."row_number" IS '行号 / row number in the file';
COMMENT ON COLUMN "registry_rejection"."field" IS '字段 / column at fault';
COMMENT ON COLUMN "registry_rejection"."code" IS '错误代码 / error code';
COMMENT ON COLUMN "registry_rejection"."reason" IS '原因 / reason (zh and en)';
COMMENT ON COLUMN "registry_rejection"."row" IS '原始内容 / the row as read';
COMMENT ON TABLE "registry_rejection" IS 'Rejected row — 拒收记录: a row that did not load, kept as read with the reason, so nothing is lost.';
        CREATE TABLE IF NOT EXISTS "spot_check" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "share" DECIMAL(4,2) NOT NULL,
    "seed" BIGINT NOT NULL,
    "inspectors" JSONB NOT NULL,
    "population" INT NOT NULL,
    "drawn_by" VARCHAR(64) NOT NULL,
    "drawn_at" TIMESTAMPTZ NOT NULL,
    "published_at" TIMESTAMPTZ,
    "summary" JSONB
);
CREATE INDEX IF NOT EXISTS "idx_spot_check_region__ad67f5" ON "spot_check" ("region_code");
COMMENT ON COLUMN "spot_check"."region_code" IS '抽查区划 / region sampled';
COMMENT ON COLUMN "spot_check"."period" IS '期间 / period of the approvals';
COMMENT ON COLUMN "spot_check"."share" IS '抽查比例 / share drawn';
COMMENT ON COLUMN "spot_check"."seed" IS '随机种子 / random seed';
COMMENT ON COLUMN "spot_check"."inspectors" IS '检查人员 / inspectors drawn from';
COMMENT ON COLUMN "spot_check"."population" IS '新批准户数 / new approvals in the period';
COMMENT ON COLUMN "spot_check"."drawn_by" IS '抽取人 / drawn by';
COMMENT ON COLUMN "spot_check"."drawn_at" IS '抽取时间 / drawn at';
COMMENT ON COLUMN "spot_check"."published_at" IS '公开时间 / published at';
COMMENT ON COLUMN "spot_check"."summary" IS '结果汇总 / published summary';
COMMENT ON TABLE "spot_check" IS 'Spot check — 双随机抽查: a seeded, township-stratified sample of a period''s new approvals.';
        CREATE TABLE IF NOT EXISTS "spot_check_item" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "spot_check_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "inspector" VARCHAR(64) NOT NULL,
    "visited_on" DATE,
    "result" VARCHAR(16),
    "notes" TEXT NOT NULL,
    CONSTRAINT "uid_spot_check__spot_ch_b95e77" UNIQUE ("spot_check_id", "household_id")
);
CREATE INDEX IF NOT EXISTS "idx_spot_check__spot_ch_c3596c" ON "spot_check_item" ("spot_check_id");
CREATE INDEX IF NOT EXISTS "idx_spot_check__region__3cf49d" ON "spot_check_item" ("region_code");
COMMENT ON COLUMN "spot_check_item"."spot_check_id" IS '抽查 / spot check';
COMMENT ON COLUMN "spot_check_item"."household_id" IS '家庭编号 / household id';
COMMENT ON COLUMN "spot_check_item"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "spot_check_item"."inspector" IS '检查人员 / inspector';
COMMENT ON COLUMN "spot_check_item"."visited_on" IS '入户日期 / visited on';
COMMENT ON COLUMN "spot_check_item"."result" IS '结果 / CONFIRMED, DISCREPANCY or NOT_FOUND';
COMMENT ON COLUMN "spot_check_item"."notes" IS '记录 / notes';
COMMENT ON TABLE "spot_check_item" IS 'One sampled household with its inspector, visit and result.';
        ALTER TABLE "finding" ADD "visit" JSONB;
        ALTER TABLE "finding" ADD "deadline" DATE;
        ALTER TABLE "finding" ADD "open_key" VARCHAR(160) UNIQUE;
        ALTER TABLE "finding" ADD "decision_id" BIGINT;
        ALTER TABLE "finding" ADD "verdict" VARCHAR(16);
        ALTER TABLE "finding" ADD "note" TEXT NOT NULL DEFAULT '';
        ALTER TABLE "finding" ALTER COLUMN "note" DROP DEFAULT;
        ALTER TABLE "finding" ADD "assigned_at" TIMESTAMPTZ;
        ALTER TABLE "finding" ADD "verified_at" TIMESTAMPTZ;
        ALTER TABLE "finding" ADD "rule_version" INT NOT NULL DEFAULT 1;
        ALTER TABLE "finding" ALTER COLUMN "rule_version" DROP DEFAULT;
        ALTER TABLE "finding" ADD "assigned_to" VARCHAR(12);
        ALTER TABLE "finding" ADD "rectified_at" TIMESTAMPTZ;
        ALTER TABLE "finding" ADD "closed_at" TIMESTAMPTZ;
        COMMENT ON COLUMN finding."visit" IS '入户核实记录 / visit record';
COMMENT ON COLUMN finding."deadline" IS '办理期限 / deadline';
COMMENT ON COLUMN finding."open_key" IS '未结线索键 / key that keeps one open finding per rule, case and evidence (cleared when closed as rectified)';
COMMENT ON COLUMN finding."decision_id" IS '整改决定 / households decision that changed the case';
COMMENT ON COLUMN finding."verdict" IS '核实结论 / TRUE_POSITIVE or FALSE_POSITIVE';
COMMENT ON COLUMN finding."note" IS '备注 / note';
COMMENT ON COLUMN finding."assigned_at" IS '交办时间 / assigned at';
COMMENT ON COLUMN finding."verified_at" IS '核实时间 / verified at';
COMMENT ON COLUMN finding."rule_version" IS '规则版本 / rule version';
COMMENT ON COLUMN finding."assigned_to" IS '交办乡镇 / township assigned';
COMMENT ON COLUMN finding."rectified_at" IS '整改时间 / rectified at';
COMMENT ON COLUMN finding."closed_at" IS '办结时间 / closed at';
        CREATE INDEX IF NOT EXISTS "idx_finding_deadlin_7cab3d" ON "finding" ("deadline");
        CREATE INDEX IF NOT EXISTS "idx_finding_assigne_a13832" ON "finding" ("assigned_to");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_finding_assigne_a13832";
        DROP INDEX IF EXISTS "uid_finding_open_ke_592902";
        DROP INDEX IF EXISTS "idx_finding_deadlin_7cab3d";
        ALTER TABLE "finding" DROP COLUMN "visit";
        ALTER TABLE "finding" DROP COLUMN "deadline";
        ALTER TABLE "finding" DROP COLUMN "open_key";
        ALTER TABLE "finding" DROP COLUMN "decision_id";
        ALTER TABLE "finding" DROP COLUMN "verdict";
        ALTER TABLE "finding" DROP COLUMN "note";
        ALTER TABLE "finding" DROP COLUMN "assigned_at";
        ALTER TABLE "finding" DROP COLUMN "verified_at";
        ALTER TABLE "finding" DROP COLUMN "rule_version";
        ALTER TABLE "finding" DROP COLUMN "assigned_to";
        ALTER TABLE "finding" DROP COLUMN "rectified_at";
        ALTER TABLE "finding" DROP COLUMN "closed_at";
        DROP TABLE IF EXISTS "campaign_visit";
        DROP TABLE IF EXISTS "campaign";
        DROP TABLE IF EXISTS "registry_rejection";
        DROP TABLE IF EXISTS "sv_kinship";
        DROP TABLE IF EXISTS "spot_check_item";
        DROP TABLE IF EXISTS "sv_household";
        DROP TABLE IF EXISTS "registry_batch";
        DROP TABLE IF EXISTS "sv_person";
        DROP TABLE IF EXISTS "sv_paid_line";
        DROP TABLE IF EXISTS "inspection_parameter";
        DROP TABLE IF EXISTS "spot_check";
        DROP TABLE IF EXISTS "sv_feed_cursor";
        DROP TABLE IF EXISTS "complaint";
        DROP TABLE IF EXISTS "sv_decision";
        DROP TABLE IF EXISTS "registry_record";"""


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
