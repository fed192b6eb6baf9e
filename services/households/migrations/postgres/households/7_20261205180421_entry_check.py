from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "entry_check_hit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "person_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "record_id" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "event_date" DATE,
    "amount" DECIMAL(14,2),
    "answer" TEXT NOT NULL,
    "answered_by" VARCHAR(64) NOT NULL,
    "answered_on" DATE,
    "found_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_entry_check_applica_c53d11" ON "entry_check_hit" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_entry_check_househo_236cf2" ON "entry_check_hit" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_entry_check_region__bca80b" ON "entry_check_hit" ("region_code");
COMMENT ON COLUMN "entry_check_hit"."application_id" IS '申请 / application';
COMMENT ON COLUMN "entry_check_hit"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "entry_check_hit"."person_id" IS '成员 / member';
COMMENT ON COLUMN "entry_check_hit"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "entry_check_hit"."kind" IS '比对类别 / registry kind';
COMMENT ON COLUMN "entry_check_hit"."record_id" IS '比对记录 / the supervision registry record';
COMMENT ON COLUMN "entry_check_hit"."reference" IS '证照号等 / plate, licence, bank…';
COMMENT ON COLUMN "entry_check_hit"."event_date" IS '日期 / date in the registry';
COMMENT ON COLUMN "entry_check_hit"."amount" IS '金额 / amount in the registry';
COMMENT ON COLUMN "entry_check_hit"."answer" IS '核实说明 / the township''s answer';
COMMENT ON COLUMN "entry_check_hit"."answered_by" IS '答复人 / answered by';
COMMENT ON COLUMN "entry_check_hit"."answered_on" IS '答复日期 / answered on';
COMMENT ON COLUMN "entry_check_hit"."found_at" IS '发现时间 / found at';
COMMENT ON TABLE "entry_check_hit" IS 'Entry-check hit — 逢进必核命中: a registry record about a member found when the township accepted the case,';
        ALTER TABLE "application" ADD "entry_checked_at" TIMESTAMPTZ;
        COMMENT ON COLUMN application."entry_checked_at" IS '逢进必核时间 / when the registries were checked on entry';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "application" DROP COLUMN "entry_checked_at";
        DROP TABLE IF EXISTS "entry_check_hit";"""


MODELS_STATE = (
    "eJztXWlz4zbS/isof1mnSk4kSiQlv1tbpfE4GScee8pHdmszWyqQBC2uKVJLUvaodvPfXz"
    "TA+5BEWQfo4YdkZiQ0BXQTQPfT139Ppu7CJ1PXNvwfx/O5bek4sFzn5Bz998TBM0L/UjWk"
    "g07wfJ4dAB8GWLMZHc4N1vzAw3pAvzKx7RP6kUF83bPm4S+epJ6Ovi6kbm9A/1Dlfv/rYq"
    "iZ6jlyHYLm2PeRayKM4p9FwdRzF09T+idB9Fc99wXb6NX1nk3bfUWnH28/j69u6LO6XaxK"
    "P/wIszFcnU7Hcp4O/cMLx/rPgkwC94lQKo/+/B//oh9bjkG+ET/65/x5YlrENjKCsAx4AP"
    "t8Eizn7LMP1tOVE/zMxsKytInu2ouZk4yfL4Op68QElhPAp0/EIR4OCPxC4C1AGs7CtkPZ"
    "RQLik02G8FmmaAxi4oUNMgVqPoHks5PJ5Ob2YXJ/+TCZnBTkHVGkJBF+pLsOvCt0qj5jwB"
    "NM4WwkSf2+KnX7ylAeqKo87A7pWDbf4lfqn3wyCbf4oxjPrn65unmACbn0heQvK3zwJ6PB"
    "AeZUTBgJ9z3yROdN2WuQohguptgrF0KOLCcNusy8NCLerxJH9MFO5XHydUFfeUz/L/Wkr4"
    "sBIfT9V4fdHvoJ8VWgaBUbyGyGv01s4jwFU/rPnrRCHL+P7y4+je9Oe9IPWZnchN9I7CuQ"
    "TiINP6DsqiOHmEBsCah9bNJTRxpKlOvxSRJPvi7jpe4GjJe6lYyHr7KM16fYcYhdh/Upkn"
    "0xP7lRYk5f3Uy+XN7d396c1BdCfPR/XShE6n5djLpynwoktZLaW0DZZAso1VtAyUuCXjff"
    "lnXkEBMcUAr1mS+PjAFluyQPs4IYEA1TERCHbjSfzhLFy6ktiu4mu4KOqhZGt7Av/IU2sw"
    "I6rwlXd7JC+Uj5WnEu5ehysqHXEQmsGfnRCE+AfUhpu5MqvUlkItP/qz2TSihe0WayWSGK"
    "j+OHyxybsa6TeX0u58jeyOTwqN8/j+W+QbmrDrpKjsfRevbBYt129eeJgZd+kcP3M2zblQ"
    "pnlnK94rmr97ffrc1ZpdvXgKcm5exIkekRb5pdeuLIBnB5YMp6xHH6+Yhy3H2h07ZtZFv0"
    "5UaWwy5nynQULXdjPbYvqUqsucI/Vumq95/H19eRcprIyKAmRL0dkFDs/eXfjSZUlJAs9b"
    "vxDojkYRBs2JazoXZUbyfQa2Y+qc/qHFlT+K1Kelr/zPFbX3gevXsRLG6/TKePsslkTjy/"
    "jO0fXNcm2KngfJ42x3uNEu/rEIo/qXnCyzLXbUDn6atwf7JFnPFF0JNGtxd+iKG8idcfbm"
    "+v4SEz3/+PzT64yhnBN4+fP1xSzYfpPXSQFWRs4woZTTTsWyV3xQpbrJxcbLU0Jyi4JEYG"
    "/XtfIVRoNnnCNoqXUt9O28xQW2WpFVXSDJvrokdl1Ftd6QfUlvIiKrEfAKrjS0PpHWZsqk"
    "sdEoxK6WTubG7TOZAyIa46EbOEwh+HitodUUGaXQnEhgkIsqeA8Prs71iGq1/7N9EZWOt6"
    "KFpggDyiE+tlBzrxDg/KqTsjkxfLt4LaksuTCi87ua9R1UElmG42uafI8YWmuwsnWCJYEG"
    "ILQoa7A91hh2KaWT6cCRM6YFZyk/16f3tTLqQCYV7Zs/QA/Y8aDf7ejJ+Tv5oLh28HbWHZ"
    "geX4P8Lv/W0L3Mtk8K/e68FOBJVbkUdg/ITLRDM6d8+iU3iz8H4NgblYeNFNdvp5/I/8JX"
    "dxffuBMdf1gyePPYU94ENOjB4JD4aJRzA92muJspS40eIckK4B/x8OYSuqcLD2dCXCE+jd"
    "yJH96DBNLVs80RpEt4zasE+WqjGoT0+jWousjXAO9QmXsw+ryyCgwda/pTJ0wl9RA6LQo2"
    "1E1TLgL4ZjbtgHnHmoEKZwDABbixy58dpQ4DK9MXBfHX9qzRHVts8MvEQM8PpBpJuMfAuI"
    "A6/8NvhdgfhwEF59BE8mgAzBzliN3f2UQeoQNugCkbYMxUz/zlYNFvbhYTxwZiwn+pToz5"
    "TrOCg/2+CQqhBYCf2qUw7+ItJJN+pKoOibhgZKvy5H+zFE/WQT9uPrlDhs+4ETGmRDfPRK"
    "PILCdSN6dzFGvHkfPlx9vrx/GH/+ktmMcFrCNxL7dJn79DTvsosfgv5+9fAJwT/RP29vLv"
    "O3XDzu4Z8nMCe8CNyJ475O6Bua4nD0cfRR1iykd3aw1ZuTpdzBO3Mgx9PmQSN0gcatYy/D"
    "97khYg+33kqpx/FHtTGdPOW+zvf3GR0EgVnmc2lwUMzYojx+dj1iPTm/kSWTyRWdPHb0sl"
    "CUVKDdp/TzmiWPP6OXLvo0+X0Pv8ZhbYV3kTICFC6u2FyM7y/GH6mSCjzXsP78ij1jUsF8"
    "cEmU6DofQrKff7sjdhyGWM3zv4fRNvf0cQ088Kr4zljoSm6KdRmmFr+aSbP8J9jBT2xJ8N"
    "vwS+mgUN8nwVVAZidVUaPxgM7amFEYytAUNnZ9yCiMRzA+CdwcGhILX8PqOVXh6dlrBX4H"
    "+URfeFZAlYcOeiFTi+5s+jc2DfqntvAth/g+Oh17AeoNyoJE9/pTbViowAd/B7Vhoc0IC6"
    "V2XsluqBZDNP5wrsftYq10FSwkSdIo06M5Hz8C8QXbi5K3/iPRrRm2yzke0+RtDk70Y0gs"
    "Ds4wIOA9lLt9nfI+nv3b8LfLi6vP4+vT3qAj5RCdSA6DgjeXLmk2L7HzVsJzCZHw2JwqA5"
    "KjGBD1w/8+4K4khguM1G6X3rf6oAf46MCASNB4baKAb45bLyY9Gi904MNQMyEeV+lCmEM0"
    "YyHiG1o7uLWDxZXHoezgvZt3C8MK7ojuelmzo2JIZ62JB4MnXjJ6vZEHFAiYaEMCHkDByb"
    "OpteW9WDpJjDLu2BmG/9cgcNSU5RKDbmePbY03gU+rzgrjjb52rlfnxo4JxDbYlIFuRJ6w"
    "MO4tnnndq1sZbHBzK4PKixu+yudwRGBcDbaXw3fC8p1zfOOw3X2znDiBFdRKFksoBLeNZc"
    "0cgWUAnv3QTlaHGs8UoytAbN4CCaFUWV0nh3I9dX9v/zYB0mk5mBC0KfdNNZGDtRVosXsp"
    "NAyw2ypUvSlwnb/QdUKM2lFHGboDIhuRdOpdClKPJS+NeHJkauai4BYaMalxVpRBdbBkQv"
    "GmCMlDJlJCWIkCUIYsMfgoWYJ40Y7YDEiJXlotj5iggeIYMGQpXoGA0qgdXXPIqJodaa7p"
    "iKtoct9dlE0B2Toe7HKBfTKeQebESQXqkhrRWQe66HTsBCeD12Iu8HDECRIIZGAaBiTjjq"
    "hZOeoZEEo7HBnnDDqZuU4wtZcRjem5M4T5p8h1OujVon+xAh/NsUf/jx0IvJzblAXwk0V0"
    "5hgTKMFx/ijgc8Q0IWD+hUzgJ07+1SI9TUB6Gqb1v3M3fW4Pld6uFeZwgbJBBVOYg1MeDF"
    "me45AKhh1S7Ih6s+ZTktMRnoipc7+Gn75IfByH/Za1DCAfIH9bQCJb5pJ4O9MjR75Uw5HP"
    "7p86yn1McPhstC25Pxxws5dynN+2pxC00gnZ3uF58m/Pm9mLtp9SCuoIKUfWEFFxd5aqjd"
    "Scoz+3HPHExLMV693luLwqiHCIdn9ELwpZIV2W/bJEp+MvX+5ufx9fd9Dd+Or+soMo925+"
    "oX/+cje+uNxwI2Uv9f4ml3q/+lLvFy71NhmlmvXvy0xug3COb+y0QTg1bqXGB+HQW815Ip"
    "cvZAUclBrSWYsHscETEo9eDwgxCmQSYqRiYlI47jCOiTlHGEqzGMQjVOfzCNUklvDDyHaf"
    "kAvIShRd4yOQzGJGICFXX3i+65UgQYf85TaUJ63IE5aMS48oXgDO3ziCRAjMpw16EEArXB"
    "H0sGpzrAp72GMZgrcL4y2RD0cpLSZ+yszJ4xfQdD+ebGFJJbdEZpvAIiDok9+D2+wUaZPA"
    "FKk6MEVqemDKO4eo53hpu7hkZ6zC6WKShsA/cm8ow/mljRhSF09fPLhHbB/8roDT1gkvmB"
    "MeKsxcVbZDir7ewNyiAyfWhn2Q7uj7+IptXt/mzEr3JKI2UOTXUDWV8BrN5+meRH/xYydH"
    "RN9BOOCFnaBgJtTyI0bRzDrYr27kZedOsda5LpDK2DrXm6G5xP7kTX3qMUFjXOmhf5eYRu"
    "TTfbPWUtZrJDy/So6WVcHJabIDxiZv91YbppQ+1CEQMzV9UQKUWydD62QQVx7vxckAkTz+"
    "iu6f8fdr9V0jPXKtvhs9N59rW1KblX41HBEG7LBCELoZ/70LyY7w9/OotGcnLG7cgRL/4P"
    "1nnxgLnf7pB+4c9NJnQuZhbGhY/7ioGQs4v9ZNIfCp2arKTVGVxce+t4T1kgLiBdhbDM7z"
    "SMBJVebZytDUAm1TSknls9DSSQy7y0jbKih1qxjhY8cG15dAht/HDALeqkHF+2hLkWs/0Y"
    "CmE1qtIIIsVYOuirBSSDh/pG3VXHf3CfsCtP44jjwO1fsjyampDR2WkDaly0pJOk68mv1h"
    "ii2S1SJZ4srjvSBZl9AOhHlnP1mVAbPZQZ11mFaq18pkam0YNct+44wRIUqUIEhVnU/oS8"
    "56dkkG+FfDjidLxMvlIay5iwCymslMIx4yqf5qJP1R4vZEUXdw9imkfncKmJYoE/vqBC41"
    "fBB2fOjpYqBTlnkEDSsB/qLMZQ1efgiNI07I+wmGKFoLiAl/+HZWAGJUirals0Sz2ldikV"
    "bgS/Ek3Y6WtxmLJr+hnn2U8NDvQmFhQbwaBO4SDMhARiUQVTJb9nV+e0PnA/r5eemsgQza"
    "Ob9bRJZIC+634P7+94RmDKKcg0xfiFgnE6dBBNcOa1a8zBA1SBjDOA0tajO/mEOymc+b62"
    "YU5m3Es/vcHI+YVOcODdrNxZMiErxzgQ4ZOT1F5Rk5EOg0YJHuNp1cB1H1C9YB5SicZzCA"
    "JEUMxJOlZU4iwGxjLC5D1RQYLgty0gkhK9Pt8+1dPcsi+47s7Tpcg9Wiv2v3/N2mmw2394"
    "sSeCDfqoy9mELoQydES7QRyVVUSQMhf/FRspy3tay9/MfDar9XnM9xfXvzSzQ87wwrE05t"
    "x1eOTGgxqZoMF/eoayQV8iMIShTHV8zPep6vHFlTLoK0RDKXQiyXHZQiKrkLGFa5RdGaNF"
    "2jssx4PKLaB201k3HGUVu8YUREm3W2N+9F1JD+pMpzEQ/orO22k4JISYZsve8iGp6KeyXw"
    "usC+jGNgJXV0nkHlDcNHr65HjdAnqs8tfXrpQVWO1ETo7afbrv6cqsnKw0CKobdHmkPrTW"
    "i9CRtJpfUmtN6E0ju2cd6EFrsWCbsOL68JXF5FcdzPsG1X7pQ8reA+Hn6fj2QV7nMD9H7e"
    "twxsAKh/mb7G6cW+aQhcuIv6kqrE+wb+sWqn3H8eX1+XbY3yUqPVWEVjSo2WxOKKCUkYVB"
    "2rTBaoDgLNUDUnCJQXgJX63VT4JzZsyyE7SxIoGsLArIrGM6s5XNl8RlgGKzJz1ZQyeDeN"
    "aEr4++RhJ6gNqmWpBD9OwBJjaY9KjKqF8xcGVIv4WQ9Ty1I15z1PySODqUVS2Q+k1hZram"
    "Gzw8Nmn1zbolriSQVoFn3dWQeZTVMD14Jk4VMRo05AqqE0lCDne6DyjXcewlBTHCD3hXie"
    "ZYSxrJiedQb20ClUU2LP6rDAV6b40h36SsgzHQHP1Lt9UI57vR+KQNkR5/EGsCxk88bKBi"
    "67BN98/O6rem7Ws71DR3Y1/hVaSyXQyqqKNSkq0QvWKIoEqvFAUtZZi29m9w7r17A/ayh9"
    "0XihXajyAFx16siEqkHRjI8T1CTULRSBfZX3UAoNXHcTpYducBeFw9OFSlI4ZLYjkjJU+v"
    "D/wZD7TujrEvCLgWHJxEcmnP/0yPeITqwX+oFhadjtIOzDtUB/iJTdQ0eZw/o76I88VOkH"
    "OFj4vMRg68kRzpPzPeDRitSHoEQdKkEk2DR4DBbP7kI8VHrhadiZeAuPB7ltKpMcmdgykV"
    "WdAHiRqqzPw6sf7z6Mb0Alvnu8G19vI5DhBvIYVopjWGiezg+wGoJIKA7Xvn588XD1+2V9"
    "7UKV4NZQusw/k0xchJj2F4u8TnQb+7VdM3naw7lmevU3gsRcA3QLMNcATByxiaPeWf/gPh"
    "hsGB4pY/iKcMSERGg9emAOwKRRB6z6ZjLp2h0Jut0N3nU6qronQbcQp/sueojWrxMkdAPR"
    "77Nex4BgjQUvQqtKQ4WcjpGuJa10Lc8P0Bxbxv6Kd0BRRr92y+IsVVPYndSrXMFu3l3dcZ"
    "HtOk/EY+zfi0OBp/rXDkjPkgl9CyShjElAejh9YXxnPpljYBU90nn2CIRl18QaK59xQOQx"
    "/qSmV16WQS8ldF9QHUaLM/5GXZWDGKCpxstDyfJY+2PI+3h7y+MdgpI+nYJNJmE+OGvJXM"
    "uYKCcXe5MxEcL2iozvgTmCfIO+Aik6fElnfEkoXpIQitgTHUYmVOewSmzvlY7rNFlTbh+F"
    "QOL/qNvtRqHeiiSB0DRF4u5rnSDyzQoQcQwfnVK7JH35v32flVxC8BuT0IKrFz1QpGyKHA"
    "aky7gu9eLUnGEfzjnGcL6kffDaId+25HWRcu+83g3wRFmtlbIaVhQZ4MZiL6FfLG+C6km8"
    "xEZtWKOE/HDIRsG465Zxlze6l3uKnK4qAn5DFczucAXItl7AfRguhN7bZB7wDBHyQrxlVN"
    "+Ktw3ctO/67lCQ76/F+klW18oE3aQUrO80aS0Dzs+NLd+NLGWj3g1eS5uHc2bejXBN7/3F"
    "iNiYejPY7Gs4xEuTp0qugA8h9c+/3RE7TjSqLoM5zmYkifHKbOwE/TPaJLlKmFlYwvdJsA"
    "tWwXOuAjJ7t4xiaOkOOHWBfTKOodf3yKqoVeQumJW0p3yPnIqaDO2AU+nORu+RVZajuzOy"
    "A0ZdsQe956MqROroBWnTZ+2AZb/xB/7MnvdeuVZpONbl1heGvYnDpjfm8m7EvBCtCLD/vA"
    "MO3rGnPdCHicPFt79s+w7bTB1sFXGb2aNvdeAmP28nVjR4begmfzgCgiRwUpH7CscszpHr"
    "EOS7C08nyDWTtxDxX+pEAEYHkW+6vQibLhvQTA6soNOxF6BevyRv4JA/3FbVaGgs5tEqDR"
    "/O31AsNMwCkvlbjjQCDm4oI1ML8mtLOHzHJRx0yq0n16sVsJCmETzVNxMbm5738cvavouY"
    "te2OMRa2JquQ7pcp/SlC2Bq9DizXqB0+lSNriueUO5xUbaRGHmyIooLiw2w9KFrPrl15Ib"
    "v4TVWTx5youRwOowNCDm96WdfjbwCOtBkpO1eqz/UMkeAHuzzqDnhhGMrKi9vHm4fLjx10"
    "+Y+L68ePlx9Bu6d/PF7QT8W4Zx23rEz2itxKt7RAtliBSpnKwdGMhYhD+i4quAlonxU8em"
    "0Duxr4UadhDeyyoHEFIlVAlleDUllkezNcKvwJxGlSdSVMUC4HRIPqErpM0lGw50kfuNep"
    "iyzI1HUI9qiJBvjlCwOSWBov5HWZJi8z8WLRd+oJClEYXkle8TEn0uJWAp+LHRFxq4PBIW"
    "2DrBah2lpzZofehN4VXt36JEVKwWWSqhTDo/959OfQYHVk+qyEMr8D0osSIOOGMXo78Ry+"
    "iMxOZSOPjD4vMhPLZlu5yJvYQXK1GSQXrCAv5Yrd/BSrdN+KJpOMPtVT4QzTTZ4HbtepMb"
    "7nVHyqDNbOCUzTCC6FRJONUwLZ7IXJB+S83KJ1SoquUeHGaYlkW6cwubzzYONNotBbeKiF"
    "h8SVx3uBh27cwNLJSQUuFH7bWQcIOcm4tUAQf2aqqFtPgTToUR//FP1DJt3+OZp75Iwnrm"
    "Mb8V+IOg6GyAqrKzpfaFF2AK+4jSKiIvZz4N9u4R6Bz7nOCrhHgOY/h0oWbXv/CKoatL1/"
    "RIWA4ksDogVkAOTCO0EMMO6ddqsPw8TUIaAHX+4uJ+MvX+5ufx9fd9D95cXtDQso+PL44f"
    "rqYvxwdXsjBrBA1WAv8GtWHsgQNaZFhGx2u7y2E4fZvB1EhxWjZqBKR012pkiaEpGkEoAs"
    "6ekCFd+Js7NSWDWyefdtedxq/4YCctW9SZMBa+0PNzN0rQkSPzllCZhdiQWCkZ8AIusT8I"
    "hh+RzhJ8pePwCHLzcD6CmjY3iqR7B9BvNm3l7HdZYzOrsOeiGeRflgdOJ+w0VD5CgzaM2R"
    "1hwRXudtoj3yXWi9jXFGw6lY29GZIRI6oFPWRiT2Znpk7nqAO7Fb4JTM5sESWWZyGWxaWW"
    "jPXk76c0FppHN158sUieCWidwbysxYH7H6T/G0xet9Gfa+qNuzLkfWGIskzD6V+l22Vfgi"
    "3qEqHaa6V+jRSSL8aiV6noxbq0HzZ5Z1ZklHkqXCJl16JiUQVgdZBt0kTElF2pLh6h7x2Y"
    "fo6iNdIxAV1ebD/WyrKzdUV251MZF0McuY8E1VRxYZot1IYk+N+YaskvyAmAaYLHqPRwDG"
    "4oiPlK2EsUmTl151l5deoc2LaL3jdrQZ0tF9bVzfweL6uiSufE36WkV0HwpcNAX/1emny/"
    "FH1oMNLl34aCvLZPcAvWZ5wXQSqa6basRZqsYoxHLPxACxsBTXdFNRth4UzXfn3S7Itzrb"
    "IBwu+A5QupIaly0Ip3zkPl5hBZ0S9XNVH4UU1QE7J0SH/xaJ2rz2Mj1veuzc1+M32oBzKJ"
    "PIElVjrpPQskol3V3PhKjI0cQj2K93TZSQCo1Y0bvCyMmuP4JGVQoBw/x1ugTPBkq9h8ev"
    "/GFYPtYsKr7l5MnDZbbE6kLmZfSCFy7ShhrsJI1AKYTBCJyQGED4ZCmILQX1zga10Phd1C"
    "tP8bNufEMJqdDbJSOIdG2clCCihRxff/KhRMbCn1i27ZS21VvTw6dALXz3nlFPh27Vsi5z"
    "VNF9ciyf3jHhWlBqLaJcNtDMfKLjOdbpy1Nn7xQID7hzfn68vt7CPSJpYA5KGJLyumCYy9"
    "IIdg88roO+jO8ersbX4DC/CfMWjt58dWGUukZWb5yESvgNI6sSZLkMoR8JaGqQ5UIncgY2"
    "EkotRJTdYhCdKla1vSQ5sqaEGimayjAs1jQubRPCRFldA4L30wSxDeMVCVT/rvN+9lScud"
    "OwbKAvrm3py3sSBCuKxWQHdda6FdnwiZ8av969yGhQSJPy96l91p5FGzHnrgmWigy5kz1o"
    "fK+aCgHfn+3q2EbewoaIiG/0p/wOCizi0T88amMa9JEdpNNRzz48WVJ+gEJvofOkg+LOtm"
    "es8UuJF1K02ZU4K//Ie7SeCdPfkra9rGzgv1qnpijnb6d1ajbEqRlupY3zK0gTSgQkhxSU"
    "elVHDNSOj+zjA3Iv2F6UvPy/3t/elLM9Jsgr4pYeoP8h2/IF6vzD2mT3dUgliqb9Jm0b2J"
    "KxhgrRY/lAsU42gR8ekI8ey90dNUyjImVjXGaKpECb+OFAz5lH8Zr2VoCX7r+aJUkSCqER"
    "zqEG2CbVk3BcjoTO/KjFSASK5rtj912V9h1+u1bt9pJxa9Vt/sxUKcTwbQcVNrmWQXntSW"
    "eG9WQFkN8V0BPUAl3WsF5Yzyt2RfMep1bgo7mNk6z5KdVwsadPl0V1+uC//obYvroa2G5V"
    "rz1FMYmueVXrxaJFNO1KFRiAw1Qdmd03hDTtvkiTTV5IScv4anbHBIJbHvpAir2d8ZyP71"
    "qbY484QW2rL0e2Fe8P2Kocc9bnjh6+iKMfPdmTf7IkuCSSdUU38xTN4fqYS11psIUkIu4D"
    "CKoOeFgrC6Gh12q0iI0BE6k3UAfDvjKIcZL4k1XwSNEZs/A07Ey8hYftiW7jMg9z9VYoJR"
    "ZaNZZVnQDrFRCD1FWiEIDM5mDLOmPLQvGyapvom1jo1Qa6gEozXevyA/Ytf5XunAzaSIWG"
    "4RMtHr+RKg00iNGkGuFpxgBMHnMEFUpHkK/SBzyYp6CENBBM4BlII1P6ViVJLPRGokdhZq"
    "S/dPRwODH+j7XWmxfj2447m68Op+iwaBWE6X98TAf5LjJd23ZfAT9PPcoiPk93D0f6EBg2"
    "ZYNeLb2yhvof2ULbUXAMfwZ82MLcjYC5Ra6yvjM4qVFl1lsXvaiSaV1Cxwcm3n3NrQEZ8v"
    "w26OD18XL88KmDrj5/ubu6v735fHnzAGF0nx5/u32cfL79fatgut1bzcmtX2tbpIgEF0pa"
    "eRtqGlwnpgyxqKBI+Qt6G4aAaE6TE8OPp+FAn9aUTppGaOtNkVSI/dAkOKQAhfYSBZwuQQ"
    "wJeMQkHgmDtDbfICkioWXA83DVHrjtwmxcbcAqcxAPUv+hw2wHzT0LKgnQ84sZJ66JZu6L"
    "IDgrs7BqpyRmqRrjX02umIrwUzjV2Nr24WINsP9cW7VNEQlubcgjcCQowz7r+2CyVBLcC6"
    "8Kj7xY5BXBauhZhdw5nbXgKi9HGLboE5EjbVSriOSOz7WKiBb1vXaLEAp+hL30QLfSSSX2"
    "GI/orAceYewkiAZvgDomWzkJRy3d/OfI16fEWECXEf47HR7hT/91Rr/Rn1l9SfjLmeWgme"
    "X7xO8kfnU61rAtp6Sx4rEm0ZbqaSjc10IYLYRx2LLh9xefLj8+XkMb8s+XkA02ufw9hDHo"
    "Nxe/Ta4EKRtevyhAQ2oBZDL/kzkL0ZDcoLdIzZS/mGL/9taO2ryqUCljpMjAf2MHkcYlRp"
    "Vuu/WzJzNETcmdlLWhzn06gC+wFeyDoe4i0N16kW4pEqHPg6jQ/Qhi31OTPv4R/F24vgTU"
    "GL/rPNSN5fFeMk7vqZgM+qSTCrM5/r6zzmj20yPXWszRcxNLdWAOIPLKNJi9Ct055Z6unK"
    "OZ6wRTe4nwDOoTsVxMHnDAqtnhSJGH8BYWl/UTi8vqsKwQ+jWHMZ2iuXyUGWySKZoKmoN/"
    "thmjop6Unda2bohtndtSW4SvNsDSToeuZupWPd59GN+AjX33eDe+3kYiOy65Ex6oE36gll"
    "gpRLdm2C4XSpE4b61w6h/DpwglI0XtDtOXCwShhbdLcq283YS5vLj6PL4+7XU7Uq7aTiSt"
    "QcH6brNL2+zSNrt0/wr30tEvFnSbe5UqdzJivdJNx070ZPB6vRtCxTlByknEirgqGpQGVU"
    "g/PKHO0dR9pc+BktGWD+X1XqD72RT7YfA4eD4hPpweXOGXf6FfkbKSLYf72Td4o+AZdfZj"
    "NF7o5FJFVrs8vQCYPOqGwQcw95if22zMXcVFVavQyWu9cbZvTCG4qpa87aE4bOwHiF7RM9"
    "5yTZQqvBCvUM+KjCgOF5jTra8oGybr9AjecEVVenyTsIhBMoOYQWywDJmaKXcHjsZZzFkB"
    "qi2CcbKUjYrFURRzwEp8dXOxOOGa3nsoTsTGVCwOm71ACs7fXe/ZpNfKfUDmVSpOZsxaJe"
    "c1HD3xo+Fr1ZzoBxCQpPtVsSqbLBpG7WOTngLSUEqHeJ2z7Dn6dMe3WAMNFvNCf8v1Osid"
    "Ww4rAoeDAOvTGaEvE4P9fOvJwcGCyrCo+hx3Km1wTgsgtgDimwFEAAEmUPWmljCyVILrpD"
    "wyJDmKoEr0xtBHPjpko+CQFbEhef7T264299M0gvOeKzQZ3geuGJxn900dtscEgvNcJbrJ"
    "itOTGKaKp378HJR6wTvNitpJqzuVKSeRrrfzWB6uOBW5W90JOUUiNPCq9LrA15EOV2hq0u"
    "L1QU4prUVBVJcUzZEdvrDoyV/NhaMzZVxbWHZgOf6P8Ht/qy+skTIYxKm9uYWJV3o0sSrq"
    "yCtL1WhxqZqadH1P1oVOLeeF+IH1hOnVASXEWTYF8TZt/H5oQRp46U/sUk1qTUOtNKHI6N"
    "7QGMpRnK1pgrtVNuCOGZhy7OSjn49+QoArQG0bWBqaAwILF4/7Qhdh23GOSy0McBettuoD"
    "ek0E8tLgXTS7dwvbVWXQZcQOwL/OurbWjngt0oqcGCsgErMi6DXF26JQtgp7HWef2DChbB"
    "r5WnwnRYt9HRPP0qcnFRh1+G1nHTqNk3HrYOlqHu8Ypv1eMNo3VrmsRl+pDuDXbB6eIhEZ"
    "+dicxVlgSZY3QZZkuRpagu/+zF95tZAlPvwdcre3UTpdb0U6Xa+YTkd/MShtbFhtsKVImt"
    "C1o+6dtVcr66gu2D//H4OWUuU="
)
