from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "panel_review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "held_on" DATE NOT NULL,
    "participants" JSONB NOT NULL,
    "votes_for" SMALLINT NOT NULL,
    "votes_against" SMALLINT NOT NULL,
    "abstentions" SMALLINT NOT NULL,
    "result" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_panel_revie_applica_085d2f" ON "panel_review" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_panel_revie_househo_a0462e" ON "panel_review" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_panel_revie_region__8f9400" ON "panel_review" ("region_code");
COMMENT ON COLUMN "panel_review"."application_id" IS '申请 / application';
COMMENT ON COLUMN "panel_review"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "panel_review"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "panel_review"."kind" IS '类型 / DEMOCRATIC_REVIEW, JOINT_REVIEW or COMMITTEE_REVIEW';
COMMENT ON COLUMN "panel_review"."held_on" IS '评议日期 / held on';
COMMENT ON COLUMN "panel_review"."participants" IS '参加人员 / participants (name, role, signed, vote)';
COMMENT ON COLUMN "panel_review"."votes_for" IS '赞成 / votes for';
COMMENT ON COLUMN "panel_review"."votes_against" IS '反对 / votes against';
COMMENT ON COLUMN "panel_review"."abstentions" IS '弃权 / abstentions';
COMMENT ON COLUMN "panel_review"."result" IS '结果 / PASSED or NOT_PASSED';
COMMENT ON COLUMN "panel_review"."recorded_by" IS '记录人 / recorded by';
COMMENT ON TABLE "panel_review" IS 'Panel review — 评议会审记录: the participants of a democratic review or a county joint review, their';
        CREATE TABLE IF NOT EXISTS "programme_membership" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "programme" VARCHAR(24) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "monthly_amount" DECIMAL(12,2) NOT NULL,
    "one_off_amount" DECIMAL(12,2) NOT NULL,
    "basis" VARCHAR(200) NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "household_id" BIGINT NOT NULL REFERENCES "household" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_programme_m_region__e0956f" ON "programme_membership" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_programme_m_program_30a117" ON "programme_membership" ("programme");
