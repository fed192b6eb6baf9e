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
) /* Audit trail of the supervision service — 审计记录. */;
CREATE INDEX IF NOT EXISTS "idx_audit_recor_actor_bc35f6" ON "audit_record" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_action_b08f8b" ON "audit_record" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_entity__52505b" ON "audit_record" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_region__8e7f10" ON "audit_record" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_at_1780c2" ON "audit_record" ("at");
CREATE TABLE IF NOT EXISTS "finding" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "household_id" BIGINT NOT NULL /* 家庭编号 \/ household id */,
    "person_id" BIGINT /* 成员编号 \/ member id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "rule" VARCHAR(32) NOT NULL /* 规则 \/ inspection rule */,
    "severity" VARCHAR(8) NOT NULL /* 严重程度 \/ severity */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "evidence" JSON /* 证据 \/ evidence */,
    "raised_at" TIMESTAMP NOT NULL /* 发现时间 \/ raised at */
) /* Finding — 核查线索: a case an inspection rule raised for verification (never a verdict). */;
CREATE INDEX IF NOT EXISTS "idx_finding_househo_85f145" ON "finding" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_finding_region__b9daf4" ON "finding" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_finding_rule_b84b63" ON "finding" ("rule");
CREATE INDEX IF NOT EXISTS "idx_finding_status_ebae6c" ON "finding" ("status");
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
    "eJztWltzm0YU/is7PDkzrsMdlDfZVhp1YiljK20ndYdZYJEYI1BgceJJ/d97dgFxkbCEL7"
    "LU5gVLZ89Zzn4fnJv8Q0jSBYlv/cSPwpN+6vr0kjhR7Arv0A8hxHMCH1p1jpGAF4uGBpNS"
    "bAfcEjNtKy7V7YTG2KGw5uEgISBySeLE/oIyU7Dg+yNQ8gMUeYjOCKpsjhL2ySHoOpVFSY"
    "U/mo2l69TMr7YIEk/TTtjN3MiBu/nh9Jn3TUP/a0osGk0JbBPD7n/9DWI/dMl3khRfFzeW"
    "55OgjqTPUeByi94tuOzUnw5D+p7rMq9ty4mCdB6W+os7OovCpYEfUiadkpDEmBJ2BxqnDM"
    "swDYIc+gLezNlSJfOyYuMSD6cBY4RZZw6UMsGyRuOJdTWYWJawwlZhUQE6FzlRyJgGVxMO"
    "wJS58EtPlhXFkEVFNzXVMDRTNEGX+7u6ZNxnzpRoZVtxzIa/DkcT5lAEj1P2rDHBPbfBFG"
    "dWnIwSfXjwoniVgLMZjtfDvzRoMABHazJQ4P0QBYXgWTkQrlNdddzrVPU0B67ExugtWnq+"
    "BTdz/N0KSDilM/iqqw/A/nv/8uxD//JIV9/UsR/lKzJfYizUUM/DQgfYc4tDwT1DPHf69S"
    "EnIfXpXRfIS4uXgryM90/CXLO9HkRkR4e4bDiGDRLDtAH/7ASI+71HJFjrQv4mHqy1cf/l"
    "nn5BeBoPnqSDRPGMkofsBK/PQkym4DMg7JIuPDTM9poJRcFwlSWZRX+iAB+mKAET2RlQcY"
    "auXEjyFlxIcisXbKnORZI6DiEuWVcERVFAcLiejJpdgwobDF8qQBXsdEsKssSKRbnnAQU1"
    "zzcT8FDFMx5/ZJvMk+RrkJVAjfpn9PnidACMcEJAyae1sqikwSZeFK95G367Go/WE1BaNN"
    "B3fYeif1DgJysl6RoScjx3kCQU1wQmdE9lTKguMFEe4Uk0MIxqNBTP+9FF/8/mq3D2cXzK"
    "QYsSOo35LnyD02aF5FGypi5t52NpcIB0qCJh1VJxgj1kg65ScQ4oUn9OWuig67jITU6KD3"
    "tVuWoeZOye5qnAReHcFgkiJtgdh8Fd7sgD1EyGF4OrSf/iU42f8/5kwFZkLr1rSI/0BmfL"
    "TdAfw8kHxL6iL+PRoEnjUm/yRWA+4ZRGVhh9s7BbwayQFrjeszbdu6m0ikxgY+fmG45da2"
    "UlkqM23dWluTxvSnCIp5xDBi5zszpXeQ8UZ9Cvn7sU68cbZy5eRXPjuCXftpx76KbC3lWD"
    "aFBHENuDqyvL7xBGDk4IwiHyw2RBeLOD4jQgCB6PhLgIwiu6JbHv+Q7mi0chge9gCFcWmN"
    "6sDmV2fvefo5sDHd3MojQhswh268pD03IzI68ZmDXbZq0UhNlGW7U8xvad1Q6JK4mCmJQA"
    "vF1Zqpk9iqKdVTN5ga9qZoOiOZnbEHL2m58D64cfWW8eSkfMUlgnGnL9/cbf7Dm88ZJ6gH"
    "kjYT8Gd2Ub3JV23JXVSQQrDjqOSKs2uxuSCheD8+Hni+5jIZXIUET1JDaiNrBo86yis5lE"
    "5RxdmTC3IMJs5cFcoYFimiadSFha7G4kN/40GHXH35BZJtdFHnhKtzvHHH2bmNNsnCoxR1"
    "+ZS9/6LgmdTgOgqs1hzBxM25EAfkVn04aq+/s3cMhaGKv73KFmuJvxw/NNhNjvBgr7Xb02"
    "i8jbuexIPwcSrziQ6EOScGZC6/+BZMvHm/8FpFTcNI1o70mfuW//vzTtsqQaqqno6rKlWE"
    "oe6iQ2t+NQQRREb5u5Kyb7/BPz9hDX0rSsaVvkadBqTdR8rTGJhjerA8K5+n8QXUkUt6mC"
    "RLG9DGJrdXThjpSEa5JuexlUMXlSFbRvaO+i4nnV3Hb/L7Ak79k="
)
