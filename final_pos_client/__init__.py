# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""A client library for accessing Final POS API.

``FinalPOS`` (``resources/``: one module per resource; retries, typed errors) is the client to use.
``api/`` holds openapi-python-client's stock functions with ``AuthenticatedClient``: the
low-level layer, one module per operation. ``_core/`` is the hand-written runtime both share.

Names are imported on first use (module ``__getattr__``), so that ``import final_pos_client``
costs little; type checkers and IDEs read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors
    from ._client import FinalPOS
    from ._core._not_given import NOT_GIVEN, NotGiven
    from ._core._raw_response import RawResponse
    from ._core._retry_policy import RetryTiming
    from .client import AuthenticatedClient, Client

_MODULE_OF = {
    "errors": ".errors",
    "FinalPOS": "._client",
    "NOT_GIVEN": "._core._not_given",
    "NotGiven": "._core._not_given",
    "RawResponse": "._core._raw_response",
    "RetryTiming": "._core._retry_policy",
    "AuthenticatedClient": ".client",
    "Client": ".client",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(module_name, __name__)
    value = module if name == "errors" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "NOT_GIVEN",
    "AuthenticatedClient",
    "Client",
    "FinalPOS",
    "NotGiven",
    "RawResponse",
    "RetryTiming",
    "errors",
)
