"""Probes of the connections (`…Connection`): each aims at the same record as its old list's probe, through a cursor
placed just before it, and reads the record from `edges.0.node` (or `nodes`), masked fields included."""

from __future__ import annotations

from kernel.connections import encode
from tests.authz.probes import PERIOD, Probe, Target
from tests.authz.probes_supervision import CAMPAIGN_GONE


def _just_before(connection: str, key: int, *, descending: bool = False) -> str:
    """The cursor after which the record of `key` comes first."""
    return encode(connection, key + 1 if descending else key - 1)


def _first_after(
    subgraph: str,
    field: str,
    record,
    *,
    selection: str = "id",
    arguments: str = "",
    declared: str = "",
    values=lambda t: {},
    descending: bool = False,
    **extra,
) -> Probe:
    query = f"query($a: String{declared}) {{ {field}(first: 1, after: $a{arguments}) {{ edges {{ cursor node {{ {selection} }} }} }} }}"
    return Probe(
        subgraph,
        query,
        lambda t: {"a": _just_before(field, record(t), descending=descending), **values(t)},
        found=f"{field}.edges.0.node",
        record=record,
        **extra,
    )


def _rejection_cursor(t: Target) -> str:
    return encode(f"registryRejectionsConnection/{t.registry_batch}", t.rejected_row - 1)


PROBES: dict[str, Probe] = {
    "households.Query.householdsConnection": _first_after(
        "households",
        "householdsConnection",
        lambda t: t.household,
        selection="id regionCode members { idNumber }",
        arguments=", regionCode: $r",
        declared=", $r: String",
        values=lambda t: {"r": t.place},
        sensitive="members.0.idNumber",
    ),
    "households.Query.applicationsConnection": _first_after(
        "households",
        "applicationsConnection",
        lambda t: t.late,
        arguments=", regionCode: $r",
        declared=", $r: String",
        values=lambda t: {"r": t.place},
    ),
    "disbursement.Query.paymentsConnection": _first_after("disbursement", "paymentsConnection", lambda t: t.payment),
    "disbursement.Query.rostersConnection": Probe(
        "disbursement",
        "query($p: String) { rostersConnection(period: $p, first: 50) { nodes { id } } }",
        lambda t: {"p": PERIOD},
        found="rostersConnection.nodes",
        record=lambda t: t.roster,
    ),
    "supervision.Query.findingsConnection": _first_after("supervision", "findingsConnection", lambda t: t.finding),
    "supervision.Query.complaintsConnection": _first_after(
        "supervision", "complaintsConnection", lambda t: t.complaint
    ),
    "supervision.Query.spotChecksConnection": _first_after(
        "supervision", "spotChecksConnection", lambda t: t.spot_check, descending=True
    ),
    "supervision.Query.campaignsConnection": _first_after(
        "supervision", "campaignsConnection", lambda t: t.campaign, descending=True
    ),
    "supervision.Query.registryBatchesConnection": _first_after(
        "supervision", "registryBatchesConnection", lambda t: t.registry_batch, descending=True, regional=False
    ),
    # aimed at the campaign of the target's village, like the old list's probe (outside it: CAMPAIGN_NOT_FOUND)
    "supervision.Query.campaignHouseholdsConnection": Probe(
        "supervision",
        "query($c: ID!) { campaignHouseholdsConnection(campaignId: $c, first: 1) { nodes { householdId } } }",
        lambda t: {"c": str(t.campaign)},
        refused=CAMPAIGN_GONE,
    ),
    "supervision.Query.registryRejectionsConnection": Probe(
        "supervision",
        "query($b: ID!, $a: String) { registryRejectionsConnection(batchId: $b, first: 1, after: $a) "
        "{ edges { node { rowNumber } } } }",
        lambda t: {"b": str(t.registry_batch), "a": _rejection_cursor(t)},
        found="registryRejectionsConnection.edges.0.node",
        record=lambda t: t.rejected_row,
        key="rowNumber",
    ),
}
