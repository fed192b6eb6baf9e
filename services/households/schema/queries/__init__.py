"""Root query fields of the households subgraph, one module per area."""
