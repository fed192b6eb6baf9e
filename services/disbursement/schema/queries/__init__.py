"""Root query fields of the disbursement subgraph, one module per area."""
