"""The three subgraphs of the dibao back office."""
