"""Root mutations of the households subgraph, one module per area."""
