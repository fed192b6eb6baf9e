from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "application_extension" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" BIGINT NOT NULL,
    "household_id" BIGINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "working_days" SMALLINT NOT NULL,
    "reason" TEXT NOT NULL,
    "due_before" DATE NOT NULL,
    "due_after" DATE NOT NULL,
    "granted_by" VARCHAR(64) NOT NULL,
    "granted_on" DATE NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_application_applica_ea6b35" ON "application_extension" ("application_id");
CREATE INDEX IF NOT EXISTS "idx_application_househo_dff35f" ON "application_extension" ("household_id");
CREATE INDEX IF NOT EXISTS "idx_application_region__719684" ON "application_extension" ("region_code");
COMMENT ON COLUMN "application_extension"."application_id" IS '申请 / application';
COMMENT ON COLUMN "application_extension"."household_id" IS '家庭 / household';
COMMENT ON COLUMN "application_extension"."region_code" IS '区划代码 / region code';
COMMENT ON COLUMN "application_extension"."working_days" IS '延长工作日 / working days added';
COMMENT ON COLUMN "application_extension"."reason" IS '理由 / reason';
COMMENT ON COLUMN "application_extension"."due_before" IS '原到期 / deadline before';
COMMENT ON COLUMN "application_extension"."due_after" IS '新到期 / deadline after';
COMMENT ON COLUMN "application_extension"."granted_by" IS '批准人 / granted by';
COMMENT ON COLUMN "application_extension"."granted_on" IS '批准日期 / granted on';
COMMENT ON COLUMN "application_extension"."at" IS '时间 / time';
COMMENT ON TABLE "application_extension" IS 'Extension — 延期审批: the county adds working days to an application''s clock, with its reason.';
        ALTER TABLE "application" ADD "delegated" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "application" ADD "extended_days" SMALLINT NOT NULL DEFAULT 0;
        ALTER TABLE "workflow_step" ADD "days_late" SMALLINT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN application."delegated" IS '乡镇审核确认 / approval delegated to the township (20-day clock)';
