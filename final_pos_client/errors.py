# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The exceptions ``FinalPOS`` and the stock ``api`` functions raise."""

from ._core.errors import *  # noqa: F403
from ._core.errors import __all__ as __all__
