"""Supervision subgraph: findings of inspections (监督检查).

Its domain verbs, one module per concept (no GraphQL in any of them):

- registry_imports.py / registry_formats.py — external registry imports (比对数据)
- projection.py — the household projection fed by the households change feed and paid lines
- rules.py / inspection.py / parameters.py — inspection rules, runs and their regional parameters
- findings.py — the findings lifecycle, overdue lists and metrics
- spotchecks.py, complaints.py, campaigns.py — field work
- life_events.py, entry_checks.py — the contracts the households service reads (registryLifeEvents, registryHits)

The GraphQL that adapts them is the `schema` package (queries, mutations and types by area, and the loaders).
"""
