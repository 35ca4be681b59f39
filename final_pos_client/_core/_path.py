# Hand-written: copied from codegen/runtime/_path.py by `make regenerate`.
# Edit that file, not this copy.
"""Path parameters as single path segments."""

from __future__ import annotations

from urllib.parse import quote

# Segments that clients and servers collapse ("." = here, ".." = the parent) or drop (""):
# sent as they are, they would address another resource than the one named.
_REFUSED = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one path segment; ``ValueError`` naming ``name`` for a value
    that cannot stay in its segment (empty, ``.`` or ``..``) or be encoded, before anything
    is sent."""
    text = value if type(value) is str else str(value)
    if text in _REFUSED:
        raise ValueError(
            f"path parameter {name!r} must not be {text!r}: it would not address one record"
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise ValueError(
            f"path parameter {name!r} holds a lone surrogate, which has no UTF-8 encoding"
        ) from None
