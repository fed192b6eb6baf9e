from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "auth_audit_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "actor" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "succeeded" BOOL NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_auth_audit__actor_8d40c6" ON "auth_audit_record" ("actor");
CREATE INDEX IF NOT EXISTS "idx_auth_audit__action_fec18c" ON "auth_audit_record" ("action");
CREATE INDEX IF NOT EXISTS "idx_auth_audit__entity__b8888a" ON "auth_audit_record" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_auth_audit__region__a639cc" ON "auth_audit_record" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_auth_audit__at_3149ca" ON "auth_audit_record" ("at");
COMMENT ON COLUMN "auth_audit_record"."actor" IS '操作人 / actor';
COMMENT ON COLUMN "auth_audit_record"."action" IS '操作 / action';
COMMENT ON COLUMN "auth_audit_record"."entity" IS '对象类型 / entity type';
COMMENT ON COLUMN "auth_audit_record"."entity_id" IS '对象编号 / entity id';
COMMENT ON COLUMN "auth_audit_record"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "auth_audit_record"."succeeded" IS '成功 / succeeded';
COMMENT ON COLUMN "auth_audit_record"."before" IS '变更前 / before';
COMMENT ON COLUMN "auth_audit_record"."after" IS '变更后 / after';
COMMENT ON COLUMN "auth_audit_record"."at" IS '时间 / time';
COMMENT ON TABLE "auth_audit_record" IS 'Identity audit trail — 用户权限审计: users created, roles granted and revoked, sessions ended.';
        CREATE TABLE IF NOT EXISTS "auth_refresh_token" (
    "jti" VARCHAR(64) NOT NULL PRIMARY KEY,
    "family" VARCHAR(64) NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_auth_refres_family_134b22" ON "auth_refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_auth_refres_usernam_be34ef" ON "auth_refresh_token" ("username");
COMMENT ON COLUMN "auth_refresh_token"."jti" IS '令牌编号 / token id';
COMMENT ON COLUMN "auth_refresh_token"."family" IS '令牌族 / the sign-in it descends from';
COMMENT ON COLUMN "auth_refresh_token"."username" IS '登录名 / username';
COMMENT ON COLUMN "auth_refresh_token"."expires_at" IS '到期 / expires at';
COMMENT ON COLUMN "auth_refresh_token"."used_at" IS '已使用 / used at';
COMMENT ON COLUMN "auth_refresh_token"."revoked_at" IS '已吊销 / revoked at';
COMMENT ON COLUMN "auth_refresh_token"."created_at" IS '签发时间 / issued at';
COMMENT ON TABLE "auth_refresh_token" IS 'A refresh token handed out — 刷新令牌; each is used once, then replaced within its family.';
        CREATE TABLE IF NOT EXISTS "auth_revoked_token" (
    "jti" VARCHAR(64) NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_auth_revoke_expires_f41c5e" ON "auth_revoked_token" ("expires_at");
COMMENT ON COLUMN "auth_revoked_token"."jti" IS '令牌编号 / token id';
COMMENT ON COLUMN "auth_revoked_token"."username" IS '登录名 / username';
COMMENT ON COLUMN "auth_revoked_token"."expires_at" IS '原到期时间 / original expiry';
COMMENT ON COLUMN "auth_revoked_token"."revoked_at" IS '吊销时间 / revoked at';
COMMENT ON TABLE "auth_revoked_token" IS 'An access token revoked before its expiry (sign-out) — 已吊销令牌; checked by the gateway.';
        ALTER TABLE "auth_user" ADD "tokens_valid_after" TIMESTAMPTZ;
        COMMENT ON COLUMN auth_user."tokens_valid_after" IS '令牌生效起点 / access tokens issued earlier are refused (roles changed, signed out)';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "auth_user" DROP COLUMN "tokens_valid_after";
        DROP TABLE IF EXISTS "auth_audit_record";
        DROP TABLE IF EXISTS "auth_revoked_token";
        DROP TABLE IF EXISTS "auth_refresh_token";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfXJm3J5E8UXKfVISJ/U1sW8S9a7TpsOBSFDimQJVArKj6/m/3wLgu6"
    "gX2pZFxfwiWwCWXO4DAvssFtBfHbzks//+OHLnPh0tXZ9/Jk4YuZ3X6K8OxXMC/2xqcg41"
    "i0XaQHzneBIoEdHYxqK1HWXNJ4xH2OHQwsMBI1DkEuZE/oL7IRVy8iZIyiFo6gfo61Lr9n"
    "T4Y+hdAp99r/t1aeqO+3Wpe4bzdTmYTKDE8AzjNWL+lP7gU3aObn1yx1DooQWJWEhxgFzM"
    "8Tki3xZhxBnC1EXODNMpYWiOXYLgtnxGkFT8R6GsGzqgrU+nDdNrSf0/l8Tm4ZRARQTa/f"
    "4HFPvUJd8IS74ubmzPJ0ERSF+iIMttvlrIsjf+9JLy97KteOqJ7YTBck6z9osVn4U0FfAp"
    "F6VTQkmEORF34NFSYEmXQRB3gARepWzWRGmZk3GJh5eB6BFCWimQlXVs++p6bH+5GNt2Z6"
    "23JBI5oOIiJ6Sip4GqTBpgKlT4Yahp/b6ldfvmwNAtyxh0B9BW6rteZd0rZTJrqUtJm11+"
    "uLwaC4VC6M6qx4uCeykDeCopCUbuNXJ4GK0D8HaGo2rzpwIlBODRyggk9t4GQVLwpBh0ip"
    "1eJxOM/oZSzffAZo6/2QGhUz6Dr6a+xez/Gn1++9Po85mpvyra/iqu0WSVQKFgdaFpPbPH"
    "Eqdid2XxWOnjm5xQ7vNVHZNnEocyeTbfPMrmxsQbwtDumL2vS8uxJlBiDSZgf/UESOrdIB"
    "DsqiF/Fw525bh/uN7f6TwOB69nygnYynBQT3B8FCIyBZ3Bwi6pg0NJrNFI9PsYPrWeJkZ/"
    "0gc8Bt0eIKGeASXPUBeLnrYHFj1tIxaiqogFWzoOIS6pcoLCMCCYVoNRkCtBMQHBQw1QCT"
    "r1JgWtJ7xObegBBAXNdwOwzeO5vv4oLjJn7M9AuUAl/+fql09vLgARCQg08nnBLcpgmBAv"
    "jCrehn98ub6qBiCTKFnf9R2O/ocCn625pBUgxPZ8hkmi7w4ACdPTBRK6C0hkj/AoGISNCj"
    "Ak/f3s0+jX8qvw9uP1G2m0kPFpJK8iL/Cm7CF5nFT4pZvxSAVOEA4ga8JbSp6ggWjwdSje"
    "gRW5Pycb4OBVWMQiPyb/NMpzNTyYsYeGpwMWiXJ7TBARwe41DVaxIlugGV9+uvgyHn36Zw"
    "Gfd6PxhajRZOmqVHpmljBLL4L+fTn+CYmv6Lfrq4syjGm78W8doRNe8tCm4Z2N3ZzNktLE"
    "rkU/Ibxj67hvJOZJ893U/Jgv3mCgOwJsqyvcAVAZncVhjld7Aq54u9bTLX3QN/WUrqcl21"
    "i6mnpEMMS7yRFyUTDBzs0djlx7rSbUwk1t16vm2rxcgimeShuKJ4o7gwieicjRVSjnxLXA"
    "Wlp3vi2iJmNpNGm2O5ImY1WifS5UNcE9EZgSn2av68H/Q6f3Gt3NMEc4jm+FEbqLhBiehE"
    "uOQkqQiuCJqBWmK8RIdOs7pCJI9iy3bONfJxr/amJY4GnmszYq0Egk2rjAcbE4mciAmG1r"
    "huZTiYZjkJt+k9h8qvrxXwNOvlXQnTGUVps9ad/wKHHm6IC9E5ftUVRzfPHreDvVTOnMx+"
    "urD0nzMv9sqebLpJrNIEGXrpqFt+cZVLXaToz47AGZBsltqhf1LUMTMSOtb8GnpcPcNTSN"
    "bn48fY2WwEoYcqCnQDc/B4IbEIamEabwVa7jR+Q2vBFVjDAGt2XghbjEXSdOR9alZVQnyq"
    "jajII2o6DNKGgzCtrYQZtR0NDIQZtR0GYUtBkFbUbBdjzajII2o6AN83wnYZ7PxIPHmI3D"
    "G0I76/GdQvX5rsBOpFrbPG2+e+UbxUJICqEZFpEOJFaWs2VpFU0xxBYN8DHgPbY03fk7It"
    "iZIZ+JeApIUAcuz2dwjYgsAuxA2Z3PZz5FPmdw+7kfrCqWwZ///o+I4PyH+3X8yLj50/iP"
    "hwjhdPIGLbnyCo/jevKbozkKzzpgZBLNjivkATENRziSYk9TvCsKOjMSIoS60KmjcN4Moi"
    "VCqvL/GoDkZZoNiWXKUINnGNKFER5lXvnjm598W/gwiNr1vZei5PN4MU/lWGp9sYvQ6olX"
    "JH4OpJ7jccuHDXJeElNtzYcU898DoM+JPQHuz8cnXE/EOjzLU6s96mV0XyTy8ULVA8AvSp"
    "4e/jAMY8FhujJdVj3Mi+wC8TLmA7pAUfKkhn5rYslt5G6vxGZ9xpY1OkJLaQ9CaeXbuJnS"
    "5qrPd1NaNU7VobQUYcchjMUUJhkdVBBQskHpLazQmXSqgWu+ypHN0vBSpJzOjDjyWivplE"
    "/hZbjDVbT2ODq01PY7oLZN5VJPNXa3ZKp5IWGjP/TyjKo0rYaRP/XF+Stq0Hp5XlaDHO1n"
    "JNi5CajQHer6262bdQg3KwzIB5G0WOVjpXW7HSxoak/TtvssGIAEmoGKwgPBcvAWBy/hJO"
    "VAZFDiIIi/MvB5KBCNmYhcph7OYOiChzPQLPg0+4OBStasXB447N0qPKbf5WwqKsW95d9c"
    "PsgfbbbnKWR7JtDtnfITt2+485T1ZLlLOGiIy3RieVbf+Q6tFxkSUuO6TuTonndW0sT+l+"
    "mslFfpKlNSt81LOaEHnaDwTF2ggfPTmp9YRGIdhvdhRPwp/ZmsJBSXoDemTtXYqNy8X+Kr"
    "nBgC90kXS0qz7hvhu9SVyvc8eHSXBEQlNb4dfXk7enfRuT+K3/0FELqkF7ek0vPO1+70vU"
    "Xoz/apTdLmO91vuHK0SpMBMOdkvuDnKtWUMW8ZAFcXuyhzO6Jy8ZZBeszquqv9pFdud0k1"
    "eFza5jc3Nfj4QhI5Ti1J/mGuWuOT5MEFZPV2rWUSz8cgH7RdRMZ5TaKWzROdj9/xIzKPt/"
    "7vb/FEotEWNy0TBhuTDEWXt/ryU1fWn8tTnFwXHHzWDBTEYeqUBHVgyIk8Iw544T8ACqKB"
    "+Yddoy/2ICx84dDIo+IfRNvNfWh7mezlaLu5tlW23XrwQjh5MxYQJHtcZzAJqdxOXRICu8"
    "+Cgfr1Bvm2oTl2Zj4lyAl84DzoDKMJpjevEBdH3DmYSgIiAvwVJzpULQ886bVb1tKylkfM"
    "XAdKY2k8aXF9tgjwyq6LQFmu0X6cMXT7qf1jzdFDMeh1u/t4D93uZvdB1BVhWGDG7kKYFG"
    "aYzergsCbY8EUwoy9WX1R2l2mYfbkqI/K6kgdB4kHQ2SiahlTb9/jcAkCaYewBELTaCJCs"
    "KwJ0A5aog0vS/hnfi2RarzlC5Y/ikCv0MB/Hs3EzfGuf2eKIltuK8WlrXKUg1/TDBwxdy/"
    "ZEZGo3Jagisy6ZfYsD37U37Hrfzneqr3BKmxcKKamGyrPTwQUduJYFJd3JUEKXZQ6zJKWd"
    "4AjcWnBzI3Hesye3vJypo8vUT6CJ48rAv1WbZ/cc9E6ER7UbITbvgeuJkRcEStw6fqaXuu"
    "pdg2FnPUhmClT8ssCbWO79z59JgDecTlaReNeMXvLoZdn7A8YgRiTynVmn4px/VXG+LQ6R"
    "NdkVhNhsgyem/C+F7z/qVybOtzD5WxKxmgcG5kSaTFz2N/HhmYh4p2pYOG7+HVr3IEQc7s"
    "jjhI6ihTef6ZQTedSpTk2z9hbjPtnxTUeNpt//H6vTt/0="
)
