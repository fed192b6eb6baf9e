"""Probes of the supervision subgraph's mutations (findings, complaints, spot checks, campaigns, parameters, runs)
and its parameter query.

Each mutation acts on a finding, complaint, spot check or campaign made for the cell in the target's
village, in the status the verb leaves from (written directly: the verbs before it are cells of their own).
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools

from services.supervision.lifecycle import today
from tests.authz.acts import Act, far_date
from tests.authz.probes import DENIED, Probe, Target
from tests.authz.probes_disbursement import fresh_period


def day() -> str:
    """The service's day (Shanghai), which dates are checked against, when the call is made."""
    return today().isoformat()


GONE = frozenset(DENIED | {"NOT_FOUND", "FINDING_NOT_FOUND"})
CAMPAIGN_GONE = frozenset(DENIED | {"CAMPAIGN_NOT_FOUND"})
_decisions = itertools.count(9_000_000_001)


def finding(status: str, **fields):
    async def prepare(target: Target) -> dict:
        from services.supervision.models import Finding

        row = await Finding.create(
            household_id=target.household,
            region_code=target.village,
            rule="R02_STATUS_CHANGE",
            severity="LOW",
            status=status,
            evidence={"source": "authorization matrix"},
            **fields,
        )
        return {"id": str(row.id)}

    return prepare


async def rectifiable(target: Target) -> dict:
    """A true positive verified today, and a decision on its household the projection knows."""
    from services.supervision.models_projection import ProjectedDecision

    made = await finding("VERIFIED", verdict="TRUE_POSITIVE", assigned_to=target.township)(target)
    decision = await ProjectedDecision.create(
        decision_id=next(_decisions),
        household_id=target.household,
        kind="STOP",
        decided_by="matrix.setup",
        decided_on=today(),
    )
    return {**made, "decision": str(decision.decision_id)}


def complaint(status: str, **fields):
    async def prepare(target: Target) -> dict:
        from services.supervision.models_work import Complaint

        row = await Complaint.create(
            region_code=target.village,
            received_on=today() - dt.timedelta(days=3),
            content="矩阵测试举报",
            registered_by="matrix.setup",
            status=status,
            assigned_to=target.township if status != "RECEIVED" else None,
            **fields,
        )
        return {"id": str(row.id)}

    return prepare


async def spot_check(target: Target) -> dict:
    """A spot check of the village drawing the target's household, not yet visited or published."""
    from services.supervision.models_work import SpotCheck, SpotCheckItem

    check = await SpotCheck.create(
        region_code=target.village,
        period=fresh_period(),
        share="0.10",
        seed=7,
        inspectors=["inspector"],
        drawn_by="matrix.setup",
    )
    item = await SpotCheckItem.create(
        spot_check_id=check.id, household_id=target.household, region_code=target.village, inspector="inspector"
    )
    return {"id": str(check.id), "item": str(item.id)}


async def empty_spot_check(target: Target) -> dict:
    from services.supervision.models_work import SpotCheck

    check = await SpotCheck.create(
        region_code=target.village,
        period=fresh_period(),
        share="0.10",
        seed=7,
        inspectors=["inspector"],
        drawn_by="matrix.setup",
    )
    return {"id": str(check.id)}


_campaign_households = itertools.count(8_100_000_001)


async def campaign(target: Target) -> dict:
    """A campaign of the village running now, and a case in care of the village that only the projection knows (so no
    sync of the real feed, which another cell may run meanwhile, changes it)."""
    from services.supervision.models_projection import ProjectedHousehold
    from services.supervision.models_work import Campaign

    household = await ProjectedHousehold.create(
        household_id=next(_campaign_households), region_code=target.village, status="ACTIVE", monthly_amount="100.00"
    )
    row = await Campaign.create(
        name="矩阵专项",
        region_code=target.village,
        starts_on=today() - dt.timedelta(days=30),
        ends_on=today() + dt.timedelta(days=30),
        phases=[],
        created_by="matrix.setup",
    )
    return {"id": str(row.id), "household": str(household.household_id)}


async def nothing(target: Target) -> dict:
    return {}


_files = itertools.count(1)


def cadre_file(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in [["身份证号码", "姓名", "职务", "村社区代码"], *rows]).encode()


