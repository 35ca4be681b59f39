"""The JSON decoder for response bodies: msgspec's when installed (the ``speedups`` extra), else
the standard library's, with the standard library's results and errors either way.

``msgspec.json.decode`` into plain Python objects takes about two thirds of ``json.loads``'s time
on a large list (BENCHMARKS.md, ``## parsing``). Whatever it accepts it decodes as ``json.loads``
does (same types, big integers exact, last duplicate key wins). What it refuses and the standard
library accepts (``NaN``, numbers beyond a float's range, lone surrogates, UTF-16 or a BOM) is
decoded again by ``json.loads``, so a body decodes, or fails with ``json.loads``'s error, the
same with or without the extra. ``RecursionError`` (a body nested too deeply) is the standard
library's error too, and is passed on as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast_decode: Callable[[bytes], Any] | None
try:
    import msgspec
except ImportError:
    _fast_decode = None
else:
    _fast_decode = msgspec.json.decode

# Which decoder ``loads`` tries first, for reports and benchmarks.
DECODER = "json" if _fast_decode is None else "msgspec.json"


def loads(content: bytes) -> Any:
    """``json.loads(content)``, through msgspec's decoder when it is installed."""
    if _fast_decode is not None:
        try:
            return _fast_decode(content)
        except ValueError:  # msgspec.DecodeError is one, as is UnicodeDecodeError
            pass  # the standard library decides: the same value or its own error
    return json.loads(content)
