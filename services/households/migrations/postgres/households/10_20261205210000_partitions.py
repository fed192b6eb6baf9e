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
    "eJztXVlz4ziS/isIv4wrQu6WKB5S7cRGqFzqLk/7qLBdPTPbNaHgAVocU6SGpOxy7PZ/Xy"
    "TA+5BIWQdo88WWKCQJZBJA5oc8/vdk7q58PHdtw/9pslzalq4GluucfET/e+KoC0w+VDXp"
    "oRN1ucw2gIuBqtmUTs011vzAU/WA/GSqto/JJQP7umctwyeepO6Ovq+E/kAk/xRpOPy+Gm"
    "mm8hG5DkZL1feRayIVxY9FwdxzVw9z8h8j8lTPfVJt9Ox6j6btPqPTzzdXk4trcq9+X1WE"
    "Dz9BbwxXJ92xnIdDP3jlWP9Z4VngPmBC5ZHH//EvctlyDPwD+9HX5ePMtLBtZARhGXADen"
    "0WvCzptU/Ww4UT/ELbwrC0me7aq4WTtF++BHPXiQksJ4CrD9jBnhpgeELgrUAazsq2Q9lF"
    "AmKdTZqwXqZoDGyqKxtkCtSsA8m1k9ns+uZ+dje9n81OCvKOKFKSCC/prgPvCumqTxnwAF"
    "04GwvCcKgI/aE8kkRFkUb9EWlL+1v8SfmTdSbhFrsV5dnFrxfX99Ahl7yQ7GWFC39SGjVQ"
    "GRUVRsJ9Dz+QfhP2GrgohvO56pULIUeWkwYZZl4aEe/XiSO6sFN5nHxfkVdeJX+FgfB9JW"
    "JM3n9l1B+gnxEbBYpGUUNmC/XHzMbOQzAnXwfCGnH8Prk9/zK5PR0IH7IyuQ5/EehPIJ1E"
    "Gn5A2NVEDjEB3xJQhqpJVh1hJBCuxytJ3PmmjBf6NRgv9CsZDz9lGa/PVcfBdhPWp0j2xf"
    "xkR4k5fXE9+zq9vbu5PmkuhHjp/76SsdD/vhr3pSERSGokjaeAXGcKyNVTQM5Lgmw3P16a"
    "yCEmOKAUmjNfGhsiYbsgjbKCELGmEhFgh0w0n/QSxcNpLIp+nVlBWlULo1+YF/5KW1gB6d"
    "eMqTtZoXwmfK1Yl3J0OdmQ7QgH1gL/ZIQrwD6ktN1KlZ4kEpbIX2VgEgnFI6onmzWi+Dy5"
    "n+bYrOo6Xjbnco7slUwOl/r981gaGoS7itiXczyOxrMPFuu2qz/ODPXFL3L4bqHadqXCma"
    "XcrHju6v0d9htzVu4PNeCpSTg7liWyxJtmn6w4kgFcFk1JjzhOro8Jx90n0m3bRrZFXm5k"
    "OXRzJkxH0XBr67FDQZFjzRW+rNNV764ml5eRcprIyCAmRLMZkFDs/eXfjSZUlJAkDPvxDI"
    "jkYWDVsC2npnbUbCaQbWY5a87qHFlb+K0Ielr/zPFbX3ke2XsRDG6/TCe3svFsiT2/jO2f"
    "XNfGqlPB+TxtjvcaId7XIhRfabjCSxLTbUDnGSqwf9JBnLFBkJVGt1d+iKG8itefbm4u4S"
    "YL3/+PTS9c5Izg629Xn6ZE86F6D2lkBRnbuEJGM031rZK9Yo0tVk7Ot1qaExRsEmODfB7K"
    "mAjNxg+qjeKhNLfT6hlq6yy1okqaYXNT9KiMeqst/YDaUl5EJfYDQHVsaCg9w4y6utQhwa"
    "iUTuYuljbpAy4T4roVMUvI/XIoK/0xEaTZF0BsKgZBDmQQ3pB+ViXY+rV/Y52Cta6HogEG"
    "yMM6tp52oBPvcKGcuws8e7J8K2gsuTwp97KThhpRHRSskskmDWQp3tB0d+UELwgGhOiAkO"
    "HuQHfYoZgWlg9rwow0WJTsZH+7u7kuF1KBMK/sWXqA/o8YDf7ejJ+Tv5orh00HbWXZgeX4"
    "P8Hz/nsL3Muk8K8+GMBMBJVblsZg/ITDRAvSd88iXXi18P4WAnOx8KKd7PRq8o/8Jnd+ef"
    "OJMtf1gweP3oXe4FNOjB4OF4aZh1WytDcSZSlxq8Up4r4Bf0cjmIoKLKwDXY7wBLI3MmQ/"
    "WkxTw+ZPtAbWLaMx7JOlag3qM9CI1iJpYzWH+oTD2YfVZWDQYJvvUhk67rcoEctkaRsTtQ"
    "z4q8IyNxoCzjySMVU4RMDWooPceGwocKneGLjPjj+3loho22eG+oIo4PWBp50M/wiwA6/8"
    "NvhdgfhwEF5zBE/CgAzBzFiP3f2cQeqQapABIu0lFDP5TEcNFvbhYTw4zHiZ6XOsPxKuq0"
    "H52gaLVIXASujXrXLwgaeVbtwXQNE3DQ2Ufl2K5mOI+kkmzMfnOXbo9INDaJAN9tEz9jAK"
    "x43I3kUZ8ep5eH9xNb27n1x9zUxGWC3hF4FefcldPc0f2cU3QX+/uP+C4Cv6n5vraX6Xi9"
    "vd/88J9EldBe7McZ9n5A1NcTi6HF3KmoVkzw62enOylDt4Zw508FTfaYQM0Lhx7JfwfW6J"
    "2MOpt1bqsf9RY0wnT7mv9f1tegeBY5b5WOocFDO2KI9fXA9bD85v+IXK5IJ0XnX0MleUlK"
    "Pdl/T92iWPP6OXLrqaPN9Tn2O3tsK7SBgBChdTbM4nd+eTz0RJBZ5rqv74rHrGrIL5cCRR"
    "out8Csl++e0W27EbYjXP/x5629yR27VwwaviO2WhK7gp1mWYWvxpISzyV1RHfaBDgmfDk9"
    "JOob6Pg4sAL06qvEbjBr2NPqPQlKIptO1ml1Foj6B94rg5MgTqvqYqH4kKT9ZeK/B7yMf6"
    "yrMCojz00BOeW2Rmk0+0G+S/tvItB/s+Op14ARqIZU6ie31U5xbK8cLfQ51baDvcQomdVz"
    "IbqsUQtT/c0eN2vla6AhaSIGiE6VGfj++B+KTaq5K3/jPWrYVql3M8psnbHIzop5CYH5xB"
    "xHB6KPWHOuF93PvX4W/T84uryeXpQOwJOUQnkoNYOM0lQ1osS+y8tfBcQsQ9NqdIgOTIBn"
    "j9sM8iO0qiuMBY6ffJfquLA8BHRQM8QeOx8QK+OW4zn/SoPdeODyPNBH9cuQ9uDlGPufBv"
    "6Ozgzg7mVx6HsoP3bt6tDCu4xbrrZc2Oiia9jSYeNJ55SevNRh5QIGCiDQF4AAUn9ybWlv"
    "dk6TgxytjBzij8q4HjqClJJQbdzm7bGW8cr1a9NcYbee1cr8mOHRPwbbDJom5EJ2Gh31vc"
    "86ZbtyzW2LllsXLjhp/yMRwRGNeA7eXwHbd8Zxyv7ba7b5ZjJ7CCRsFiCQXntrGkmWOwDO"
    "BkP7STlZHGIsXICBDtN0dCKFVWN8mhXE/d39u/jYN0Wg4mOG1KQ1NJ5GBtBVrsXgotA+y2"
    "clVvC1znr3QdY6Ox11GG7oDIRiSdZpuCMKDBS2MWHJnqOS+4hYZNYpwVZVDtLJlQvMpD8p"
    "CBlOBWIgOUIQkUPkqGwJ+3o2oGuEQvrZZHTNBCcYgUWYpHwKE0GnvXHNKrZkeaa9rjKurc"
    "u/OyKSBbx4NdzlUfTxYQOXFSgbqkWvQ2gS46aTtTk8YbMRe4OWIECQQimoYBwbhjYlaOBw"
    "a40o7GxkcKnSxcJ5jbLxGN6bkLpLKryHV66NkiH6zAR0vVI39VBxwvlzZhATyyiM4cowMl"
    "OM4fBXwOmyY4zD/hGTzi5F8d0tMGpKdlWv8bP6bPzaHS3bXCHC5QtihhCj3glMQRjXMcEc"
    "HQRYouUa/WfEpiOsIVMbXuNzinLxIf58B+y1wGEA+Q3y0gkC2zSbye6dFBvtDgIJ/uP02U"
    "+5jg8NFoW3J/JDKzl3Cc7ban4LTSC9neY3Hyr4+b2Yu2n1IKmggpR9YSUbHjLEUbK7mD/t"
    "xw+BMTi1Zstper5VlBuEO0h2OyUUgy7tPolxd0Ovn69fbm98llD91OLu6mPUS4d/0r+f/r"
    "7eR8WnMiZTf1YZ1NfVi9qQ8Lm3oXjFLN+rdlJndOOMc3djonnAa7UuudcMiu5jzg6RNeAw"
    "elmvQ24kG08QzHrTcDQpQCmRgbKZ+YFI47in1iPiIVUrMY2MNE5/Mw0SRe4MHIdh+QC8hK"
    "5F3jI5DMaoEhIFdfeb7rlSBBh3zyZleeP06CH+wlIX/Jb3+kjsozh7W02b/eCx4Eej+msb"
    "tkRWP54vzaDidcQESdjwQHSuQaH4l1k2Odl8Qesxa8XhivcZQ4SiYy/iNsTr59BcX488kW"
    "hleyqWSmCQwCfETZtrnNTBHq+LEI1X4sQtv9WN44or1UX2xXLZkZ62C9mKQlaJE0GEmwfm"
    "ljCuzF3ecPHeL7yH5XOGt3Zp8DIyLNvL7iEFEcWWe491THZw7DF8bph4rZNx5HmRVFPKIB"
    "oSoshkFCjIK5GqBnzw0wS5kDZYio5UStorpI4fFQjGOa2Fh/vKgsfRX93NtsWpOGM6tmza"
    "tb8oY9qzbLZXRmpetPEalFZ1iKpmCWj/tjuv7UX/z4QCui7yE1YEm8IDkq5G3ERtGkPthT"
    "a3lUsAPQzpGCm1nZ6xwpWqJ2xr4Ddf0nYoLWuE2EZ/nYNKLz+1ernGV1ZcL1q2RpWeeIni"
    "Y7oB/6dm+1YQrpRR2cblPd58UZvTtQ4kQV6w6U3vCBEnht+Wsqvca/b9R3jXTLjfpudN98"
    "XHVJHl7y02iMKSpHk37oZvy5D4Gt8PljlMa1Fyay7kE5B/D0oFeMlU7++4G7BL30EeNl6A"
    "cc5rouasYc9q+LLud41exU5baoyvwfXGyJySbJ4gtnFnxwnnl9zqqiDNe6IRdo25I2LB9x"
    "mA5Y2V304VYOyFv5gx/bD7y5BDL8PqbD91bFSN5GCZJcqZEWFBjRGnmAZKlatFWEWWHC/i"
    "Ntq0LKu0/OwEGZl+PI41B1XpL4qcbQYQlpWyrqlIRexaPZH6bYIVkdksWvPN4KkjWF0i/0"
    "dPaLVekcnW3U24RpperqzOZWTQ9p+owzSoQIUYIgVVW5IS85rc8mGHC+Gla3eUEsNSJSNX"
    "cVQAQ7XmjYQybRX42kFk5ciiqqBE+vQph/r4Bp8dKx707gEsMHqY4P9XsMdEqjzKA4KcBf"
    "hLm0mM+H0DhihKx2ZIiidYAY94tvbw0gRqRoWzoNKmy8JRZpOd4UT9Klh1lJuajzNfXso/"
    "j2vguFhXpga+B1jVVABjIqAa+S2bKG9+uLdx/wnJ+lSRMl0M7Z3sKzRDpwvwP39z8nNEOM"
    "AkYyNUBinYyfYiBMO2yY3TRD1CJhjOKQQ/C/JXqqv1pCYKHPCilnFOZtxLP7wCoPm0TnDg"
    "3a+uJJEXFepUKHcKqBrLBwKnB0EmmYgk0610NE/YJxQOoR5xEMIEHmA/GkIbizCDCrjcVl"
    "qNoCw2VBTtIhZGUqu76+gmuZZ9+RT7sOV0y3eN61e/5uU7mI2ftFCdzjH1XGXkzB9aIToi"
    "XaGOey56SBkL/4KBnO68oTT/9xv/7cKw7Guby5/jVqnj8MKxNO44OvHBnXYlI0CTbucd9I"
    "qiFEEBQvB18xP5udfOXI2rIRpCWS2RRiuewg7VTJXkCxyi0SFKXpWhUiyPwRlSFoq5lwQY"
    "baqjU9It5YyCBHUWfTHwF21jniJg16GysrpSBSnCHbfHYRNU/5vWJ4XWBexj6wgjL+mEHl"
    "DcNHz65HjNAHos+9+GTTgwwsqY6Q3U+3Xf0xlX+XuYEUXW+P1IfuNKE7Taglle40oTtNKN"
    "1jW3ea0GHXPGHX4eY1g82rKI67hWrblTMlT8v5GQ/bz8eSAvu5AXo/q1EHNgDkOk1v42Rj"
    "r+sCF86ioaDI8byBL+tmyt3V5PKybGqUp5Wtxipak1a2xBeXT0jCIOpYZbBAtRNohqo9Tq"
    "As2a8w7KfcP1XDthy8syCBoiEMzKooMrSew5WFhrhlsCzRo5pSBu+m6FAJfx881Qkag2pZ"
    "Ks6XE7DEaNijHKNqYf+5AdUifjbD1LJU7XnPU/LIYGqRVPYDqXWZtjrY7PCw2S8YG9Olq8"
    "9PKmCzpEFvE2wG6bFmOG67ESu7B/ApyUn8Fx9RYnTq4Ge2o1CnWT8ge/eHHvLdKNWw56NH"
    "wk9ArywvTJDrIz+wbJva9C9FTGzPz3oF9gXdabK3Re13s6vtK4OxpICWMIQofxmPIUVK1O"
    "9jeXCsyVccvbJ1RRATcK5ZKFgF030gDsFQUR3DXSCL5l8N5pbPEoGTD+Sd30rP2L1vjR+o"
    "3naVL7KUrdoTJbMPevVY13L7Yzim7nDp6LvkF9e2DPWlao+Mft64Q85TDTduj+FdEaVOjn"
    "JGwkiAzCiiwtTTj+FhDeSrdJ+w51lGGPGhkplqqB46hZyD9F49Gh5C4SHyXj1j/EhawD31"
    "/hAgpMHgQ3HrPGI/XrGthmyubZKrZabiq42UvW2vGf+vHbp7Ve+SIaZYcgCxLq9bior3tG"
    "6yLACAJAryJkz11ezeYZY3+r+B7hK159rRSBLBoUUZm6A4Rj0+jnrC1S4UHYlV7kOpM7NN"
    "O1G6aY29KGyeTueVOq3L1oiUR/IQ/ooj5mFAXpeAbQz0xBUT1RPWf7Lke1jH1hO5YFia6v"
    "aQ6sO2QB6Ey/aho/ShTiGb3IEeUdyClf9+Sta0zN/hPZzaysIQXPd1yJeUnODCufrq0V3x"
    "d3a78jTVmXkrj7mC15VJjoxvmUiKjgHiTxUPYkFI324/Ta5BJb79dju53EYgoxryGFWKY1"
    "Rih8MC1kAQCcXBZHAyOb+/+H3aXLtQBNg15D71Ykg6zkPk15OFn2e6rfqNHRjytIdzYBg0"
    "nwgCPUAnU4AeoEPHEe04GpwNa4pid54KqmF4uIzha5z2ExKu9WjRFMGkUUSaozrpdOOiS/"
    "1+jXedtKouu9QvRLO8iarqzbPpcV1S/X1mtRKxqlEXfyjebShKjMayDFem5fkBWqqWsb8U"
    "V5C62J+ZnrtowvMsVVvYnWR1XsNuymnkuMh2nQfsUfbvg/FhQpzGYVtZMq53gcThPwnbCr"
    "vPjYeJj5cqsIos6SzGEoKXGmKNlfc4IPIYX2nouyZJoJdiMi+IDqPFcfHjvsJADNBU4+Gh"
    "ZHjo9NGi0ZE1K1IdBpT0SRdsPAuzpmiqbzUzJsrJ+Z5kVIQwvSLjWzTHBjsDB+HRIZ2xIa"
    "F4SFwoYg+kGZ4RncMqsb3Xunelydqy+8gY0uOM+/1+FBAlCwIITZMF5uSlY4R/WAHCjuGj"
    "U2KXpDf/18+zkk0InjELLbhmPnZFyrbIQcR9ynVhEAewjoawzlGGsyHtg9cO/rElr4uUe+"
    "f1boAnwmqtlNUwosgAN1Z7cZCm0YVET2KJqBrDGiXkh0M2CsZdv4y7I6pesXKSSe4t5gMF"
    "9dvZCJBtPcHxYTgQsm/jZcDiKPET9l6iLJDMSa1ZfcldoCBQS2U715ssZatcb9K6Vsb1Jq"
    "VgvVPvmww4vzS2fDeylK16N1jFCRb0kHk3wjG99RcjYmPqzaC9b3AgXhpiXLIFfAqpf/nt"
    "FttxOG51suhJNm6Xj1em9iHon9EkyeWLzsISvo+DXbAK7nMR4MWbZRRFS3fAqXPVx5MYen"
    "2LrIoKKu+CWUkR57fIqagU3w44la7/9xZZZTm6u8A7YNQFvdFbXqpCpI5skDa51w5Y9hu7"
    "4S/0fm+Va5WGY1NufaXYGz9semXGi1rMW3rug6cudjJBv0b3umISIW8eP8zc7TsXgjyB6j"
    "/ugHG39G735GZviV/79nZN7QcV7q7ZHWO9vyvbpmZW1Hijxyu7OQKCxN9UloYyg3o+ItfB"
    "yHdXno4hoCp+LGJP6kW4Tw/hH7q9MlhpDgMq1YLxeDrxAjQYloRbHPLBXcqulrqwHq2Mwe"
    "GOaYpVDKgfN3vLkYbBLwBy1DVCSrv8UO84P5ROuPUQxrrWFUWahvdo37RLcbrfx4/rfROu"
    "ftstY9TbT1IgSjKTV5wHbz+yHViu0djrLEfWlgNndk6naGMlOvgH5zOobEDHg6Lx7PoENG"
    "QX26ka8pgRtZfDoVNFyOG6m3Uz/gZw/rjAZetK9bqeIeJ8YZfGfZFlnSOsPL/5dn0//dxD"
    "03+cX377PP0M2j359+2cXOVjn3Xcshoca0JS3dLqG3z5d2XKEkQ95sJ9612kh+XQPischH"
    "bVcRvgR72WVcfNYu0ViFQBkF8PSmUPBOrhUuEjEKNJpeMwQbkUsQZJOXQJp52HPyZFZp/n"
    "LrIgwNnBqkdMNMAvnyiQRKOfIRzONFl2jieLvFMPkL/D8ErCsY/ZkQ634nhd7PGIWx0MDu"
    "mqb3YI1daaM130ZmSv8JqmdSlSci6TVIIdFjTBnGZHBk2/M6T1GdgekB4UB4FKlNHbiefw"
    "uXd2KhtpbAxZbp5YNtvKRapjB0nVZpBUsIK81FFs/VWs8viWN5lk9KmBAmuYbrLwebtJAZ"
    "M9ZzAgymDjUMo0DedSSDTZOJKS9p6bMErGyy3qsqXoWuWlnZZIti4blcsb99Gu47zfwUMd"
    "PMSvPN4KPHTtBpaOTypwofDX3iZAyEnabQSC2D1TufAGMkSPj4fqz9EXCfeHH9HSw2cs3l"
    "+1EXtCVM44RFZoOtblSouCKqKE6CFREfs58LM7uIfjda63Bu7hoLLgoWJsu8KCnKoGXWFB"
    "XiGgeNMAbwEJALlwT+ADjHskA27C/Kg95zZs6CamjAA9+Ho7nU2+fr29+X1y2UN30/Oba+"
    "pQ8PXbp8uL88n9xc01H8ACrYXgN0zYkCFqTf2ppB5EVAOingiaec1AcpOG7EyRtMUjScEA"
    "WZLVBRLlY2dnGcQaBEHv2/K40f4NefeqC58nDTbaH26m6UYTJL5zyhIw+wJ1BMM/A0Q2hP"
    "o/gip9ROoDYa8fwIEvMwPIKqOrcFcPq/YZ9Jue9jqu87IgveuhJ+xZhA9Gj1z0nyEXQ9EQ"
    "OUoPOnOkM0e413nbaI+8C623NYfRsCo2PujMEHHt0ClpYxyfZnp46XqAO9Fd4BQvlsELss"
    "xkM6ibkGnPp5zkcUGpp3N1We0UCeeWiTQYSdRYH9O0WXG3+SusHZYMaVoQN0fWGoskjD4V"
    "hn06Vdgg3qAq/VV1sM2itauU6XSTjer0EhrPklSGmzVqevsoI1/iUqnpIlNpaXE0NUrpO2"
    "JJYk1JYjVulsRWtHSLPDbwwZNSRQZeuDp5hyw9uin1qKQhwi/o3y4RU/hDj1U4LWjYR+/R"
    "d8e3Hhw1WHnYp/V6ntwA+z36ER5BLpPXuFPMO8W8U8y7g4LuoKAzmbojg30eGXyeXt2c30"
    "7uL85nt9PfL6Z/76G/3ZAXM/wG2/n5zdXVxf39dBpe20Y4Qh3fOKHaN04o+MbN4T7NFPYU"
    "SWuU9bRqlqkTC4NBdfeZhiHOKTWvyN+/3d1cV8R15OjyTLb0AP0fsi2fo5yMdEHSwRlXUP"
    "tpB2mIc06ru6fAnR7yXJv8BR0WgGRQXl+fQh44ut6ozduvvaxfIdwgb9RSvXpmul5Rgutz"
    "dGcIj5ide/PUMCTMInTgrBl6jcJeHzTVNuNXeByxHbNTxDwznEwUqD+pmeOY4ameH7bKG7"
    "G9sVORgHg9y3OkXDPc7NPzTnEIxkW23wdlN7PKm6mkEQXv2lB4pjzWwYFicnfHcjAAEfu2"
    "lS66h2KSuusZjaMxcmScyyLBm+KAjGgAR43J4AnUZGlPq/DMOCnqBigzabcZxGRFjkqqdK"
    "fDY1Ox4BQYjB/cQ5YByxacvBMhRiAfvYguPpMxAlHRF+Bwj+1wxpbijB1awhNaYhkzNqma"
    "yCJDtBtJ7GNiwN5Eq4qK2DSoUT5gYc2xOOIlZSth1Cn4Paiu+D0olPxuetDfkjDzdMhyF6"
    "x8sGDlPo6rIOKhVhGyjAIXzQFrP/0ynXwGU5xuunBpK3eL3evQmuUF81kE8dVFDbNUrQEO"
    "pYGpwvEUzduXBg7peFDU351XPsY/mkyDsDnnM0DuC0qcizXsctPXuc4SX73CFxb4MC14if"
    "q5rqZuiuqAVXSjxX+L7JOsDh9ZbwZ03dfjN9qAdSiTnSeqzNckS886lXR39XOjzO0zD6t+"
    "s22ihJRrNzyyVxg52Q3HRF6SjAGlfZ6/gLs2Sr2Hx09nbFi+qllEfC+zB08tsyXWA4pl9J"
    "xnY9dGGswkDUN+V3EMKJgKDgzJUBAdChqciQcHG1P8bHoCW0LK9XTJCCKd8DsliGggx9ef"
    "fMj7u/Jnlm072C8rpbK+nnuBmvtK7uMBnHgoki6FUOSDY/lkjwnHglJj4WWzeXa9x5muLl"
    "WdvDxN5k6B8IAz55dvl5fNZ48kaEN6cAuZxvpgmEvCGGYP3K6Hvk5u7y8mlwzNZ8lYjqy0"
    "+cHKKPX3Xj9xEiruJ4ykCJC6ZwS1qUFTg9Q9pCNnYCOh1EB4mS0G1oli1dj1O0fWlvhJWV"
    "MohgXaWcYmhI7SZK1YJe/9a+VTYhZ2Loc8gervOpnRngr19VqW4uira1v6yx0OgjUZsLON"
    "ehuPFWnzmZ9qv/l4kdKgkCZ13qcMaalubUwjVkywVCRICDcQQSUzZQxnf7arqzbyVjaEef"
    "0gj/J7KLCw54On1soxyC17SCetHn24syB/gOoV4eFJD2HThIDjJ3xGi4CXnELy1ruSw8o/"
    "8idaj5jqbzE5q+3yr+5Qk5f1t9cdarbkUDOcSrU9wHEb3GySRQrqVyljCmrHS/bxAbkn1V"
    "6VvPzVjscxQVs8jvtD8DaLu82f93Bu72hgGhUpW3NkJguy8n01Gol6zjyKx7S3qmJk/jX0"
    "7EsouEY4Rxpgm0RPUmOXPtLzzpuvugh3lSpeXq97g0IeEc0WWarNanlEiRLKdAFjaUCRtz"
    "HbQchuImPMihmnSxjTC3En6OyBoGHyWvbQsxXMkRX4Yc1EFg2sqb7ll6jhx+5N5yPYqdOd"
    "Ov1qdTqefE1kkSHiWxLlKxGRxPV0cjv7evP79Pb+n1Ds8f52ejWNLsAJxf306uvN7eT2n7"
    "PJ3d3F3f3k+nyrE4vdB1q+o1yNUEGW5WrMKYD7UvveS9pGfcSKx+bYSjZay0antuoHZBt+"
    "+dBD7hI76HlO/tCkTfvg+ZuoXt08loyVrs4sUANjUChdjU6JvARYuSTZhIBYc8wcPrXXx7"
    "luVdWa6Gwz1zS3E1eRuC3iEjGkjZU1OEhl7ocloiPDOyPDS4lOxEMxKp2SEBxJdFR9brLT"
    "xwScA2gjTRVjo9YcQ0TSUIZtng4ADlLB8xneLX/LWk57KS0MHWoeQpilapNkGNwQ9p+bok"
    "461CrfqqxTlrJVhZ0UGTwPRjS+M1PYKY7v7Go7vQ8nCQ7xg3ftDlFbHm/F8eGWgiInFTBr"
    "+GtvE7LqJe02Yqnsnql0i+EJA7gNJNgNOAwMhDPDerACKBQQWH5ggf+AYT1RPYLiOAlQub"
    "TVpPzS3CJvkqfPX4rY6cGf/gqstClMt1t8bk+Ro7zDc9XgKW9RpLs6fhUhSEUZm/1XhJHu"
    "XjG08RO2m7A7JuAbFJV0UYgjTOI+Hz+cYal62AkaHw3kyLbi/aHKmIm4rzLW55YeNoijLz"
    "3ZlX/2gtWS7AGVWm+G5nB5nIS+IG4hiYj74HiqiCyVAA1bJNtqNIjaWrEwEBVxNJTFWBmO"
    "r6zTgYsO8CtPU52Zt/JUe6bballUT/VUKCXm2h1BUnTIcY1lioz15SjsKjM56LDO6LBQPK"
    "zGblF1vKKqnaI4c1QAJZKM9eUTRejW6M5Jo1oqNDSfxbBfPVUaaEKkLXEB0AyRpaZLI3If"
    "w7Q/IQ3DGpCG5+StShIHkR2JLIWZlv6Lo8fQxH8xv4FiTPFxe/PdYRQ9GiFI/RVYmx7yXW"
    "S6tu0+g89y6lZWlLEvbOlDMO6cNnq2dFztYMzyRYUGXRSQyO4BFzvXYm6wjHXqfEaK9YWQ"
    "ITvcNrulC18qI0CTTABdJva9mgCtCIvqMrHzBUy8+UzsIh6xnGIyzcQ+uf/SQxdXX28v7m"
    "6ur6bX9+AY9OXbbzffZlc3v2/lDrSvRKSl69WmNKTlSxVvQkkrb6M4ISkREChS/orshiEg"
    "mtPktjISdh47oamBPm8onTQN19abTB1TwCmCiANQaC9RwMkQ+JCAh03s4fAkqP4ESRFxLQ"
    "OW+1AZQKhEmAFRE2mJN+xBulWdulMvPQuyt5L1ixonrokW7hMnOCu1sBqngctStcalMdli"
    "KkL+YVWjY6snnGa+doHqPzZWbVNEnFsb0hgOEuTRcERZTNP3qINwqwjrocFoyFpFPRtrZ7"
    "w6ksob5gpv7pmSI22Va8oolXS8c01JuaZwBT/CXLonU+mkEnuMW/Q2A4/QdhZEjWugjslU"
    "TlIAlE7+j8jX59hY2diICx/SrCrk2xn5RX+khcrhw5nloIXl+1D+MD5XJ20N23Jw2Tn+cT"
    "rRhT61FO7rIIwOwjhsMbm78y/Tz98up5976GoKGbhm099DGIP8cv7b7OKaFxCjaSLWluRf"
    "zWRbTfrMh/s52UUaplmLKfZvb+0oAFCB7MRjWQL+GzvI7lBiVOm22zxjXYaoLYFjkjbS4w"
    "pvbAT7YKi7CnS3madbioTr9SBT3SrV6eMvwe/i6ItDjbFzdm+wgLTe2f2OiMkgdzqpMJvj"
    "33ubjGY/3XKjxRzdN7FURVMEzyvToPZqH9DjgS5/zIefQv475nBAK4iokSIP7i3UL+tn6p"
    "fVS2fvQK5TNJeP0oM62flSTnPwtcvSx+tK2ets65bY1rkptYX7agss7bTraqZWwLfbT5Nr"
    "sLFvv91OLreRyI7TnL+JDAtbmn80yUK8uaTSKyTbyutNmCgYv98gGL/L6Ndl9NuRA0CX0W"
    "+Nwv3i6OcrMs29SpU7abFZ6SZtZ3rSeLPeDa7ijCB1SEQLZ8kalGOS8TBcoT6iuftM7gNl"
    "+iwfSpo8WTpGc9UPncfh5BP8w8nCFf74F/ITLkuTfbjHvuI0Cu7RZD5G7bkOLpUlpc/CC4"
    "DJ437ofAB9j/m5zcTclV9UtQqdvNa1o31jCs5VteRtD8VBM1yRLZrYi8ulbR1XJJljkIZW"
    "ZERxOMec5qmTJMMUYJuC03BZkQdsklCPQbwAn0HVoBEyDUPuDuyNg5cu82isOztigj1FpO"
    "7qwBCrYFUOxGFqqSIrPO0+vRDuIxq2XefBR4HLx2RZLY0t8/ZkKVvlHCXLJs0nVsjbE47p"
    "rftGRWxMOUfR3nOkcf7d9R5Nss/fBbgyeXSmzUat8zlsPfOj5hv1zugBCEhSKiAtBMrck5"
    "ShapJlWRgJaZ87lqWZ3N3xLVpFmjohkWe5HmSDtBxaCUUNAlWfL3CUmNm3Hhw1WBEZFnXR"
    "43al85bqEN0O0X01oguozAzSEDUSRpaKcyOBueokS1GjNMN5d51a3jprnHXy/Ce7XWPup2"
    "k45z1TaDK8307N3D3n6X7ThO0xAec8V7Bu0gqtOMYN464fPyiomTdVu9yo0upOZQxQpOvt"
    "3LmKKU5F7t7jHxWKTYqEayRcHvSBr2Od5mJOOv0qFt5P/3GfMXwK5Zxi4+fy5vrXqHm+xl"
    "NuUUmU1qIgqutq5cgOX13r5K/mytGpMq6tLDuwHP8neN5/NxfWWBbFONY6NzD+6m8lVkUT"
    "eWWpWi0uRVMwy9QH50vxuNCp5TxhP7AeVLJ1QB1NGt6CPf/1Oc73IkhDffFndqkmdbdQbb"
    "vSussQ8gy3joyRFDk+myacf0sG7DGiKcWnruT6+GcEuAIkG4KhoSVA4rDxuE9kELYdBx01"
    "AmWHgiLHZiJ8WWcY3l1NLi+LSGtzQK+NQF4avIt692ZhuzrZtulJjK4Cixq7IBdpeY5U5h"
    "CJWeOFnOJtUShb+SFPsndsmVDquiIX30nenJEn2LP0+UkFRh3+2tuETqtJu02wdDWPdwzT"
    "vheM9pVpR6vRV6ID+KUTvhr3SJHwjHzUZ3EWWJKkOsiSJFVDS/Dbn/ktrxGyxJq/Qe4Oas"
    "U3DtbENw6K8Y3kiQEu83etNthSJG0oXd10z9qrlXXUI9g//x9K359d"
)
