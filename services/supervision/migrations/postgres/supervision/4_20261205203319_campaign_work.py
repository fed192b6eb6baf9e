from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "sv_region" (
    "region_id" BIGINT NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(16) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sv_region_region__7ac6a6" ON "sv_region" ("region_code");
COMMENT ON COLUMN "sv_region"."region_id" IS '区划编号（代码的数值）/ the code as a number';
COMMENT ON COLUMN "sv_region"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "sv_region"."name" IS '名称 / name';
COMMENT ON COLUMN "sv_region"."level" IS '层级 / level';
COMMENT ON TABLE "sv_region" IS 'Projected region — 行政区划（同步副本）: a region''s name, for the place names printed on campaign lists.';
        CREATE TABLE IF NOT EXISTS "sv_standard" (
    "standard_id" BIGINT NOT NULL PRIMARY KEY,
    "region_code" VARCHAR(12) NOT NULL,
    "urban_rural" VARCHAR(8) NOT NULL,
    "monthly_amount" DECIMAL(14,2),
    "effective_from" DATE
);
CREATE INDEX IF NOT EXISTS "idx_sv_standard_region__3d4800" ON "sv_standard" ("region_code");
COMMENT ON COLUMN "sv_standard"."standard_id" IS '标准编号 / standard id';
COMMENT ON COLUMN "sv_standard"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "sv_standard"."urban_rural" IS '城乡类别 / URBAN or RURAL';
COMMENT ON COLUMN "sv_standard"."monthly_amount" IS '月标准 / monthly amount per person';
COMMENT ON COLUMN "sv_standard"."effective_from" IS '执行日期 / effective from';
COMMENT ON TABLE "sv_standard" IS 'Projected standard — 低保标准（同步副本）: a standard as households set it, the one the inspection rules compare';
        ALTER TABLE "campaign_visit" ADD "amount_before" DECIMAL(14,2);
        ALTER TABLE "campaign_visit" ADD "outcome" VARCHAR(16) NOT NULL DEFAULT '';
        ALTER TABLE "campaign_visit" ADD "reason" TEXT NOT NULL DEFAULT '';
        ALTER TABLE "campaign_visit" ADD "proposed_amount" DECIMAL(14,2);
        COMMENT ON COLUMN campaign_visit."amount_before" IS '原月保障金 / monthly amount when visited';
COMMENT ON COLUMN campaign_visit."outcome" IS '核查结论 / MAINTAIN, INCREASE, DECREASE or STOP (empty: recorded before outcomes were kept)';
COMMENT ON COLUMN campaign_visit."reason" IS '理由 / reason for the outcome';
COMMENT ON COLUMN campaign_visit."proposed_amount" IS '拟调整月保障金 / proposed monthly amount (调增/调减; 0 for 停发)';
        CREATE INDEX IF NOT EXISTS "idx_campaign_vi_outcome_290243" ON "campaign_visit" ("outcome");
        DELETE FROM "inspection_parameter" WHERE "name" IN ('standard_urban', 'standard_rural');"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_campaign_vi_outcome_290243";
        ALTER TABLE "campaign_visit" DROP COLUMN "amount_before";
        ALTER TABLE "campaign_visit" DROP COLUMN "outcome";
        ALTER TABLE "campaign_visit" DROP COLUMN "reason";
        ALTER TABLE "campaign_visit" DROP COLUMN "proposed_amount";
        DROP TABLE IF EXISTS "sv_region";
        DROP TABLE IF EXISTS "sv_standard";"""


MODELS_STATE = (
    "eJztXW1z2za2/isYf6kzo7QSJVJU+slJ3Na7iZ2xnd7ebToakAQtriVSJSm7vrv97xcHIE"
    "iQIiVSr2CiD1VjCocCcACc85w3/OcsWsxJ+ORFXuB/f7FwvPiW2EHonL1B/znz8YzQf1S2"
    "6aAzPJ8XWsDTGFtTRomh9TjMmltRHGI7pt+5eBoR+sghkR168xhIKQV7P6KNvCkKXBRPCJ"
    "JejiL4l03Ql4XW7Q3o/3QL974szOTT6tInrq5/Dz/mBDb9Nc9/2PF7F77354KM4+CB0NeE"
    "9O2//0Efe75D/iKR+HP+OHY9Ms3PpMdmgT0fxy9z9uyt93Dlxz+xttBra2wH08XMz9rPX+"
    "JJ4KcEnh/D0wfikxDHBH4hDhcwl/5iOk2mXkwv72zWhPdSonGIixdT4AhQ8w5kz87G4+ub"
    "+/Hd5f14fLbELUEhTXTyyA584DTtasQm4AG68Hqkaf3+UOv2DVMfDIe62TVpW9bf5a+Gf/"
    "POZLPFX8Xm7Ornq+t76FBAlxNfa/Dgb0aDY8ypGDOy2acLLwiXGfBugsPy6U8JChygQyty"
    "QMz3KhaIBzvlwdmXhTGwnS+Lgavb9JNYGP2A0p7X4M0M/zWeEv8hntA/jcGKaf/14vbdLx"
    "e358bgVX7ur5NvNPYVcCE368mx0GDaE4q2zDuf8aTTx59y4sde/NJkyjOKfU15dt5vNee6"
    "5Y7oiWwb9Fwe2kOLPhmaFp1/PgLE+q0QE8ZlR/46PoxLz/39rf6zs+344PYM+qTvDjM+8B"
    "EcnwsheaB9pjPskCZ8KJApzYl+H9NPrafB6U/6lB9mt0c5wceAxBia8qKn1eBFT6vkBXyV"
    "50W0sG1CHFKmBAXBlGC/nBk5ugIrLEq4rwNKcKeZUNB6oCxqI5eyINfz9QxYpfHc3HyAl8"
    "yi6M8pV4EK+s/1549vLylHGENoIy/OqUUZGyziBmHJbvjH3c11OQMyisLsO54do/+iqRct"
    "qaQlTEjm8wBCou+YlBOGOwBODBzKiWwIW7EB5ijHBrHezz9e/FbcCu8+3LxlkxZE8UPI3s"
    "Je8LaoIbkxKdFLq/mRErSQHYMuAW1JjEBBbsTLrHhPZzH2ZqSCHXEZLxKS78U/lNJcdZdK"
    "7JHuDigvROdqCIiQYOfGn74kHVnBmvurj5d39xcfP+X48/7i/hK+0djTl8LTc6PAs/Ql6H"
    "+u7n9B8Cf61831ZZGNabv7f51Bn/AiDsZ+8DzGjjRn4qmY178BpruPElSEBxa2H59x6IyX"
    "vgm0oKrt8lczbVZ8gn38wHgIkwvdlO0q7/Bsjr0H/6zK8JI26Ky1uthy07UWF/HizPYxID"
    "2qRYzMIdXwDNuiOvZw0DV+oH+YfdjIQ6LTT9LV+RdfFq7bpc91wyH0c9Sn23w47Frs+egN"
    "mk9wRCIUPJEQ4UQr6SBC/3xBk2ARkUkwdRCMg26MZcuNgv07WYBaagFi/28AA0R71UHxoO"
    "vQNT1yu/Q4F31urO93u3UU/m63WuOH71oNvzZUb1oDwGIcxtG4zBoHGk4F+pKJVik5am0J"
    "twswbGSDbYgPAdU1z62YdlBVluw8TtMplUhaM6FD4vRBtuouM/I4+5pOLo2boKGMYis4dL"
    "ipHBl9qpQYlqXTqUy0j2cvniBgeqQmKrKp6k+nbmw1MivnqVSXoloPzMmUIHWjJP1HvP/H"
    "t2aK+WyOUfOUh8Gqe+BLDrgK7vAxneCrAvD1V0BJZ+swLG/VqQ1kx08pQX04y2jKQaNpDm"
    "xYVxhQYc8AtKj1h28o+lvCe8jz6WPREXQOng/LEJ9DAzxQI53QF/W73R5/UfrJ4KhujYj4"
    "Fo4V8WmObPpkNDS0VytAb9tGUQKNf8/4yNFs2j34+48Tcm4Dci6wsD4bCoTr+XFMKFe+vU"
    "DUSCY1tViWsSi3rRrxqEi5LybtLAaAnV1UmBd8z9m5V9v9fBROnawiKllFEhnZEMPnqVoD"
    "4zNFAZRpZigf9gDSC01hP6ievb1Z8J1EojhwlN0OCXCUOn981Iin0/GMzCwSRuOIkJJlvj"
    "L8ooz8gFEY6ZOGkrxMRwXTFfPr8PEgMRxVQjP8IC6zfd2Tvyokd0pwuC2yQYiSmQZQg38i"
    "2IWR6/7yt/vVRq4Un3+4uf5ZNC9avvLTHyxiO2jmIZJIVA4Sk48obsmlPIGD6uMFXYX0vw"
    "66un53e3lxd9lB7y/5v1AQorv7m0/onMzm8csbxAP5wR7GomlQMvgIPRP61yOZx682EulG"
    "HZFetK5IIt1YdjvhqEycV2+kjELpncT92UO9zzUp6DOirGD5DNJSVG9r4Vmw8ONxVezZe2"
    "J7MzytEEBF2qK2xYm/T15Sg10HDH0aubDvIP5g4DoOGP9HFFaOeg5wcBb48WT6gvgI0fOE"
    "+EIR214Lu3x39fHiw3lv0NEKgkfwc7Dkr52HwTyIwE7MetSQUSXU7WGVoTkuRDR3wc2lDw"
    "cr2CbGWeTfuaDXzRH5If2jZ7s/oi7bp/SvLqRp6H2nV/Os3AWLlTIVB7P5FEZ3VmkmTlt0"
    "1puIc23XW4dFc2FS7Wn9wYgZVvsE1gDWQczh6WvoGAhA7Af+C2Vv1EFUc/ToSJ0OfejQ/y"
    "IQew6KA4kiJPMgjKmqXGLTPexvn4KUWmpqPVmHVLIOUZ2XeE+NzUMFsvbYh/rOUKiZOfuQ"
    "GNCeDET2BPs+mTZZ8BLJAXV2dmhvAMCIRiHwqKv3wZuQ9fz4WCkVMk3NQjKd8vYgeuC4PF"
    "ASsg/krqti+xHSe9w0SHWJUGkEmyk7qbFUDACdyyn5gT992cicoNeJY9Wrw1j1kijWZIbn"
    "dF43401KqTRzzK4OwfG2azEjgw5mIseRWcTGsSNGaXUYpVUzSlti1JFdoOux6o7SdxxzBE"
    "eajWVnaM4BSifeJqFf145wHD9oFGPXHdMuh03PvGVKpfdVjmEO8xOl1RpAKukmj1J2XeGZ"
    "aMq/fQceBn5MyuxB1RZViURx/50skvSeqbNNNaIceZ7gGD3jSBx/2xvl9mJbpQsnLlPfVm"
    "6fuFRx26PT4vby3eXVr5fvNzB6a3DEGV0GELOuK6A6R5H3QPfoOA6azH6BbCMWHMwsOiCY"
    "ZVFD+N+AQLmHET3/IW00ePajiTdHYjhq4PVoYdEl4scejjcoNFCg3QzWHM5k3bXZkWXBp6"
    "0THqbJ6g4UBqIKyOFmTBuXlwSqFiZFOrWlvRQxm7EIokIKo1BPlLiEOGDrHzuLMi9dpbmr"
    "SLelvetQijTVyMC3MzJNbucCP48OSZRiPCgZz67NXeL9TfaATKP0+pdnNadPpbMaB8xjLV"
    "Cl4nuhmeW3QLb3nbAzw6+0FWTDb8q0B++J+Hsy/4LZP4rBpdUww2yJUHGswXMtTBYQlZq/"
    "xBCOmmemko/4J7rm3i3CKAjPqpzEUpPOWi9x9DSGZTy2M4K1rmL4AcQJpLKgg64NqZsQRG"
    "u6DstLw8YbiNwICTvT5mHwb8JqAQJUgTxZlnsDP99BUcAqTLB8ZPj/AoKnwDtLlt3FR/j9"
    "LVzG8P4m+1a038123YfXmJXJGdJtavQNUOTISCgGm+zRfh2g068GOv0E6KzI0EnXdm0HWk"
    "qhNgQ1CAteNLsAO6c4ihHd7lMv3R5qmMiSPjUzO0tEh0u66TZXDhxXg6NmBN4BXWPaMpgC"
    "YINQnlC4N4uQNBZVDc5U37QnTbZISqD2DhkSDHbk3gC8yyAF4Jj6LkKs++xBIkgsMg38B3"
    "rmB8c8xDKGLObOhgntecpWJbTzSniGDjpgLqE9GdPXntAuplHKaGe9V00DvWSbf5UCeimO"
    "hzX6J1M+07Nkve55z8AxwILwBU09l7wmFHvFUX5fn/vkmVdSTLS6ICSvmJIH64TqdmGEHu"
    "n8wgHghckREFG10JtO2Wn9sqx1HvSXT/pmi/XNA8vSA0J0WZiGFEIFM+Q5/NYIj28ERP9B"
    "1/xGaH33QpTBuY2EaJ6yVUI0K/BVEKLJmL52IdqGqjA/Ua7zqa8Qocn3NQSo1HK95YY3zq"
    "wm+ew3y6Wfjqa9YSVRIoKwjzw/midWk3AxpSIQe5DfASkbstMGBB8vE0o/obxYSemWg//6"
    "KdC/pYH+6hfs2JGXre31OuiZFAXNS9/kyPYUULiz5Dd2a8FANwssSsLR1ObPKWNGqYwZKs"
    "IasSFpr/b8myObxUH1wJFdENhqwADoyZhqBkJ5ys9/5SlVJDucHbq3BRMgKnDA1CoNbt9i"
    "apM0iNonldYbDAdm3xikB1T6ZNW5VBLLDKpZw1u3ZJoDRnR8vHx/9fnjWePZHxBNhxxoCB"
    "QY4m7ifATIJY2j6T4wa2wDs3IXmCVYuAWxsDefLq+bz7+ycbDkyXOIbze6U0imacc1NqYF"
    "ZYTAOsfKCGXdV69aczAn/viRNDqMZJqdeLv2ZSQdalgUscngNJh/NGAMHQGKIW7/kZA5FC"
    "knCEaGEgsCoko5kxYdgb6dlJfonM4zhjgcVojDnrIaDyz8n8p6Oo/OhuVtal2sYKy4WMFY"
    "TkljJoINTH45wnZZ/PoOXDbYX3KbJeaSb9Tg15qEhF2VaG1XPkI6txvcK5Yn3cFmPUrWSG"
    "6vijHV3q0t2Z0lPu3l7enQg2fqlWUQV4cTyzRtiapnbE9qSMhR9fJYdl5hlJvEmxx7Eona"
    "4T1yQkmuet/97efL8aebu6v7q19Zub6fLj7cZU/UQAdp8f660CAlaAcuyJXUlThlylUveR"
    "1/XkBRTcwgKkxtIKgKpG0SVLlcLVlQiTF9o4LKZj7Yxi6PAqHiTg9e5U/vj1iGXp+tAyz7"
    "pSIkBsQxJRTueYCyaxBRSeGj2k6RBLRuAhILtK3a0RJX8zBRDOqb3NLcmrHJzVEyYZsWQq"
    "KG8nvrcvdGJYadb3AVQPHt5QWwur74gb0Tze3i+qgLqpdNzKS8+PZ83VU+qUrRWFep0/IT"
    "Dul6iEl1dl1Z287aKK3MLTqe58jWhmzdgv8upSmPndL7tsZjZCF2iiW30YlBrPo13SIsji"
    "QiMQubEvc4IzcMZvQvOJ/QOYjtGd1RCLoJYVWi1TPteUkolzK9Kr1VqxC+IAohEdcFHjyR"
    "MfzK6X4tlbSzU9HXdoSwfK33hKdnFRQxl0/o40evPOFpacmRVfXmU5qtq8wf1IsF0XXdPo"
    "StpAM4fKX/gpgoBQUVnvslytZUNx7qYI029EGxyEU6JiTGtGv7NNUBGpa2yCgUP1ZMywKg"
    "5RokrWkBGo8qlybDPG6QGpNStcpJLvMinxZDOfKNeshVAmGfsOd8ABdYFfJKG6yHW9EThV"
    "meMxYutfUwC16OoLlUUYRFVRg6K4FpdJnFxKbLxnXh8hO53oiuGS4PuGTfjgDvwO+jMIDy"
    "Nfy9OEKOF1mLMCIz4sdp5Uzkxcv46vjdOeXOtBQvHbzaycFygOViJy5RrMjJKWWpJSlLJ3"
    "uCSvYEKr+9oFG9goxCceU/CfDhSmbW66ZzvmrFiykfVs74sDjhUCVqzG5nG7N88Cb4toy2"
    "NQg3YwfTjSxxi91oNEpu9AGx4oVRjBz8wosakIRv30W8uhYb+z4w8EaXCu7wLsHDsQEuCq"
    "Sf5ohdN5OO4AgXOgJAaFbAVCJpTfFSFoJlOlrx1ioGCPZTshTbNruW1F9AhmyTs32ZUuWr"
    "g+W55Z+JKpQM43jmY6VwPS+7SZz3ScDQWSXAX2rZqYP0Hbn1eqAvfiQLYMogtoUBYmvDXN"
    "hTXYjNeP6SvfY8fSFzig5Ng4U+Qvh3v9vt8btQBa6Hq1DTf2cXodIdSt+cqtYlhoLWD2cL"
    "Q8NRg/EOBXtlzuUAV8oZFfHWqbZH64HyI52RJsJbtFc6ImpoQ5VxXdMsyIhMenz8TIBj6/"
    "8H00eVUf9hjpzGRfXzVEqvdFluJL7HpPfK+B/FbDZDYXmq9gCxjB05ICaYsjsspqT2/4uQ"
    "euvV/6xpLf1/kmveAABkglhSmTOhXU9Nzl6CI579wDIhuIOCGY3471tVnr6jd2cLBVw1XW"
    "5fKng7VblTTGU7fCDtqMyzga6talWeRWhhfxwuQq4b1531Apna2t/QTstA5DDP59u3F9cQ"
    "hH/7+fbiwyb82HFdqpA8eeR5bFPhVLIH7ih+mVZXaCvQqp1VqWuQ9w/cYKcQdB2lXa8tOv"
    "ra0EiFBfyxSjzcUVz0YRnaMz/W9GW8EexcJm4P/OQuv4HrwI1uxsjmgBSqefJBHRWSZuHD"
    "qZ+x7tFUQqr08WQ6w2Fao5zzhLhOLty4ga91rw5zCkDC4KmxpaBApjQ3ZEdBYioQ3T9dvF"
    "dEp//0WDGls7UwVjTs1AGxj1LjBhA2IcsQo+mCfY0yUUsvPuY5oCZE9tfDkOKlrjeFunD0"
    "4xH+j0XJ4zjg+XyuK55QdcLGTtldfWp3dZtrVtgvNsa9OTK1Qa/EjBzoTea6XYj3VKhcRX"
    "6pa0k6eQUrGMUO0zHta9g0FXSZUmXjhe6AjX7gQuwC6ERia+UCfbhkkYd0fKcKn+bNmHP4"
    "bN0dckYfQT0TqjE4KWc25Ypepy6tXl2WVl+uSkum7KaaZubWjEZpjuR0uN4QTK22y40c2Q"
    "iOY/ZTEkJ8YlrFegSRtKsFIOZZ2wb4gVOVO5xkhaKeNp5oGts6wo7bqS0wwdGUzIOlYLVQ"
    "xzxForVe51TbXbkbpaY13krP2SCwP0ektt/YJNji5mhxsQXslpQfV+9RNpLG3KjjO+tVO8"
    "96S94z9evxbFS2TtLkTzr8gXR4KCnAazUPSN9STpPPlewEJx0pE9pBMCXYL+eFRFVghUXJ"
    "9sULcSo1LFaCeyLBqFz9hWqdfDyJ8rW1z/LtzQ2LB0hrlby9KtZu/Pzx7SVlVcGjuSywHW"
    "ITHG0S2SmTtSW007CGTGIwJ1ohtJON52uP7bxlOsrZWjybtOvUwbNh1rYBnk20pczHZA5s"
    "VjTFzatY9aAjf9t3EZNBHVaokuUET7FN2LMIzSk/Y8ZhZOPZHHsPPivDH60CuIr1cgvEm6"
    "jYTfFTjkxpxCuzI8NOgjWZpk4/DXPASwjyInacQT9wqwPV3sECgZvpjkqgZLXB17cWK/p1"
    "6vtU06dTPnK7W+j7u/ekTMkTaRQgmhKoPdv2AA4zgsEElHb5ZJ5P5fNdUqp6vUKTtqyl0k"
    "Ry6wZKTVo6O1UYBu6AiDBGKIjFEq5r14JL30clknShB9RB9OIOE1hwOST8v3Cdc0RPQqo+"
    "hEsbVO3efvGfvXiCziXeJJdg+oFUmNylL4xQ8OxXlhavqxaJdzZWjAqESqtGMitzZuV0Rl"
    "W0Kp8UnXYoOqccDYVyNL7xfIHspFvKFGC3Jme+92+6WvkBQx2NYWY12XuxcpWUVDCh0d6/"
    "vMWxPalUUPOt1iunYdJ+bKUE6y+mSWgQo5GugLEcuODWckfCGgIXw4v0AsPSem+YwubNko"
    "LDrjcloHzBQ6jI0YEbBqGLxPmRqXURHSFvFT97NqXkl5ez3y25mkadfpVeTpOVVZmScTTB"
    "mm6cUb5nXyS/crqfph1qo2plcnak3Es7JKebiKNCoeI5YsMsMaFyB0gU+wrd2ZGoG2rsRg"
    "6KiPnNqwy7Apr1fHYGNeAC3y1abzAcmH1jkG6S9MmqvbHs42PnV1NzZI5I9fq9usl84XBV"
    "RBKLwA77TQ2Umq7XWPm0VeXSZ9+VcCGRIk35kJG1iBMGj8IfmYBa7365eE2HIIr1wqjUMB"
    "0TnyJp6EADnsg0SuNWmR3c8JMYERwScxugPJTjy4cweI7GcHFLAwmRozmcjOg2ZoZpudaX"
    "5O4sgYjYLWYwAiRGcHjxwCZwGmCnLExn9bRnVCpPfBKcQ0b9sonPxnCkqXcW86ln47JLbV"
    "fPfo5QZQaMerbD0lSdMgbgKaz9FzQPSURq12LeBydCwj0jzU+fjE5lPhiaw+5O7FecQNko"
    "Ds+Ahf/oB89+MrUl9WX+cXdzXWFJXiYt2sc8O0b/ZYE0SlnHhhpmocsGB23M3j9k8YJsJO"
    "iRzGNE8QMV19ibImsRw93QaEE7EkZxUPeaihWMgFmFl1TfEl28ELqTv88MXvC2GHieGGYa"
    "FuIokCmu6uqWawvZkpTiSA1SqpTtTGe0+d2BBdJWXSAosyZ3gWDKoNMtgsrYx2+JHayI4C"
    "g069S3kIcZRX0TOScqt0WblgURg66uc/szlZqAZ7GPyF8xJJZPU5tbh57T4QxTgUMXGytt"
    "4pJnBAvGEYf7Cnv4gTux0vhN3z+e4GiyZOT+PZ8qxNoz63j8Fzdb088/TpZwJS3hzPHROO"
    "RFplI7jzLzFNFDP/WUqcUddf0SO7MFtscxoW6q5I6YccqVPLoxVtFcSfJE/HjslNqfVoSk"
    "5KjaEo4yIKaVuidy4SgwHATdRecOwfGkI04plkvZ4bFEoJBp/FjZ9U1sxHea80CiaQsHDA"
    "1MHoZlaEUO+A4Snf3a7mw8wp0tLAHVEEJ41LPd9BYXdP6ywP4riFrEFN5uP+GbBMP9SbsQ"
    "e3GJfahS/ZRJ1C7wx2tdJbZVm885mc2nwQshUc3jY+dBAFNc4uNcmYUtSDZLwT7ckcJjPl"
    "2HlbykfUbndjCbkdD2KBh+IhOPSkE4z90FBcK7OsN3mINNe0ZC4tsNg9klIqX1Hq5uDnsQ"
    "CcqVTn405TDB1LNhMB1IhqVCmNV+jclDECpiSeUZ/OEch3Epbq5m1DKl0sUUWSkJs6sPxD"
    "FWRA6ixERa/uu7SDX4oHZ+yG7ARGvSQ7jvqok/L6NohxuP7hkDuOAYqQMvAENq6sbDTcI7"
    "Du2sSw28TXaKRKO64YP7ueVYNMd7IFEsQtEkGzkd1iZ7Zjc3Qcs8ESb0+rZZQXHkINn7EP"
    "sRZomdV875q4rtMhpljlOT6QAY+BJnxJQzOEbPYRDzfFHwcpyzUpBB6JCwmQ59AHOumo61"
    "f/MU27P1vjXRstPEvSYT1fCwiZIqlJWZZ0uOSJE8W5g1Y4vA8RwW9ABxWh0eEZGcpyy6mi"
    "8PgiOw0kQBNJ2wovcQ2RWVVC89Zke2SFQ+OcxODrOTwyxTWarcNasi9ardNaolk3CtJcnS"
    "hxOI9xwluSQNwud3nkuSzG39/IXkqdpwytLBLmFZehp9h+iRz+mVUAmbgtnDo9jNLNZUGw"
    "SJS9wCjiVhCEagDWHs7uefS/Zm5gRBoTgP9P4IytkZhIUCs16j8/+bIOxDfkhdXXv/GVQJ"
    "PKtrRkiat8SGwHnArtnTeyYvJjpCP6ToR20bwvEMbus5tOd6LAmDvouE6e15QnzkxcjGPr"
    "IIBwjnUK8oNc3B+Dsoqf6YFORnEAJapbbUVz+ynkKY3/QF2V788vrZc/gLSQh1lVJsfDxL"
    "n0rA924exO8mxH48qwK8WYvO+jJgtO3YThuvBbjwbsTaS/dh9G24uNQwWa0sWECGZoFvdk"
    "gYtqQsdAgFk3HwzG7He80DDuigHahZMOdlDTAY2r3AgcKh5Dm58JF2YhnbHqkPJ1jbUlir"
    "tqNkV9BWrHb5EM88JXyNbxaHuHNnCd9kTXiRUSiuZUKcT5qIwXstTPDpabIJE3Z8iXA0SY"
    "omNggVSmm2jhQ6IDukbcHzCwauCZ54NhjkhPh5d3WymkQGgTxqJhMEheI2HVkED0csI9bS"
    "GeSiQCuYITEMtYSHJKp5zc4gbJScmafaCowdcHOYdldsjuziQkggS0fDd8huqpftBZPNg/"
    "mi6haU6gvOckRK5zLr4KThdmte2ZTfiJJE3eWUVGE2zWTl4Q2nbLk0TIiVaVSX7kyc8OIW"
    "STYs3yCqpMLyuWyeByvTtSoJVuZILgmW8+UbzYDNnZALi0qeyUbp0UXaHSyNA8YrGeBccr"
    "vdwspIB1V7dbRkNYiJW7kcosVshsOSA7pauZFI2mFmHhLIQTKo+kk/7QHIy27fyrFeGpMa"
    "So2SJsarmMzO1poZWatOA1Pj2BMUteyNr7mtD4jkUBbJ4MFzxm0jKZmaGDuk+0RTu3Oq2n"
    "YQdDFm7h/KCrqyyg2Nh/zx0hR1edrY3sxd9noqyqoQiqw2QS4xsQHuL5KqHmMjtgZYWVJL"
    "vcqQX/17l3elEp0uXlbfkt+enIdUnDXhRY5Idbi/1kCmBupnykTj203zVG1JrU7qXSVWMC"
    "m1OhnODu82zZ88URIkV//QERR7ivjYOViik/iOYsCr24+X7zvo/dXdu9vLTxfX7/4Xgjjg"
    "JT/dfL5+v9HZs/NSJn4QkxIL/T35q0JUpwRKR2iaaVA+WHdFl7ezUFz+dr8aoaYGig831z"
    "+L5kXYqhZCvSCht+K+keTrzlpMirOG66BoNeLYcWDItwLJtnQ6VIOtyvsXqg/r6gsYlNJJ"
    "6k/x/uNUYWc1mOGk+Vc4u71unWpFtFW1eOsuxQfQX4xJWTWXajOtRNIGB3Tt2f7qra9//z"
    "8Ndiim"
)
