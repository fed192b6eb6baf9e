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
    ALTER TABLE change_event RENAME TO change_event__old;
    SELECT array_agg(format('ALTER TABLE change_event ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('id' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', id)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'change_event__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.change_event__old ', ' ON change_event ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'change_event__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.change_event__old ', ' ON change_event ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'change_event__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE change_event__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'change_event__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'change_event__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE change_event (LIKE change_event__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (id);
    EXECUTE format('COMMENT ON TABLE change_event IS %L', obj_description('change_event__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('change_event__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY change_event.id', sequence_name);
    END IF;
CREATE TABLE change_event_b0 PARTITION OF change_event FOR VALUES FROM (0) TO (10000000);
CREATE TABLE change_event_b1 PARTITION OF change_event FOR VALUES FROM (10000000) TO (20000000);
CREATE TABLE change_event_b2 PARTITION OF change_event FOR VALUES FROM (20000000) TO (30000000);
CREATE TABLE change_event_b3 PARTITION OF change_event FOR VALUES FROM (30000000) TO (40000000);
CREATE TABLE change_event_b4 PARTITION OF change_event FOR VALUES FROM (40000000) TO (50000000);
CREATE TABLE change_event_b5 PARTITION OF change_event FOR VALUES FROM (50000000) TO (60000000);
CREATE TABLE change_event_b6 PARTITION OF change_event FOR VALUES FROM (60000000) TO (70000000);
CREATE TABLE change_event_b7 PARTITION OF change_event FOR VALUES FROM (70000000) TO (80000000);
CREATE TABLE change_event_b8 PARTITION OF change_event FOR VALUES FROM (80000000) TO (90000000);
CREATE TABLE change_event_b9 PARTITION OF change_event FOR VALUES FROM (90000000) TO (100000000);
    CREATE TABLE change_event_default PARTITION OF change_event DEFAULT;
    INSERT INTO change_event SELECT * FROM change_event__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE change_event__old;
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
-- The feed's ordering trigger runs once per event; its one query is planned once, not per row: the services'
-- sessions force custom plans (kernel.db), which re-planned it over every partition for each event inserted.
ALTER FUNCTION change_event_after_earlier() SET plan_cache_mode = force_generic_plan;
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfXtv4ziy71chAlxsGnDP2LIl2dmDA7jTmZnspJMgSffunumFQUlUoo0seSU56dxz57"
    "tfFqn3w5YcP6hE/3QnDksmq0Sy6lev/z16cJc+eXBtw/9puljYlo4Dy3WOTtD/Hjl4TugP"
    "VUN66AgvFtkB8GGANZvR4dxgzQ88rAf0Tya2fUI/Moive9Yi/Maj1NPR96XUH4zof6o8HH"
    "5fjjVTPUGuQ9AC+z5yTYRR/LUoePDc5f0D/Z8g+q2e+4Rt9Ox6j6btPqPjz1dfpueX9Fn9"
    "PlalDz/BbAxXp9OxnPt9f/HSsf6zJLPAvSeUyqNf/8e/6MeWY5AfxI9+XTzOTIvYRkYQlg"
    "EPYJ/PgpcF++yTdX/uBL+wsbAsbaa79nLuJOMXL8GD68QElhPAp/fEIR4OCHxD4C1BGs7S"
    "tkPZRQLik02G8FmmaAxi4qUNMgVqPoHks6PZ7PLqbnZ7djebHRXkHVGkJBF+pLsOvCt0qj"
    "5jwD1M4eNEkoZDVeoPlbE8UlV53B/TsWy+xT+pf/LJJNzij2I8O//1/PIOJuTSF5K/rPDB"
    "n4wGB5hTMWEk3PfIPZ03Za9BimI4fcBeuRByZDlp0GXmpRHxfpU4og+2Ko+j70v6ymP6rz"
    "SQvi9HhND3Xx33B+hnxFeBolXUkNkc/5jZxLkPHuivA2mFOL5Nb05/m94cD6QPWZlchn+R"
    "2J9AOok0/ICyq4kcYgKxJaAOsUlPHWksUa7HJ0k8+aaMl/o1GC/1KxkPf8oyXn/AjkPsJq"
    "xPkeyK+cmNEnP6/HJ2fXZze3V51FwI8dH/fakQqf99OenLQyqQ1EoabwGlzhZQqreAkpcE"
    "vW5+vDSRQ0ywRyk0Z748MUaU7ZI8zgpiRDRMRUAcutF8OksUL6exKPp1dgUdVS2MfmFf+E"
    "ttbgV0XjOu7mSF8pnyteJcytHlZEOvIxJYc/KTEZ4Au5DSZidVepPIRKb/qgOTSiheUT3Z"
    "rBDF5+ndWY7NWNfJojmXc2SvZHJ41O+ex/LQoNxVR30lx+NoPbtgsW67+uPMwC9+kcO3c2"
    "zblQpnlnK94rmt93fYb8xZpT/UgKcm5exEkekRb5p9euLIBnB5ZMp6xHH6+YRy3H2i07Zt"
    "ZFv05UaWwy5nynQULbe2HjuUVCXWXOGXVbrq7ZfpxUWknCYyMqgJ0WwHJBQ7f/m3owkVJS"
    "RLw368AyJ5GAQbtuXU1I6a7QR6zSxmzVmdI2sLv1VJT+ufOX7rS8+jdy+Cxe2W6fRRNpkt"
    "iOeXsf2T69oEOxWcz9PmeK9R4l0dQvEnDU94Wea6Deg8QxXuT7aIj3wR9KTR7aUfYiiv4v"
    "Wnq6sLeMjc9/9jsw/Oc0bw5dcvn86o5sP0HjrICjK2cYWMZhr2rZK7YoUtVk4utlqaExRc"
    "EhOD/jxUCBWaTe6xjeKlNLfT6hlqqyy1okqaYXNT9KiMeqMrfY/aUl5EJfYDQHV8aSi9w4"
    "y6utQ+waiUTubOFzadAykT4qoTMUso/HGoqP0JFaTZl0BsmIAgBwoIb8h+xjJc/dq/ic7A"
    "WtdD0QID5BGdWE9b0Im3eFA+uHMye7J8K2gsuTyp8LKThxpVHVSC6WaTB4ocX2i6u3SCFw"
    "QLQmxByHC3oDtsUUxzy4czYUYHzEtusr/dXl2WC6lAmFf2LD1A/48aDf7OjJ+j/zKXDt8O"
    "2tKyA8vxf4Lv++8NcC+Twb/6YAA7EVRuRZ6A8RMuE83p3D2LTuHVwvtbCMzFwotusuMv03"
    "/kL7nTi6tPjLmuH9x77CnsAZ9yYvRIeDDMPILp0d5IlKXErRbniPQN+Hc8hq2owsE60JUI"
    "T6B3I0f2o8M0tWzxRGsQ3TIawz5ZqtagPgONai2yNsE51Cdczi6sLoOABtv8lsrQCX9FjY"
    "hCj7YJVcuAvxiOufEQcOaxQpjCMQJsLXLkxmtDgcv0xsB9dvwHa4Gotv3RwC+IAV4fRLrJ"
    "yI+AOPDKb4LfFYj3B+E1R/BkAsgQ7IzV2N3PGaQOYYMuEGkvoZjpz2zVYGHvH8YDZ8bLTH"
    "8g+iPlOg7KzzY4pCoEVkK/6pSDH0Q66SZ9CRR909BA6dflaD+GqJ9swn58fiAO237ghAbZ"
    "EB89E4+gcN2I3l2MEa/eh3fnX85u76ZfrjObEU5L+IvEPn3JfXqcd9nFD0F/P7/7DcGv6H"
    "+uLs/yt1w87u5/jmBOeBm4M8d9ntE3NMXh6OPoo8z7Q1/rkgO7GniJxu/NB350efb3ouIS"
    "fbjKpaTqKrwU6lijrwAlQPBWaP30IDD/bs7o36YXEK9DCGg7pmGkx2wCxmw/WkHH8wW27p"
    "uDMDnCHeEv2wGQR2RAmT4Zg6I5Ho90AJDxOIJclgvigfEHUSThougfcEAvVfcRYbq5HfKM"
    "67rWDwPCUA052OiczlJu4YTek5u3fogWXaBx5dgv4dvUkkM2fPFXnrFxtF/jzZun3JU29T"
    "Zj8SAM0nwsDcWLGVuUxy+uR+jR8jt5YTI5p5PHjl4W+JUKa/0t/bx2yePP6KWLPk2+38PP"
    "cRBp4V2kjADzhpsRp9Pb0+lnahICzzWsPz5jz5hVMB8cgCWWxaeQ7Jffb4gdB/1W8/zvYW"
    "zbLX1cCw+8Kr4zFrqSm2JdhqnFP82lef4T7OB7tiT4bvimdAi275PgPCDzo6oY7XhAb22E"
    "Ngxl2CUbuz5AG8YjGJ+ESY8NiQWLYvWEGsz07LUCv4d8oi89K6Cqeg89kQeL7mz6E5sG/V"
    "9b+pZDfB8dT70ADUZlIdk7/aouCFvgg7+HuiDsdgRhi2Z+biuykZuekgSmZzTnw8f7PmF7"
    "WfLWfya6Ncd2OcdjmrzNwYl+ConFQfVGBIx/uT/UKe/j2b8O7T47Pf8yvTgejHpSDj+N5D"
    "AqxE7QJc0XJXbeSjA8IRIeCVdlwE0VA2Ls+M8j7rhlKNxE7ffpfauPBuCNGBkQdx2vTRSo"
    "23GbZYBE44UOMxprJkS/K30IKopmLEQ0UWcHd3awuPLYlx28c/NuaVjBDdFdL2t2VAzprT"
    "XxYPDMS0avN/KAAgETbUh3BfA2eTa1trwnSyeJUcbdqOPwXwDoZVOWSwy6rT22M94EPq16"
    "K4w3+tq5XpMbOyYQ22BTRroR+Z3DKNN45k2vbmVU4+ZWRpUXN/wpnzEVgXEN2F4O3wnLd8"
    "7x2kHyu2Y5cQIraJSamVAIbhvLmgnuPR3iaDIuWr4CxOYtkBBKldV1cijXU3foJW9uJ2Tk"
    "YEKItDw01UQO1kagxfal0DLAbqPEkLbAdf5S1wkxGsf4Zej2iGxE0ml2KUgDlio44anIqZ"
    "mLgltoxKTGWVEG1aHJCcWr4pH3mbYMQVwKQBmyxOCjZAnixRZjMyAlemm1PGKCFopjxJCl"
    "eAUCSqNxdM0+o2q2pLmm4xujyb27KJsCsnU42OUU+2Q6hzylowrUJTWitw500enYGU4Gr8"
    "Vc4OGIEyQQCA9lnCgTalZOBgYEro8nxgmDTuauEzzYLxGN6blzhPmnyHV66NmiP1iBjxbY"
    "o/9iB8KcFzZlAXxlEZ05xARKcJw/CvgcMU1IT3kiM/iKo391SE8bkJ6Waf1v3E2f20Olt2"
    "uFOVygbFF5IubglEdjllUMccjskGJH1Ks1n5IMqvBETJ37Dfz0ReLDOOw3rBwC2Tf52wLS"
    "RjOXxOuZHjnypQaOfHb/NFHuY4L9535uyP3xiJu9lOP8tj2GoJVeyPYer0rx+iy1nWj7Ka"
    "WgiZByZC0RFXdnqdpEzTn6c8sRT0w8N7jZXY7La/AIh2gPJ/SikBXSZ7lmL+h4en19c/Vt"
    "etFDN9Pz27Meoty7/JX+/+vN9PSs5kbKXurDOpf6sPpSHxZTirpklHdiJndBOIc3drognA"
    "a3UuuDcOit5tyTsyeyAg5KDemtxYPY4BmJR68HhBgFMgkxUjExKRx3HMfEnCAMhZAM4hGq"
    "83mEahIv8MXIdu+RC8hKFF3jI5DMck4g/V1fer7rlSBB+/zm9aE8fxwFP/hLQv+lf/sj5S"
    "rPOGvZsH+9FzwI9H7CMuXpicarM/q1A06EgIi6GAkBlMgVMRKrNseqKIkd1gh5vTBeEyhx"
    "kJRz8TNsjr5eg2L8+WgDwyu5VDLbBBYBMaL82txkp0h14lik6jgWqe1xLG8c0V7gF9vFJT"
    "tjFawXk7QELZIHYxnOL23CgL14+uKhQ2K77LeFs3Y++xwYEWnm9RWHiOLAOsOdhx2fBwyf"
    "G8cfKnbfZBLVMR2RMUsIxXAYBgkxL2Dz7LkB4QWqoOkXs5yYVVQXKTwcinFIE5voj+eVje"
    "aiP/fWm9Z04Myq2WHuhhcZ4pXDPlrpbm/p6lGaSnj1+5N0t7e/+LFDK6LvIRzwknlQiwqq"
    "pBKjaFLv7VtrRVRwB2gXSCHMrux1gRQtUTvj2IG68RMxQWvCJkJfPjGNyH//apWzrItTeH"
    "6VHC2rAtHTZHuMQ9/srTZMKX2oQ9BtavqiBKN3DiVBVLHOofSGHUoQteWv6Ksc/32tvmuk"
    "R67Vd6Pn5vOqS6pe0z+NJ4Shcqzoh27GP/chsRV+PomKJvfCsvE9aJ4CkR7sE2Op0//9wF"
    "2AXvpIyCKMAw4ryxc1YwHn12WXC3xqdqpyW1Rl8R0XG2KySWuGgs9CDM7zqM9ZVZbhyjDk"
    "Am1byoblMw7TCSvbyz7cKAB5o3jwQ8eBN5dAht+HDPjeqPXP22j4k2vs04J2PlqjCJAsVY"
    "uuirAqTDh/pG3Utnz7xRkEaKp0GHnsq6tSkj/VGDosIW1L/6qS1Kt4NbvDFDskq0OyxJXH"
    "m0GyXNe7tjGbTzmUFQ/orcWy6NDZIh67Hs2i4xEbn+BFyhBaxarSSAevKf8j1aRSDlRkQc"
    "cZjz6P5X+Cnx5at1kBeoZ+5stF1N0t/FSna0KG+wxuVseAjKAS3OqQM+kQKoFPw94KhOpd"
    "3FAs5FaDMFuCwRTM3AFiSarDDsXEDh+Wzn1DmyRF0hqDJLkwcgbJYskugy3kApepycCpZm"
    "Z3ikRwmzvNUlUBeHbMspVC+5uXQRbIAPfIHFqQNnzZs1RtsQqVkTwufd0D/Egcpufs6JWP"
    "+LVJEnueUujmAWkWF9LaQc3Eforbm2yBnXQWiLjc7FTKUrVGLqIeSwLFBp9BM18WAfybVZ"
    "mAmx201tZMdUqePVg1s3DZd3xkRIgSJbZeVd9iqpBCPC+RjBPW0pT1K34JBYyw5tKbHaM5"
    "mWvEQ6a7ZFZd2N04bi6OdZ0sWNdx+imUkusV7E9RJvbdoRarRqh56kNHZgMds0omlsNDky"
    "lzWXvmD6EDjhOCayhuv90FXbTapKVStC2dFa5pbNQWacU2a1ONp39GqcmLbNh2kIOoklkQ"
    "z99g02TIBE+9DktxU+UHYsnZ3SKyRDoQSCQQ6I0GkCmaMYqKEmT6TMY6mTgNJ7l22LCDRo"
    "aoRcIYx2VtAJKgeqq/XEDxGhaenFOYNxHP9ot3eMSkOnfoNK0vnhSR0EbzWNOhZMdAUXnJ"
    "DkimGbFUeHCt9RBVv2AdUN7SeQQDSFLEAPVYmadZBL/VjvfIULUG1MsE0oDL0+JGY7Rjdo"
    "HnHTqicm/cLYmp3D5/N+mOy+39ogTuyI8qYy+mEPrQCdESbUJyFVrTQMhffJQs51XMvzv7"
    "B1NLq2Mr44IPF1eXv0bD8wGXZcJpjKfmyIQWk6rJcHFP+kbScS+CoETx7cT8bObcyZG15S"
    "JISyRzKcRy2Y1vh2GVGxTBTdO1qgwNz3lTh6CtZkrScNQW14y6f2NlaUTyXvwIiLMq2TMZ"
    "0FvbvTcFkZIM2XrfRTQ8lVtJ4HWBfRnnWUrq5CSDyhuGj55djxqh9xCG5kNIGnbScCe9/X"
    "Tb1R9TPV64e7QYJnegOXTehM6bUEsqnTeh8yaU3rGt8yZ02LVI2HV4ec3g8iqK43aObbty"
    "p+RpBffx8Pt8Iqtwnxug9/M+6GADQOBR+hqnF3vdNKtwFw0lVYn3DfyyaqfcfpleXJRtjf"
    "Kor2qsojWtS0ryPcWEJAyqjlUmpFcnGmaoWhPXG0beScN+KsUQG7blkK0lohcNYWBWRSPb"
    "1RyubGYrLIMVmblqShm8nca2Jfy997ATNAbVslSCHydgibHSOkqMqoXzFwZUi/jZDFPLUr"
    "XnPU/JI4OpRVLZDaTWVXPuYLP9w2a/EGKcLVz94agCNksG9NbBZlCCeUbisWuxsjsAn5K+"
    "N3/xESNGxw555jcKC5r1A3p3f+gh343a2Xg+eqT8BPTK8sImLD7yA8u2mU1fkjq64+96Bf"
    "YF02lyt0Xjt3Or7apLjqyCljCESnIKmUAyRDTvQ0VwrOiJE72ydUUQEwiuWagEg+k+GA3B"
    "UMGO4c6RxXp8BA+Wz5tN0R/oO7+RnrH92Bo/wN5m3RWzlK26E2WzD3r1RNdy92O4ps65dP"
    "Bb8jfXtgz8UnVHRn9ee0M+pAauvR7DpyJGnbhyxtJYguqbI5WrpyehswZ6IrhPxPMsI8z4"
    "wHSnGthDx1AMgT2rx9JDGDxE36tnQh7pCHim3h8ChDQYfChenQecxyuu1ZDNtU1yXGYqvt"
    "pI2dn1mon/2mK4V/UtGWKKJQ6IVbXDU1Silw5XFAkApJGkrMNUX83uLVYSZ/830F2i8UIH"
    "GskjCGhRJyYojtGMD6OeCHULzck3y69OzkwG1LiJ5mT2FI+tcRnNCWLjo+zFJLaANetRpK"
    "EaHeCKCrtnPFbGJ+gZ7gO4BizniZpX1j0OYBe5pmnpYFz5mNpffEQ8VWp/WfcOw79Q8Oxy"
    "hZXMy64mQWbVxT50sQ+1pNLFPnSxD6U3Xhf7sFU15L3FPrzRvL1Msffzy29nt3fnv07vzq"
    "8u0TGIBNoLT+RR5o7/AMbl6dXXy7t/wiB5qJkMClPTSkHdJoE7zvVjuktjx1qWqjWOtbRK"
    "lrFgw/XsyLHGU6D92cIjPilLYKquUF5C2pYutqoEGTUqnF8lCeE+CpeEjnlqO7IMv+aeWM"
    "H9nRQth9sQQrMYyxsccXk6wY+6kTky2e6Af/sSHGmGNA61ATBOonUc/tSKOIs9gkvOrVX5"
    "gHnSw/RZeLWAJqoCFe8mhP5smtC7TybqkMXI8AzzIft88jMybShaC8uFHML592W/r0mvP+"
    "bC9MFxg+zBiPX0Wwwr0vubbqYMcYt2lCox/XqgyakdlVnM4bfVM2WaNwvbzjbcVwXaFm0s"
    "3vxS0YcjOPOGkGzOlgOlsbZTtj5Ktu032C7EJjr9Rt0KXjaUScUTWicZVR7KsWRSizqsfO"
    "6xv6FccpTtk8dAh6tGHyT7hS7pwLtlvrDdl3lD/TpL1RbVWh8OwPYcgGrdh2J/4bWSrAb5"
    "hDiRat1jrqNe3E/ccnR3TgRVtrHvk8CfwfybCDJH1hJJKtKIGkbjCVQ8oco2A3kwA0fZck"
    "IpAlTSQyniHvrPEjsBPQEFFaLjBqQkA6Y69SImENormHHjpOsGxdMXLwUDXEY4WHpl8qje"
    "TlmqluymtHggjp1DDnEz7lHfCAt6xF625wc38qkdM4+aRw9JT9SjMaoX3LhgcoZMcJsJdl"
    "SE1IlUJ7lUEM3DBHOkLYsTTESTiROMBdQFCh4+RCPy3FWGaKRce+tCNNJDa0RoRP2OUl29"
    "U05FwEMM6NCqTCCoaazAYT0ejXkRCPr6Bjx2jzmGiY9MgK0cA94uYj3RDwxLw24PMUuDnt"
    "w2KYvHOMgc1kdf/JH3O/oBvV/9o391YRlChmW8B+cyd4SpOrRNThzNAE8uH92leC7mpadh"
    "Z+YtPQ6K1JVJjkxsmciqTiK/cqZO7NebT9NLUFBvvt5MLzYRyLiGPMaV4hiXpErAAdZAEA"
    "nF3mRwND29O/921tzU43C90mfBFsnED4/Re+TJIs8z3cZ+4xoTedr91ZgYNN8IEqtxQLcA"
    "UzBh4ohNHA0+DmuKYnvFJKj+R1XERm97ikRoUIM7qWR1BKHOqUkL0SIohCxnG5V+LRIfBm"
    "nvN7+ZGcyeVlWhJCwET4QQbrKk7SDtUhOk/V02tx4RrLEqjCwuQlXjhDne6Nq0PD9AC2wZ"
    "u+t07Qfuwp9BD9kmPM9StYXdcl/Wo6KXlexmnEaOi2zXuSceY/8uGB/2LGpcWTdLJvQtkN"
    "RkTCrrhtMXBnbzyQIDq+iRzstgQ33ZEiN5VTpY5TP2mBwWf9IwFBjQN1UiuWZy8qSvchAD"
    "NNV4eShZHvMgQQHr1+PaW8wbgwAYm8zCxjYa9q1mxkQ5udibjImQuya48T0yJwYvUwDCY0"
    "v6GMZDxksSQhG7p8PIjOocVontvbICT5qsLbePQiBgddLv96OatYokgdA0ReJ1eHSCyA8r"
    "QMQxfHRM7ZL05f/6fVZyCcF3zEILrlm0dpGyLXIYkT7jujSIa4yPh3DOMYbzJe2C1w75sS"
    "Gvi5Q75/V2gCfKaq2U1bCiyAA3ljupYccKQFM9KQwNbwprlJDvD9koGHf9Mu6OmXoV5R9E"
    "0fC8TA3lcbgCZFtPEBYahcgfP5JFwEtdkyfivUSNOnkdoboZJNtDQXSP4M2qo2QpW+X1TO"
    "taOa9nrGC9U79nBpxfGBu+G1nKVr0bisJaxciFdyNc01t/MSI2pt4MNvsGDvHSTOiSK+BT"
    "SP3L7zfEjrOGc29Lys89zaYXi/HK1HaC/hltkujT5L3Ih0pugVXwnPOAzN8soxhaugVOnW"
    "KfTGPo9S2yindKt7axA1mT9vM3u/vAeeBv56z6HD7qrbKKB5xvgVHn7EFv+agKkTp6Qdr0"
    "WVtg2e/8gb+w571VrlUajk25dc2wN3HY9MrCHLWYt/Dcew/Pt7JBr6NnfeESoW+eOMzc7j"
    "sXgjwB9h+3wLgb9rQ7+rC3xK9dR7um7oOKcNfsjbE63pVfUzMrGrw24pU/HAFBEm+qyEOF"
    "Qz0nyHUI8t2lp0POQbJ5wwysXoT79BD5odtLiKB2PUT/W+pgPB5PvQANhiUVMff5xV1lsZ"
    "aGsIausaZCyJBthKPuz01TrCsS1tRj20MjEBcAbQQbIaVdGat3XMZKp9y6D8uR1xVFmkbw"
    "7KpMSHF63ocvvf4mQv1ekVQvq1BFLNP6XYRoP3odWK7ROOosR9YWhzP306naRI0c/xB8Rk"
    "XB14Oi9WzbAxqyi99UDXnMidrL4TCoIuRw3cu6GX8D8D+WF4eoPtczRIIf7PKkP+KNASkr"
    "We3Bs889dPaP04uvn88+g3ZP//t6Sj8V456FjPkmsojGCx3fNdaYO1Dpk7AmwCa83kn41r"
    "uoYiugfVZwhJaIpCiPX1yPWPfO7+SFyeScTh47etn7X5XY2y55VOFH9GMPP8fAQuFdpIww"
    "iE24CnM6vT2dfqYH/+GSr7NYewUiVQDkV4NSWYdAPVwq/ArEaVIdU0yDFQ7SoG+KLpN08P"
    "AJlG/iJjRUxbAgwdkh2KMmGuCXTwxIYtnPkA5nmryBypNF36l7aLFieCXp2IecSIdbCXwu"
    "9kTErfYGh5TgVh1C1SFU9TRndujN6F3hNe28U6QUXCapHkjpek5jg3VIGrI2EvwOSC9KgE"
    "QlxujNxLP/9khblY08MYZxrS0um03lItexg+RqM0guWEFeyhVb/xSrdN+KJpOMPjWACtCq"
    "bvL0ebtJn5UdVzCgymDjVMo0jeBSSDTZOJOSzV6YNErOy+Zx2mm6VkVppyWSidLmcnnjMd"
    "p1gvc7eKiDh8SVx1uBhy7dwNLJUQUuFP61tw4QcpJxa4Eg/sxMT0LIHp8M8c/RLzLpD0+g"
    "GctHnu+PbcS/AbpFQDBFiKywjrmLpRYlVUQ960OiIvaz5+/u4B6Bz7neCrhHgAaI+8qx7f"
    "ofCqoadP0PRYWA4ksDogXkAevVxu4EMcC499D18PrmbDa9vr65+ja96KHbs9OrSxZQcP31"
    "08X5KeuFKAawQNVgL/AbFmzIELWnk6HZ7/OSWBxm87YQHVaMmoHiJg3ZmSJpS0SSSgzWNk"
    "CGTpDE2VoFsQZJ0Lu2PK60f0PdPbbiUuMjGbDW/nAzQ9eaIPGTU5aA2ZdYIBj5GSCyIQGP"
    "GJZPEL6n7PUDcPhyM4CeMjqGp3oE2x9h3szb67jOy5zOroeeiGdRPhg9+qH/DLUYiobIQW"
    "bQmSOdOSK8zttGe+RdaL2tcUbDqdjY0ZkhEjqgU9YmSecgjyxcD3Andgsck/kieEGWmVwG"
    "G7X03r6Xk35dUBrpXN1+K0UiuGUiD8YyM9YnrGxWPG3xGm+FLUOatlbPkbXGIgmzT6Vhnz"
    "cEYot4g6r0NXaIzbO1q5Tp9JC16vQCBs+SUobrNWr2+KgiXxJSqekjrtJCWAa0huQlfcdx"
    "nzre42ZBbUVLt+jXBj5EUmJkkLmr03fI0qOHsohKliL8gv7tUjGFf+jBE6xCrNrhZ/TdSR"
    "rWsX49T9CQr8d+hK+gH9PXuFPMO8W8U8w7R0HnKOhMps5lsEuXweezL1enN9O789PZzdm3"
    "87O/99DfruiLGf4G1/np1Zcv53d3Z2fhZ5sIR6oTGydVx8ZJhdi4B3hOM4U9RdIaZT2tmi"
    "kyRPJCKi6cZ3QxqO490zDFOaXmFflb3Yo4T9eSZsTyUIdgXAn30wHSkOecVnePgTs95Lk2"
    "/Zd3Iu4x5VXQFsRMr56ZrleU4Ooa3RnCA1bnXr81DJnwDB3wNcOsUTjrvZba5vwK3RGbMT"
    "tFLDLD6UaB/pOaOYkZnpr5fru8UdubOBUFiFezPEcqNMNN3iZ9NATjIjvvvbKbW+XNVNKI"
    "QnRtKPQpT3QIoJje3vIaDEDEf9tIF91BM8l30FE+wZvE6igvEqjJy55W4ZlxUdQ1UGYybj"
    "2IyZsclXTpTqfHpnLBGTAYf3EPWQYcW+B5p0KMQD72ITr/TNcIRMVYgP19bYczthRn7NAS"
    "kdASy5jxTdVEFhmi7UhiFxsD7ibWVXRETIMZ5QOe1hyLIz5SNhJGnYbfg+qO34NCy++mjv"
    "6WpJmnU5a7ZOW9JSv3SdwFkQy1ipRlFLjoAbD249/Opp/BFGeXLny0UbjF9nVozfKCh1kE"
    "8dVFDbNUrQEO5YGJwT3F6valgUO2HhTNd+udj8mPJtsgHC74DlD6khrXYg2n3PR1rnPEV5"
    "/whQM+LAteon6u6qmbotpjF93o8N+g+iTvw0fPmwE79/X4jTbgHMpU54k68zWp0rNKJd1e"
    "/9yocvvMI9hvdk2UkAodhkfvCiMnu+GEyktWCKC0zw8vEK6NUu/h4csZG5aPNYuK72V27+"
    "EyW2I1oFhGL3g1dm2swU7SCNR3HU0ABcMQwJAsBbGloMHH0d7BxhQ/m3pgS0iF3i4ZQaQL"
    "fqcEES3k8PqTD3V/l/7Msm2H+GWtVFb3cy9QC9/JfTIAj4cq63IIRd47lk/vmHAtKLUWUS"
    "6bZ9d7nOl4gXX68jTZOwXCPe6cX75eXDTfPbKkDZnjFiqN9cEwl6UJ7B54XA9dT2/uzqcX"
    "HM3nxVgOrLT5wdIojfdevXESKuE3jKxKULpnDL2pQVOD0j10Ih/BRkKphYiyWwyiU8Wqce"
    "h3jqwt+ZOKpjIMC7SzjE0IE2XFWgmm7/1r5VNiFnYhhyKB6u+6mNGOGvX1Wlbi6Nq1Lf3l"
    "lgTBigrY2UG9tW5FNnzmp8avdy8yGhTSpPx96pC16tYmLGPFBEtFhoJwgxGoZKZCwPdnuz"
    "q2kbe0Ic3rB/0qv4cCi3g+RGotHYM+sod0OurRhydLygfoXhE6T3qImCYkHD+Rj6wJeIkX"
    "UrTZlTgr/8h7tB4J099ict7b5V+dU1OU87fXOTVb4tQMt1LtCHDShjCb5JCC/lXqhIHa8Z"
    "F9eEDuCdvLkpe/OvA4JmhLxHF/CNFm8bTFix7O3R0NTKMiZWtcZoqkqN+X4/FIz5lH8Zp2"
    "1lWM7r+GkX0JhdAI51gDbJPqSTgO6aMz76L5qptwV6ni5f261yjkEdFsnqVar5ZHlCihTD"
    "cwlgcMeZvwG4TeJgohvJlxuoUx+yCeBNs9kDRMX8seeraCB2QFftgzkWcDa9i3/BI1/NCz"
    "6WIEO3W6U6dfrU7Hm6+JLDJEYkui/CSikrg8m97Mrq++nd3c/ROaPd7dnH05iz4AD8Xd2Z"
    "frq5vpzT9n09vb89u76eXpRh6L7SdavqNajdBBltdqzCmAu1L73kvZRn3Mm8fm2EovWstG"
    "xzb2A3oNv3zoIXdBHPT8QP9hRZt2wfM30b26eS4Zb12dOaAGxqDQuhodU3lJcHLJigkJse"
    "aEB3xqr89z3airNdXZZq5pbiauInFbxDUiUDZW0cCRysMPS0RHl/eRLi8luhEZjqLWKQnB"
    "gUTH1OcmN31MIDiANtbwKDZqzQlkJA0VuObZAsCRCpHP8G75G/Zy2klrYZhQ8xTCLFWbJM"
    "PhhnD+wjR10qFX+UZtnbKUrWrspCoQeTBm+Z2Zxk5xfmfX2+l9BEkIiB+863CI2vJ4K4EP"
    "NwwUOaqAWcO/9tYhq14ybi2Wyp+ZKrcYehggbCDBbiBgYCB9NKx7K4BGAYHlBxbEDxjWE9"
    "MjGI6TAJULGyftlx4s+iZ5+sNLETvd+7e/AittCtNtF5/bUeao6PBcNXgqWhbpttyvI0hS"
    "USdm/xVppNtXDG3yROwm7I4JxAZFZX0kxRkm8ZwPn86wwB5xgsaugRzZRrzfVxuzEeljzv"
    "rc0cMXcfCjJ3vyz14ILqkeUKn1Zmj2V8dJ6kujDSQRcR8CT9URLyXA0hbptRotorZWLA1G"
    "6mg8VEaxMhx/skoHLgbALz0NOzNv6WF7ptu4LKuneiuUEgsdjiCrOtS4JgpDxvpKlHaV2R"
    "xsWR/ZslC8rMZhUXWioqqDogQLVAAlkq715RND6FbozsmgWio0DJ/FsF89VRpoQqQtCQHQ"
    "jBEvTZdG5E7Csj8hDccakEYe6FuVFA6iNxI9CjMj/RdHj6GJv/K4gWJO8WFn893hFD2WIc"
    "jiFfiYHvJdZLq27T5DzHLqUVZUsS8c6UMy7gMb9GzppDrAmNeLCg26KCGRPwM+7EKLhcEy"
    "VqnzGSnWF0KGbH/X7IYhfKmKAE0qAXSV2HdqArQiLaqrxC4WMPHmK7GPyJjXFFNYJfbp3W"
    "89dP7l+ub89uryy9nlHQQG/fb196uvsy9X3zYKB9pVIdLS82pdGdLyo0o0oaSVt3FckJQK"
    "CBQpf0lvwxAQzWlyGxkJW8+d0HCgPzSUTppGaOtNYYEpEBRBxQEotJco4HQJYkjAIybxSO"
    "gJqr9BUkRCy4DXPlQHkCoRVkDURqzFG/Gg3KrOwqkXngXVW+n5xYwT10Rz90kQnJVZWI3L"
    "wGWpWhPSmFwxFSn/cKqxtdUTTrNYuwD7j41V2xSR4NaGPAFHgjIejhmLWfkePAivirAfGq"
    "yGnlUssrF2xasDqbxhrfDmkSk50laFpoxTRce70JRUaIpQ8CPspTu6lY4qscd4RG898Ahj"
    "Z0E0uAbqmGzlpARA6eY/Qb7+QIylTYy48SGrqkJ/+0j/oj+yRuXww0fLQXPL96H9YexXp2"
    "MN23JImR//MJPoUp9aCvd1EEYHYey3mdzt6W9nn79enH3uoS9nUIFrdvYthDHoX05/n51f"
    "igJiNC3E2pL6q5lqq8mcxQg/p7dIwzJrMcXu7a0tJQCqUJ14osjAf2ML1R1KjCrddptXrM"
    "sQtSVxTNbGetzhja9gFwx1l4HuNot0S5EIfR5kululJn34I/hduL4E1Bi7YPcGB0jrg91v"
    "qZgM+qSjCrM5/ntvndHsp0eutZij5yaW6sgcQeSVaTB7tQ/o8UBXTvLpp1D/jgccsA4iOF"
    "LkIbyFxWX9zOKyeunqHch1iubyQWZQpzpfKmgOfu2q9Il6UvY627oltnVuS20QvtoCSzsd"
    "uprpFfD15tP0Emzsm68304tNJLLlMudvosLChuYfK7IQXy6p8grJtfJ6EyZKxu83SMbvKv"
    "p1Ff22FADQVfRboXC/OPrpkm5zr1LlTkasV7rp2JmeDF6vd0OoOCdIOYlY4yxFg3ZMChmG"
    "J9QJenCf6XOgTZ/lQ0uTJ0sn6AH7YfA4eD4hPpweXOEf/0L/RMrKZO/va1/hjYJnNNmP0X"
    "ihk0sVWe3z9AJg8qQfBh/A3GN+brIxtxUXVa1CJ6917WzfmEJwVS1520NxsApX9Iqm9uJi"
    "YVuHFUnGDdLQiowo9heY07x0kmyYElxT4A1XVGXANwmLGCRziBnEBsuQaZhyt+doHLJweU"
    "Rj3d0RE+woI3VbDkOCwaocjIapo4qe8Gz67IPwHtGI7Tr3PgpcMTbLcmFsWLcnS9mq4ChF"
    "MVk9sULdnnBNbz02KmJjKjiKzV4gjfOb5VvBZw8/VymcyYC1+iZEtgczIxpbo0o0+Uif6L"
    "lP2EaMGAFxKhNS0gBtVYkc9QPlfaT55/LQUHhWpI59yE18xhbrs8L6g76g6NE9HntPD4rw"
    "J3oIEgbIJrTwvQXTWrgJfneivtj8CfTgc58dPrO/UoIXSO5kcVjRA+OnLNzFMuy0TXVfnw"
    "+g0mbtDXhaZxev1WHKLcWUky3BNwqyNgpc2T627De0Gv2tWo07u9gnyhjaaKsgDnUCXU5l"
    "jQWtRPM/fJ4GO0RnC+LppT0zV6LIBdo2gcipK4kno41MSOIwzf74/7D/Jj+HN0zppbcxni"
    "w3gJOT26gomepGPVmqtnTrMcdyJBWVHmDMtgTLntnyOr+SLWOVdoB9+h4atRssrZDVTrr9"
    "xK9RXTnGBC0RIRfeiEjrRMgW1oO6dkxNhPyPmijBQWTWtJRvikbw+ynRv5NCvkwvEKWML+"
    "dlw3jWFE2LfGiJJLIZhEwe2/BnFr1nnFPNoZY0XbuAlgyXU0AL5/Ibh1lakIIWoyjnAZkf"
    "rYNa2KBefbhlZkUEazGXK4dkry3e12oFrMFLGejK4AQyfb0XBkggywdSHKA5lVP8iF60rT"
    "2oDVX09O392zs4o6VwBn+tG4ogRSRwWHfmvA7PaJF9SakN21giRdrtCGZH/vAq7V5k8bxr"
    "4E+4YNIKY/iT69oEO83sYY0SCahmgiEcq5YFhwTTSl6t1H+6urrIaJafznMb4fIrpIgeD3"
    "KYU0WayoE1v+sHN3BXqn18RE2dbxEPXqvvsYcjRpCKrUq5qngtHlUaqVDE/2/XZ7+C/nR9"
    "+StaLmwXGywSyEPYSZ+HkZx76JEsgiT1//a36UdJVv5KVbMAQxEBRL+Wvh4FRVCMaX13uF"
    "MvLKYaPFCNEgREtctOfWy1+iiizrKry7GNSsu7yN/sSpd26uQr1Ul+3zfdI2mqjfbHvjpM"
    "pG/8sd4fRrDPeKyMQ7d+5oamPzUO7DvILqKTCKDiH2N7g22UpxPdzzIe6uDi7AOib82pFv"
    "zzvxfkHlQ1/tuirtNy1wUDfOv/lgiicgdFw4UvIQi9XWW9b3IHP4vDgL0kjaXY10+XAmip"
    "9hKQur0ottwmxH/AVP1usg8SCqF3QGhYwN2O/YeoIGa4icXwNKYmk79AHOy9rDyGyjCJ6C"
    "0SRAJpSxHukzFzGmiT8PZgp9Dr0YjQqx6jEZTfn84vpzf/jH3wsbPr4ury108lXvhP/7w7"
    "mxaCwrkp29ARnyMTeodEXaRGptSPffGxCS+KOz7m6Cbh+RnSVrmN06LJxeeHAuo8x4fGD/"
    "/ueo+m7T7fBmRxVIEgZsb01mGIz+HomR8NX4siRl+AgCQF2Gl4ENUPVYfYjBSPcVwU94Q5"
    "Z+nTHarFg2nFMDn6Xa7XQ+7CcuhnvRCWm9Mbx2cB67517+BgSWVYdCEfdiodINhSQLCDNU"
    "SCNaBswgz6BDcSRpZKcLWH19JMjiIqhvrFIvL1NGvwX1pVTTPPf3rdNeZ+mkZw3vOMwwzv"
    "N8sD3T7n2X3ThO0xgeA8V4kOtWOlCYnV/Hjqh1fwm0XatqvOaVrdqWzSEel6W69+yhWnIn"
    "fvyI8KxSZFInSpGmUAsNp4osMVmpr0q1h4d/aPu4zhU4jmzyAJ0fB8iH/uUEmU1qIgqvMw"
    "cmT7z8Y4+i9z6ehMGdeWlh1Yjv8TfN9/NxfWRBmN4mZouYWJl36RWBVN5JWlarW4VE0lrM"
    "YP+EWTdaFjy3kifmDdY3p1+L2w/wTx/A9iCtLAL/7MLtWkbufYtqtDVdOEItdDGRtjOapM"
    "HroYDLhjRqYcl0XjjgbAFSB/DZaGFlCzBi4e94kuwrbjriCNPBBDSVViMxF+WWUY3n6ZXl"
    "yUhK82hvRaiORl0Ltodu8OthM9ank34hcQiSngp6VyKQplo0Lh0+wTWyaUP6OXb02t8OI7"
    "KVq18CnxLP3hqAKjDv/aW4dO42TcOli6msdbhmnfC0b7Sod/NfpKdQC/dMNX4x4pEpGRj/"
    "oszgJLslwHWZLlamgJ/lZI1GmELPHhb5C7g1oNiAYrGhANig2IKgMpqg226jAKIUsdNL2z"
    "dmplHdQF++f/B/t2E2k="
)
