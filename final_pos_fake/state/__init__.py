"""The fake's state: collections, custom tables, ids (no HTTP here)."""
