"""Root mutations of the disbursement subgraph, one module per area."""
