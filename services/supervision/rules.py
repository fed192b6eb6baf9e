"""Inspection rules — 核查规则: the ten clear-out categories of DOMAIN.md §6 and three cross-checks, each a
named, versioned, set-based SELECT over the projection, the registries and the paid lines.

Every rule yields rows (household_id, person_id, region_code, severity, key, evidence). The engine supplies
these relations: `hh` active households in scope, `inhh` all households in scope, `members` living members of
`hh`, `member_records` each registry record of a member (the registry's columns with the member's `household_id`,
`person_id` and `counted`: a record of an ID number held by two members appears once for each), `hp` active
households with their parameters (standard, thresholds), member count `n` and last review date `reviewed_on`.
A key names the case and its evidence, so a re-run never opens the same finding twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from services.supervision.sql import Sql

INSPECTED = ("ACTIVE", "GRACE", "SUSPENDED", "APPLYING")
"""Cases the rules look at: in care (also in a grace exit or suspended) and applicants not yet decided."""
INSPECTED_SQL = ", ".join(f"'{status}'" for status in INSPECTED)

NOBODY = "CAST(NULL AS BIGINT)"


class Context:
    """The dates a rule compares with, as placeholders made on first use (PostgreSQL refuses unused ones)."""

    def __init__(self, q: Sql, as_of: dt.date, several: dict[str, list[str]] | None = None) -> None:
        self._q, self._as_of, self._several = q, as_of, several or {}

    def in_several(self, table: str, column: str) -> str:
        """Values of `column` seen in more than one household of `table`: the run's own list when it found them once
        for all its connections (`SEVERAL`), else found here."""
        found = self._several.get(f"{table}.{column}")
        return in_several_households(table, column) if found is None else f"SELECT unnest({self._q.p(found, 'text[]')})"

    @cached_property
    def as_of(self) -> str:
        """The day the rule is run for."""
        return self._q.p(self._as_of, "date")

    @cached_property
    def year_ago(self) -> str:
        """Twelve months before: the window for wages and spending (income over the last 12 months)."""
        return self._q.p(months_before(self._as_of, 12), "date")

    @cached_property
    def death_cutoff(self) -> str:
        """Three months before: a death older than this is past the re-check deadline."""
        return self._q.p(months_before(self._as_of, 3), "date")


@dataclass(frozen=True)
class Rule:
    name: str
    version: int
    category: str
    title: str
    build: Callable[[Sql, Context], str]


def _registry(q: Sql, **extra: str) -> str:
    return q.json(
        kind="r.kind",
        name="r.name",
        reference="r.reference",
        eventDate="r.event_date",
        endDate="r.end_date",
        batch="r.batch_id",
        record="r.id",
        **extra,
    )


def r01(q: Sql, c: Context) -> str:
    return f"""
SELECT r.household_id, r.person_id, hp.region_code, 'MEDIUM' AS severity, 'R01:' || r.person_id || ':' || r.id AS key,
       {_registry(q)} AS evidence
FROM member_records r JOIN hp ON hp.household_id = r.household_id
WHERE r.kind IN ('PUBLIC_EMPLOYEE', 'VILLAGE_CADRE')
  AND (r.end_date IS NULL OR r.end_date >= {c.as_of}) AND (r.event_date IS NULL OR r.event_date <= {c.as_of})
UNION ALL
SELECT k.household_id, k.person_id, hp.region_code, 'LOW', 'R01:K:' || k.filing_id,
       {q.json(filing="k.filing_id", staff="k.staff_username", staffName="k.staff_name", relation="k.relation")}
FROM sv_kinship k JOIN hp ON hp.household_id = k.household_id"""


def r02(q: Sql, c: Context) -> str:
    return f"""
SELECT r.household_id, r.person_id, hp.region_code,
       CASE WHEN r.kind = 'DEATH' AND r.event_date < {c.death_cutoff} THEN 'HIGH' ELSE 'MEDIUM' END,
       'R02:' || r.person_id || ':' || r.id, {_registry(q, toRegion="r.region_code", reviewedOn="hp.reviewed_on")}
