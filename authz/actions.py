"""Every permission is a named action; roles are granted actions in policy.csv."""

from enum import StrEnum


class Action(StrEnum):
    """Actions checked by the subgraphs, the gateway and the admin UI."""

    REGION_READ = "households.region.read"
    HOUSEHOLD_READ = "households.household.read"
    HOUSEHOLD_REGISTER = "households.household.register"
    PERSON_READ_SENSITIVE = "households.person.read_sensitive"
    PAYMENT_READ = "disbursement.payment.read"
    ACCOUNT_READ = "disbursement.account.read"
    ACCOUNT_READ_SENSITIVE = "disbursement.account.read_sensitive"
    FINDING_READ = "supervision.finding.read"
    ADMIN_ACCESS = "admin.access"
    ADMIN_WRITE = "admin.write"
    QUERY_PLAN = "gateway.query_plan"
    FEDERATION_SDL = "federation.sdl"
    USER_MANAGE = "authz.user.manage"

    # --- authorization (issue 5): identity administration, sensitive reads, service feeds ---
    USER_READ = "authz.user.read"
    INCOME_READ_SENSITIVE = "households.income.read_sensitive"
    HEALTH_READ_SENSITIVE = "households.health.read_sensitive"
    HOUSEHOLDS_FEED_READ = "households.feed.read"
    ENTITLEMENT_READ = "households.entitlement.read"
    DISBURSEMENT_FEED_READ = "disbursement.feed.read"

    # --- admin UI (issue 9): the admin's own audit trail and auditors' notes ---
    AUDIT_TRAIL_READ = "admin.audit.read"
    AUDIT_NOTE_WRITE = "admin.note.write"

    # --- disbursement (issue 7): accounts, rosters and their sign-off chain, bank batches, ledger ---
    ACCOUNT_WRITE = "disbursement.account.write"
    CYCLE_SET = "disbursement.cycle.set"
    SUBSIDY_DECLARE = "disbursement.subsidy.declare"
    ROSTER_READ = "disbursement.roster.read"
    ROSTER_COMPILE = "disbursement.roster.compile"
    ROSTER_REVIEW = "disbursement.roster.review"
    ROSTER_APPROVE = "disbursement.roster.approve"
    TRANSFER_CONFIRM = "disbursement.transfer.confirm"
    BATCH_READ = "disbursement.batch.read"
    BATCH_ACKNOWLEDGE = "disbursement.batch.acknowledge"
    BATCH_POST_RESULTS = "disbursement.batch.post_results"
    LEDGER_READ = "disbursement.ledger.read"
    LEDGER_WRITE = "disbursement.ledger.write"

    # --- households (issue 6): registry, workflow steps, cases, policy, notices, statistics ---
    REGISTRY_EDIT = "households.registry.edit"
    KINSHIP_FILE = "households.kinship.file"
    APPLICATION_READ = "households.application.read"
    APPLICATION_SUBMIT = "households.application.submit"
    APPLICATION_ACCEPT = "households.application.accept"
    INVESTIGATION_RECORD = "households.investigation.record"
    APPLICATION_REVIEW = "households.application.review"
    APPLICATION_SIGN = "households.application.sign"
    APPLICATION_DECIDE = "households.application.decide"
    CASE_DECIDE = "households.case.decide"
    CASE_REVIEW = "households.case.review"
    MEMBER_EVENT = "households.member.event"
    CHECK_IN_RECORD = "households.checkin.record"
    STANDARD_SET = "households.standard.set"
    POLICY_SET = "households.policy.set"
    NOTICE_READ = "households.notice.read"
    STATS_READ = "households.stats.read"
