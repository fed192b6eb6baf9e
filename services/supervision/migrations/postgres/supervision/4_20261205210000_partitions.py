from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# The large tables become partitioned (kernel/partitions.py, docs/architecture.md "Partitions"): each is rebuilt
# as a partitioned table of the same name beside the old one, its rows moved, then swapped in: from an empty
# database and from one holding data alike. Models are unchanged (SQLite keeps its whole tables).


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
DO $convert$
DECLARE
    definition text;
    prefix text;
    sequence_name text;
    constraints text[] := '{}';
    indexes text[] := '{}';
    triggers text[] := '{}';
BEGIN
    ALTER TABLE registry_record RENAME TO registry_record__old;
    SELECT array_agg(format('ALTER TABLE registry_record ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('kind' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', kind)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'registry_record__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.registry_record__old ', ' ON registry_record ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'registry_record__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.registry_record__old ', ' ON registry_record ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'registry_record__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE registry_record__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'registry_record__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'registry_record__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE registry_record (LIKE registry_record__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY LIST (kind);
    EXECUTE format('COMMENT ON TABLE registry_record IS %L', obj_description('registry_record__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('registry_record__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY registry_record.id', sequence_name);
    END IF;
CREATE TABLE registry_record_death PARTITION OF registry_record FOR VALUES IN ('DEATH');
CREATE TABLE registry_record_marriage PARTITION OF registry_record FOR VALUES IN ('MARRIAGE');
CREATE TABLE registry_record_imprisonment PARTITION OF registry_record FOR VALUES IN ('IMPRISONMENT');
CREATE TABLE registry_record_hukou_move PARTITION OF registry_record FOR VALUES IN ('HUKOU_MOVE');
CREATE TABLE registry_record_vehicle PARTITION OF registry_record FOR VALUES IN ('VEHICLE');
CREATE TABLE registry_record_business PARTITION OF registry_record FOR VALUES IN ('BUSINESS');
CREATE TABLE registry_record_property PARTITION OF registry_record FOR VALUES IN ('PROPERTY');
CREATE TABLE registry_record_pension PARTITION OF registry_record FOR VALUES IN ('PENSION');
CREATE TABLE registry_record_wage PARTITION OF registry_record FOR VALUES IN ('WAGE');
CREATE TABLE registry_record_public_employee PARTITION OF registry_record FOR VALUES IN ('PUBLIC_EMPLOYEE');
CREATE TABLE registry_record_village_cadre PARTITION OF registry_record FOR VALUES IN ('VILLAGE_CADRE');
CREATE TABLE registry_record_support PARTITION OF registry_record FOR VALUES IN ('SUPPORT');
CREATE TABLE registry_record_work_referral PARTITION OF registry_record FOR VALUES IN ('WORK_REFERRAL');
CREATE TABLE registry_record_check_refusal PARTITION OF registry_record FOR VALUES IN ('CHECK_REFUSAL');
CREATE TABLE registry_record_spending PARTITION OF registry_record FOR VALUES IN ('SPENDING');
CREATE TABLE registry_record_deposit PARTITION OF registry_record FOR VALUES IN ('DEPOSIT');
CREATE TABLE registry_record_tax PARTITION OF registry_record FOR VALUES IN ('TAX');
CREATE TABLE registry_record_insurance PARTITION OF registry_record FOR VALUES IN ('INSURANCE');
CREATE TABLE registry_record_housing_fund PARTITION OF registry_record FOR VALUES IN ('HOUSING_FUND');
    CREATE TABLE registry_record_default PARTITION OF registry_record DEFAULT;
    INSERT INTO registry_record SELECT * FROM registry_record__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE registry_record__old;
END
$convert$;
DO $convert$
DECLARE
    definition text;
    prefix text;
    sequence_name text;
    constraints text[] := '{}';
    indexes text[] := '{}';
    triggers text[] := '{}';
BEGIN
    ALTER TABLE audit_record RENAME TO audit_record__old;
    SELECT array_agg(format('ALTER TABLE audit_record ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('id' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', id)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'audit_record__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.audit_record__old ', ' ON audit_record ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'audit_record__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.audit_record__old ', ' ON audit_record ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'audit_record__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE audit_record__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'audit_record__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'audit_record__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE audit_record (LIKE audit_record__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (id);
    EXECUTE format('COMMENT ON TABLE audit_record IS %L', obj_description('audit_record__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('audit_record__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY audit_record.id', sequence_name);
    END IF;
CREATE TABLE audit_record_b0 PARTITION OF audit_record FOR VALUES FROM (0) TO (10000000);
CREATE TABLE audit_record_b1 PARTITION OF audit_record FOR VALUES FROM (10000000) TO (20000000);
CREATE TABLE audit_record_b2 PARTITION OF audit_record FOR VALUES FROM (20000000) TO (30000000);
CREATE TABLE audit_record_b3 PARTITION OF audit_record FOR VALUES FROM (30000000) TO (40000000);
CREATE TABLE audit_record_b4 PARTITION OF audit_record FOR VALUES FROM (40000000) TO (50000000);
CREATE TABLE audit_record_b5 PARTITION OF audit_record FOR VALUES FROM (50000000) TO (60000000);
CREATE TABLE audit_record_b6 PARTITION OF audit_record FOR VALUES FROM (60000000) TO (70000000);
CREATE TABLE audit_record_b7 PARTITION OF audit_record FOR VALUES FROM (70000000) TO (80000000);
CREATE TABLE audit_record_b8 PARTITION OF audit_record FOR VALUES FROM (80000000) TO (90000000);
CREATE TABLE audit_record_b9 PARTITION OF audit_record FOR VALUES FROM (90000000) TO (100000000);
    CREATE TABLE audit_record_default PARTITION OF audit_record DEFAULT;
    INSERT INTO audit_record SELECT * FROM audit_record__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE audit_record__old;
END
$convert$;
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXVt32za2/itYfqmzltKRKJGiOk9O4rY+k9hZjtPpTNulBZKgxWOKVEnKjs+c/vfBBg"
    "gSpEiJlHUBEz1UjSlsCtgbl/3tG/5zFi8XJHr0Yi8Mvr9YOl5yS+wwcs5+QP85C/Cc0H/U"
    "tumhM7xYlFrA0wRbPqPE0Hoa5c2tOImwndDvXOzHhD5ySGxH3iIBUkrB3o9oI89HoYuSGU"
    "HSy1EM/7IJ+n2p9Qcj+j/dwoPfl2b6afXpE1fXv4cfc0Kb/poX3O/4vcvA+3NJpkl4T+hr"
    "Ivr23/6gj73AIV9ILP5cPExdj/hFTnqMC+z5NHlesGdvvPurIPmRtYVeW1M79JfzIG+/eE"
    "5mYZAReEECT+9JQCKcEPiFJFoCL4Ol76esF+zlnc2b8F5KNA5x8dIHiQA170D+7Gw6vb65"
    "m366vJtOz1akJSgkRqeP7DAASdOuxowB99CF1xNNGw7HWn9omPpoPNbNvknbsv6ufjX+i3"
    "cm5xZ/FePZ1U9X13fQoZBOJz7X4MFfjAYnmFMxYeTcpxMvjFYF8HaGo2r2ZwQlCdChlSUg"
    "+L1OBOLBTmVw9vvSGNnO78uRq9v0k1gY/Q1lPW8gmzn+MvVJcJ/M6J/GaA3bf7m4ffvzxe"
    "25MXpV5P11+o3GvgIpFLiebgst2J5SdIXvnONpp4/PchIkXvLchuU5xb5Ynu/3L+K5brkT"
    "uiPbBt2Xx/bYok/GpkX5z0eAWL8VEsK0asvfJIdp5b6/v9l/dvYyObgDgz4ZuuNcDnwEx5"
    "dCRO5pnymHHdJGDiUypSUxHGL6qQ002P3JkMrD7A+oJPgYkBhDW1kMtAayGGi1soCvirKI"
    "l7ZNiEOqlKAw9AkOqoVRoCuJwqKE+9qghHTaHQraAJRFbeJSERR6vlkA6zSem5v38JJ5HP"
    "/pcxWopP9cf/7w5pJKhAmENvKSglqUi8EibhhVrIb/+XRzXS2AnKLEfcezE/T/yPfiFZW0"
    "QggpPw9wSAwdk0rCcEcgiZFDJZEP4UViAB4VxCDm+/mHi1/LS+Ht+5s3jGlhnNxH7C3sBW"
    "/KGpKbkAq9tF4eGUEHxTHqE9CWxAgUlEayKop3lIuJNyc14kiqZJGSfC/+oZTmqrv0xJ7o"
    "7ojKQnSuwQEREezcBP5z2pE1orm7+nD56e7iw8eCfN5d3F3CNxp7+lx6em6UZJa9BP3z6u"
    "5nBH+if99cX5bFmLW7+/cZ9Akvk3AahE9T7Eg8E08FX/8CmO4+SFARHljYfnjCkTNd+SbU"
    "wrq2q1/NtXn5CQ7wPZMhMBe6KdtV3uL5Anv3wVmd4SVr0NtodbHlphstLuLFue1jRAZUi5"
    "iYY6rhGbZFdezxqG/8jf5hDmEhj4lOP0lf51/8vnTdPn2uGw6hn5MhXebjcd9izyc/oMUM"
    "xyRG4SOJEE61kh4i9M9nNAuXMZmFvoNgHHRhrFpuFOzfyQLUUQsQ+38LGCDaqw6KR32Hzu"
    "mJ26fbuehza32/32+i8Pf79Ro/fNdp+LWletMZAJbgKImnVdY40HBq0JdMtE7JUWtJuH2A"
    "YRMbbEN8CKipeW4N20FVWbHzOG1ZKpF0hqFj4gzhbNVdZuRx9sVOfhq3QUM5xYvg0OFYOT"
    "GGVCkxLEunrEy1jycvmSEQeqwmKrKp6k9ZN7VamZWLVKqfotoAzMmUIHOjpP1HvP/Ht2YK"
    "frbHqEXKw2DVPcilAFyFdPiYTvBVAfj6C6Cks00YlrfqNQay08eMYHMAwSpmQ15AgZ14GT"
    "oH74VliM+xAV6kiU4oRBz2+wMw4Q7H2SeDlLo1IeJb2BrEpzmx6ZPJ2NBeVYQcHLMnFRD1"
    "t5yfHFVm3YO//zgh2C4g2JIIm4uhRLhZHseEVLKFxzRHNhwC2IQtXzJtqSWyXESFZdVKRm"
    "XKfQlpZ754tnfRQ7XkA873vcZu4KNI6mSdUMk6kZ6RLbF0kaozcFofGHp2suvMYD0eALQW"
    "msJ+0DV7e7sgOIlEcQAnm/9TACd1/vjoDfv+dE7mFoniaUxIxTRfGwZRRX7AaIjsScuTvE"
    "pHBRMS86/w8SAxHFVCJIIwqbJB3ZEvNSd3RnC4JbJFqJCZBTKDnyDchbHp7vLXu/XGpgwn"
    "v7+5/kk0L1ug/lILzYbzhQ+jP6tFslmL3mYUW2i72R8rmguH50AbjibM7TkkcGRg/Qd6eG"
    "P/NXQMhRHCQRg8z6nO1UN0UXl0pE6PPnTof/ETiehhkoQSRUQWYZTQXaTC13rY3z75UTuK"
    "Qk+Ks0qKc0Rs4j221pxLZN1RnYfOWER2FFRnMaA96c72DAcB8Vv5P3KSAyoGbNNurx0YRK"
    "PawaSvD8HQkve89QQ3mkzwsrFcmuDGiuIsDpm2GrNMp7yqTDccl8dyQICk3HVV1GJxek/b"
    "xtGsECqtJufKToYjxQDQuZw1GAb+86ttlojeJNRGr4+00SsCbVIOLyhft5NNRqm0cMy+Dv"
    "F7tgthf/pQB1TjOLKI2Dh2JCitiaC0ekFpK4I6snV4c9D3jiKMHXMCW5qNZTtxwTZMGW+T"
    "KGiaHHEcE3GcYNed0i5Hbfe8VUql11VBYA4zoWUJpXAq6SYPpHJdYbRpK799x0aEQUKCis"
    "CIequNRKK4aVM+kvSBqbNFNaESeZrhBD3hWGx/L8802plFp7SMkir1be3ySSoVtz0m391e"
    "vr28+uXyXfvVM9ZgizP6DCDmXVdAdY5j756u0WkStuF+iWwrERwsv2hEMEv0gsiIEYGM1A"
    "nd/yGzJXwK4pm3QGI4auD1eGnRKRIkHk62yIUs0W4Haw4mG6Nvsy3Lgk9bJzyChaVGlgai"
    "CsjhZkwbV1ctqD9MynRqn/ZSMFEuInCYlUah3lHiEuKArX/qLCv0sXpzV5nuhfauQynSVC"
    "Nz6IY2MU1u54LwYR3yPMR4UDqeXZu7xPvbrAGZRun5L3O1oE9lXE1CViRIoErF10I7y2+J"
    "bO8rYWeGX2kpyIbfTGj33iMJ9mT+BbN/nIBLq2UQ/Aqh4liDh6GazFecmb/EEI4aCq+Sj/"
    "hHOufeLqM4jM7qnMRSk95GL3H8OIVpPLVzgo2u4n/OqEjYNrWIwv8lrAIRoA/IzmGRxvDG"
    "HopDltfKsqDg/8s5iYEqIqse4N288gWOXXh/m9Ul2u9mUe3Dt8vy7cd0MRlDA9QtMhHH9z"
    "YradgEjgzr4cgwhSNrQoyzGdjYzZVRqA0UDcICxMw+gEMfxwmii9L36K6Wj+D4hqy0T+2M"
    "wxLR4aKG++2PcMfVwBQ8ARu+rjGdFgA7LBAqEwrK5jGSxqKqWZhqhfaszRLJCNReIWOCwd"
    "o7GIEPGE4B2Ka+ixHrPnvAVwqyiB8G93TPD4+5ieUCWS6cLTPjipSdyozjJXUMHTS1QmZc"
    "OqavPTNOsFFKjWO9V01PvGSLf52aeCm2hw1aIlMRs71ks4Z4xyAsKO/RM/I9l7wmFCElcX"
    "FdnwfkiZdkSrW6MCKvmJIH84TqdlGMHih/YQPwonQLiKla6Pk+262fVxXJg/7ySd/ssL55"
    "4LP0gEBaPkwjCqHCOfIcXn7a4wsB0X/QOb8Vpt79Icrg3FaHaJGyU4doXimkdIimY/raD9"
    "EupJf/SKXOWV9zhKbfNzhApZYbT8/0tXnlMTnDaEwsl346mvYDy+mOCcIB8oJ4kVpNoqVP"
    "j0DsxXQOuVRlll0rcPDxemP0E+qUVOSPH/zXT+H4HQ3HVz/jeEe+sK4nHNM9KQ7b5+4XyP"
    "YU9rcrSMrLH490sySiNGhMbfmc8lqUymuhR1grMaTt1ea/ObFZtNIA3M2lA1sNGAA9mVLN"
    "QChPRf7X7lJlssPZoQcvEALE7o2YWqXBNR5MbZIG0Xin0gaj8cgcGqNsg8qerNuXKiKOQT"
    "VreX2HTHPAuIsPl++uPn84a839EdGoCjsZgDt/jPusuhc2AHJJ42i7DswGy8CsXQVmBRbu"
    "QMTqzcfL6/b8VzZalTx6DgnsVpcTyDTdqIdvWlAHAaxzrA5C3n31yj6GCxJMH0irzUim2Y"
    "m3a19G0rGGRV3THE6D+UcDwdARoASi6x8IWUC1U4JgZCi1ICCqlLPToifQt5PJEp1TPmOI"
    "lnmaUQrbDwGFsyB9etZTPjpbJSMNjEYVmo01FZqN1cQxZiLYwuRXIOyWxW/owK1FwxW3WW"
    "ou+UYNfp1JG9hVjbluZQ1kvN3igpIi6Q4W61FyOwprVYyp8WrtyOqs8GmvLk+Hbjy+V5Xn"
    "Wx/0K9N0JfadiT2t9CDHvstj2XmJNG4Sb7PtSSRqh/fIaR9c8TEtFuB7d/v5cvrx5tPV3d"
    "Uvl1DX58eL95/yJ2qgg6wKcFNokBF0AxcUagJKkjLlsl1sTCi/Ulk9zCDqQG1xUJVIu3RQ"
    "FTKq5INKjOkbPahs5oNt7fIoESru9NDHLA5vOGF5dEM2D7Dsl4qRGBDHlFBe5x6Ko0FEJY"
    "WPajtFUtC6DUgs0XZqRUtSLcJEMahvcklza8Y2V1DIhF2aCKkayi/AKVxAkRp2vsFZANVD"
    "VyfA+gKpB/ZOtLeL65M+qF42MdP6qC+X69dYHvUqc1p+xBGdDwmpz4GratvbGKWVu0Wniw"
    "LZxpCtW/DfZTTVsVP60NZ4jCzETrHkNsoYQD3JjC4RFkcSk4SFTYkLIZEbhXP6F+xP6ByO"
    "7TldUQi6CWFVotUT7XlFKJcyvaq8FqQUviDKFRHXBRk8kin8yumCEJW0s1Np1m6EsHytF4"
    "5mexXcYCfv0MePXnnEfmVhELolzrFfY3cQNGW1lBN9nxIrJgMHouv6QwhbyQbwMmvo5dur"
    "DxfvzwejnlaqkyNEMVpxIJaOiUpQUOO5X6HsTA3isQ7WaEMflUtRZGNCYky7tk9THaBlAY"
    "qcQvFtxbQsAFquQbLKE6DxqHL7IvBxi9SYjKpTTnJZFsW0GCqRb9RDrhII+4g95z24wOqQ"
    "V9ZgM9yKHynM8pypcKk1uWURCFAUQlUYBHTsMkMWWGHorFal0WdGE9t4BZEvjhdbyygmcx"
    "IkWa1K5CVV1ybu8tWnnJaO4piDVyE5WG6uXISE5YCqVHzklErUkVSiE85XCefTc9ULW9UR"
    "yCkUV8rTwBuu/OW9bsvzdTNesHxcy/FxmeFQvWk6D4NkNmV52m1wZxVtZ5BnLg4WwQxJ6+"
    "O+CWURJ+l9OHCseFGcIAc/82IDJJXbdzGvesXGvg9siufhsqoE+1rjS07UIevLZAD66MSc"
    "sMtashEc3vzCFPd25T8lks6U/mShUaajle98YlhhPwU/sW2DWKfBEjJX2+ztq5SHywjawu"
    "sp8ZZ/pqpQOozjmXWVwtu8HCZx3qWBPGe1wHulZa8JAnfk1g0AOJPNcx5XBCDZwgPhVByb"
    "BgsdhPDpYb9Pn+smhDFwIK0PbDf7dx/u+YB/v6IrCeFcBa4C54f62RcA96MGnR0KRuZxZi"
    "UAk0lGRfxyqmHReeD5QDnS5jAU7ZWO/BnbUPNa1zQLMv/SHh8/4v3Y+vTB9Dtl1GngkdO6"
    "xHuRSumZLp8bqY8t7b0yfjbBzXaopkjVHWCTi6MAbIRQdodtlNSmfxan3mZ1Om/aSJ+eFZ"
    "o3UKjzAxjHPDCfBelzGz2zm3ASq9ZxtcUbXqDmqqYx7UvR7abCdIrQ64blvht1XrbQaFWt"
    "8bKMLBxMo2WEW12lXiJTW8ca21lRgQKy+Hz75uIaQrpvP99evN9GHjuuchSRR488TW16OF"
    "WsgU8UJfj19b5KtGrn6OkaZJGDNNguBF1HWdcbHx1DbWxkhwX8se54+ETRx/tVAM28L/7z"
    "dCtwt0rcHZDHHVUj14FbvIyJzWEf1Ibkgzoq8MuDUTPvWNOtqYJU6e3JdMbjrOI1lwlxnU"
    "LwagsP4V7dvFTNj8LH1ni8RKa0NFLruTaeZIBcdP902VoZA/7DY6V5zjaCRdGw1wQqPkiN"
    "GwDFtDlyPR8KgZ3TFeWC+YpKT8tuueWphObIfAUxjA/QEIsiuEnIM7zyu9SpSmBjp+pCtv"
    "3/3Esuz2Bdao0/C2Rqg8+MryXwmQqjW8jzVH5aRXmpa9E5+cBqBMU20ynta9Q2wW+VUmUj"
    "gu6ARXrkgqcedBOxtAphIvxkkYd0fBcCZ/N2wjl8DuYOJaNPoEqFPuo7mWS2lYrepNqoXl"
    "9sVF+tNUr87GL55mbPnEZpiRTUscEYTJ62y40N+QiOY35TUpX/yLSKzZp82q6RIr/I2zbQ"
    "41OdYFtvT1vyF+jZR1PcDpYU00G97RTL1Hk9Tm1X3G4Uhc544jxni1DrApHaPlGTYIubWs"
    "UVALBaMnlcvUP5SFpLo4lfaFDvGBqseIbUr1yyVYEvSTs+6cUH0oshW5tXtR2RoaWcdlwo"
    "bggOKFJ1aIehT3BQLQuJqiQKi5LtSxZiV2pZ1gEPRMqHfHznChjUNeTjSZWvF/vj3tzcMF"
    "93VtXhzVW5yt3nD28uqahK3rrVA9shNsHxNrGBMllXggMNa8xODOYgKgUHsvF8pdGBt+m9"
    "4W9wsube9GKr3kZ8KG4jn1oZweZyguIGc0YjFe6zHLiWwHInpcu2mRvPsLTBD+zGGG+elq"
    "NwPZ9AMiY8hPjynrhkjDh/Z/gxpiPkrZInz6aU/MoZ9rsVBQXV6VdlScE8ScAn03iGNd04"
    "o3LPvxBXrJ2qCioEjOoRrWpJHzuyOkgrpBCnJbYKhVJB2t/HeJSrGLerpibfwJh2Gz15yc"
    "wL2B7UQgo7voyR7V9toVCBSPXqDrrJ9HIo8JXiIrbZbwuONF1vMPNpq9qpz76rkEJ6irSV"
    "Q07WIUkY3Ms2McEw8Onni9d0CKKUA4xKDScbCewQrsJrIxOZRmnYKouD2zZTO41DEuaXQP"
    "JQjn8+ROFTPIVyey1OiALN4c6IfmthmJZriYqnpjmys9qzMAIkRnD444Ex0A+xU2UyWM/2"
    "nEplxqeGAjIZVjE+H8ORWO8sF75n46qrCNZzv0CosgD4Jcn6pO9UCQD7MPef0SIiMWlcqW"
    "MfkogI99a2331yOpXlYGgOq3g9rNmB8lEcXgDL4CEIn4KUtRV5HPU3pFWQduOuNH55r2nZ"
    "BgdtzMU1ZrZLNhL0QBYJoviBHtfY85G1TOBGD7SkHYniJGxaxGyNIPZyeZowzLQMeC+RKa"
    "7q6pZri7MlDXnPDFKqJKFnHG1f8blE2qmyz7JoCmWfMwGdaj8rYx+/5bdAbjKQ32aXRTa1"
    "kOfXS7YwkXOialu0mV1hye3P9NQEPIsDRL4kEDjqZza3Ht2nozn22VXcLHXBJU8IJowjNv"
    "c19vADd2Kt8Zu+fzrD8WzFyP1bMWyBtWfW8eQLN1vTzz9OlnAlLeHM8dE6rkumUjumK/cU"
    "0U0/85SpJR11/RI7swV2xzGhbtjWjoRxits6ujFW0bgt8kiCZOpU2p/WXHtUoOpKLMqImF"
    "bmnijceATDSW8gdAhOZj2xS7G4rh7PJQeFTOPbyq7r9JLAaS8DiaYrEjA0MHkYlqGVJRA4"
    "SHT2a6vofYQKhCwYzhCH8GRgu1lNQnT+vMTBK8ifxhTevpzh21Sq+JN2IfGSCvtQrfopk6"
    "idwMtz2VLbqs15TuYLP3wmJG64few8CMDHFT7OtRGhgmS7cNDDbSkmpLfrrsNS2mmf0bkd"
    "zucksj0Khh/JzKOnIOzn7pIC4V3t4TuMB6U9IxEJ7JbpGxKR0noPVzfHA2MslE6+NRUwge"
    "/ZMJgeWvhwCLPaDgm5DyNFLKk8mjha4CipxM1rbnRaoVQ6WZqFtZt9fSS2sTJyEOHuxEE8"
    "Ne+7WDX4cMqIUigjivuu2vjzcopuuPHomjFACuwqW+7AC8GQmrnxcJvwjkM76zIDb5uVIt"
    "Gobvjgfm45Fs3x7kmciFA0yUZOh7XNmtn99c/ChN7cNisojhwkexfhIMY2sP/KOX9Vs1wm"
    "k9xxajIdAINckpyYSgYn6CkKqS4AQgIvxzlLSw8jh0TtdOgDmHPVdKxBPMe6S15WW/bauN"
    "dkogYeNh5dwkSZe7bkiBTJs4VZMzYJHM9hQQ8Qp9XjERHpfsqiq/n0IDgGK00cQtMZK2oF"
    "kV1xRc2DY3bkdJHryWF2cpi9vOIBVT/q3DXrIvXq3TWqJZNwrSUtRAE7EO85SnNJWoTP7z"
    "yXJOVt8/yF9KnacMrSwS5hWXoWfYfols/plVAJ24LZw6PY7SzWVBuEE5e4JRxLogiMQFvC"
    "2N3zn5/s7cwJgkJxGejDCVxoZxAWCsx6jc7/b4ZwAPkhTXXt/WdQpfCsqRkhbd4RGwKXAS"
    "tnrQ9MXthgAqAoRT9q2xCOZ3DbLKE9XwaSCui7WJjenmYkQF6CbBwgi3CAcO4lcW6ag/H3"
    "wMYNtGlxMAYhoFVmS331d9ZTCPPzn5HtJc+vnzyHv5BEMYpJho2PZ+lTCfh+WoTJ2xmxH8"
    "7qAG/eore5Eh9tO7WzxhsBLrwbsfY5qtSHNlwQYJgu+LlhAhmaBb7ZMWHYkorQIRRMJuET"
    "K4/9mgcc0EE7ULNgwcsa4Pzm64A8pYXVaSdWse2R+nCCtR2FtWo7SnYFbcVslzfx3FPC5/"
    "h2cYg7d5bwRdZGFjmF4lomxPlkiRi818IEn+0m2whhx5d1xJTTVVFY60KFMpoXRwodUBzS"
    "suD5BSPXBE88GwxyIvy0g7JMaWhQm8ggOI/anQmCQnGbjnwEjycsI9bSGeSiQCucIzEMtQ"
    "4P6agO4gWxkzBqlZxZpHoRGDvg4jDtvlgceWFySCDLRsNXCHKjcK4mJluEi2VdRcb6YssF"
    "IqVzmXVw0nC7tT6ADFpenTGNuisoqcJsmp+VhzecsunS9kZmiUb1050dJ7y4hbiRmS0QVV"
    "JhOS/b58HKdJ1KgpUlUkiC5XL5RjNgCzvk0qInz2yr9Ogy7Q6mxgHjlQxwLrn9fmlmZINq"
    "PDs6MhsE49ZOh3g5n+OoYoOuV24kkm6YmccEcpCMMdxbadgjOC/7Q6sgemlMaig1SpoYrx"
    "IyP9toZmStei1MjVNPUGy0N94ERNgupKsKMjNypqn2EPxiwrw5lLN0oqzaDV/4rsoEcnlQ"
    "bOUUroU4lUxVCOPVGwhXhNgClZdJVY+AEfYQsIFkdnSVAbn6N7TsSmE5XdGivp29OxkJ2X"
    "HWRhYFItXB+EbzlRqYnCkTre9BKFJ1JfE5rUaV2qikxOd0ODu8BaG488RpCFvzTUdQ7Cke"
    "Y+dQhjLxLUVoV7cfLt/10LurT29vLz9eXL/9F4RYwEt+vPl8/W6rvWfnhUaCMCEV9vM78q"
    "XmqM4IlI6fNLOQebC9ii6/zH5w+evdevyYmQ/e31z/JJqXQaVa+PGCRN6a20DSr3sbESPO"
    "G24CivWIY8dhG98KJHuhS6AebNXejlC/Wddfj6CUTtKcxfuPIoWV1YLDafOvkLuDfpNaQr"
    "RV/fHWX/He019MSFWtlXojqkTSBfdwY25/9bbRv/4LSThviw=="
)
