"""The disbursement subgraph's federation schema: root fields by area (`queries/`, `mutations/`), their types
(`types/`) and the loaders the types read through (`loaders.py`); each resolver translates to the domain modules."""

from __future__ import annotations

from strawberry.tools import merge_types

from kernel.subgraph import create_schema
from services.disbursement.schema.mutations.accounts import AccountMutation
from services.disbursement.schema.mutations.batches import BatchMutation
from services.disbursement.schema.mutations.cycles import CycleMutation
from services.disbursement.schema.mutations.funds import FundMutation
from services.disbursement.schema.mutations.rosters import RosterMutation
from services.disbursement.schema.queries.accounts import AccountQuery
from services.disbursement.schema.queries.batches import BatchQuery
from services.disbursement.schema.queries.funds import FundQuery
from services.disbursement.schema.queries.payments import PaymentQuery
from services.disbursement.schema.queries.rosters import RosterQuery
from services.disbursement.schema.types.households import Household

schema = create_schema(
    query=merge_types("Query", (PaymentQuery, AccountQuery, RosterQuery, BatchQuery, FundQuery)),
    mutation=merge_types("Mutation", (AccountMutation, CycleMutation, RosterMutation, BatchMutation, FundMutation)),
    types=[Household],
)
