"""GraphQL object and input types of the authz subgraph, one module per area."""
