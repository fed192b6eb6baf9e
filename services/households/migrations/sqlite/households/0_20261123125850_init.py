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
) /* Audit trail of the households service — 审计记录. */;
CREATE INDEX IF NOT EXISTS "idx_audit_recor_actor_bc35f6" ON "audit_record" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_action_b08f8b" ON "audit_record" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_entity__52505b" ON "audit_record" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_region__8e7f10" ON "audit_record" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_audit_recor_at_1780c2" ON "audit_record" ("at");
CREATE TABLE IF NOT EXISTS "change_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL /* 游标 \/ cursor */,
    "entity" VARCHAR(32) NOT NULL /* 对象类型 \/ entity type */,
    "entity_id" BIGINT NOT NULL /* 对象编号 \/ entity id */,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "payload" JSON NOT NULL /* 内容 \/ payload */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Change feed — 变更记录: an ordered, replayable log other services consume by cursor. */;
CREATE INDEX IF NOT EXISTS "idx_change_even_region__88587a" ON "change_event" ("region_code");
CREATE TABLE IF NOT EXISTS "household" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 户籍区划 \/ hukou region code */,
    "urban_rural" VARCHAR(8) NOT NULL /* 城乡类别 \/ URBAN or RURAL */,
    "status" VARCHAR(16) NOT NULL /* 状态 \/ status */,
    "review_class" SMALLINT NOT NULL /* 分类 \/ review class 1-3 */,
    "address" VARCHAR(200) NOT NULL /* 住址 \/ address */,
    "created_at" TIMESTAMP NOT NULL /* 登记时间 \/ registered at */,
    "updated_at" TIMESTAMP NOT NULL /* 更新时间 \/ updated at */
) /* Household — 家庭: the unit that applies for and receives dibao, as a whole. */;
CREATE INDEX IF NOT EXISTS "idx_household_region__ac8bd9" ON "household" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_household_urban_r_8d3388" ON "household" ("urban_rural");
CREATE INDEX IF NOT EXISTS "idx_household_status_35608e" ON "household" ("status");
CREATE TABLE IF NOT EXISTS "person" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 区划代码 \/ region code */,
    "id_number" VARCHAR(18) NOT NULL UNIQUE /* 身份证号码 \/ ID number */,
    "name" VARCHAR(50) NOT NULL /* 姓名 \/ name */,
    "relation" VARCHAR(16) NOT NULL /* 与户主关系 \/ relation to head (HEAD for the head) */,
    "birth_date" DATE NOT NULL /* 出生日期 \/ birth date */,
    "sex" VARCHAR(8) NOT NULL /* 性别 \/ sex */,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE /* 家庭 \/ household */
) /* Person — 家庭成员: a member of a household, identified by the resident ID number. */;
CREATE INDEX IF NOT EXISTS "idx_person_region__9bcd40" ON "person" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_person_name_f404e8" ON "person" ("name");
CREATE TABLE IF NOT EXISTS "region" (
    "code" VARCHAR(12) NOT NULL PRIMARY KEY /* 区划代码 \/ region code */,
    "name" VARCHAR(64) NOT NULL /* 名称 \/ name */,
    "level" VARCHAR(16) NOT NULL /* 层级 \/ level */,
    "parent_code" VARCHAR(12) /* 上级代码 \/ parent code */,
    "code_year" INT NOT NULL /* 代码年份 \/ code year */,
    "urban_rural_class" VARCHAR(3) NOT NULL /* 城乡分类代码 \/ urban-rural class */
) /* Region — 行政区划: a 12-digit statistical division code with its place in the hierarchy. */;
CREATE INDEX IF NOT EXISTS "idx_region_level_b815e5" ON "region" ("level");
CREATE INDEX IF NOT EXISTS "idx_region_parent__786403" ON "region" ("parent_code");
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
    "eJztW9ly2zgW/RWUnpIqJy1uopw3ecnE0166bKW7qydTLJAEJVQoUk2CdlQ9+fe5AMWdlE"
    "gvEpX4xQuIC17cg+WcC/CfwdyPQjL3XTt8P4lsym6J5Qf24AP6Z+DhBYE/mqocoQFeLosV"
    "eCHDpivsMK9sBFltM2QBthg8c7AbEiiySWgFdMmo73EL0TyCStRFvoPYnKCsbRSS4J5aBH"
    "2J5KGkwi/NxNKXaLz+aQ6hxNG09/xdtm/By6g3e95mI4/+HRGD+TMCrQTQ+H/+C8XUs8k3"
    "Eib/Lr8aDiVuMYpUxECUG2y1FGUndHbhsY+iLnfaNCzfjRZeVn+5YnPfSw2ox3jpjHgkwI"
    "zwN7Ag4pH0ItddBz4JbuxsViX2MmdjEwdHLseDW8cOZGUDw7i+mRp351PDGFSwSixycV4X"
    "Wb7HcQZXQxGAGXfh3bEsK4ouD5XRWFN1XRsPx1BX+Ft9pH+PncmiFTclYnbxr4vrKXfIh8"
    "EUjzRe8F3YYIZjKwFGFn0Ydn5QBeB0joP68KcGJQSga2UEknhvgiApeFYMBl+ikWrZXyLV"
    "0Sz4SUyMfkGp5y2wWeBvhku8GZvDvyN1Q9h/n9yefprcvhmpb4uxv14/kcUjjkIh6tzTbm"
    "FfWxxK3OOIr53ef8iJxyhbdQl5ZvFSIc9W+yfFXDOdY1iRrRGsy7qlm1Cij02If9wDJPzu"
    "EQhG3ZK/DQejdt1/udE/GDwNB0caQYni6BkOcQ/2j0JAZuAzRNgmXXAomfUaCUXB8FOWZL"
    "76EwXwGA8lQCLuA0r60BULSW6BhSQ3YsEfFbEII8sixCZ1JMj3XYK9ejAKdiUoTDB8qQUq"
    "QafbpiBLnCzKxw5AUPB8OwCbGM/NzSVvZBGGf7sxBSrxn+vPVyfngIgABCpRVqBFGQwmcf"
    "ygZjb8++7muh6AzKIUfZtaDP0PuTSsUNIaENbx3MEmodhjQGLkqBwJ1QYksi48CQYeowIM"
    "yXh/czX5szwVTi9vTkTQ/JDNAtGKaOCkzJAcRmp4aTMeqcEBwqEOCWdLSQ96iAarQnEGUW"
    "R0QRrgYHVYrE3eJ3/0irlqDuzYx5qjAhaJcy02iIBg+8ZzV2tHNkAzvbg6v5tOrn4r4HM2"
    "mZ7zJ7IoXZVK34xKmKWNoD8upp8Q/xf9dXN9XoYxrTf9a8B9whHzDc9/MLCdi1lSmsT1O5"
    "fpztecVOQFJra+PuDANipPfNlvqlt9tJAX5RLs4ZnAkAeXu5nLqQAT8Wbk/B7Y06Ah7ZKv"
    "crQt7WKJygZJa29Nu8TNIwe2q1wWJDdzsyzIB4Q95Ac2CYh9BDRj6eIVfzFy/RnyeU4kya"
    "eEiI+gaEGQuUJWFIR+UM3M7PTNr8mb/DJAFB7k8ZAT9zhILReCXuRzXmVuZ1KvtCH1SjOp"
    "VyqkfoPM3TQ5NgndmjnSHzCeonV3OGsOVgE/kmEeigZe4pXr45rJ0sz2cyZP4vs7nDDSWO"
    "PTxjwGCHLuv5L9vcDxyvZ7xvY/JX82cf2swlamPy9U3Urz05bzR50m39IA7A/iWBQGJIM/"
    "MEPwZpcClXb8AIi3DaupReg9FNjUxP4RwiHC6AFaI1VW/5IveiXxB3oC+zNwkZGs6Jy0q3"
    "ael8DKO4+++lH/GEkUmNgzgijAbhdMSmb9xkTTLcKZYU5OyTKXU59vTybXCFad28+3k8vH"
    "ADJugce4EY5x5YyEYRaFXYDILHZ3SjU5nV78ft79rEqX+Q4wGgpunjneeRKM2kyCMr/ITY"
    "JR9ZjwnpIHw3JxWBP8uwV23cYtomy7OzUrdZ8I8nAUTwEhjrjjSDiOpHdKJxWryPoo3Tv4"
    "P5t2i7uryeVlVZoCYQNO12m050x2l8J5xKms6qgOX3fUIT/tyJzuOtTl4bDFWIdajYNdPC"
    "vG3QJmDxEyuqufouVBqSAYoWaSSy4oIr4jh4ynlFHcrZ9OGhXowNJ+5NgoWh7U2IjPGUZa"
    "ZWys+/SjD4wkjLmRIbzvoJmzEbQgC5MENav6ydrw46+3xMUNd/xyKvg3aCWu05uBkklYTu"
    "jz0rt1bisrzUf5JdMN6zg25BqyKG9ONCyzeluzDHGbdco/vSCjauMPIOrjwcJvZOMsnkeI"
    "2jy3Dn20+fkdTxbAQBaF6OIM+siNqjmH3b32NQPxmoHor9o9mNMQahvxpOqCRcHoeZB4of"
    "P1McEmh8CxOfG0pPjgMIUjXVIeBUabxIPUnHmQKqkH8bsDDkn9nk+GY1sR1874jp243DXY"
    "WhsRpjVrMK0iwYIcA2q/CDWypr7dX1DJkCSpUJUoPOEm6Xwhspw48xD3BDEfzTmZevPpfH"
    "Im0v/iwywoetuPxJBJAzY3uAiol0MNF2YLVpukUK9Q0yQHNg4dfnEZRDT4qUv8HrPoD0r8"
    "fdIxLpcy5Zwn+dYp4RlX7/kMGA1lPU0zr13ec245Jbqdb+uULXt/YefxKm13NLUirmuQqs"
    "L00Q8InXm/kpWA6gKcx55Vt840nSf/EDA1iWkoDvBDKrsqIxfiYxOXxN9GnE7uTidnsBzt"
    "7yrAraDkgwZtvn56tE2bB1m9rdo8bjMTyeOxavHlXnHyyoGLZEl+Z9MZZeKkhoaMWthFNr"
    "2nYaIi0AOFfYGyEC1dbBFEvXj/pjDAAmu+qkr0nb/9CUq9q0h8XnX4Qpqk7+KwWbr3TZ88"
    "1yoI0gRAOHaGTxAoz//hpEvuSacLAalBz/WgpcLI1wnmF3hTn/cvNJY4IB7rnJgqmT0q9t"
    "s/BHue0IMoxHHoS0tP3Im9Lz3Fld9YEVyTl2rkyAWb3RFkeSirj0AiiT7nX7oaJ6n4RyB8"
    "W0060Zosy5Kqq2NlpKYcOS3ZRI2rFwJyl4qa7mK0upHUeBmjX5cE8teSspsZpckhuvVOdA"
    "ul3er83Uebzz6av/p4WydX9keaJySg1ryJNK+fbiXNOKu3jTQ3H3I880HQz3IK9MQVo5kk"
    "3pMg7JhWzZn0mSq2D3HxApGmtblApGnNF4j4s9LFLZhYHSK8rv4DRldqdT1L2nA9S6q5nu"
    "V7bP3dbttvhHImh/CNUOto7+J7oL1ubN//D4XTPKU="
)
