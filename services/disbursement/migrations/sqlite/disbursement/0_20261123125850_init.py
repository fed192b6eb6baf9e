from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "audit_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(64) NOT NULL /* 操作人 \/ actor */,
    "action" VARCHAR(64) NOT NULL /* 操作 \/ action */,
    "entity" VARCHAR(64) NOT NULL /* 对象类型 \/ entity type */,
    "entity_id" VARCHAR(64) NOT NULL /* 对象编号 \/ entity id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "succeeded" INT NOT NULL /* 成功 \/ succeeded */,
    "before" JSON /* 变更前 \/ before */,
    "after" JSON /* 变更后 \/ after */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Audit trail of the disbursement service — 审计记录. */;
CREATE INDEX IF NOT EXISTS "idx_audit_recor_actor_bc35f6" ON "audit_record" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_action_b08f8b" ON "audit_record" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_entity__52505b" ON "audit_record" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_region__8e7f10" ON "audit_record" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_at_1780c2" ON "audit_record" ("at");
CREATE TABLE IF NOT EXISTS "bank_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "bank_name" VARCHAR(64) NOT NULL /* 开户行 \/ bank */,
    "account_number" VARCHAR(32) NOT NULL /* 账号 \/ account number */,
    "holder_name" VARCHAR(50) NOT NULL /* 户名 \/ account holder */,
    "holder_person_id" BIGINT /* 持卡成员编号 \/ holder member id */,
    "is_current" INT NOT NULL /* 当前账户 \/ current */,
    "opened_on" DATE /* 开户日期 \/ opened on */
) /* Bank account — 一卡通\/一存通账户: where a household's benefit is credited. */;
CREATE INDEX IF NOT EXISTS "idx_bank_accoun_househo_86e725" ON "bank_account" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_bank_accoun_region__95db42" ON "bank_account" ("region_code");
CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "period" VARCHAR(7) NOT NULL /* 期间 \/ period (2026-07 or 2026Q3) */,
    "amount" VARCHAR(40) NOT NULL /* 金额（元）\/ amount (yuan) */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "paid_on" DATE /* 入账日期 \/ credited on */,
    CONSTRAINT "uid_payment_househo_0ef384" UNIQUE ("household_id", "period")
) /* Payment — 发放记录: money credited to a household for a period. */;
CREATE INDEX IF NOT EXISTS "idx_payment_househo_cc25e4" ON "payment" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_payment_region__c58be7" ON "payment" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_payment_period_9bed90" ON "payment" ("period");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        """


MODELS_STATE = (
    "eJztWllzm0gQ/itTvKxT5TjcSHmTHe/GW7GdTbRHJU5RAwwSZQQKDHFUWf/37RlOcUjCJ8"
    "76RRIz3UPP9zF9iR+C48VWEsVkQQJ6MEkcj34gdhg5wmv0QwjwgsCPbqF9JODlsi7Chim2"
    "fK6LmbgZlfJWTCNsU5hzsR8TGHJIbEfeknphwDT4DRAIeT4KXUTnBFVXRzGJvnk2QReJLE"
    "oqfGkWli6SUfZpiTDiatoBu5sT2nA7L5jd9cJJ4H1NiEnDGYF1Ilj+8xcY9gKHfCdxfrm8"
    "NF2P+OtoehwHPm7S1ZKPHXqzk4D+ymWZ2ZZph36yCEr55YrOw6BQ8FKYZyQgEaaE3YFGCU"
    "MzSHw/Az8HODW2FEmtrOg4xMWJzzhh2qkB5ZhgmmfnU/Pj8dQ0hQZfuUYF6WzIDgPGNZga"
    "cwBmzISXY1lWFEMWFX2kqYahjcQRyHJ7m1PGdWpMiVa6FMfs5LeTsykzKIQHKn3a2MA118"
    "EUp1qcjBJ9ePTCqEnA0RxH7fAXCjUGYGt1BnK8N1GQD9wpB8JFoqu2c5GormbDJ7EweoUK"
    "y3fgZoG/mz4JZnQOl7q6Afa/Jh+O3k4+7Onqi3Xsz7IZmU8xFtZQZ5b2gz3TeCq4p4hnRj"
    "8+5ODRPLrqA3mpcV+Qlx7/VphrljsGj2zr4JcN27BgxBhZgH+6A8TtHhAJZpvL38aD2er3"
    "7+/pF4Tb8eBKOoworlHykO7g8VmIyAxsBoQd0oeHmtqgmVAUDJ+yJDPvTxTgYyRKwES6B5"
    "TvoS8XkrwDF5LcyQWbWuciTmybEIe0JUFh6BMctJOxplejwgLF+3JQOTv9goIssWRRHrtA"
    "wZrl2wnYlPGcn79jiyzi+KufpkC1/Ofsz9PDY2CEEwJCHl1Li0oaLOKGUctp+P3j+Vk7Aa"
    "VGDX3Hsyn6F/le3EhJW0jI8HyAIKE4I2BCd1XGhOoAE+UWbkUDw2iNhvx53zud/FM/Ckfv"
    "zg85aGFMZxFfhS9wWM+QXEpa8tJuPgqFJ0iHKhKWLeU7GCAbtEnFG0CRegvSQQdt4yJTOc"
    "h/DCpz1VyI2GPNVYGL3LgdAkREsHMe+KvMkA3UTE9Ojz9OJ6fv1/h5M5kesxmZj65qo3t6"
    "jbNiEfT3yfQtYpfo0/nZcZ3GQm76SWA24YSGZhBemdipYJaP5rheszLdvayUimzAwvblFY"
    "4cszETymGXbHNqIS/qIzjAM84hA5dDV+2tHOLgcmLbYRJQobMBUxXa396AsUDcxBX5rQ0Y"
    "dgOUaZTNEJWILKYpLNkbixJ+VQxZ2igdglzQkXUW/hTjNbqak4ggjOZhEpN56Du/xOCBA+"
    "J6FHkxsiPiQHhymn2aR7j/czvnibZzCnJba6xNPNQ1tzPymM5asyxWXoHrrZVaxTZ2r7Ye"
    "kLgnW4PdMMd5KlUYDwr8ogcXa0pDbxG5LDSwQABBYaSy5hwzfxj9iCy2mUGysNqS/k1d0b"
    "rmwHlIA3Lmq/KYXlrflwtll5OgdJ8EpXESmOskUe+zUFMbOAvpOYCyy6mwkG7hJixo4g4s"
    "aGInC2yqlYUliWKAsX8ob2rfKJw/WDWsK6KUJ7NZs0hlWWwttLNtoQVhp2Xg4d2LTTuJoq"
    "z46NHXW1ccemNPczUlbSdVaw3gqrKHobT4wiWgBmVpy99urJXRTsea0qZuxpBOUzXY6xrR"
    "4NOQWOs13Q3a9S+5Dbyw9gTgO6huwXu84tV+Z6cgF9jf3iVYVkS3NgiydSsvSigOc2SaQq"
    "ovSrxGizAgq6LSRjSsluPIDSO4Bq/thS1dgPu6SUup/7lZDHJ54ctzE2A4wea5CfDcBHhu"
    "AtxhEyBzcj2IKDWGzQEL/8VfG6nRaE8WZf2laCAICOznH8qLm9Cw6RDkLBidJBiNVsAi78"
    "vXMjRiewvsd3QBCqV6hpZqHWTag6pBxxIL3+PRGJyX64pQ7GiSqvDfYyhK+ZbQ3irBwY68"
    "bMrWjo9OTifv4Jnfl2t5cs6R2qhBY4ppEvc5DqXGw9X/wvvJyRuhN/qGzEKHLnJPVNrd2w"
    "npuzih+l94FSekN5wQ9vrWKBWVJ1OhSLpWVIzVCqVIW3/SGmUCzteeC50lSja/Q4WCS8lt"
    "BUp3+nrH//P9X/J7WVINdaToapEdFiOb4uH2zP0bieKeLwZXVIbcdd0d4jUHK2vaDh4WpD"
    "pdLJ+rJRlwtHognIn/hOhK4i6da5DqDmBiI2+AO9LWvmf3u1sVlVu9vTU0tB/iNa1HDW/X"
    "/wF0d9XM"
)
