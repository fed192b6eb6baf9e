from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "door_plate" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "hung_on" DATE NOT NULL,
    "hung_by" VARCHAR(64) NOT NULL,
    "removed_on" DATE,
    "removed_reason" VARCHAR(200) NOT NULL,
    "removed_by" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_door_plate_househo_b3ed43" ON "door_plate" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_door_plate_region__d65744" ON "door_plate" ("region_code");
COMMENT ON COLUMN "door_plate"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "door_plate"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "door_plate"."hung_on" IS '挂牌日期 / put up on';
COMMENT ON COLUMN "door_plate"."hung_by" IS '挂牌登记人 / recorded by';
COMMENT ON COLUMN "door_plate"."removed_on" IS '摘牌日期 / taken down on';
COMMENT ON COLUMN "door_plate"."removed_reason" IS '摘牌原因 / why it was taken down';
COMMENT ON COLUMN "door_plate"."removed_by" IS '摘牌登记人 / recorded by';
COMMENT ON TABLE "door_plate" IS 'Door plate — 挂牌: a plate on a household in care, from the day it went up to the day it came down, and why.';
        CREATE TABLE IF NOT EXISTS "home_visit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "visited_on" DATE NOT NULL,
    "members_present" JSONB NOT NULL,
    "housing_type" VARCHAR(16) NOT NULL,
    "housing_area" DECIMAL(8,2) NOT NULL,
    "housing_condition" VARCHAR(16) NOT NULL,
    "water_monthly" DECIMAL(10,2) NOT NULL,
    "electricity_monthly" DECIMAL(10,2) NOT NULL,
    "gas_monthly" DECIMAL(10,2) NOT NULL,
    "employment" JSONB NOT NULL,
    "assets_seen" JSONB NOT NULL,
    "notes" TEXT NOT NULL,
    "signatures" JSONB NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_home_visit_applica_e35ceb" ON "home_visit" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_home_visit_househo_6f5285" ON "home_visit" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_home_visit_region__e9f3ef" ON "home_visit" ("region_code");
COMMENT ON COLUMN "home_visit"."application_id" IS '申请 / application';
COMMENT ON COLUMN "home_visit"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "home_visit"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "home_visit"."kind" IS '类型 / INVESTIGATION (乡镇调查) or COUNTY (县级入户)';
COMMENT ON COLUMN "home_visit"."visited_on" IS '入户日期 / visited on';
COMMENT ON COLUMN "home_visit"."members_present" IS '在场成员 / members present (person ids)';
COMMENT ON COLUMN "home_visit"."housing_type" IS '住房性质 / housing type';
COMMENT ON COLUMN "home_visit"."housing_area" IS '住房面积（平方米）/ floor area in m²';
COMMENT ON COLUMN "home_visit"."housing_condition" IS '住房状况 / housing condition';
COMMENT ON COLUMN "home_visit"."water_monthly" IS '月水费 / water a month';
COMMENT ON COLUMN "home_visit"."electricity_monthly" IS '月电费 / electricity a month';
COMMENT ON COLUMN "home_visit"."gas_monthly" IS '月燃气费 / gas a month';
COMMENT ON COLUMN "home_visit"."employment" IS '就业情况 / employment seen (person, work, monthly income)';
COMMENT ON COLUMN "home_visit"."assets_seen" IS '所见财产 / assets seen (kind, description, quantity)';
COMMENT ON COLUMN "home_visit"."notes" IS '调查记录 / notes';
COMMENT ON COLUMN "home_visit"."signatures" IS '调查人员签名 / the officers who signed (two or more)';
COMMENT ON COLUMN "home_visit"."recorded_by" IS '录入人 / recorded by';
COMMENT ON COLUMN "home_visit"."recorded_at" IS '录入时间 / recorded at';
COMMENT ON TABLE "home_visit" IS 'Home visit record — 入户调查表: what the investigating officers saw at the household, signed by two of them.';
        CREATE TABLE IF NOT EXISTS "visit_draw" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "share_percent" DECIMAL(5,2) NOT NULL,
    "population" JSONB NOT NULL,
    "drawn" JSONB NOT NULL,
    "drawn_by" VARCHAR(64) NOT NULL,
    "drawn_on" DATE NOT NULL,
    "drawn_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_visit_draw_region__2f0799" ON "visit_draw" ("region_code");
COMMENT ON COLUMN "visit_draw"."region_code" IS '区划代码 / the county drawn in';
COMMENT ON COLUMN "visit_draw"."seed" IS '随机种子 / seed';
COMMENT ON COLUMN "visit_draw"."share_percent" IS '抽查比例（%）/ share drawn';
COMMENT ON COLUMN "visit_draw"."population" IS '待抽申请 / application ids awaiting county approval, ascending';
COMMENT ON COLUMN "visit_draw"."drawn" IS '抽中申请 / application ids drawn, in draw order';
COMMENT ON COLUMN "visit_draw"."drawn_by" IS '抽取人 / drawn by';
COMMENT ON COLUMN "visit_draw"."drawn_on" IS '抽取日期 / drawn on';
COMMENT ON COLUMN "visit_draw"."drawn_at" IS '抽取时间 / drawn at';
COMMENT ON TABLE "visit_draw" IS 'Pre-approval visit draw — 抽查入户抽取: the cases awaiting county approval, the seed, the share and the cases drawn';
        CREATE TABLE IF NOT EXISTS "visit_draw_item" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "draw_id" BIGINT NOT NULL,
    "application_id" BIGINT NOT NULL UNIQUE,
    "region_code" VARCHAR(12) NOT NULL,
    "drawn" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_visit_draw__draw_id_451c50" ON "visit_draw_item" ("draw_id");
