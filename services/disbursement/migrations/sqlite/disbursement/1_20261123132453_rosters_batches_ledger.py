from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "ledger_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 县级区划 \/ county code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period */,
    "kind" VARCHAR(16) NOT NULL /* 类型 \/ ALLOCATION, DISBURSEMENT, RETURN */,
    "source" VARCHAR(16) NOT NULL /* 资金来源 \/ CENTRAL, PROVINCIAL, COUNTY */,
    "amount" VARCHAR(40) NOT NULL /* 金额 \/ amount (positive) */,
    "batch_id" BIGINT /* 批次 \/ batch */,
    "reference" VARCHAR(128) NOT NULL /* 凭证 \/ reference */,
    "recorded_by" VARCHAR(64) NOT NULL /* 记账人 \/ recorded by */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Fund ledger entry — 资金台账: an allocation, a disbursement or a return of a county's dibao fund. */;
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_region__78fb1f" ON "ledger_entry" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_period_5fe656" ON "ledger_entry" ("period");
        CREATE TABLE IF NOT EXISTS "payment_batch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 县级区划 \/ county code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period */,
    "kind" VARCHAR(16) NOT NULL /* 类型 \/ REGULAR or SUPPLEMENTARY 补发 */,
    "state" VARCHAR(16) NOT NULL /* 状态 \/ AGGREGATED, RELEASED, ACKNOWLEDGED */,
    "line_count" INT NOT NULL /* 笔数 \/ lines */,
    "total" VARCHAR(40) NOT NULL /* 批次金额 \/ released total */,
    "created_by" VARCHAR(64) NOT NULL /* 汇总人 \/ aggregated by */,
    "created_at" TIMESTAMP NOT NULL /* 汇总时间 \/ aggregated at */,
    "released_by" VARCHAR(64) NOT NULL /* 财政确认人 \/ released by */,
    "released_at" TIMESTAMP /* 下发时间 \/ released at */,
    "acknowledged_by" VARCHAR(64) NOT NULL /* 银行确认人 \/ acknowledged by */,
    "acknowledged_at" TIMESTAMP /* 银行接收时间 \/ acknowledged at */
) /* Payment batch — 代发批次: a county's aggregated rosters, transferred and released to the bank. */;
CREATE INDEX IF NOT EXISTS "idx_payment_bat_region__15dced" ON "payment_batch" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_payment_bat_period_e01eff" ON "payment_batch" ("period");
CREATE INDEX IF NOT EXISTS "idx_payment_bat_state_91578d" ON "payment_batch" ("state");
        CREATE TABLE IF NOT EXISTS "payment_cycle" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 县级区划 \/ county code */,
    "cycle" VARCHAR(16) NOT NULL /* 周期 \/ MONTHLY or QUARTERLY */,
    "effective_from" DATE NOT NULL /* 生效日期 \/ effective from */,
    "stale_after_days" INT NOT NULL /* 资金滞留天数 \/ days unpaid before flagged */,
    "set_by" VARCHAR(64) NOT NULL /* 设置人 \/ set by */,
    CONSTRAINT "uid_payment_cyc_region__cfcc2a" UNIQUE ("region_code", "effective_from")
) /* Payment cycle — 发放周期: a county pays monthly or quarterly from a date on (local configuration). */;
CREATE INDEX IF NOT EXISTS "idx_payment_cyc_region__a17022" ON "payment_cycle" ("region_code");
        CREATE TABLE IF NOT EXISTS "payment_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_id" BIGINT NOT NULL /* 批次 \/ batch */,
    "roster_line_id" BIGINT NOT NULL /* 花名册明细 \/ roster line */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period */,
    "bank_name" VARCHAR(64) NOT NULL /* 开户行 \/ bank */,
    "account_number" VARCHAR(32) NOT NULL /* 账号 \/ account number */,
    "holder_name" VARCHAR(50) NOT NULL /* 户名 \/ holder */,
    "amount" VARCHAR(40) NOT NULL /* 金额 \/ amount */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ PENDING, PAID, FAILED, REISSUED */,
    "reason" VARCHAR(24) NOT NULL /* 失败原因 \/ ACCOUNT_CLOSED, NAME_MISMATCH, FROZEN, OTHER */,
    "paid_on" DATE /* 入账日期 \/ credited on */,
    "result_at" TIMESTAMP /* 回盘时间 \/ result received */,
    "reissue_of_id" BIGINT /* 补发自 \/ re-issue of line */
) /* Payment line — 代发明细: what the bank credits, and the result it reports for it. */;
CREATE INDEX IF NOT EXISTS "idx_payment_lin_batch_i_2539b7" ON "payment_line" ("batch_id");
CREATE INDEX IF NOT EXISTS "idx_payment_lin_roster__089c8d" ON "payment_line" ("roster_line_id");
CREATE INDEX IF NOT EXISTS "idx_payment_lin_househo_1639c4" ON "payment_line" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_payment_lin_region__ec6275" ON "payment_line" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_payment_lin_status_d9b810" ON "payment_line" ("status");
        CREATE TABLE IF NOT EXISTS "roster" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 乡镇区划 \/ township code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period */,
    "months" SMALLINT NOT NULL /* 月数 \/ months covered */,
    "state" VARCHAR(20) NOT NULL /* 状态 \/ COMPILED, TOWNSHIP_APPROVED, COUNTY_APPROVED, RELEASED, SENT_BACK */,
    "compiled_by" VARCHAR(64) NOT NULL /* 编制人 \/ compiled by */,
    "compiled_at" TIMESTAMP NOT NULL /* 编制时间 \/ compiled at */,
    "revision" INT NOT NULL /* 编制次数 \/ compilation count */,
    "line_count" INT NOT NULL /* 户数 \/ lines */,
    "total" VARCHAR(40) NOT NULL /* 合计（元）\/ total (yuan) */,
    "exception_count" INT NOT NULL /* 异常数 \/ exceptions */,
    "batch_id" BIGINT /* 支付批次 \/ payment batch */,
    "sent_back_reason" TEXT NOT NULL /* 退回理由 \/ reason sent back */,
    CONSTRAINT "uid_roster_region__8f947f" UNIQUE ("region_code", "period")
) /* Roster — 发放花名册: one township's payment list for one period, signed off step by step. */;
CREATE INDEX IF NOT EXISTS "idx_roster_region__7c4cab" ON "roster" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_roster_period_b07ba1" ON "roster" ("period");
CREATE INDEX IF NOT EXISTS "idx_roster_state_0579c0" ON "roster" ("state");
CREATE INDEX IF NOT EXISTS "idx_roster_batch_i_382876" ON "roster" ("batch_id");
        CREATE TABLE IF NOT EXISTS "roster_exception" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "roster_id" BIGINT NOT NULL /* 花名册 \/ roster */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "head_name" VARCHAR(50) NOT NULL /* 户主 \/ head of household */,
    "reason" VARCHAR(32) NOT NULL /* 原因 \/ NO_ACCOUNT, HOLDER_NOT_MEMBER, STAFF_HELD_NO_AGREEMENT */,
    "amount" VARCHAR(40) NOT NULL /* 应发金额 \/ amount due */
) /* Roster exception — 花名册异常: an entitled household left off the roster and why (never dropped silently). */;
CREATE INDEX IF NOT EXISTS "idx_roster_exce_roster__6a5fd0" ON "roster_exception" ("roster_id");
        CREATE TABLE IF NOT EXISTS "roster_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_id" BIGINT NOT NULL /* 明细 \/ roster line */,
    "kind" VARCHAR(16) NOT NULL /* 类型 \/ BASE, EXTRA, ONE_OFF, PRICE ... */,
    "amount" VARCHAR(40) NOT NULL /* 金额 \/ amount */,
    "basis" VARCHAR(200) NOT NULL /* 依据 \/ basis */
) /* Line item — 发放项目: base benefit, extra support, one-off or price subsidy, each with its basis. */;
CREATE INDEX IF NOT EXISTS "idx_roster_item_line_id_117136" ON "roster_item" ("line_id");
        CREATE TABLE IF NOT EXISTS "roster_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "roster_id" BIGINT NOT NULL /* 花名册 \/ roster */,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "head_name" VARCHAR(50) NOT NULL /* 户主 \/ head of household */,
    "members" SMALLINT NOT NULL /* 保障人数 \/ members */,
    "monthly_amount" VARCHAR(40) NOT NULL /* 月保障金 \/ monthly amount */,
    "total" VARCHAR(40) NOT NULL /* 合计 \/ total */,
    "account_id" BIGINT /* 账户 \/ account */,
    "bank_name" VARCHAR(64) NOT NULL /* 开户行 \/ bank */,
    "account_number" VARCHAR(32) NOT NULL /* 账号 \/ account number */,
    "holder_name" VARCHAR(50) NOT NULL /* 户名 \/ holder */,
    CONSTRAINT "uid_roster_line_roster__c38cb1" UNIQUE ("roster_id", "household_id")
) /* Roster line — 花名册明细: one household's money for the period and the account it goes to. */;
CREATE INDEX IF NOT EXISTS "idx_roster_line_roster__e3733d" ON "roster_line" ("roster_id");
CREATE INDEX IF NOT EXISTS "idx_roster_line_househo_587cd8" ON "roster_line" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_roster_line_region__8c70c8" ON "roster_line" ("region_code");
        CREATE TABLE IF NOT EXISTS "sign_off" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "roster_id" BIGINT NOT NULL /* 花名册 \/ roster */,
    "step" VARCHAR(24) NOT NULL /* 环节 \/ COMPILE, TOWNSHIP_APPROVE, COUNTY_APPROVE, SEND_BACK, RELEASE */,
    "actor" VARCHAR(64) NOT NULL /* 签字人 \/ signed by */,
    "reason" TEXT NOT NULL /* 意见 \/ remarks */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Sign-off — 审核签字: one step of the chain (compile, approve, send back, release) with its reason. */;
