# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""A client library for accessing Final POS API.

``FinalPOS`` (``resources/``: one module per resource; retries, typed errors) is the client to use.
``api/`` holds openapi-python-client's stock functions with ``AuthenticatedClient``: the
low-level layer, one module per operation. ``_core/`` is the hand-written runtime both share.
"""

from . import errors
from ._client import FinalPOS
from ._core._not_given import NOT_GIVEN, NotGiven
from ._core._pagination import Page
from ._core._raw_response import RawResponse
from ._core._retry_policy import RetryTiming
from ._core._streaming import StreamedResponse
from .client import AuthenticatedClient, Client
from .types import UNSET, Unset, value_or

__all__ = (
    "NOT_GIVEN",
    "AuthenticatedClient",
    "Client",
    "FinalPOS",
    "NotGiven",
    "Page",
    "RawResponse",
    "RetryTiming",
    "StreamedResponse",
    "UNSET",
    "Unset",
    "errors",
    "value_or",
)
