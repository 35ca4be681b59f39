"""Helpers for the repository's tests and benchmarks (not shipped in the wheel)."""
