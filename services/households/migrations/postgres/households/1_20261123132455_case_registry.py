from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "holiday" (
    "day" DATE NOT NULL PRIMARY KEY,
    "working" BOOL NOT NULL,
    "name" VARCHAR(32) NOT NULL
);
COMMENT ON COLUMN "holiday"."day" IS '日期 / day';
COMMENT ON COLUMN "holiday"."working" IS '是否工作日 / working day';
COMMENT ON COLUMN "holiday"."name" IS '名称 / name';
COMMENT ON TABLE "holiday" IS 'Holiday table — 节假日: days that override the calendar (a holiday, or a worked weekend 调休).';
        CREATE TABLE IF NOT EXISTS "notice" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE
);
CREATE INDEX IF NOT EXISTS "idx_notice_applica_798381" ON "notice" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_notice_househo_928db9" ON "notice" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_notice_region__d83f32" ON "notice" ("region_code");
COMMENT ON COLUMN "notice"."application_id" IS '申请 / application';
COMMENT ON COLUMN "notice"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "notice"."region_code" IS '公示村 / village';
COMMENT ON COLUMN "notice"."kind" IS '类型 / PRE_APPROVAL, SECOND or PUBLICATION';
COMMENT ON COLUMN "notice"."starts_on" IS '开始 / start';
COMMENT ON COLUMN "notice"."ends_on" IS '结束 / end';
COMMENT ON TABLE "notice" IS 'Notice — 公示/公布: pre-approval notice in the village, or publication after approval.';
        CREATE TABLE IF NOT EXISTS "objection" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "real_name" VARCHAR(50) NOT NULL,
    "content" TEXT NOT NULL,
    "received_on" DATE NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_objection_applica_2ec273" ON "objection" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_objection_region__53a159" ON "objection" ("region_code");
COMMENT ON COLUMN "objection"."application_id" IS '申请 / application';
COMMENT ON COLUMN "objection"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "objection"."real_name" IS '实名 / reporter name (empty if anonymous)';
COMMENT ON COLUMN "objection"."content" IS '内容 / content';
COMMENT ON COLUMN "objection"."received_on" IS '收到 / received';
COMMENT ON TABLE "objection" IS 'Objection — 异议/举报 against a notice or case: real-name or anonymous, verified, answered.';
        CREATE TABLE IF NOT EXISTS "policy_setting" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "key" VARCHAR(32) NOT NULL,
    "value" JSONB NOT NULL,
    "effective_from" DATE NOT NULL,
    "set_by" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_policy_sett_region__7d02f8" UNIQUE ("region_code", "key", "effective_from")
);
CREATE INDEX IF NOT EXISTS "idx_policy_sett_region__067cfa" ON "policy_setting" ("region_code");
COMMENT ON COLUMN "policy_setting"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "policy_setting"."key" IS '配置项 / setting';
COMMENT ON COLUMN "policy_setting"."value" IS '值 / value';
COMMENT ON COLUMN "policy_setting"."effective_from" IS '执行日期 / effective from';
COMMENT ON COLUMN "policy_setting"."set_by" IS '设定人 / set by';
COMMENT ON TABLE "policy_setting" IS 'Policy setting — 地方政策配置: a local rule (extras, tiers, rounding, clocks…) per region, effective-dated.';
        CREATE TABLE IF NOT EXISTS "standard" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "urban_rural" VARCHAR(8) NOT NULL,
    "monthly_amount" DECIMAL(10,2) NOT NULL,
    "effective_from" DATE NOT NULL,
    "set_by" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_standard_region__24cdd3" UNIQUE ("region_code", "urban_rural", "effective_from")
);
CREATE INDEX IF NOT EXISTS "idx_standard_region__23dff7" ON "standard" ("region_code");
COMMENT ON COLUMN "standard"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "standard"."urban_rural" IS '城乡类别 / URBAN or RURAL';
COMMENT ON COLUMN "standard"."monthly_amount" IS '月标准 / monthly per person';
COMMENT ON COLUMN "standard"."effective_from" IS '执行日期 / effective from';
COMMENT ON COLUMN "standard"."set_by" IS '设定人 / set by';
COMMENT ON TABLE "standard" IS 'Standard — 低保标准: monthly amount per person for a region and urban/rural, from a date on.';
        CREATE TABLE IF NOT EXISTS "application" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "state" VARCHAR(20) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "proxy" VARCHAR(100) NOT NULL,
    "submitted_on" DATE NOT NULL,
    "accepted_on" DATE,
    "clock_days" SMALLINT NOT NULL,
    "due_on" DATE,
    "step_due_on" DATE,
    "single_person" BOOL NOT NULL,
    "single_person_basis" VARCHAR(200) NOT NULL,
    "complained" BOOL NOT NULL,
    "home_visited" BOOL NOT NULL,
    "missing_items" JSONB NOT NULL,
    "rejection_reasons" JSONB NOT NULL,
    "decided_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_application_region__ba3ebf" ON "application" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_application_state_5b08d4" ON "application" ("state");
