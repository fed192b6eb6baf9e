from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Findings split by rule (kernel/partitions.py, docs/architecture.md "Partitions"): a partition per inspection rule
# known today and a DEFAULT one, rebuilt with their rows in one transaction. An open finding's key begins with its
# rule's code, so the key made unique with the rule added keeps one open finding per rule, case and evidence.
# Models are unchanged (SQLite keeps its whole table).


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
    ALTER TABLE finding RENAME TO finding__old;
    SELECT array_agg(format('ALTER TABLE finding ADD CONSTRAINT %I %s', conname,
                            CASE WHEN contype IN ('p', 'u') AND NOT ('rule' = ANY(
                                     SELECT attname FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)))
                                 THEN regexp_replace(pg_get_constraintdef(oid), '\)$', ', rule)')
                                 ELSE pg_get_constraintdef(oid) END) ORDER BY conname)
      INTO constraints FROM pg_constraint WHERE conrelid = 'finding__old'::regclass AND contype IN ('p', 'u', 'f', 'c');
    SELECT array_agg(regexp_replace(pg_get_indexdef(indexrelid), ' ON public\.finding__old ', ' ON finding ') ORDER BY indexrelid)
      INTO indexes FROM pg_index
     WHERE indrelid = 'finding__old'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid);
    SELECT array_agg(replace(pg_get_triggerdef(oid), ' ON public.finding__old ', ' ON finding ') ORDER BY tgname)
      INTO triggers FROM pg_trigger WHERE tgrelid = 'finding__old'::regclass AND NOT tgisinternal;
    FOR definition IN SELECT format('ALTER TABLE finding__old DROP CONSTRAINT %I', conname) FROM pg_constraint
                       WHERE conrelid = 'finding__old'::regclass AND contype IN ('p', 'u') LOOP
        EXECUTE definition;
    END LOOP;
    FOR definition IN SELECT format('DROP INDEX %s', indexrelid::regclass) FROM pg_index WHERE indrelid = 'finding__old'::regclass LOOP
        EXECUTE definition;
    END LOOP;
    CREATE TABLE finding (LIKE finding__old INCLUDING DEFAULTS INCLUDING COMMENTS INCLUDING STORAGE)
        PARTITION BY LIST (rule);
    EXECUTE format('COMMENT ON TABLE finding IS %L', obj_description('finding__old'::regclass, 'pg_class'));
    sequence_name := pg_get_serial_sequence('finding__old', 'id');
    IF sequence_name IS NOT NULL THEN
        EXECUTE format('ALTER SEQUENCE %s OWNED BY finding.id', sequence_name);
    END IF;
CREATE TABLE finding_r01_public_employee PARTITION OF finding FOR VALUES IN ('R01_PUBLIC_EMPLOYEE');
CREATE TABLE finding_r02_status_change PARTITION OF finding FOR VALUES IN ('R02_STATUS_CHANGE');
CREATE TABLE finding_r03_pension PARTITION OF finding FOR VALUES IN ('R03_PENSION');
CREATE TABLE finding_r04_assets PARTITION OF finding FOR VALUES IN ('R04_ASSETS');
CREATE TABLE finding_r05_employer PARTITION OF finding FOR VALUES IN ('R05_EMPLOYER');
CREATE TABLE finding_r06_wages PARTITION OF finding FOR VALUES IN ('R06_WAGES');
CREATE TABLE finding_r07_support PARTITION OF finding FOR VALUES IN ('R07_SUPPORT');
CREATE TABLE finding_r08_work_refusal PARTITION OF finding FOR VALUES IN ('R08_WORK_REFUSAL');
CREATE TABLE finding_r09_check_refusal PARTITION OF finding FOR VALUES IN ('R09_CHECK_REFUSAL');
CREATE TABLE finding_r10_spending PARTITION OF finding FOR VALUES IN ('R10_SPENDING');
CREATE TABLE finding_r11_paid_after_death PARTITION OF finding FOR VALUES IN ('R11_PAID_AFTER_DEATH');
CREATE TABLE finding_r12_duplicate_identity PARTITION OF finding FOR VALUES IN ('R12_DUPLICATE_IDENTITY');
CREATE TABLE finding_r13_staff_kinship PARTITION OF finding FOR VALUES IN ('R13_STAFF_KINSHIP');
    CREATE TABLE finding_default PARTITION OF finding DEFAULT;
    INSERT INTO finding SELECT * FROM finding__old;
    FOREACH definition IN ARRAY coalesce(constraints, '{}') || coalesce(indexes, '{}') || coalesce(triggers, '{}') LOOP
        EXECUTE definition;
    END LOOP;
    DROP TABLE finding__old;
