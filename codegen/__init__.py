"""The code generation pipeline around openapi-python-client (``python -m codegen``)."""

from ._runtime import ensure_runtime_importable

ensure_runtime_importable()