CREATE INDEX IF NOT EXISTS "idx_application_due_on_0764da" ON "application" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_application_step_du_adda68" ON "application" ("step_due_on");
COMMENT ON COLUMN "application"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "application"."state" IS '环节 / workflow state';
COMMENT ON COLUMN "application"."channel" IS '申请渠道 / channel';
COMMENT ON COLUMN "application"."proxy" IS '委托申请人 / entrusted proxy';
COMMENT ON COLUMN "application"."submitted_on" IS '申请日期 / submitted';
COMMENT ON COLUMN "application"."accepted_on" IS '受理日期 / accepted';
COMMENT ON COLUMN "application"."clock_days" IS '总时限（工作日） / overall limit in working days';
COMMENT ON COLUMN "application"."due_on" IS '总时限到期 / overall deadline';
COMMENT ON COLUMN "application"."step_due_on" IS '本环节到期 / current step deadline';
COMMENT ON COLUMN "application"."single_person" IS '单人户 / single-person inclusion';
COMMENT ON COLUMN "application"."single_person_basis" IS '单人户依据 / legal basis';
COMMENT ON COLUMN "application"."complained" IS '有异议或举报 / objection or complaint received';
COMMENT ON COLUMN "application"."home_visited" IS '县级入户 / county home visit done';
COMMENT ON COLUMN "application"."missing_items" IS '缺少材料 / missing materials';
COMMENT ON COLUMN "application"."rejection_reasons" IS '不予批准理由 / rejection reasons';
COMMENT ON COLUMN "application"."decided_on" IS '决定日期 / decided';
COMMENT ON TABLE "application" IS 'Application — 申请: one pass of a household through the approval workflow (DOMAIN §2).';
        CREATE TABLE IF NOT EXISTS "asset_item" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "exempt" BOOL NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_asset_item_region__1bfd21" ON "asset_item" ("region_code");
COMMENT ON COLUMN "asset_item"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "asset_item"."kind" IS '类别 / kind';
COMMENT ON COLUMN "asset_item"."value" IS '价值 / value';
COMMENT ON COLUMN "asset_item"."exempt" IS '生活生产必需豁免 / exempt';
COMMENT ON COLUMN "asset_item"."note" IS '说明 / note';
COMMENT ON TABLE "asset_item" IS 'Asset item — 财产: deposits, securities, vehicles, houses, business (Art 14).';
        CREATE TABLE IF NOT EXISTS "case_amount" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "effective_from" DATE NOT NULL,
    "monthly_amount" DECIMAL(12,2) NOT NULL,
    "parts" JSONB NOT NULL,
    "explanation" JSONB NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_case_amount_househo_e155ca" UNIQUE ("household_id", "effective_from")
);
CREATE INDEX IF NOT EXISTS "idx_case_amount_region__d94bcd" ON "case_amount" ("region_code");
COMMENT ON COLUMN "case_amount"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "case_amount"."effective_from" IS '生效月 / from month';
COMMENT ON COLUMN "case_amount"."monthly_amount" IS '月保障金 / monthly amount';
COMMENT ON COLUMN "case_amount"."parts" IS '构成 / parts (kind, amount, basis)';
COMMENT ON COLUMN "case_amount"."explanation" IS '计算说明 / explanation';
COMMENT ON COLUMN "case_amount"."reason" IS '原因 / why (APPROVAL, RAISE, CHANGE, GRACE)';
COMMENT ON TABLE "case_amount" IS 'Case amount — 保障金额: the monthly amount from a month on, with its parts and explanation.';
        CREATE TABLE IF NOT EXISTS "check_in" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "month" DATE NOT NULL,
    "attended" BOOL NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_check_in_househo_f149da" UNIQUE ("household_id", "month")
);
CREATE INDEX IF NOT EXISTS "idx_check_in_region__c3133b" ON "check_in" ("region_code");
COMMENT ON COLUMN "check_in"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "check_in"."month" IS '月份 / month';
COMMENT ON COLUMN "check_in"."attended" IS '已签到 / attended';
COMMENT ON TABLE "check_in" IS 'Renewal check-in — 续保签到: a household''s monthly check-in, attended or missed.';
        CREATE TABLE IF NOT EXISTS "decision" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "amount_before" DECIMAL(12,2) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "reasons" JSONB NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_on" DATE NOT NULL,
    "effective_month" DATE,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_decision_region__c7e549" ON "decision" ("region_code");
COMMENT ON COLUMN "decision"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "decision"."kind" IS '决定类型 / kind';
COMMENT ON COLUMN "decision"."amount_before" IS '变更前金额 / before';
COMMENT ON COLUMN "decision"."amount" IS '金额 / amount';
COMMENT ON COLUMN "decision"."reasons" IS '理由 / reasons';
COMMENT ON COLUMN "decision"."decided_by" IS '决定人 / decided by';
COMMENT ON COLUMN "decision"."decided_on" IS '决定日期 / decided';
COMMENT ON COLUMN "decision"."effective_month" IS '生效月 / effective month';
COMMENT ON TABLE "decision" IS 'Decision — 审核确认 / 增发减发停发: approve, reject, increase, reduce, stop or keep, with reasons.';
        CREATE TABLE IF NOT EXISTS "income_item" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "person_id" BIGINT,
    "region_code" VARCHAR(12) NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "monthly_amount" DECIMAL(12,2) NOT NULL,
    "period_from" DATE,
    "period_to" DATE,
    "treatment" VARCHAR(12) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_income_item_region__ed7fc2" ON "income_item" ("region_code");
