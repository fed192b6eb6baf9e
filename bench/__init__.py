"""Benchmarks: each prints one JSON line per figure; run them all with `make bench`."""