FROM member_records r JOIN hp ON hp.household_id = r.household_id
WHERE r.kind IN ('DEATH', 'MARRIAGE', 'IMPRISONMENT', 'HUKOU_MOVE')
  AND r.event_date <= {c.as_of} AND (hp.reviewed_on IS NULL OR r.event_date > hp.reviewed_on)
  AND NOT (r.kind = 'IMPRISONMENT' AND r.end_date IS NOT NULL AND r.end_date < {c.as_of})
  AND NOT (r.kind = 'HUKOU_MOVE' AND r.region_code = hp.region_code)
  AND NOT (r.kind = 'MARRIAGE' AND r.counterpart_id IN (SELECT o.id_number FROM members o WHERE o.household_id = r.household_id))"""


def _income_rule(code: str, kind: str, window: str, months: int) -> Callable[[Sql, Context], str]:
    """Registry income of counted members, per capita and month, at or above the standard."""

    def build(q: Sql, c: Context) -> str:
        if window == "current":
            since = f"(r.end_date IS NULL OR r.end_date >= {c.as_of}) AND (r.event_date IS NULL OR r.event_date <= {c.as_of})"
        else:
            since = f"r.event_date > {c.year_ago} AND r.event_date <= {c.as_of}"
        return f"""
SELECT hp.household_id, {NOBODY}, hp.region_code, 'MEDIUM', '{code}:' || hp.household_id,
       {
            q.json(
                monthly=f"ROUND(i.total / {months}, 2)",
                members="hp.n",
                perCapita=f"ROUND(i.total / {months} / hp.n, 2)",
                standard="hp.standard",
                records="i.records",
            )
        }
FROM hp JOIN (SELECT r.household_id, SUM({q.num("r.amount")}) AS total, COUNT(*) AS records
              FROM member_records r WHERE r.kind = '{kind}' AND r.counted AND {since}
              GROUP BY r.household_id) i ON i.household_id = hp.household_id
WHERE hp.n > 0 AND i.total / {months} / hp.n >= hp.standard"""

    return build


def r04(q: Sql, c: Context) -> str:
    return f"""
SELECT r.household_id, r.person_id, hp.region_code, CASE WHEN r.flag THEN 'HIGH' ELSE 'MEDIUM' END,
       'R04:' || r.person_id || ':' || r.id, {_registry(q, value="r.amount", commercial="r.flag", limit="hp.vehicle_value_limit")}
FROM member_records r JOIN hp ON hp.household_id = r.household_id
WHERE (r.kind = 'BUSINESS' AND (r.end_date IS NULL OR r.end_date >= {c.as_of}))
   OR (r.kind = 'VEHICLE' AND (r.flag OR {q.num("r.amount")} > hp.vehicle_value_limit))
UNION ALL
SELECT hp.household_id, {NOBODY}, hp.region_code, 'MEDIUM', 'R04:H:' || hp.household_id,
       {q.json(houses="own.houses", limit="hp.houses_limit", area="own.area")}
FROM hp JOIN (SELECT r.household_id, COUNT(DISTINCT r.reference) AS houses, SUM({q.num("r.amount")}) AS area
              FROM member_records r WHERE r.kind = 'PROPERTY' GROUP BY r.household_id) own ON own.household_id = hp.household_id
WHERE own.houses > hp.houses_limit"""


def r05(q: Sql, c: Context) -> str:
    return f"""
SELECT m.household_id, m.person_id, hp.region_code, 'MEDIUM', 'R05:' || m.person_id,
       {q.json(employees="COALESCE(biz.employees, 0)", businesses="COALESCE(biz.businesses, 0)", staffInsured="COALESCE(emp.insured, 0)")}