def new_registry_file() -> str:
    """A village-cadre file no import has seen: one row, rejected for its ID number, so no rule ever matches it."""
    return base64.b64encode(cadre_file([[f"matrix-{next(_files)}", "矩阵干部", "村委委员", "431102100200"]])).decode()


async def registry_records(villages: list[str]) -> dict[str, dict]:
    """One imported registry batch with one rejected row per village, located by its region column."""
    from services.supervision.registry_imports import import_registry

    rows = [[f"not-an-id-{village}", "矩阵干部", "村委委员", village] for village in villages]
    summary = await import_registry(
        kind="VILLAGE_CADRE", file_name="matrix-cadres.csv", content=cadre_file(rows), actor="matrix.setup"
    )
    by_region = {r.region_code: r.row_number for r in summary.rejections}
    return {village: {"registry_batch": summary.batch.id, "rejected_row": by_region[village]} for village in villages}


def by_id(query: str, prepare, extra=dict) -> Act:
    """A verb on the prepared record's id; `extra` gives the other variables at call time."""
    return Act("supervision", query, prepare, lambda t, r: {"id": r["id"], **extra()}, refused=GONE)


PROBES = {
    "supervision.Query.registryLifeEvents": Probe(
        "supervision", "{ registryLifeEvents(first: 1) { nextCursor } }", lambda t: {}, regional=False
    ),
    "supervision.Query.registryHits": Probe(
        "supervision", '{ registryHits(idNumbers: ["11010519491231002X"]) { kind } }', lambda t: {}, regional=False
    ),
    "supervision.Mutation.assignFinding": Act(
        "supervision",
        "mutation($id: ID!, $t: String!) { assignFinding(id: $id, townshipCode: $t) { id } }",
        finding("OPEN"),
        lambda t, r: {"id": r["id"], "t": t.township},
        refused=GONE,
    ),
    "supervision.Mutation.verifyFinding": by_id(
        "mutation($id: ID!, $v: VisitInput!) { verifyFinding(id: $id, verdict: FALSE_POSITIVE, visit: $v) { id } }",
        lambda t: finding("ASSIGNED", assigned_to=t.township)(t),
        lambda: {"v": {"visitedOn": day(), "visitors": ["matrix.a", "matrix.b"]}},
    ),
    "supervision.Mutation.rectifyFinding": Act(
        "supervision",
        "mutation($id: ID!, $d: ID!) { rectifyFinding(id: $id, decisionId: $d) { id } }",
        rectifiable,
        lambda t, r: {"id": r["id"], "d": r["decision"]},
        refused=GONE,
    ),
    "supervision.Mutation.closeFinding": by_id(
        'mutation($id: ID!) { closeFinding(id: $id, note: "矩阵") { id } }',
        finding("VERIFIED", verdict="FALSE_POSITIVE"),
    ),
    "supervision.Mutation.registerComplaint": Act(
        "supervision",
        "mutation($i: ComplaintInput!) { registerComplaint(input: $i) { id } }",
        nothing,
        lambda t, r: {
            "i": {"receivedOn": day(), "content": "矩阵测试举报", "anonymous": True, "regionCode": t.village}
        },
    ),
    "supervision.Mutation.assignComplaint": Act(
        "supervision",
        "mutation($id: ID!, $t: String!) { assignComplaint(id: $id, townshipCode: $t) { id } }",
        complaint("RECEIVED"),
        lambda t, r: {"id": r["id"], "t": t.township},
        refused=GONE,
    ),
    "supervision.Mutation.verifyComplaint": by_id(
        'mutation($id: ID!) { verifyComplaint(id: $id, substantiated: false, verification: "矩阵核实") { id } }',
        complaint("ASSIGNED"),
    ),
    "supervision.Mutation.answerComplaint": by_id(
        'mutation($id: ID!, $d: Date!) { answerComplaint(id: $id, feedback: "矩阵反馈", givenOn: $d) { id } }',
        complaint("VERIFIED", reporter_name="矩阵举报人", reporter_phone="0735-1234567"),
        lambda: {"d": day()},
    ),
    "supervision.Mutation.closeComplaint": by_id(
        "mutation($id: ID!) { closeComplaint(id: $id) { id } }", complaint("VERIFIED", anonymous=True)
    ),
    "supervision.Mutation.drawSpotCheck": Act(
        "supervision",
        "mutation($r: String!, $p: String!) { drawSpotCheck(regionCode: $r, period: $p, seed: 7, "
        'inspectors: ["inspector"]) { id } }',
        nothing,
        lambda t, r: {"r": t.village, "p": fresh_period()},
    ),
    "supervision.Mutation.recordSpotCheckVisit": Act(
        "supervision",
        "mutation($id: ID!, $d: Date!) { recordSpotCheckVisit(itemId: $id, visitedOn: $d, result: CONFIRMED) { id } }",
        spot_check,
        lambda t, r: {"id": r["item"], "d": day()},
        refused=GONE,
    ),
    "supervision.Mutation.publishSpotCheck": by_id(
        "mutation($id: ID!) { publishSpotCheck(id: $id) { id } }", empty_spot_check
    ),
    "supervision.Mutation.createCampaign": Act(
        "supervision",
        'mutation($r: String!) { createCampaign(name: "矩阵专项", regionCode: $r, startsOn: "2031-01-01", '
        'endsOn: "2031-03-31", phases: []) { id } }',
        nothing,
        lambda t, r: {"r": t.village},
    ),
    "supervision.Mutation.recordCampaignVisit": Act(
        "supervision",
        "mutation($c: ID!, $h: ID!, $d: Date!) { recordCampaignVisit(campaignId: $c, householdId: $h, "
        "visitedOn: $d, allMembersSeen: true, outcome: MAINTAIN) { id } }",
        campaign,
        lambda t, r: {"c": r["id"], "h": r["household"], "d": day()},
        refused=GONE | CAMPAIGN_GONE,
    ),
    "supervision.Mutation.setInspectionParameter": Act(
        "supervision",
        'mutation($r: String!, $d: Date!) { setInspectionParameter(regionCode: $r, name: "support_min", '
        'value: "100.00", effectiveFrom: $d) { name } }',
        nothing,
        lambda t, r: {"r": t.place or t.county, "d": far_date()},
    ),
    "supervision.Mutation.inspection": Act(
        "supervision",
        'mutation($r: String!) { inspection(regionCode: $r, rule: R02_STATUS_CHANGE, asOf: "2000-01-01") { raised } }',
        nothing,
        lambda t, r: {"r": t.village},
    ),
    "supervision.Mutation.syncProjection": Act(
        "supervision", "mutation { syncProjection { feed } }", nothing, lambda t, r: {}, regional=False
    ),
    "supervision.Mutation.importRegistry": Act(
        "supervision",
        'mutation($c: String!) { importRegistry(kind: VILLAGE_CADRE, fileName: "matrix.csv", contentBase64: $c) '
        "{ batch { id } } }",
        nothing,
        lambda t, r: {"c": new_registry_file()},
        regional=False,
    ),
    "supervision.Query.registryBatches": Probe(
        "supervision",
        "{ registryBatches(kind: VILLAGE_CADRE, first: 50) { id } }",
        lambda t: {},
        found="registryBatches",
        record=lambda t: t.registry_batch,
        regional=False,
    ),
    "supervision.Query.registryRejections": Probe(
        "supervision",
        "query($b: ID!) { registryRejections(batchId: $b, first: 100) { rowNumber } }",
        lambda t: {"b": str(t.registry_batch)},
        found="registryRejections",
        record=lambda t: t.rejected_row,
        key="rowNumber",
    ),
    # a campaign's households and lists, aimed at the campaign of the target's village (outside it: CAMPAIGN_NOT_FOUND)
    "supervision.Query.campaignHouseholds": Probe(
        "supervision",
        "query($c: ID!) { campaignHouseholds(campaignId: $c, first: 1) { householdId } }",
        lambda t: {"c": str(t.campaign)},
        refused=CAMPAIGN_GONE,
    ),
    "supervision.Query.campaignList": Probe(
        "supervision",
        "query($c: ID!) { campaignList(campaignId: $c, kind: INCREASE) { householdId } }",
        lambda t: {"c": str(t.campaign)},
        refused=CAMPAIGN_GONE,
    ),
    "supervision.Query.campaignListFile": Probe(
        "supervision",
        "query($c: ID!) { campaignListFile(campaignId: $c, kind: STOP) { rows } }",
        lambda t: {"c": str(t.campaign)},
        refused=CAMPAIGN_GONE,
    ),
    "supervision.Query.inspectionParameters": Probe(
        "supervision",
        "query($r: String!) { inspectionParameters(regionCode: $r) { name } }",
        lambda t: {"r": t.place or t.county},
    ),
}