COMMENT ON COLUMN "income_item"."person_id" IS '成员 / member the income belongs to';
COMMENT ON COLUMN "income_item"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "income_item"."category" IS '类别 / category';
COMMENT ON COLUMN "income_item"."monthly_amount" IS '月均金额 / monthly amount';
COMMENT ON COLUMN "income_item"."period_from" IS '计算期起 / period from';
COMMENT ON COLUMN "income_item"."period_to" IS '计算期止 / period to';
COMMENT ON COLUMN "income_item"."treatment" IS '处理 / COUNTED, EXCLUDED or DEDUCTED';
COMMENT ON COLUMN "income_item"."note" IS '说明 / note';
COMMENT ON TABLE "income_item" IS 'Income item — 收入: one source of household income, counted, excluded or deducted (Art 13).';
        CREATE TABLE IF NOT EXISTS "kinship_filing" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "person_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "staff_username" VARCHAR(64) NOT NULL,
    "staff_name" VARCHAR(50) NOT NULL,
    "relation" VARCHAR(16) NOT NULL,
    "filed_by" VARCHAR(64) NOT NULL,
    "filed_at" TIMESTAMPTZ NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_kinship_fil_person__54df59" ON "kinship_filing" ("person_id");
CREATE INDEX IF NOT EXISTS "idx_kinship_fil_region__a70527" ON "kinship_filing" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_kinship_fil_staff_u_3f0d0d" ON "kinship_filing" ("staff_username");
COMMENT ON COLUMN "kinship_filing"."person_id" IS '成员 / member';
COMMENT ON COLUMN "kinship_filing"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "kinship_filing"."staff_username" IS '工作人员账号 / staff username';
COMMENT ON COLUMN "kinship_filing"."staff_name" IS '工作人员姓名 / staff name';
COMMENT ON COLUMN "kinship_filing"."relation" IS '亲属关系 / relation';
COMMENT ON COLUMN "kinship_filing"."filed_by" IS '备案人 / filed by';
COMMENT ON COLUMN "kinship_filing"."filed_at" IS '备案时间 / filed at';
COMMENT ON TABLE "kinship_filing" IS 'Kinship filing — 近亲属备案: a member who is a near relative of dibao staff or a village cadre.';
        CREATE TABLE IF NOT EXISTS "review_task" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "due_on" DATE NOT NULL,
    "closed_on" DATE,
    "outcome" VARCHAR(16) NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_review_task_region__8adad7" ON "review_task" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_review_task_due_on_459d52" ON "review_task" ("due_on");
COMMENT ON COLUMN "review_task"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "review_task"."kind" IS '类型 / SCHEDULED, MEMBER_EVENT or CHECK_IN';
COMMENT ON COLUMN "review_task"."reason" IS '原因 / reason';
COMMENT ON COLUMN "review_task"."due_on" IS '期限 / due';
COMMENT ON COLUMN "review_task"."closed_on" IS '完成 / closed';
COMMENT ON COLUMN "review_task"."outcome" IS '结果 / outcome';
COMMENT ON TABLE "review_task" IS 'Review task — 复核任务: scheduled review, death re-check or check-in misses, with its deadline.';
        CREATE TABLE IF NOT EXISTS "workflow_step" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "from_state" VARCHAR(20) NOT NULL,
    "to_state" VARCHAR(20) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "opinion" TEXT NOT NULL,
    "attachments" JSONB NOT NULL,
    "signatures" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "application_id" BIGINT NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_workflow_st_region__dbc059" ON "workflow_step" ("region_code");
COMMENT ON COLUMN "workflow_step"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "workflow_step"."from_state" IS '原环节 / from';
COMMENT ON COLUMN "workflow_step"."to_state" IS '新环节 / to';
COMMENT ON COLUMN "workflow_step"."actor" IS '经办人 / actor';
COMMENT ON COLUMN "workflow_step"."opinion" IS '意见 / opinion';
COMMENT ON COLUMN "workflow_step"."attachments" IS '附件 / attachments';
COMMENT ON COLUMN "workflow_step"."signatures" IS '签名 / signatures (investigators, reviewers)';
COMMENT ON COLUMN "workflow_step"."at" IS '时间 / time';
COMMENT ON TABLE "workflow_step" IS 'Workflow step — 审核环节记录: one transition with actor, opinion, attachments and signatures.';
        ALTER TABLE "change_event" ADD "kind" VARCHAR(24) NOT NULL DEFAULT 'UPDATED';
        ALTER TABLE "household" ADD "next_review_on" DATE;
        ALTER TABLE "household" ADD "monthly_amount" DECIMAL(12,2) NOT NULL DEFAULT 0;
        ALTER TABLE "household" ADD "grace_until" DATE;
        ALTER TABLE "household" ADD "separately_registered" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "household" ADD "approved_by" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "household" ADD "last_review_on" DATE;
        ALTER TABLE "household" ADD "stops_from" DATE;
        ALTER TABLE "household" ADD "effective_month" DATE;
        ALTER TABLE "household" ADD "single_person_basis" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "person" ADD "excluded_reason" VARCHAR(32) NOT NULL DEFAULT '';
        ALTER TABLE "person" ADD "disability_grade" SMALLINT;
        ALTER TABLE "person" ADD "serious_illness" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "person" ADD "student" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "person" ADD "work_capacity" VARCHAR(8) NOT NULL DEFAULT 'FULL';
        ALTER TABLE "person" ADD "counted" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "person" ADD "disability_kind" VARCHAR(16) NOT NULL DEFAULT '';
        ALTER TABLE "person" ADD "deceased_on" DATE;
        COMMENT ON COLUMN change_event."kind" IS '变更类型 / kind of change';
