"""Households subgraph: regions, households and members (户籍与家庭)."""
