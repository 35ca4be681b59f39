"""The JSON decoder for response bodies: msgspec's when installed (the ``speedups`` extra) and the
body is large, else the standard library's, with the standard library's results and errors
either way.

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
from types import ModuleType
from typing import Any

# Smaller bodies go to json.loads: for them the difference is a few microseconds, and importing
# msgspec (tens of milliseconds) is put off until a large body (a list page) arrives, so
# `import final_pos_client` and a first small request cost no more with the extra.
FAST_FROM_BYTES = 16 * 1024

_NOT_LOADED: Any = object()
_msgspec: ModuleType | None = _NOT_LOADED


def msgspec_module() -> ModuleType | None:
    """msgspec, imported on first use; ``None`` when it is not installed."""
    global _msgspec
    if _msgspec is _NOT_LOADED:
        try:
            import msgspec
        except ImportError:
            _msgspec = None
        else:
            _msgspec = msgspec
    return _msgspec


def _fast_decoder() -> Callable[[bytes], Any] | None:
    msgspec = msgspec_module()
    return None if msgspec is None else msgspec.json.decode


def decoder_name() -> str:
    """Which decoder ``loads`` tries first for a large body, for reports and benchmarks."""
    return "json" if msgspec_module() is None else "msgspec.json"


def loads(content: bytes) -> Any:
    """``json.loads(content)``, through msgspec's decoder when it is installed."""
    if len(content) >= FAST_FROM_BYTES:
        fast_decode = _fast_decoder()
        if fast_decode is not None:
            try:
                return fast_decode(content)
            except ValueError:  # msgspec.DecodeError is one, as is UnicodeDecodeError
                pass  # the standard library decides: the same value or its own error
    return json.loads(content)
