"""The list path's fast decode: msgspec straight into structs of the models' wire shape.

Decoding a list response into dicts and then building models reads every object twice and
allocates (then frees) a dict per object. With msgspec installed (the ``speedups`` extra), a
list operation first decodes the body into ``msgspec.Struct`` classes built here, once per
model, from its module's generated ``_WIRE_FIELDS``: every field typed ``Any`` (decoded exactly
as by the untyped decoder), except lists of models, decoded into the item model's struct;
absent fields are ``UNSET``; unknown keys are refused (``forbid_unknown_fields``). The generated
``Model._from_wire`` then builds the model from the struct as ``from_dict`` does from a dict.

Bodies under ``_json_decode.FAST_FROM_BYTES`` take the ordinary path (msgspec is imported only
for a large body). Anything the fast path does not take as it is (an unknown key anywhere, a
missing required field, a list of models that is not a list of objects, a field ``_from_wire``
refuses, a body that is not JSON) returns ``None``, and the caller takes the ordinary path
(decode into dicts, ``from_dict``), which keeps the unknown keys or raises its usual error. So
the result, and every error, is that of the ordinary path; after one refusal, a model's lists
take the ordinary path only (the decode is not paid twice per page). A model referring to itself
(directly or through others) has no fast path, nor has a subclass of a generated model (it may
override ``from_dict``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from ._json_decode import FAST_FROM_BYTES, msgspec_module
from ._types import UNSET

ItemT = TypeVar("ItemT")

# What a generated _from_wire raises for a struct it does not take (as from_dict would).
_BUILD_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)

# model class -> (list decoder, the model's _from_wire), or None when it has no fast path
_list_paths: dict[type, tuple[Callable[[bytes], list[Any]], Callable[[Any], Any]] | None] = {}


class _Cycle(Exception):
    """A model refers to itself: no struct for it (a recursive struct would need names)."""


def _struct_for(model: type, structs: dict[type, Any], building: set[type], msgspec: Any) -> Any:
    if model in structs:
        return structs[model]
    if model in building:
        raise _Cycle(model.__name__)
    building.add(model)
    namespace = vars(sys.modules[model.__module__])
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    rename: dict[str, str] = {}
    for python_name, wire_name, required, item_model in namespace["_WIRE_FIELDS"]:
        field_type: Any = Any
        if item_model is not None:
            item_struct = _struct_for(namespace[item_model], structs, building, msgspec)
            field_type = list[item_struct]  # type: ignore[valid-type]
        fields.append((python_name, field_type) if required else (python_name, field_type, UNSET))
        rename[python_name] = wire_name
    struct = msgspec.defstruct(
        f"{model.__name__}Wire", fields, rename=rename, kw_only=True, forbid_unknown_fields=True
    )
    building.discard(model)
    structs[model] = struct
    return struct


def _list_path(model: type) -> tuple[Callable[[bytes], list[Any]], Callable[[Any], Any]] | None:
    if model in _list_paths:
        return _list_paths[model]
    path = None
    # Generated model classes only: a subclass may override from_dict, which this would bypass.
    generated = "_from_wire" in vars(model) and "from_dict" in vars(model)
    module = sys.modules.get(model.__module__)
    msgspec = msgspec_module() if generated and hasattr(module, "_WIRE_FIELDS") else None
    if msgspec is not None:
        try:
            struct = _struct_for(model, {}, set(), msgspec)
        except _Cycle:
            pass
        else:
            decoder = msgspec.json.Decoder(list[struct])  # type: ignore[valid-type]
            path = (decoder.decode, model._from_wire)  # type: ignore[attr-defined]
    _list_paths[model] = path
    return path


def has_fast_list_path(model: type) -> bool:
    """Whether ``decode_list`` has a fast path for a large list of ``model`` (msgspec installed,
    a generated model class, no cycle)."""
    return _list_path(model) is not None


def decode_list(model: type, content: bytes) -> list[Any] | None:
    """The models of a JSON array of ``model`` objects, or ``None``: take the ordinary path."""
    if len(content) < FAST_FROM_BYTES:  # small lists: not worth importing msgspec for
        return None
    path = _list_path(model)
    if path is None:
        return None
    decode, from_wire = path
    try:
        return build_each(from_wire, decode(content))
    except _BUILD_ERRORS:  # msgspec.DecodeError and ValidationError are ValueErrors
        # Most often a field the API added since generation, which every later page carries
        # too: trying first would decode each of them twice. This model keeps to the
        # ordinary path from now on.
        _list_paths[model] = None
        return None


def build_each(build: Callable[[Any], ItemT], decoded: list[Any]) -> list[ItemT]:
    """``[build(item) for item in decoded]``, emptying ``decoded`` as it goes: each decoded item
    is freed once built, while its memory is in the cache and can serve the next models."""
    built: list[ItemT] = []
    append = built.append
    for index, item in enumerate(decoded):
        append(build(item))
        decoded[index] = None
    return built
