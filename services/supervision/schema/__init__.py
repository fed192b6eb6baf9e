"""The supervision subgraph's federation schema: root fields by area (`queries/`, `mutations/`), their types
(`types/`) and the loaders the types read through (`loaders.py`); each resolver translates to the domain modules."""

from __future__ import annotations

from strawberry.tools import merge_types

from kernel.subgraph import create_schema
from services.supervision.schema.mutations.campaigns import CampaignMutation
from services.supervision.schema.mutations.complaints import ComplaintMutation
from services.supervision.schema.mutations.findings import FindingMutation
from services.supervision.schema.mutations.inspection import InspectionMutation
from services.supervision.schema.mutations.projection import ProjectionMutation
from services.supervision.schema.mutations.registries import RegistryMutation
from services.supervision.schema.mutations.spotchecks import SpotCheckMutation
from services.supervision.schema.queries.campaigns import CampaignQuery, CampaignWorkQuery
from services.supervision.schema.queries.complaints import ComplaintQuery
from services.supervision.schema.queries.feeds import FeedQuery
from services.supervision.schema.queries.findings import FindingQuery
from services.supervision.schema.queries.inspection import InspectionQuery
from services.supervision.schema.queries.projection import ProjectionQuery
from services.supervision.schema.queries.registries import RegistryQuery
from services.supervision.schema.queries.spotchecks import SpotCheckQuery
from services.supervision.schema.types.households import Household

schema = create_schema(
    query=merge_types(
        "Query",
        (
            FindingQuery,
            InspectionQuery,
            RegistryQuery,
            ProjectionQuery,
            SpotCheckQuery,
            ComplaintQuery,
            CampaignQuery,
            FeedQuery,
            CampaignWorkQuery,
        ),
    ),
    mutation=merge_types(
        "Mutation",
        (
            RegistryMutation,
            InspectionMutation,
            ProjectionMutation,
            FindingMutation,
            SpotCheckMutation,
            ComplaintMutation,
            CampaignMutation,
        ),
    ),
    types=[Household],
)