FROM members m JOIN hp ON hp.household_id = m.household_id
LEFT JOIN (SELECT r.person_id, SUM(r.quantity) AS employees, COUNT(*) AS businesses FROM member_records r
           WHERE r.kind = 'BUSINESS' AND r.quantity > 0 AND (r.end_date IS NULL OR r.end_date >= {c.as_of})
           GROUP BY r.person_id) biz ON biz.person_id = m.person_id
LEFT JOIN (SELECT r.counterpart_id AS employer, COUNT(DISTINCT r.id_number) AS insured FROM registry_record r
           WHERE r.kind = 'WAGE' AND r.counterpart_id <> '' AND r.event_date > {c.year_ago} AND r.event_date <= {c.as_of}
           GROUP BY r.counterpart_id) emp ON emp.employer = m.id_number
WHERE COALESCE(biz.employees, 0) >= hp.employer_min_staff OR COALESCE(emp.insured, 0) >= hp.employer_min_staff"""


def r07(q: Sql, c: Context) -> str:
    return f"""
SELECT hp.household_id, {NOBODY}, hp.region_code, 'LOW', 'R07:' || hp.household_id,
       {q.json(supportMonthly="s.total", supporters="s.supporters", threshold="hp.support_min")}
FROM hp JOIN (SELECT r.household_id, SUM({q.num("r.amount")}) AS total, COUNT(DISTINCT r.counterpart_id) AS supporters
              FROM member_records r
              WHERE r.kind = 'SUPPORT' AND (r.event_date IS NULL OR r.event_date <= {c.as_of})
                AND r.counterpart_id NOT IN (SELECT o.id_number FROM members o WHERE o.household_id = r.household_id)
              GROUP BY r.household_id) s ON s.household_id = hp.household_id
WHERE s.total >= hp.support_min"""


def r08(q: Sql, c: Context) -> str:
    return f"""
SELECT m.household_id, m.person_id, hp.region_code, 'MEDIUM', 'R08:' || m.person_id || ':' || MAX(ref.id),
       {q.json(refusals="COUNT(*)", lastReferral="MAX(ref.event_date)", required="hp.work_refusals")}
FROM members m JOIN hp ON hp.household_id = m.household_id
JOIN (SELECT r.person_id, r.flag, r.event_date, r.id,
             ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY r.event_date DESC, r.id DESC) AS rn
      FROM member_records r WHERE r.kind = 'WORK_REFERRAL' AND r.event_date <= {c.as_of}) ref
  ON ref.person_id = m.person_id AND ref.rn <= hp.work_refusals
GROUP BY m.household_id, m.person_id, hp.region_code, hp.work_refusals
HAVING SUM(CASE WHEN ref.flag THEN 1 ELSE 0 END) >= hp.work_refusals"""


def r09(q: Sql, c: Context) -> str:
    return f"""
SELECT r.household_id, r.person_id, hp.region_code, 'HIGH', 'R09:' || r.id, {_registry(q)}
FROM member_records r JOIN hp ON hp.household_id = r.household_id
WHERE r.kind = 'CHECK_REFUSAL' AND r.event_date <= {c.as_of} AND (hp.reviewed_on IS NULL OR r.event_date > hp.reviewed_on)"""


def r10(q: Sql, c: Context) -> str:
    return f"""
SELECT hp.household_id, {NOBODY}, hp.region_code, CASE WHEN s.abroad > 0 THEN 'HIGH' ELSE 'MEDIUM' END, 'R10:' || hp.household_id,
       {q.json(spendingMonthly="ROUND(s.total / 12, 2)", abroad="s.abroad", limit="hp.spending_multiple * hp.standard * hp.n")}
FROM hp JOIN (SELECT r.household_id, SUM({q.num("r.amount")}) AS total,
                     SUM(CASE WHEN r.reference LIKE '%出境%' OR UPPER(r.reference) LIKE '%ABROAD%' THEN 1 ELSE 0 END) AS abroad
              FROM member_records r
              WHERE r.kind = 'SPENDING' AND r.event_date > {c.year_ago} AND r.event_date <= {c.as_of}
              GROUP BY r.household_id) s ON s.household_id = hp.household_id
