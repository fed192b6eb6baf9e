"""The authorization matrix — 权限矩阵. This table, not prose, documents who may do what, where.

Rows are operations: `<subgraph>.<Query|Mutation>.<field>`, and `<subgraph>._entities` for entity
resolution. Columns are roles. A cell has four letters, for a record (or target) lying in the
caller's own region, in a sub-region, in a sibling region, and in the parent region outside the
caller's own (REGIONS below says which codes those are for each role's demo user):

    A  allowed, every field in full          M  allowed, sensitive fields masked (ID numbers, accounts)
    D  denied: FORBIDDEN, or null with a NOT_FOUND error, or simply not in the list
    -  not applicable (a village has no sub-region; a role granted "*" has only "own": anywhere)

Region-free operations (the policy's role list, the change feed, the projection sync, the city-wide
registry batches) use only the first letter. `tests/authz/test_matrix.py` checks every cell through
the gateway and directly against the subgraph, on records of the cell's region, and fails for any
operation of any subgraph schema that has no row here, and for any row without a probe in
`tests/authz/probes*.py`: add both.
"""

from __future__ import annotations

ROLES: dict[str, str | None] = {  # role → demo user signing in with a password (None: a service token)
    "village_assistant": "village.assistant",
    "township_officer": "township.officer",
    "township_leader": "township.leader",
    "county_approver": "county.approver",
    "county_finance": "county.finance",
    "county_auditor": "county.auditor",
    "municipal_officer": "municipal.officer",
    "supervision_inspector": "inspector",
    "bank_client": "bank.rcc",
    "system_admin": "admin",
    "service_disbursement": None,
    "service_supervision": None,
    "gateway": None,
}
SHORT = ["village", "t.offcr", "t.lead", "c.appr", "c.fin", "c.aud", "munic", "inspec", "bank", "admin", "s.disb",
         "s.sup", "gateway"]

VILLAGE, VILLAGE_2 = "431102100200", "431102100201"
TOWNSHIP, TOWNSHIP_2 = "431102100000", "431102101000"
COUNTY, COUNTY_2 = "431102000000", "431103000000"
CITY, CITY_2, PROVINCE = "431100000000", "431000000000", "430000000000"
REGIONS: dict[str, tuple[str | None, str | None, str | None, str | None]] = {  # own, sub, sibling, parent
    "village_assistant": (VILLAGE, None, VILLAGE_2, TOWNSHIP),
    "township_officer": (TOWNSHIP, VILLAGE_2, TOWNSHIP_2, COUNTY),
    "township_leader": (TOWNSHIP, VILLAGE_2, TOWNSHIP_2, COUNTY),
    "county_approver": (COUNTY, TOWNSHIP, COUNTY_2, CITY),
    "county_finance": (COUNTY, TOWNSHIP, COUNTY_2, CITY),
    "county_auditor": (COUNTY, TOWNSHIP, COUNTY_2, CITY),
    "municipal_officer": (CITY, COUNTY, CITY_2, PROVINCE),
    "supervision_inspector": (CITY, COUNTY, CITY_2, PROVINCE),
    "bank_client": (COUNTY, TOWNSHIP, COUNTY_2, CITY),
    "system_admin": ("*", None, None, None),
    "service_disbursement": ("*", None, None, None),
    "service_supervision": ("*", None, None, None),
    "gateway": ("*", None, None, None),
}
"""The demo users' grants; the sibling township 431102101000 and the sibling city 431000000000 are
added by the matrix fixture (the test city has one township per county)."""

