"""The households subgraph's federation schema: root fields by area (`queries/`, `mutations/`), their types
(`types/`) and the loaders the types read through (`loaders.py`); each resolver translates to the domain modules."""

from __future__ import annotations

from strawberry.tools import merge_types

from kernel.subgraph import create_schema
from services.households.schema.mutations.dynamics import DynamicsMutation
from services.households.schema.mutations.programmes import ProgrammeMutation
from services.households.schema.mutations.registry import RegistryMutation
from services.households.schema.mutations.visits import VisitMutation
from services.households.schema.mutations.workflow import WorkflowMutation
from services.households.schema.mutations.worklist import WorklistMutation
from services.households.schema.queries.dynamics import DynamicsQuery
from services.households.schema.queries.households import HouseholdQuery
from services.households.schema.queries.visits import VisitQuery
from services.households.schema.queries.workflow import WorkflowQuery
from services.households.schema.queries.worklist import WorklistQuery
from services.households.schema.types.applications import Decision
from services.households.schema.types.households import Household, Person, Region

schema = create_schema(
    query=merge_types("Query", (HouseholdQuery, WorkflowQuery, WorklistQuery, DynamicsQuery, VisitQuery)),
    mutation=merge_types(
        "Mutation",
        (
            RegistryMutation,
            WorkflowMutation,
            WorklistMutation,
            DynamicsMutation,
            ProgrammeMutation,
            VisitMutation,
        ),
    ),
    types=[Household, Person, Region, Decision],
)
