"""Command line and whole-system assembly of the dibao back office."""
