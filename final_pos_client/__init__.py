# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""A client library for accessing Final POS API.

``FinalPOS`` (``resources/``: one module per resource; retries, typed errors) is the client to use.
``api/`` holds openapi-python-client's stock functions with ``AuthenticatedClient``: the
low-level layer, one module per operation. ``_core/`` is the hand-written runtime both share.

Names are imported on first use (module ``__getattr__``), so that ``import final_pos_client``
costs little; type checkers and IDEs read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._core._lazy import lazy_attributes as _lazy_attributes

if TYPE_CHECKING:
    from . import errors
    from ._client import FinalPOS
    from ._core._not_given import NOT_GIVEN, NotGiven
    from ._core._pagination import Page
    from ._core._raw_response import RawResponse
    from ._core._retry_policy import RetryTiming
    from ._core._streaming import StreamedResponse
    from ._version import API_VERSION, __version__
    from .client import AuthenticatedClient, Client
    from .types import UNSET, Unset, value_or

_MODULE_OF = {
    "errors": ".errors",
    "FinalPOS": "._client",
    "NOT_GIVEN": "._core._not_given",
    "NotGiven": "._core._not_given",
    "Page": "._core._pagination",
    "RawResponse": "._core._raw_response",
    "RetryTiming": "._core._retry_policy",
    "StreamedResponse": "._core._streaming",
    "UNSET": ".types",
    "Unset": ".types",
    "value_or": ".types",
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "API_VERSION": "._version",
    "__version__": "._version",
}


__getattr__, __dir__ = _lazy_attributes(globals(), _MODULE_OF, modules={"errors"})


__all__ = (
    "API_VERSION",
    "NOT_GIVEN",
    "AuthenticatedClient",
    "Client",
    "FinalPOS",
    "NotGiven",
    "Page",
    "RawResponse",
    "RetryTiming",
    "__version__",
    "StreamedResponse",
    "UNSET",
    "Unset",
    "errors",
    "value_or",
)
