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
    ALTER TABLE payment RENAME TO payment__old;
    SELECT array_agg(format('ALTER TABLE payment ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('period' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', period)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'payment__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.payment__old ', ' ON payment ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'payment__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.payment__old ', ' ON payment ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'payment__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE payment__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'payment__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'payment__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE payment (LIKE payment__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (period);
    EXECUTE format('COMMENT ON TABLE payment IS %L', obj_description('payment__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('payment__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY payment.id', sequence_name);
    END IF;
CREATE TABLE payment_y2020 PARTITION OF payment FOR VALUES FROM ('2020') TO ('2021');
CREATE TABLE payment_y2021 PARTITION OF payment FOR VALUES FROM ('2021') TO ('2022');
CREATE TABLE payment_y2022 PARTITION OF payment FOR VALUES FROM ('2022') TO ('2023');
CREATE TABLE payment_y2023 PARTITION OF payment FOR VALUES FROM ('2023') TO ('2024');
CREATE TABLE payment_y2024 PARTITION OF payment FOR VALUES FROM ('2024') TO ('2025');
CREATE TABLE payment_y2025 PARTITION OF payment FOR VALUES FROM ('2025') TO ('2026');
CREATE TABLE payment_y2026 PARTITION OF payment FOR VALUES FROM ('2026') TO ('2027');
CREATE TABLE payment_y2027 PARTITION OF payment FOR VALUES FROM ('2027') TO ('2028');
CREATE TABLE payment_y2028 PARTITION OF payment FOR VALUES FROM ('2028') TO ('2029');
CREATE TABLE payment_y2029 PARTITION OF payment FOR VALUES FROM ('2029') TO ('2030');
CREATE TABLE payment_y2030 PARTITION OF payment FOR VALUES FROM ('2030') TO ('2031');
    CREATE TABLE payment_default PARTITION OF payment DEFAULT;
    INSERT INTO payment SELECT * FROM payment__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE payment__old;
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
    ALTER TABLE payment_line RENAME TO payment_line__old;
    SELECT array_agg(format('ALTER TABLE payment_line ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('region_code' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', region_code)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'payment_line__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.payment_line__old ', ' ON payment_line ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'payment_line__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.payment_line__old ', ' ON payment_line ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'payment_line__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE payment_line__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'payment_line__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'payment_line__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE payment_line (LIKE payment_line__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (region_code);
    EXECUTE format('COMMENT ON TABLE payment_line IS %L', obj_description('payment_line__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('payment_line__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY payment_line.id', sequence_name);
    END IF;

    CREATE TABLE payment_line_default PARTITION OF payment_line DEFAULT;
    FOR prefix IN EXECUTE 'SELECT DISTINCT left(region_code, 4) FROM payment_line__old WHERE region_code ~ ''^[0-9]{4}''' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF payment_line FOR VALUES FROM (%L) TO (%L)', 'payment_line_p' || prefix,
                       prefix, lpad((prefix::int + 1)::text, 4, '0'));
    END LOOP;
    INSERT INTO payment_line SELECT * FROM payment_line__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE payment_line__old;
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
    ALTER TABLE roster_line RENAME TO roster_line__old;
    SELECT array_agg(format('ALTER TABLE roster_line ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('region_code' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', region_code)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'roster_line__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.roster_line__old ', ' ON roster_line ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'roster_line__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.roster_line__old ', ' ON roster_line ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'roster_line__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE roster_line__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'roster_line__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'roster_line__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE roster_line (LIKE roster_line__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (region_code);
    EXECUTE format('COMMENT ON TABLE roster_line IS %L', obj_description('roster_line__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('roster_line__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY roster_line.id', sequence_name);
    END IF;

    CREATE TABLE roster_line_default PARTITION OF roster_line DEFAULT;
    FOR prefix IN EXECUTE 'SELECT DISTINCT left(region_code, 4) FROM roster_line__old WHERE region_code ~ ''^[0-9]{4}''' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF roster_line FOR VALUES FROM (%L) TO (%L)', 'roster_line_p' || prefix,
                       prefix, lpad((prefix::int + 1)::text, 4, '0'));
    END LOOP;
    INSERT INTO roster_line SELECT * FROM roster_line__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE roster_line__old;
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
    "eJztXWt32kjS/it9+BLnHJIBIQnI+wnbJPEOBi/GO5nLHh0htYyOZYmRRBx2d/7729WtOw"
    "IkjKE18CGOLbpEq0rdVfXUpf9b001vunA9/Ixt/2NvoZv+GGuOq9c+of/WbPUZk1/WD6qj"
    "mjqfZ4fAZV+dWpRWheGKG4+fer6raj75zFAtD5NLOvY015z7pmMDBf0CRAaZFnIM5M8wSt"
    "4dedj9bmoY/bEQGk2R/CdN1eYfi07wc9ogVwxJ+gjfpjsa+TrTftz3jRe2+ecCK77ziMl9"
    "XHL73/9NLpu2jn9gL/xz/qQYJrbS3DQpH+h1xV/O6bVL8/HG9j/TsTDtqaI51uLZjsfPl/"
    "7MsSMCk7H5EdvYVX0M3+C7C+CmvbCsgPkhg9lk4yFslgkaHRvqwgKZADWbQHytpijD0US5"
    "708UpbYir5AiwengkubYIGsyVY8y4BGm8KErCK1WW2i05I4ktttSp9EhY+l8Vz9q/8UmE3"
    "OL3Yry7ObLzXACE3LIC8XeNrjwF6VRfZVRUWHE3CevnuOuCuBqprr57I8IMhIgj5aVQMjv"
    "TSIIL+xVBrU/FrKo6X8sREPSyE88VdFPKJp5Adk8qz8UC9uP/oz8KYsb2P6v3vjqa298IY"
    "vv07wfBp8I9COQQorrMNNybA8oqsJ3xvFg0sdnOdnRTH9ZhuUxxVuxPN7xX8VzaWp0yY6s"
    "yWRfbmvtKbnS7kwJ/9kTIDpvjoSg5G352+Sg5O77b/f212qvk4PRlMmVltGO5cCe4PhScP"
    "EjmTPhsI7LyCFDxrUkWi2V/BSaAuz+uEXk0Wk0iSTYM6DwGcrKoikUkEVTWCsL+CgtC2+h"
    "aRjrOM8IchwLq3a+MFJ0GVFMCeFbbVChdMopBaEJxqLQNYgIUjPfLoBNFs9oNICbPHvenx"
    "YzgTL2z/Dh9rJPJEIFQgaZfsosisUwxYbj5qyGf9yPhvkCiCky3NdNzUf/Q5bprZikOUII"
    "+HkAJdHSO0QSsiGCJESdSCJ+hFeJAXiUEkP4vl/c9r5ll8LVYHRJmeZ4/qNL70JvcJm1kA"
    "wf59il6+UREVRQHGIDg7UUPgGH0vBXRXFNuOibz3iNOPw8WQQkH8NfuLJcJYNo7K5kiEQW"
    "4eQKKAgXq/rItpbBRDaIZnJz27+f9G7vUvK57k368IlAry4zVy/kjMyim6BfbiZfEfyJfh"
    "sN+1kxRuMmv9VgTurCdxTbeVFUPcGz8GrI17/ATTeeEq4iXJiq2tOL6urKyieO4Kwbu/rR"
    "s/CcvaLa6iOVITCXsi6JrVyq9lNP05yF7dfWAjDJQfXtAMyUDFfUxPitAAx8AQooYjBExA"
    "3QaS0w9rqNpvpTdGkqddglYgvqggzqr9X+hF5m2MVIRTNn4eGZY+nvPLID29gwfWR6SHOx"
    "TtST/n8If8fuEmkz1X7E8ImKbPyCyEWPTGgVxuFvemcwqKJgUCT7XA9tkxyylNslcsytXp"
    "pOwTkjG3fGUYseo7ivdkDBVdaD29FCqooPR1UK/aOELFJEvANMBmgO0BNEZ3REgPZg+nyg"
    "GYHqU+zF8zTPZdiEqWYpOZcD09fBXhWq/Hj2ZWXRKrISWutXQmtlJcDWid3SayFDxrkU2D"
    "ogTpuekAJ7hF2kIDUKSEFqrJUCfJQrhTkxyQgby6vyVeqd1PnBfGm51WiGtm4ANYlg5GZU"
    "OzwWesawWjhX76anaAvXDVyXEqhgmpB3WFAypBYDo5KuCJFV4hl4AQidOeEacWpzgnYAhO"
    "SLI0W0CQvhaTUllb0sYYn8bDcBuGVPg4oG9DbIBcCNDH+fyHOUURnh+MPpitqvNz/3JqPh"
    "l/LhiPjlzgTo4Ck+ofDGOW57nXx49TBMfxp58HV0P7q66Q2Uq974mnze7rYwBF91nd1jJ/"
    "NYLmIeZ1GphHksZ9VRAA2sSnetCkpQvJUjuSrfZmmxtgURMNy2AAZxYs6F1YrQFNtipyWL"
    "kTaJrmxSIqu7k7WY2YrzVFJbJKi4VxV0RYAqJwzvCLA61I4W4ViGBmpjQJ4HaTOsPaG56n"
    "lkr7p4UV2bCIJsWtbyPU/6xPNVw1Bm8B3TUlkJK4QH3AHL73yB405TxiQdlEmcksPMNIgI"
    "wiOFlhnYaSAxSEfTVJeTkDnjuvro4ghRLiewFGllRCZiGWIibVmAxScaNPsPYlWGaZHl9e"
    "Kavo9tlHq48nhMpxAg09mAyHSy8mLwdNm1labiWkrJ+GGQ3xbMHrHZH3/NhNwsHzxMU+4h"
    "iHiUsG4qoBgKR329V8NTGDFkG99xxM8Y6/25o81qa6OI8ZD69hiiQQYrOBq9NYI4Ibpsrp"
    "r6B8u0sYeA/J2H6A3QBUTPaOgfqYgw3Xdc/L6OPAfBG7F4JmYleiKcBYVouuAaew655Pmm"
    "ZSEyUWu5GhI8wPe9IsYH0ymzK4fj97Mfv0WYj2YPtMFrbsnEAZNxtwE6EhfNcXobWHZ9nC"
    "96dQunYIYEnEOzbayCWdkUWxAnUm3deUamzqobTLYQEPmFvPM76cj9A+bEOHT9nXRkmvIw"
    "iTZ7RZikrjbNKMngmQoryXPuzRvqzIWtj75j1zV1vEFtJkcV0ZxkvOIkCbYqT/gKFJLECS"
    "4dXSQ2VrepU6SsYcCrJMDPVoeCMmLrE6SmkEmT92lBVodreircE/kO0XsWVj1Id5mqPlGK"
    "1NmEOM4SwQyR7hC1aTs+uUi+eFXBcjKnc6JNRRNtqIRLR+aSVHwn2MhCu0t+ToUmTRXwmf"
    "HAl3ROLZtmalD7qJ3MrAHHlG0xPGXTWKqt5UjiGmvms2qtWxsRVdYWYmQfA3KuLKFYMYSW"
    "kGhIZOV0O11ILqD7fvBkkKBpR1pjD9UT1/2rm9ve4KIp1oUMXB3KTVxJLfDIt/vk4a2S4k"
    "nRVUhAbYMulRYGhyJ6iKOLgdi9Xl5EbYJ/rNEdMQXvLpzYIMugLbVYql8469chZv1vk5Td"
    "v1ITEdn+g9HwSzg8WyiRyTtj78B/SqPMK4ScSyS5SYWl1NH7zw3azHeJyr5Eca5R4c1PHm"
    "D9Ebt923eXtbVucnJQfbuXbNHhCo7GF3OSGRmiZPlOqdQyGiwdhTiixJqwLEejDmiduJ2p"
    "5h8Og4f9hWsDfKYGduI7jwybqg41Tdb4xUeZxtkVrqgrfHa+eHK+5tg1nVLRmZiCbxlAEm"
    "OkOuNJl2X5pgUQcry9luHtLL/5T3vczYhPJjn2BoPRVW9yMxrW0fXN/eXD+L5/2x9O6mjc"
    "nzyMhzu9+XvPUvSchZuHOmxI7IkouM4USSpeuS1LUXzyishg3BvU0d149K+bISSS1tHV6G"
    "E4+ZUPkajPYZFuCaQhJqoQzBCEDBjqw54AXRBL2fTN7/j1eYs7YQxHwqgPVzVSMYzawC7O"
    "xUU3GUkJIq43KamJoQhkqjHUJzFtLtIJWb/G0khPhoxzpd2hLR1ZrUKA84QPcEZ5zijPSa"
    "M8d+qSojRrEZ5wQH07ujNPDN0K7AT3TTRhbVFDToJKn07UhPUTenZsvIzadEBCQaKXBzIo"
    "kMLcnjr0fNUwTIcNSwI2q5jOUWaQA+f8vtpkgnlx/84APb/X/B9sgBl8eIZ9uIN9zq1Gzq"
    "1G+BFSZVqNnBQ+hy6EhiB/aLQhDAC//rNV0Bd+U8zuFGGJPxaG0eiw1Gr6ezfGKZYL1d4j"
    "RiGUSUfxVX/hlQLtIooD+sN3vZvr8j5xWwDVITfoThTP+/i4HJSWlOyEkCCpTB+EJmClQe"
    "l+sg9CZOG+TSeEavYz2gnziRmc29koZPQub/3+SzWglqq0sZog4hsNTTp1stzAEK7UZFDF"
    "gfsHT8KznZrMmSgvplVivsWVn00BNixkz4E/TkSX9Kp5Fl3orheXV0hxuO4guVKauKrtsU"
    "MubvSL92t2uW433OtE3IGwqKCCRvdjYuTPVB+9uI6PadmH67ygC1qsBuirW9ToPZjweITm"
    "LmkEZxs+dxnGeQqCdEoUGCoO1bHynUQnXnAog/01ijl9SuYyqY+PxNOEN5aI3vOx69XZ62"
    "Fg14VaIVsPy4MorgbvCDRgXA/WHXgO5+yrisJwp4HunLOvji2Dc/bVjm7VuP/lYdAb74Ae"
    "JFOwgrsAjnb/cHc3oPlXvfGvkJfbAcsEVAMf4AIAHeXSsEICvldACs3pfflCREJ8/2tIgh"
    "v0e/fwW+/q5+Hol0H/+kv/mg9hUPdVy4c7N/u82hq48w1N9EZ5mUybImvdAd4S9EopZWnv"
    "rX2f7/hq2Yq6iOY4eHJ5Zsd2ZybfLWFVBo90+GQ3zcXAoLL9wlJUnKf3yJoIzRMbrWlcxh"
    "Xb/Lwk+IQs3aFpWIqyWgk/CdGkkn8SAjrRnijpUDTbKEpn4aXIuMbEO7ogUBgWPJaOTDNs"
    "VDGRjxdslbws14i35ddrhrRKXf5E3JjGkHlivUbyOZU2f+nAFfSNo6Bz6ZLoVVKul2lXBK"
    "HDUSi5yzT5ONws1RSPd8ijXSWv0pJNSkxuqRLdZOWsuk3K7VSWMI9g/tWSPfxmMJ+NqhcH"
    "87WIoDCYT0nyc18lUe4wZCsG0iFc6kEmrD+zlgC3/LmAlnYu+cNwnWcobyaLATk2uoCaZw"
    "uabhrm48Kl5c/v1wP6R5hHbg5uBvnFhoE1KFJS4LYrqbhn1P+M+pfW0KeG+ke7UmHYISTg"
    "HHGINybC9tvRcPJ18CvsRf986I0n/fGAkzLTzB6WaxflC2KV8pXJbQes0JaatD0lPcEkmd"
    "0WPRMKn2nfCW6er1pYoS2oFZ2oqRLQch7p4QDmVnnQM1V8jXVIq5KgwZvUFboR8gxPghY2"
    "5EgGZ7Ijw1IfHwtnvu0Zjn4hTCB2I5z35FE2K/FJ8WlB3T+rlrVWWpvuczipSeX3ralMzy"
    "Vr6tDGVYACpyYcNmMYcNhM+KlID1nCtL2r3oiurAg2kCjkSwRGGNE9z3PToufSAG9KSbkl"
    "tOVIwPDHJtne3/YGg7UC1izHw1QyO0o2fYMDHtVUfiEWkWm32wWPsA2J7rIgqBCtkAW2Pz"
    "Jpsk7ikSDfecgwXc9nhnZCrIwxB5erh/2ypwlFFJzbEp3pFDZPA7CWAGUhcz8quMKj4zyA"
    "LN1tfvMgSOUt6jaHqb/FvWagWJN9FuUWw5Hzqh/lkQXZ3l6dZprRLEjskZcDmT75be64vk"
    "drSE1/vZP89l97TnSrqMt77rh9fOkkAAiaYarsVFKxSsu3ZDrCtMmOiw5tjlR9BXsc7ssr"
    "zvXa53ptfoR0rtc+vkXOZ0ov2HQK/aMEz1NEnLM9eTw3hDOpurefeIkxV7F2dccKvJyK1X"
    "j2x69XBV1F7KSyayFDxrkU2DoA44qqaJj6LtyXGgW4LzXWcl9aSSg9xSYRUe/K10cNdjqb"
    "hMNmECv2Tu2uP7y+GX6pleZzqoAguEsdQWuJOvrcuxmwWoKb+/sHXqoH1p1SsskKPfwpJb"
    "t0Lui2mlQD0MqZLjGDJBkD4N+7ov1zlavBiFZ0DHu3feX25v62N7n6SsQ0Hv3WH9bRaPK1"
    "P95FRkIRjS2s19jCisY+9/J4y14eDEvcKTk2QVilPDtJpkFOmR6DnU6NpbCqizVsft/DuU"
    "mVyK1Lvwum5y2w4hjlIa8sKefNKaKSQvJ7E7PE9Q/0ESCAxiPUxVUsZ0whwdraME7weX17"
    "BMeNR26N3bC7rmnzmcEwP5H9Elp3vtjezJy/8xJdYjyfxkvg87DZp2c+2rDFGgYiXzFH0y"
    "X9fzWOc5wpFMlzXNNq9Bzs4TLYcwoYqIhlcLskMZvfGC6JMwp6sn0NaDpKjie8Oaknpjpy"
    "W6XtTKcZOizHis2aHYpdMmFuLyk3p9Cu4Gp0e8cAhsnol+H915s7pXcHp8bAJXZiTOJC3N"
    "Dgvk984cve1c87+bpFMDlhPSYnrBZ50/ys8lXeaTLOEdEgaCm04lMcwgfgphQt4ugOVd5p"
    "0kqVeSdFk/KNIwGdSs1Z2i/+bnpmHgS1wR+OSQ6Ydfo6gdPGF4HSYgKntVZIK46Y7zvR+2"
    "/e3oUFh87tXQ7CbOKZd2gZdDOvVzh9nL23Ci8THcI/NEynW/qFz6Hk+a2XjIYAGUyt2EaO"
    "nuBIC4Dbo+T25ARKggHGFsW8k3mY82Q3Tt4gz3ThAG11qj0p62J2E/xjXU1WDi3X0btuAz"
    "JogkCFCP2S21KLZY/B/JHHRKYVzKnZZIv1v01SZlhoFF/c9r69T5lig9HwSzg8YURfDUaX"
    "+cbzDpJapeRaTm21S7EtmsXfBUsqWbiTktzLbBkb0c7C90w9VXH1gXjdro9Y2RI/YuUw6t"
    "APVUVtS/ghHlgvGodQcIqmaEQiokocJr+SUx1rPXqkPJmA6cPLEKftWtjwaQCAddimt4aa"
    "D3h3Lmz8nfypu858Tog88h7ZvrXM6cfAyZzOdShVDU2wlbBj0UMVMuiz6yCqceDZAOK/vG"
    "Ff+Rnn+oYKgLjVKXCYkTepfI5xkohzUTAQScQt6KMNE4cUlmix7CKE/ScbVyPRcseVkEiv"
    "HI6UIMOyjr6OBtf9MaW+7d9e9sd1dD/pff6sfO0PrhUY+WXcp33Od5HR/tPxTychXMJdMc"
    "zdyUkOR/qi4N61DwiQQxfrxsfPtS3eFR1T3LEyw+FbfSqo/UcwPD/LqtsB+KotY/wJTVUP"
    "oyl5qwzTrxOPh9wZeYs51MTXIbnqAzgujovmrqlh8smUeN1LMlDVZsTT9mfkazy4iemtul"
    "HHm8bZc6qo53SU8/cOl0hUwZpw/o9P2S1Mnzw55bJ336+j/rfJuFdHo2FfGX3+XEd345ur"
    "Pvr4cWVjO06hzenYFtwUm1GFUubljwg4f/tFA057llsyppXFwaTLJ28Vy97alL7Fq/22uc"
    "dSYkxx+614h6VxrBo2Qc/JfkeQBx85rO9oV2C8pBnygDoHR62H3Y/CSmbTR48O9pDvrMXA"
    "Dz2H/Dz9JDCawuLOufocGQ1nQPwMiHMpnDMeXoFk9DMczo15WAU4/BlDF5by9S8xGedBPN"
    "HQoY2t3NVYjn9cDBM/wkGrYIKDJpSdHNFV4go5pKwWKSkQcFHDuiRreVQntYKJx7vphyj3"
    "GP10zFMkwyZWZU2mNB3nxf2siQZRA3HfK57toyo1hNulFc25HRwHUjg3gzu+DLhqBccVbH"
    "lvPtojw6itxSzDAfXtgCU00lCcYOxWtBJuTOOzcZSXFgjJHahOaU/bcHzZVGozgJB25ghO"
    "WNBmRD7oIkjqriMyL9f5Tn7xsK3T7Px6eNrm+zjMy9JaVhHLI87jHG8+A5OcYl+VBCZhcZ"
    "ZRYeF4znGVdks1QCIdIe63sNpuIdttgbZYuKYtFqK+CzuF6/beV5CoBaekxRcQ8C6oSFnE"
    "B9Gw5lK8dFcoXxhWkYIwudmANdLVGPT7rLpPBaGuQ9fo7XC8cvXaWaRaWISzK/D6k7dNH9"
    "nWMtBjFellEahcvo9PvmfZjxss/WBAEUs/MXS7oc8GJ9IBOqzjaktMZ3OqUcrmBWQIQAdd"
    "UHqwl1Igg3XJaAjt6IhKvTVN3u79Sq4n3KktyF24h8GCE2L4dibpAMHUyT4NWQdqkHOQ4y"
    "pU+UnOzkZVnY0TiOJ2G1AO25aETqZjYRDFNX3wri2TZvzwEc79+zYuTGbb5zQxRBfsSMv4"
    "5PiCbVvetK/hKSQcBznGwHmaZbzTQth7hnFZ4Lgi2QwM+2h3DQieh3M+vgd3OvncMlGmAD"
    "5pcl7XqKBg7Jhto8h2qJB/uQ71peNYWLXXKoIEYUYkU0L5VnKIrpQTRKvRDZNJWBMv0BBM"
    "HwRpJegCkzvTC1HCz+ulcjkaDVLu3eVN1sF+gPLOi2ZGZnmh3pPJyUcXhOkL8Nl20st7S8"
    "9Psp/sM5bqlm6vmiHjXBQdeg61NO2qEfwXPsD5MOoQZegRG1Kb1daiEMHn9e0ghBqP3IZB"
    "rPf49uwVn4pL/Mr2f+ud3e9ELeY2fF2/SSRIeN4girM4vR1LUpHtWJLWb8fwWcaInJeKkw"
    "XD/4bcbRZSds0Nyq65quzIN/o4z0b/x/1omM/hBEnWQjc1H/2PnlxSQW5vYC4wY3NwJRtH"
    "qadBebjB0Tvl/fX/2VStZQ=="
)
