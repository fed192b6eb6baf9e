from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Households and persons split by city (kernel/partitions.py, docs/architecture.md "Partitions"), in one
# transaction: the foreign keys to household are taken off, both tables are rebuilt as partitioned tables with
# their rows (a partition per city found), the ID numbers move into a key table of their own (a partitioned index
# is unique per partition only), and the foreign keys come back carrying the region code. Models are unchanged
# (SQLite keeps its whole tables).


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
CREATE TEMP TABLE held_reference AS
    SELECT conrelid::regclass::text AS referencing, conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE confrelid = 'household'::regclass AND contype = 'f' AND conparentid = 0;
DO $hold$
DECLARE
    held record;
BEGIN
    FOR held IN SELECT * FROM held_reference LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', held.referencing, held.name);
    END LOOP;
END
$hold$;
DO $convert$
DECLARE
    definition text;
    prefix text;
    sequence_name text;
    constraints text[] := '{}';
    indexes text[] := '{}';
    triggers text[] := '{}';
BEGIN
    ALTER TABLE household RENAME TO household__old;
    SELECT array_agg(format('ALTER TABLE household ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('region_code' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', region_code)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'household__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.household__old ', ' ON household ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'household__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.household__old ', ' ON household ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'household__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE household__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'household__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'household__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE household (LIKE household__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (region_code);
    EXECUTE format('COMMENT ON TABLE household IS %L', obj_description('household__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('household__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY household.id', sequence_name);
    END IF;

    CREATE TABLE household_default PARTITION OF household DEFAULT;
    FOR prefix IN EXECUTE 'SELECT DISTINCT left(region_code, 4) FROM household__old '
                          'WHERE region_code ~ ''^[0-9]{4}''' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF household FOR VALUES FROM (%L) TO (%L)', 'household_p' || prefix,
                       prefix, lpad((prefix::int + 1)::text, 4, '0'));
    END LOOP;
    INSERT INTO household SELECT * FROM household__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE household__old;
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
    ALTER TABLE person RENAME TO person__old;
    SELECT array_agg(format('ALTER TABLE person ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('region_code' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', region_code)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'person__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.person__old ', ' ON person ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'person__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.person__old ', ' ON person ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'person__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE person__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'person__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'person__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE person (LIKE person__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY RANGE (region_code);
    EXECUTE format('COMMENT ON TABLE person IS %L', obj_description('person__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('person__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY person.id', sequence_name);
    END IF;

    CREATE TABLE person_default PARTITION OF person DEFAULT;
    FOR prefix IN EXECUTE 'SELECT DISTINCT left(region_code, 4) FROM person__old '
                          'WHERE region_code ~ ''^[0-9]{4}''' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF person FOR VALUES FROM (%L) TO (%L)', 'person_p' || prefix,
                       prefix, lpad((prefix::int + 1)::text, 4, '0'));
    END LOOP;
    INSERT INTO person SELECT * FROM person__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE person__old;
END
$convert$;
-- One ID number, one person, across every city's partition: the key table the triggers keep (kernel.partitions)
CREATE TABLE person_id_number (
    id_number VARCHAR(18) NOT NULL PRIMARY KEY,
    person_id BIGINT NOT NULL
);
COMMENT ON TABLE person_id_number IS 'ID number key — 身份证号码唯一: each person''s ID number once across all of person''s partitions';
COMMENT ON COLUMN person_id_number.id_number IS '身份证号码 / ID number';
COMMENT ON COLUMN person_id_number.person_id IS '成员 / person';
INSERT INTO person_id_number (id_number, person_id) SELECT id_number, id FROM person;
CREATE FUNCTION person_id_number_keep() RETURNS trigger LANGUAGE plpgsql AS $keep$
BEGIN
    -- each statement on person, as a whole: the ID numbers it removed, changed or added
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM person_id_number;
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM person_id_number AS k USING removed AS r WHERE k.id_number = r.id_number AND k.person_id = r.id;
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM person_id_number AS k USING removed AS r JOIN added AS a ON a.id = r.id
         WHERE a.id_number <> r.id_number AND k.id_number = r.id_number AND k.person_id = r.id;
        INSERT INTO person_id_number (id_number, person_id)
        SELECT a.id_number, a.id FROM removed AS r JOIN added AS a ON a.id = r.id WHERE a.id_number <> r.id_number;
    ELSE
        INSERT INTO person_id_number (id_number, person_id) SELECT id_number, id FROM added;
    END IF;
    RETURN NULL;
END $keep$;
CREATE TRIGGER person_id_number_added AFTER INSERT ON person REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION person_id_number_keep();
CREATE TRIGGER person_id_number_changed AFTER UPDATE ON person REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION person_id_number_keep();
CREATE TRIGGER person_id_number_removed AFTER DELETE ON person REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION person_id_number_keep();
CREATE TRIGGER person_id_number_emptied AFTER TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION person_id_number_keep();
-- The foreign keys to household come back on (household_id, region_code): a key of a partitioned table holds its
-- partition key, and a household's rows carry its region code already. A household that moved would take them along.
UPDATE held_reference SET definition = regexp_replace(definition, '^FOREIGN KEY \((\w+)\) REFERENCES household\(id\)',
                                                      'FOREIGN KEY (\1, region_code) REFERENCES household(id, region_code) ON UPDATE CASCADE');
DO $restore$
DECLARE
    held record;
BEGIN
    FOR held IN SELECT * FROM held_reference LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', held.referencing, held.name, held.definition);
    END LOOP;
END
$restore$;
DROP TABLE held_reference;
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfXtT40iy71epIOLG0hHuGVu2JJs9cSLcNDPDDA1coGd3z/SGT0kqgRZZ8koyNPec+e"
    "63skrvhy0ZP0qgf7rBVMpVmaqqzF++/ufowV365MG1Df+H6WJhWzoOLNc5OkH/c+TgOaE/"
    "VA3poSO8WGQHwIcB1mxGh3ODNT/wsB7QP5nY9gn9yCC+7lmL8BuPUk9H35ZSfzCi/6nycP"
    "htOdZM9QS5DkEL7PvINRFG8dei4MFzl/cP9H+C6Ld67hO20bPrPZq2+4yOP199mZ5f0mf1"
    "+1iVPvwAszFcnU7Hcu73/cVLx/r3kswC955QKo9+/R//pB9bjkG+Ez/6dfE4My1iGxlBWA"
    "Y8gH0+C14W7LNP1v25E/zExsKytJnu2su5k4xfvAQPrhMTWE4An94Th3g4IPANgbcEaThL"
    "2w5lFwmITzYZwmeZojGIiZc2yBSo+QSSz45ms8uru9nt2d1sdlSQd0SRkkT4ke468K7Qqf"
    "qMAfcwhY8TSRoOVak/VMbySFXlcX9Mx7L5Fv+k/sknk3CLP4rx7Pzn88s7mJBLX0j+ssIH"
    "fzIaHGBOxYSRcN8j93TelL0GKYrh9AF75ULIkeWkQZeZl0bE+1XiiD7YqjyOvi3pK4/pv9"
    "JA+rYcEULff3XcH6AfEV8FilZRQ2Zz/H1mE+c+eKC/DqQV4vh9enP6y/TmeCB9yMrkMvyL"
    "xP4E0kmk4QeUXU3kEBOILQF1iE166khjiXI9PkniyTdlvNSvwXipX8l4+FOW8foDdhxiN2"
    "F9imRXzE9ulJjT55ez67Ob26vLo+ZCiI/+b0uFSP1vy0lfHlKBpFbSeAsodbaAUr0FlLwk"
    "6HXz/aWJHGKCPUqhOfPliTGibJfkcVYQI6JhKgLi0I3m01mieDmNRdGvsyvoqGph9Av7wl"
    "9qcyug85pxdScrlM+UrxXnUo4uJxt6HZHAmpMfjPAE2IWUNjup0ptEJjL9Vx2YVELxiurJ"
    "ZoUoPk/vznJsxrpOFs25nCN7JZPDo373PJaHBuWuOuorOR5H69kFi3Xb1R9nBn7xixy+nW"
    "PbrlQ4s5TrFc9tvb/DfmPOKv2hBjw1KWcnikyPeNPs0xNHNoDLI1PWI47TzyeU4+4TnbZt"
    "I9uiLzeyHHY5U6ajaLm19dihpCqx5gq/rNJVb79MLy4i5TSRkUFNiGY7IKHY+cu/HU2oKC"
    "FZGvbjHRDJwyDYsC2npnbUbCfQa2Yxa87qHFlb+K1Kelr/zPFbX3oevXsRLG63TKePssls"
    "QTy/jO2fXNcm2KngfJ42x3uNEu/qEIo/aXjCyzLXbUDnGapwf7JFfOSLoCeNbi/9EEN5Fa"
    "8/XV1dwEPmvv9vm31wnjOCL79++XRGNR+m99BBVpCxjStkNNOwb5XcFStssXJysdXSnKDg"
    "kpgY9OehQqjQbHKPbRQvpbmdVs9QW2WpFVXSDJubokdl1Btd6XvUlvIiKrEfAKrjS0PpHW"
    "bU1aX2CUaldDJ3vrDpHEiZEFediFlC4Y9DRe1PqCDNvgRiwwQEOVBAeEP2M5bh6tf+RXQG"
    "1roeihYYII/oxHragk68xYPywZ2T2ZPlW0FjyeVJhZedPNSo6qASTDebPFDk+ELT3aUTvC"
    "BYEGILQoa7Bd1hi2KaWz6cCTM6YF5yk/16e3VZLqQCYV7Zs/QA/S81GvydGT9H/2EuHb4d"
    "tKVlB5bj/wDf958b4F4mg3/1wQB2IqjcijwB4ydcJprTuXsWncKrhfdrCMzFwotusuMv07"
    "/nL7nTi6tPjLmuH9x77CnsAZ9yYvRIeDDMPILp0d5IlKXErRbniPQN+Hc8hq2owsE60JUI"
    "T6B3I0f2o8M0tWzxRGsQ3TIawz5ZqtagPgONai2yNsE51Cdczi6sLoOABtv8lsrQCX9FjY"
    "hCj7YJVcuAvxiOufEQcOaxQpjCMQJsLXLkxmtDgcv0xsB9dvwHa4Gotv3RwC+IAV4fRLrJ"
    "yPeAOPDKb4LfFYj3B+E1R/BkAsgQ7IzV2N2PGaQOYYMuEGkvoZjpz2zVYGHvH8YDZ8bLTH"
    "8g+iPlOg7KzzY4pCoEVkK/6pSDH0Q66SZ9CRR909BA6dflaD+GqJ9swn58fiAO237ghAbZ"
    "EB89E4+gcN2I3l2MEa/eh3fnX85u76ZfrjObEU5L+IvEPn3JfXqcd9nFD0F/O7/7BcGv6L"
    "+uLs/yt1w87u6/jmBOeBm4M8d9ntE3NMXh6OPoo8z7Q1/rkgO7GniJxu/NB350efa3ouIS"
    "fbjKpaTqKrwU6lijrwAlQPBWaP30IDD/bs7o36YXEK9DCGg7pmGkx2wCxmw/WkHH8wW27p"
    "uDMDnCHeEv2wGQR2RAmT4Zg6I5Ho90AJDxOIJclgvigfEHUSThougfcEAvVfcRYbq5HfKM"
    "67rWDwPCUA052OiczlJu4YTek5u3fogWXaBx5dgv4dvUkkM2fPFXnrFxtF/jzZun3JU29T"
    "Zj8SAM0nwsDcWLGVuUx0+uR+jR8ht5YTI5p5PHjl4W+JUKa/0l/bx2yePP6KWLPk2+38PP"
    "cRBp4V2kjADzhpsRp9Pb0+lnahICzzWsPz5jz5hVMB8cgCWWxaeQ7KffbogdB/1W8/xvYW"
    "zbLX1cCw+8Kr4zFrqSm2JdhqnFP82lef4T7OB7tiT4bvimdAi275PgPCDzo6oY7XhAb22E"
    "Ngxl2CUbuz5AG8YjGJ+ESY8NiQWLYvWEGsz07LUCv4d8oi89K6Cqeg89kQeL7mz6E5sG/V"
    "9b+pZDfB8dT70ADUZlIdk7/aouCFvgg7+HuiDsdgRhi2Z+biuykZuekgSmZzTnw8f7PmF7"
    "WfLWfya6Ncd2OcdjmrzNwYl+CInFQfVGBIx/uT/UKe/j2b8O7T47Pf8yvTgejHpSDj+N5D"
    "AqxE7QJc0XJXbeSjA8IRIeCVdlwE0VA2Ls+M8j7rhlKNxE7ffpfauPBuCNGBkQdx2vTRSo"
    "23GbZYBE44UOMxprJkS/K30IKopmLEQ0UWcHd3awuPLYlx28c/NuaVjBDdFdL2t2VAzprT"
    "XxYPDMS0avN/KAAgETbUh3BfA2eTa1trwnSyeJUcbdqOPwXwDoZVOWSwy6rT22M94EPq16"
    "K4w3+tq5XpMbOyYQ22BTRroR+Z3DKNN45k2vbmVU4+ZWRpUXN/wpnzEVgXEN2F4O3wnLd8"
    "7x2kHyu2Y5cQIraJSamVAIbhvLmgnuPR3iaDIuWr4CxOYtkBBKldV1cijXU3foJW9uJ2Tk"
    "YEKItDw01UQO1kagxfal0DLAbqPEkLbAdf5S1wkxGsf4Zej2iGxE0ml2KUgDlio44anIqZ"
    "mLgltoxKTGWVEG1aHJCcWr4pH3mbYMQVwKQBmyxOCjZAnixRZjMyAlemm1PGKCFopjxJCl"
    "eAUCSqNxdM0+o2q2pLmm4xujyb27KJsCsnU42OUU+2Q6hzylowrUJTWitw500enYGU4Gr8"
    "Vc4OGIEyQQCA9lnCgTalZOBgYEro8nxgmDTuauEzzYLxGN6blzhPmnyHV66NmiP1iBjxbY"
    "o/9iB8KcFzZlAXxlEZ05xARKcJw/CvgcMU1IT3kiM/iKo392SE8bkJ6Waf1v3E2f20Olt2"
    "uFOVygbFF5IubglEdjllUMccjskGJH1Ks1n5IMqvBETJ37Dfz0ReLDOOw3rBwC2Tf52wLS"
    "RjOXxOuZHjnypQaOfHb/NFHuY4L9535uyP3xiJu9lOP8tj2GoJVeyPYer0rx+iy1nWj7Ka"
    "WgiZByZC0RFXdnqdpEzTn6c8sRT0w8N7jZXY7La/AIh2gPJ/SikBXSZ7lmL+h4en19c/X7"
    "9KKHbqbnt2c9RLl3+TP9/+eb6elZzY2UvdSHdS71YfWlPiymFHXJKO/ETO6CcA5v7HRBOA"
    "1updYH4dBbzbknZ09kBRyUGtJbiwexwTMSj14PCDEKZBJipGJiUjjuOI6JOUEYCiEZxCNU"
    "5/MI1SRe4IuR7d4jF5CVKLrGRyCZ5ZxA+ru+9HzXK0GC9vnN60N5/jgKvvOXhP5L//ZHyl"
    "WecdayYf98L3gQ6P2EZcrTE41XZ/RrB5wIARF1MRICKJErYiRWbY5VURI7rBHyemG8JlDi"
    "ICnn4mfYHH29BsX489EGhldyqWS2CSwCYkT5tbnJTpHqxLFI1XEsUtvjWN44or3AL7aLS3"
    "bGKlgvJmkJWiQPxjKcX9qEAXvx9MVDh8R22W8LZ+189jkwItLM6ysOEcWBdYY7Dzs+Dxg+"
    "N44/VOy+ySSqYzoiY5YQiuEwDBJiXsDm2XMDwgtUQdMvZjkxq6guUng4FOOQJjbRH88rG8"
    "1Ff+6tN63pwJlVs8PcDS8yxCuHfbTS3d7S1aM0lfDq9yfpbm9/8WOHVkTfQzjgJfOgFhVU"
    "SSVG0aTe27fWiqjgDtAukEKYXdnrAilaonbGsQN14ydigtaETYS+fGIakf/+1SpnWRen8P"
    "wqOVpWBaKnyfYYh77ZW22YUvpQh6Db1PRFCUbvHEqCqGKdQ+kNO5Qgastf0Vc5/vtafddI"
    "j1yr70bPzedVl1S9pn8aTwhD5VjRD92Mf+5DYiv8fBIVTe6FZeN70DwFIj3YJ8ZSp//7gb"
    "sAvfSRkEUYBxxWli9qxgLOr8suF/jU7FTltqjK4jsuNsRkk9YMBZ+FGJznUZ+zqizDlWHI"
    "Bdq2lA3LZxymE1a2l324UQDyRvHgh44Dby6BDL8PGfC9Ueuft9HwJ9fYpwXtfLRGESBZqh"
    "ZdFWFVmHD+SNuobfn2izMI0FTpMPLYV1elJH+qMXRYQtqW/lUlqVfxanaHKXZIVodkiSuP"
    "N4Nkua53bWM2n3IoKx7QW4tl0aGzRTx2PZpFxyM2PsGLlCG0ilWlkQ5eU/5HqkmlHKjIgo"
    "4zHn0ey/8EPz20brMC9Az9zJeLqLtb+KlO14QM9xncrI4BGUEluNUhZ9IhVAKfhr0VCNW7"
    "uKFYyK0GYbYEgymYuQPEklSHHYqJHT4snfuGNkmKpDUGSXJh5AySxZJdBlvIBS5Tk4FTzc"
    "zuFIngNneapaoC8OyYZSuF9jcvgyyQAe6RObQgbfiyZ6naYhUqI3lc+roH+JE4TM/Z0Ssf"
    "8WuTJPY8pdDNA9IsLqS1g5qJ/RS3N9kCO+ksEHG52amUpWqNXEQ9lgSKDT6DZr4sAvgXqz"
    "IBNztora2Z6pQ8e7BqZuGy7/jIiBAlSmy9qr7FVCGFeF4iGSespSnrV/wSChhhzaU3O0Zz"
    "MteIh0x3yay6sLtx3Fwc6zpZsK7j9FMoJdcr2J+iTOybQy1WjVDz1IeOzAY6ZpVMLIeHJl"
    "PmsvbMH0IHHCcE11DcfrsLumi1SUulaFs6K1zT2Kgt0opt1qYaT/+IUpMX2bDtIAdRJbMg"
    "nr/BpsmQCZ56HZbipsoPxJKzu0VkiXQgkEgg0BsNIFM0YxQVJcj0mYx1MnEaTnLtsGEHjQ"
    "xRi4QxjsvaACRB9VR/uYDiNSw8OacwbyKe7Rfv8IhJde7QaVpfPCkioY3msaZDyY6BovKS"
    "HZBMM2Kp8OBa6yGqfsE6oLyl8wgGkKSIAeqxMk+zCH6rHe+RoWoNqJcJpAGXp8WNxmjH7A"
    "LPO3RE5d64WxJTuX3+btIdl9v7RQncke9Vxl5MIfShE6Il2oTkKrSmgZC/+ChZzquYf3f2"
    "d6aWVsdWxgUfLq4uf46G5wMuy4TTGE/NkQktJlWT4eKe9I2k414EQYni24n52cy5kyNry0"
    "WQlkjmUojlshvfDsMqNyiCm6ZrVRkanvOmDkFbzZSk4agtrhl1/8bK0ojkvfgeEGdVsmcy"
    "oLe2e28KIiUZsvW+i2h4KreSwOsC+zLOs5TUyUkGlTcMHz27HjVC7yEMzYeQNOyk4U56++"
    "m2qz+merxw92gxTO5Ac+i8CZ03oZZUOm9C500ovWNb503osGuRsOvw8prB5VUUx+0c23bl"
    "TsnTCu7j4ff5RFbhPjdA7+d90MEGgMCj9DVOL/a6aVbhLhpKqhLvG/hl1U65/TK9uCjbGu"
    "VRX9VYRWtal5Tke4oJSRhUHatMSK9ONMxQtSauN4y8k4b9VIohNmzLIVtLRC8awsCsika2"
    "qzlc2cxWWAYrMnPVlDJ4O41tS/h772EnaAyqZakEP07AEmOldZQYVQvnLwyoFvGzGaaWpW"
    "rPe56SRwZTi6SyG0itq+bcwWb7h81+IsQ4W7j6w1EFbJYM6K2DzaAE84zEY9diZXcAPiV9"
    "b/7iI0aMjh3yzG8UFjTrB/Tu/tBDvhu1s/F89Ej5CeiV5YVNWHzkB5ZtM5u+JHV0x9/1Cu"
    "wLptPkbovGb+dW21WXHFkFLWEIleQUMoFkiGjeh4rgWNETJ3pl64ogJhBcs1AJBtN9MBqC"
    "oYIdw50ji/X4CB4snzeboj/Qd34jPWP7sTV+gL3NuitmKVt1J8pmH/Tqia7l7sdwTZ1z6e"
    "C35C+ubRn4peqOjP689oZ8SA1cez2GT0WMOnHljKWxBNU3RypXT09CZw30RHCfiOdZRpjx"
    "gelONbCHjqEYAntWj6WHMHiIvlfPhDzSEfBMvT8ECGkw+FC8Og84j1dcqyGba5vkuMxUfL"
    "WRsrPrNRP/tcVwr+pbMsQUSxwQq2qHp6hELx2uKBIASCNJWYepvprdW6wkzv5voLtE44UO"
    "NJJHENCiTkxQHKMZH0Y9EeoWmpPfLb86OTMZUOMmmpPZUzy2xmU0J4iNj7IXk9gC1qxHkY"
    "ZqdIArKuye8VgZn6BnuA/gGrCcJ2peWfc4gF3kmqalg3HlY2p/8RHxVKn9Zd07DP9CwbPL"
    "FVYyL7uaBJlVF/vQxT7UkkoX+9DFPpTeeF3sw1bVkPcW+/BG8/Yyxd7PL38/u707/3l6d3"
    "51iY5BJNBeeCKPMnf8BzAuT6++Xt79AwbJQ81kUJiaVgrqNgncca4f010aO9ayVK1xrKVV"
    "sowFG65nR441ngLtzxYe8UlZAlN1hfIS0rZ0sVUlyKhR4fwqSQj3UbgkdMxT25Fl+DX3xA"
    "ru76RoOdyGEJrFWN7giMvTCX7UjcyRyXYH/NuX4EgzpHGoDYBxEq3j8KdWxFnsEVxybq3K"
    "B8yTHqbPwqsFNFEVqHg3IfRn04TefTJRhyxGhmeYD9nnkx+RaUPRWlgu5BDOvy37fU16/T"
    "EXpg+OG2QPRqyn32JYkd7fdDNliFu0o1SJ6dcDTU7tqMxiDr+tninTvFnYdrbhvirQtmhj"
    "8eaXij4cwZk3hGRzthwojbWdsvVRsm2/wXYhNtHpN+pW8LKhTCqe0DrJqPJQjiWTWtRh5X"
    "OP/Q3lkqNsnzwGOlw1+iDZL3RJB94t84Xtvswb6tdZqrao1vpwALbnAFTrPhT7C6+VZDXI"
    "J8SJVOsecx314n7ilqO7cyKoso19nwT+DObfRJA5spZIUpFG1DAaT6DiCVW2GciDGTjKlh"
    "NKEaCSHkoR99C/l9gJ6AkoqBAdNyAlGTDVqRcxgdBewYwbJ103KJ6+eCkY4DLCwdIrk0f1"
    "dspStWQ3pcUDcewccoibcY/6RljQI/ayPT+4kU/tmHnUPHpIeqIejVG94MYFkzNkgttMsK"
    "MipE6kOsmlgmgeJpgjbVmcYCKaTJxgLKAuUPDwIRqR564yRCPl2lsXopEeWiNCI+p3lOrq"
    "nXIqAh5iQIdWZQJBTWMFDuvxaMyLQNDXN+Cxe8wxTHxkAmzlGPB2EeuJfmBYGnZ7iFka9O"
    "S2SVk8xkHmsD764o+839EP6P3qH/2zC8sQMizjPTiXuSNM1aFtcuJoBnhy+eguxXMxLz0N"
    "OzNv6XFQpK5McmRiy0RWdRL5lTN1Yr/efJpegoJ68/VmerGJQMY15DGuFMe4JFUCDrAGgk"
    "go9iaDo+np3fnvZ81NPQ7XK30WbJFM/PAYvUeeLPI8023sN64xkafdX42JQfONILEaB3QL"
    "MAUTJo7YxNHg47CmKLZXTILqf1RFbPS2p0iEBjW4k0pWRxDqnJq0EC2CQshytlHp1yLxYZ"
    "D2fvObmcHsaVUVSsJC8EQI4SZL2g7SLjVB2t9lc+sRwRqrwsjiIlQ1Tpjjja5Ny/MDtMCW"
    "sbtO137gLvwZ9JBtwvMsVVvYLfdlPSp6WcluxmnkuMh2nXviMfbvgvFhz6LGlXWzZELfAk"
    "lNxqSybjh9YWA3nywwsIoe6bwMNtSXLTGSV6WDVT5jj8lh8ScNQ4EBfVMlkmsmJ0/6Kgcx"
    "QFONl4eS5TEPEhSwfj2uvcW8MQiAscksbGyjYd9qZkyUk4u9yZgIuWuCG98jc2LwMgUgPL"
    "akj2E8ZLwkIRSxezqMzKjOYZXY3isr8KTJ2nL7KAQCVif9fj+qWatIEghNUyReh0cniHy3"
    "AkQcw0fH1C5JX/6v32cllxB8xyy04JpFaxcp2yKHEekzrkuDuMb4eAjnHGM4X9IueO2Q7x"
    "vyuki5c15vB3iirNZKWQ0rigxwY7mTGnasADTVk8LQ8KawRgn5/pCNgnHXL+PumKlXUf5B"
    "FA3Py9RQHocrQLb1BGGhUYj88SNZBLzUNXki3kvUqJPXEaqbQbI9FET3CN6sOkqWslVez7"
    "SulfN6xgrWO/V7ZsD5hbHhu5GlbNW7oSisVYxceDfCNb31FyNiY+rNYLNv4BAvzYQuuQI+"
    "hdQ//XZD7DhrOPe2pPzc02x6sRivTG0n6J/RJok+Td6LfKjkFlgFzzkPyPzNMoqhpVvg1C"
    "n2yTSGXt8iq3indGsbO5A1aT9/s7sPnAf+ds6qz+Gj3iqreMD5Fhh1zh70lo+qEKmjF6RN"
    "n7UFlv3GH/gTe95b5Vql4diUW9cMexOHTa8szFGLeQvPvffwfCsb9Dp61hcuEfrmicPM7b"
    "5zIcgTYP9xC4y7YU+7ow97S/zadbRr6j6oCHfN3hir4135NTWzosFrI175wxEQJPGmijxU"
    "ONRzglyHIN9dejrkHCSbN8zA6kW4Tw+R77q9hAhq10P0v6UOxuPx1AvQYFhSEXOfX9xVFm"
    "tpCGvoGmsqhAzZRjjq/tw0xboiYU09tj00AnEB0EawEVLalbF6x2WsdMqt+7AceV1RpGkE"
    "z67KhBSn53340utvItTvFUn1sgpVxDKt30WI9qPXgeUajaPOcmRtcThzP52qTdTI8Q/BZ1"
    "QUfD0oWs+2PaAhu/hN1ZDHnKi9HA6DKkIO172sm/E3AP9jeXGI6nM9QyT4wS5P+iPeGJCy"
    "ktUePPvcQ2d/P734+vnsM2j39L+vp/RTMe5ZyJhvIotovNDxXWONuQOVPglrAmzC652Eb7"
    "2LKrYC2mcFR2iJSIry+Mn1iHXv/EZemEzO6eSxo5e9/1WJve2SRxV+RD/28HMMLBTeRcoI"
    "g9iEqzCn09vT6Wd68B8u+TqLtVcgUgVAfjUolXUI1MOlwq9AnCbVMcU0WOEgDfqm6DJJBw"
    "+fQPkmbkJDVQwLEpwdgj1qogF++cSAJJb9DOlwpskbqDxZ9J26hxYrhleSjn3IiXS4lcDn"
    "Yk9E3GpvcEgJbtUhVB1CVU9zZofejN4VXtPOO0VKwWWS6oGUruc0NliHpCFrI8HvgPSiBE"
    "hUYozeTDz7b4+0VdnIE2MY19ristlULnIdO0iuNoPkghXkpVyx9U+xSvetaDLJ6FMDqACt"
    "6iZPn7eb9FnZcQUDqgw2TqVM0wguhUSTjTMp2eyFSaPkvGwep52ma1WUdloimShtLpc3Hq"
    "NdJ3i/g4c6eEhcebwVeOjSDSydHFXgQuFfe+sAIScZtxYI4s/M9CSE7PHJEP8Y/SKT/vAE"
    "mrF85Pn+2Eb8G6BbBARThMgK65i7WGpRUkXUsz4kKmI/e/7uDu4R+JzrrYB7BGiAuK8c26"
    "7/oaCqQdf/UFQIKL40IFpAHrBebexOEAOMew9dD69vzmbT6+ubq9+nFz10e3Z6dckCCq6/"
    "fro4P2W9EMUAFqga7AV+w4INGaL2dDI0+31eEovDbN4WosOKUTNQ3KQhO1MkbYlIUonB2g"
    "bI0AmSOFurINYgCXrXlseV9i+ou8dWXGp8JAPW2h9uZuhaEyR+csoSMPsSCwQjPwJENiTg"
    "EcPyCcL3lL1+AA5fbgbQU0bH8FSPYPsjzJt5ex3XeZnT2fXQE/EsygejRz/0n6EWQ9EQOc"
    "gMOnOkM0eE13nbaI+8C623Nc5oOBUbOzozREIHdMraJOkc5JGF6wHuxG6BYzJfBC/IMpPL"
    "YKOW3tv3ctKvC0ojnavbb6VIBLdM5MFYZsb6hJXNiqctXuOtsGVI09bqObLWWCRh9qk07P"
    "OGQGwRb1CVvsYOsXm2dpUynR6yVp1ewOBZUspwvUbNHh9V5EtCKjV9xFVaCMuA1pC8pO84"
    "7lPHe9wsqK1o6Rb92sCHSEqMDDJ3dfoOWXr0UBZRyVKEX9C/XCqm8A89eIJViFU7/Iy+OU"
    "nDOtav5wka8vXYj/AV9GP6GneKeaeYd4p55yjoHAWdydS5DHbpMvh89uXq9GZ6d346uzn7"
    "/fzsbz306xV9McPf4Do/vfry5fzu7uws/GwT4Uh1YuOk6tg4qRAb9wDPaaawp0hao6ynVT"
    "NFhkheSMWF84wuBtW9ZxqmOKfUvCJ/q1sR5+la0oxYHuoQjCvhfjpAGvKc0+ruMXCnhzzX"
    "pv/yTsQ9prwK2oKY6dUz0/WKElxdoztDeMDq3Ou3hiETnqEDvmaYNQpnvddS25xfoTtiM2"
    "aniEVmON0o0H9SMycxw1Mz32+XN2p7E6eiAPFqludIhWa4ydukj4ZgXGTnvVd2c6u8mUoa"
    "UYiuDYU+5YkOARTT21tegwGI+G8b6aI7aCb5DjrKJ3iTWB3lRQI1ednTKjwzLoq6BspMxq"
    "0HMXmTo5Iu3en02FQuOAMG4y/uIcuAYws871SIEcjHPkTnn+kagagYC7C/r+1wxpbijB1a"
    "IhJaYhkzvqmayCJDtB1J7GJjwN3EuoqOiGkwo3zA05pjccRHykbCqNPwe1Dd8XtQaPnd1N"
    "HfkjTzdMpyl6y8t2TlPom7IJKhVpGyjAIXPQDWfvzL2fQzmOLs0oWPNgq32L4OrVle8DCL"
    "IL66qGGWqjXAoTwwMbinWN2+NHDI1oOi+W698zH53mQbhMMF3wFKX1LjWqzhlJu+znWO+O"
    "oTvnDAh2XBS9TPVT11U1R77KIbHf4bVJ/kffjoeTNg574ev9EGnEOZ6jxRZ74mVXpWqaTb"
    "658bVW6feQT7za6JElKhw/DoXWHkZDecUHnJCgGU9vnhBcK1Ueo9PHw5Y8PysWZR8b3M7j"
    "1cZkusBhTL6AWvxq6NNdhJGoH6rqMJoGAYAhiSpSC2FDT4ONo72JjiZ1MPbAmp0NslI4h0"
    "we+UIKKFHF5/8qHu79KfWbbtEL+slcrqfu4FauE7uU8G4PFQZV0Ooch7x/LpHROuBaXWIs"
    "pl8+x6jzMdL7BOX54me6dAuMed89PXi4vmu0eWtCFz3EKlsT4Y5rI0gd0Dj+uh6+nN3fn0"
    "gqP5vBjLgZU2P1gapfHeqzdOQiX8hpFVCUr3jKE3NWhqULqHTuQj2EgotRBRdotBdKpYNQ"
    "79zpG1JX9S0VSGYYF2lrEJYaKsWCvB9L1/rXxKzMIu5FAkUP1dFzPaUaO+XstKHF27tqW/"
    "3JIgWFEBOzuot9atyIbP/NT49e5FRoNCmpS/Tx2yVt3ahGWsmGCpyFAQbjAClcxUCPj+bF"
    "fHNvKWNqR5fadf5fdQYBHPh0itpWPQR/aQTkc9+vBkSfkA3StC50kPEdOEhOMn8pE1AS/x"
    "Qoo2uxJn5R95j9YjYfpbTM57u/yzc2qKcv72OqdmS5ya4VaqHQFO2hBmkxxS0L9KnTBQOz"
    "6yDw/IPWF7WfLyVwcexwRtiTjuDyHaLJ62eNHDubujgWlUpGyNy0yRFPXbcjwe6TnzKF7T"
    "zrqK0f3XMLIvoRAa4RxrgG1SPQnHIX105l00X3UT7ipVvLxf9xqFPCKazbNU69XyiBIllO"
    "kGxvKAIW8TfoPQ20QhhDczTrcwZh/Ek2C7B5KG6WvZQ89W8ICswA97JvJsYA37ll+ihh96"
    "Nl2MYKdOd+r0q9XpePM1kUWGSGxJlJ9EVBKXZ9Ob2fXV72c3d/+AZo93N2dfzqIPwENxd/"
    "bl+upmevOP2fT29vz2bnp5upHHYvuJlu+oViN0kOW1GnMK4K7UvvdStlEf8+axObbSi9ay"
    "0bGN/YBewy8feshdEAc9P9B/WNGmXfD8TXSvbp5LxltXZw6ogTEotK5Gx1ReEpxcsmJCQq"
    "w54QGf2uvzXDfqak11tplrmpuJq0jcFnGNCJSNVTRwpPLwwxLR0eV9pMtLiW5EhqOodUpC"
    "cCDRMfW5yU0fEwgOoI01PIqNWnMCGUlDBa55tgBwpELkM7xb/oa9nHbSWhgm1DyFMEvVJs"
    "lwuCGcvzBNnXToVb5RW6csZasaO6kKRB6MWX5nprFTnN/Z9XZ6H0ESAuIH7zocorY83krg"
    "ww0DRY4qYNbwr711yKqXjFuLpfJnpsothh4GCBtIsBsIGBhIHw3r3gqgUUBg+YEF8QOG9c"
    "T0CIbjJEDlwsZJ+6UHi75Jnv7wUsRO9/7tr8BKm8J028XndpQ5Kjo8Vw2eipZFui336wiS"
    "VNSJ2X9FGun2FUObPBG7CbtjArFBUVkfSXGGSTznw6czLLBHnKCxayBHthHv99XGbET6mL"
    "M+d/TwRRz86Mme/LMXgkuqB1RqvRma/dVxkvrSaANJRNyHwFN1xEsJsLRFeq1Gi6itFUuD"
    "kToaD5VRrAzHn6zSgYsB8EtPw87MW3rYnuk2Lsvqqd4KpcRChyPIqg41ronCkLG+EqVdZT"
    "YHW9ZHtiwUL6txWFSdqKjqoCjBAhVAiaRrffnEELoVunMyqJYKDcNnMexXT5UGmhBpS0IA"
    "NGPES9OlEbmTsOxPSMOxBqSRB/pWJYWD6I1Ej8LMSP/F0WNo4q88bqCYU3zY2XxzOEWPZQ"
    "iyeAU+pod8F5mubbvPELOcepQVVewLR/qQjPvABj1bOqkOMOb1okKDLkpI5M+AD7vQYmGw"
    "jFXqfEaK9YWQIdvfNbthCF+qIkCTSgBdJfadmgCtSIvqKrGLBUy8+UrsIzLmNcUUVol9ev"
    "dLD51/ub45v726/HJ2eQeBQb98/e3q6+zL1e8bhQPtqhBp6Xm1rgxp+VElmlDSyts4LkhK"
    "BQSKlL+kt2EIiOY0uY2MhK3nTmg40B8aSidNI7T1prDAFAiKoOIAFNpLFHC6BDEk4BGTeC"
    "T0BNXfICkioWXAax+qA0iVCCsgaiPW4o14UG5VZ+HUC8+C6q30/GLGiWuiufskCM7KLKzG"
    "ZeCyVK0JaUyumIqUfzjV2NrqCadZrF2A/cfGqm2KSHBrQ56AI0EZD8eMxax8Dx6EV0XYDw"
    "1WQ88qFtlYu+LVgVTesFZ488iUHGmrQlPGqaLjXWhKKjRFKPgR9tId3UpHldhjPKK3HniE"
    "sbMgGlwDdUy2clICoHTznyBffyDG0iZG3PiQVVWhv32kf9EfWaNy+OGj5aC55fvQ/jD2q9"
    "Oxhm05pMyPf5hJdKlPLYX7OgijgzD220zu9vSXs89fL84+99CXM6jANTv7PYQx6F9Of5ud"
    "X4oCYjQtxNqS+quZaqvJnMUIP6e3SMMyazHF7u2tLSUAqlCdeKLIwH9jC9UdSowq3XabV6"
    "zLELUlcUzWxnrc4Y2vYBcMdZeB7jaLdEuRCH0eZLpbpSZ9+CP4Xbi+BNQYu2D3BgdI64Pd"
    "b6mYDPqkowqzOf57b53R7KdHrrWYo+cmlurIHEHklWkwe7UP6PFAV07y6adQ/44HHLAOIj"
    "hS5CG8hcVl/cjisnrp6h3IdYrm8kFmUKc6XypoDn7tqvSJelL2Otu6JbZ1bkttEL7aAks7"
    "Hbqa6RXw9ebT9BJs7JuvN9OLTSSy5TLnb6LCwobmHyuyEF8uqfIKybXyehMmSsbvN0jG7y"
    "r6dRX9thQA0FX0W6Fwvzj66ZJuc69S5U5GrFe66diZngxer3dDqDgnSDmJWOMsRYN2TAoZ"
    "hifUCXpwn+lzoE2f5UNLkydLJ+gB+2HwOHg+IT6cHlzhH/9C/0TKymTv72tf4Y2CZzTZj9"
    "F4oZNLFVnt8/QCYPKkHwYfwNxjfm6yMbcVF1WtQievde1s35hCcFUtedtDcbAKV/SKpvbi"
    "YmFbhxVJxg3S0IqMKPYXmNO8dJJsmBJcU+ANV1RlwDcJixgkc4gZxAbLkGmYcrfnaByycH"
    "lEY93dERPsKCN1Ww5DgsGqHIyGqaOKnvBs+uyD8B7RiO069z4KXDE2y3JhbFi3J0vZquAo"
    "RTFZPbFC3Z5wTW89NipiYyo4is1eII3zzn12oB7yHbYZd0uVzuygtXpnEA6fBfH4tapn9B"
    "WI0aRgV4ZYTOjBSF8hnf3bH2o8GTL5eghFxSj6XmpNZLFWqEiy5EWZWUZuD8gtr6qR6EEn"
    "883hdj4fkUWXe+iRLMBYoq+RdX9PxyHXQf8df/V/RyVVKLMdn/IbgDY6G/JEvBekP2Dnnk"
    "CjbSv45hzHZVr8HxYv7F7zIdKUo9ZsMi89+Am6SNLPni2D6tQW3ZZwA8ISDehAQ7dy+Ph4"
    "Fn9FwMwfoaQLvTP1YOmRH+ZG75vzLctYi/jfjj5UI9/xa1SBfXNGwk9hSB7Ptu4wcIE0km"
    "oFviDduppKgVBwdT59aFSC4vFpwQo6HE8QK6Xk1yy9mVVeJjV0l0ml6jLp4HGh4fHk1KuN"
    "DMYUggtBlSDPV+mzHZG0Xkjmf/i4k8xNU5DB6k7feVrR01PiAifMacfCx9nc0eDjsJHtu4"
    "223llVM8v29bE+e+b3BvW1paEaIw3Zae+/qk+ogDZgdIpCZC6DwyHmcqhvI9t6Aj02bA1z"
    "GI5z9X5mkpKozFUqaZZOZNZz3yYPn5koE51XIf+2NE34nJ819OdJoaI8tWjC5Ymk2YpqwZ"
    "8yG++ojh0fDu01s+ZnekK21qifpmzOlEXMrWrHDdALAYPThjQ5K1VkVDbHctrCBsXZGHM8"
    "CRozoWuOwdz+3wtEsP7AVAQyh9JHOXuYfgkp7GlR5vXNobYuQc8PGOD9cE5Gjxn+eSveZM"
    "gCpFcxUjotOnc2iFvSvO0FPMWdz+mwHkz8kYDpbkCVJ9/95jx71B73fEpGv9Cn+mJC7YAN"
    "zzO3XMjvYjDCHB3TlViQkQ1Vozg5orSUZ9acfooNAxDWzDwwrFUnlXZ9Z52Lcob1Vlnn3x"
    "vnXX8XIZ76Ltky58bxh3LFdjCBBiUD8CzzBPco7zq139gemWNqjDOnQnzoiSXADk7p4BQR"
    "hdTBKQIIoYNTRJJGB6fs2fccIyqRli4PBxBSG6r+VD3ucJZdXtMR1FLJ/g6AOUh8eRGDSe"
    "RThsckAss7oztcZhUu87vlW8FnDz8fVaAxyYDeOgwGagYGMyMaW6P/NvlIn+i5T9hGjBgB"
    "carGtKRBHpsKQe3cEgrPS/Y5fSEUHtWgYx9s+mdsBbBHeVgAih7d41UNCYAW7CeGKUTwBa"
    "eF7y28JsJN8JsDcQ/sQ/aEv/iImhB8Zn+lBC8MAIEKN9ED46cs3MXSxsxovCeBzwdQadNz"
    "zQ94wewOC2kzFvKus/WSLcE3Cr0HNjIdtp615zeMx/e3Go+/szt6ooxNOPdAHOpEh7NOY+"
    "VAovkfvgImO0RnVBXVSeP8vAJtm9LzUlcSL/M7MgE9BJXp/0TaEr9hSi+9jTP15AaJeslt"
    "VJTMr7dXlxV2RYYqLxNLD9D/sutMKHmE3hgmFZUeYCxqH3ImWJaEzq9ky1ilHWCfvocQxv"
    "hqWQFv4SFxxHG0g46/TP+e31ynF1efGKNTocTwgE/5mkfRa1RXjjFBS0TIhTci0joRsoUx"
    "nxZTE5lTS2CZNW2SnKIR/H5K9O+kRTLTC0RpkMx52bBSWIqmRdnJiSSytZmZPLaRKV7MS+"
    "acap7EkqZrVwpLhsupFBbO5TeewNKC4r4xinIekPnROqiFDerVh1tmVkSwFnO5ckj22nJY"
    "1MQKWIM3idCVwUmUoYF9giwI7oAwijmVU/yIXrStPQgAKeZQ7/3bOzijpXAGf60biiBFJH"
    "DBvMx5HZ7RoiHUGa9DsmEbS6RIux3B7KjSQJV2L7J43jXwJ1yZrgpj+JPr2gQ7zexhjRIJ"
    "qGaCIRyrlgWHBNNKXq3Uf7q6usholp/Ocxvh8isU3z4e5DAnMR1s1w9u4K5U+/iImjrfIh"
    "68Vt9jD0eMIBUhnHJV8S5HqjRSTxBGv16f/Qz60/Xlz2i5sF1ssBorHsJO+jyM5Bym+sZN"
    "FW5/mX6UZOWvVDULMLRnCONuC4qgGNP65nCnXtimlkVTgoAghLlTH9usPoqos+zqcmyj0v"
    "IuKmN3TWE7dfKV6iS/75vukTTVRvtjfaWkLQkideOP9f4wgn3GY2UcuvUzNzT9qXHJpIPs"
    "IjqJAHopMrY32EZ5OtH9LOOhDi7OPiD61pxqwT/+a0HuQVXjvy3qOi13HcPtW/+vRBCVOy"
    "gaLnispDyRIMFE75txTKQmw16SxlLs66dLAbRUeylJMtxP3Kr/gKn63WQfJBRC74DQsIC7"
    "HfsPUavRcBOL4WlMTSZ/gTjYe1l5DJVhEtFbJIgE0pYi3Cdj5jTQJuHtwU6h16MRoVc9Ri"
    "Movz+dX05v/hH74GNn18XV5c+fSrzwn/5xdzYtlNvjpmxDR3yOTOgdAgpWH6oom1I/9sXH"
    "Jrwo7viYo5sUPsyQtsptnBZNrvJhKKDOc3xo/PBvrvdo2u7zbUAWRxUIYmZMbx2G+ByOnv"
    "nR8LUoYvQFCEhSgJ2GB1FnVnWIzUjxGMfthk+Yc5alLFvM48swOfpdrtdD7sJy6Ge9EJaD"
    "CgS8nqBv3TsYKvL5RRfyYafSAYItBQQ7WEMkWAMaUsxY2ZEmwshSCa728C6lyVFExVC/DU"
    "e+U2kN/kur+pTm+U+vu8bcT9MIznteyznD+80qbG+f8+y+acL2mEBwnqtEh6680oTEan48"
    "9cMr+M0ibdvVQTat7mRDbFnXPo5JRLre1vvKcsWpyN078r1CsUmRCN0ESBkArDae6HCFpi"
    "b9Khbenf39LmP4FKL5M0hCNDwf4p87VBKltSiI6jyMHNn+szGO/sNcOrySkba07MBy/B/g"
    "+/6zubAmyghSnYgJYFxuYeKlXyRWRRN5ZalaLS5VUwnrngR+0WRd6NhynogfWPeYXh1+Ly"
    "xBQry6RZH2nkeDX/yZXapJra4LkyEUuSTm2BjLUc/30MVgwB0zMuW44Rx3NACuAPlrsDS0"
    "gG5AcPG4T3QRts2r9llOs/Jk2ygi0xzSayGSl0Hvotm9O9hO9Kjl3YhfQCSmgJ+WyqUolI"
    "1asE+zT2yZUP6MXr41XdiL76RofdinxLP0h6MKjDr8a28dOo2Tcetg6WoebxmmfS8Y7Ssd"
    "/tXoK9UB/NINX417pEhERj7qszgLLMlyHWRJlquhJfhbIVGnEbLEh79B7g76dXA7Oqoasu"
    "4XkLvKQIpqg606jELIUgdN76ydWlkHdcH++f8B2dbBag=="
)
