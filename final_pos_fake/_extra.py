"""The fake's third-party modules come with the ``fake`` extra; say so when one is missing."""

from __future__ import annotations

import importlib

# Imported by the fake at run time; the extra also installs what these depend on.
EXTRA_MODULES = ("uvicorn", "jsonschema", "referencing", "openapi_schema_validator")
INSTALL_HINT = "pip install 'final-pos-client[fake]'"


def require_fake_extra() -> None:
    for name in EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing = exc.name or name
            raise ImportError(
                f"final_pos_fake needs the 'fake' extra ({missing} is missing): {INSTALL_HINT}",
                name=missing,
            ) from exc
