"""Path parameters as single path segments."""

from __future__ import annotations

from urllib.parse import quote

from .errors import ValidationError

# Segments that clients and servers collapse ("." = here, ".." = the parent) or drop (""):
# sent as they are, they would address another resource than the one named.
_REFUSED = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one path segment; ``ValidationError`` (also a ``ValueError``)
    naming ``name``, before anything is sent, for a value that is not text or an int (``None``
    would be sent as "None"), or that cannot stay in its segment (empty, ``.`` or ``..``) or be
    encoded."""
    if type(value) is str:
        text = value
    elif isinstance(value, str | int) and not isinstance(value, bool):
        text = str(value)
    else:
        raise ValidationError(f"path parameter {name!r} must be a str, got {type(value).__name__}")
    if text in _REFUSED:
        raise ValidationError(
            f"path parameter {name!r} must not be {text!r}: it would not address one record"
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise ValidationError(
            f"path parameter {name!r} holds a lone surrogate, which has no UTF-8 encoding"
        ) from None