CREATE INDEX IF NOT EXISTS "idx_sign_off_roster__ec0784" ON "sign_off" ("roster_id");
        CREATE TABLE IF NOT EXISTS "subsidy" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 适用区划 \/ region it applies to */,
    "period" VARCHAR(7) NOT NULL /* 发放期间 \/ period (month or quarter) */,
    "kind" VARCHAR(16) NOT NULL /* 类型 \/ ONE_OFF or PRICE */,
    "name" VARCHAR(64) NOT NULL /* 名称 \/ name */,
    "amount" VARCHAR(40) NOT NULL /* 标准（元）\/ amount (yuan) */,
    "per_person" INT NOT NULL /* 按人计发 \/ per member (else per household) */,
    "basis" VARCHAR(200) NOT NULL /* 依据 \/ basis (document) */,
    "declared_by" VARCHAR(64) NOT NULL /* 设定人 \/ declared by */
) /* Subsidy — 补贴项目: a one-off (春节一次性生活补贴) or price subsidy (物价临时补贴) decided for a period. */;
CREATE INDEX IF NOT EXISTS "idx_subsidy_region__432dc0" ON "subsidy" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_subsidy_period_727a9e" ON "subsidy" ("period");
CREATE TABLE "bank_account_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "bank_name" VARCHAR(64) NOT NULL /* 开户行 \/ bank */,
    "account_number" VARCHAR(32) NOT NULL /* 账号 \/ account number */,
    "holder_name" VARCHAR(50) NOT NULL /* 户名 \/ account holder */,
    "holder_person_id" BIGINT /* 持卡成员编号 \/ holder member id */,
    "is_current" INT NOT NULL /* 当前账户 \/ current */,
    "opened_on" DATE /* 开户日期 \/ opened on */,
    "kind" VARCHAR(16) NOT NULL /* 账户类型 \/ kind: YIKATONG 一卡通, YICUNTONG 一存通, SOCIAL_CARD 社保卡 */,
    "version" INT NOT NULL /* 版本 \/ version */,
    "luhn_ok" INT NOT NULL /* 卡号校验通过 \/ Luhn check passed (warning only) */,
    "staff_held_by" VARCHAR(64) NOT NULL /* 代管工作人员 \/ staff member holding the card */,
    "staff_agreement" VARCHAR(128) NOT NULL /* 代管书面协议 \/ filed written agreement */,
    "changed_by" VARCHAR(64) NOT NULL /* 变更人 \/ changed by */,
    "changed_at" TIMESTAMP /* 变更时间 \/ changed at */
);
INSERT INTO "bank_account_new" ("id", "household_id", "region_code", "bank_name", "account_number", "holder_name",
    "holder_person_id", "is_current", "opened_on", "kind", "version", "luhn_ok", "staff_held_by", "staff_agreement",
    "changed_by", "changed_at")
