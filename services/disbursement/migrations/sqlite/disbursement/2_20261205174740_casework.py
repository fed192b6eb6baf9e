from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "fund_override" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_id" BIGINT NOT NULL /* 批次 \/ batch */,
    "region_code" VARCHAR(12) NOT NULL /* 县级区划 \/ county code */,
    "balance" VARCHAR(40) NOT NULL /* 授权时余额 \/ fund balance when authorised */,
    "shortfall" VARCHAR(40) NOT NULL /* 缺口 \/ shortfall authorised */,
    "reason" TEXT NOT NULL /* 理由 \/ reason */,
    "authorized_by" VARCHAR(64) NOT NULL /* 授权人 \/ authorised by */,
    "at" TIMESTAMP NOT NULL /* 时间 \/ time */
) /* Fund override — 资金透支授权: a named authorisation to release a batch the county fund does not cover. */;
CREATE INDEX IF NOT EXISTS "idx_fund_overri_batch_i_d48f49" ON "fund_override" ("batch_id");
CREATE INDEX IF NOT EXISTS "idx_fund_overri_region__cbd75b" ON "fund_override" ("region_code");
-- SQLite cannot add NOT NULL columns without a default, and a default would differ from the models:
-- rebuild payment_cycle and roster, then rename.
CREATE TABLE "payment_cycle_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL /* 县级区划 \/ county code */,
    "cycle" VARCHAR(16) NOT NULL /* 周期 \/ MONTHLY or QUARTERLY */,
    "effective_from" DATE NOT NULL /* 生效日期 \/ effective from */,
    "stale_after_days" INT NOT NULL /* 资金滞留天数 \/ days unpaid before flagged */,
    "window_opens_days_before" SMALLINT NOT NULL /* 季初造册：季前可提前天数 \/ days before the quarter compiling opens */,
    "window_closes_day" SMALLINT NOT NULL /* 季初造册：季首月截止日 \/ day of the quarter's first month compiling closes */,
    "set_by" VARCHAR(64) NOT NULL /* 设置人 \/ set by */,
    CONSTRAINT "uid_payment_cyc_region__cfcc2a" UNIQUE ("region_code", "effective_from")
);
INSERT INTO "payment_cycle_new" ("id", "region_code", "cycle", "effective_from", "stale_after_days", "set_by", "window_opens_days_before", "window_closes_day")
    SELECT "id", "region_code", "cycle", "effective_from", "stale_after_days", "set_by", 5, 10 FROM "payment_cycle";
CREATE TABLE "roster_new" (
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
    "compile_reason" TEXT NOT NULL /* 窗口外造册理由 \/ why compiled outside the quarter-start window */,
    CONSTRAINT "uid_roster_region__8f947f" UNIQUE ("region_code", "period")
);
INSERT INTO "roster_new" ("id", "region_code", "period", "months", "state", "compiled_by", "compiled_at", "revision", "line_count", "total", "exception_count", "batch_id", "sent_back_reason", "compile_reason")
    SELECT "id", "region_code", "period", "months", "state", "compiled_by", "compiled_at", "revision", "line_count", "total", "exception_count", "batch_id", "sent_back_reason", '' FROM "roster";
