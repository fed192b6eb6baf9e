"""Disbursement subgraph: bank accounts and payments (资金发放)."""
