"""Root query fields of the authz subgraph, one module per area."""
