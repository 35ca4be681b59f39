"""Suggestions for a mistyped name (difflib's ratio, like Python's own NameError hints)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3
CUTOFF = 0.6


def close_names(wanted: str, candidates: Iterable[str]) -> list[str]:
    pool = list(dict.fromkeys(candidates))
    by_lower = {name.lower(): name for name in pool}
    found = difflib.get_close_matches(wanted.lower(), list(by_lower), MAX_SUGGESTIONS, CUTOFF)
    return [by_lower[name] for name in found]
