from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "admin_audit_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(64) NOT NULL /* 操作人 \/ actor */,
    "action" VARCHAR(64) NOT NULL /* 操作 \/ action */,
    "entity" VARCHAR(64) NOT NULL /* 对象类型 \/ entity type */,
    "entity_id" VARCHAR(64) NOT NULL /* 对象编号 \/ entity id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "succeeded" INT NOT NULL /* 成功 \/ succeeded */,
    "before" JSON /* 变更前 \/ before */,
    "after" JSON /* 变更后 \/ after */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */,
    "rows" INT /* 行数 \/ rows (exports) */
) /* Admin audit trail — 后台操作记录: sign-ins, views of personal data, exports and changes made in the admin. */;
CREATE INDEX IF NOT EXISTS "idx_admin_audit_actor_456a11" ON "admin_audit_record" ("actor");
CREATE INDEX IF NOT EXISTS "idx_admin_audit_action_e60d84" ON "admin_audit_record" ("action");
CREATE INDEX IF NOT EXISTS "idx_admin_audit_entity__111c4d" ON "admin_audit_record" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_admin_audit_region__f92331" ON "admin_audit_record" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_admin_audit_at_f6f425" ON "admin_audit_record" ("at");
        CREATE TABLE IF NOT EXISTS "audit_note" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entity" VARCHAR(64) NOT NULL /* 对象类型 \/ entity type */,
    "entity_id" VARCHAR(64) NOT NULL /* 对象编号 \/ entity id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "author" VARCHAR(64) NOT NULL /* 审计人 \/ author */,
    "text" TEXT NOT NULL /* 意见 \/ note */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Audit note — 审计意见: what an auditor wrote about one record of any service. */;