WHERE s.abroad > 0 OR (hp.n > 0 AND s.total / 12 > hp.spending_multiple * hp.standard * hp.n)"""


def r11(q: Sql, c: Context) -> str:
    """A member who died, by the households' own record or by the DEATH registry, and the paid lines of the months
    after. The registry's deaths of living members are read where the run already joined them (`member_records`,
    the inspected households), and joined here only for the few households in scope it does not inspect; a member
    the households marked dead keeps that date, whatever the registry says."""
    return f"""
SELECT d.household_id, d.person_id, h.region_code,
       CASE WHEN (SELECT COUNT(*) FROM sv_person o WHERE o.household_id = d.household_id) = 1 THEN 'HIGH' ELSE 'MEDIUM' END,
       'R11:' || d.person_id,
       {
        q.json(
            diedOn="MIN(d.died_on)",
            source="MIN(d.source)",
            periods="COUNT(*)",
            amount=f"SUM({q.num('pl.amount')})",
            firstPeriod="MIN(pl.period)",
            lastPeriod="MAX(pl.period)",
        )
    }
FROM (SELECT person_id, household_id, COALESCE(MIN(deceased_on), MIN(event_date)) AS died_on,
             CASE WHEN MIN(deceased_on) IS NOT NULL THEN 'households' ELSE 'DEATH registry' END AS source
      FROM (SELECT p.person_id, p.household_id, p.deceased_on, CAST(NULL AS DATE) AS event_date
            FROM sv_person p JOIN inhh ON inhh.household_id = p.household_id WHERE p.deceased_on IS NOT NULL
            UNION ALL
            SELECT r.person_id, r.household_id, CAST(NULL AS DATE), r.event_date
            FROM member_records r WHERE r.kind = 'DEATH'
            UNION ALL
            SELECT p.person_id, p.household_id, p.deceased_on, r.event_date
            FROM inhh JOIN sv_person p ON p.household_id = inhh.household_id AND p.deceased_on IS NULL
            JOIN registry_record r ON r.id_number = p.id_number AND r.kind = 'DEATH'
            WHERE inhh.status NOT IN ({INSPECTED_SQL})) died
      GROUP BY person_id, household_id) d
JOIN inhh h ON h.household_id = d.household_id
JOIN sv_paid_line pl ON pl.household_id = d.household_id AND pl.last_month_start > d.died_on
GROUP BY d.household_id, d.person_id, h.region_code"""


SEVERAL = (("sv_person", "id_number"), ("sv_paid_line", "account_number"))
"""What R12 looks for in the whole projection, whichever share of a region a connection evaluates."""


def in_several_households(table: str, column: str) -> str:
    """Values seen in more than one household, found by hashing (the exact DISTINCT count then runs on these few)."""
    return f"SELECT {column} FROM {table} GROUP BY {column} HAVING MIN(household_id) <> MAX(household_id)"


def r12(q: Sql, c: Context) -> str:
    return f"""
SELECT p.household_id, p.person_id, h.region_code, 'HIGH', 'R12:ID:' || p.person_id,
       {q.json(idNumber=q.masked_id("p.id_number"), households="dup.households", householdIds="dup.ids")}
FROM sv_person p JOIN hh h ON h.household_id = p.household_id
JOIN (SELECT p2.id_number, COUNT(DISTINCT p2.household_id) AS households, {q.text_list("p2.household_id")} AS ids
      FROM sv_person p2 JOIN sv_household h2 ON h2.household_id = p2.household_id AND h2.status IN ({INSPECTED_SQL})
      WHERE p2.deceased_on IS NULL AND p2.id_number IN ({c.in_several("sv_person", "id_number")})
      GROUP BY p2.id_number HAVING COUNT(DISTINCT p2.household_id) > 1) dup ON dup.id_number = p.id_number
