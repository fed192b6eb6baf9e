"""Supervision subgraph: findings of inspections (监督检查)."""
