# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""A client library for accessing Final POS API: ``FinalPOS`` (resources, retries, typed errors)
and the stock generated ``api`` functions with ``AuthenticatedClient``."""

from . import errors
from ._client import FinalPOS
from ._not_given import NOT_GIVEN, NotGiven
from ._pagination import Page
from ._raw_response import RawResponse
from ._retry_policy import RetryTiming
from ._streaming import StreamedResponse
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
