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
COMMENT ON TABLE "feed_epoch" IS 'The change feed''s epoch (new after a restore), so consumers know their cursors still apply.';
        ALTER TABLE "change_event" ADD "txid" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "change_event" ALTER COLUMN "txid" SET DEFAULT (pg_current_xact_id()::text::bigint);
        ALTER TABLE "sync_cursor" ADD "epoch" VARCHAR(32);
        COMMENT ON COLUMN change_event."txid" IS '写入事务 / transaction that wrote the row (feed order)';
COMMENT ON COLUMN sync_cursor."epoch" IS '纪元 / the feed''s epoch the cursor belongs to';
        CREATE INDEX IF NOT EXISTS "idx_change_even_entity_2bf3de" ON "change_event" ("entity", "entity_id", "txid");
        CREATE INDEX IF NOT EXISTS "idx_change_even_txid_6a8a89" ON "change_event" ("txid", "id");
        CREATE OR REPLACE FUNCTION change_event_after_earlier() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- an event follows every committed event of the same record in feed order (kernel.feeds)
            SELECT GREATEST(NEW.txid, max(e.txid)) INTO NEW.txid FROM change_event e
            WHERE e.entity = NEW.entity AND e.entity_id = NEW.entity_id;
            RETURN NEW;
        END $$;
        CREATE TRIGGER change_event_after_earlier BEFORE INSERT ON change_event
            FOR EACH ROW EXECUTE FUNCTION change_event_after_earlier();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS change_event_after_earlier ON change_event;
        DROP FUNCTION IF EXISTS change_event_after_earlier();
        DROP INDEX IF EXISTS "idx_change_even_txid_6a8a89";
        DROP INDEX IF EXISTS "idx_change_even_entity_2bf3de";
        ALTER TABLE "sync_cursor" DROP COLUMN "epoch";
        ALTER TABLE "change_event" DROP COLUMN "txid";
        DROP TABLE IF EXISTS "feed_epoch";"""


MODELS_STATE = (
    "eJztXWlz2zjS/isof1lPlZyRKB6S362tUhxn4h3HTvmY3drJlAokQYuvKVJLUnZcu/PfFw"
    "3wFimRsg7Q1oc4toQmgW4S6OPp7v8cTbx5QCaeYwYfRrOZYxs4tD336BT958jFU0J/qRrS"
    "QUd4NssPgA9DrDuMDhcG60HoYyOkX1nYCQj9yCSB4duz6I5Hmauj73Op25Ppf5rS73+fD3"
    "RLO0WeS9AMBwHyLIRRclsUTnxv/jCh/xNE7+p7T9hBz57/aDneMzr+dP11dHFFr9XtYk36"
    "6QPMxvQMOh3bfdj1jeeu/e85GYfeA6FUPr3973/Qj23XJD9IEP85exxbNnHMnCBsEy7APh"
    "+HLzP22Uf74cINP7OxsCx9bHjOfOqm42cv4cRzEwLbDeHTB+ISH4cE7hD6c5CGO3ecSHax"
    "gPhk0yF8lhkak1h47oBMgZpPIP3saDy+ur4b357fjcdHC/KOKTKSiD4yPBeeFTrVgDHgAa"
    "ZwMpSkfl+Tun11oMiapgy6AzqWzXfxK+1PPpmUW/xSjGcXv1xc3cGEPPpA8ocVPviT0eAQ"
    "cyomjJT7Pnmg86bsNcmiGM4m2C8XQoGsIA26zKI0Yt4vE0f8wUblcfR9Th95TH9KPen7XC"
    "aEPv/aoNtDPyO+ChSvoobMpvjH2CHuQzihf/akJeL4bXRz9mV0c9yTfsrL5Cr6RmJfgXRS"
    "aQQhZVcTOSQEYktA62OL7jrSQKJcT3aSZPJNGS91azBe6lYyHr7KM96YYNclThPWZ0i2xf"
    "z0REk4fXE1/nZ+c3t9ddRcCMnW/32uEqn7fT7sKn0qkMxKGr8Cap1XQK1+BdSiJOhx8+Ol"
    "iRwSgh1KoTnzlaEpU7ZLyiAvCJnomIqAuPRFC+gsUbKcxqLo1nkr6KhqYXQX3otgrk/tkM"
    "5rzNWdvFA+Ub5W7EsFuoJs6HFEQntKPpjRDrANKa23U2VfEoUo9KfWs6iEkhXVk80SUXwa"
    "3Z0X2IwNg8yac7lA9komR1v99nms9E3KXU3uqgUex+vZBosNxzMexyZ+CRY5fDvFjlOpcO"
    "YpVyuem3p++93GnFW7fR14alHODlWFbvGW1aU7jmICl2VLMWKO08+HlOPeE5224yDHpg83"
    "sl12OFOmo3i5tfXYvqSpieYKfyzTVW+/ji4vY+U0lZFJTYhmb0BKsfWHfzOa0KKEFKnfTd"
    "6AWB4mwaZjuzW1o2ZvAj1mZuPmrC6QtYXfmmRk9c8Cv42579OzF8Hitst0eimHjGfED8rY"
    "/tHzHILdCs4XaQu81ynxtjah5JOGO7yicN0GdJ6+BucnW8QJXwTdaQxnHkQ+lFfx+uP19S"
    "VcZBoE/3bYBxcFI/jq/uvHc6r5ML2HDrLDnG1cIaOxjgO75KxYYouVk4utlhYEBYfE0KS/"
    "91VCheaQB+ygZCnN7bR6htoyS21RJc2xuan3qIx6rSN9h9pSUUQl9gO46vjSUPYNM+vqUr"
    "t0RmV0Mm86c+gcSJkQl+2IeULht0NV6w6pIK2uBGLDBATZU0F4ffY7VuDo1/+fGMxZ6/ko"
    "XmCIfGIQ+2kDOvEGN8qJNyXjJzuww8aSK5IKLzulr1PVQSOYvmxKT1WSA83w5m74gmBBiC"
    "0Imd4GdIcNimlqB7AnjOmAaclJ9vfb66tyIS0QFpU92wjRf6nREGzN+Dn6qzV3+eugz20n"
    "tN3gA9zvb2v4vSzm/jV6PXgTQeVWlSEYP9Ey0ZTO3bfpFF4tvL9HjrlEePFJdvx19M/iIX"
    "d2ef2RMdcLwgefXYVd4GNBjD6JNoaxTzDd2huJspS41eKUSdeEn4MBvIoabKw9Q439CfRs"
    "5J79eDPNLFs80ZrEsM3Gbp88VWu8Pj2dai2KPsQFr0+0nK04faj0wT+Gw3L+AqMqNIwc5T"
    "Iewy/iuDDrhx/pAs1r13mJnoEljL27+Hp+ezf6+i33/AO74RuJffpS+PS46PNPLoL+cXH3"
    "BcGf6F/XV+fF1yQZd/evI5gTnofe2PWex9jMeAXiT2OuFdSTKJLd2DooUm7L2fc248wQ4r"
    "ceS8PMCWMX5fHZ84n94P5KXphMLujksWuUBTUzkI0v2eu1Sx5/xg9d/Gl6fx8/JwCJhWeR"
    "MsIkDuHK3tno9mz0iW53wHMdG4/P2DfHFcwH51aJ0vAxIvv86w1xEkBLNc//EcVtb+nlWr"
    "jhVfGdsdCTvAzrckxd/GoqTYufYBc/sCXBveFOWXhREJDwgqrSR1X4o2RAZyX6CIYyvZyN"
    "XQ0+gvEIxqcQoIEpMSAE1k7p2Uv3XjsMOiggxty3Q5vQ35/IxKZvNv2NTYP+r8+ppkyCAB"
    "2P/BD15DK40VZvdQAYCbzxd9ABYNQOgNEjXXoTMcTjd+fEXi9qb2g6CEDSKdPjOe8fy/KE"
    "nXnJU/+JGjxT7JRzPKEp2hyc6ENEvC32N485ywT80Eq3b1DeJ7N/nSV3fnbxdXR53JM7Us"
    "HLFctBXogL0CVNZyV23lJ3ZEokvCNSU3oWtZlNiB/z32XulLQMaksPtW6XnreG3ANLWzYB"
    "U5SsTRSHpOs1QzfG44UOoQ10C5BdahcCZvGMhYiUHezggx0srjx2ZQdv3bybm3Z4QwzPz5"
    "sdFUM6K008GDz209GrjTygQMBEB1I5IBacXptaW/6TbZDUKFN03GNxSPZTBwiSpSglBt3G"
    "Lnsw3gTerTpLjDf62Hl+kxM7IRDbYFNlw4zxkBGCIpl506NblWuc3KpceXDDV0U0cOyMa8"
    "D2cvedsHznHK8NANs2y4kb2mGjtIOUQnDbWNGtIVgGai+xk7WBznMO6AoQm7dAQihVVlfJ"
    "oVxP3d7Tvw7ULisHC+A/St/SUjnYazktNi+Fljns1gI9tsVdF8wNgxCzMcoqR7dDz0YsnW"
    "aHgtRjMPghT7PJzFwUv4VOLGqcLcqgGnaTUrwKa7PLlByA06jgylAk5j5KlyAebgZbISnR"
    "S6vlkRC0UBwy8ywlKxBQGo3RNbtE1WxIc+UZO4olA9o6mty7Q9kseLb253Y5wwEZTQGDe1"
    "ThdcmM6Kxyuhh07Bing1f6XODiiBOkLhDZMk1I6xpSs3LYM6miNxwMzVPmOpl6bjhxXmIa"
    "y/emCPNPked20LNNf7HDAM2wT39i10Tkx8yhLIBbLnpn9jGBEj/O7wv+OWJZAL18ImO4xd"
    "EfB09PGzw9LdP633iYvvAOlZ6uFebwAmWLUu9ZgFORByxjZkAFwzYptkW9WvMpQQdHO2Jm"
    "328Qp18k3k/Afs2sWMgKL54WkBKROyRez/Q4kC81COSz86eJcp8Q7D6vYU3uD2Ru9lKO89"
    "P2GEArnYjtHZ5x+ZOY2n5GKWgipAJZS0TFw1maPtQKgf7CcsQTE897aXaW4/L8cuE82v0h"
    "PSgUlcD78zx5Qcejb99urn8bXXbQzeji9ryDKPeufqH//3IzOjuv+SLlD/V+nUO9X32o9x"
    "cO9UMySjXr35aZfADh7N/YOYBwGpxKrQfh0FPNfSDnT2SJOygzpLPSH8QGj0kyerVDiFEg"
    "ixAzg4nJ+HEHCSbmFGFI8jeJT6jO5xOqSbzAjZHjPSAPPCsxuiZAIJn5lCD9BWrVBJ5f4g"
    "na5Z1XQ3l+Pwp/8IeE/qTf/Z4JleeCtWzYH+/FHwR6P+mDTOiOxisPBbUBJ0K4iA4YCQGU"
    "yCUYiWUvxzKUxBZL2L1eGK8BSuylpo34GTZH999AMf50tIbhlR4qudcEFgEYUX5srvOmSH"
    "VwLFI1jkVqO47ljXu0Z/jF8XDJm7HMrZeQtMRbpPQGCuxf+pA59pLpi+cdEjtkvyk/6yFm"
    "X3BGxJp5fcUhptizznDnYzfggOEL8/inirdvOIxrdMlkwBJCMWyGYUqMwgkO0bPvhYQFxX"
    "1oaMEsJ2YV1fUU7s+LsU8TmxiPF5VNVOKvO6tNazpwbNfsnnJDn7Bn7CBGdWJnO5lQqcUx"
    "LE3XCK/seprtZPKXIAloxfQdhMOQ0McPJM4qgBFz0aTe2V1rISp4APQApBDmrewcgBQtUT"
    "sT7EBd/ERC0BrYRBTLJ5YZx+9frXKWdSiI9q+SrWUZED1LtkMc+npPtWlJ2U0dQLeZ6YsC"
    "Rj8ElARRxQ4BpTccUALUVrCkZ2Dy/Up918yOXKnvxtct5lWrA4gdaAOVMFAKWLT0q8GQMK"
    "8cK/phWMnvXUhshd9PowZ+pBOVRO1AYXBAerBPzLlB/w9CbwZ66SMhswgHHFVNXdSMBZzf"
    "Ibtc4F3zoCq3RVUWP3Cxpk82LTu8ELMQg/Mc9TmuyjJcCkNeoG1L2bBixmE2YWVz2YdrAZ"
    "DXwoPvGwfeXAI5fu8T8L1WWfu3Ucy+ULS+BaXq9UYIkDxVi46KqCpMNH+kr9WSc/PFGQRo"
    "GLAfeeyqY0CaP9XYdVhC2pbeDCWpV8lqtudTPHiyDp4sceXxVjxZnwkxz2eeMTmqcGWlAz"
    "qrfFkQKR+TZOxKb9bdhESYMAZP/kuAGDE6dskzr2iBMFV7gpA+Wz91UODFqGM/QI+u9wwx"
    "etuPsLIBCkLbccBj5Lwseqa2fK9XeJlgOk2Upnj8ZtSlbYGZFa3L+0QCsHkI0ZJ43vtCyS"
    "6BLsePbG3kckwguMqqEYxZwec+2A/YNb0psk1ertMOeE4A/YU+82spsJvHL9NDw18vCS5P"
    "2SogmmJBcW5laOgFUFq0JoRrWt5vDJomELrpi+fYJn6pOiPjr1eekJPMwJXHY3RVxKgzXV"
    "N4n+qurHG755R1Y+fQNWgQ7lPjh6HXDEzfVBP76BjgR+xaHQiUYNbGnT5Xz4Q80hFwTaPb"
    "B9xSr1fSumWP83jFsRqxubYRjMt8EK+2frd2vGbtXVxz965jf1WfkiAsuPqiKbYM4pGhEh"
    "3hoaoSxCBlCXJKTGAwLwEMzIZUcr6SjbB7k10T8LRZ14RovNBdExQZunhqQwsUx3jG+1FP"
    "hDqFYnO58hzK2NOrTqLs0BpnUTQ8G9nX4UWhKgeL5mfLxagDtQ8/5QEvLkYfl5AfDGAx2Y"
    "SqnrD/0y0/6l8dINPWsddBOIBjgd6IlJ1De5lDnZzWQtCZKm7hPHg/2asCerGWnWTvAVkA"
    "bcghpA2h0xRlQN+SyfzRm4uHL5j7OnbH/tznMdC6MimQiS0TRTMIxI4yecS8J9n9zcfRFa"
    "jEN/c3o8t1BDKoIY9BpTgGJXY4bGANBJFS7K629+js7uK38zXCqhKcGmqXIW3Sie+/I5xP"
    "nmzyPDYcHJQw/3aKHafyiCjS7i4lq9f8RZBYXJu+AiyuDRNHbOKod9KvKQp+kvQlTU3ODv"
    "hj2Wlx+3V0ebmoQWPT9EkZw5d01EhJhNajZUsGk0aTGVw9nbQQDcjeRIHF5sAaoasrvs8A"
    "t0ywzjBnUMfP1LTEGxvVGbX9IEQzbJvbi3YDijloXM81T9UWdqcA7yXs5qWnXQ85nvtAfM"
    "b+bTA+Qpg3hS4VyIQ+BSIMvqQN035W0fSFgS4FZIaBVXRLB9skCKEIVUNfY+U1hO/eqvQV"
    "BfRSQt8LqsPoSVWuYVfjTgzQVJPloXR5rDZsMLFnr68Hu0GnZECn4JDxjPgB5TurV9vImC"
    "gnF/slYyKE1ys2vmVraPIYOAiPLemELwklSxJCEXugw8iY6hx2ie1dffgUyNpy+qgEGgoN"
    "uxB0hQgKiEsCoekq+EfYqhD5YYeIuGaAjqldkj38X/+elRxCcI9xZME1A28uUrZFDjLpMq"
    "5LPbbPmTxLjEqAMZwvaRu8dsmPNXm9SLl1Xm/G8URZrZeyGlYUG+DmJlqzL7LbAGOG6klT"
    "MtXp5tfUrVFCvjvPxoJx1y3jLq8CzivLRN3KZGXAMVBQypGvADn2E4QPo4XQc5vMQp6uSJ"
    "6I/xJ9EYHUmpWa2YQX5P3Vnz7K61o56E1GwXqn6Jucc35mrvls5Clb9Wzw5DNVWXg2ojW9"
    "9QcjZmPmyWCzbxAQz1nZjm2whgglR8DHiPrzrzfEqWoCke2Ynl5NnEfm1dDxvFsiCEhZn5"
    "PGrILrXIRk+mYZxbylG+BUviHcW2RVXFttE8xK67m9RU7FVTk2wKlsKZC3yCrbNbwp2QCj"
    "LtiF3vJWFXnq6AHp0GttgGW/8gt+Ztd7q1yrNBybcusb872Jw6ajAn4tB8nbEPMib0WIg8"
    "cNcPCGXe2OXkwcLr7+Yds2bDOzsVXgNvNb33LgJt9vx3Y8eCV0k18cAUEKnFSVvsp9FqfI"
    "cwkKvLlvEMgMSm6L+J06sQOjg8gPw5lHVUpNqL4EVtDxyA9Rr1+SN7DLGx+qPLUUixnFeJ"
    "oKIUe2lkNwd/GGxCUIGA/u5ANAMn/KkU4gwB2g0Gvk8ttx34r3AJltTzEug3LrIUrarCuK"
    "LI3oaatZbGx23vtPUH0TmLX1tjEGW1M0SPfL1YYSAbZGjwPbMxvDpwpkbYmcZtvO8gg2oK"
    "igqQhbD4rXs+lQXsQuflI15DEnai+HI3RAxOG6h3Uz/oYQSJuSsn2lel/PEQm+sSvDrsyr"
    "mlFWnl3fX92df+qg83+eXd5/Ov8E2j397/4s7j6193PW9cJmuZXReKGBSrlG1fGMhcAhHS"
    "o+HSo+iSuPt1LxKe80rvBILXiWlzul8p7ten6p6BaI02TqSligXMpEh+oShkKyKFjopBOZ"
    "0M8TD9mQqesS7FMTDfyXT8yRxNJ4Ia/LsniZiSebPlMPUIjC9Evyivc5kYPfSuB9sSOi32"
    "pn7pASv9XBQ3XwUNXTnNmmN6Znhd+0PskipeAyyVSK4eh/jv4cmFLam5ifAdlFCZBxwxi9"
    "nnh2X0Rmo7JRhmafF5lJZLOuXJQ6dpBSbQYpJfXO01Bs/V2sMnwrmkxy+lRPgz3MsHgeeL"
    "qG/afiU2WwcU5glkZwKaSabJISyGYvTD4g52VzwHGWrlVw46xEcnBjLpc3Djaug0I/uIcO"
    "7iFx5fFW3ENXXmgb5KjCLxR921nlEHLTcSsdQfyamaJuPRXSoId9/HP8h0K6/VM088kJT1"
    "zHDuJ3QLbLwBSRZ4XVFZ3N9Tg7IK7sHREt+n52fO+Du0fgfa6zxN2TyV9pfPos0m4JsLQZ"
    "g1ZT+n0WJdJ4nYhspo1Y4npnqsEr8cIHt9zWpJIcGoAWUMAhF50JYjjj3mjvxly/xm835+"
    "PRt28317+NLjvo9vzs+ooBCr7df7y8OBvdXfCmZ/t3LLCi/kHDygM5ovZ06EoaG8TNDOqJ"
    "oBlqBqp0NGRnhqQtiCSNgMuS7i5Q8Z3U7U26mpMNsnm3bXlc69DieUlX7XTASvvDyw1daY"
    "IkV85YAlZXYkAw8jO4yPrQyEbCCsIPlLtBCPFebgXQTcbAATmFBo3OCUybBXtdz32Z0sl1"
    "0BPxbcoGs0M/DJ6hpsCiHbKPCRyMkYMxIrzG20Zr5F3ovK0JRcOu2DjMmSMSGs6p6EOSxD"
    "J9MvN88DqxU+CYTGfhC7Kt9DCoW1doyzFOeruwFOd8R35UFoJKSAS3S5TeQGGm+pBVf0qm"
    "/Sp17e78n3e5OM1C1+YkVnN5ffVLPLzYyrn4arDOF00bBhfIWmOPRLmnUr/LXhW+iDeoSE"
    "eJ7hVadJoGv1yFnqXjVurP/JplfVmyOLIMaNKje1LqwOog26QvCVNSkf7CvOo+CdiH6OIT"
    "XSMQLWrNu7vtQVduqa580MVE0sVsc8xfqiayyBEJ3fV2wOrIy8QywWQxehz/l4gj2VLWEk"
    "adFi+96h4vvYUmL6J1jtvQy5DF9h1QfTtD9XVJUvea9PUKbB8KPTSB6NXxl/PRJ9aBDQ5d"
    "+Ggty2Tz7nnd9sPJOFZd62rEearWKMRKz8LgYmEJrtmWomw9KJ7vxntdkB9NXoNouOBvgN"
    "qVtKRoQTTlPXfxiurnlKify7ooZKh22Dch3vzXSNPmlZfpftNj+76RPNEm7EO5NJa4FnOT"
    "dJZlKunmOibEJY7GPsFBs2OihFRojxU9K8yC7PpDaFOlEjDMnycvENlAmedw/3U/TDvAuk"
    "3F9zJ+8HGZLbG8jHkZveBli/SBDm+STqAQgjyEECQGJ3y6FMSWgnonciNv/CaqlWf42RTd"
    "UEIq9OuSE0S2Mk5GEPFC9q8/BVAgYx6MbcdxS5vqrejgs0AtfO+eYc+AXtWKoXCvovfg2g"
    "E9Y6K1oMxaRDlsoJX52MAzbNCHp8m7s0C4wzfn8/3l5RrhEUkHc1DCkJLXBcNckYbw9sDl"
    "Oujb6ObuYnQJAfOrKGth761X52ZpaGT5i5NSCf/CKJoEOS4D6EYCmhrkuNCJnICNhDILEe"
    "VtMYlBFavGUZICWVuARqquMR8WaxmXtQlhoqyqAcHbaYF4APGK5FR/11k/WyrN3GlZLtA3"
    "z7GNl1sShktKxeQHdVaGFdnwcZAZvzq8yGhQRJOJ92l91pxFH7LgrgWWigKZkz1oe69ZKo"
    "HYn+MZ2EH+3AFExA96q6CDQpv49D+f2pgmvWQHGXTUYwBXltSfoMxbFDzpoKSv7Qlr+1IS"
    "hRRtdiXByt+LEa1HwvS3tGkvKxr4xyGoKcr+2zkENVsS1IxepdrZFaQNBQLSTQoKvWpD5t"
    "ROtuz9O+SesDMvefj/fnt9Vc72hKCoiNtGiP6LHDsQqO8Pa5LdNyCRKJ72q7RtYEvOGlpA"
    "jxWBYp18+j5coIgeK5wdDUyjRcrWhMxUSYUm8QPZKJhHyZq2Vn6Xvn8NC5KkFEJ7OAc6+D"
    "apnoSTYiR05nstRSIQmu+GnXdV2nf07Uq120/HrVS3+TUzhRCjpx1U2PRYBuW1J52Y9oMd"
    "QnZXSHdQG3RZ035iHa/YEc07nNphgGYOTnPmJ1TDxb4xeVlUp3d+91dg+5pqYJtVvbaEYh"
    "Jd86rWi0VDNG1KFZAhYKoNre4rIE2bL9HkkCdS0jC+mt0JgeCWhyFLSbQzmfP+Q2sz7BM3"
    "bGz1FcjW4v0OG5VjzvrC1sMXsfetJ7/zj18ILkGyLullnqHZXRdzqSvJa0gi5j44QTWZw1"
    "oZhIYeq/EiajtMpJ6syYO+Kid+kuSTZe6RxWDM3NexO/bnPnbGhoPLIszVr0IpsdCqsaIZ"
    "BFivghikrhpDAHIvB1vWCVsWSpbV2ESvY6FXG+gCKs10rS8fcWAHy3TndFAtFRqGj/VkfC"
    "1VGmgQo8m0wdNNGUweawj1SYeQr9IHfzBPQYloAEzgm0gnE/pUpUks9ESiW2FuZPDiGtFw"
    "Yv4fa6w3W8S37Xc2311O0WFoFYTpPz6mgwIPWZ7jeM/gP89cyiYBT3ePRgYADJuwQc+2UV"
    "lB/fd8me0YHMOvAR8e3NytcHOLXGN9Y+6kVhVZP4ToRZXMISS0f8fEm6+4JZMBz2+D/l2f"
    "zkd3Xzro4uu3m4vb66uv51d3AKP7cv/r9f346/Vva4HpNm81p6d+o9ciQyS4ULLK20DX4T"
    "ixFMCigiIVzOlpGDlEC5qcGHE8HYfGpKF0sjRCW2+qpAH2Q5dgkwIvtJ8q4HQJYkjAJxbx"
    "SQTSqv+CZIiElgHPw9V6ELaLsnF1mVXmID6k/kN/2Q6a+TZUEqD7FzNOPAtNvSdB/KzMwm"
    "qckpinak18NT1iKuCnsKuxtW0jxBri4LGxapshEtzaUIYQSFAHfdb1wWKpJLgXHRU+ebLJ"
    "M4LV0L0KeTM6a8FVXu5hWKNLRIG0VY0i0jO+0CgiXtR77RUhlPsR3qU7+iodVfoekxGd1Y"
    "5HGDsO48E1vI7pq5zCUUtf/lMUGBNizqHHCL9PhyP86V8n9BvjkdWXhF9ObBdN7SAgQSeN"
    "q9OxpmO7JW0V9zWJQ6melrr7Di6Mgwtjt0XDb8++nH+6v4Qm5F/PIRtsfP5b5Mag35z9Or"
    "4QpGh486IALakFkMv8T+csRDtyk54iDVP+Eort21sbavKqQaWMoaoA/80NII1LjCrD8Zpn"
    "T+aI2pI7qegDg8d0wL/AVrANhnrz0PCaId0yJELvB3GZ+yFg3zOT3v8W/C5CXwJqjO86D7"
    "W2PN5KxuktFZNJr3RUYTYn33dWGc1BduRKizm+bmqpypYMyCvLZPYq9OZUeoZ6iqaeG06c"
    "F4SnUJ+I5WJywAGrZodjRR7gLQyX9TPDZXVYVgj9mrsx3UVzeS8zqJMpmgHNwZ+HjFFRd8"
    "rOwbZuiW1deKXWgK+2wNLOQldzdavubz6OrsDGvrm/GV2uI5ENl9yJNtQx31BLrBRi2FPs"
    "lAtlkbhorXDqD9FVhJKRqnUH2cMFQGjR6ZIeK683Yc7PLr6OLo973Y5UqLYTS0tesL4P2a"
    "WH7NJDdun2Fe4X1zib09fcr1S50xGrlW46dmykg1fr3QAV5wSZIBEr4qrqUBpUJf1ohzpF"
    "E++ZXgdKRtsBlNd7gu5nExxE4HGIfAI+nG5c0Zd/oV+RspItu7vtK6JRcI0m72M8XujkUl"
    "XRujy9AJg87EbgA5h7ws91XsxN4aKqVej0sa6d7ZtQCK6qpU97JA4HByGiR/SUt1wTpQov"
    "4BWaWZExxe6AOd3mirJpsUaPEA1XNbXHXxKGGCRTwAxik2XINEy52zEah8w8jmis+3YkBF"
    "vKSN1UwJBgsCp7cj+zVdEdnk2ffRCdIzpxPPchQKEnxssyn7GKYGugo/KUrQJHqaols5pr"
    "3QI4KlrTW8dGxWzMgKPY7AXSOP/h+Y8WPedvQzKr0jlzY1Zqnc/R6HEQD1+pd8Y3QECSbS"
    "DGyp4yeJLWxxbdlqWBlMXcnbJ0Rnp1N7BZRxMGQqL38vwO8ma2y6ry4TDExmRK6MPE/LCB"
    "/eDicE5luKiL7ncqB7TUwaN78Oi+2qMLXpkxlCFqJIw8leBGAofqpFsRlO2u7YsqwnVqoX"
    "WWgHWK/KenXWPuZ2kE5z1XaHK8X0/N3Dzn2XnThO0JgeA814hhsW4BJPEbJlPff1JQMzRV"
    "u2BUWXWnMgco1vU2Dq7iitMid6tbU2dIhPaEq70u8HVowBGambR4jakzSuuiIKprvBbIdl"
    "/p9eiv1tw1mDKuz20ntN3gA9zvb82FNVRlOcm1LixMvFqwqVXRRF55qlaLS9M1krQdTdeF"
    "jm33iQSh/YDp0QE13Vl6C/GDmv0udy3I5t6iNnqJsp6heHZv1idUlS+XEzu4+Q3Wo7Uxvn"
    "WRVuQ0WAHN/CUQ1wxvF4WyFsh1lL9iy4RSF+e6+EyKhnQdEd82JkcVDtDo284q1ydOx63y"
    "eVbzeMM+wPfiAHxlTctq194TVQ8atgrPkIhsVtdncd5roSh13BaKUu23gO/+LB55jdwWfP"
    "gb5G6vVvJcb0nyXG8xeY7eMSxtY1htDWRI2tCjo+mZtVUVfq/xvT//B2oxYAk="
)
