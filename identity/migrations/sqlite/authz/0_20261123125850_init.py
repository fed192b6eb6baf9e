from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "auth_sign_in_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL /* 登录名 \/ username */,
    "succeeded" INT NOT NULL /* 成功 \/ succeeded */,
    "reason" VARCHAR(64) NOT NULL /* 原因 \/ reason */,
    "remote" VARCHAR(64) NOT NULL /* 来源地址 \/ remote address */,
    "channel" VARCHAR(16) NOT NULL /* 渠道 \/ api or admin */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Every sign-in attempt, successful or not — 登录记录. */;
CREATE INDEX IF NOT EXISTS "idx_auth_sign_i_usernam_64777e" ON "auth_sign_in_event" ("username");
CREATE INDEX IF NOT EXISTS "idx_auth_sign_i_at_401c79" ON "auth_sign_in_event" ("at");
CREATE TABLE IF NOT EXISTS "auth_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE /* 登录名 \/ username */,
    "display_name" VARCHAR(100) NOT NULL /* 姓名 \/ display name */,
    "password_hash" VARCHAR(255) NOT NULL /* 口令散列 \/ password hash (Argon2) */,
    "kind" VARCHAR(16) NOT NULL /* 类型 \/ user or machine */,
    "is_active" INT NOT NULL /* 启用 \/ active */,
    "created_at" TIMESTAMP NOT NULL /* 创建时间 \/ created at */
) /* A person or a machine client (a bank) that can sign in — 用户. */;
CREATE TABLE IF NOT EXISTS "auth_role_grant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(64) NOT NULL /* 角色 \/ role */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "created_at" TIMESTAMP NOT NULL /* 授予时间 \/ granted at */,
    "user_id" BIGINT NOT NULL REFERENCES "auth_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_auth_role_g_user_id_78380d" UNIQUE ("user_id", "role", "region_code")
) /* A role held by a user in a region and all regions beneath it — 角色授权. */;
CREATE INDEX IF NOT EXISTS "idx_auth_role_g_region__224247" ON "auth_role_grant" ("region_code");
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
    "eJztWl1zmzgU/SsantKZtmvzae+bk7qtt03cSdzdnTYdRgbZMMHCBdHU281/3yuBzIeJY9"
    "LEIZu+ECPpiss5V7r3oPxQcMK8f16ehgF5E2HKlN/RD4XiBYEfG33PoWm5XPfwe4anwXqs"
    "HcFQe74eO41ZhB0+5wwHMYEml8RO5C+ZH1JuNEDcAnkkcNF0hTBKYhIhn8KviMxhEMLURT"
    "gIstsYTQklmHnIZ+g8UTtdHf70+q4KV9WCq6n1enC1dO0ld8ENHfDBp/O9PC2h/teE2Cyc"
    "E+aRCJ75+bPCH8I7+bPFXzG37YQuUb58gQafuuQ7iflofru8sGc+uFhiwne5qWi32Wop2g"
    "79+Yiy12Isf9UpzBkkC5qPX66YB4+SBn5KyxxeKsKM8CewKOG00CQIMiIlU+m75ENSLws2"
    "LpnhJODkcuvUgbxNse2T8cQ+G05sW9kgXloU2MmaHIAdggZcjQUAc+7Ci76qapqldjSzZ+"
    "iWZfQ6PRgr/N3ssq5SZ3K00qkEZqM3o5MJdyiEyEwjlzdcCRvMcGolyMjRl9SV8T/ycFSP"
    "vhxfwR9erIq/RHsbAbIhZyBfTbenQClGMvoNSZ934GSBv9sBoXPmwa2pb4H7z8Hp0dvB6Y"
    "GpPytjfpL1qKKLo19Au7BAmoBeNrsv7O8g+gF6Q9MwXNUuEKATop0nVq/T5TSkG5F8i6Zs"
    "dNUd2Oiq17LBu8psOBHheNmYbZLxCnqYvyD1hJQtK3y4melL+aNVKyPd13UidndjZp4nfW"
    "OmAz0itxFIEmxHdgADd0yDVRY5W9iZjI6HZ5PB8Qc+8yKOvwYC4sFkyHtU0bqqtB6YFSbX"
    "k6C/RpO3iN+iT+OToWAgjNk8Ek/Mx00+KdwnyN6hTcNLG7uFIJetEthSYPC8ZjfNSwWjm5"
    "PTw4VAC/MTLw1mF7XpSVYYZRpehxHx5/QdWQkqRuA3pk7d3piWeR+zWR4ZA1cyxGRrHr4R"
    "vlyXUsXIg1d3SUBYmlAGZ0eDV0NFADzFzsUljly7hDTvCdWw0rIeu9m1UBfVFkzxXIDD3y"
    "JbcQD6GTA0osNvpLbyLvbeWHvHMNj2qU3Ww28sv2HmaIW44QteBTNGFkv2HMWJ45A4niUB"
    "CiNEw0Lxa5nWFPLWzDCgcJhOO+nvzVL7TmeuKat/1c1t2Ze21c18zYnfDcq4ok27a7hixB"
    "p6x4XyoOj8wxfSYrURl9StgRDKfUzrKSjZVTiYgmF7sgQv1dQu3yvU/gzwL3m+c+6oDfjx"
    "+H2pEDscVcL/5OPx4RCKaUEIDPJZaVUU9QyOwdtGUkZa7E9BKsotREx/BleTdIRwkT4/fO"
    "BHZBGyhuJRWrQacdMyYbMxSZ+HvKWJq56iz/1HUL1DgR+3gwXHw5SSoAkNBZM98oCX/i2o"
    "ICrA3+8YGsAPM/CCBrsL/1ZLoGvuIturYq8g280q+M3l+j5l+t0k4JIyl849OU2+IQwfRM"
    "gI9bipYKSo3C5dpIDd5cBgSSLIM2K1oQV2PJ8S5AQ+aB50gNEU04tniHmYIQdTIUD4B/5c"
    "ZRgq/6Sjalbd8cCdzv1LtfxSLT+Rue6DiMcgWlw/XgZ4ZTdloGrX6jrO6LvaGv/Mc3RbDr"
    "qdzi7VQ6dzffnA+8o0LHEcX4aQFDwce0142DBs+SGYofHTF50QnRcUpiZOZSygRb4I4i+C"
    "DgbRPKTpwUlTglTD2IEgGHUtQaKvTNAFINGEFzl+j+tCpvWGO5QjdiirN832Jp6Ps2zcjt"
    "raj20oUvxvNfvT1u8qJbs9fleRmaPZutDVWVrTcH2zdrstH1We5LEk7Ex8aYBBRfxk7/RU"
    "jyUbSKA8gsRRblyzhDO71+9OSYAF+JtxUvOfUe2Ikp8+N7u6R5E4IJHveMqmTMw6nm8Tiv"
    "mQm1Ti9RjcsSZ7KoJM7eqW3tNMfa3D1i3b5NfNUusbCG6/2bfxgkmbK8vdIb7/UpGvqQYI"
    "Z8P/h+jei1KCJ7LsxL2M8B9n45NrSpDcpFp/+A5D/6LAjx9xTqkDl4NRqiAkpgfHg7+rcB"
    "+9Hx9WSwM+wWHd/8Hs83Pn1X93/kyc"
)