DROP TABLE "payment_cycle";
DROP TABLE "roster";
ALTER TABLE "payment_cycle_new" RENAME TO "payment_cycle";
ALTER TABLE "roster_new" RENAME TO "roster";
CREATE INDEX "idx_payment_cyc_region__a17022" ON "payment_cycle" ("region_code");
CREATE INDEX "idx_roster_region__7c4cab" ON "roster" ("region_code");
CREATE INDEX "idx_roster_period_b07ba1" ON "roster" ("period");
CREATE INDEX "idx_roster_state_0579c0" ON "roster" ("state");
CREATE INDEX "idx_roster_batch_i_382876" ON "roster" ("batch_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        ALTER TABLE "payment_cycle" DROP COLUMN "window_opens_days_before";
        ALTER TABLE "payment_cycle" DROP COLUMN "window_closes_day";
        ALTER TABLE "roster" DROP COLUMN "compile_reason";
        DROP TABLE IF EXISTS "fund_override";"""


MODELS_STATE = (
    "eJztXVt34jgS/is6vEz6HLoHDDbQ+0QSujs7BLJAdi7be3x8kcEnxGZs0z3s7vz3VUm+Y8"
    "AmBOSJHzqdGJWRVZZU9dVXpf/WdNNV146Ln7HlfeivddObYM129NpH9N+apTxj8svuRnVU"
    "U1ardBO47Cnqksoq0Fx2ovaq6zmK5pHPDGXpYnJJx67mmCvPtC2QoF+ASCNziWwDeQuM4n"
    "dHLna+mRpGX9dCo9km/4mq0vy67vo/1Qa5YojiB/g23dbI15nW/NQ3Xlvm72sse/Yck/s4"
    "5Pb/+je5bFo6/gO7wZ+rJ9kw8TI5miYdB3pd9jYreu3anN9Z3ifaFrqtypq9XD9bUfvVxl"
    "vYVihgsmGeYws7iofhGzxnDaNprZdLf/CDAWadjZqwXsZkdGwo6yXoBKRZB6JrNVkejWfy"
    "dDCT5dqWvgKJ2Ej7lzTbAl2Trrp0AObQhfc9QWi1OkKjJXXFdqcjdhtd0pb2d/ujzp+sM9"
    "FosVvRMbv7fDeaQYds8kKxtw0u/EllFE9hUlQZ0eiTV892thVws1Cc7OEPBVIaII+W1kAw"
    "3vtUEFw4qQ5qX9dSW9O/rtuGqJGfWFXQjyjseQ7dPCt/yEtszb0F+VNq7xn2f/YnN1/6ky"
    "up/S459iP/E4F+BFpIjDr0tNiw+xJlGXc24n6nLz/kZEUzvU2RIY8kXmvIoxX/RWMuqkaP"
    "rMiaRNbljtZRyZVOVyXjz54A0X5zpAQ5a8k/pAc5c91/vbe/VnuZHoymRK60jE6kB/YEl9"
    "eCg+ekz2SEdVxEDykxrjXRainkp9AUYPXHLaKPbqNJNMGeAQXPUFQXTSGHLprCTl3AR0ld"
    "uGtNw1jHWUaQbS+xYmUrIyGXUoVKBF9rgQq0U2xTEJpgLAo9g6gg0fPDCthn8YzHQ7jJs+"
    "v+vmQmUMr+GT3eXw+IRqhCSCPTS5hFkRpUbNhOxmz4+3Q8ylZAJJEafd3UPPQ/tDTdLZM0"
    "Qwn+eJ5hk2jpXaIJyWiDJto60UT0CC9SA4xRQg3B+3513/8lPRVuhuNrOmi2680dehd6g+"
    "u0hWR4OMMu3a2PUKCE6mg3MFhLwRNwqA1vWxW3ZBQ98xnvUIeXpQtf5EPwC1eWq2iQHbsn"
    "Gm2ii6BzOTYIByv62Fpu/I7sUc3s7n4wnfXvHxL6ue3PBvCJQK9uUlevpJTOwpugn+9mXx"
    "D8iX4bjwZpNYbtZr/VoE/K2rNly/4uK3pszIKrwbj+CW668RRzFeGCqmhP3xVHl7c+sQV7"
    "V9vtj56F5/QVxVLmVIcwuHTo4tjKtWI99TXNXltebScAE29UPwzAqKS5rMTaHwRg4AuQLx"
    "GBIW3cgD2tBcZer9FUfgwvqWKXXSK2oC5IsP21Oh/R9wV2MFLQwl67eGEv9R9csgJb2DA9"
    "ZLpIc7BOtif9bwh/w84GaQvFmmP4REEW/o7IRZd0aBvG4a97FRhUUjAo1H2mh7ZPD2nJwx"
    "q55FIvqio4Z2ThTjlq4WPk99XOqLjSenBHWkhl8eHolkL/KKCLhBDvAJMBOwfsE2TP6LYB"
    "2oPu84Fm+FufbK2f1SyXYR+mmpbkXA9sv/bXqmDLj3pfVBetPDOhtXsmtLZmAiyd2Ck8F1"
    "JinGuBzQPitOkxLbBHOEYLYiOHFsTGTi3AR5laWBGTjAxj8a18W/qo7fxsvrTUajQDW9eH"
    "mtpg5Ka2dngs9IxhtnC+vZuurK0dx3ddCqCCSUHeYUHREFsMjIq7IkRXsWfgBSC0V2TUiF"
    "ObEbQDICRbHQmhfVgIT7MpvtlLIhbJz04TgFv2NChvQG+PXgDcSI3vE3mOIltG0P58e0Xt"
    "17uf+rPx6HPxcET0cqcCdPAUH1Fw4wy3vU4+vHkcJT8NPfg6mo5v7vpD+aY/uSWfd3otDM"
    "FXXWf3OMo8lvKYx2lUKmYeS+ntyIcGtrW7cwuKSbyWI7mt32ZhtXaENmC4HQEM4lifc28r"
    "QrPdaXdbUjvcTcIr+zaR7dVpuV5Ysv1UcLeISXG/VdAZAVs5GfCuALND6WohjmVosG0Myf"
    "MgbYG1J7RSXJesVVffFcciiiCL1nLzjqf9xPUUw5AX8B1qIVbCluAZV8DiK5/vuFPKmKjD"
    "ZhJRcpiZBhFBeKTAMgM7DTQGdDRNcTgJmbNRV+YODhHlYgpLiJZGZW0sQUykIwkw+doGZf"
    "9BrMowl2R6fXdMz8MWSjxccTymmwuQ6e5BZLppfTF4uujcSkpxraV4/NDnt/m9R6z3l58z"
    "wWgWDx4mJU8QRLxIWDcRUAyUo7zcq+EpjBgMG99xxE9rSx8TA80xdVzbGUhMtKofjiQapL"
    "1sxwUOhhLhK1AgEgXrunqbvC+9pk6t/oYB744AP1tdamC2Wx8hzEY6TV6gNZkNjukqcE/k"
    "2cjBxMJzIXSnKp62YBsnYFIbBD1Euo1dZNkeuUi+eDt+yEmfqqBhSYOGVMOFUca4FN/BQk"
    "no9MhPVWjSsAfpNs/Q4duIDKpkIepgpROPEsImy5YYniKDS8XSMjRxizXzWVnumhuhVNr2"
    "YWIffHG+wiLhxhCYPsTVIzOn1+1BoISu+/6TAdnECneNEzBBbwc3d/f94VWzXRdSrnegt/"
    "ZWmMQl3+6Rh18WVE9CrkQK6hh0qrRwC3zu4CEurgaHWApZ6OAM/7Fj74gkOI8UdtoNMg06"
    "YovRFoJev8z6H/wySxj+W/zO0Pgfjkefg+Zp0mcqhs7egf8U9pi3BDnXSHyRCtLCwvefG8"
    "+Zb7rtqVRR8W1585OHWJ9jZ2B5zqa2002ON6of9pKXtLmMw/b5nGQmhqhYtlMqtowGC60R"
    "R5RYE8ulrVEHtE7czkQis+2QKw721o4Fic6Kbyf+4JJmqmJT02SHX3yRblSucEld4cr54s"
    "n5WmHHtAuRCiIJvnUAhIxw64w6XXTI902AYMQ7Owe8kx5v/ikcxxnxccJGfzgc3/Rnd+NR"
    "Hd3eTa8fJ9PB/WA0q6PJYPY4GR315p+cceHaaycLddgTpAwluI56xTdeqSMBNwn3GkQvN0"
    "QHk/6wjh4m43/ejYAUU0c348fR7Fc+VKI8BwlHBZCGSKhEMIMfMmCoD3sCdEUsZdMzv+GX"
    "czCOwhguhFGfjwFbMozawA7OxEX3GUkxIa4XKbGJgdCqagz1iXWbC2oEqz1VGOlJiXG+aX"
    "dpeSrGu/RxnuABKpSnQnneNMrzoGwoSrMT4Qka1A+jO6tY04PAjn/fWEG5FjXkRGAtd8OC"
    "ch/Rs23hTZhyDISCWF4yMiiQwtyeOtSv0zB0hzWLAzbbmM5FepAB5/xrO2GWeXH/roAefi"
    "yWKlG6SpQuBSJXlkTpN4XIoSuhIUjvGx0A/uHXf7Ryer+vitK9RSDi69owGl3wzCDuS37v"
    "RcjEZq1YJ0QlhCIEFE/x1m4hmC6UOKMH/NC/uy3uBXcE2DqkBl2Jon5fHolbKWbRPM6YSG"
    "myOJuAjvqJh/EsztCmfZ08znJWYzgK5YkGOLMuQzDQx7z1p6/MsDQtXNhYjQnxjX/G3ThJ"
    "amAIUGoSbMW+wwdPwrOdGmdJFFfTtjDf6srmT4ANC3w58MCJ6uJ+NG+q4xHPuaaw/yFQ5z"
    "oIDuREduQwmpAf32E5H7FSdOCT+FM0DFR8jBNglPmcOCvwZiLHdj3suBRWsVwDOw4kmFh6"
    "kFNCwRjIJ4EKRLsRnjP3oaLslBTJeRsAQUXZubQOKsrOkZb5ZPD5cdifHOGAxnk7/l0Aip"
    "k+PjwMKWmnP/kVyJxdMORha+DDPwVfuRh3JxDgewYkAIH+589EJcR9vAXm1HDQn8Jv/Zuf"
    "RuOfh4Pbz4NbPpRBPSAtGzHb7zZpOxCzV6xg0yiuE7VJE9U7wKGCbufFaE5cv8azPaVoGl"
    "YocxlIsvhgR3ZniiQVsyr9Rzo/Q0pzMAxQ0YIZCSnOOSGS1obqQY2WGuX+RDY/L6yQYEiP"
    "qJqRkCwXSySmmgRjJKagvJUz/mLUkWQ0ky0UhalbCTGuYdWuLggUyQOPpStRWobSjpG4/K"
    "WSl+kajm3x+ZoSLVOZmzZuqBHqGpuvoX7eSp2bZOzjiXxEccvCebTbolxP014blA61wDOn"
    "afxxuJmqiTE+gny5LV6mKRvXmNRSRLrISuntNq63tzKFeQTzbzbs4feD+axVPT+Yr4UCuc"
    "F8KpJNmBTbUpchWxGQDhE3F+iT3mK5Abjl97XieNghfxiO/Qw5sWQyINtCV5AouyRilmHO"
    "1w7NmX23G9C/QD8yiZsp5BcbBtYgs0WG21b8zQr15wVvKw/qH65KuWGHQIBzxCFamMiw34"
    "9Hsy/DX2Et+sdjfzIbTIac5Cam1rBMuyhbEduSL+RHnTGtV2zSmoa0hHecIBU+Ewqe6dQc"
    "KddTllimxz3KOtmmCkDLWaLnA5hbxUHPRMYu1oGZI0JVMLEn9ELkGZ4ErS2g2fmHkiJjqc"
    "znuclTJ4ajv5NBIHYjHHjg0mGWd50PO31Wlsud2tp3n/NpTSy+bqkSPZijqUPtTwGyYppQ"
    "bd0woNp68GmbnjKAaU1QvRFe2VKsr1HgS/hGGNl7nlfmkhZmh7EppOWW0JFCBcMf+3Q7ve"
    "8PhzsVrC1tF1PNHKnZ5A3OeFZB8YmYR6e9Xg88wg5wpSVBUCBaIQlsfWTahMI1MUX+4CLD"
    "dFyPGdoxtbKBObteXewVLacfSnBuS3RVFRZPA7AWH2Uhfb8ouMKj4zwEouchv3nos0Hzus"
    "0BezS/1wwSO9hnIT0VzlxVvJBH5hOG3TplmsFVB7vk5UCmR35b2Y7n0sRD09vtJL/+11ZE"
    "t5K6vFWZ5strJwZAUIapfBQrf1uWb810BbXJzksMbI4ERZ89DvcM/Srlt0r55UdJVcrv5S"
    "1yPim91WHU1WHUZ9FDdRg1D1pIHEbN0yHUb7HOQFjw8OVRg6MOtOCwnsCWvVN7GIxu7445"
    "RTeRQODfpY6gOkEdferfDVkuwd10+shL9sCuoy32WaHnP9rimOT3XqtJdwCaOdMjZpAoYQ"
    "D8+ze06Kp8MxzTjI5R/34g399N7/uzmy9ETZPxb4NRHY1nXwaTY3Qk5Nmxhd07trC1Y1fl"
    "IF6zHATDEo8ix8YEy8SzEyUa5JToOZBJaiyFVR2sYfPbCQ7bKQW3LvkumK67xrJtFIe80q"
    "Kc1zcIUwrJ703MiOvv6SNAAI1HqIurWM6EQoK1nWEc//P64QiOE7U8GLthd91RGzKFYX4k"
    "6yXUe/xuuQtz9YMbKzTiejReAp8HFSJdc27BEmsYiHzFCqkb+v92HOcyXcjDc6zqU5Yp2P"
    "MWMNA2lsDtEttpfmMwJSoU9M3WNaB0lAxPeD+pJ5I6H5PnyEGnDB3GsWK9ZicpFyTMnYRy"
    "8xbKFdyM7x8YwDAb/zyafrl7kPsPcNQIXGLHjMQuRAUNpgPiC1/3b346ytfNg8kJuzE5YT"
    "vJm/Kzimd5J8U4R0T9oKXQikr/Bw/ATSpaOKJHZHknRUuV5h1XTcI3DhX0VnLOkn7xN9M1"
    "syCoPf5wJHJG1unLFE4LX/ibFlM4zbVCWn7E/NRE7794eRcWHKrKu5xlsIln3qVp0M2sct"
    "P0cU5ebbpIdAj/oWHa3cIvfIYkz2+9aDQEYDC1Ihs5fIILTQBuzx87kRMoCgYYWxTzjvMw"
    "V/FqnLxBnsnEAVrqVHuSix9HnyXLdfSu1wAGjR+o2D6iHrlMZVpOTs0+W+w1Dqv3jcUjNL"
    "UtybWeOkqPYluUxd8DSyqeuJPQ3PfFJjKi7bXnmnoi4+o98bodD7G0JX7UymHUYRBsFbUD"
    "4YeoYT1vHELGCZm8EYlQKnYC+RanOtr16DnkpAOmBy9DRNtdYsOjAQCa5MFuDTkf8O5cWf"
    "gb+VN37NWKCLnkPbK85SajHgMnfaryUMoammAz4cikhzIw6NPzIMxx4NkA4j+94VT8jCq/"
    "oQQgbnkSHBbkTSrOMY4Lca4KBiK1cQvqaEPHgcISTpZjlHB6snE5iJZHzoQYvXI0ln2GZR"
    "19GQ9vBxMqfT+4vx5M6mg663/6JH8ZDG9laPl5MqB1zo/R0enp+G+HEC7iXjvg7mSQw5G+"
    "zrl2nQIC5NDFuvPwc+2Ad0Xb5HeszKD5QZ8Kcv8RNM9mWfW6AF91JIw/IlVxMVLJW2WYXp"
    "14POTOyF2vICe+DuSq9+C42A5aOaaGyScq8bo3pKGiLYin7S3I17hwE9PddqMu143Kcyqp"
    "53SRI9zORyQqYU44/8enHBemj5+cct2fDupo8Mts0q+j8Wggjz99qqOHyd3NAH34sLWwXS"
    "bR5u3YFtwkm9ENpcjLHwpw/va3DTgwWGpJmGYW+50uTt7Kx97aR9/i1X7bX2Mp1ia//Za/"
    "wtIk2hr2Qc/xekfAgw8d1h9oVWC8oQx5QJ3907qD6kdBJrPpobmNXeTZOzHwc/chm6cfB0"
    "YTWFzF1efIaKgA8QoQ51I5FR5eAjJ6BYdzYx6WAQ5/xlCFpXj+SyTGeRCvbehQxlbqaYzj"
    "HyXDRI9w1iwY/6AJ+ShHdFu4RA4py0WKKwRc1CAvabm5qJNaQuLxcftDyD1GP17yFMmgiF"
    "VRkykpx3lyPyuiQbaBqO4Vz/ZRmQrCHVOKpioHx4EWqmJwl9cBV6XguIItp+bcGhtGbSdm"
    "GTSoHwYsoZCGbPttD6KVcGMan42ivDRBSOpCdkpH7cDxZarYYQAhrczhn7CgLYh+0JVP6q"
    "4j0i/H/kZ+cbGlU3Z+PTht810U5mW0lm3E8oL9qOLNFTDJKfZVSmASJmeRLSxozzmu0mkp"
    "BmikK0T1FrbLLaSrLdASC7e0xEJYd+GocN3J6wqSbcEuaPH5ArwrKtwsooNoWHEpXqorFE"
    "8MK0lCmNRswBzpaQz6fVacp5xQ17lz9I44Xrl85SwSJSyC3uV4/cnbpo+t5cbfx0pSy8Lf"
    "cvk+PnnK2I97LH2/QR5LP9b0sKHPGsfoAF1WcbXVTrI5lZCyeQUMAaigC5serKUUyGBVMh"
    "pCJzyiUm+p8du92+J6wp06gtSDexgsONEO3s64HCCYOlmngXWg+JyDDFehzE9SORtldTbe"
    "QBS314B02I4odFMVC/0orumBd700KeOHj3DuX7dwYZxtn1HEEF2xIy2jk+Nzlm151bqGb4"
    "Fw7HOMYeQpy/ioiXByhnFR4LgkbAaGfXR6BgTPgz5f3oN7O3xuiWymAD5pUlbVKD9h7JJl"
    "o8hyKJN/mQ71tW0vsWLt3AhigimVqETytfQQXimmiFajF5BJWBEv2CHYfuDTStAVJnemF0"
    "LCz8u1cj0eDxPu3fVd2sF+hPTOq2ZKZ1mh3jfDyUdXZNDX4LMdtS+fjJ4fH36yziwVp3B5"
    "1ZQY56ro0nOoRbWnhPBf8ADVYdQBytAnNqS2qO1EIfzP64dBCCVqeQiD2O3xndgrfisu8Q"
    "vL/+12dr+RbTGz4OvuRSImwvMCkX+Ik8uxKOZZjkVx93IMn6WMyFWhOJnf/C84us1cm11z"
    "z2bX3N7syDd6OMtG//t0PMoe4ZhI2kI3NQ/9j55cUsLR3jO4MBj7gyvpOEo9CcrDDS5eKe"
    "/P/wPirMvU"
)