WHERE p.deceased_on IS NULL
UNION ALL
SELECT a.household_id, {NOBODY}, h.region_code, 'HIGH', 'R12:AC:' || a.account_number || ':' || a.household_id,
       {q.json(account=q.masked_account("a.account_number"), households="dup.households", householdIds="dup.ids")}
FROM (SELECT DISTINCT household_id, account_number FROM sv_paid_line WHERE account_number <> '') a
JOIN hh h ON h.household_id = a.household_id
JOIN (SELECT pl.account_number, COUNT(DISTINCT pl.household_id) AS households, {q.text_list("pl.household_id")} AS ids
      FROM sv_paid_line pl JOIN sv_household h2 ON h2.household_id = pl.household_id AND h2.status IN ({INSPECTED_SQL})
      WHERE pl.account_number <> '' AND pl.account_number IN ({c.in_several("sv_paid_line", "account_number")})
      GROUP BY pl.account_number HAVING COUNT(DISTINCT pl.household_id) > 1) dup
  ON dup.account_number = a.account_number"""


def r13(q: Sql, c: Context) -> str:
    return f"""
SELECT k.household_id, k.person_id, h.region_code, 'HIGH', 'R13:' || k.filing_id || ':' || k.staff_username,
       {q.json(filing="k.filing_id", staff="k.staff_username", staffName="k.staff_name", relation="k.relation", approvedBy="h.approved_by")}
FROM sv_kinship k JOIN hh h ON h.household_id = k.household_id
WHERE k.staff_username <> '' AND (k.staff_username = h.approved_by
      OR EXISTS (SELECT 1 FROM sv_decision d WHERE d.household_id = k.household_id AND d.decided_by = k.staff_username))"""


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule(
            "R01_PUBLIC_EMPLOYEE",
            1,
            "1",
            "公职人员、国企职工、村干部或近亲属备案 / public employee, SOE staff, cadre or kinship filing",
            r01,
        ),
        Rule(
            "R02_STATUS_CHANGE",
            1,
            "2",
            "死亡、婚迁、服刑、户籍迁出未处理 / death, marriage, prison or hukou move since review",
            r02,
        ),
        Rule(
            "R03_PENSION",
            1,
            "3",
            "养老金使人均收入达到标准 / pensions lift income per head to the standard",
            _income_rule("R03", "PENSION", "current", 1),
        ),
        Rule("R04_ASSETS", 1, "4", "车辆、工商登记或住房超限 / vehicle, business or houses above the limit", r04),
        Rule("R05_EMPLOYER", 1, "5", "成员为雇主 / member employs staff", r05),
        Rule(
            "R06_WAGES",
            1,
            "6",
            "工资使人均收入达到标准 / wages lift income per head to the standard",
            _income_rule("R06", "WAGE", "year", 12),
        ),
        Rule("R07_SUPPORT", 1, "7", "赡养扶养费未计入 / support from liable relatives", r07),
        Rule("R08_WORK_REFUSAL", 1, "8", "连续拒绝就业介绍 / consecutive refused work referrals", r08),
        Rule("R09_CHECK_REFUSAL", 1, "9", "拒绝核对或虚报隐瞒 / refused checks or false declaration", r09),
        Rule("R10_SPENDING", 1, "10", "消费明显高于标准 / spending clearly above the standard", r10),
        Rule("R11_PAID_AFTER_DEATH", 1, "payment", "死亡后仍发放 / paid after a member's death", r11),
        Rule(
            "R12_DUPLICATE_IDENTITY",
            1,
            "identity",
            "同一账户或身份证号在多个在保家庭 / one account or ID in several active households",
            r12,
        ),
        Rule(
            "R13_STAFF_KINSHIP", 1, "1", "审批人与保障对象有近亲属关系 / approving staff related to the recipient", r13
        ),
    )
}


def months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, 28))