SELECT "id", "household_id", "region_code", "bank_name", "account_number", "holder_name", "holder_person_id",
    "is_current", "opened_on", 'YIKATONG', 1, 1, '', '', '', NULL FROM "bank_account";
DROP TABLE "bank_account";
ALTER TABLE "bank_account_new" RENAME TO "bank_account";
CREATE INDEX IF NOT EXISTS "idx_bank_accoun_househo_86e725" ON "bank_account" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_bank_accoun_region__95db42" ON "bank_account" ("region_code");
CREATE TABLE "payment_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period (2026-07 or 2026Q3) */,
    "amount" VARCHAR(40) NOT NULL /* 金额（元）\/ amount (yuan) */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "paid_on" DATE /* 入账日期 \/ credited on */,
    "account_number" VARCHAR(32) NOT NULL /* 入账账号 \/ account credited */,
    "line_id" BIGINT /* 发放明细 \/ payment line */,
    "ledger_entry_id" BIGINT /* 资金台账分录 \/ ledger entry */,
    CONSTRAINT "uid_payment_househo_0ef384" UNIQUE ("household_id", "period")
);
INSERT INTO "payment_new" ("id", "household_id", "region_code", "period", "amount", "status", "paid_on", "account_number")
SELECT "id", "household_id", "region_code", "period", "amount", "status", "paid_on", '' FROM "payment";
DROP TABLE "payment";
ALTER TABLE "payment_new" RENAME TO "payment";
CREATE INDEX IF NOT EXISTS "idx_payment_househo_cc25e4" ON "payment" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_payment_region__c58be7" ON "payment" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_payment_period_9bed90" ON "payment" ("period");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        ALTER TABLE "bank_account" DROP COLUMN "changed_at";
        ALTER TABLE "bank_account" DROP COLUMN "staff_held_by";
        ALTER TABLE "bank_account" DROP COLUMN "version";
        ALTER TABLE "bank_account" DROP COLUMN "kind";
        ALTER TABLE "bank_account" DROP COLUMN "luhn_ok";
        ALTER TABLE "bank_account" DROP COLUMN "changed_by";
        ALTER TABLE "bank_account" DROP COLUMN "staff_agreement";
        ALTER TABLE "payment" DROP COLUMN "line_id";
        ALTER TABLE "payment" DROP COLUMN "account_number";
        ALTER TABLE "payment" DROP COLUMN "ledger_entry_id";
        DROP TABLE IF EXISTS "roster_item";
        DROP TABLE IF EXISTS "subsidy";
        DROP TABLE IF EXISTS "roster_exception";
        DROP TABLE IF EXISTS "roster_line";
        DROP TABLE IF EXISTS "sign_off";
        DROP TABLE IF EXISTS "payment_line";
        DROP TABLE IF EXISTS "roster";
        DROP TABLE IF EXISTS "payment_cycle";
        DROP TABLE IF EXISTS "payment_batch";
        DROP TABLE IF EXISTS "ledger_entry";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvmymip0FYxuY+0QIM8MtgRyQ25ebK5dfZHAFbNY2yVJ7+99PLb8bAz"
    "YhIE/4MBmw1UZSW1L3009Lf1U0w1HWtoOX2HQ/dtaa4Y6xatla5RP6q2LKS0w+7C5URRV5"
    "tUoXgcuurCyorAzFJTsqrziuLasuuafLCweTSxp2VNtYuYZlggT9AUQKGQtk6cidYxR/On"
    "Kw/WyoGH1bc7U6T/4TFLn+bd3y/yo1ckUXhI/wa5qlkp8zzNmpH7w2jT/WWHKtGSbPscnj"
    "//NfctkwNfwndoKvqydJN/Ai2ZsG7Qd6XXI3K3rt1pj1TfczLQvVViTVWqyXZlR+tXHnlh"
    "kKGF43z7CJbdnF8AuuvYbeNNeLhd/5QQd7lY2KeLWMyWhYl9cL0AlIexWIrlUkaTiaSpPe"
    "VJIqW/oKJGI97V9SLRN0Tarq0A6YQRV+bHNco9Hkag2xJfDNptCqtUhZWt/tW82/vcpEve"
    "U9ivZZ/0t/OIUKWeSF8t42uPA3lZFd2ZOiyoh6n7x6lr2tgO5ctrO7PxRIaYA0La2BoL/3"
    "qSC4cFIdVL6tRV7Vvq15XVDJX6zI6CcU1jyHbpbyn9ICmzN3Tr6K/J5u/3dn3P3aGd+I/I"
    "dk3w/9Oxy9BVpI9DrUtFi3+xJl6Xevx/1KX77LyYxmuJsiXR5JvFWXRzP+q/pcUPQ2mZFV"
    "kczLTbWpkCvNlkL632sBovVmSAlS1pR/SA9S5rz/dm9/pfI6Peh1kVxp6M1ID14LLq8FG8"
    "9InUkPa7iIHlJiTGui0ZDJX67OweyPG0QfrVqdaMJrAwraUFQXdS6HLurcTl3AraQunLWq"
    "YqzhLCPIshZYNrOVkZBLqUIhgm81QQXaKbYocHUwFrm2TlSQqPlhBeyzeEajATxk6Th/LD"
    "wTKGX/DB/vb3tEI1QhpJDhJsyiSA0K1i07YzT8czIaZisgkkj1vmaoLvofWhjOlkmaoQS/"
    "P8+wSDS0FtGEqPOgCV4jmoia8Co1QB8l1BC87zf3nV/TQ6E7GN3STrMcd2bTp9AH3KYtJN"
    "3FGXbpbn2EAiVUB1/DYC0FLWBQG+62Ku5IL7rGEu9Qh5ulC1/kY/CBKctV0MmK3RZ0nugi"
    "qFyOBcLGsjYyFxu/IntUM+3f9ybTzv1DQj93nWkP7nD06iZ19UZM6Sx8CPqlP/2K4Cv6fT"
    "TspdUYlpv+XoE6yWvXkkzrRZK1WJ8FV4N+/RvcdP0p5irCBUVWn15kW5O27lictavs9q0l"
    "t0xfkU15RnUInUu7Lo6t3MrmU0dVrbXpVnYCMPFC1cMAjEKKS3Ks/EEABn4A+RIRGMLjGq"
    "xpDTD22rW6/FN4SRFa3iViC2qcCMtfo/kJvcyxjZGM5tbawXNrof3gkBnYxLrhIsNBqo01"
    "sjxp/0D4GdsbpM5lc4bhjoxM/ILIRYdUaBvGYa96VzCopGBQqPtMD22fHtKShzVyyaleUB"
    "RwzsjEnXLUwmbk99XOqLjSenBHWkhl8eHokkK/FNBFQoh1gEmHlQPWCbJmtHiA9qD6bKAZ"
    "/tInmeulkuUy7MNU05KM68Fbr/25Kljyo9oX1UUjz0ho7B4Jja2RAFMntguPhZQY41rwxg"
    "Fx2rSYFrwmHKMFoZZDC0JtpxbgVqYWVsQkI91YfCnflj5qOT+bLy02avXA1vWhJh6M3NTS"
    "Ds1CSwyjhfHl3XAkdW3bvutSABVMCrIOCwq60PDAqLgrQnQVawMrAKG1Ir1GnNqMoB0AId"
    "nqSAjtw0JYGk3xxV4UsED+NusA3HqtQXkDenv0AuBGqn+fSDuKLBlB+fOtFZXf+j93pqPh"
    "l+LhiOjlTgXooBWfUPDgDLe9Sm52H4fJu6EHX0WTUbffGUjdzviO3G+2GxiCr5rmPeMo81"
    "jMYx6nUamYeSymlyMfGtjW7s4lKCbxVo7ktn7rhdXa5HjAcJscGMSxOudeVrg63+RbDZEP"
    "V5Pwyr5FZHt2WqznpmQ9FVwtYlLMLxV0RMBSTjq8xcHokFtqiGPpKiwbA9IepM6x+oRWsu"
    "OQuermRbZNoggyaS02H1haTxxX1nVpDr+hFGIlbAmecQYsPvP5jjuljAkaLCYRJccz0yAi"
    "CE0KLDOw00BjQEdTZZuRkLnX6/LMxiGiXExhCdHSqIzHIsREmiIHg4/XKfsPYlW6sSDD68"
    "U2XBebKNG44nhMKxcg09qDyLTS+vLg6aJjKynFtJbi8UOf3+bXHnm1v/yYCXqzePAwKXmC"
    "IOJFwrqJgGKgHPn1Xg1LYcSg29iOIw6wNsN2z3TtTWVnHDFeqHo4jrigxSUclj8YR/y8Nj"
    "XkiSEqFkXrWhpPXph2XfOMnJrnMnxCMplbFwtLleEZVSQnCdqWTa7Y2F3bJhC4ZUShqM0P"
    "DimmyBbSyQ9uxwsvV41rXLCkccH3EW5SiHnTxHIzHnqCmZu+zQyFm1bYNqxCYEkkwbYOAG"
    "gKV8yo0kW7fN8ACHq8ubPDm+n+Zh+aOqqzE0BUZzAYdTvT/mhYRXf9ye3jeNK77w2nVTTu"
    "TR/HQzaQJMda22qhKSiSYNqajy+8YlMEzBW3a0QvXaKDcWdQRQ/j0b/7QwD7qqg7ehxOf2"
    "NDJfIyIFKlDHysGkt5sSPwGgqlbXtP6qMvzdR48bTTbrVp2I+2AN0QU9lwjWf8emzprtft"
    "33cGN3W+yqXQo0Ax/FakT5FddV44wheXYjyyxzXb5K/C1SnlgFSb5bCdjXVsY7PYDJUQYn"
    "qSEuoYAnWK6pFwYtVmAvLxcmoLYz4pMcYX7RZNu/XiST7sEzSAGdyHbbL4qWamK1ucNZTn"
    "Qd5QlGYnwhMUqB5Gd1axogeBHf+5sUT5BjXkBIjGtsJE+U9oaZl4E1KpkWvF+dZIp0CK5/"
    "ZUIS9fxVAdr1gcsNnGdC5Sgww45z/bRGDPi/vvFehhx2K5EsCvBPBSIHJlIYC/K0QO3XA1"
    "Tvyx1gTgHz7+q5HT+31TlO49AhHf1rpea4Fnxjfo53aETGzWsnlCVIIrgEo4ruyunUIwXS"
    "hxRg/4odO/K+4FNzlYOsQanYmiel8eiVvJRlF+akykNOzUOqCjPqEyzk4Nbdq34aeWM8vk"
    "KJQn6uDMfJOgo49560+fcbIwTFzYWI0JsY1/xt04UaxhCFCqIizFvsMHLWHZTo2zJIqraV"
    "uYbXVl8yfAhq2JngdOVBf3o1lTHYt4zi2F/Q+BOrdBcCAnsiOF0YT8+A4ViafYg0/iD9Ew"
    "UPEpToCRZzPirMCbiWzLcbHtUFjFdHRs28AGM8kNvMCy44ExQHqFzMrdCM+Z63Cl7JQUyX"
    "kfAMGVsnNpHVwpO0da5uPel8dBZ3yEAxrn7fhPAShm8vjwMKCknc74NyBztsCQh6WBDf8U"
    "fOVi3J1AgO0RkAAEOl++EJUQ9/EOmFODXmcCnzrdn4ejXwa9uy+9OzaUQT0gNRsx2+82qT"
    "sQszfMzKsV14lSpwT8JnCooNp5MZoT5+W5luuBhwUwyVDmMpBk8c6O7M4USSpmVfpNOj9D"
    "SrUxdFDRRKCEFOOcEFHlISuy1lCira4jm58VVkjQpUdkAyUky8USiakmwRiJKShvRtB3Rh"
    "1JRjO9iaIwdSshxjSs2tI4jiJ54LG0RErLkPkYicufKlkZrmHfFh+vKdEype/xuKZEqGts"
    "vIb6eS/5e8nYxxO5RXHLokM0Q5TpYdrmQemwx1nmMI03h5mhmujjI8iX2+JlGrJxjYkNWa"
    "CTrJhebuN6ey9DmEUwv7vxGr8fzPdKVfOD+WookBvMpyLZhEmBF1seshUB6RBxc4A+6c4X"
    "G4Bb/ljLtott8kW3rSXkxJLBgCwT3UCi7IKImboxW9s0Z/bDbkD/AvXIJG6mkF+s61iFzB"
    "YJHnvlb15Rf1bwtvKg/uGslBt2CAQYRxyiiYl0+/1oOP06+A3mon89dsbT3njASG5iag7L"
    "tIuyFbEt+Up+1BnTegUIyIgC3ZosTpAK24SCNp2aI+W48gJL9BgLSSPLVAFoOUv0fABzoz"
    "jomcjYxRowcwShTYZGm2uHyDO0BK1NoNn5h60gfSHPZrnJUyeGox3sFt1tLJRgfEpqKQro"
    "QAeXzXfWSN0v6qOxaH8PgC92yPwe+KSyvNZ3QELLb3yDxA4SS8hygyMpZDeko/i8Q6dKCS"
    "twlbhH5OVAhks+rSzbdWj+kuHutrXf/mevfJmSWs4XyqQ/H0+jXJn0lKgmHUXu3ZZlWzMt"
    "Tql728kD+Ro2NU0wfb3mME/0vWYOXjMH2VHSNXPw8hY5m8zA61k917N6zqKH61k9LGghcV"
    "YPS2f0vMd05XDftNeDj8dQAVlMS94+7PyhN7zrH3PISIKH7D+liiDJuYo+d/oDj5Lcn0we"
    "WSEh21h2shKW91mhgQTTLBKh3ajTFYAS8NvEDBJEDIBwp0v3bpS6gxElhg879z3pvj+570"
    "y7X4maxqPfe8MqGk2/9sbH6IjLs2Jzu1dsbmvFvmaVv2VWuYclHsWxiwmWia4jiDRWItJt"
    "8pMMOwqr2ljFxnPeAEnZKTrJd8FwnDWWLL045JUWZTxNOsxMIp/r2OO//kibABvIswh1MR"
    "XLGVNIsLIzjOPfrx6O4NhRyYOxG++pO7aYS2GYn8h8CdvGvZjO3Fj94MT2K3BcGi+B+8FG"
    "c44xowfL6ToiP7FCyob+vx3HuUwV8tClrtvclSnY8x4wUB7TMwQFPk2TCobEFQV9t+nRlD"
    "6a4QlPlvJisXMOiqTOx8w5stNrrZCD49WavOzP2C7Iu2lwTTGcl+DLPjUQH24wyDzn7/vP"
    "eu6O7h88gGE6+mU4+dp/kDoPcGIBXPJOK4hdiPKiJz3iC992uj8f5evmweS43Zgct50rai"
    "1XcK5d0WTRpBjjiKgftOQa0Q7iQQOYyWgJe/SIZNGkaKmyReOqSR4eFyjovaSuJP3iZ6Pg"
    "+cFxEaYPEI4rnObP+4uWp3CasoHU/Ij5yY8V/r53iQjOOL/uEnGGziaeeYtmU9azdq2lzT"
    "n5prVFokP4TxXT6hZ+4TMkWX7rBb0Gp/niRmQjhy240ABg9hijEzmBAqeDsUUx7zgPcxXf"
    "1I81yDOZOEB3TFSfpF0xuyn+c1dqR4Ys09G7dg0YNH6ggoedO5tCw2OPQf2R46lMzcmp2W"
    "eL9X6dJsywwCi+ue/8+iFhig1Gwy9B8ZgR3R2MbtmEp3vBnFI5gFNHBat5AWsJJ2TyQteh"
    "VOzE2y3ybTQ90nNvSQUMF0zviN+5wLpLkWKaDeA9GpIDXuYbdGPiZ/JVs63Vigg5xGo33c"
    "UmI/+XkTpdExbKimF7I+FIdnwZqNbpcRCS4VleKdnnwZ8qkH8lwpcA7SsPE35O3qTiZNS4"
    "EOOq8NAGHjdg31aoOHAdwsFyjBJOz0otByPvyJEQ4+ENR5JPxauir6PBXW9Mpe9797e9cR"
    "VNpp3Pn6WvvcGdBCW/jHt0X91jdHR63vb7YQ4LuM0HJI+s05e1dc656xRYEYMuVt/Fy8oB"
    "74qWye9YGUHxgz4VJIkjKJ5Nx2m3AOdoihh/Ir6yg5FC3irdcKvE4yFPRs56BcnTVWDh/A"
    "iOi2WjlW2omNxRHEPbkIKyOkcvhjsnP+PAQwxn2426XDWunlNJPaeLHBl0PsZJCZOH2d+u"
    "/7h4bnyn/tvOpFdFvV+n404VjYY9afT5cxU9jPvdHvr4cWtiu0xGxvuxLZjJSqILSpGXPx"
    "Rg/O3ndTigUmyImKag+pUuzvLJR/PZx/Nh1X7bvxlPrEx++y3/VjzjaGnYBz3HN8YBwnTo"
    "sP7g+IeJA5UaUGf/dNhgm5wg5dVw0czCDnKtnRj4ueuQTeiOA6MJLO5K6mbIaLgC4ldAnE"
    "nlXPHwErCWr3A4M+ZhGeDwJYbtOoonSkRijAfxeF0j01VbbKseGTzKmoiacNZ0CX9jc+ko"
    "R3RbuEQOqZe0ElcIuKhBAstic1EntYQM1ePWh5Ckin665KllwW5HRU2mpBzjWeDebgtkGY"
    "g2SGLZPirTzmHH7Fly3TeMAS1cdw27vA6Y2jOMKdhyYszMka5XdmKWQYHqYcASdlyQLL/s"
    "QbQSHkzjs1GUl2aSiC1IY2gqTTguRxGaHkBIt3CwPDKsOif6QTd+Cl0VkXrZ1jP54GBToz"
    "TuanC624cozOvRWrYRywvW4xpvvgKTjGJfpQQmYXAWWcKC8ozjKs2GrINGWlyUmL+dl59O"
    "y6e5+Hc0Fz9M0D8qXHfyDejIsmAVtPh8AdYVFS4W0Ykl3i5ErKThF8/1KkmGl1ivwRhpqx"
    "70u5Ttp5xQ1zmSuRJvf/HjPMu370Fir4Ogdu/uQGy2LH2P/bjH0vcL5LH0Y0UPG/pe4Rgd"
    "oOVtzdngk2xOOaRs3gBDALZahUWPnuFcC7dTqHHN8Eg0DU5hjx73YYvrCU9qcmIbnqF7wQ"
    "k+eDvjcoBgamSeBtaB7HMOMlyFMrfk6myU1dl4B1Hcdg3SYZsC10ptbedHcQ0XvOuFQRk/"
    "bIRzv98d7uJs+4zd7tANjV/FTirOub/Hm26A9x4Ixz7HGHqesoyPGggnZxgXBY5LwmbwsI"
    "9mW4fgeVDny3tw74fPLZLFFMAnVczaXshPGLvk/kJkOpTIv0yH+tayFlg2dy4EMcGUShQi"
    "+VZ6CK8UU0Sj1g7IJN5uT7BCeOuBTytBN5g8mV4ICT+v18rtaDRIuHe3/bSD/QjpnTf1lM"
    "6yQr3vhpOPbkinr8FnO2pdPhk9P979ZJ5ZyHbhfThTYoyrokUPLBaUthzCf0EDrqcWByhD"
    "h9iQ6ryyE4Xw71cPgxByVPIQBrHb4zuxV/xeXOJX7hO329l9Jsti5s6guyeJmAjLE0T+Lk"
    "5Ox4KQZzoWhN3TMdxLGZGrQnEyv/h32Lv1XItdfc9iV99e7MgvujjLRv/nZDTM7uGYSNpC"
    "N1QX/Y8ecVHC3t7TudAZ+4Mr6ThKNQnKwwMuvlPe3/8HhkQyqQ=="
)
