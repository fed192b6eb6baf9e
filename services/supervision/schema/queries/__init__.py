"""Root query fields of the supervision subgraph, one module per area."""