COMMENT ON COLUMN household."next_review_on" IS '下次复核 / next review due';
COMMENT ON COLUMN household."monthly_amount" IS '月保障金 / monthly amount';
COMMENT ON COLUMN household."grace_until" IS '渐退期截止 / grace exit ends (last paid month)';
COMMENT ON COLUMN household."separately_registered" IS '单独登记备案 / separately registered (kinship)';
COMMENT ON COLUMN household."approved_by" IS '审批人 / approved by';
COMMENT ON COLUMN household."last_review_on" IS '上次复核 / last review';
COMMENT ON COLUMN household."stops_from" IS '停发起始月 / first month no longer paid';
COMMENT ON COLUMN household."effective_month" IS '享受起始月 / first paid month';
COMMENT ON COLUMN household."single_person_basis" IS '单人户依据 / single-person basis';
COMMENT ON COLUMN person."excluded_reason" IS '不计入原因 / why not counted';
COMMENT ON COLUMN person."disability_grade" IS '残疾等级 / disability grade 1-4';
COMMENT ON COLUMN person."serious_illness" IS '重病 / recognised serious illness';
COMMENT ON COLUMN person."student" IS '在校生 / full-time student';
COMMENT ON COLUMN person."work_capacity" IS '劳动能力 / FULL, PARTIAL or NONE';
COMMENT ON COLUMN person."counted" IS '计入共同生活成员 / counted member';
COMMENT ON COLUMN person."disability_kind" IS '残疾类别 / disability kind';
COMMENT ON COLUMN person."deceased_on" IS '死亡日期 / date of death';
        CREATE INDEX IF NOT EXISTS "idx_household_region__b3178e" ON "household" ("region_code", "status");
        CREATE INDEX IF NOT EXISTS "idx_household_next_re_724e23" ON "household" ("next_review_on");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_household_next_re_724e23";
        DROP INDEX IF EXISTS "idx_household_region__b3178e";
        ALTER TABLE "person" DROP COLUMN "excluded_reason";
        ALTER TABLE "person" DROP COLUMN "disability_grade";
        ALTER TABLE "person" DROP COLUMN "serious_illness";
        ALTER TABLE "person" DROP COLUMN "student";
        ALTER TABLE "person" DROP COLUMN "work_capacity";
        ALTER TABLE "person" DROP COLUMN "counted";
        ALTER TABLE "person" DROP COLUMN "disability_kind";
        ALTER TABLE "person" DROP COLUMN "deceased_on";
        ALTER TABLE "household" DROP COLUMN "next_review_on";
        ALTER TABLE "household" DROP COLUMN "monthly_amount";
        ALTER TABLE "household" DROP COLUMN "grace_until";
        ALTER TABLE "household" DROP COLUMN "separately_registered";
        ALTER TABLE "household" DROP COLUMN "approved_by";
        ALTER TABLE "household" DROP COLUMN "last_review_on";
        ALTER TABLE "household" DROP COLUMN "stops_from";
        ALTER TABLE "household" DROP COLUMN "effective_month";
        ALTER TABLE "household" DROP COLUMN "single_person_basis";
        ALTER TABLE "change_event" DROP COLUMN "kind";
        DROP TABLE IF EXISTS "decision";
        DROP TABLE IF EXISTS "review_task";
        DROP TABLE IF EXISTS "workflow_step";
        DROP TABLE IF EXISTS "asset_item";
        DROP TABLE IF EXISTS "income_item";
        DROP TABLE IF EXISTS "kinship_filing";
        DROP TABLE IF EXISTS "case_amount";
        DROP TABLE IF EXISTS "check_in";
        DROP TABLE IF EXISTS "holiday";
        DROP TABLE IF EXISTS "application";
        DROP TABLE IF EXISTS "standard";
        DROP TABLE IF EXISTS "policy_setting";
        DROP TABLE IF EXISTS "objection";
        DROP TABLE IF EXISTS "notice";"""


MODELS_STATE = (
    "eJztPWlv40ayf6XhL88B5IlE8ZCMxQIaj5M48dgD25MEmwREk2xafKZILUnZY+zmv29X87"
    "4kUtbRlPXFlqgusruK3XVX/edk6i58MnVtw/8wmc9tS8eB5Ton5+g/Jw6eEfqhbkgPneD5"
    "PD8ALgZYsxkcLgzW/MDDekB/MrHtE3rJIL7uWfPoiSeZu6M/F0J/INJ/ijQc/rkYaaZyjl"
    "yHoDn2feSaCKPksSiYeu7icUr/E0Sf6rnP2EYvrvdk2u4LOv10+3lydUPv1e9jRfjuA8zG"
    "cHU6Hct53PWDF4717wVRA/eRUCiPPv6Pv+hlyzHIN+LHX+dPqmkR28gRwjLgBuy6GrzO2b"
    "WP1uOVE/zAxsKyNFV37cXMScfPX4Op6yQAlhPA1UfiEA8HBJ4QeAughrOw7Yh2MYHCyaZD"
    "wllmYAxi4oUNNAXocALptRNVvbl9UO8vH1T1pETvGCJDieiS7jrwrtCp+gwBjzCFs7EgDI"
    "eK0B/KI0lUFGnUH9GxbL7ln5S/w8mk2ApvxXB29ePVzQNMyKUvZPiywoW/GQwOcAjFiJFi"
    "3yOPdN4UvQYpk+Fiir1qIhTACtSgyyxSI8b9MnLEFzZKj5M/F/SVx/SvMBD+XIiE0PdfGf"
    "UH6HsUrgLFq2hAsxn+ptrEeQym9OtAWEKOXyd3Fz9N7k4Hwnd5mtxEvwjsJ6BOSg0/oOhq"
    "Q4cEgG8KKENs0lNHGAkU68lJkky+LeKFfgPEC/1axMNPecTrU+w4xG6D+gzItpCfcpQE01"
    "c36pfLu/vbm5P2REiO/j8XMhH6fy7GfWlICZJZSestIDfZAnL9FpCLlKDs5ttrGzokADuk"
    "QnvkS2NDpGgXpFGeECLRMCUBcehG8+ksUbKc1qToN9kVdFQ9MfqlfeEvtJkV0HmpobiTJ8"
    "oniteac6kAV6ANZUcksGbkgxGdANug0nonVXaTSESif5WBSSmUrKgZbZaQ4tPk4bKAZqzr"
    "ZN4eywWwNyI5Ouq3j2NpaFDsKmJfLuA4Xs82UKzbrv6kGvjVL2P4foZtu1bgzEOuFjw39f"
    "4O+60xK/eHGuDUpJgdyxI94k2zT08cyQAsi6akxxin18cU4+4znbZtI9uiLzeyHMacKdJR"
    "vNzGcuxQUOREcoUvy2TV+8+T6+tYOE1pZFAVot0OSCG2/vJvRhIqU0gShv1kB8T0MAg2bM"
    "tpKB212wmUzczV9qgugHUF34qgZ+XPAr71hedR3otgcdtFOr2VTdQ58fwqtH90XZtgpwbz"
    "RdgC7jUKvK1DKLnS8oSXpFC2AZlnqAD/ZIs4CxdBTxrdXviRDeVNuP54e3sNN5n5/r9tdu"
    "GqoATffP388ZJKPkzuoYOsIKcb19BI1bBvVfCKJbpYNTjfYmmBUMAkxgb9PJQJJZpNHrGN"
    "kqW019OaKWrLNLWyqubO5jZ9IKmyGy3bRnlA7veQrPTHlEBmXwB5FBMg0EAGYg3ZZywBv9"
    "D+n+jMwud6KF5ggDyiE+t5A4LUBnfX1J0R9dnyraA15Yqg3NNOGmqU3ygE0w0lDWQpOQV1"
    "d+EErwgWhNiCkOFugOFskEwzy4eDTKUDZhXH38/3tzfVRCoBFiUESw/Qf6mk6W9NYj75h7"
    "lwwu2gLSw7sBz/Azzvn2sYS0xmM9QHA9iJIKfJ0hgk5miZaEbn7ll0Cm8m3s+RNSchXnz8"
    "nX6e/F48GS+ubz8y5Lp+8Oixu7AbfCyQ0SPRwaB6BFN+1IqUlcCdJqdI+gb8HY1gKypwsA"
    "50OVZCqdIfmoPjwzSzbP5IaxDdMlrbCvJQnTEVDLQh/auNccFUEC1nK5YCSn0wquCgGr+A"
    "qBoJIwe5DMfwgR+7V3OfFV2gcevYr9E7sASxD1efL+8fJp+/5N5/QDf8IrCrr4Wrp0VDcX"
    "IT9NvVw08IvqJ/3d5cFrdJMu7hXycwJ7wIXNVxX1RsZFTJ+GqMtYJ4Erk/1bYOySLk7ixE"
    "B+GdBMew+VTpnEwwWybID65HrEfnF/LKiHJFJ48dvcoVlnH0/5S9X8cI8nf82sVX0/fawy"
    "+JX730NlJMGMQmobh3Mbm/mHyiBx4gXcP60wv2DLUG+2ATqRAbPkZgP/xyR+wkDqIe6b9F"
    "7r57ersDwjtDoSu4GdTlkFr+aSbMilewgx/ZkuDZ8KRsVIrvk+CKCtMndWEryYDeyqAVGM"
    "okczZ2dcwKjEcwPo0cGRkC859j5ZxyX3r6WoHfQz7RF54VWIR+fiZTi25t+olNg/7XFlRW"
    "Jr6PTidegAZiVZTKVh91jEvh+OTvoWNcSjfiUp7o0tuQIR6/O9vnes5eXdGAAIJGkR7Pef"
    "8hEM/YXlS89Z+oyjPDdjXGE5ii1hECfYiAt4X+9q5KkYCLXeoPdYr7ZPZv0+UuL64+T65P"
    "B2JPKNi5YjqIJXMyXdJsXqHpLTVIpkDcmyIVaWBSrdkAt2P4WQzNkqZOtemx0u9TfquLA9"
    "C1RQNCUZK18WKSdNx2QXHxeK49LyPNhIAguQ9+lnjGXDhYjprwURPmmSC70oS3ruAtDCu4"
    "I7rr5RWPmiG9lUoeDFa9dPRqNQ8gECDRhhwAiPdP7031Le/Z0kmqlkkaHjBfJPurQeyKKU"
    "kVKt3GbntU3zg+rnpL1Df62rleG56dAPCtssmibsSBdFHobjLztsxbFhvwblmsZd3wUzGM"
    "NDbHtUB7tQGPW7yHGG8cObRtlBMnsIJW8eopBOfasaSZY9AN5EGiKSsjLQxWpytAbN4cEa"
    "FSXF1Fh2pJdXtv/zoxWlk6mBACJA1NJaWDtZbZYvNU6JjJbq1oua4Y7PyFrhNitI60ysHt"
    "0LYRU6cdUxAGLH56HOZnZGbOi+VCIybVzso0qA+9SSHeFG+zy1wOCKmRwZghCcyAlC6Bv9"
    "gZbAakQi6tp0cC0EFyiMy2lKyAQ2q0jrDZZWTNhiTXMNVDMkVKi3hy7y7SpmTa2p/Z5QL7"
    "ZDKDONyTGqtLZkRvldFFp2NVnA5eaXOBm6MQIDWBiKZhQD7QmKqV44FBBb3xaGycM9PJzH"
    "WCqf0aw5ieO0M4vIpcp4deLPrBCnw0xx79ix0DkW9zm6IAHlm2zuxjAhV2nD9K9jlimhB+"
    "+UxUeMTJX0dLTxcsPR2T+g/cUV/YQ5XctUYdLkF2KGebuTglccSyZkaUMOyQYkfUmyWfig"
    "jh6ETMnPstPPVl4P247NdMp4R04iK3gLSIHJN4O9JjV77QwpXP+E8b4T4B2H1uw5rYH4mh"
    "2ksxHnLbUwhb6UVo74Wpet/xKe1nhII2RCqAdYRUoTtL0cZKwdVfWA5/ZApzX9rxclydmM"
    "ydRXs4poxCkgnsn5fpKzqdfPlyd/vr5LqH7iZX95c9RLF38yP9/+Pd5OKy4UbKM/VhE6Y+"
    "rGfqwxJTPyak1KP+sNTkYxhOPaWPYTh8EeRQwnAoX3MeyeUzWWIQygzprbQIscEqSUavNg"
    "kxCGQSYmSiYjKW3FESFXOOMKT6G8QjVOrzCJUlXuHByHYfkQu2lTi+xkdAmcWMIO0Vypz4"
    "rldhC9rlk4/BPFlRngwByfSMCqvQ+I1jSLiw+hzDHjiQC5eEPSzbHMsCH7iSDTYZ+7DDXd"
    "OltJmTr19A1v10soYulXKJ3DaBRUDYZ8gH19kpQpPQFKE+NEXoemjKgRup5/jVdnHFzlhm"
    "qUtAOmIAkgYjCc4vbcxsdcn0+TP48O2F35Tp9OiG58wNPyX601VtT4b45wbqFh2oWg2bMd"
    "zR9/EF24hBnVnZxghUB4o9G4qmkLBQ5Hm2McL/+YmbI4bvIRwEhL6sBhRgg9pQxCirWTt7"
    "aiM/e+gWO7rXORIZj+71bkguiUe5qVc9AeiMMz3y8BLTiL26b5ZaqgqeR+dXxdGyLDw5C7"
    "bD6OT13mrDFLKHOoRiZqbPS4jy0c1wdDPwTJBDcTNANI+/pAlZ8vtKidfIjlwp8cb3Lebb"
    "yiMwQCsjmbBgBVCL6E+jMWGmHVYOQjeTz31IeITP51FHMNKLymX2oJY3RACwK8ZCp//9wJ"
    "2DZPpEyDyKD40qapZlYw7nd3RUcHxsHoXlrgjL/Fu/1zTspSVpS4ZvPjAfRgOqddlnS8NT"
    "S7BdKShVzETLJjJsLittrcDUteKE9x0f3J4COXzvMxB4rZLnh1HovFDQvANlzLVWYQR5qA"
    "6xiqhaSDR/pK3V42/zSfscFJPfDz12VU0+zatpbTysAO1K3f6KlJxkNduzKh5tWUdbFs8E"
    "ORRb1k+ubRn49aTGlBX/3FtlyZpmBq40ZEV3RQw6Uys8bOrXF6OGreesdSUKpjhg3RQ9er"
    "CzNGYdUzZqYA+dgnOV3asHRiDMel5SlvxCyBMdAffU+0Pwyg4GFQXL9ziPNximIjQ3ZvC4"
    "Sr56M2ffVjBtjpfjhqJVE95Sb2uKGqW2dGBloHj3X8myAPZVUZDL/WOjLu5Ro1ie3Fnsfw"
    "t9Ih7Pda1gSYTuVcrYBCdiPOP9xB9zFEGUSgK1fCgjKqziRNmhDXhRNDzrtdBgoxBsME9F"
    "NkVaHslD+CuOwoIa9HUJQsZAJ2VbxEcmnP/0yI/6NvrIsDTs9hD2gS3QB5EqPrSXOazmQX"
    "8UDepUrAsWfhhxdPSaHL0me/CahL1tFR3MwqkHhe6S6eLJXfDnO1l4GnZUb+GF9t2mNCmA"
    "8U0TSdEJ2MUyiTZhJ46vdx8nNyAS3329m1yvQ5BRA3qMaskxKlVTDA+wFoRIIXZXz3Jy8X"
    "D16+UaJmMBuIbcZ17EdOL774PikWeLvKi6jf0K5N/PsG3Xsogi7O4MOoP2G0FgNnu6BZjN"
    "HiaO2MTR4GzYkBQhJxkKipzwDviyjFvcf55cX5claGwYHqlC+JIq0ikI13K0aIqg0igiC8"
    "ZLJ81F242DKCrU3mnIdUWh92m8FwnWmD8datcYCjQLGutaWlvL8vwAzbFlbM+SDxFafusa"
    "ZnmorqA7DV5bgu6w3KLjItt1HonH0L8NxEfRc23dsgUwrrlAFF/IuoDHPRyi6XPjlvXJHA"
    "Oq6JEOuokfQNmFlrbG2ntw37NMGkoSyKWE7gsqw2hJHYpxXwmNGCCpJstD6fJYPTR/as3f"
    "XgNtg0ZJn07BJuqceD7FO6vR1kqZqAbne5MxEsL2ipVv0RxTFi8PZaiCFi7pLFwSSpbEhS"
    "D2SIcRlcocVoXuXc98CmBd4T4ygSL64z70AQQPCpBLAKJpMthH2KoQ+WYFiDiGj06pXpJl"
    "/m/fZxVMCJ6hRhpcu8CUMmRX6CCSPsO6MGDnnBFGwFMKMISHS9oGrh3ybU1clyG3juvNGJ"
    "4oqrVKVMOKYgXc2ERD0jK6318tv5M8D88l4mcYN26o4h1YRn7O6Ds31nw38pCdejfCgG1Z"
    "Kr0b0ZoO/cWI0Zh5M9jsWzhac9qbbemsuGyFhPkxgv7hlzti1xXUzXafTO/Gzyvz5mCrvL"
    "rr+6SqZnRrVMF9rgIyO1hEMSvcBjCVb65xiKiKK5JsAllpFZRDxFScyboBTGXTZw8RVZaj"
    "uzOyAURdsRsd8lEVWYAog7TpvTaAsl/CG/7A7neoWJuRmUa8DWDrC7Pp8IOmk0JcVC7Ua0"
    "PIi7TgAPtPG8DgHbvbA70ZP1h8+8u27XDAzMFWEw+YP/qWBwSG561qxYNXhgSGN0cAkAbk"
    "ydIQXryBLJ0j1yHIdxeeTqA6ZvJYFD6ph3SQiaC2Mvmm24uotpcBFQtACzqdeAEaDCvi0X"
    "f54GNlhI7G+EW+g7ZEyIGtFUKzOzt22AxWlMCQFzIzFugavuVII+A49VHgNrQm7KVg8HsI"
    "xexOAQudYuvR9Vo5wrMwnGcn52Ius/Pef2Xzg4iFWu8YY+FQkgJpZLl6CjyEQ1F2YLlG67"
    "CcAlhXPHLZFl6hZxSic6CaM1sPitezaRdRhK6QU7XEcQjUXQxHXucIw02ZdTv8BuBIm5Gq"
    "c6X+XM8BcX6wS+O+GFYCoai8uP1683D5qYcuf7+4/vrp8hNI9/Tf14u47P/e+azjBu1y9q"
    "LxXAfA5Jr+xTPmIr7lWCXhWCWBZ4IcSpWEvNm4xiZVsi0vN0vlbdvNLFPRI1AIk6lYYIJ4"
    "KRIN6hboEsnGV0IF+kiJfpm6yIIcUIdgjyppYMF8ZqYkliAKGUOmGRYweLboS/UIJQ4Mry"
    "JjdZ8TOVquOD4YezxarnZmEKmwXB1tVEcbVTPZmR16KuUVXtvKF2VIzmmSqUESxpXDlgGl"
    "XEjbwoU8ILsoDnI5GKLXI8/uy5NslDbS2BiG5UsS2qxLF6mJJiTVK0JSRZVQu6YZ/bJTrN"
    "aByxtNcvLUQIEzTDfDDGO7Rfv5bSd5U2GwdbZZFoZzKqSSbJJsxmbPTaZZiMv2IcdZuE4F"
    "HGcpkgs4Duly4OHGx87zHOtBRwNRI4IcioHoxg0snZzUWIaiX3urTEJOOm6lKSi8Z6Zg2E"
    "CGFNvxEH8ff5FIf3iO5h45C5OisY3CJyDLYQEVkW2F1aycL7Q4QwBhMyAeioHK1p8dP/to"
    "8OH4oOstMfhkclha858y7JaCljaj0irScMg8RUpYgyCbbcMXubokHGzI3PCGmOGjYW5rVE"
    "mYBkQMSGCSi3gCH+a4A+15lOtz9OXuUp18+XJ3++vkuofuLy9ub1hQwZevH6+vLiYPV2Gz"
    "kP2bFqgc7AV+y6z2HFB3OluY/X5YNyg0tHkbiBCr6GXhGG3RmQHpSlSSQsBoSU8XqCZOmv"
    "b0Wo3JFhm929Y8bjVojbikG2U6YKX+4eaGrlRBkjtnNAGzL7BgMPI9GMmGBHxiWEL4kWLX"
    "D8DjG2oB9JDRsU/OobGRfQbTZu5ex3VeZ3RyPfRMPIuiwejRi/4L1BUo6yH7mMBRGTkqI9"
    "xLvF3URt6FzNsZZzSciq0dnTkgrkM6JY11Hw69mR6Zux5YnRgXOCWzefCKLDNlBg0rY23b"
    "y0kfF1TGOj+QbzUHVwaEc71EGowkpqqPIYUlnfabxLWHy98fcp6aUrfDxFtzfXvzYzy82A"
    "KxuDVYV4W2jfYKYJ3RR6L8U2HYZ1slXMQBCtJRsnuNFJ2mwi8XoefpuJXyc3jPqp4f2Uiy"
    "TNikS8+k1IDVQ5ZBNwkTUpH2yqzqHvHZRXT1ia4RgMpS8+4ee5SVOyorH2UxnmQxy1DDTd"
    "WGFjmgzVBiSy3fRqxGuUhMA1QWfRBGACbkSI6UtYjRpH3IoL5/yKDUQIS3rmQb2gzZ6L5j"
    "XN/O4vr6JKmpTIZaTXQfClw0Be/V6U+Xk0+suxcwXbi0lmayefO8ZnnBVI1F16YScR6qMw"
    "KxNDBx2hY5066SrQfF8914HwXyrc02iIZzvgPkvqAkhQuiKe+5Q1RUQ6dC/FxWoT8DtcOa"
    "/PHhv0aqNhQUYufNgJ37evJGG3AO5RJZorW1SmhZJpJurhp/XOZI9Qj227GJClCuLVaUVx"
    "gF2g3H0AJJJqCYv0xfwbOBMu/h/mt/GJaPNYuS71V99HCVLrG881cVPOeli7SRBjtJI1AM"
    "QRyDCxKDET5dCmJLQYMzsZU1fhP9wDL4bBvdUAHK9XbJESJbHSdDiHgh+5effCiSsfBVy7"
    "adyoZtK7rDlKC57wszHujQB1nSpdCq6D46lk95TLQWlFkLL8wG2mSrOp5jnb48bfZOCXCH"
    "O+eHr9fXa7hHBA3UQQFDUl4fFHNJGMPugdv10JfJ3cPV5Boc5jdR3sLe23oujErXyPKNk0"
    "Jxv2EkRYAslxF0ugBJDbJc6ETOQEdCmYXwslsMolPBqrWXpADWlUAjWVOYDYu1I8vqhDBR"
    "VteA4O201+M/iHdTancnonjfd97Plgo09zqWDfTFtS399Z4EwZJyMflBvZWORTZc9TPjVz"
    "sYGQyKYDIeP2XIWrRoY+beNUFXkSB7cgBN1RVTJuD9s10d28hb2BAT8Y0+yu+hwCIe/edR"
    "LdOgt+whnY568uHOgvwdFHuL3Cc9lHRNPWPNXyr8kLzNrsJd+UfRp/VEmASXtoRlpQP/Or"
    "o1eTmAe0e3ZkfcmtFWapxfQbpQJCA9pKDcqzJmZu3kyN6/Se4Z24uKl//n+9ubarQnAEVR"
    "3NID9F9kWz5nYmJ/qEMqUTztN8nbgJacPlSKHyuGivXyKfxwg2L8WIF3tFCOypCdcZrJgg"
    "wtyEeiXlCQkjVtrQgv3X8ti5KkEFzbOEcaWDepnISTgiR05nstR8JRPN8d43d10nf060qx"
    "20vHrRS3w3tmiiFGbzuIsClbBuF1IJwZ1qMVQH5XQE9QC2RZw3pmfa8Yi0YvVjBFVuCjuY"
    "3TrPkplXCxp09fy+L0zp/+hui+thLYZkWvLcUx8S551cvFvMU0bUoUEMFlqozN/huCmjZf"
    "pskmz6SiHXk9uhMAzjUPXRQSf2cy5/071+bYI07QWusrgK2F+x22wcYh6gtHT7iIvR89+Z"
    "NffSW4Ipa11giSg9mdlVroC+IalIixD0ZQRQwDW1kQDWWr8SIaG0yEgaiIo6EsJnaS5Moy"
    "80jZHbPwNOyo3sLDtqrbuMrHXL8VKoG5Fo0lRSeAehnIIPTlOAggtznYss7YslCyrNYqeh"
    "MNvV5B505oTvoV1grO2Y6Gq4TnpJdiUwkaABAAZOzBY2Dj8mjI6i6aLJQDD86Rr0+JsYBC"
    "f+FzeqGTjX47Y317WYo3fDij4uvM8n3i91LBlo41bMupqG2+r0kcs2WOZmV+hTvOlZv3Vb"
    "fn/uKny09fr6EX0OdLCMhQL3+9vHmAw4b+cvGLesVJ3Z72cbkdCcfNBd+mc+aiK5BBuUjL"
    "qJsEYvsG5Q11WmA9xsayBPg3NmDqrzAc67bbPoApB9SV8CVJG+lh0D9oKmwF20Couwigg2"
    "ub4yADwvV5EFeaGoPzKTPp/R/B7yNAjEOR8X2HgjUmyKEEfd1TOhn0Tic1inPye2+V2uxn"
    "R67UmeP7prqqaIpg/DANprFCiXxpoMvnhb6zLBwqLFfBUkpxLMrT24Wmke+ZaaTHHLP05z"
    "CU1SkrzHuZQZNgrYzdCr4eg7Z4PSp7R+26I9p1YUutYUHugK6dtR7nkse+3n2c3ICWfff1"
    "bnK9DkU2nPfy3rurp8wl01c9ZStvV2Li3ur9Fr3VjwFexwCvY4DX1gXu31zvybTdl/uAzO"
    "uE7tyYlYL3SzRa9ePhK6Xv+AEIQLI11VgmGHMXKUNsUloKI1aYWIO6CqYknVNBllDxATu+"
    "xYq8MKcQfZbr9ZA7txyWpoCDAOtTaFbvM6nYp6ohDhYe8cti+H6ncvReHeXro3z9ZvkaeK"
    "QKcZmtiJGH4l26Zq6T9CiCTObGkkHRfdLIe7LEeVLEf+C2x34WhnPcyxIc+jncBy4fmGf8"
    "pg3aEwDOca4Q3WQFFEgixSVT3380asTfy4ivLyqdAeFafJYHfXjNxzqc9JlJ81dSOiNblQ"
    "lRn5tVANt9htbJP8yFE3bg0BaWHViO/wGe98/2xBrLYhgsCZp8YWH85XClwm8beuWhOk0u"
    "RVPSAvrputCp5TwTP7AeMT3hIBebRcURr2kN/V0Tsn235A72Sc71Ro5n9677InejGcz7c4"
    "wXetVswDU+yd+xY0Rp6hwvv5O8uccnxLP06UmNnS76tbfKQofTcatMc/U43rCp6r3Yqd6Y"
    "i1JvgXqm4kHLIt8ZEJ61v+YozivXktREu5akevUafvu7yPJaadfh8APE7qBRzO1gScztoB"
    "xzW9ubqV4bqO/NxGVtjbY8a6si/F7dUH//D3WqITI="
)