COMMENT ON COLUMN application."extended_days" IS '延期（工作日）/ working days added by approved extensions';
COMMENT ON COLUMN workflow_step."days_late" IS '超期（工作日）/ working days past the overall deadline';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "application" DROP COLUMN "delegated";
        ALTER TABLE "application" DROP COLUMN "extended_days";
        ALTER TABLE "workflow_step" DROP COLUMN "days_late";
        DROP TABLE IF EXISTS "application_extension";"""


MODELS_STATE = (
    "eJztXWtzo8jV/itd/hJvlbwrIS6S31SqNB5vxlmPPWV7NqnspqgGGosYgQLIHley//3t08"
    "1dIAlZl8bDhxnbUh/oPge6z3nO7b8nU38RkqnvWuGPk/ncdUwcOb53co7+e+LhGaG/1A3p"
    "oRM8nxcHwIcRNlxGh0uDjTAKsBnRr2zshoR+ZJHQDJx5fMeT3NXR7wupP5DpD00ZDn9fjA"
    "xbO0e+R9AchyHybYRRelsUTQN/8TilPwmidw38Z+yiFz94sl3/BZ1+vP08ubqh1+r3sSb9"
    "8CPMxvJNOh3Hezz0jRee858F0SP/kVCqgN7+t3/Rjx3PIt9ImPw5f9Jth7hWQRCOBRdgn+"
    "vR65x99sF5vPKin9lYWJahm767mHnZ+PlrNPW9lMDxIvj0kXgkwBGBO0TBAqThLVw3ll0i"
    "ID7ZbAifZY7GIjZeuCBToOYTyD470fWb2wf9/vJB10+W5J1Q5CQRf2T6HjwrdKohY8AjTO"
    "FsLEnDoSb1h+pIkTVNGfVHdCyb7/JX2h98Mhm3+KUYz67+enXzABPy6QPJH1b44A9GgyPM"
    "qZgwMu4H5JHOm7LXIstiuJjioFoIJbKSNOgyy9JIeL9KHMkHO5XHye8L+shj+r80kH5fyI"
    "TQ518b9QfoJ8RXgZJVbCCzGf6mu8R7jKb0z4G0Qhy/Tu4uPk3uTgfSD0WZ3MTfSOwrkE4m"
    "jTCi7Goih5RAbAloQ2zTXUcaSZTr6U6STr4p46X+BoyX+rWMh6+KjDen2POI24T1OZJ9MT"
    "87UVJOX93oXy7v7m9vTpoLId36f1+oROr/vhj3lSEVSG4ljV8BdZNXQK1/BdSyJOhx8+21"
    "iRxSggNKoTnzlbElU7ZLyqgoCJkYmIqAePRFC+ksUbqcxqLob/JW0FH1wugvvRfhwpg5EZ"
    "2XztWdolA+Ur7W7EslupJs6HFEImdGfrTiHWAfUtpup8q/JApR6P/awKYSSle0mWxWiOLj"
    "5OGyxGZsmmTenMslsjcyOd7q989jZWhR7mpyXy3xOFnPPlhsur75pFv4NVzm8P0Mu26twl"
    "mkXK947ur5HfYbc1btDw3gqU05O1YVusXbdp/uOIoFXJZtxUw4Tj8fU477z3Tarotchz7c"
    "yPHY4UyZjpLlbqzHDiVNTTVX+GOVrnr/eXJ9nSinmYwsakI0ewMyir0//LvRhJYlpEjDfv"
    "oGJPKwCLZcx9tQO2r2JtBjZq43Z3WJrC381iQzr3+W+G0ugoCevQgWt1+m00u5RJ+TIKxi"
    "+wffdwn2ajhfpi3x3qDE+9qE0k8a7vCKwnUb0HmGGpyfbBFnfBF0pzHdRRhjKG/i9Yfb22"
    "u4yCwM/+OyD65KRvDN188fLqnmw/QeOsiJCrZxjYx0A4dOxVmxwharJhdbLS0JCg6JsUV/"
    "H6qECs0lj9hF6VKa22mbGWqrLLVllbTA5qboURX1Vkf6AbWlsogq7AeA6vjSUP4NszbVpQ"
    "4JRuV0Mn82d+kcSJUQV+2IRULht0NV64+pIO2+BGLDBAQ5UEF4Q/Y7VuDoN/5NTAbW+gFK"
    "FhihgJjEed6BTrzDjXLqz4j+7IRO1FhyZVLhZacMDao6aATTl00ZqEp6oJn+woteESwIsQ"
    "Uhy9+B7rBDMc2cEPYEnQ6YVZxkf7u/vakW0hJhWdlzzAj9jxoN4d6Mn5M/2wuPvw7GwnEj"
    "xwt/hPv9ZQvcy2bwrzkYwJsIKreqjMH4iZeJZnTugUOn8Gbh/S0G5lLhJSfZ6efJP8qH3M"
    "X17QfGXD+MHgN2FXaBDyUxBiTeGPSAYLq1NxJlJXGrxSmTvgX/j0bwKmqwsQ5MNcET6NnI"
    "kf1kM80tWzzRWsR0rMawT5GqNajPwKBai2KMcQn1iZezD6vLIqDBNj+lCnTCH1EyUenWNq"
    "ZqGfAXwzY3GgLOPFIJUzhkwNYSR266NhT5TG+M/BcvnDpzRLXtMwu/IgZ4/SDSSUa+RcSD"
    "R34b/G6J+HAQXnMETyGADMGbsRq7+6mA1CFs0QUi4zUWM/2drRos7MPDeCbdcwGVxlH1rg"
    "bbU41eX6BctbPBL+I4DjZ3+tMFWree+xrvvCuY+3D1+fL+YfL5S+Edgk0OvpHYp6+lT0/L"
    "nrb0IujvVw+fEPyJ/nl7c1k+nNJxD/88gTnhReTrnv+i0wcrOySSTxOulYyCOH6ksU1ept"
    "zX+/k+ozsgsMZ+qgzuSBm7LI+f/YA4j94v5JXJ5IpOHntmVShBLlDqU/567ZLHH8lDl3ya"
    "3T/AL2lY0tKzSBkBByY/mC4m9xeTj1TJAJ4b2Hx6wYGl1zAfIOWKs+pDTPbzL3fETcPI6n"
    "n+9zha4p5eroUbXh3fGQt9yc+xrsDU5a9m0qz8CfbwI1sS3BvulA/qC0MSXVED9qQu6i8d"
    "0Fsb8wdDmTXMxq4P+YPxCMZngXcjS2LhR1g7pyoY3XudKOyhkJiLwIkcQn9/JlOHvtn0Nz"
    "YN+tNYUPuUhCE6nQQRGshVQX57vVUX1ifwxt9DXVhfO8L6qJ5e8TbUiyEZfzjX0XaxMqZm"
    "gAAkgzI9mfPxI8iokbuoeOo/EtOhdmI1x1Oass3BiX6MicWxE2UC3h+lPzQp79PZvw0/ub"
    "y4ogbd6UDuSSWLPJGDvOSNo0uazSvsvJXwSkYkPLaiKWCJqxZEbfDfZe4KsE1qiY+1fp+e"
    "t6Y8AHxLtiCSL12bKOCJ5zeLKU7GC+24Hhk2xFOqfXBTJzMWwj/d2cGdHSyuPA5lB+/dvF"
    "tYTnRHTD8omh01Q3prTTwYrAfZ6PVGHlAgYKILCVSApGfXptZW8OyYJDPKODA/iv83IPDP"
    "VpQKg25nl+2MN4F3q94K440+dn7Q5MROCcQ22FTZtBJPRhy3lM686dGtyhuc3Kpce3DDV+"
    "UY/ASMa8D2avhOWL5zjm8cdrlvlhMvcqJGyT4ZheC2sWLYY7AMwDMb28nayOCZPnQFiM1b"
    "ICFUKqvr5FCtp+7v6d8mwDUvBxuC7pShrWVycLYCLXYvhZYBdluFGrcFrgsXpkmI1ThqpE"
    "B3QGQjkU6zQ0EasOSTMU9uy81cFNzCIDY1zpZlUB/sllG8KcLtkIlwEMSmApShSAw+ypYg"
    "XrQatiNSoZfWyyMlaKE4ZIYspSsQUBqNo2sOGVWzI82V58kpNkSwJZP77qJslpCt48EuFz"
    "gkkxlEvp/UoC65Eb11oItJx+o4G7wWc4GLI06QQSCybVmQTDmmZuV4YEEo5GhsnTPoZOZ7"
    "0dR9TWjswJ8hzD9FvtdDLw79xYlCNMcB/R97EDg3dykL4JbL6MwxJlCB4/y2hM8R24aA52"
    "eiwy1O/tUhPW1Aelqm9b9zN33pHao8XWvM4SXKFhW8YA5ORR6xPLURFQzbpNgW9WbNpyIm"
    "P94Rc/t+Az/9MvFxHPZb5qJDPHf5tIBEpMIh8XamJ458qYEjn50/TZT7lODw2URbcn8kc7"
    "OXcpyftqcQtNKL2d7jec5vz3vYi7afUwqaCKlE1hJRcXeWZoy1kqO/tBzxxMSzzZqd5bi6"
    "qoNwiPZwTA8KRSXw/rxMX9Hp5MuXu9tfJ9c9dDe5ur/sIcq9m7/Sn3+9m1xcbvgiFQ/14S"
    "aH+rD+UB8uHepdMko969+XmdwF4Rzf2OmCcBqcSq0PwqGnmvdILp/JCjgoN6S3Fg9ig3WS"
    "jl4PCDEKZBNi5WJicjjuKI2JOUcYSmtYJCBU5wsI1SRe4cbI9R+RD8hKEl0TIpDMYkYgod"
    "JcBKEfVCBBh7xzF8qTV+QJJDerdIviBbzCjSNIhMB8uqAHAbTCFUEPq16OVWEPe0wjf7sw"
    "3hL5cJTSUOKnzJx8/QKa7seTLSyp7JQovCawCAj65OfgNm+KtElgilQfmCK1PTDlnUPUc/"
    "zq+rjizViF06UkLYF/lMFIgf3LGDOkLp2+eHCP2D74XQGnnRNeMCf8lJhPV7XtbJKvNzC3"
    "6EDd2bCPzR19Hl+wixjVmZPvKUNtoMSvoRka4TV2z/M9Zf4Upk6OhL6HcMQL80DBQ6jFRq"
    "xlM+tgd93Iy86dYp1zXSCVsXOut0NzSf3Jm/rUU4LWuNJj/y6xrcSn+2atpapXRLx/VWwt"
    "q4KT82QHjE3e7qm2bCm/qUMgZm76ogQod06Gzskgrjzei5MBInnCFd0b0+/X6rtWfuRafT"
    "e5bjnXtqK2Jv1qNCYM2GGFIEw7/b0PyY7w+3lSmrEXF6ftQYl28P6zT6yFSX+GkT8HvfSJ"
    "kHkcGxrXr13WjAWcX+emEHjX7FTltqjK4mPfW8J6WQHoJdhbDM7zSEC9LvNsZWjqEm1bSk"
    "mVs9DySQy7y0jbKih1qxjhY8cGN5dAgd/HDALeqsHA+2grUGof0IKmAUajIIIiVYuOirhS"
    "SDx/ZGzVHHX3CfsCtG44jjwO1bshy6lpDB1WkLalS0ZFOk66mv1hih2S1SFZ4srjvSBZl0"
    "lLjpMaKCsb0Ftbr24+dx2TZcLopEC2FthK75JDjnJdR2IUSdLGPIM57nOGLSss9hyJfIhr"
    "zU3kTyFvHZPLauaK1DJ4daQ5dACVwJthbwVAlX/cm0pimVbgQ6rQgp63bUomv6Hee5Rwze"
    "9CgWBBtQYE0hIMlnrhiBZVMh20KxK0Gx9eW/UxK9OKHn9OeNigZi/3MENV7csavUW76FNW"
    "l6z7QBWqlifrVqBZb7YbHy7/8bAazEqDNK9vb/6aDC8jXCUYhapjtXB7PYxSoGoPjMJTqK"
    "VhPwegYMt1PLIzmL2iCSZlVk3pttUcri3fJiyDVYXl3FUyeDel3Cr4+xhgL2qMxxapBN9O"
    "8n12Yzw2nr8weGzCz2Z4bJGqPc95Th4FPDaRyg62+8rQw2redukOXbrD/mCzT77rUC3xpA"
    "Y0S77urYPMprmBa0Gy+KqIUeda60kjCaKmoNUyvHjnMQw1xRHyn0kQOBbhiBWme52FA3QK"
    "+QjsWj2InMJM8aVv6AshT3QEXNPsD0E5Hgwq+vsdcR5vAMtiNm+sbOCqQ/DN2+++8s8LDj"
    "C84fm3yU5bj3/F1lIFtLIq5jtHJXrIt6pKoBrLkrrOWnwzu3fZWgvPmrXWiscL3VpLkfuQ"
    "UjW2Ie4+mfFxUvaFOoUSsK/2HMqhgetOovzQDc6ieHg+1DeHQxZrCqojdQj/yyPuO6GPS8"
    "QPBoYlkxDZsP/TLT8gJnGe6QeWY2C/h3AIxwK9Eak6h44yh/Vn0G9lqDKMcLQIeZJe58kR"
    "zpPzPeDRqjTUIMYVYikzbBo8BosnfyEeKr0IDOzpwSLgQZGbyqREJrZMFM0kAF7katPwxr"
    "Vf7z5MbkAlvvt6N7neRiCjDeQxqhXHaKn9CN/AGggiozhcA5jJxcPVr5fNtQtNglND7TP/"
    "TDbx47cNDsizQ15008VhY9dMmfZwrplB8xdBYq4B+gow1wBMHLGJo8HZ8OA+GGxZAali+I"
    "q2axmJ0Hq0bMtg0mgyy1/NJi1El9p3UYW7eaS90CW4v8+IV5lggyWhQLFnS4Pe2mPTyIrR"
    "O0EYoTl2rP2Fv0JaY9i46H+Rqi3szjI+V7Cb9yfxfOT63iMJGPv34lDgKadNfWclMqFPgS"
    "yUMWt6Gk9fGN9ZSOYYWEW3dLBNwggqlTbEGmuvcUDkMf2koVdeUUAvJfS9oDqMkZZuHfc1"
    "DmKAppouD2XLYw0Ewqkzf3vTgB2CkiGdgkv0OQlCynfW1KCRMVFNLvZLxkQIr1difMv2mB"
    "7x6lCFtgF8SWd8SShdkhCK2CMdRnSqczgVtvdKx3WerC2nj0qg6+S43+8nod6qJIHQDFXi"
    "7muTIPLNiRDxrBCdUrskf/i//T2rOITgHnpswTWLHlimbIscZNJnXJcGbJ+zeNkIKgHGcL"
    "6kffDaI9+25PUy5d55vRvgibLaqGQ1rCgxwK3FXkK/WN4E1ZNmZGbQza8prFFBfjhkY8m4"
    "61dxl7eKUQaqkra0lRXInVM0MLvjFSDXeQb3YbwQem6TecQzRMgzCV7jL+LCu5t2LtkdCv"
    "L9NSk5KepahaCbnIKFNzTF31n0TQGcn1tbPhtFylY9G7waBQ/nLDwb8Zre+4ORsDH3ZLDZ"
    "N3CIVyZPVRwBH2Lqn3+5I25dp7Ccn3tSzEgS45F5cy5pEZYIQ1LVDK8xq+A6VxGZvVtGMb"
    "R0B5wqdg1+j6xKii3vgllZgef3yKmkTN8OOJWvDfgeWeV4pj8jO2DUFbvQe96qYqSOHpAu"
    "vdYOWPYLv+DP7HrvlWu1hmNTbn1h2Js4bHpjLu9GzIvRigiHTzvg4B272gO9mDhcfPvDtu"
    "+wzdzGVhO3Wdz6Vgdu8v1Wd5LBa0M3+cUREGSBk6oyVDlmcY58j6DQXwQmgcY/6W0Rv1Mv"
    "ATB6iHwz3UXctsCCcqxgBZ1OgggNhhV5A4e8cVdVo6WxmLGPp6kQCmRbAYKH8zekkCDEeH"
    "CQDwKS+VOODAIObigj0wjy60o4fMclHEzKrUc/aBSwkKcRPNW3EBubn/fxmza+i5i17bYx"
    "FramaJDuVygWK0LYGj0OHN9qHD5VImuL55Q7nDRjrCUebIiigkZ1bD0oWc+uXXkxu/hJ1Z"
    "DHnKi9HI6jA2IOb3pYN+NvBI60GanaV+r39QKR4Bu7Mu7LvDAMZeXF7debh8uPPXT5j4vr"
    "rx8vP4J2T398vUg6mh79nPX8qFluZTxe6EClkcH8WmofwpKSGQsRh/RdVHAT0D5b8uh1JW"
    "DfcQnYImhcg0gtIcurQakisr0ZLhXfAnGaXF0JG5RLmRhQXcJUSD4KFlprxib0y9RHDmTq"
    "egQH1EQD/PKZAUksjRfyumybl5l4dugz9QiFKKygIq/4mBPpcCuB98WeiLjVweCQCtyqQ6"
    "g6hGozzZltejo9K4Km9UmWKQWXSa5SDI/+59GfI4vVkRmyEsr8DMgvSoCMG8bo7cRz+CIy"
    "O5WNMraGvMhMKptt5aJsYgcp9WaQUtEAKXPFbr6L1bpvRZNJQZ8aaLCHmTbPA3eb1Bjfcy"
    "o+VQYb5wTmaQSXQqbJpimBbPbC5ANyXjYPOM7TtSrcOC+RQrgxl8s7DzbeJAq9g4c6eEhc"
    "ebwXeOjGjxyTnNTgQvG3vXWAkJeNWwsE8WvmiroNVEiDHg/xT8kfCukPz9E8IGc8cR27iN"
    "8BOR4LpoiRFVZXdL4wkuwAXnEbJUTL2M+B793BPQLvc70VcI8AzX8OlSza9f4RVDXoev+I"
    "CgGlhwZECygAyMVnghhg3Dtt5l5o4P7l7lKffPlyd/vr5LqH7i8vbm9YQMGXrx+ury4mD1"
    "e8C/LxgQWqBgdR2LDyQIGoNS0iFLvf57WdOMwW7CA6rKJJr2c1ZWeOpC0RSRoByJLuLlDx"
    "nXg7K4XVIJt335bHrfFvYkYrepNmA9baH35h6FoTJL1yzhKw+xILBCM/AUQ2JOARwwrCj5"
    "S7YQT+Xm4F0E3GxCE5hx5X7hlMmzl7Pd97ndHJ9dAzCRzKBqtHPwxfoKbAsh1yjAl0xkhn"
    "jAiv8bbRGvkudN7WuKJhV2zs5iwQCR3OqRhjkvoyAzL3A0Cd2ClwSmbz6BU5dnYYbFpXaM"
    "8+Tnq7qDLOub7vZY5EcLtEGYwUZqqPWfWndNridb6MO1807VhXImuNPRLnnkrDPntV+CLe"
    "oSIdJ7rXaNFZGvxqFXqejVurP/NrVvVlyceR5YImfbonZQBWDzkWfUmYkoqMV4aqByRkH6"
    "Krj3SNQLSsNR/utp2u3FJdudPFRNLFHEvnL1UTWRSIdiOJPbXlG7E68jKxLTBZzAGP/0vF"
    "kW4pWwljkxYvg/oeL4OlJi+idY7b0cuQj+3rovoOFtXXJ2ndazI0amL7UOSjKXivTj9dTj"
    "6yDmxw6MJHW1kmu4fnDSeIpnqium6qERepWqMQKwMbA8TCElzzLUXZelAy3533uiDfmrwG"
    "8XDB3wC1L2lp0YJ4ykfu4hXXz6lQP1d1UchRHbBvQrL5b5GmzSsv0/1mwPZ9M32iLdiHCm"
    "ksSS3mJuksq1TS3XVMSEoc6QHBYbNjooJUaMSKnhVWSXbDMbSpUgkY5i/TV/BsoNxzePy6"
    "H5YTYsOh4nvVHwNcZUusLmNeRS942SJjZMCbZBAohCCPwQWJAYTPloLYUtDgTG6Exu+iWn"
    "mOn02jGypIhX5dCoLIV8bJCSJZyPH1pxAKZCxC3XFdr7Kp3poOPkvUwvfuGQ9M6FWtmApH"
    "Ff1HzwnpGROvBeXWIsphA63MdRPPsUkfnibvzhLhAd+cn79eX2/hHpEMMAclDCl5fTDMFW"
    "kMbw9croe+TO4eribX4DC/ibMWjt56dWFVukZWvzgZlfAvjKJJkOMygm4koKlBjgudyBnY"
    "SCi3EFHeFouYVLFq7CUpkbUl0Eg1NIZhsZZxeZsQJsqqGhC8nxaIXRCvSKD6d531s6fSzL"
    "2W5QJ98V3HfL0nUbSiVExxUG+tW5EN18Pc+PXuRUaDYpqcv08bsuYsxpg5d22wVBTInBxA"
    "23vNVgn4/lzfxC4KFi5ERHyjtwp7KHJIQH8E1Ma06CV7yKSjnkK4sqT+AGXeYudJD6V9bc"
    "9Y25cKL6Ros6twVv5W9mg9Eaa/ZU17WdHAf3VOTVH2317n1GyJUzN+lTbOriBtKBCQbVJQ"
    "6FUbM1A73bKPD8g9Y3dR8fD/7f72pprtKUFZEXfMCP0PuU4oUN8f1iR7aEIiUTLtN2nbwJ"
    "aCNbQUPVYOFOsV0/fhAuXosdLZ0cA0WqZsjctMlVRoEj+SzZJ5lK5pb+V36fvXsCBJRiE0"
    "wjkyANukehJOi5HQmR+1FIlA0Xx37Lyr077jb9eq3UE2bq26za+ZK4QYP+2gwmbHMiivA+"
    "nMch6dCLK7IrqDOqDLWs4z63jFjmje4dSJQjR3cZYzP6UaLg7M6euyOn3wu78htq+pBrZb"
    "1WtPUUyia171erFoEU27UgVkcJhqY7v/hpCm3ZdocskzqWgYX8/ulEBwy8OUpdTbmc75+K"
    "61OQ6IFzW2+kpkW/H+gI3KMWd9aevhizj61lPc+fVXgisiWVf0Ms/RHK6LudSX5C0kkXAf"
    "QFBN5mGtLISGHqvJIjYGTKSBrMmjoSqnOEn6ySp4ZNkZswgM7OnBIsCubrq4ysNc/ypUEg"
    "utGiuaSYD1KohB6qtJCEDh5WDLOmPLQumyGpvom1jo9Qa6gEozXevrBxw64SrdORu0kQoN"
    "w3UjHb+RKg00iNHk2uAZlgwmjz2G+qRjyFcZAh7MU1BiGggmCCxkkCl9qrIkFnoi0a2wMD"
    "J89cx4OLH+jzXWmy/Htx13Nr97nKLHolUQpv/4mB4KfWT7ruu/AH6eu5RDQp7uHo8MITBs"
    "yga9OGZtBfXfimW2k+AYfg34sIO5WwFzi1xjfWdwUquKrHcuelEl07mEjg9MvPuKWzIZ8f"
    "w26N/18XLy8KmHrj5/ubu6v735fHnzAGF0n77+cvtV/3z761bBdLu3mrNTv9FrkSMSXCh5"
    "5W1kGHCc2ArEooIiFS7oaRgDoiVNTgw/noEjc9pQOnkaoa03VdIg9sOQYJMCFDrIFHC6BD"
    "EkEBCbBCQO0tr8BckRCS0DnoerDcBtF2fjGjKrzEECSP2H/rI9NA8cqCRA9y9mnPg2mvnP"
    "guCszMJqnJJYpGqNfzU7YmrCT2FXY2vbh4s1wuFTY9U2RyS4taGMwZGgjoas64PNUknwID"
    "4qAvLskBcEq6F7FfLndNaCq7wcYdiiS0SJtFWNIrIzvtQoIlnU99orQij4Ed6lB/oqndRi"
    "j+mI3nrgEcbqUTJ4A9Qxe5WzcNTKl/8cheaUWAvoMcLv0+MR/vSvM/qN+cTqS8IvZ46HZk"
    "4YkrCX+dXpWMt1vIq2iseaRFeqp6VwXwdhdBDGYYuG3198uvz49RqakH++hGww/fLXGMag"
    "31z8ol8JUjS8eVGAltQCKGT+Z3MWoh25RU+Rhil/KcX+7a0dNXnVoFLGWFWA/9YOIo0rjC"
    "rT9ZtnTxaI2pI7qRgjk/t0AF9gK9gHQ/1FZPrNIt1yJELvB0mZ+zHEvucmffwt+LtwfQmo"
    "MX7Xeagby+O9ZJzeUzFZ9EonNWZz+n1vndEc5keutZiT62aWqmzLEHllW8xehd6cysBUz9"
    "HM96Kp+4rwDOoTsVxMHnDAqtnhRJGH8BYWl/UTi8vqsawQ+jWHMb1lc/koM9gkUzQXNAd/"
    "dhmjou6Uvc62boltXXqltghfbYGlnQ9dLdSt+nr3YXIDNvbd17vJ9TYS2XHJnXhD1fmGWm"
    "GlENOZYbdaKMvEZWuFU/8YX0UoGalaf5Q/XCAILT5dsmPl7SbM5cXV58n16aDfk0rVdhJp"
    "yUvWd5dd2mWXdtml+1e4Xz3zYkFf86BW5c5GrFe66VjdzAav17shVJwT5JxErIirakBpUJ"
    "UM4x3qHE39F3odKBnthFBe7xm6n01xGAePg+cT4sPpxhV/+Sf6Fakq2XK4277BGwXXaPI+"
    "JuOFTi5VFa3P0wuAyeN+HHwAc0/5uc2Luau4qHoVOnusN872TSkEV9Wypz0Wh4vDCNEjes"
    "ZbrolShRfiFZpZkQnF4QJz+s0VZctmjR7BG65q6oC/JCxikMwgZhBbLEOmYcrdgaNxFnNW"
    "gGqLYJwiZaticVTVllmJr34pFide03sPxUnYmIvFYbMXSMH5ux882fRYuY/IvE7FKYxZq+"
    "S8xKP1MBm+Vs1JboCAJN+vilXZZNEw2hDbdBeQRlI+xOucZc/Rq3uhwxposJgXei8/6CF/"
    "7nisCByOImxOZ4Q+TAz2C51HD0cLKsNl1ee4U+mCczoAsQMQ3wwgAgigQ9WbRsIoUgmuk/"
    "LIkGwrgirRG0Mf5eiQjYJDVsSGlPlPT7vG3M/TCM57rtAUeB/5YnCenTdN2J4SCM5zjZg2"
    "K05PUpgqnfrxc1CaBe+0K2onr+7Uppwkut7OY3m44rTM3fpOyDkSoYFXddAHvo5NOEJzkx"
    "avD3JOaV0WRH1J0RLZ4QuLnvzZXngmU8aNheNGjhf+CPf7S3NhjVVZTlN7SwsTr/RoZlU0"
    "kVeRqtXi0gwt6/qerQudOt4zCSPnEdOjA0qIs2wKEmza+P3QgrTwa6i7lZrUmoZaeUKR0b"
    "2RNVKSOFvbBnerYsEZI9tK6uSjn49/QoArQG0bWBqaAwILB4//TBfhummOSyMMcBettpoD"
    "em0E8vLgXTK7dwvb1WXQFcQOwL/JurY2jnhdphU5MVZAJGZF0GuOt8tC2SrsdVK8YsuEsm"
    "nk6/IzKVrs64QEjjk9qcGo429769BpnI1bB0vX83jHMO33gtG+scplPfpKdYCwYfPwHInI"
    "yMfmLC4CS4qyCbKkKPXQEnz3R/nIa4Qs8eHvkLuDjdLpBivS6QbL6XT0jlFlY8N6gy1H0o"
    "auHU3PrL1aWUd1wf7x/8/8u2Y="
)