TABLE = """
operation                                     village t.offcr t.lead  c.appr  c.fin   c.aud   munic   inspec  bank    admin   s.disb  s.sup   gateway
households.Query.households                   A-DD    AADD    MMDD    AADD    DDDD    AADD    MMDD    AADD    DDDD    D---    M---    D---    D---
households.Query.householdsConnection         A-DD    AADD    MMDD    AADD    DDDD    AADD    MMDD    AADD    DDDD    D---    M---    D---    D---
households.Query.household                    A-DD    AADD    MMDD    AADD    DDDD    AADD    MMDD    AADD    DDDD    D---    M---    D---    D---
households.Query.person                       A-DD    AADD    MMDD    AADD    DDDD    AADD    MMDD    AADD    DDDD    D---    M---    D---    D---
households.Query.regions                      A-DD    AADD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    D---    A---    A---    D---
households.Query.changes                      D---    D---    D---    A---    D---    D---    D---    D---    D---    D---    A---    A---    D---
households.Query.entitlements                 D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    A---    D---    D---
households.Mutation.registerHousehold         A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households._entities                          A-DD    AADD    MMDD    AADD    DDDD    AADD    MMDD    AADD    DDDD    D---    M---    D---    D---
households.Mutation.addMember                 A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.updateMember              A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordIncome              A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordAsset               A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.fileKinship               D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.setStandard               D-DD    DDDD    DDDD    AADD    DDDD    DDDD    AADD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.setPolicy                 D-DD    DDDD    DDDD    AADD    DDDD    DDDD    AADD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.submitApplication         A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.submitRenewal             A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.acceptApplication         D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.returnApplication         D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordInvestigation       A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.failPrecheck              D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recheckApplication        D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.terminateApplication      D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.holdDemocraticReview      D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.giveTownshipOpinion       D-DD    DDDD    AADD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.publishNotice             D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordObjection           D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.closeNotice               D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordHomeVisit           D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.approveApplication        D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.rejectApplication         D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Query.publicNotice                 A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
households.Query.lateApplications             A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
households.Query.applications                 A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
households.Query.applicationsConnection       A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
households.Query.decision                     A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    A---    D---    D---
households.Mutation.answerEntryCheck          D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.extendApplicationDeadline D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.drawPreApprovalVisits     D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Query.preApprovalDraws             A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
households.Mutation.hangDoorPlate             D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.removeDoorPlate           D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Query.householdStatistics          D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
households.Query.reviewsDue                   A-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    A---    D---    D---
households.Query.reviewTasks                  D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.reviewCase                D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.decideCaseChange          D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.enrolProgramme            D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.endProgramme              D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordMemberEvent         A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.recordCheckIn             A-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
households.Mutation.syncRegistryEvents        D---    D---    D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---
disbursement.Query.payments                   D-DD    AADD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
disbursement.Query.paymentsConnection         D-DD    AADD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
disbursement._entities                        D-DD    AADD    MMDD    AADD    AADD    AADD    MMDD    MMDD    DDDD    D---    D---    D---    D---
disbursement.Query.paidLines                  D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    A---    D---
disbursement.Query.bankAccountHistory         D-DD    AADD    DDDD    AADD    AADD    AADD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.rosters                    D-DD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.rostersConnection          D-DD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.roster                     D-DD    AADD    AADD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.paymentBatches             D-DD    DDDD    DDDD    AADD    AADD    AADD    DDDD    DDDD    AADD    D---    D---    D---    D---
disbursement.Query.paymentBatch               D-DD    DDDD    DDDD    AADD    AADD    AADD    DDDD    DDDD    AADD    D---    D---    D---    D---
disbursement.Query.batchLines                 D-DD    DDDD    DDDD    AADD    AADD    AADD    DDDD    DDDD    AADD    D---    D---    D---    D---
disbursement.Query.strandedFunds              D-DD    DDDD    DDDD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.fundBalances               D-DD    DDDD    DDDD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Query.ledgerEntries              D-DD    DDDD    DDDD    AADD    AADD    AADD    AADD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.setBankAccount          D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.setPaymentCycle         D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.declareSubsidy          D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.compileRoster           D-DD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.reviewRoster            D-DD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.approveRoster           D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.sendBackRoster          D-DD    DDDD    AADD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.aggregateRosters        D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.confirmTransfer         D-DD    DDDD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.authorizeOverdraft      D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.reissueFailedLines      D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
disbursement.Mutation.acknowledgeBatch        D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    D---    D---    D---    D---
disbursement.Mutation.postBatchResults        D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    D---    D---    D---    D---
disbursement.Mutation.recordAllocation        D-DD    DDDD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    DDDD    D---    D---    D---    D---
supervision.Query.findings                    D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.findingsConnection          D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision._entities                         D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.findingMetrics              D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.findingsByRule              D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.inspectionRules             D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.inspectionParameters        D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.registryBatches             D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.registryBatchesConnection   D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.registryRejections          D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.registryRejectionsConnection D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.projectionStatus            D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.spotChecks                  D-DD    AADD    DDDD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.spotChecksConnection        D-DD    AADD    DDDD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.complaints                  D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.complaintsConnection        D-DD    AADD    DDDD    AADD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaigns                   D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaignsConnection         D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaignHouseholds          D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaignHouseholdsConnection D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaignList                D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Query.campaignListFile            D-DD    AADD    AADD    AADD    DDDD    AADD    AADD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.importRegistry           D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.registryLifeEvents          D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Query.registryHits                 D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Mutation.inspection               D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.setInspectionParameter   D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.syncProjection           D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---    D---    D---
supervision.Mutation.assignFinding            D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.verifyFinding            D-DD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.rectifyFinding           D-DD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.closeFinding             D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.drawSpotCheck            D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.recordSpotCheckVisit     D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.publishSpotCheck         D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.registerComplaint        D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.assignComplaint          D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.verifyComplaint          D-DD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.answerComplaint          D-DD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.closeComplaint           D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.createCampaign           D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
supervision.Mutation.recordCampaignVisit      D-DD    AADD    DDDD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    D---    D---    D---    D---
authz.Query.users                             D-DD    DDDD    DDDD    DDDD    DDDD    AADD    DDDD    DDDD    DDDD    A---    D---    D---    D---
authz.Query.roles                             D---    D---    D---    D---    D---    A---    D---    D---    D---    A---    D---    D---    D---
authz.Mutation.createUser                     D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    A---    D---    D---    D---
authz.Mutation.grantRole                      D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    A---    D---    D---    D---
authz.Mutation.revokeRole                     D-DD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    DDDD    A---    D---    D---    D---
authz.Mutation.setUserActive                  D---    D---    D---    D---    D---    D---    D---    D---    D---    A---    D---    D---    D---
"""


def parse(table: str = TABLE) -> dict[str, dict[str, str]]:
    """operation → role → four letters (own, sub, sibling, parent)."""
    lines = [line.split() for line in table.strip().splitlines()]
    header, rows = lines[0], lines[1:]
    assert header[1:] == SHORT, header
    roles = list(ROLES)
    matrix = {}
    for operation, *cells in rows:
        assert len(cells) == len(roles), f"{operation}: {len(cells)} cells for {len(roles)} roles"
        assert all(len(cell) == 4 and set(cell) <= set("AMD-") for cell in cells), operation
        matrix[operation] = dict(zip(roles, cells, strict=True))
    return matrix


MATRIX = parse()
