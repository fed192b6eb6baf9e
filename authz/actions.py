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
