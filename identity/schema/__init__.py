"""The authz subgraph — 用户与权限: users, their roles per region, the policy's roles; served by the gateway process.

The identity store lives with the gateway, so this subgraph runs in the gateway's process in every
deployment and is composed into the supergraph like the others. Every field declares its action;
every change is audited in the identity store. Root fields by area (`queries/`, `mutations/`), their types
(`types/`) and the loaders the types read through (`loaders.py`), as in every service.
"""

from __future__ import annotations

from strawberry.tools import merge_types

from identity.schema.mutations.users import UserMutation
from identity.schema.queries.users import UserQuery
from kernel.subgraph import create_schema

schema = create_schema(query=merge_types("Query", (UserQuery,)), mutation=merge_types("Mutation", (UserMutation,)))
