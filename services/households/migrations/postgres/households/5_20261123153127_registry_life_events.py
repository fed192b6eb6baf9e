from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "registry_basis" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "person_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "record_id" VARCHAR(32) NOT NULL,
    "batch_id" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "event_date" DATE NOT NULL,
    "task_id" BIGINT NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_registry_ba_person__5ecde7" UNIQUE ("person_id", "kind", "record_id")
);
CREATE INDEX IF NOT EXISTS "idx_registry_ba_househo_7ce873" ON "registry_basis" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_registry_ba_region__9bfcc7" ON "registry_basis" ("region_code");
COMMENT ON COLUMN "registry_basis"."person_id" IS '成员 / member';
COMMENT ON COLUMN "registry_basis"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "registry_basis"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "registry_basis"."kind" IS '事件 / DEATH, IMPRISONMENT or HUKOU_MOVE';
COMMENT ON COLUMN "registry_basis"."record_id" IS '比对记录 / the supervision registry record';
COMMENT ON COLUMN "registry_basis"."batch_id" IS '批次 / its registry batch';
COMMENT ON COLUMN "registry_basis"."reference" IS '证照号等 / certificate, prison or kind of move';
COMMENT ON COLUMN "registry_basis"."event_date" IS '事件日期 / date of the event';
COMMENT ON COLUMN "registry_basis"."task_id" IS '复核任务 / the review task it opened';
COMMENT ON COLUMN "registry_basis"."recorded_at" IS '记录时间 / recorded at';
COMMENT ON TABLE "registry_basis" IS 'Registry basis — 比对依据: the registry record behind a member event the registry sync recorded; one per';
        CREATE TABLE IF NOT EXISTS "sync_cursor" (
    "feed" VARCHAR(32) NOT NULL PRIMARY KEY,
    "cursor" VARCHAR(32) NOT NULL,
    "read" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "sync_cursor"."feed" IS '数据源 / the feed followed';
COMMENT ON COLUMN "sync_cursor"."cursor" IS '游标 / the last item applied';
COMMENT ON COLUMN "sync_cursor"."read" IS '已读条数 / items read so far';
COMMENT ON COLUMN "sync_cursor"."updated_at" IS '更新时间 / updated at';
COMMENT ON TABLE "sync_cursor" IS 'Sync cursor — 同步游标: how far this service has followed another service''s feed.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "sync_cursor";
        DROP TABLE IF EXISTS "registry_basis";"""


MODELS_STATE = (
    "eJztPWlz2ziyfwXlL89TpWQkiofkt7VViuOZeMexU7Yzu7WTLRVIghafKVJLUnZcu/PfHx"
    "rgfUikrAN09CGxTaJJoJtA393/OZl5y4DMPMcM3k8WC8c2cGh77skZ+s+Ji+eE/lI3pIdO"
    "8GKRHwAXQ6w7DA4XButB6GMjpLcs7ASEXjJJYPj2InrjSebp6NtS6g9k+kNThsNvy5FuaW"
    "fIcwla4CBAnoUwSl6LwpnvLR9m9CdB9K2+94Qd9Oz5j5bjPaPTjzefJ5fX9Fn9Ptakn97D"
    "bEzPoNOx3Yd9v3jp2v9ekmnoPRAK5dPX//Evetl2TfKdBPGfi8epZRPHzBHCNuEB7Po0fF"
    "mwax/sh0s3/IWNhWXpU8NzlnM3Hb94CWeemwDYbghXH4hLfBwSeEPoL4Ea7tJxItrFBOKT"
    "TYfwWWZgTGLhpQM0BWg+gfTayXR6fXM/vbu4n05PSvSOITKUiC4ZngvfCp1qwBDwAFN4N5"
    "ak4VCT+kN1pMiapoz6IzqWzbd8S/uTTybFFn8Uw9nlr5fX9zAhj36Q/GOFC38yGBxiDsWI"
    "kWLfJw903hS9JimT4XyG/WoiFMAK1KDLLFIjxv0qcsQXtkqPk29L+slj+r80kL4tZULo96"
    "+N+gP0M+KrQPEqGtBsjr9PHeI+hDP650BaQY7fJ7fnnya3pwPppzxNrqM7ErsF1EmpEYQU"
    "XW3okACITQFtiC166kgjiWI9OUmSybdFvNRvgHipX4t4uJVHvDHDrkucNqjPgOwK+SlHST"
    "B9eT39cnF7d3N90p4IydH/bakSqf9tOe4rQ0qQzEpabwG1yRZQ67eAWqQEZTffX9rQIQHY"
    "IxXaI18ZmzJFu6SM8oSQiY4pCYhLN1pAZ4mS5bQmRb/JrqCj6onRL+2LYKnP7ZDOa8rFnT"
    "xRPlK81pxLBbgCbSg7IqE9J+/N6ATYBZU2O6mym0QhCv1fG1iUQsmKmtFmBSk+Tu4vCmjG"
    "hkEW7bFcAHslkqOjfvc4VoYmxa4m99UCjuP17ALFhuMZj1MTvwRlDN/NsePUCpx5yPWC57"
    "a+32G/NWbV/lAHnFoUs2NVoUe8ZfXpiaOYgGXZUowY4/T6mGLce6LTdhzk2PTjRrbLmDNF"
    "OoqX21iOHUqamkiu8McqWfXu8+TqKhZOUxqZVIVotwNSiJ1//NuRhMoUUqRhP9kBMT1Mgk"
    "3HdhtKR+12AmUzi2l7VBfAuoJvTTKy8mcB38bS9ynvRbC43SKdPsoh0wXxgyq0f/A8h2C3"
    "BvNF2ALudQq8q0MoudLyhFcULtuAzDPUgH+yRbzji6AnjeEsg8iG8ipcf7i5uYKHzIPg3w"
    "67cFlQgq+/fv5wQSUfJvfQQXaY041raDTVcWBX8IoVulg1uNhiaYFQwCTGJv19qBJKNIc8"
    "YAclS2mvpzVT1FZpamWRNIfmttajKuiNWPoepaUiiSr0BzDV8aWh7A4zm8pS+zRGZWQyb7"
    "5w6BxIFRFXnYh5QOGPQ1Xrjykhrb4EZMMECDlQgXhD9jtWgPXr/0cMZqz1fBQvMEQ+MYj9"
    "tAWZeIsH5cybk+mTHdhha8oVQYWnnTLUqeigEUw3mzJQlYShGd7SDV8QLAixBSHT24LssE"
    "Uyze0AzoQpHTCv4GR/u7u5riZSCbAo7NlGiP5LlYZgZ8rPyV+spcu3g760ndB2g/fwvr9u"
    "YPeymPnXGAxgJ4LIrSpjUH6iZaI5nbtv0ym8mnh/iwxzCfFiTnb6efKPIpM7v7r5wJDrBe"
    "GDz57CHvChQEafRAfD1CeYHu2tSFkJ3GlyyqRvwv+jEWxFDQ7WgaHG9gTKG7llPz5MM8sW"
    "j7QmMWyztdknD9UZq89Ap1KLoo9xweoTLWcnRh9KfbCP4bAav4CoGgkjB7kKx/CLOCbM5u"
    "5HukDzxnVeom9gBWLvLz9f3N1PPn/Jff+AbrgjsasvhaunRZt/8hD098v7Twj+RP+8ub4o"
    "bpNk3P0/T2BOeBl6U9d7nmIzYxWIr8ZYK4gnkSe7tXZQhNyVse9t+pnBxW89VrqZE8SW6f"
    "GL5xP7wf2NvDCaXNLJY9eocmpmQjY+ZZ/XLXr8GX908dX0/T5+TgIkSt8iRYRJHMKFvfPJ"
    "3fnkIz3uAOc6Nh6fsW9Oa5APxq0KoeFDBPbLb7fESQJa6nH+98hve0cf18EDrw7vDIWe5G"
    "VQl0Nq+dZcmhevYBc/sCXBu+FN2fCiICDhJRWlT+rij5IBvbXRRzCUyeVs7PrgIxiPYHwa"
    "AjQyJRYIgbUzynvp2WuHQQ8FxFj6dmgT+vsTmdl0Z9Pf2DToT31JJWUSBOh04odoIFeFG+"
    "30VccAI4EP/h46Bhh1I8DokS69DRni8fszYm/mtTc0HQgg6RTp8ZwPH8vyhJ1lxVf/kSo8"
    "c+xUYzyBKeocHOh9BLwr9Lf3OcsE7NBKf2hQ3Cezf50md3F++XlydTqQe1LByhXTQS75Be"
    "iS5osKPW+lOTIFEt4QqSkDi+rMJviP+e8yN0paBtWlx1q/T/mtIQ9A05ZNiClK1iaKQdL1"
    "2kU3xuOFdqGNdAsiu9Q+OMziGQvhKTvqwUc9WFx67EsP3rl6tzTt8JYYnp9XO2qG9NaqeD"
    "B46qej1yt5AIEAiQ6kcoAvOH021bb8J9sgqVKm6HjA/JDsfx1CkCxFqVDotvbYo/Im8GnV"
    "W6G80c/O89tw7ARAbIVNlQ0zjoeMIiiSmbdl3arcgHOrci3jhlvFaODYGNcC7dXmO2Hxzj"
    "HeOABs1ygnbmiHrdIOUgjBdWNFt8agGaiDRE/WRjrPOaArQGzeAhGhUlhdR4dqOXV3X/8m"
    "oXZZOlgQ/qMMLS2lg72R0WL7VOiYwW6joMeumOuCpWEQYraOssrB7dGyEVOnHVOQBiwMfs"
    "zTbDIzF8VuoROLKmdlGtSH3aQQr4q12WdKDoTTqGDKUCRmPkqXIF7cDLZCUiGX1tMjAegg"
    "OWRmWUpWICA1WkfX7DOqZkuSK8/YUSwZoq2jyf1wUTYly9bhzC7nOCCTOcTgntRYXTIjeu"
    "uMLgYdO8Xp4LU2F3g44gCpCUS2TBPSusZUrRwPTCrojUdj84yZTuaeG86clxjG8r05wvwq"
    "8tweerbpL3YYoAX26f/YNRH5vnAoCuCVZevMISZQYcf5o2SfI5YFoZdPZAqvOPnX0dLTBU"
    "tPx6T+N+6mL+yhSu5aow6XIDuUes8cnIo8YhkzI0oYdkixI+rVkk9FdHB0ImbO/RZ++jLw"
    "YRz2G2bFQlZ4kVtASkSOSbwe6bEjX2rhyGf8p41wnwDsP69hQ+yPZK72UoxzbnsKQSu9CO"
    "09nnH5k5jSfkYoaEOkAlhHSMXdWZo+1gqO/sJyxCMTz3tpx8txdX65cBbt4ZgyCkUlsH+e"
    "Zy/odPLly+3N75OrHrqdXN5d9BDF3vWv9Oevt5Pzi4YbKc/Uh02Y+rCeqQ9LTP2YjFKP+r"
    "elJh+DcA6v7ByDcFpwpc4H4VCu5j6QiyeywhyUGdJbaw9ig6ckGb3eIMQgkEWImYmJydhx"
    "R0lMzBnCkORvEp9Qmc8nVJJ4gRcjx3tAHlhW4uiaAAFllnOC9BeoVRN4foUlaJ9vPobyZA"
    "V5MgQk0yOKlxIKGkeQCGHzOQY9CCAVrgh6WLU5VoU97LAm3euJ8ZrIh4MUqRE/Zebk6xeQ"
    "dD+ebKBJpVwit01gERD0yfngJjtFahKYItUHpkhdD0x54ybqBX5xPFyxM1bZ6RKQjph/lM"
    "FIgfNLHzNLXTJ98cw9Yvvgt2U4PTrhBXPCz4jxeFnbWCO+3UDdogOndsOOGrf0e3zGDmJQ"
    "7+xsdwuqA8V+DU3XCK/2eZbtbvE/QeLkiOF7CIchoR+rCaXXoCoUMctq1t7e2sjLzp1iR+"
    "e6QCLj0bneDckl8Sc39aknAJ1xpUf+XWKZsU/31VJLVdX66PyqOFpWBSdnwfYYm7zZV21a"
    "UvZQh0DMzPRFCVA+OhmOTgZx6fFWnAwQyROs6COX3F8r75rZkWvl3fi5xVxbdQTmZ22kEh"
    "aoAEoRvTUaE2bYYYUgDCv5vQ/JjvD7WdTUjfSiMpk9KBYN3n92xVwa9GcQeguQSx8JWUSx"
    "oVElzbJkLOD8jm4KgU/No6jcFVFZfNv3hma9tBRtyewtBuZ5JOC0LvNsZWhqCbYrpaSKWW"
    "jZJIbtZaRtFJS6UYzwoWOD21Mgh+9DBgFvVOr8bRQ4LxQy70D5cr1VEEEeqkOsIqoUEs0f"
    "6Ru1adx+wr4AReQPQ499VZFPc2pamw4rQLtSr78iHSdZze5sikdL1tGSJS493ool65Pn2C"
    "Z+OakxZMW3e+vsWLPMwLVmrOipiEFnaoTzrox9Oeq4e8Z6j6JwhkPWDtOnxzpLYDYwZaIm"
    "9tEpOFbZs3pgAsKsaSllyM+EPNIR8EyjPwSP7GBQUaj8gPN4hVkqQnNj9o6rpKtX8/VdBd"
    "LmODluKFg14Sz1lqao021L51UGSnTflapKYF2VJbXcABgSp9JOvyK5stjPFtpEPF7oGsGK"
    "DD2rtLEFDsR4xoeJPRYoeigVBGr5UEZSWMeJskMb8KJoeNZnocNGIdhkfopscrQ6Uofwvz"
    "zipTTo5xJyxkAn5dgkQBac//TIj7o1Bsi0dez1EA6ALdAXkSo+dJA5rOdBfxTN6VSqC5cB"
    "jzY6+kyOPpMD+EyizrcGGIVT/wndJbPlo7cUz3Oy9HXsTv2lz627TWlSABObJopmELCKZZ"
    "JseAeOr7cfJtcgEt9+vZ1cbUKQUQN6jGrJMSrVUeQHWAtCpBD7q2Q5Ob+//P1iA4OxBFxD"
    "7TMfYjrxw/c/8cmTTZ6nhoODCuTfzbHj1LKIIuz+cpwG7TeCxCz2dAswiz1MHLGJo8G7YU"
    "NScE4ylDQ14R3wxypucfd5cnVVlqCxafqkCuEr6kenIELL0bIlg0qjySwQL520EO023kQ5"
    "ofYuQ6FrCf2YpnuZYJ1506FqjalBk6CxoadVtWw/CNEC2+bu7PgQnxW0rl6Wh+oKutPQtR"
    "Xo5oUWXQ85nvtAfIb+XSA+ip1r65QtgAnNBaLoQtb7O+7eEE1fGKdsQBYYUEWPdNBNghBK"
    "LrS0NdY+Q/heZcpQUUAuJXRfUBlGT2pQjPsaN2KApJosD6XLY5XQgpm9eH31sy0aJQM6BY"
    "dMF8QPKN5ZdbZWykQ1uNibjJEQtlesfMvWmLJ4dahC/TO+pHd8SShZkhCC2AMdRqZU5rAr"
    "dO965lMA6wr3UQmUzx/3of8feFCAXBIQTVfBPsJWhch3O0TENQN0SvWSLPN//T6rYELwjm"
    "mkwbULSylDdoUOMukzrEsDds6ZPP6dUoAhnC9pF7h2yfcNcV2G3Dmut2N4oqjWK1ENK4oV"
    "cHMbjUjL6DZAmaFy0pzMdXr4tTVrVIDvz7JRUu76VdjlNS+VgaokvTlkBYKAFA3U7mgFyL"
    "GfwH0YLYTybbIIeSIGeSL+S3QjqiDStATj9qwgP161xZO8rJUrlpARsHBDVfyNVU3IGecX"
    "5obfRh6yU98GD6tXldK3Ea3prX8YMRozXwabfQuHeE7LdmyDlf+tYAEfIuhffrslTl3J42"
    "x/0PRp4nwyrw6Ky5slgoBUVfVujSp4zmVI5m8WUcxaugVM5dufvEVUxVVjtoGstFLNW8RU"
    "nG+8BUxlk5zfIqps1/DmZAuIumQPestHVWSpowzSoc/aAsp+4w/8hT3vrWKtVnFsi60vzP"
    "YmDppOCvFruZC8LSEvslaEOHjcAgZv2dPu6cPEweLrP7Zdh21mDraauM380bc6cJOft1M7"
    "Hrw2dJM/HAFAGjipKkOV2yzOkOcSFHhL3yBQwTR5LeJv6sUGjB4i3w1nGdVfM6GuBGhBpx"
    "M/RINhRd7APl98rF/R0VjMyMfTlgg5sI0MgvvzNyQmQYjx4EY+CEjmXznSCTi4AxR6rUx+"
    "ey7q/COEzHanzIhBsfXg+a0CFrIwgueQ52Jjs/M+fPX5NxGzttkxxsLWFA3S/XJVL0QIW6"
    "PswPbM1uFTBbCueE6zTda4BxuiqKDiNlsPitezbVdehC7OqVrimAN1F8NRdECE4abMuh1+"
    "Q3CkzUnVuVJ/rueABD/YlXFf5vVaKCrPb75e31987KGLf5xfff148RGke/rj63ncmuHgfN"
    "b1wna5ldF4oQOVcm0Z4xkLEYd0rGVxrGUhLj3eSi2LvNG4xiJVsiyvNkrlLdvN7FLRKxCH"
    "ydSVsEC4lIkO1SUMhWSjYKFHQKRCP888ZEOmrkuwT1U0sF8+MUMSS+OFvC7L4mUmnmz6TT"
    "1AIQrTr8grPuREjnYrgc/Fnoh2q72ZQyrsVkcL1dFC1UxyZofelPIKv219kjKk4DTJVIrh"
    "0f88+nNkSmnjPs4DsosSIOOGIXoz8uy/iMxWaaOMzSEvMpPQZlO6KE30IKVeDVIqKrmmrt"
    "jmp1it+1Y0muTkqYEGZ5hh8TzwdA2HT8WnwmDrnMAsjOBUSCXZJCWQzV6YfECOy/YBx1m4"
    "ToUbZymSCzfmdHnjwcZNotCP5qGjeUhcerwV89C1F9oGOamxC0V3e+sMQm46bq0hiD8zU9"
    "RtoEIa9HiIf47/UEh/eIYWPnnHE9exg/gbkO2yYIrIssLqii6WepwdgLAVEh/FQGXbz57f"
    "fTT3CHzO9VaYezL5K625Txl2RwFL21FoNWU4ZF4ijdeJyGbaiEWuH0w0eGW88NEstzOqJE"
    "wDogUUMMhFPEEMY9wb7UqV60T15fZiOvny5fbm98lVD91dnN9cs4CCL18/XF2eT+4veTuX"
    "wxsWqBjsh0HLygM5oO70HrH6fV7biZvZ/C1Eh1V0G3HNtujMgHQlIkkjYLKkpwtUfCdNu6"
    "6tx2SLbN5dax43OjSvXNEvNB2wVv/wckPXqiDJkzOagNWXWCAY+RlMZEMCHjGsIPxAsRuE"
    "4O/lWgA9ZAwckDNoPeW8g2kzZ6/ruS9zOrkeeiK+TdFg9ujF4BlqCpT1kENM4KiMHJUR4S"
    "XeLmojP4TM2xlXNJyKrd2cOSChwzkVnfWH5r5Mnyw8H6xOjAuckvkifEG2lTKDpnWFduzj"
    "pK8LK+Oc78n32kJQCYjgeokyGClMVR+z6k/JtF8lrt1f/OM+56cp9aNMfDVXN9e/xsOLTS"
    "qLW4N1vmjbCrEA1hl9JMo9lYZ9tlX4It6gIB0lutdI0Wka/GoRepGOWys/82dW9WXJxpFl"
    "giY9eialBqwesk26SZiQivQXZlX3ScAuosuPdI0AVJaa9/fao6zcUVn5KIuJJIvZ5pRvqj"
    "a0yAFthxI7ass3YnXkZWKZoLIYAx7/l5AjOVI2IkaTFi+D+h4vg1KTF9E6x21pM2Rj+45R"
    "fXuL6uuTpO41Geo1sX0o9NAMvFenny4mH1kHNmC6cGkjzWT75nnd9sPZNBZdm0rEeajOCM"
    "TKwMJp4+pMS1G2HhTPd+u9Lsj3NtsgGi74DlD7kpYULYimfOAuXlH9nArxc1UXhQzUHvsm"
    "xIf/BmnavPIyPW8G7Nw3ki/ahHMol8YS12Juk86ySiTdXseEuMTR1Cc4aMcmKkCFtlhRXm"
    "EWaDccQ5sqlYBi/jx7Ac8GynyHh6/7YdoB1m1Kvpfpg4+rdInVZcyr4AUvW6SPdNhJOoFC"
    "CPIYXJAYjPDpUhBbChq8k1tZ47dRrTyDz7bRDRWgQm+XHCGylXEyhIgXcnj5KYACGctgaj"
    "uOW9lUb00HnxK08L17xgMDelUrhsKtit6DaweUx0RrQZm1iMJsoJX51MALbNCPp83eKQHu"
    "cef88vXqagP3iKSDOihhSMnrg2KuSGPYPfC4Hvoyub2/nFyBw/w6ylo4eOvVpVnpGlm9cV"
    "Io4TeMokmQ4zKCbiQgqUGOC53IO9CRUGYhouwWkxhUsGrtJSmAdSXQSNU1ZsNiLeOyOiFM"
    "lFU1IHg3LRCPQbwiGdV/6KyfHZVm7nUsF+iL59jGyx0JwxWlYvKDemvdimz4NMiMX+9eZD"
    "Aogsn4+7Qha86ij5lz1wJNRYHMyQG0vdcslYDvz/EM7CB/6UBExHf6qqCHQpv49IdPdUyT"
    "PrKHDDrqMYAnS+pPUOYtcp70UNLX9h1r+1LhhRRtdhXOyj+KHq1HwuS3tGkvKxr4r6NTU5"
    "Tzt3d0anbEqRltpcbZFaQLBQLSQwoKvWpjZtROjuzDG+SesLOs+Pj/dndzXY32BKAoiNtG"
    "iP6LHDsQqO8Pa5I9NCCRKJ72q6RtQEtOGypFjxUDxXr59H14QDF6rMA7WqhGZcjOuMxUSY"
    "Um8SPZKKhHyZp2Vn6X7r+WBUlSCKEtnCMdbJtUTsJJMRI684OWIhEomu+W8bs66Tu6u1bs"
    "9tNxa8Vt/sxMIcToawcRNmXLILwOpHem/WCHkN0V0hPUBlnWtJ9YxyvGonmHUzsM0MLBac"
    "78jEq42DdmL2Vxeu9vf0VsX1sJbLui146imESXvOrlYtEimrYlCsjgMNXGVv8VIU3bL9Hk"
    "kCdS0TC+Ht0JgOCahyFLibczmfPhXWsL7BM3bK31FcA2wv0eG5VjjvrC0cMXcfCjJ3/yT1"
    "8IrohkXdHLPAOzvy7mUl+SN6BEjH0wgmoyD2tlITSUrcaLaGwwkQayJo+GqpzYSZIrq8wj"
    "ZWfM0texO/WXPnamhoOrPMz1W6ESWGjRWNEMAqhXgQxSX41DAHKbgy3rHVsWSpbVWkVvoq"
    "HXK+gCCs10rS8fcGAHq2TndFAjERqGT/VkfCNRGmAQg8m0wdNNGVQeawz1SceQrzIEezBP"
    "QYlgIJjAN5FOZvSrSpNYKEeiR2FuZPDiGtFwYv4va6y3KMe3HXY231wO0WPRKgjTf3xMDw"
    "UesjzH8Z7Bfp55lE0Cnu4ejQwgMGzGBj3bRm0F9T/yZbbj4Bj+DLh4NHN3wswtco31rZmT"
    "OlVk/eiiF5UyR5fQ4Q0Tb77ilkxGPL8N+nd9vJjcf+qhy89fbi/vbq4/X1zfQxjdp6+/3X"
    "ydfr75faNguu1rzSnXb7UtMkCCEyUrvI10HdiJpUAsKghSwZJyw8ggWpDkxPDj6Tg0Zi2p"
    "k4URWntTJQ1iP3QJDimwQvupAE6XIAYFfGIRn0RBWs03SAZIaBrwPFxtAG67KBtXl1llDu"
    "JD6j/0l+2hhW9DJQF6fjHlxLPQ3HsSxM7KNKzWKYl5qM74V1MWUxN+CqcaW9suXKwhDh5b"
    "i7YZIMG1DWUMjgR1NGRdHyyWSoIHEavwyZNNnhGshp5VyFvQWQsu8nILwwZdIgqgnWoUkf"
    "L4QqOIeFE/aq8IocyPsJfu6VY6qbU9JiN66w2PMHYaxoMbWB3TrZyGo1Zu/jMUGDNiLqHH"
    "CH9Pj0f407/e0TvGI6svCb+8s100t4OABL3Ur07Hmo7tVrRVPNQkjqV6OmruO5owjiaM/R"
    "YNvzv/dPHx6xU0If98Adlg04vfIzMGvXP+2/RSkKLh7YsCdKQWQC7zP52zEO3ITcpFWqb8"
    "JRC717e21ORVg0oZY1UB/JtbiDSuUKoMx2ufPZkD6krupKKPDO7TAfsCW8EuEOotQ8NrF+"
    "mWARH6PIjL3I8h9j0z6cMfwT+E60tAifGHzkNtTI+3knF6R8lk0ied1KjNyf3eOqU5yI5c"
    "qzHHz001VdmSIfLKMpm+Cr05lYGhnqG554Yz5wXhOdQnYrmYPOCAVbPDsSAP4S0sLutnFp"
    "fVY1kh9DY3Y7pldfkgM2iSKZoJmoM/jxmjop6UvaNu3RHdurClNghf7YCmnQ1dzdWt+nr7"
    "YXINOvbt19vJ1SYU2XLJnehAnfIDtUJLIYY9x041UcrARW2FQ7+PniIUjVStP8oyFwhCi7"
    "hLylZer8JcnF9+nlydDvo9qVBtJ6aWXNK+j9mlx+zSY3bp7gXuF9c4X9Jt7teK3OmI9UI3"
    "HTs10sHr5W4IFecAGScRK+Kq6lAaVCXD6IQ6QzPvmT4HSkbbAZTXe4LuZzMcRMHj4PmE+H"
    "B6cEU3/4feIlUlW/b32ld4o+AZbfZjPF7o5FJV0fo8vQCQPO5HwQcw9wSfm2zMbcVF1YvQ"
    "6WfdONs3gRBcVEu/9ogcDg5CRFn0nLdcE6UKL8QrtNMiY4j9Beb02wvKpsUaPYI3XNXUAd"
    "8kLGKQzCFmEJssQ6Zlyt2eo3GWC1aAaoNgnDxkp2JxVNWSWYmvfiEWJ1rTWw/FidGYicVh"
    "sxdIwPm75z9alK3chWRRJ+LkxqwVcp6j0dMgHr5WzIlfgAAk26+KVdlk0TDaEFv0FJBGUj"
    "bE64xlz9Gnu4HNGmiwmBf6Ls/vIW9hu6wIHA5DbMzmhH5MzOwX2A8uDpeUhmXR57BTOQbn"
    "HA2IRwPiqw2IYASYQtWbVsTIQwkuk/LIkPQogirRjU0fxeiQRsEhK2JDivin3K419rMwgu"
    "OeCzQ53IeeGJhn/KYN2hMAwXGuEcNixelJYqZKpn74HJR2wTvditrJiju1KSexrLf1WB4u"
    "OJWxW98JOQMitOFVHfQBr2MDWGhm0uL1Qc4IrWVC1JcULYDtv7DoyV+spWswYVxf2k5ou8"
    "F7eN9f2xNrrMpyktpbWJh4pUdTraINvfJQnSaXpmtp1/d0XejUdp9IENoPmLIOKCHOsimI"
    "37Tx+74J2d5a1EUrUdYyFM/uzdqE6tKzcmQHq7LBWoK2Dqcsw4qcdSmgmr8iojKD2zJRNo"
    "qpnOSf2DGiNA2rLH+TogVWTohvG7OTGgNodLe3zvSJ03HrbJ71ON6yDfBHMQC+soRivWnv"
    "iYoHLTtTZ0BEVqubozhvtVCUJmYLRam3W8C9P4ssr5XZgg9/g9gdNMrVGqzI1RqUc7XoG8"
    "PKrnn12kAGpAstIdryrJ2K8Af17/35/3y9+dw="
)