CREATE INDEX IF NOT EXISTS "idx_programme_m_househo_d2d59c" ON "programme_membership" ("household_id");
COMMENT ON COLUMN "programme_membership"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "programme_membership"."programme" IS '救助项目 / NEAR_POVERTY, EXTREME_POVERTY or TEMPORARY_ASSISTANCE';
COMMENT ON COLUMN "programme_membership"."starts_on" IS '起始日期 / from';
COMMENT ON COLUMN "programme_membership"."ends_on" IS '终止日期 / until (last day), open when empty';
COMMENT ON COLUMN "programme_membership"."monthly_amount" IS '月救助金 / monthly amount (特困供养)';
COMMENT ON COLUMN "programme_membership"."one_off_amount" IS '一次性救助金 / one-off amount (临时救助)';
COMMENT ON COLUMN "programme_membership"."basis" IS '认定依据 / basis of the decision';
COMMENT ON COLUMN "programme_membership"."decided_by" IS '认定人 / decided by';
COMMENT ON COLUMN "programme_membership"."created_at" IS '登记时间 / recorded at';
COMMENT ON TABLE "programme_membership" IS 'Programme membership — 救助项目: one household in one programme from a date, with its amounts and basis.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "panel_review";
        DROP TABLE IF EXISTS "programme_membership";"""


MODELS_STATE = (
    "eJztXVlz4ziS/isIv4w7Qu6WKB6Sd2MjVC51l6d9he3qmd2pCQYP0OKYIjUkZZdjt//7Ig"
    "HehyTKOkAXX6psGUkBmQSQ+eX1vyczbxngmeeYwc+TxcKxDS20PffkHP3viavNMfmhbkgP"
    "nWiLRX4AfBhqukPptMJgPQh9zQjJnyzNCTD5yMSB4duL6BtPMk9H35ZCfyCS/xRpOPy2HO"
    "mWco48F6OFFgTIs5CGkq9F4cz3lk8z8j9G5Ft970Vz0KvnP1uO94pOP99eTy5vyLP6fU0R"
    "fvoZZmN6BpmO7T4d+ouXrv3vJVZD7wkTKp98/T/+ST62XRN/x0H86+JZtWzsmDlB2CY8gH"
    "6uhm8L+tkn++nSDX+lY2FZump4znLupuMXb+HMcxMC2w3h0yfsYl8LMXxD6C9BGu7ScSLZ"
    "xQJik02HsFlmaExsaUsHZArUbALpZyeqenP7qD5MH1X1pCTvmCIjiegjw3PhXSFTDSgDnm"
    "AKZ2NBGA4VoT+UR5KoKNKoPyJj6XzLf1L+ZJNJucUeRXl2+dvlzSNMyCMvJHtZ4YM/KY0W"
    "aoyKCiPlvo+fyLwJe01cFsPFTPOrhVAgK0iDLLMojZj3q8QRf7BTeZx8W5JXXiP/CgPh21"
    "LEmLz/yqg/QL8gtgoUr2IDmc2176qD3adwRn4dCCvE8cfk/uLL5P50IPyUl8lN9BeB/gmk"
    "k0ojCAm7msghIeBbAspQs8ipI4wEwvXkJEkm35TxQn8Dxgv9WsbDn/KMN2aa62KnCeszJP"
    "tifnqjJJy+vFHvpvcPtzcnzYWQHP3fljIW+t+W4740JALJrKTxFpA32QJy/RaQi5Ig1833"
    "tyZySAgOKIXmzJfGpkjYLkijvCBErGtEBNglGy0gs0TJchqLor/JriCj6oXRL+2LYKnP7Z"
    "DMS2XqTl4onwlfa86lAl1BNuQ6wqE9xz+b0QmwDyltd1JlN4mEJfKvMrCIhJIVbSabFaL4"
    "PHmcFtisGQZeNOdygeydTI6O+v3zWBqahLuK2JcLPI7Xsw8WG45nPKum9haUOfww1xynVu"
    "HMU65XPHf1/g77jTkr94c68NQinB3LEjniLatPThzJBC6LlmTEHCefjwnHvRcybcdBjk1e"
    "bmS79HImTEfxcjfWY4eCIieaK/yySld9uJ5cXcXKaSojk5gQzXZASrH3l383mlBZQpIw7C"
    "c7IJaHiTXTsd0NtaNmO4FcMwu1OasLZG3htyIYWf2zwG9j6fvk7kWwuP0ynTzKweoC+0EV"
    "2z95noM1t4bzRdoC73VCvK9DKPmk4QkvSUy3AZ1nqMD9SRdxxhZBThrDWQYRhvIuXn+6vb"
    "2Ch8yD4N8O/eCyYATffL3+NCWaD9V7yCA7zNnGNTJSdS2wK+6KFbZYNTnfamlBUHBJjE3y"
    "81DGRGgOftIclCyluZ22maG2ylIrq6Q5NjdFj6qot7rSD6gtFUVUYT8AVMeWhrI7zNxUlz"
    "okGJXRybz5wiFzwFVCXHUi5gm5Pw5lpT8mgrT6AohNwyDIgQzCG9KfNQmufv1f2KBgreej"
    "eIEh8rGB7Zcd6MQ7PChn3hyrL3Zgh40lVyTlXnbSUCeqg4I1stmkgSwlF5rhLd3wDcGCEF"
    "0QMr0d6A47FNPcDuBMUMmAecVN9teH25tqIZUIi8qebYTo/4jREOzN+Dn5T2vpsu2gL20n"
    "tN3gZ/i+/9oC97Io/GsMBrATQeWWpTEYP9Ey0ZzM3bfJFN4tvL9GwFwivPgmO72e/L14yV"
    "1c3X6izPWC8MmnT6EP+FQQo4+jg0H1sUaO9kairCRutThF3Dfh39EItqICB+vAkGM8gdyN"
    "DNmPD9PMsvkTrYkN22wM++SpWoP6DHSitUj6WCugPtFy9mF1mRg02Oa3VI6O+ytKxDI52s"
    "ZELQP+anDMjYaAM49kTBUOEbC12JGbrA2FHtUbQ+/VDWb2AhFt+8zU3hAFvH7i6SbD30Ps"
    "wiu/DX5XIj4chNccwZMwIEOwM1Zjd7/kkDqkmWSBSH+LxEx+pqsGC/vwMB44M95UY4aNZ8"
    "J1Law+2+CQqhFYBf2qUw5+4OmkG/cFUPQtUwel35Di/RihfpIF+/F1hl26/cAJDbLBAXrF"
    "PkbRuhG5uygj3r0PHy+vpw+Pk+u73GaE0xL+ItBP3wqfnhZddslD0N8uH78g+BX9z+3NtH"
    "jLJeMe/+cE5qQtQ091vVeVvKEZDscfxx/lzUJyZ4dbvTl5yh28MwdyPG0eNEIWaN66zlv0"
    "PrdE7NHWWyn1JP6oMaZTpNzX+f4xo4MgMMt6rgwOShhblsevno/tJ/d3/EZlckkmr7lGVS"
    "hKJtDuS/Z57ZLHn/FLF3+afr+vvSZhbaV3kTACFC6m2FxMHi4mn4mSCjzXNeP5VfNNtYb5"
    "4JKo0HU+RWS//n6PnSQMsZ7nf4uibR7I41p44NXxnbLQE7wM63JMLf9pLsyLn2iu9kSXBN"
    "8N35QNCg0CHF6GeH5SFzWaDOitjRmFoRRNoWPXh4zCeATj08DNkSnQ8DVNOScqPDl77TDo"
    "oQAbS98OifLQQy94ZpOdTX6i0yD/68vAdnEQoNOJH6KBWBUkutev6sJCOT74e6gLC21HWC"
    "ix8yp2Q70Y4vGHcz1uF2tlKGAhCYJOmB7P+fgRiC+as6x46z9jw55rTjXHE5qizcGIfo6I"
    "+cEZRAzeQ6k/NAjvk9m/D3+bXlxeT65OB2JPKCA6sRzEkjeXLGm+qLDzVsJzKRH32JwiAZ"
    "IjmxD1w34WmSuJ4gJjpd8n960hDgAfFU2IBE3Wxgv45nrNYtLj8VwHPox0C+Jx5T6EOcQz"
    "5iK+obODOzuYX3kcyg7eu3m3NO3wHhuenzc7aob01pp4MFj109HrjTygQMBEBxLwAApOn0"
    "2sLf/FNnBqlDHHzij6V4fAUUuSKgy6nT22M944Pq16K4w38tp5fpMbOyHg22CTRcOMPWFR"
    "3Fsy86ZXtyxucHPLYu3FDX8q5nDEYFwDtlfDd9zynXF847DdfbMcu6EdNkoWSyk4t40l3R"
    "qDZQCe/chOVkY6yxQjK0B03hwJoVJZXSeHaj11f2//NgHSWTlYELQpDS0llYO9FWixeym0"
    "DLDbKlS9LXBdsDQMjM3GUUc5ugMiG7F0ml0KwoAmL41ZcmRm5rzgFjq2iHFWlkF9sGRK8a"
    "4IyUMmUkJYiQxQhiRQ+ChdAn/RjpoV4gq9tF4eCUELxSFSZClZAYfSaBxdc8iomh1prtmI"
    "q3hyP1yUTQnZOh7scqEFeDKHzImTGtQlM6K3DnQxyFhVSwevxVzg4YgRpBCIaJkmJOOOiV"
    "k5HpgQSjsam+cUOpl7bjhz3mIay/fmSGOfIs/toVeb/GCHAVpoPvlXcyHwcuEQFsBXltGZ"
    "Y0ygAsf5Rwmfw5YFAfMvWIWvOPlnh/S0Aelpmdb/wd30hT1UebvWmMMlyhYVTKEOTkkc0T"
    "zHEREMPaToEfVuzacipyM6ETPnfgM/fZn4OA77LWsZQD5A8baARLbcJfF+pseOfKGBI5/e"
    "P02U+4Tg8NloW3J/JDKzl3Cc3banELTSi9jeY3ny78+b2Yu2n1EKmgipQNYSUTF3lqKPlY"
    "Kjv7Ac/sTEshWb3eVadVUQ7hDt4ZhcFJKM+zT75Q2dTu7u7m//mFz10P3k8mHaQ4R7N7+R"
    "/3+7n1xMN9xI+Ut9uMmlPqy/1IelS71LRqln/ccyk7sgnOMbO10QToNbqfVBOORWc5/w9A"
    "WvgIMyQ3pr8SA6WMXJ6PWAEKVAFsZmJiYmg+OOkpiYc6RBaRYT+5jofD4mmsQbfDFyvCfk"
    "AbISR9cECCSznGNIyDWWfuD5FUjQIb+5C+XJKvKYJuOSI4oVgAs2jiDhAvPpgh440ApXBD"
    "2s2hyrwh72WIbg/cJ4T+TDUUqL8Z8yc/L1DjTdzydbWFLpLZHbJrAICPpk9+A2O0XYJDBF"
    "qA9MEdoemPLBIeqF9uZ4WsXOWIXTJSQtgX+kwUiC80sfU6QumT5/cA/fPvhdAaedE54zJz"
    "xUmLmsbYcU/3kDc4sMVO0N+yDdk/fxVXNYfZszO9uTiNhAsV9D0RXMajSfZ3sS/SVInBwx"
    "fQ9pISvsBAUzoZYfNstm1sG+dSMvO3OKdc51jlTGzrneDs0l8Sdv6lNPCFrjSo/8u9gyY5"
    "/uu7WWql4j0flVcbSsCk7Okh0wNnm7t9q0hOyhDoGYmenzEqDcORk6JwO/8vgoTgaI5AlW"
    "dP9M/r5W3zWzI9fqu/Fzi7m2FbVZyZ9GY0yBHVoIwrCSn/uQ7Ag/n8elPXtRceMelPgH7z"
    "/9xFwa5P8g9Baglz5jvIhiQ6P6x2XNmMP5dW4Kjk/NTlVui6rMP/a9JayXFhAvwd58cJ5F"
    "Aqp1mWcrQ1NLtG0pJVXMQssmMewuI22roNStYoSPHRvcXAI5fh8zCHirBhUfoy1Fof1EC5"
    "pO6I2CCPJULboqokoh0fyRvlVz3d0n7HPQ+uM48jhU7480p6YxdFhB2pYuKxXpOMlq9ocp"
    "dkhWh2TxK4+PgmRNoR0I9c5+sWsDZvODeuswrUyvFXVmbxg1S7/jjBIhQpQiSHWdT8hLTn"
    "t2CSb4V6OOJ2+IlctDmu4tQ8hqxnMd+8gi+quZ9kdJ2hPF3cHpp5D63SthWrxM7JsbesTw"
    "QZobQE8XE53SzCNoWAnwF2EubfDyU2QcMULWTzBC0TpAjPvDt7cCECNSdGyDJpo1vhLLtB"
    "xfiifZdrSszVg8+Q317KOEh/4QCgsN4tUhcBdrgAzkVAJeJbNlX+f3N3Q+oJ+flc4SJdDO"
    "2d3Cs0Q6cL8D9/e/J3RTjHMOcn0hEp2MnwYRTDtsWPEyR9QiYYySNLS4zfxyAclmAWuum1"
    "OYtxHP7nNzfGwRnTsyaDcXT4aI884FBmTkDGSFZeRAoJNII90dMrkeIuoXrAPKUbjPYAAJ"
    "Mh+IJ03LVGPAbGMsLkfVFhguD3KSCSE71+3z/V09qyL7juztOlyD1bK/a/f83aabDbP3yx"
    "J4xN/rjL2EgutDJ0JL9DEuVFTJAiF/CVC6nPe1rJ3+/XG13yvJ57i6vfktHl50hlUJp7Hj"
    "q0DGtZgUXYKLe9w30wr5MQTFi+Mr4Wczz1eBrC0XQVYiuUshkcsOShFV3AUUq9yiaE2Wrl"
    "VZZiweURmCtprLOGOorbZhRESXdbY370XckP6kznORDOit7baTgUhxjmy97yIenol7xfC6"
    "wL5MYmAFZXyeQ+VNM0Cvnk+M0Ceiz70F5NKDqhyZiZDbz3A84zlTk5WFgZRDb480h86b0H"
    "kTNpJK503ovAmVd2zrvAkdds0Tdh1dXipcXmVxPMw1x6ndKUVazn087D4fSwrc5ybo/axv"
    "GdgAUP8ye42Ti33TELhoFw0FRU72Dfyyaqc8XE+urqq2RnWp0XqsojWlRiticfmEJEyijt"
    "UmC9QHgeao2hMEygrACsN+JvxTMx3bxTtLEigbwsCsmsYzqzlc23yGWwbLEnXVVDJ4N41o"
    "Kvj75Gtu2BhUy1NxfpyAJUbTHuUEVYvmzw2oFvOzGaaWp2rPe56RRw5Ti6WyH0itK9bUwW"
    "aHh82+eI5NtMSTGtAs/nNvHWQ2ywxcC5JFT0WUOgWpRsJIgJxvUWEb7zyCoWZaiLwX7Pu2"
    "GcWyauSsMzUfnUI1JfqsHg18pYov2aGvGD+TEfBMoz8E5Xgw+KkMlB1xHu8AyyI2b6xsaF"
    "WX4LuP331Vz817tnfoyK7HvyJrqQJaWVWxJkPFe8EaWRZANRYFeZ21+G5277B+Df2/gdIX"
    "j+fahSqJ4KpTxhZUDYpnfJygJq5uoRjsq72HMmjgupsoO3SDuygani1UksEh8x2R5JE8hH"
    "/FEfOdkNclZBcDxZJxgCw4/8mR72MD2y/kA9PWNa+HtACuBfJFuOoeOsoc1t9B/yhClUGo"
    "hcuAlRjsPDnceXJ+BDxaFoYQlGhAJYgUmwaPwfLZW/KHSi99XXNVf+mzILdNZVIg41smkm"
    "JgAC8ylfVZePXX+0+TG1CJ77/eT662EchoA3mMasUxKjVPZwdYA0GkFIdrXz+5eLz8Y9pc"
    "u1AEuDXkPvXPpBPnIab9xcavquFoQWPXTJH2cK6ZQfONIFDXANkC1DUAE0d04mhwNjy4D0"
    "YzTR9XMXxFOGJKwrUeLVoimDSKSKtvppNu3JGg39/gXSej6nsS9Etxuh+ih2jzOkFcNxD9"
    "Met1iFjTafAitKo0FcjpGBt62krX9oMQLTTb3F/xDijKGDRuWZynagu703qVK9jNuqu7Hn"
    "I89wn7lP17cSiwVP/GAel5Mq5vgTSUMQ1Ij6bPje8swAsNWEWOdJY9AmHZDbHG2mccEHlM"
    "PmnolZck0Esx2RdEh9GTjL9xX2EgBmiqyfJQujza/hjyPt7f8niHoGRApuBgNcoHpy2ZGx"
    "kT1eR8bzIqQthesfEtWmPINxjKkKLDlnTGloSSJXGhiD2RYVglOoddYXuvdFxnydpy+8gY"
    "Ev/H/X4/DvWWBQGEpssCc18bGOHvdoiwawbolNgl2cv//fus4hKC71AjC65Z9ECZsi1yEH"
    "Gfcl0YJKk5oyGcc5ThbEn74LWLv2/J6zLl3nm9G+CJsFqvZDWsKDbAzeVeQr9o3gTRk1iJ"
    "jcawRgX54ZCNknHXr+Iua3QvDWQpW1UE/IYKmN3RCpBjv4D7MFoIubfxImQZIvgF+29xfS"
    "vWNnDTvuu7Q0F+vBbrJ3ldKxd0k1GwftCktRw4vzC3fDfylK16N1gtbRbOmXs3ojV99Bcj"
    "ZmPmzaCzb+AQr0yeqrgCPkXUv/5+j50k0ai+DOYkn5HExyuzsRP0z3iTFCph5mGJIMDhLl"
    "gFz7kM8fzDMoqipTvg1IUW4EkCvX5EVsWtInfBrLQ95UfkVNxkaAecynY2+oissl3Dm+Md"
    "MOqSPugjH1URUkcuSIc8awcs+5098Ff6vI/KtVrDsSm37ij2xg+b3pnLuxHzFr735GvznW"
    "zQu/hZ10wi5M3jh5m7fecikCfUgucdMO6ePu2RPOwj8Wvf0a6Z+6Am3DV/Y6yOd2XXlGrH"
    "g9dGvLKHIyBI401laSgzqOcceS5Ggbf0DYw8K928iH1TL8Z9egh/N5xl1KvahB58YDyeTv"
    "wQDYYV6RaH/OKuGElLQ1iPVqD5cG6acn1mGsfN3nKkY4gLgOo7jZDSrvLFD1z5wiDcevL8"
    "RnEeWRrOM6RzIcXZeR+/GvCHCPXb7hij0X6SAlmSuYqpPET7kevA9szGUWcFsrY4nJmfTt"
    "HHSuz4h+AzqNlM14Pi9ezaAxqxi91UDXnMiNrL4SioIuLwppd1M/6G4H+c46pzpf5czxFx"
    "frBL477I6ukQVl7cfr15nH7uoenfL66+fp5+Bu2e/Pf1gnzKxz3relXVxVekpHqVdcX5iu"
    "/KFVyOZ8xF+NYPUfiOQ/us5Ajt+v41wI96Lev7l8faaxCpEiC/GpTKOwQ2w6Wir0CMJlOO"
    "wwLlUsQ6FOUwJJwNHj5P2+e9zjxkQ4KzizWfmGiAX75QIIlmP0M6nGWx6hwvNnmnnqB+h+"
    "lXpGMfcyIdbsXxudjjEbc6GBzS9RXrEKqtNWd66KnkrvCblnUpU3Iuk0yBHZY0wYJmRyYt"
    "vzOklafZHZBdFAeJSpTR24nn8LV3diobaWwOWW2eRDbbykXaxA6S6s0gqWQF+RlX7OanWK"
    "37ljeZ5PSpgQJnmGGx9HmnSWn2PVcwIMpg41TKLA3nUkg12SSTks6emzRKxsstOs5k6FoV"
    "pZ2VSL7jDJXLB4/R3iR4v4OHOniIX3l8FHjoxgttA5/U4ELRX3vrACE3HbcWCGLPzNTCG8"
    "iQPT4ear/Ev0i4PzxHCx+fsXx/zUHsG+JGjRGyQsuxLpZ6nFTBCpWjmKiM/Rz4uzu4h+Nz"
    "rrcC7uGgZ9Khcmy7lkmcqgZdyyReIaDk0oBoAQkAuehO4AOMi3vdb8r8eDznNmwUJqaMAD"
    "24u5+qk7u7+9s/Jlc99DC9uL2hAQV3Xz9dXV5MHi9vb/gAFoga7IdBw4INOaLWdNaQrH6f"
    "lcRiMJu/g+iwctQMFDdpyM4MSVsikhQMkCU5XaBQPnZ3VkGsQRL0vi2PW/1fUHevvqVrOm"
    "Ct/eHlhq41QZInZywBqy/QQDD8C0BkQwweMU06R9oTYW8QgsOXmQHklDE0eKqPNecM5k29"
    "va7nvs3J7HroBfs24YPZS9o0lw2Ro8ygM0c6c4R7nbeN9sgPofW2xhkNp2JjR2eOiOuATk"
    "kf48Sb6eOF5wPuRG+BUzxfhG/IttLLYNOCTHv2cpKvCysjnesbhmZIOLdMpMFIosb6mJbN"
    "SqbNX8vQqGVI01Z/BbLWWCRR9qkw7NOtwhbxAVXpO83FDsvWrlOms0PWqtMLGKympQzXa9"
    "T08XFFvjSkUjdEptLS5mhaXNJ3xIrEWpLEetwsiK1oGzb52jCASEoNmXjuGeQdso34oTSi"
    "kqYIv6F/eURM0R968AS7FKt2/Bl9cwP7ydXCpY8D2q/nxQtx0KM/wleQj8lr3CnmnWLeKe"
    "ado6BzFHQmU+cy2KfL4PP0+vbifvJ4eaHeT/+4nP6th/56S17M6De4zi9ur68vHx+n0+iz"
    "bYQjbBIbJ9THxgml2LgZPKeZwp4haY2ynlXNcn1iYTF76sqdVfPK/P3rw+1NTV5Hga7IZN"
    "sI0f8hxw44qslIDyQDgnEFrZ8NkIY856y6ewrc6SHfc8i/oMMCkAzK6/tLyANHVxu1Rfu1"
    "l48rhAcUjVqqV6uW55cluLpGd47wiNW5128NU8IsQwd8zTBrFM36oKW2Gb8id8R2zM4Q88"
    "xwslGg/6RujROGZ2Z+2C5vxPbGbk0B4tUsL5ByzXCrT/2d4hCMi/y8D8puZpU3U0ljCt61"
    "ocinPDYggGLy8MBqMAAR+20rXXQPzSQNzzcbZ2MUyDiXRYo3JQkZ8QKOmpPBE6jJyp7W4Z"
    "lJUdQ1UGY6bj2IyZocVXTpzqbHZnLBKTCYfHEP2SYcW+B5J0KMQT76Ibr8TNYIROVYgMN9"
    "bYczthRn7NASntAS21TZpmoiixzRbiSxj40BdxPtKipiy6RG+YClNSfiSI6UrYSxScPvQX"
    "3H70Gp5XdTR39L0syzKctdsvLBkpX7OOmCiId6TcoyCj00A6z99Mt08hlMcXrpwkdbhVvs"
    "XofWbT+cqTHEtylqmKdqDXAoDSwN3FO0bl8WOKTrQfF8d975GH9vsg2i4ZzvALkvKEkt1m"
    "jKTV/nTY74+hO+dMBHZcEr1M9VPXUzVAfsohsf/ltUn2R9+Mh5M6DnvpG80SacQ7nqPHFn"
    "viZVelappLvrnxtXbld9rAXNrokKUq7D8MhdYRZkNxwTeUkyBpT2dfYG4doo8x4ev5yxaQ"
    "eabhPxvalPvlZlS6wGFKvoOa/Gro902Ek6hvqu4hhQMA0CGNKlILoUNDgTDw42ZvjZ1ANb"
    "Qcr1dskJIlvwOyOIeCHH158CqPu7DFTbcVwcVLVSWd3PvUTNfSf38QA8HopkSBEU+eTaAb"
    "ljorWgzFp4uWxePf9ZNbSFZpCXp8neKREecOf8+vXqqvnukQR9SB23UGmsD4a5JIxh98Dj"
    "euhucv94ObliaD4rxnJkpS0Il2ZlvPfqjZNScb9hJEWA0j0j6E0NmhqU7iETOQMbCWUWws"
    "tuMbFBFKvGod8FsrbkT8q6QjEs0M5yNiFMlBZrxRp5798rnwqzsAs55AlU/6GLGe2pUV+v"
    "ZSWO7jzHNt4ecBiuqICdH9Rb61akw9UgM369e5HSoIgm4+9ThrRVtz6mGSsWWCoSFIQbiK"
    "CSWTIG35/jGZqD/KUDaV7fyVcFPRTa2A8gUmvpmuSRPWSQUc8BPFmQf4LuFZHzpIewZUHC"
    "8Qs+o03AK7yQvM2uwln5j6JH6xlT/S0hZ71d/tk5NXk5f3udU7MlTs1oK20cAY7bEGaTHl"
    "LQv0oZU1A7ObKPD8i9aM6y4uWvDzxOCNoScdwfQrRZMm3+oocLd0cD06hM2RqXmSzIyrfl"
    "aCQaBfMoWdPeuoqR/dcwsi+l4BrhHOmAbRI9SUtC+sjMu2i++ibcdap4db/uNQp5TKTO81"
    "Tr1fKYEqWU2QbG0oAib2N2g5DbRMaYNTPOtjCmHySToLsHkobJa9lDr3Y4Q3YYRD0TWTaw"
    "rgV2UKGGH3s2XYxgp0536vS71elk8zWRRY6Ib0lUn0REEjfTyb16d/vH9P7xv6HZ4+P99H"
    "oafwAeisfp9d3t/eT+v9XJw8Plw+Pk5mIrj8XuEy1/oFqN0EGW1WosKID7Uvt+lLKNxog1"
    "jy2wlVy0toNOHS0IyTX89lMPeQvsotcZ+YcWbdoHzz9E9+rmuWSsdXXugBqYg1LranRK5C"
    "XAySXJFiTEWmMW8Km/P891q67WRGdTPcvaTlxl4raIS8RQNlbWwZHKwg8rREeWd0aWlxGd"
    "iIdi3DolJTiS6Kj63OSmTwg4B9BGuiYmRq01hoykoQzXPF0AOFIh8hnerWDLXk57aS0ME2"
    "qeQpinapNkGNwQzZ+bpk4G9Crfqq1TnrJVjZ0UGSIPRjS/M9fYKcnv7Ho7/RhBEhziBz90"
    "OMTG8vgogQ/3FBQ5qYFZo7/21iGrfjpuLZbKnpkptxh5GCBsIMVuIGBgIJyZ9pMdQqOA0A"
    "5CG+IHTPuF6hEUx0mByoWjpe2XZjZ5k3xj9lbGTg/+7e/ASpvCdLvF5/aUOco7PFcPnvKW"
    "Rbor96sISSrK2Oq/I41094qhg1+w04TdCQHfoKhkiEKSYZLM+fjpDAvNx27Y2DVQINuK94"
    "dqYybivsZYXzh62CKOfvTkT371DWsV1QNqtd4czeHqOAl9QdxCEjH3IfBUEVkpAZq2SK7V"
    "eBEba8XCQFTE0VAWE2U4+WSVDlwOgF/6uuaq/tLXHNVwtKqsnvqtUEnMdTiCpBhQ4xrLFB"
    "nry3HaVW5z0GWd0WWhZFmNw6I2iYqqD4riLFABlEiy1rdPFKFboTungzZSoWG4msB+m6nS"
    "QBMhbWkIgG6KrDRdFpE7j8r+RDQMa0A6npG3Ki0cRG4kchTmRgZvrpFAE//B4gbKOcXHnc"
    "03l1H0aIYgjVdgY3oo8JDlOY73CjHLmUfZccW+aGQAybgzOujVNnB9gDGrFxUZdHFCInsG"
    "fNiFFnODZaxS53NS3FwIObLDXbNbhvBlKgI0qQTQVWLfqwnQirSorhI7X8DEh6/ELuIRqy"
    "km00rsk8cvPXR5fXd/+XB7cz29eYTAoC9ff7/9ql7f/rFVONC+CpFWnlfrypBWH1W8CSWr"
    "vI2SgqREQKBIBUtyG0aAaEGT28pI2HnuhK6FxqyhdLI0XFtvMg1MgaAIIg5Aof1UASdL4E"
    "MCPrawjyNP0OYbJEPEtQxY7UNlAKkSUQVEXaQt3rAP5VYNGk698G2o3krOL2qceBaaey+c"
    "4KzUwmpcBi5P1ZqQxvSKqUn5h1ONrm0z4TSLtQu14Lmxapsh4tzakMbgSJBHwxFlMS3fow"
    "2iqyLqhwarIWcVjWzcuOLVkVTeqFZ488iUAmmrQlNGmaLjXWhKJjSFK/gR9tIj2Uontdhj"
    "MqK3HniEsWoYD94AdUy3cloCoHLzn6PAmGFz6WAzaXxIq6qQ387IX4xn2qgcfjizXTS3gw"
    "DaHyZ+dTLWdGwXV/nxjzOJLvWppXBfB2F0EMZhm8k9XHyZfv56Nf3cQ9dTqMClTv+IYAzy"
    "l4vf1csbXkCMpoVYW1J/NVdtNZ0zH+Hn5BZpWGYtodi/vbWjBEAFqhOPZQn4b+6gukOFUW"
    "U4XvOKdTmitiSOSfrISDq8sRXsg6HeMjS8ZpFuGRKuz4Ncd6vMpI9/BP8Qri8ONcYu2L3B"
    "AdL6YPcHIiaTPOmkxmxO/t5bZzQH2ZFrLeb4uamlKloiRF5ZJrVX+4AeDwz5vJh+CvXvWM"
    "AB7SCixYo8hLfQuKxfaFxWL1u9A3lu2Vw+ygw2qc6XCZqDX7sqfbyelL3Otm6JbV3YUluE"
    "r7bA0s6GruZ6BXy9/zS5ARv7/uv95Gobiey4zPmHqLCwpflHiywkl0umvEJ6rbzfhImT8f"
    "sNkvG7in5dRb8dBQB0Ff1WKNxvrnGxJNvcr1W50xHrlW4yVjXSwev1bggVZwQZJxFtnCXr"
    "0I5JxsPohDpHM++VPAfa9NkBtDR5sQ2MZloQBY+D5xPiw8nBFf3xL+RPuKpM9uG+9h3eKH"
    "hGk/0Yj+c6uVSWlD5LLwAmj/tR8AHMPeHnNhtzV3FR9Sp0+lpvnO2bUHCuqqVveyQOWuGK"
    "XNHEXlwsHPu4Ism5QRpakTHF4QJzmpdOkkxLgGsKvOGyIg/YJqERg3gOMYOaSTNkGqbcHT"
    "gaZ7kwtywTk6dsVSyOLFu0fFWpTEy0po8eihOzMROLQ2fPkYLzN89/tsi18hDi2lrFuTFr"
    "lZzXaLQaxMPXqjnxFyAgyWgctO8ki4ZRhppFTgFhJGRDvFhRYPJ0N7Bp02Ia80K+y/Oh+K"
    "Dt0sYbWhhqxmyO4zrAgf3kauGSyLCs+hx3Kl1wTgcgdgDiuwFEAAFUqHrTSBh5Ks51UhYZ"
    "kh5FjaraFqNDNgoOWREbUuQ/ue0acz9LwznvmUKT433o8cF5et80YXtCwDnPFWxYtCEoTm"
    "CqZOrHz0FpFrzTrqidrLpTm3IS63o7j+VhilOZu4/4e41ikyHhGniVB33g69igpX/TSb+L"
    "hY/Tvz/mDJ9S96DE+Lm6vfktHl5sKVQ4VFKltSyI+jZOBbLDN3M6+U9r6RpUGdeXthPabv"
    "AzfN9/NRfWWBbFJLW3sDD+2j2lVkUTeeWpWi0uRVcwKwwH7oxkXejUdl9wENpPGrk6oG0j"
    "zabAfvD+ktp7EaSpvQWqU6lJPcw1x6m17nKEPKN7I3MkxXG2lgXuVsmEO0a0pMTJRz4f/4"
    "IAV4DaNrA0tAAEFi4e74UswnGSHJdGGOBQUOTETIRfVhmGD9eTq6sysNcc0GsjkJcF7+LZ"
    "fVjYbpPizhT4NzRgUeOI1zItz4mxHCIxK4JeM7wtC2WrsNdJ/oktE8qmka/ld5K32NcJ9m"
    "1jdlKDUUd/7a1Dp7V03DpYup7HO4ZpfxSM9p1VLuvRV6IDBJUbvh73yJDwjHxszuI8sCRJ"
    "myBLklQPLcHf/ixeeY2QJTb8A3J3sFE63WBFOt2gnE5HvjHEVeGV9QZbhqQNnZKb3ll7tb"
    "KO6oL98/8BdXM5Pw=="
)
