"""Root mutations of the supervision subgraph, one module per area."""
