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