CREATE INDEX IF NOT EXISTS "idx_visit_draw__region__27cbb4" ON "visit_draw_item" ("region_code");
COMMENT ON COLUMN "visit_draw_item"."draw_id" IS '抽取 / draw';
COMMENT ON COLUMN "visit_draw_item"."application_id" IS '申请 / application';
COMMENT ON COLUMN "visit_draw_item"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "visit_draw_item"."drawn" IS '抽中 / drawn for the county''s visit';
COMMENT ON TABLE "visit_draw_item" IS 'One application in one draw — 抽查对象: every case is in at most one draw, drawn or not.';
        CREATE TABLE IF NOT EXISTS "visit_photo" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "visit_id" BIGINT,
    "content_type" VARCHAR(16) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by" VARCHAR(64) NOT NULL,
    "uploaded_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_visit_photo_applica_c1bd60" ON "visit_photo" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_visit_photo_househo_56ccd4" ON "visit_photo" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_visit_photo_region__de7b9c" ON "visit_photo" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_visit_photo_visit_i_052faf" ON "visit_photo" ("visit_id");
COMMENT ON COLUMN "visit_photo"."application_id" IS '申请 / application';
COMMENT ON COLUMN "visit_photo"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "visit_photo"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "visit_photo"."visit_id" IS '入户调查表 / the visit record it belongs to';
COMMENT ON COLUMN "visit_photo"."content_type" IS '格式 / image/jpeg or image/png';
COMMENT ON COLUMN "visit_photo"."size" IS '大小（字节）/ size in bytes';
COMMENT ON COLUMN "visit_photo"."sha256" IS 'SHA-256 / hash of the content';
COMMENT ON COLUMN "visit_photo"."content" IS '照片内容 / the image';
COMMENT ON COLUMN "visit_photo"."uploaded_by" IS '上传人 / uploaded by';
COMMENT ON COLUMN "visit_photo"."uploaded_at" IS '上传时间 / uploaded at';
COMMENT ON TABLE "visit_photo" IS 'Visit photo — 入户照片: a JPEG or PNG uploaded for an application''s visit, kept with its SHA-256; attached to the';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "visit_draw";
        DROP TABLE IF EXISTS "visit_photo";
        DROP TABLE IF EXISTS "visit_draw_item";
        DROP TABLE IF EXISTS "home_visit";
        DROP TABLE IF EXISTS "door_plate";"""


MODELS_STATE = (
    "eJztfXtz2ziy71dBuerWOlXKjESJpJQ9daoUxzPxjmO7bCe7cyZTKpAEba4pUktSdnzPne"
    "9+0QDfD4mU9QBt/pPYMpoCugmg+9ev/z26d5c+uXdtw/9puljYlo4Dy3WOPqD/PXLwnNAf"
    "qob00BFeLLID4MMAazajw7nBmh94WA/on0xs+4R+ZBBf96xF+I1Hqaej70upPxjR/1R5OP"
    "y+HGum+gG5DkEL7PvINRFG8dei4N5zl3f39H+C6Ld67iO20ZPrPZi2+4SOP11+mZ5d0Gf1"
    "+1iV3v0EszFcnU7Hcu72/cVLx/rPkswC945QKo9+/R9/0o8txyA/iB/9uniYmRaxjYwgLA"
    "MewD6fBc8L9tlH6+7MCX5hY2FZ2kx37eXcScYvnoN714kJLCeAT++IQzwcEPiGwFuCNJyl"
    "bYeyiwTEJ5sM4bNM0RjExEsbZArUfALJZ0ez2cXl7ezm9HY2OyrIO6JISSL8SHcdeFfoVH"
    "3GgDuYwvuJJA2HqtQfKmN5pKryuD+mY9l8i39S/+KTSbjFH8V4dvbr2cUtTMilLyR/WeGD"
    "vxgNDjCnYsJIuO+ROzpvyl6DFMVwco+9ciHkyHLSoMvMSyPi/SpxRB9sVR5H35f0lcf0X2"
    "kgfV+OCKHvvzruD9DPiK8CRauoIbM5/jGziXMX3NNfB9IKcXybXp98nl4fD6R3WZlchH+R"
    "2J9AOok0/ICyq4kcYgKxJaAOsUlPHWksUa7HJ0k8+aaMl/o1GC/1KxkPf8oyXr/HjkPsJq"
    "xPkeyK+cmNEnP67GJ2dXp9c3lx1FwI8dH/fakQqf99OenLQyqQ1EoabwGlzhZQqreAkpcE"
    "vW5+PDeRQ0ywRyk0Z748MUaU7ZI8zgpiRDRMRUAcutF8OksUL6exKPp1dgUdVS2MfmFf+E"
    "ttbgV0XjOu7mSF8onyteJcytHlZEOvIxJYc/KTEZ4Au5DSZidVepPIRKb/qgOTSiheUT3Z"
    "rBDFp+ntaY7NWNfJojmXc2QvZHJ41O+ex/LQoNxVR30lx+NoPbtgsW67+sPMwM9+kcM3c2"
    "zblQpnlnK94rmt93fYb8xZpT/UgKcm5exEkekRb5p9euLIBnB5ZMp6xHH6+YRy3H2k07Zt"
    "ZFv05UaWwy5nynQULbe2HjuUVCXWXOGXVbrqzZfp+XmknCYyMqgJ0WwHJBQ7f/m3owkVJS"
    "RLw368AyJ5GAQbtuXU1I6a7QR6zSxmzVmdI2sLv1VJT+ufOX7rS8+jdy+Cxe2W6fRRNpkt"
    "iOeXsf2j69oEOxWcz9PmeK9R4l0dQvEnDU94Wea6Deg8QxXuT7aI93wR9KTR7aUfYigv4v"
    "XHy8tzeMjc9/9jsw/OckbwxdcvH0+p5sP0HjrICjK2cYWMZhr2rZK7YoUtVk4utlqaExRc"
    "EhOD/jxUCBWaTe6wjeKlNLfT6hlqqyy1okqaYXNT9KiMeqMrfY/aUl5EJfYDQHV8aSi9w4"
    "y6utQ+waiUTubOFzadAykT4qoTMUso/HGoqP0JFaTZl0BsmIAgBwoIb8h+xjJc/dq/ic7A"
    "WtdD0QID5BGdWI9b0Im3eFDeu3Mye7R8K2gsuTyp8LKThxpVHVSC6WaTB4ocX2i6u3SCZw"
    "QLQmxByHC3oDtsUUxzy4czYUYHzEtusn/cXF6UC6lAmFf2LD1A/48aDf7OjJ+j/zKXDt8O"
    "2tKyA8vxf4Lv++8NcC+Twb/6YAA7EVRuRZ6A8RMuE83p3D2LTuHFwvtHCMzFwotusuMv03"
    "/lL7mT88uPjLmuH9x57CnsAR9zYvRIeDDMPILp0d5IlKXErRbniPQN+Hc8hq2owsE60JUI"
    "T6B3I0f2o8M0tWzxRGsQ3TIawz5ZqtagPgONai2yNsE51Cdczi6sLoOABtv8lsrQCX9FjY"
    "hCj7YJVcuAvxiOufEQcOaxQpjCMQJsLXLkxmtDgcv0xsB9cvx7a4Gotv3ewM+IAV7vRLrJ"
    "yI+AOPDKb4LfFYj3B+E1R/BkAsgQ7IzV2N3PGaQOYYMuEGnPoZjpz2zVYGHvH8YDZ8bzTL"
    "8n+gPlOg7KzzY4pCoEVkK/6pSDH0Q66SZ9CRR909BA6dflaD+GqJ9swn58uicO237ghAbZ"
    "EB89EY+gcN2I3l2MES/eh7dnX05vbqdfrjKbEU5L+IvEPn3OfXqcd9nFD0H/PLv9jOBX9D"
    "+XF6f5Wy4ed/s/RzAnvAzcmeM+zegbmuJw9HH0UdYspHd2sNGbk6XcwjuzJ8dT/aARukDj"
    "0rGfw/e5JWIPt95KqcfxR40xnTzlrs731xkdBIFZ5kNpcFDM2KI8fnE9Yt05v5FnJpMzOn"
    "ns6GWhKKlAu8/p57VLHn9FL130afL9Hn6Kw9oK7yJlBChcXLE5md6cTD9RJRV4rmH94Ql7"
    "xqyC+eCSKNF1PoZkv/x2Tew4DLGa5/8Mo21u6ONaeOBV8Z2x0JXcFOsyTC3+aS7N859gB9"
    "+xJcF3wzelg0J9nwRnAZkfVUWNxgN6a2NGYShDU9jY9SGjMB7B+CRwc2xILHwNqx+oCk/P"
    "Xivwe8gn+tKzAqo89NAjubfozqY/sWnQ/7WlbznE99Hx1AvQYFQWJLrTr+rCQgU++HuoCw"
    "ttR1gotfNKdkO1GKLx+3M9bhZrpatgIUmSRpkezfnwEYiP2F6WvPWfiG7NsV3O8Zgmb3Nw"
    "op9CYnFwhhEB76HcH+qU9/HsX4a/nZ6cfZmeHw9GPSmH6ERyGBW8uXRJ80WJnbcSnkuIhM"
    "fmVBmQHMWAqB/+84i7khguMFH7fXrf6qMB4KMjAyJB47WJAr45brOY9Gi80IEPY82EeFyl"
    "D2EO0YyFiG/o7ODODhZXHvuyg3du3i0NK7gmuutlzY6KIb21Jh4MnnnJ6PVGHlAgYKINCX"
    "gABSfPptaW92jpJDHKuGNnHP6rQeCoKcslBt3WHtsZbwKfVr0Vxht97VyvyY0dE4htsCkj"
    "3Yg8YWHcWzzzple3Mqpxcyujyosb/pTP4YjAuAZsL4fvhOU753jtsN1ds5w4gRU0ShZLKA"
    "S3jWXNnIBlAJ790E5WxxrPFKMrQGzeAgmhVFldJ4dyPXV3b/8mAdJpOZgQtCkPTTWRg7UR"
    "aLF9KbQMsNsoVL0tcJ2/1HVCjMZRRxm6PSIbkXSaXQrSgCUvTXhyZGrmouAWGjGpcVaUQX"
    "WwZELxogjJfSZSQliJAlCGLDH4KFmCeNGO2AxIiV5aLY+YoIXiGDFkKV6BgNJoHF2zz6ia"
    "LWmu6YiraHJvLsqmgGwdDnY5wT6ZziFz4qgCdUmN6K0DXXQ6doaTwWsxF3g44gQJBDIyDQ"
    "OScSfUrJwMDAilHU+MDww6mbtOcG8/RzSm584R5p8i1+mhJ4v+YAU+WmCP/osdCLxc2JQF"
    "8JVFdOYQEyjBcf4o4HPENCFg/pHM4CuO/uyQnjYgPS3T+l+5mz63h0pv1wpzuEDZooIpzM"
    "Epj8Ysz3FMBcMOKXZEvVjzKcnpCE/E1LnfwE9fJD6Mw37DWgaQD5C/LSCRLXNJvJzpkSNf"
    "auDIZ/dPE+U+Jth/NtqG3B+PuNlLOc5v22MIWumFbO/xPPmX583sRNtPKQVNhJQja4mouD"
    "tL1SZqztGfW454YuLZis3uclxeFUQ4RHs4oReFrJA+y355RsfTq6vry2/T8x66np7dnPYQ"
    "5d7Fr/T/X6+nJ6c1N1L2Uh/WudSH1Zf6sHCpd8ko1ax/XWZyF4RzeGOnC8JpcCu1PgiH3m"
    "rOHTl9JCvgoNSQ3lo8iA2ekXj0ekCIUSCTECMVE5PCccdxTMwHhKE0i0E8QnU+j1BN4hm+"
    "GNnuHXIBWYmia3wEklnOCSTk6kvPd70SJGif37w+lOePo+AHf0nov/Rvf6Rc5RlnLRv251"
    "vBg0DvJyx3l55ovF6cXzvgRAiIqIuREECJXBEjsWpzrIqS2GHVgpcL4yWBEgepRCZ+hs3R"
    "1ytQjD8dbWB4JZdKZpvAIiBGlF+bm+wUqU4ci1QdxyK1PY7llSPaC/xsu7hkZ6yC9WKSlq"
    "BF8mAsw/mlTRiwF09fPHRIbJf9tnDWzmefAyMizby+4hBRHFhnuPWw4/OA4TPj+F3F7ptM"
    "osqKIzJmCaEYDsMgIUbBPQ7Qk+cGhJfMgTZEzHJiVlFdpPBwKMYhTWyiP5xVtr6K/txbb1"
    "rTgTOrZs+ra/qGPWGb1zJ6b6X7T1GpRT4sVVMJr8f9Id1/6m9+7NCK6HsIB7yIFxRHhbqN"
    "xCia1Hv71loRFdwB2gVSCLMre10gRUvUzjh2oG78REzQmrCJ0JdPTCPy379Y5SzrKxOeXy"
    "VHy6pA9DTZHuPQN3urDVNKH+oQdJuavijB6J1DSRBVrHMovWKHEkRt+Ss6vcZ/X6vvGumR"
    "a/Xd6Ln5vOqSOrz0T+MJYagcK/qhm/HPfUhshZ8/RGVce2Eh6x60c4BID/aJsdTp/37gLk"
    "AvfSBkEcYBh7Wui5qxgPPrsssFPjU7VbktqrL4josNMdmkWHzBZyEG53nU56wqy3BlGHKB"
    "ti1lw/IZh+mEle1lH24UgLxRPPih48CbSyDD70MGfG/UjOR1tCDJtRppQYMRrVEESJaqRV"
    "dFWBUmnD/SNmqkvP3iDAK0eTmMPPbV5yXJn2oMHZaQtqWjTknqVbya3WGKHZLVIVniyuPV"
    "IFmu613ZmM2nHMqKB/TWYll06GwRj12PZtHxiI1P8CJlCM0rVWmkg9eU/5FqUikHKnQP17"
    "FHn8fyP8FPD82krAA9QYfl5SLqNxV+qtM1IcN9AjerY0BGUAludciZdAiVwKdhbwVC9SZu"
    "KBZyq0GYLcFgCmbuALEk1WGHYmKH90vnrqFNkiJpjUGSXBg5g2SxZJfBFnKBy9Rk4FQzsz"
    "tFIrjNnWapqgA8O2bZSqH9zcsgC2SAe2QOTREbvuxZqrZYhcpIHpe+7gF+IA7Tc3b0ykf8"
    "2iSJPU8pdPOANIsLae2gZmI/xe1NtsBOOgtEXG52KmWpWiMXUY8lgWKDT6G9KIsA/mxVJu"
    "BmB621NVO9W2f3Vs0sXPYd7xkRokSJrVfVSZUqpKwHuGSADRh2UH0OBYyw5tKbHaM5mWvE"
    "Q6a7ZFZd2G81bneMdZ0sWB9k+imUkusV7E9RJvbdoRarRqh56kOPWAMds0omlsNDkylzWc"
    "PYd6EDjhOCayhuCNwFXbTapKVStC2dFa5pbNQWacU2a1VqQbG6PSpvWx5NXmTDtoMcRJXM"
    "gnj+BpsmQyZ46nVYipsqPxBLzu4WkSXSgUAigUCvNIBM0YxRVJQg02cy1snEaTjJtcOGHT"
    "QyRC0SxjguawOQBNVT/eUCitew8OScwryJeLZfvMMjJtW5Q6dpffGkiIQ2mseaDiU7BorK"
    "S3ZAMs2IpcKDa62HqPoF64Dyls4DGECSIgaox8o8zSL4rXa8R4aqNaBeJpAGXJ4WNxqjHb"
    "MLPO/QEZV7425JTOX2+btJd1xu7xclcEt+VBl7MYXQh06IlmgTkqvQmgZC/uajZDkvYv7t"
    "6b+YWlodWxkXfDi/vPg1Gp4PuCwTTmM8NUcmtJhUTYaLe9I3ko57EQQlim8n5mcz506OrC"
    "0XQVoimUshlstufDsMq9ygCG6arlVlaHjOmzoEbTVTkoajtrhm1P0rK0sjkvfiR0CcVcme"
    "yYDe2u69KYiUZMjW+y6i4ancSgKvC+zLOM9SUicfMqi8YfjoyfWoEXoHYWg+hKRhJw130t"
    "tPt139IdXjhbtHi2FyB5pD503ovAm1pNJ5EzpvQukd2zpvQoddi4Rdh5fXDC6vojhu5ti2"
    "K3dKnlZwHw+/zyeyCve5AXo/74MONgAEHqWvcXqx102zCnfRUFKVeN/AL6t2ys2X6fl52d"
    "Yoj/qqxipa07qkJN9TTEjCoOpYZUJ6daJhhqo1cb1h5J007KdSDLFhWw7ZWiJ60RAGZlU0"
    "sl3N4cpmtsIyWJGZq6aUwdtpbFvC3zsPO0FjUC1LJfhxApYYK62jxKhaOH9hQLWIn80wtS"
    "xVe97zlDwymFokld1Aal015w422z9s9gshxunC1e+PKmCzZEBvHWwGJZhnJB67Fiu7BfAp"
    "6XvzNx8xYnTskCd+o7CgWT+gd/e7HvLdqJ2N56MHyk9ArywvbMLiIz+wbJvZ9CWpozv+rh"
    "dgXzCdJndbNH47t9quuuTIKmgJQ6gkp5AJJENE8z5UBMeKnjjRK1tXBDGB4JqFSjCY7oPR"
    "EAwV7BjuHFmsx0dwb/m82RT9gb7zG+kZ24+t8QPsbdZdMUvZqjtRNvugV090LXc/hmvqnE"
    "sHvyU/u7Zl4OeqOzL689ob8j41cO31GD4VMerElTOWxhJU3xypXD39EDproCeC+0g8zzLC"
    "jA9Md6qBPXQMxRDYs3osPYTBQ/S9eiLkgY6AZ+r9IUBIg8G74tV5wHm84FoN2VzbJMdlpu"
    "KLjZSdXa+Z+K8thntV35IhpljigFhVOzxFJXrpcEWRAEAaSco6TPXF7N5iJXH2fwPdJRov"
    "dKCRPIKAFnViguIYzfgw6olQt9CcfLP86uTMZECNm2hOZo/x2BqX0ZwgNj7KXkxiC1izHk"
    "UaqtEBrqiwe8ZjZfwBPcF9ANeA5TxS88q6wwHsItc0LR2MKx9T+4uPiKdK7S/rzmH4Fwqe"
    "XK6wknnZ1STIrLrYhy72oZZUutiHLvah9MbrYh+2qoa8tdiHV5q3lyn2fnbx7fTm9uzX6e"
    "3Z5QU6BpFAe+GJPMrc8e/AuDy5/Hpx+zsMkoeayaAwNa0U1G0SuONcP6a7NHasZala41hL"
    "q2QZCzZcz44cazwF2p8tPOKTsgSm6grlJaRt6WKrSpBRo8L5VZIQ7qNwSeiYp7Yjy/Br7o"
    "kV3N9J0XK4DSE0i7G8wRGXpxP8qBuZI5PtDvi3L8GRZkjjUBsA4yRax+FPrYiz2CO45Nxa"
    "lQ+YJz1Mn4UXC2iiKlDxbkLoz6YJvftkog5ZjAzPMB+yzyc/I9OGorWwXMghnH9f9vua9P"
    "JjLkwfHDfIHoxYT7/FsCK9v+lmyhC3aEepEtOvB5qc2lGZxRx+Wz1RpnmzsO1sw31VoG3R"
    "xuLNLxV9OIIzbwjJ5mw5UBprO2Xro2TbfoPtQmyi02/UreB5Q5lUPKF1klHloRxLJrWow8"
    "rnDvsbyiVH2T55DHS4avRBsl/okg68W+YL232eN9Svs1RtUa314QBszwGo1n0o9hdeK8lq"
    "kE+IE6nWPeY66sX9xC1Hd+dEUGUb+z4J/BnMv4kgc2QtkaQijahhNJ5AxROqbDOQBzNwlC"
    "0nlCJAJT2UIu6h/yyxE9ATUFAhOm5ASjJgqlMvYgKhvYIZN066blA8ffFSMMBlhIOlVyaP"
    "6u2UpWrJbkqLB+LYOeQQN+Me9Y2woEfsZXu6dyOf2jHzqHn0kPREPRqjesGNCyZnyAS3mW"
    "BHRUidSHWSSwXRPEwwR9qyOMFENJk4wVhAXaDg4UM0Is9dZYhGyrW3LkQjPbRGhEbU7yjV"
    "1TvlVAQ8xIAOrcoEgprGChzW49GYF4Ggr2/AY/eYY5j4yATYyjHg7SLWI/3AsDTs9hCzNO"
    "jJbZOyeIyDzGF99MUfeb+jH9D71T/6swvLEDIs4y04l7kjTNWhbXLiaAZ4cvngLsVzMS89"
    "DTszb+lxUKSuTHJkYstEVnUS+ZUzdWK/Xn+cXoCCev31enq+iUDGNeQxrhTHuCRVAg6wBo"
    "JIKPYmg6Ppye3Zt9Pmph6H65U+C7ZIJn54jN4jjxZ5muk29hvXmMjT7q/GxKD5RpBYjQO6"
    "BZiCCRNHbOJo8H5YUxTbKyZB9T+qIjZ621MkQoMa3EklqyMIdU5NWogWQSFkOduo9GuR+D"
    "BIe7/5zcxg9rSqCiVhIXgihHCTJW0HaZeaIO1vsrn1iGCNVWFkcRGqGifM8UbXpuX5AVpg"
    "y9hdp2s/cBf+DHrINuF5lqot7Jb7sh4VvaxkN+M0clxku84d8Rj7d8H4sGdR48q6WTKhb4"
    "GkJmNSWTecvjCwm08WGFhFj3ReBhvqy5YYyavSwSqfscfksPiThqHAgL6pEsk1k5MnfZWD"
    "GKCpxstDyfKYBwkKWL8c195i3hgEwNhkFja20bBvNTMmysnF3mRMhNw1wY3vkTkxeJkCEB"
    "5b0vswHjJekhCK2B0dRmZU57BKbO+VFXjSZG25fRQCAauTfr8f1axVJAmEpikSr8OjE0R+"
    "WAEijuGjY2qXpC//l++zkksIvmMWWnDNorWLlG2Rw4j0GdelQVxjfDyEc44xnC9pF7x2yI"
    "8NeV2k3DmvtwM8UVZrpayGFUUGuLHcSQ07VgCa6klhaHhTWKOEfH/IRsG465dxd8zUqyj/"
    "IIqG52VqKI/DFSDbeoSw0ChE/viBLAJe6po8Eu85atTJ6wjVzSDZHgqiewRvVh0lS9kqr2"
    "da18p5PWMF6436PTPg/MLY8N3IUrbq3VAU1ipGLrwb4Zpe+4sRsTH1ZrDZN3CIl2ZCl1wB"
    "H0PqX367JnacNZx7W1J+7mk2vViMV6a2E/SvaJNEnybvRT5UcgusguecBWT+ahnF0NItcO"
    "oE+2QaQ6+vkVW8U7q1jR3ImrSfvdrdB84Dfztn1afwUa+VVTzgfAuMOmMPes1HVYjU0QvS"
    "ps/aAst+4w/8hT3vtXKt0nBsyq0rhr2Jw6YXFuaoxbyF5955eL6VDXoVPesLlwh988Rh5n"
    "bfuRDkCbD/sAXGXbOn3dKHvSZ+7TraNXUfVIS7Zm+M1fGu/JqaWdHgtRGv/OEICJJ4U0Ue"
    "Khzq+YBchyDfXXo65BwkmzfMwOpFuE8PkR+6vYQIatdD9L+lDsbj8dQL0GBYUhFzn1/cVR"
    "ZraQhr6BprKoQM2UY46v7cNMW6ImFNPbY9NAJxAdBGsBFS2pWxesNlrHTKrbuwHHldUaRp"
    "BM+uyoQUp+d9+NLrryLU7wVJ9bIKVcQyrd9FiPaj14HlGo2jznJkbXE4cz+dqk3UyPEPwW"
    "dUFHw9KFrPtj2gIbv4TdWQx5yovRwOgypCDte9rJvxNwD/Y3lxiOpzPUMk+MEuT/oj3hiQ"
    "spLVHjz91EOn/zo5//rp9BNo9/S/ryf0UzHuWciYbyKLaLzQ8V1jjbkDlT4JawJswuudhG"
    "+9iSq2AtpnBUdoiUiK8vjF9Yh15/xGnplMzujksaOXvf9Vib3tkkcVfkQ/9vBTDCwU3kXK"
    "CIPYhKswJ9Obk+knevAfLvk6i7VXIFIFQH41KJV1CNTDpcKvQJwm1THFNFjhIA36pugySQ"
    "cPf4DyTdyEhqoYFiQ4OwR71EQD/PKRAUks+xnS4UyTN1B5tOg7dQctVgyvJB37kBPpcCuB"
    "z8WeiLjV3uCQEtyqQ6g6hKqe5swOvRm9K7ymnXeKlILLJNUDKV3PaWywDklD1kaC3wHpRQ"
    "mQqMQYvZl49t8eaauykSfGMK61xWWzqVzkOnaQXG0GyQUryEu5YuufYpXuW9FkktGnBlAB"
    "WtVNnj5vN+mzsuMKBlQZbJxKmaYRXAqJJhtnUrLZC5NGyXnZPE47TdeqKO20RDJR2lwurz"
    "xGu07wfgcPdfCQuPJ4LfDQhRtYOjmqwIXCv/bWAUJOMm4tEMSfmelJCNnjkyH+OfpFJv3h"
    "B2jG8p7n+2Mb8W+AbhEQTBEiK6xj7mKpRUkVUc/6kKiI/ez5uzu4R+BzrrcC7hGgAeK+cm"
    "y7/oeCqgZd/0NRIaD40oBoAXnAerWxO0EMMO4tdD28uj6dTa+uri+/Tc976Ob05PKCBRRc"
    "ff14fnbCeiGKASxQNdgL/IYFGzJE7elkaPb7vCQWh9m8LUSHFaNmoLhJQ3amSNoSkaQSg7"
    "UNkKETJHG2VkGsQRL0ri2PS+3fUHePrbjU+EgGrLU/3MzQtSZI/OSUJWD2JRYIRn4GiGxI"
    "wCOG5Q8I31H2+gE4fLkZQE8ZHcNTPYLt9zBv5u11XOd5TmfXQ4/EsygfjB790H+CWgxFQ+"
    "QgM+jMkc4cEV7nbaM98ia03tY4o+FUbOzozBAJHdApa5Okc5BHFq4HuBO7BY7JfBE8I8tM"
    "LoONWnpv38tJvy4ojXSubr+VIhHcMpEHY5kZ6xNWNiuetniNt8KWIU1bq+fIWmORhNmn0r"
    "DPGwKxRbxCVfoKO8Tm2dpVynR6yFp1egGDZ0kpw/UaNXt8VJEvCanU9BFXaSEsA1pD8pK+"
    "47hPHe9xs6C2oqVb9GsDHyIpMTLI3NXpO2Tp0UNZRCVLEX5G/3apmMI/9OAJViFW7fAz+u"
    "4kDetYv55HaMjXYz/CV9CP6WvcKeadYt4p5p2joHMUdCZT5zLYpcvg0+mXy5Pr6e3Zyez6"
    "9NvZ6T976B+X9MUMf4Pr/OTyy5ez29vT0/CzTYQj1YmNk6pj46RCbNw9PKeZwp4iaY2ynl"
    "bNFBkieSEVF84zuhhU955pmOKcUvOK/K1uRZyna0kzYnmoQzCuhPvpAGnIc06ru8fAnR7y"
    "XJv+yzsR95jyKmgLYqZXz0zXK0pwdY3uDOEBq3Ov3xqGTHiGDviaYdYonPVeS21zfoXuiM"
    "2YnSIWmeF0o0D/Sc2cxAxPzXy/Xd6o7U2cigLEq1meIxWa4SZvkz4agnGRnfde2c2t8mYq"
    "aUQhujYU+pQnOgRQTG9ueA0GIOK/baSL7qCZ5BvoKJ/gTWJ1lBcJ1ORlT6vwzLgo6hooMx"
    "m3HsTkTY5KunSn02NTueAMGIy/uIcsA44t8LxTIUYgH/sQnX2iawSiYizA/r62wxlbijN2"
    "aIlIaIllzPimaiKLDNF2JLGLjQF3E+sqOiKmwYzyAU9rjsURHykbCaNOw+9BdcfvQaHld1"
    "NHf0vSzNMpy12y8t6Slfsk7oJIhlpFyjIKXHQPWPvx59PpJzDF2aULH20UbrF9HVqzvOB+"
    "FkF8dVHDLFVrgEN5YGJwT7G6fWngkK0HRfPdeudj8qPJNgiHC74DlL6kxrVYwyk3fZ3rHP"
    "HVJ3zhgA/Lgpeon6t66qao9thFNzr8N6g+yfvw0fNmwM59PX6jDTiHMtV5os58Tar0rFJJ"
    "t9c/N6rcPvMI9ptdEyWkQofh0bvCyMluOKHykhUCKO3T/TOEa6PUe3j4csaG5WPNouJ7nt"
    "15uMyWWA0oltELXo1dG2uwkzQC9V1HE0DBMAQwJEtBbClo8H60d7Axxc+mHtgSUqG3S0YQ"
    "6YLfKUFECzm8/uRD3d+lP7Ns2yF+WSuV1f3cC9TCd3KfDMDjocq6HEKRd47l0zsmXAtKrU"
    "WUy+bJ9R5mOl5gnb48TfZOgXCPO+eXr+fnzXePLGlD5riFSmN9MMxlaQK7Bx7XQ1fT69uz"
    "6TlH83kxlgMrbX6wNErjvVdvnIRK+A0jqxKU7hlDb2rQ1KB0D53Ie7CRUGohouwWg+hUsW"
    "oc+p0ja0v+pKKpDMMC7SxjE8JEWbFWgul7/1L5lJiFXcihSKD6my5mtKNGfb2WlTi6cm1L"
    "f74hQbCiAnZ2UG+tW5ENn/mp8evdi4wGhTQpf586ZK26tQnLWDHBUpGhINxgBCqZqRDw/d"
    "mujm3kLW1I8/pBv8rvocAing+RWkvHoI/sIZ2OevDhyZLyDrpXhM6THiKmCQnHj+Q9awJe"
    "4oUUbXYlzso/8h6tB8L0t5ic93b5s3NqinL+9jqnZkucmuFWqh0BTtoQZpMcUtC/Sp0wUD"
    "s+sg8PyD1ie1ny8lcHHscEbYk47g8h2iyetnjRw7m7o4FpVKRsjctMkRT1+3I8Huk58yhe"
    "0866itH91zCyL6EQGuEca4BtUj0JxyF9dOZdNF91E+4qVby8X/cahTwims2zVOvV8ogSJZ"
    "TpBsbygCFvE36D0NtEIYQ3M063MGYfxJNguweShulr2UNPVnCPrMAPeybybGAN+5ZfooYf"
    "ejZdjGCnTnfq9IvV6XjzNZFFhkhsSZSfRFQSF6fT69nV5bfT69vfodnj7fXpl9PoA/BQ3J"
    "5+ubq8nl7/Ppve3Jzd3E4vTjbyWGw/0fIN1WqEDrK8VmNOAdyV2vdWyjbqY948NsdWetFa"
    "Njq2sR/Qa/j5XQ+5C+Kgp3v6DyvatAuev4ru1c1zyXjr6swBNTAGhdbV6JjKS4KTS1ZMSI"
    "g1JzzgU3t5nutGXa2pzjZzTXMzcRWJ2yKuEYGysYoGjlQeflgiOrq893R5KdGNyHAUtU5J"
    "CA4kOqY+N7npYwLBAbSxhkexUWtOICNpqMA1zxYAjlSIfIZ3y9+wl9NOWgvDhJqnEGap2i"
    "QZDjeE8xemqZMOvco3auuUpWxVYydVgciDMcvvzDR2ivM7u95ObyNIQkD84E2HQ9SWx2sJ"
    "fLhmoMhRBcwa/rW3Dln1knFrsVT+zFS5xdDDAGEDCXYDAQMD6b1h3VkBNAoILD+wIH7AsB"
    "6ZHsFwnASoXNg4ab90b9E3ydPvn4vY6d6//QVYaVOYbrv43I4yR0WH56rBU9GySLflfh1B"
    "koo6MfsvSCPdvmJok0diN2F3TCA2KCrrIynOMInnfPh0hgX2iBM0dg3kyDbi/b7amI1IH3"
    "PW544evoiDHz3Zk3/2THBJ9YBKrTdDs786TlJfGm0giYj7EHiqjngpAZa2SK/VaBG1tWJp"
    "MFJH46EyipXh+JNVOnAxAH7padiZeUsP2zPdxmVZPdVboZRY6HAEWdWhxjVRGDLWV6K0q8"
    "zmYMt6z5aF4mU1DouqExVVHRQlWKACKJF0rc8fGUK3QndOBtVSoWH4LIb96qnSQBMibUkI"
    "gGaMeGm6NCL3ISz7E9JwrAFp5J6+VUnhIHoj0aMwM9J/dvQYmvg7jxso5hQfdjbfHU7RYx"
    "mCLF6Bj+kh30Wma9vuE8Qspx5lRRX7wpE+JOPes0FPlk6qA4x5vajQoIsSEvkz4MMutFgY"
    "LGOVOp+RYn0hZMj2d81uGMKXqgjQpBJAV4l9pyZAK9KiukrsYgETr74S+4iMeU0xhVVin9"
    "5+7qGzL1fXZzeXF19OL24hMOjz198uv86+XH7bKBxoV4VIS8+rdWVIy48q0YSSVt7GcUFS"
    "KiBQpPwlvQ1DQDSnyW1kJGw9d0LDgX7fUDppGqGtN4UFpkBQBBUHoNBeooDTJYghAY+YxC"
    "OhJ6j+BkkRCS0DXvtQHUCqRFgBURuxFm/Eg3KrOgunXngWVG+l5xczTlwTzd1HQXBWZmE1"
    "LgOXpWpNSGNyxVSk/MOpxtZWTzjNYu0C7D80Vm1TRIJbG/IEHAnKeDhmLGble/AgvCrCfm"
    "iwGnpWscjG2hWvDqTyhrXCm0em5EhbFZoyThUd70JTUqEpQsGPsJdu6VY6qsQe4xG99cAj"
    "jJ0F0eAaqGOylZMSAKWb/wPy9XtiLG1ixI0PWVUV+tt7+hf9gTUqhx/eWw6aW74P7Q9jvz"
    "oda9iWQ8r8+IeZRJf61FK4r4MwOghjv83kbk4+n376en76qYe+nEIFrtnptxDGoH85+W12"
    "diEKiNG0EGtL6q9mqq0mcxYj/JzeIg3LrMUUu7e3tpQAqEJ14okiA/+NLVR3KDGqdNttXr"
    "EuQ9SWxDFZG+txhze+gl0w1F0Gutss0i1FIvR5kOlulZr04Y/gN+H6ElBj7ILdGxwgrQ92"
    "v6FiMuiTjirM5vjvvXVGs58eudZijp6bWKojcwSRV6bB7NU+oMcDXfmQTz+F+nc84IB1EM"
    "GRIg/hLSwu62cWl9VLV+9ArlM0lw8ygzrV+VJBc/BrV6VP1JOy19nWLbGtc1tqg/DVFlja"
    "6dDVTK+Ar9cfpxdgY19/vZ6ebyKRLZc5fxUVFjY0/1iRhfhySZVXSK6Vl5swUTJ+v0Eyfl"
    "fRr6vot6UAgK6i3wqF+9nRT5Z0m3uVKncyYr3STcfO9GTwer0bQsU5QcpJxBpnKRq0Y1LI"
    "MDyhPqB794k+B9r0WT60NHm0dILusR8Gj4PnE+LD6cEV/vFv9E+krEz2/r72Bd4oeEaT/R"
    "iNFzq5VJHVPk8vACZP+mHwAcw95ucmG3NbcVHVKnTyWtfO9o0pBFfVkrc9FAercEWvaGov"
    "Lha2dViRZNwgDa3IiGJ/gTnNSyfJhinBNQXecEVVBnyTsIhBMoeYQWywDJmGKXd7jsYhC5"
    "dHNNbdHTHBjjJSt+UwJBisysFomDqq6AnPps8+CO8Rjdiuc+ejwBVjsywXxoZ1e7KUrQqO"
    "UhST1RMr1O0J1/TaY6MiNqaCo9jsBdI4v1m+FXzy8FOVwpkMWKtvQmR7MDOisTWqRJP39I"
    "me+4htxIgREKcyISUN0FaVyFE/UN5Hmn8uDw2FZ0Xq2IfcxCdssT4rrD/oM4oe3eOx9/Sg"
    "CH+ihyBhgGxCC99bMK2Fm+B3J+qLzZ9ADz73yeEz+zsleIbkThaHFT0wfsrCXSzDTttU9/"
    "X5ACpt1t6Ap3V28VodptxSTDnZEnyjIGujwJXtY8t+Q6vR36rVuLOLfaKMoY22CuJQJ9Dl"
    "VNZY0Eo0/8PnabBDdLYgnl7aM3MlilygbROInLqSeDLayIQkDtPsj/8P+2/yc3jDlF56G+"
    "PJcgM4ObmNipKpbtSTpWpLtx5zLEdSUekBxmxLsOyZLa/zK9kyVmkH2KfvoVG7wdIKWe2k"
    "20/8GtWVY0zQEhFy4Y2ItE6EbGE9qGvH1ETI/6iJEhxEZk1L+aZoBL+fEv07KeTL9AJRyv"
    "hyXjaMZ03RtMiHlkgim0HI5LENf2bRe8Y51RxqSdO1C2jJcDkFtHAuv3KYpQUpaDGKchaQ"
    "+dE6qIUN6tWHW2ZWRLAWc7l0SPba4n2tVsAavJSBrgw+QKav98wACWT5QIoDNKdyih/Ri7"
    "a1B7Whip6+vX97B2e0FM7gr3VDEaSIBA7rzpzX4Rktsi8ptWEbS6RIux3B7MgfXqXdiyye"
    "Nw38CRdMWmEMf3Rdm2CnmT2sUSIB1UwwhGPVsuCQYFrJi5X6j5eX5xnN8uNZbiNcfIUU0e"
    "NBDnOqSFM5sOZ3de8G7kq1j4+oqfMt4sFr9T32cMQIUrFVKVcVr8WjSiMVivj/4+r0V9Cf"
    "ri5+RcuF7WKDRQJ5CDvp8zCScw89kEWQpP7ffJ6+l2Tl71Q1CzAUEUD0a+nrUVAExZjWd4"
    "c79cJiqsE91ShBQFS77NTHVquPIuosu7oc26i0vIn8za50aadOvlCd5Pd90z2Sptpof+yr"
    "w0T6xh/r/WEE+4zHyjh062duaPpT48C+g+wiOokAKv4xtjfYRnk60f0s46EOLs4+IPrWnG"
    "rBP/97Qe5AVeO/Leo6LXddMMC3/m+JICp3UDRc+BKC0NtV1vsmd/CzOAzYS9JYin39dCmA"
    "lmrPAanbi2LLbUL8e0zV7yb7IKEQegeEhgXc7di/jwpihptYDE9jajL5C8TB3vPKY6gMk4"
    "jeIkEkkLYU4T4ZM6eBNglvD3YKvRyNCL3qMRpB+f3x7GJ6/Xvsg4+dXeeXF79+LPHCf/z9"
    "9nRaCArnpmxDR3yOTOgdEnWRGplSP/bFxya8KO74mKObhOdnSFvlNk6LJhefHwqo8xwfGj"
    "/8p+s9mLb7dBOQxVEFgpgZ01uHIT6Fo2d+NHwtihh9AQKSFGCn4UFUP1QdYjNSPMZxUdwP"
    "zDlLn+5QLR5MK4bJ0e9yvR5yF5ZDP+uFsNyc3jg+C1j3rTsHB0sqw6IL+bBT6QDBlgKCHa"
    "whEqwBZRNm0Ce4kTCyVIKrPbyWZnIUUTHULxaRr6dZg//Sqmqaef7T664x99M0gvOeZxxm"
    "eL9ZHuj2Oc/umyZsjwkE57lKdKgdK01IrObHUz+8gt8s0rZddU7T6k5lk45I19t69VOuOB"
    "W5e0t+VCg2KRKhS9UoA4DVxhMdrtDUpF/EwtvTf91mDJ9CNH8GSYiG50P8c4dKorQWBVGd"
    "h5Ej2382xtF/mUtHZ8q4trTswHL8n+D7/ru5sCbKaBQ3Q8stTLz0i8SqaCKvLFWrxaVqKm"
    "E1fsAvmqwLHVvOI/ED6w7Tq8Pvhf0niOe/E1OQBn72Z3apJnUzx7ZdHaqaJhS5HsrYGMtR"
    "ZfLQxWDAHTMy5bgsGnc0AK4A+WuwNLSAmjVw8biPdBG2HXcFaeSBGEqqEpuJ8Msqw/Dmy/"
    "T8vCR8tTGk10IkL4PeRbN7c7Cd6FHLuxG/gEhMAT8tlUtRKBsVCp9mn9gyofwVvXxraoUX"
    "30nRqoVPiWfp90cVGHX41946dBon49bB0tU83jJM+1Yw2hc6/KvRV6oD+KUbvhr3SJGIjH"
    "zUZ3EWWJLlOsiSLFdDS/C3QqJOI2SJD3+F3B3UakA0WNGAaFBsQFQZSFFtsFWHUQhZ6qDp"
    "nbVTK+ugLti//j9OCwLE"
)