CREATE INDEX IF NOT EXISTS "idx_audit_note_entity_ee568f" ON "audit_note" ("entity");
CREATE INDEX IF NOT EXISTS "idx_audit_note_entity__5014f0" ON "audit_note" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_note_region__f8b763" ON "audit_note" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_audit_note_author_5c48e3" ON "audit_note" ("author");
CREATE INDEX IF NOT EXISTS "idx_audit_note_at_eac396" ON "audit_note" ("at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        DROP TABLE IF EXISTS "admin_audit_record";
        DROP TABLE IF EXISTS "audit_note";"""


MODELS_STATE = (
    "eJztXG1z4jYQ/isaPuVm0iv4DbhvJJe7pr1LOgl9mbt0PLItgydGpracHL3mv3dXfgdDIC"
    "TBafhCQNq1V/vI2n1Wcr63aCzG/7wdOBOPD2LHExfMDkKn9Y58b3E6YfBlmcgh9EynuQD+"
    "FtTyExUUNilKm2EhbkUipLYACZf6EYMmh0V26E2FF3DUkzchUo+AqOeTq1hpdzT4o2ttBp"
    "+q276KDc12rmLN1e2ruGdZ0KK7uv6ORN6I/+Dx6JDceOw2IoFLpiyMAk594lBBDwn7Ng1C"
    "ERHKHWKPKR+xiEyowwjcVowZkYa/RWOdwAZrPT5qmF0x9/6OmSmCEYOOEKz7+hc0e9xh31"
    "iU/Zxem67H/CqQnkRBtptiNpVtR97olIsPUhZHbZl24McTXshPZ2Ic8FzB4wJbR4yzkAqG"
    "dxBhjFjy2PfTCZDBmxhbiCRWlnQc5tLYxxmB2okBRVvLNM/Oh+blydA0WwuzJdMoAZU22Q"
    "HHmQamRtIBIzThh76iqGpXaatGT9e6Xb3X7oGstHexq3uXGFN4K7mU9Nnpx9OzIRoUwHRO"
    "Zjw23EkdwDPRkmCUHiNbBOEiAMdjGta7P1eYQwCGNo9A5u9VEGQNj4pBqzrpNWZR8iPJLV"
    "8Dmwn9ZvqMj8QYfhraCrf/Prg4/mlwcWBob6q+P0t7FNmFKFS8jpZu5vZU46X4PfF4avTu"
    "Xc648MRsE5cXGk/l8iLebOVz3XL7sLTbRucq7tpdC1q6PQv8n4yASLsbBIJZt+Tfh4NZu+"
    "4/3exvtbbDwe0YMgB3CxySEewehZCNwGbwsMM2wWFOrdFIqCqFT6Wj4OrPVMCj1+4AEskY"
    "SDaGTbHoKGtg0VGWYoFdVSyi2LYZc1hdEhQEPqO8HoyK3hwUFig+1QKVobNZUFA6mHUqfR"
    "cgqFh+PwCrMp7z8094kUkU/e0nKdBc/nP22+ejE0BEAgJCnqikRQUMFnODsOZp+Pny/Kwe"
    "gEJjzvuOZwvyL/G9aCElrQEh9eczBAnV6QEShqshEpoDSBRD2AoG9FEFhmy+H3we/Dn/KB"
    "x/Oj+STgsiMQrlVeQFjuYzJFewmrx0OR65wguEA8gaZkvZCBqIhliE4j14UXgTtgQOUYdF"
    "qvI2+9KozFV3IWL3dVcDLDLj1ggQIaPOOfdnqSEroBmefj65HA4+/1rB5/1geII9imydzb"
    "UeGHOY5Rchf5wOfyL4k3w5PzuZhzGXG35poU00FoHJg1uTOiWfZa2ZX6t5QnAbLeK+lJhn"
    "4vdT810+eL2eZiPY3TamA2AyOUjLHG/WBDzh7UpH62o91dByup63rGLpSejBYoh7XSLk2G"
    "BR+/qWho650BMowTLZxa6JMplvoZyOpA9xROlkwOIZVo7OAhkTFwpred/hqoqarKXxTOz+"
    "SpqsVaF8qVRl0Q4WpvDT6LRd+N63O+/I7ZgKQtP6VhCS2xDVqBXEggSckaSCh1UrymckYu"
    "GNZ7OaItmz3HJf/3qh9a8mlgUeJ57tqwKNRGJfF9gtFi+mMoDRdsPSfK7RcAxK4Terzeem"
    "7/4xEOxbDd0ZQmu92zP5hleJi0QH/J2lbFtRzeHJn8PVVDOnM5/Ozz5m4vP8c081XyfVbA"
    "YJugh89jGkXLQWSVDRt5oEibEZgqg5ymXvZ0IENcgYTCTWjFASA53AfXWaRSLcdKe+n/6M"
    "iAWTl4oxATaTE5le34E41lO68GmoPawodTW1hgQ99d1q+M/XFt4EO/He8m8pUfhrT49eAj"
    "3KoFs7F0zlGx4Li5ksi0B+Q4jQPgFvUgJuQ7gFf5mbZyRVzefJTB4rS5Trusbk6l5OU2Rs"
    "YxAkxKtMVsoTA+NabbViVVwqKT2oQP5MU6CB8WkhT6wisQjDhyBk3oj/wmYSilOwm3K7bm"
    "1M0rzf0qu8MATusimWtRbTN6S3eSpVnnkwdIf5LNkFPx5cHg/en7TudpJ3XwJCp/zkhtVm"
    "3uXee3NvPMhqetxkufi96TdcOZxlJ2BhTRNsMhWHydmEKHJjnwQhkuQi+e0asoTq6nr5FO"
    "1iqv2oV95vKzR4XVqVN+MzJ79vkMaVdZqdw5VnrK618SxJ2fjdJ9Iv7VTVw1K1xp+qghQw"
    "2uyYc6HxfAzyQecL+y58GkweIsht3v3ED9kkreyu7/FMo9EeN7oGLDYG6+OU76ryU0u8P5"
    "Gb9I4DCX7UDBTwXRnO/E1gKKk8Iw506j0ACqaA+/ttXcWNm6mHCY18E+hBtN1Yh7bPk70S"
    "bTcW9s32GwivhJM3YwNBssdFBpORytXUJSOw62wYJC/nyaeNTKg99jgjtu8B5yEHlFiUX7"
    "8hAk8w2ZRLAoIF/oJl6AqWdBS1W7c98KjX3rOWPWvZInI9BRAvgbQ4XjT16czcFIF5vUbn"
    "cXrfUXP/p5aTh2LQabfXyR7a7eXpA/ZVYZjSKLoNICiMaTTeBIcFxYZvgukq7r5ojGmYUB"
    "iq3JXBY2nZQAgOhBwMwlHAlXVPR1cAUnR9DYBAailAsq8K0DV4YhNcMvlnfC6ysL7hClU+"
    "pSl36CEep9G4Gbm1F5n4Tu9Nzfq0sq5S0Wv622q6prhJTpO+wnyz/VGpRyyqvMptSViZ8N"
    "EAhTnyk47ptW5LbkCBihkkt3Jr3uw5SvU+/HLBfLrk/w3UnIxqxizZet/s7ilftWGhZ49b"
    "Ne/ZJB2Hq4hiIXIfS1zug0fmZK+FkG31ltfhCqp1A4R7w38BUlJpcma5voufPlXEZ2oDD6"
    "fi/0PvPglTgjuKdMe96uHlb2mXVLZ6T7tp3n6OF7J3Wu68+w/TTIyt"
)
