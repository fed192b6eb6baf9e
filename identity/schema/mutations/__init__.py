"""Root mutations of the authz subgraph, one module per area."""
