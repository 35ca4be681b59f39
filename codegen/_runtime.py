"""Makes ``final_pos_client._core`` (the runtime, which holds the one spec model) importable
even when the generated part of the package is broken or absent: regenerating must be able to
repair exactly that. Runs when ``codegen`` is imported, before any module of it reads the model.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

PACKAGE = "final_pos_client"


def ensure_runtime_importable() -> None:
    """Import the package; if its generated ``__init__`` fails, stand in a bare package for it
    (same folder, no code run) so that ``final_pos_client._core.*`` still imports."""
    if PACKAGE in sys.modules:
        return
    try:
        importlib.import_module(PACKAGE)
    except Exception:  # a broken generated module: anything it raises
        sys.modules.pop(PACKAGE, None)
        found = importlib.util.find_spec(PACKAGE)  # locates it without running it
        package = types.ModuleType(PACKAGE)
        package.__path__ = list(found.submodule_search_locations or []) if found else []
        sys.modules[PACKAGE] = package
