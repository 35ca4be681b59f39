"""Names: Python identifiers for field and table names, and suggestions for a mistyped one.

Attribute names are safe for any field name a company can choose: keywords, ``self``/``cls``,
dunders, the fixed row attributes (``id``, ``extra``, timestamps), names that become equal after
snake-casing (``customerId``/``customer_id``/``CustomerID``) and non-ASCII names. Clashes get a
deterministic suffix that does not depend on the order the fields come in.
"""

from __future__ import annotations

import difflib
import keyword
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence

# Attributes every row model has besides its fields.
ROW_ATTRIBUTES = ("id", "created_at", "updated_at", "extra")
# Names a generated ``__init__`` or method would take as its own parameters.
_RESERVED = frozenset({*ROW_ATTRIBUTES, "self", "cls", "mro"})

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"\W+")

MAX_SUGGESTIONS = 3
CUTOFF = 0.6


def snake_case(name: str, reserved: Collection[str] = _RESERVED) -> str:
    """A lower-case identifier; never starts with ``_`` (attrs strips it from init arguments).

    ``reserved``: names the class already uses (a row's ``id``...), which get a trailing ``_``.
    """
    words = _CAMEL_BOUNDARY.sub("_", unicodedata.normalize("NFKC", name).strip())
    text = _NOT_IDENTIFIER.sub("_", words).lower()
    text = re.sub(r"_+", "_", text).strip("_") or "field"
    if not text[0].isalpha():
        text = f"f_{text}"
    if keyword.iskeyword(text) or keyword.issoftkeyword(text) or text in reserved:
        text = f"{text}_"
    return text if text.isidentifier() else "field"


def attribute_names(field_names: Sequence[str], reserved: Collection[str] = _RESERVED) -> list[str]:
    """One distinct identifier per field name, avoiding keywords and ``reserved`` (by default
    the row attributes).

    A field whose name already is its identifier keeps it; the others sharing that identifier
    get ``_2``, ``_3``, ... in the order of their names (not of the fields), so the same set of
    fields always gets the same attribute names.
    """
    bases = [snake_case(name, reserved) for name in field_names]
    groups: dict[str, list[int]] = {}
    for index, base in enumerate(bases):
        groups.setdefault(base, []).append(index)
    taken = set(reserved) | set(groups)
    chosen = list(bases)
    for base, indices in groups.items():
        ordered = sorted(indices, key=lambda i: (field_names[i] != base, field_names[i], i))
        counter = 2
        for index in ordered[1:]:
            while f"{base}_{counter}" in taken:
                counter += 1
            chosen[index] = f"{base}_{counter}"
            taken.add(chosen[index])
    return chosen


def class_name(table_name: str) -> str:
    """``loyalty-points`` → ``LoyaltyPointsRow``."""
    words = re.split(r"[^0-9A-Za-z]+", _CAMEL_BOUNDARY.sub("_", table_name))
    name = "".join(word[:1].upper() + word[1:].lower() for word in words if word) or "Custom"
    return f"{name}Row" if name[0].isalpha() else f"Table{name}Row"


def close_names(wanted: str, candidates: Iterable[str]) -> list[str]:
    """Suggestions for a mistyped name (difflib's ratio, like Python's own NameError hints)."""
    pool = list(dict.fromkeys(candidates))
    by_lower = {name.lower(): name for name in pool}
    found = difflib.get_close_matches(wanted.lower(), list(by_lower), MAX_SUGGESTIONS, CUTOFF)
    return [by_lower[name] for name in found]
