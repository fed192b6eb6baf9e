from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "feed_epoch" (
    "feed" VARCHAR(32) NOT NULL PRIMARY KEY,
    "epoch" VARCHAR(32) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "feed_epoch"."feed" IS '数据源 / feed';
COMMENT ON COLUMN "feed_epoch"."epoch" IS '纪元 / random id of this feed history';
COMMENT ON COLUMN "feed_epoch"."started_at" IS '开始时间 / started at';
COMMENT ON TABLE "feed_epoch" IS 'The paid-lines feed''s epoch (new after a restore), so consumers know their cursors still apply.';
        ALTER TABLE "payment" ADD "txid" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "payment" ALTER COLUMN "txid" SET DEFAULT (pg_current_xact_id()::text::bigint);
        COMMENT ON COLUMN payment."txid" IS '写入事务 / transaction that wrote the row (feed order)';
        CREATE INDEX IF NOT EXISTS "idx_payment_txid_74e0d3" ON "payment" ("txid", "id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_payment_txid_74e0d3";
        ALTER TABLE "payment" DROP COLUMN "txid";
        DROP TABLE IF EXISTS "feed_epoch";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvixTxcyCsQ3MfSIJM8MugRwht2+z5TK2DK6AzdpmMtTd/vdTS37HgE"
    "0IiIUPO0uM2shqS9399NPSf0u66Y6Xjovn2PI+tJe66Q2xZjt66SP6b8lS55h82Nyogkrq"
    "YpFuApc9dTyjsio0V5yo/dj1HFXzyHeGOnMxuaRjV3PMhWfaFkjQH0CkkTlDtoG8KUbxuy"
    "MXO99MDaOvS6FaE8n/pLFa+7ps+v+Oq+SKIUkf4Nd0WyM/Z1qTQ994aZl/LbHi2RNM7uOQ"
    "2//xJ7lsWjr+jt3gz8WzYph4lhxNk44Dva54qwW9dmNOupb3ibaFbo8VzZ4t51bUfrHypr"
    "YVCphsmCfYwo7qYfgFz1nCaFrL2cwf/GCAWWejJqyXMRkdG+pyBjoBadaB6FpJUfqDkfLY"
    "GSlKaU1fgURspP1Lmm2BrklXXToAE+jC+5Yg1OsNoVqXm5LYaEjNapO0pf1d/6rxN+tMNF"
    "rsVnTMup+7/RF0yCYvFHvb4MLfVEb1VCZFlRGNPnn1bGddAbdT1cke/lAgpQHyaGkNBOO9"
    "TQXBhYPqoPR1KYua/nUpGpJG/sVjFf2Iwp7n0M1c/a7MsDXxpuRPWdwy7P9pD2+/tIdlWX"
    "yXHPu+/41AvwItJEYdelps2H2Jcxl3NuJ+p08/5GRFM71VkSGPJN5qyKMV/1VjLo2NFlmR"
    "NZmsyw2tMSZXGs0xGX/2BIj2myMlKFlL/i49KJnr/tu9/aXS6/Rg1GRypW40Ij2wJzi9Fh"
    "w8IX0mI6zjInpIiXGtiXpdJf8KNQFWf1wn+mhWa0QT7BlQ8AxFdVETcuiiJmzUBXyV1IW7"
    "1DSMdZzlBNn2DKtWtjIScilVjIngWy1QgXaKGQWhBs6i0DKIChI9362AbR7PYNCDm8xd96"
    "8Zc4FS/k//6f6mQzRCFUIamV7CLYrUMMaG7WTMhp8eB/1sBUQSqdHXTc1D/0Mz011zSTOU"
    "4I/nEYxEXW8STciGCJoQdaKJ6BFepQYYo4Qagve9fN/+NT0VbnuDGzpotutNHHoXeoObtI"
    "dkeDjDL92sj1DgDNUhVjF4S8ETcKgNb10Vd2QUPXOON6jDy9KFL/Ih+MCV5yoZxGK3JEMk"
    "ugg6l8NAOFjVB9Zs5Xdki2pG3fvO46h9/5DQz1171IFvBHp1lbpallM6C2+CfumOviD4E/"
    "0+6HfSagzbjX4vQZ/UpWcrlv2iqHpszIKrwbj+DWG68RwLFeHCWNWeX1RHV9a+sQV7U9v1"
    "r+bCPH1FtdQJ1SEMLh26OLZyo1rPbU2zl5ZX2gjAxBtVdgMwY9JcUWPtdwIw8APIl4jAEB"
    "FXwabVwdlrVWvqj+GlsdRkl4gvqAsymL964yN6mWIHIxVN7aWLp/ZM/8ElK7CFDdNDpos0"
    "B+vEPOn/QvgbdlZIm6rWBMM3KrLwCyIXXdKhdRiHv+5dwaAzBYNC3WdGaNv0kJbcrZFTLv"
    "XSeAzBGVm4U4Fa+Bj5Y7UjKu5sI7g9PaRzieGoSaF/FNBFQoh3gMkAywF2gtiMpgjQHnSf"
    "DzTDN32KtZyPs0KGbZhqWpJzPTB77a9VgcmPel9UF/U8M6G+eSbU12YCLJ3YKTwXUmKca4"
    "HNAxK06TEtsEfYRwtSNYcWpOpGLcBXmVpYEJeMDGNxU74uvZc5P1osLdertcDX9aEmEZzc"
    "lGmHx0JzDLOFc/Nuuoq2dBw/dCmACiYFeYcFJUOqMzAqHooQXcWegReA0F6QUSNBbUbSDo"
    "CQbHUkhLZhITzNprixlyUskX8bNQBu2dOgvAm9LXoBcCM1vs/kOYqYjKD98WxF6bfuz+3R"
    "oP+5eDoierlTCTp4io8ouHFG2F4hX94+9ZPfhhF8BT0ObrvtnnLbHt6R7xutOobkq66ze+"
    "zlHst53OM0KhVzj+W0OfKhgXXtbjRBMYm3CiTX9VsrrNaGIAKG2xDAIY71ObdZEWpiQ2zW"
    "ZTG0JuGVbUZkfXWaLaeWYj8XtBYxKe5NBZ0RYMrJgDcFmB1qUwtxLEMDs9Ejz4O0Kdae0U"
    "J1XbJWlV9UxyKKIIvWbPWOJ3vieqphKFP4jXEhVsKa4BFXwOIrnx+4U8qYpIMxiSg5zE2D"
    "jCA8UuCZgZ8GGgM6mqY6nKTM2airEweHiHIxhSVEz0ZlIpYhJ9KQBZh8okHZf5CrMswZmV"
    "4vjul52EKJhyuOxzRzATLNLYhMM60vBk8XnVtJKa61FM8f+vw2v/eI9f70cyYYzeLJw6Tk"
    "AZKIJ0nrJhKKgXLU10c1PKURg2HjO4/4CWO9s7C1aWljFjFqUtmdQzRIYwWHrXdmEEfEli"
    "1UU38/My3sIhD/wUX0BqgM2TOa+kcqIoPu2Q5+V0GujeCNWM6JW4meyciCQTQdCI1dm1xy"
    "PXM2Q6Sjs9V6SvAIv/eKHB90p8iqHLQ/zHr8Fmk+yh5oQNRcl0kAJuNWFWwkzstxehtYdn"
    "OeL3x1c1MwAwHOodkGVsGtrIl1yBOplm7Pkamz6gaTTQREPpB3fi8beXjAnDiHjreXjUxK"
    "Hodoc1CESWpp45SR9J8pt5G8cm/ezmb2sD7BTsfynNVmqxlvlMNuzmhzBYftd1rOT0tLR0"
    "wMUbGI4dLUReJktWo6AwaqDGb7iFQSj8xmtqbCPSrEyCWKmmxm9rylY8GyoCKavlkR86ib"
    "Y9VGBvnBdYN6um5cuTRnyqW5DIrG2KBGtxGna0C0Q99mjigaC+yYdiGvM5LgWweQnAkNaN"
    "TpokO+bQIEI97YOOCN9Hjzn87Zz7+MJ2/avd7gtj3qDvoVdNd9vHkaPnbuO/1RBQ07o6dh"
    "n4/si2svHa3QEhRJcI2AxQ2v3JClMO66JToYtnsV9DAc/KfbhwRZBd0Onvqj3/hQiToPyM"
    "cphx9r5lydbSArhUJpX59JffCluZovTDutZotSZegToDLxlE3P/IZfn4+569x279u9ck2s"
    "CKmMS6AYcY0dM1Y9bVqYFROX4pwNIzRa5N+xUKM0PY8F7ny5TXE3ycAOtoqtUAkhrhcpqY"
    "aB3DLWGHE11m0u0iRsH4rCeZKUGOdGu0m3qmAcDD9VEjwAN7kSvgusDrUyXSuseEN5HtQV"
    "RWk2IjxBg8pudGcRa7oT2PHvG9tcpk4dOQkYTM1wc5mPaG5beBWWHyHPjtcoIYMCKSzsqc"
    "BeNhqG7rBmccBmHdM5SQ8y4Jw/1otnWBT3Zwro+aPkfWcNTP/LK+zDHexzLaG6llDxo6Sz"
    "KaG6KHwOlYWqIL+vNiANAB//Xc8ZC78pZneJsMTXpWFUmyxlTD+3IpxitVStA2IUQgGMwv"
    "VUb+kWAu1CiSPGww/t7l3xmLghgOmQq3Qlivp9elwOKDMFKzxiImdT31EDrNQvSYjXd4Qe"
    "7ttUeJxnneZemE80wJkVm8FA7/PWH56CAhyxws5qTIhvNDQe1MlyFUO6UpPBFPvhHzwJz3"
    "5qnDNRXE3rwnyrK5tNAT5sVWbxOFFdPKrmWXVBuJ5fX4HE8aqeMrU0clTLZZt3dvXyuw2r"
    "XKsVrHUibkJaVFDBonuRMPKmqodeHNvDtJ7DsV9QmZLwAH118jq9R1Mej9DcDc3g7MLnbo"
    "I8T06QTgkTQ/mhOioS32EIAkp/fQ1zTh/jXCZ1MiGRJryxRPWuhx23wl4PAzsO8Pws8gWe"
    "YdVluBq8I7CxxGaw7sh9uLKvzhSGuwx058q+OrUOruyrPcOqYefzU6893AM9iFOw/LsAjv"
    "b49PDQo/yr9vA34OU2wTMB08AHuABARzEaViDA9wxIoDntz5+JSkjsfwckuF6n/Qif2rc/"
    "9we/9Dp3nzt3fCiDhq9aNty5PebVNsCdb+iiV4vrZFwTWUkSREtQA1bI0z7YtgSe7THktw"
    "CgHMqcBk8uPtiR35niu8W8Sv+Rjk920xwMA1S0DjohxTm9R9ZE2BSiWh9HJ31EPj8vBJ9g"
    "SPcohk5InhfhJ6aaBPknpqALrfVKpqLZQlGYhZcQ4xoTb+qCQGFYiFiaMmXYqGKMj+cvlb"
    "xM13Bsi8/XlOg57V4g4uo4gsxj8zXUz6VsX5BMXEE9PAWdi07RDFGup2lLBKXDFq+Z0zT+"
    "ONxM1cQY78GjXRc/pykb15hcVyW6yMppcxvX26VMYR7B/NsVe/jtYD5rVckP5muhQG4wn4"
    "pkc18lUW4yZCsC0iFd6gIT1pvOVgC3/LWEUn2H/GE49hzKm8lkQLaFylDzPIPNRAxzsnRo"
    "+fO7zYD+CfqRycFNIb/YMLAGRUoK3HaNintF/a+of2ELfWmof7gq5YYdAgHOEYdoYSLDfj"
    "/oj770foO16N9P7eGoM+xxUmaaWsMy/aJsRaxLvpLcdsQKbQkSMrJEd2aNs9vCZ0LBMx2a"
    "4OZ66gwrdGstRSdmqgC0nCV6PIC5Xhz0TBRfYx1oVZIEfJCW0AqRZ3gStLSAI+mfNYeMmT"
    "qZ5Ga+HRiOdrFXdLPVUILzJak5HoMODAjZ/GCN9P2kMRqP/ncPyH673O+ezwjM630HDML8"
    "zjdIbCCxhBRFOJFL9UI6ik8adSuUsELJVNglLwcyPfJpYTueS0vRTG+zr/32P3vly5yp53"
    "yiTRGOx9M4r00RKFFN2YuZvS7Lt2aawrjGTtMBNins6Z6gabPH4Z6lfS37vJZ98qOka9nn"
    "6T1yPpmB16MKr0cVHkUP16MKedBC4qhCno4ovMRa83ALvNeDj/tQAXmsKV/zd0oPnf5dd5"
    "8z1hI8ZP8uFQQV6hX0qd3tMUpy9/HxiRcSsoNVN6vafJsXGkhwzSKRWvUatQCUgN8ibpAk"
    "YwCE27d0G07ltjegxPB++76j3Hcf79uj2y9ETcPB751+BQ1GXzrDfXQk5LHYwmaLLaxZ7O"
    "uWAG+5JQDDEvfi2MUEz4muI8k0VyLTU4KSDDsKqzpYw+a3vAmSc6foJN8F03WXWLGN4pBX"
    "WpTzGvewMol8rmHGf31PHwHOAuAR6uIqlzOkkGBpYxrH/76yO4PjRC135m7YXTfsFpjCMD"
    "+S9RJ2AHyx3Km5+MGNbTbhejRfAt8Hewa65oSeq2sYiPzEAo1X9P/reZzTdCEPXWrDjoXX"
    "ZA+XyZ5LwEBFTI9QlsQ0TSqYElcU9GLLoyl9NCMSfpyrs9nGNSiSOvHuLLsHvdoMOTis1+"
    "Rl/4adgrybutCQw3UJ/timBhLD9XqZxxz/86uebwf3DwxgGA1+6T9+6T4o7Qc4fAIusYMn"
    "YheiuujHDomFb9q3P+8V6+bB5ITNmJywXitqzxdwrG/RYtGkGOeIqJ+0FOrRZvDBA3BT0R"
    "KO6B7FoknRs6oWjasmeXZuoKBLKV1JxsXfTNfMgqC2xMORyPFsVe11Cqf1877RYgqnJRtI"
    "y4+YH5ov+g/fJYIlh667RBxlsElk3qTVlLWsLYfp4xx8x+Ei2SH8XcO0u4Vf+AxJnt96ya"
    "gKwGCqRz5y+AQnmgDcnkh1qKOxBQOcLYp5x3mYi/imfrxBnsnCAbpjovasbMrZjfD3TaUd"
    "GbJcZ+9aVXo6M0tUiLDtakOqM/YY9B+5TGVaTk7NNl+s8+so4YYFTnH5vv3ru4Qr1hv0Pw"
    "fNY070bW9wwyc83QnWlNIOnDpqWMkLWCs4IZMXug6lYocXr5Fvo+WRHmFMOmB64HpH/M4Z"
    "NjyKFLMdXemtoTjgZbpCZQt/I3/qjr1YECGXeO2WN1tl1P9y0qdrwcK5YthsJuzJjj8Hqn"
    "V6HoRkeJ4tJf88+EMl8q9E+DNA+86HCT8lb1JxMmpciHNVMLRBxHXYtxU6DlyHcLLso4TD"
    "s1LPg5G350yI8fD6A8Wn4lXQl0HvrjOk0ved+5vOsIIeR+1Pn5Qvnd6dAi0/Dzt0X919dH"
    "R43vblMIcl3BIDkkfWQdr6MufadQisiMMQq+vheWlHdEXb5A+szKD5zpgKisQRNM+m47Sa"
    "gHM0ZIw/kljZxWhM3irD9Cok4iF3Ru5yAcXTFWDhvIfAxXbQwjE1TL4Zu6a+Ig1VbYpeTG"
    "9KfsaFm5juehh1um5cI6czjZxOct7T8RgnZ1g8zP92/fvlc+M79d+0HzsV1Pl1NGxX0KDf"
    "UQafPlXQw7B720EfPqwtbKepyLgc34KbqiRqUIq8/KEA52+/aMDponJdxrQE1e90cZZPPp"
    "rPNp4Pr/7b9s14Ym3y+2/5t+IZRqZhG/Qc3xgHCNNhwPqD658LD1RqQJ39o32DbXKCklfT"
    "QxMbu8izN2Lgx+5DNqE7DowmsLgrqZsjp+EKiF8BcS6Vc8XDz4C1fIXDuXEPzwEOn2PYrq"
    "N4oUQkxnkSTzR0sly15JbGyOBR1UT0CEctl/A3Nlf2CkTXhc8oIGVFK3GFQIgaFLDMVicN"
    "Us+QobqffQhJqujHU55aFux2VNRlSspxXgXOdlsgZiDaIIln/+icdg7bZ8+S675hHGjhum"
    "vY6XXA1Z5hXMGWj+bEGhhGaSNmGTSo7AYsYccFxfbb7kQr4cY0PxtleWklidyEMobGuAHH"
    "5YylBgMI6RYONiPDalOiH1T2S+gqiPTLsb+RDy62dErjrgSnu72L0ryM1rKOWJ6wH9d88x"
    "WY5BT7OktgEiZnERMWtOccV2nUVQM00hSiwvz1uvx0WT6txb+jtfhhgf5e6bqDb0BHzIJd"
    "0OPzBXhXVGgsohNL2C5EvJThF6/1OpMKL7lWhTnS0hj0O1ed55xQ1zGKuRJvf/HjPM9v34"
    "PEXgdB7y7uQGy+PH3Gftzi6fsN8nj6saa7HX3WOEYHaLKtOetiks2phpTNMjAEYKtVMHr0"
    "DOdquJ1CVWiER6LpcAp7dLt3a1xPuFNDkFtwD4MlJ8Tg7YzLAYKpk3UaWAeqzznICBXO+U"
    "muwca5BhsXkMVtVaEctiEJzdTWdn4W1/Qgup6ZlPHDRzr3n7vDXZxtn7HbHSrT/FXspOKc"
    "+3u86QZ4l0A49jnGMPKUZbzXRDg4w7gocHwmbAaGfTRaBiTPgz6fPoK7HD63TIwpgE+anL"
    "W9kF8wdsr9hchyqJD/MgPqG9ueYdXaaAhigimVjInkW+khvFJMEfVqKyCTsN2ewEIwe+DT"
    "SlAZkzvTCyHh5/VauRkMeonw7qabDrCfoLyzXEvpLCvVezGcfFQmg76EmG0vu3wwen58+M"
    "k6M1OdwvtwpsQ4V0WTHlgsjVtqCP8FD3A9tThAGdrEh9SmpY0ohP99ZTcIoUYtd2EQmyO+"
    "A0fFlxISv3KfuM3B7jdiFjN3Bt28SMREeF4g8g9xcjmWpDzLsSRtXo7hu5QTuSiUJ/Ob/w"
    "NHt5bL2NW2GLvaurEjv+jhLB/9p8dBP3uEYyJpD93UPPQ/esTFGY72lsGFwdieXEnnUSpJ"
    "UB5ucPKd8v7+P3PWFDo="
)
