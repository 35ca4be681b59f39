# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The versions of this package and of the Final POS API it was generated from."""

__version__ = "1.2.4.0"
API_VERSION = "1.2.4"
