"""Shared plumbing for the dibao back office: settings, databases, telemetry, subgraph apps."""
