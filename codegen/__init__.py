"""The code generation pipeline around openapi-python-client (``python -m codegen``)."""

from ._runtime import ensure_runtime_importable

ensure_runtime_importable()

from openapi_python_client import strings  # noqa: E402  (after the runtime is importable)

from final_pos_client._core._types import RENAMED_FIELD_NAMES  # noqa: E402

# openapi-python-client's own list of names it suffixes with "_" (``type_``); extended rather
# than re-implementing its naming, so every name codegen derives (models, body shapes, the SDK
# view) agrees.
strings.RESERVED_WORDS.update(RENAMED_FIELD_NAMES)
