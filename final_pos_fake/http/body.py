"""Request bodies: JSON as the API's parser takes it, or a 400 saying what is wrong with it."""

from __future__ import annotations

import json
from typing import Any

from .wire import HTTPProblem, bad_request

# Deeper documents are refused before validation (whose recursion they would exhaust); no
# request of the API nests more than a few levels.
MAX_DEPTH = 100


def parse_json(raw: bytes) -> Any:
    """The decoded body; 400 for invalid JSON (also ``NaN``/``Infinity``, which JSON has not),
    nesting deeper than :data:`MAX_DEPTH` and strings holding a lone surrogate."""
    try:
        document = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise _too_deep() from None
    except ValueError as exc:
        raise bad_request([f"body: not valid JSON ({exc})"]) from None
    _check_tree(document)
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _too_deep() -> HTTPProblem:
    return bad_request([f"body: nested deeper than {MAX_DEPTH} levels"])


def _check_tree(document: Any) -> None:
    """Depth and Unicode of every string, walked without recursion."""
    pending: list[tuple[Any, tuple[str, ...]]] = [(document, ())]
    while pending:
        node, where = pending.pop()
        if len(where) > MAX_DEPTH:
            raise _too_deep()
        if isinstance(node, str):
            _check_text(node, where)
        elif isinstance(node, dict):
            for key, value in node.items():
                _check_text(key, where)
                pending.append((value, (*where, key)))
        elif isinstance(node, list):
            pending.extend((item, (*where, str(index))) for index, item in enumerate(node))


def _check_text(text: str, where: tuple[str, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        path = ".".join(where) or "body"
        problem = f"{path}: holds a lone surrogate (U+{code:04X}), not Unicode text"
        raise bad_request([problem]) from None