END
$convert$;
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXVt327ay/itYfqmzltJKlEhR6ZOTuK33Tuws2+np2U2XFi+gxW2JVEnKrs/e/e8HAx"
    "AkSJESoSuY6KFqTGEoAANgZr654D9n8WKOoyc/9sPg+4uF6ye32Akj9+wN+s9ZYM0w+Udt"
    "mw46s+bzUgt4mlj2lFJa0Hoc5c3tOIksJyHfedY0xuSRi2Mn8ucJkBIK+n5EGvlTFHoomW"
    "AkvBzF8C8Hoy8LrdsbkP/pttX7sjDTT7tLnni6/j38mBs65Nf84GHH710E/p8LPE7CB0xe"
    "E5G3//4HeewHLv4Lx/zP+ePY8/G0OJM+nQX6fJy8zOmzt/7DVZD8RNtCr+2xE04XsyBvP3"
    "9JJmGQEfhBAk8fcIAjK8HwC0m0gLkMFtNpOvV8elln8yaslwKNiz1rMQWOADXrQP7sbDy+"
    "vrkf313ej8dnS9ziFMJEp4+cMABOk67GdAIeoAuvR5rW7w+1bt8w9cFwqJtdk7Sl/V3+av"
    "g360w+W+xVdM6ufr66vocOhWQ5sbUGD/6mNFZiMSrKjHz2ycILo2UGvJtYUfX0ZwQlDpCh"
    "lTnA53sVC/iDnfLg7MvCGDjul8XA0x3yiW0L/YCynjfgzcz6azzFwUMyIX8agxXT/uvF7b"
    "tfLm7PjcGr4txfp99o9CvgQmHW02NBYtpTirbMO5vxtNPHn3IcJH7yIjPlOcW+pjw/77ea"
    "c932RuREdgxyLg+doU2eDE2bzD8bAaL9VogJ46ojfx0fxpXn/v5W/9nZdnzwegZ50veGOR"
    "/YCI7PhQg/kD6TGXaxDB9KZEpzot+3yKfW0+D0x33CD7PbI5xgY0B8DLK86GkNeNHTankB"
    "XxV5ES8cB2MXVylBYTjFVlDNjAJdiRU2IdzXAcW5IycUtB4oi9rIIywo9Hw9A1ZpPDc3H+"
    "Alszj+c8pUoJL+c/3549tLwhHKENLITwpqUc4GG3thVLEb/nF3c13NgJyiNPuu7yTov2jq"
    "x0sqaQUT0vk8gJDouybhhOENgBMDl3AiH8JWbIA5KrCBr/fzjxe/lbfCuw83b+mkhXHyEN"
    "G30Be8LWtIXoIr9NJ6fmQELWTHoItBW+IjUJAbyTIr3pNZTPwZrmFHUsWLlOR7/g+lNFfd"
    "IxJ7pHsDwgveuQYCIsKWexNMX9KOrGDN/dXHy7v7i4+fCvx5f3F/Cd9o9OlL6em5UeJZ9h"
    "L0P1f3vyD4E/3r5vqyzMas3f2/zqBP1iIJx0H4PLZcYc74Uz6vf4OZ7j0KpiI8sC3n8dmK"
    "3PHSN6EW1rVd/mqmzcpPrMB6oDyEyYVuirjKO2s2t/yH4KwOeMkadNaiLo7YdC3iwl+cYx"
    "8D3CNaxMgcEg3PcGyiYw8HXeMH8ofZh408xDr5xF2dffFl4Xld8lw3XEw+R32yzYfDrk2f"
    "j96g+cSKcYzCJxwhK9VKOgiTP1/QJFzEeBJOXQTjIBtjGblRsH8nBKilCBD9v4QZwNurbh"
    "QPui5Z0yOvS45z3mdpfb/bbaLwd7v1Gj9812rza0P1pjUGWGJFSTyuQuNAw6mxvkSiVUqO"
    "WlvC64IZNnIAG2JDQE3huRXTDqrKEs7jyk6pQNKaCR1itw+yVfcoyOPuazqZNJaxhnKKrc"
    "yhw03lyOgTpcSwbZ1MZap9PPvJBAHTYzWtIoeo/mTqxrYUrFykUl2Kaj2AkwlB5kZJ+49Y"
    "/4+PZvL5lLdRi5SHsVX3wJeC4cq5w8Z0Ml8VMF9/BSvpbJ0Ny1p1Ghuy46eMoLk5S2mqjU"
    "bTHDiwriywCnsGWItaf/iGWH9L9h7yA/KYdwSdg+fDNvjn0AAP1EjH5EX9brfHXpR9UnNU"
    "t0eYfwvHCv80Rw55Mhoa2qsVRm/bRlFhGv+e85FZs1n34O8/TpZzGyznEgubs6FEuJ4fxz"
    "TlqrcXiBoBUlOLZTmLCttKikdlyn0xaWcxAPTsIsK85HvOz73G7uejcOqEiqiEiqQyUtKG"
    "L1K1xozPFQVQpilQPuyBSc81hf1Y9fTtcsF3AonihqPodkgNR6Hzx7carel0PMMzG0fxOM"
    "a4YpmvDL+oIj9gFEb2RFKSV+moAF1Rvw4bD+LDUSU0IwiTKuzrHv9VI7kzgsNtkQ1ClMws"
    "gBr8E+EuQK77y9/uV4NcmX3+4eb6Z968jHwVpz9cJE4o5yESSI4ZJLb2XGLwLWEEnE4fL8"
    "jSI/910NX1u9vLi7vLDnp/yf6Fwgjd3d98Qud4Nk9e3iAWvQ8gGA2hQemIY/SMyV+PeJ68"
    "2kiOG03keBlSEeS4sexrsuIqGV6/e3KKo26farydeq6Hep/pTNBRROafZi4Ii069TWTNwk"
    "WQjOuizN5jx59Z0xpRU6Yt61WM+Pv0JQ14dMAgp5EHmw0iDQae6wLMPyIG5KjnAgdnYZBM"
    "pi+IjRA9T3DAVa7t9a3Ld1cfLz6c9wYdrSRiOD8HS57ZeRTOwxgQYdojSUZVULeHVYbmeh"
    "C73AWHlj4crGAbH2eZf+ecXjdH+Ifsj57j/Yi6dJ+Sv7qQkKH33V7DA3IXLFYKFA5n8ymM"
    "7qwWEM5adNaDwYW263Fg3pyDpz2tPxhRCLWPYQ1YOsg2a/oaOgZSzwrC4IWwN+4goiP6ZK"
    "Ruhzx0yX8xyDoXJaFAEeF5GCVEKa5Abw/726dwpJaCqiccSCUciCi62H+SBoJKZO1Bgvru"
    "kKuZBSSID2hPUJAzsYIAT2UWvEByQEWdHtryxq6BNWLsjrp6H/wGec+PbyBlQkYWABLplE"
    "d+yIHjsZBIyDMQu64KysOl91g2HHWJUGnUJ1d2MliUDwCdi8n3YTB92QhD0JtErOr1Aat6"
    "RbxqOsNzMq+b8SajVJo5ZleHMHjHsynIoAM25Loii+g4dsQorQmjtHpGaUuMOrKzc72tuq"
    "NEHdccwZHmWKLbs+DqJBPv4ChoiiMcx+MZJ5bnjUmXI9kzb5lS6X1VYJhLPUJZXQaQSrrJ"
    "4pE9j/sgZPm37xDDMEhwFR5UD6MKJIp76kSRpPdMnW6qEeHI88RK0LMV8+Nve1BuL9gqWT"
    "hJlfq2cvsklYrbHt0Tt5fvLq9+vXwvv3uGGhxxRpcaiHnXFVCd49h/IHt0nIQys18i24gF"
    "B4NFB9ii+dIQ6DfAUNhhRM5/SBANn4N44s8RH44a9nq8sMkSCRLfSjYoKVCi3cysORxk3X"
    "XokWXDp6NjFpBJKwyUBqKKkcNgTMeqLv5TL0zKdGpLeyE2NmcRxH+URqGeKPEwdgHrH7uL"
    "Ki9dLdxVptsS7zqUIk00MvDtjEyT4Vzg59EhXZKPB6Xj2TXcxd8vswdEGqXXvzirBX0qm9"
    "UkpB5rblUqvhfkkN8S2d53ws6AX2EriMBvxrQH/wkHe4J/AfaPE3BpSeaSLREqbmuwrAqT"
    "hj5l8BcfwlEzylTyEf9E1ty7RRSH0Vmdk1ho0lnrJY6fxrCMx05OsNZVDD+AGIFQAHTQdS"
    "BJE8JlTc+lGWiW8QYiNyJMz7R5FP4b06p/YKpARizNsoGf76A4pLUkaOYx/H8BEVPgncXL"
    "7uIj/P4WLmN4v8y+5e13s1334TWmBXGGZJsafQMUOTziisEme7TfxNDp1xs6/dTQWZGLk6"
    "3txg60jEJtE9TANGLR7ILZObXiBJHtPvWz7aEGRJb2SQ52FogOl17TlVcOXE+Do2YE3gFd"
    "o9oyQAGwQQhPiLk3i5EwFlUBZ6JvOhOZLZIRqL1DhtgCHLk3AO8ySAE4pr6LEe0+fZAKEh"
    "tPw+CBnPnhMQ+xnCGLubth6nqRslWp66zmnaGDDlhIXU/H9LWnrvNpFHLXae9V00Av6eZf"
    "pYBe8uNhjf5Jlc/sLFmve95T4xjMgugFTX0Pv8bE9kri4r4+D/Azq5mYanVhhF9RJQ/WCd"
    "Htohg9kvmFA8CP0iMgJmqhP53S0/plWes86C+f9M0W65sHlqUHNNFFYRoREyqcId9l90P4"
    "bCMg8g+y5jey1ncvRKk5t5EQLVK2SojmpbxKQjQd09cuRNtQ/+UnwnU29TUiNP2+gQAVWq"
    "5HbljjHDUpprzZHvl0Ne0NLX4SY2QFyA/ieYqaRIspEYGWD/kdkLIhOm1A8LGCoOQTColV"
    "FGk5+K+fAv1bGuivfmmOHXnZ2l6Zg5xJcShf5KZAtqeAwp0lv9H7CQa6WWJRGo6mNn9OGT"
    "NKZcwQESbFhrS92vNvjhwaB9UDR3ZJYKthBkBPxkQz4MpTcf5rT6ky2eFw6N4WTICowAFV"
    "qzS4Z4uqTcIgGp9UWm8wHJh9Y5AdUNmTVedSRSwzqGaS92uJNAeM6Ph4+f7q88cz6dkfYE"
    "2HHGgIFBha3dT5CCaXMA7ZfWA22AZm7S4wK2zhFsTC3ny6vJaff2XjYPGT7+LAkbo9SKRp"
    "x4U1pg0FgwCdowWD8u6rV5c5nONg/IilDiORZifern2BpEPN4pVrcnMa4B8NGENGgBKI23"
    "/EeA7lyDGCkaEUQUBEKafSosOtbzfjJTon82xBHA4txOFMaY0HGv5PZD2ZR3fDmjaNrlAw"
    "VlyhYCynpFGIYAPIr0DYLsSv78K1gv0lt1kKl3yjgF9rEhJ2VYy1XfkI2dxucINYkXQHm/"
    "UoWSOFvcrH1Hi3tmR3Vvi0l7enSw6eqV+VQVwfTizStCWqnrI9rSEhRtWLY9l5LVEGicsc"
    "ewKJ2uE9YkJJoWTf/e3ny/Gnm7ur+6tfaY2+ny4+3OVP1LAOsjL9TU2DjKAddkGheK7AKV"
    "Osb8kq9rOqiWraDLzC1AaCqkTaJkFVyNUSBRUf0zcqqBzqg5V2eZQIFXd6sCp/en9EM/T6"
    "dB1Yol8qRnxAzKaEwj0PUHYNIiqJ+ai2UyQ1WjcxEku0rdrRAleLZiIf1De5pRmasckdUS"
    "JhmxZCqoayG+oKN0SlwM43uAqgzPbyAlhdSfzA3gl5XFwfdUH1crCZFhLfnq+7yidVKRrr"
    "KnNafrIish4SXJ9dV9W2szZKK3eLjucFsrUhW7fgv8toqmOn9L6jsRhZiJ2iyW1kYhCtfk"
    "22CI0jiXFCw6b4jc3Ii8IZ+QvOJ3QOYntGdhSCbkJYFW/1THpeEcqlTK8q788qhS/wQkjY"
    "84AHT3gMv3K6SUsl7exU9LUdISxf643g2VkFRczFE/r40StP1rSy5MiqevMZzdZV5g/qxY"
    "Loum4fwlayARy+0n9JTFQaBTWe+yXK1lQ3HuqARhv6oFzkIhsT4mPaNT5NdADJ0hY5heLH"
    "imnbYGh5Bs5qWoDGo8r1yDCPG6TGZFStcpKLvCimxRCOfKMecpWMsE+W734AF1id5ZU1WG"
    "9uxU/EzPLdMXeprTez4OUImgsVRWhUhaHTEphGlyImDlk2ngeXn4j1RnTN8FjAJf12BPYO"
    "/D6KQihfw95rxcj1Y3sRxXiGgySrnIn8ZNm+On53TrkzLbWXDl7t5GA5wGKxEw8rVuTklL"
    "LUkpSlE56gEp5A5LcfStUryCkUV/7TAB+mZOa9lp3zVSueT/mwdsaH5QmHKlFjejvbmOaD"
    "y9i3VbStsXBzdlDdyOa32I1Go/RGHxArfhQnyLVeWFEDnPLtu5hV16Jj34cNvNGlgju8S/"
    "BwbICLAsmnOaLXzWQjOMKFjmAgyBUwFUhaU7yUhmCZrla+tYoaBPspWWo5Dr2WNFhAhqzM"
    "2b5MecxLgmXmln2mqlA6jOPBx0rZ9azsJnbfpwFDZ7UG/lLLThNL3xVbrzf0+Y/kAUy5iW"
    "1bYGJrw0LYU1MTm/L8JX/tefZC6hQdmgYNfYTw736322N3oXK7Hq5Czf6dX4RKdih5c6Za"
    "VwAFrR/OFkDDUYPxDmX2ipwrGFwZZ1S0t061PVpvKD+SGZER3ry90hFRQweqjOuaZkNGZN"
    "rj42cCHFv/P5g+qoz6D3PkShfVL1IpvdJFuZH6HtPeK+N/5LMpZ4UVqdpjiOXsKBhinCm7"
    "s8WU1P5/4VJvvfqfN22k/08KzSUMgFwQCypzLrSbqcn5S6yYZT/QTAjmoKCgEft9u87Td/"
    "TubKGAq6bL7UsFb6cqd4qpbIcPpB2VeTbQtVWtyrOIbCsYR4uI6cZNZ71Eprb2N3SyMhAF"
    "m+fz7duLawjCv/18e/FhE37suC5VhJ98/Dx2iHCq2AN3xH6Z1ldoK9GqnVWpa5D3D9ygpx"
    "B0HWVdbyw6+trQyIQF/LFKPNwRu+jDsmlP/VjTl/FGZucycXvMT+byG3gu3OhmjBxmkEI1"
    "Tzaoo5qkefhw5mdsejRVkCp9PJnucJjVKGc8wZ5bCDeW8LXu1WFODJAofJJGCkpkSnNDdB"
    "SkUAHv/univbJ1+k+fFlM6W2vG8oadJkbso9BYwoRNyXKL0fQAXyNM1LKLj1kOqAmR/c1s"
    "SP5Sz59CXTjy8Qj/t3jJ4yRk+Xyex58QdcKx3Kq7+tTu6jbXrNBflLZ7C2RqG70CMwpGbz"
    "rX7bJ4T4XKVeSXukjSyStYwyh6mI5JXyPZVNBlSpXBC90FjH7gQewC6ER8axUCfZhkEYd0"
    "fKcKm+bNmHP4bN0dckYfQT0TojG4GWc25YrepC6tXl+WVl+uSoun9KYaObg1p1GaIwUdrj"
    "cEqNXxGMiRj+A4sJ+SJsQnqlWstyDSdo0MiHneVsJ+YFTVDidRoWimjaeaxraOsON2agub"
    "4GhK5sFSsFqoY54i0Vqvc6rtrtyNUtMab6XvbhDYXyBS229sYstmcDS/2AJ2S8aPq/coH4"
    "k0N5r4znr1zrPekvdM/Xo8G5WtEzT5kw5/IB0eSgqwWs0D3LeV0+QLJTvBSYerhHYYTrEV"
    "VPNCoCqxwiZk++IFP5Uki5VYPZ5gVK3+QrVONp5U+draZ/n25obGA2S1St5elWs3fv749p"
    "KwquTRXBbYLnawFW8S2SmStSW007CHVGJQJ1optJOO52uP7bylOsrZWns2bddpYs9GeVsJ"
    "ezbVlnIfkzlwaNEUr6hiNTMd2du+i6kM6tBClTQneGo5mD6L0ZzwM6EcRo41m1v+Q0DL8M"
    "erDFzFermFxZuq2LL2U4FMaYtXZEduO3HW5Jo6+TTMASshyIrYMQb9wFAHor0DAmHJ6Y5K"
    "WMlqG1/fWqzo16nvE02fTPnI626h7+/ekzLFT1gqQDQjUHu2nQEcZtgCCCjr8gmez+TzXV"
    "qqer1Ck7VspNLEYmsJpSYrnZ0pDANvgHkYIxTEognXjWvBZe8jEkm40APqIPpJhwosuBwS"
    "/l+6zjkmJyFRH6KlDap2b78Ez34yQecCb9JLMINQKEzukRfGKHwOakuLN1WL+DulFaMSod"
    "KqkcjKAqyczaiKqPJJ0WmHonPK0VAoR+MbzxfIT7qlTAF6a3Lue/+mq5UfMNTRGOaoyd6L"
    "laukpAKERnr/8tZKnEmtglpstV45jdL2YzsjWH8xTUqDKI1wBYztwgW3tjfiaAhcDM/TCw"
    "xb672hCps/SwsOe/4Ug/IFD6EiRwduGIQuYvdHqtbFZISsVfLsO4SSXV5Of7fiahp1+lV5"
    "OU1eVmWKx/HE0nTjjPA9/yL9ldP9NO1QG1Urk7Mj5V7YIQXdhB8VChXP4RtmiQm1O0Cg2F"
    "fozo5E3VCjN3IQi5jdvEptV7Bm/YCeQRJcYLtF6w2GA7NvDLJNkj1ZtTeWfXz0/JKFIwtE"
    "qtfv1U3qC4erItJYBHrYbwpQarreYOWTVrVLn35XwYVUisjyISdrEScMFoU/MsFqvfvl4j"
    "UZAi/WC6NSAzrGAbGkoQMSPBFplLZbRXYw4CcFEVycMAxQHMrx5UMUPsdjuLhFQkIUaA4n"
    "I7rSzDBtz/6S3p3FLSJ6ixmMAPERHF480AmchpZbFaazetpzKpUnPg3OwaN+1cTnYzjS1L"
    "uL+dR3rKpLbVfPfoFQZQaMeo5L01TdKgZYU1j7L2ge4Rg3rsW8D05EmHlG5E+fnE5lPhia"
    "S+9O7NecQPkoDs+ARfAYhM9BOrUV9WX+cXdzXYMkL5OW8THfSdB/aSCNUujYULNo6LLBjD"
    "aK9w9pvCAdCXrE8wQR+4GIa8ufInuRwN3QaEE6EsVJ2PSaihWMgFmFl9TfEl2+ELpTvM8M"
    "XvC2HHieAjOShThKZIqrurrtOVy2pKU4MkBKlbKd2YzK3x1YIm3VBYIiawoXCGYMOt0iqA"
    "w+foudcEUER6lZpzlCHuUUzSFyRlSNRZu2DRGDnq4z/JlITbBnrQDhvxJILJ9mmFuHnNPR"
    "zCIChyw2WtrEw88IFozLD/cVePiBO7ES/CbvH0+seLIEcv9eTBWi7Sk6nvzFYGvy+ccJCV"
    "cSCaeOD+mQF5FK7TzK3FNEDv3MU6YWd9T1S+wMC2yPY0LdVMkdMeOUK3l0MFbRXEn8hINk"
    "7FbiTytCUgpUbQlHGWDTztwThXAUGA6C7qJzF1vJpMNPKZpL2WGxRKCQaexY2fVNbDhw5X"
    "kg0LSFA4YGkIdhG1qZA4GLeGe/tjsbj3BnC01ANbgQHvUcL7vFBZ2/LKzgFUQtWsS83X7C"
    "NwmG+5N0IfGTCnyoVv0USdQu8MdqXaXYqsPmHM/m0/AF47jh8bHzIICpVeHjXJmFzUk2S8"
    "E+3JHCYj49l5a8JH1G5044m+HI8Ykx/IQnPpGCcJ57C2II7+oM32EONukZjnDgSAazC0RK"
    "6z1M3Rz2IBKUKZ3saCrYBFPfgcF0IBmWCGFa+zXBD2GkCJLKMvijuRUllXZzPaOWKZUupk"
    "hLSZhdfcCPsbLlwEtMZOW/votVMx/Uzg/ZjTHRmvQQ5ruS8eflFO1w45E9YwAXXCNz4IUA"
    "pGZuPEsmvOPQzroM4JXZKQKN6sAH83OLsWiu/4DjhIeiCRg5GdYme2Y3N0GLPOEQenNsll"
    "McOUj2PrKC2KKJnVfu+aua7TIa5Y5Tk+oAFvAlyYkJZ6wEPUdhwvJFwctxTktBhpGLIzkd"
    "+gBwrpqOtX+zFNuz9b413rIj414TiRp42HhJFcLK3LMlRqQIni2LNqOLwPVdGvQAcVodFh"
    "GRnqc0upotD2zFgNLEITSd0KL3ENkVV1QvPWZHtkhUPjnMTg6zk8MsV1nq3DWrIvXq3TWq"
    "JZMwrSXN0ocTiPUcpbkkEuHzO88lSee2ef5C+lRtc8rWAZewbT2LvkPkyGf0SqiEssbs4a"
    "3YzRBrog2CxMVeyY7FUQQg0IZm7O7nn0l2OTiBUyjOA70/gnJ2BqahwLTX6Pz/JsgKID+k"
    "qa69/wyq1DxrCiOkzVuCITAe0Gv29J7JiomO0A+Z9aM2hnA8wG09h/ZcjyVl0Hcxh96eJz"
    "hAfoIcK0A2ZgbCOdQryqA5GH8HpdUf04L81ISAVhmW+upH2lMI85u+IMdPXl4/+y57IY6g"
    "rlJmGx8P6VPJ8L2bh8m7CXYez+oM3rxFZ30ZMNJ27GSN1xq48G5E2wv3YfQduLjUMGmtLF"
    "hAhmaDb3aIqW1JWOhiYkwm4TO9He81Czggg3ahZsGclTWwAGj3QxcKh+Ln9MJH0oll2/ZI"
    "fTiZtS01a9V2lOzKtOWrXTzEc08JW+ObxSHu3FnCNpkML3IKxbVMiPPJEjFYrzkEn50mmz"
    "Bhx5cIx5O0aKJEqFBGs3Wk0AHZIWwLll8w8EzwxNPBIDeynndXJ0smMgjkkZxM4BSKYzqi"
    "CB6OaEasrVOTixha4QzxYaglPARRzWp2hpFUcmaRaitj7ICbw3S6fHPkFxdCAlk2GrZDdl"
    "O9bC822TycL+puQam/4KxApHQusw5OGoZbs8qm7EaUNOquoKRy2DSXlYcHTulykUyIFWlU"
    "l+5UnLDiFmk2LNsgqqTCsrmUz4MV6VqVBCtypJAEy/jyjWbAFk7IhU0kz2Sj9Ogy7Q6Wxg"
    "HjlQxwLnndbmllZINqvDpashr4xK1cDvFiNrOiigO6XrkRSNoBMw8x5CAZRP0kn84A5GW3"
    "bxdYL4xJDaVGSYjxKsGzs7UwI23VkYAaxz6naIQ3vmZYHxCJoSwC4MFyxh0jLZmagh3Cfa"
    "IZ7pypth0EXUyo+4ewgqysaqDxkD9emaIuThvdm4XLXk9FWRWyIushyCUmStj9ZVLVY2z4"
    "1gCUJUPqVTb51b93eVcq0eniZfWR/PbkPGTiTIYXBSLVzf21AJkaVj9VJqRvNy1StSW1Oq"
    "13laJgQmp1Opwd3m1aPHniNEiu+aHDKfYU8bFzY4lM4jtiA17dfrx830Hvr+7e3V5+urh+"
    "978QxAEv+enm8/X7jc6enZcyCcIEVyD09/ivGlGdESgdoWlmQfmA7vIub4dQXP52v9pCzQ"
    "CKDzfXP/PmZbNVLQv1Akf+ivtG0q87a21SK2+4zhSttzh2HBjyrZhkWzod6o2t2vsX6g/r"
    "+gsYlNJJmk/x/uNUYWdJzHDa/Cuc3V63SbUi0qpevHWX4gPILya4qppLPUwrkLTBAd14tr"
    "969PXv/we9NiE2"
)
