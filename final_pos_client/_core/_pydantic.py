"""pydantic (v2) support for the generated models, imported only when pydantic asks for it
(``ModelBase.__get_pydantic_core_schema__``): ``import final_pos_client`` never loads pydantic.

A model's schema is read off its attrs fields, their type hints (``UNSET`` removed: an absent
field is an optional key) and the wire names of its module's ``_WIRE_FIELDS``:

- validation: an instance passes as it is; a dict with wire or attribute names is checked field
  by field (nested models, lists, dates included) and built into the model, unknown keys going
  to ``additional_properties`` when the model has them;
- serialization: ``to_dict()`` (wire names, absent fields left out), or attribute names when
  pydantic dumps with ``by_alias=False``;
- JSON schema (FastAPI's OpenAPI): one component per model, with the wire names.
"""

from __future__ import annotations

import functools
import threading
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import attrs
from pydantic import GetCoreSchemaHandler
from pydantic.errors import PydanticSchemaGenerationError
from pydantic_core import core_schema

from ._types import ModelBase, Unset, wire_fields


@dataclass(frozen=True)
class _Field:
    name: str  # attribute
    wire_name: str
    required: bool
    hint: Any  # the type hint without ``Unset``


@dataclass(frozen=True)
class _Plan:
    fields: tuple[_Field, ...]
    extra_allowed: bool  # the model keeps unknown keys (``additional_properties``)


_building = threading.local()


def _classes_in_progress() -> set[type]:
    """The model classes whose schema this thread is building now."""
    classes: set[type] = _building.__dict__.setdefault("classes", set())
    return classes


def model_core_schema(cls: type[ModelBase], handler: GetCoreSchemaHandler) -> Any:
    """The pydantic-core schema of a generated model class (see the module docstring)."""
    ref = f"{cls.__module__}.{cls.__qualname__}:{id(cls)}"
    in_progress = _classes_in_progress()
    if cls in in_progress:  # a model reached again through its own fields
        return core_schema.definition_reference_schema(ref)
    in_progress.add(cls)
    try:
        wire_shape = _wire_shape(_plan(cls), handler)
    finally:
        in_progress.discard(cls)
    from_data = core_schema.no_info_after_validator_function(_named(_build, cls), wire_shape)
    return core_schema.no_info_wrap_validator_function(
        _named(_instance_or_data, cls),
        from_data,
        serialization=core_schema.plain_serializer_function_ser_schema(_dump, info_arg=True),
        ref=ref,
        metadata={"pydantic_js_updates": {"title": cls.__name__}},
    )


def _named(function: Any, cls: type) -> Any:
    """``function`` bound to ``cls``, named after it (pydantic's error titles show the name)."""
    bound = functools.partial(function, cls)
    bound.__name__ = cls.__name__  # type: ignore[attr-defined]
    return bound


def _instance_or_data(
    cls: type[ModelBase], value: Any, from_data: core_schema.ValidatorFunctionWrapHandler
) -> Any:
    return value if isinstance(value, cls) else from_data(value)


def _field_schema(hint: Any, handler: GetCoreSchemaHandler) -> Any:
    """The field's schema; a type pydantic cannot describe (an upload's ``types.File``) is kept
    as it is, so the model stays usable in FastAPI instead of failing the app's start-up."""
    try:
        return handler.generate_schema(hint)
    except PydanticSchemaGenerationError:
        return core_schema.any_schema()


def _wire_shape(plan: _Plan, handler: GetCoreSchemaHandler) -> Any:
    fields = {
        field.name: core_schema.typed_dict_field(
            _field_schema(field.hint, handler),
            required=field.required,
            validation_alias=_either(field.wire_name, field.name)
            if field.wire_name != field.name
            else None,
            serialization_alias=field.wire_name,
        )
        for field in plan.fields
    }
    return core_schema.typed_dict_schema(
        fields, extra_behavior="allow" if plan.extra_allowed else "ignore"
    )


_plans: dict[type, _Plan] = {}


def _plan(cls: type[ModelBase]) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = _read_plan(cls)
    return plan


def _read_plan(cls: type[ModelBase]) -> _Plan:
    hints = typing.get_type_hints(cls)
    fields = tuple(
        _Field(name, wire_name, required, _without_unset(hints[name]))
        for name, wire_name, required, _ in wire_fields(cls)
    )
    extra_allowed = "additional_properties" in attrs.fields_dict(cls)  # type: ignore[arg-type]
    return _Plan(fields, extra_allowed)


def _either(wire_name: str, name: str) -> list[list[str | int]]:
    return [[wire_name], [name]]


def _without_unset(hint: Any) -> Any:
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return hint
    kept = tuple(arg for arg in typing.get_args(hint) if arg is not Unset)
    return typing.Union[kept]  # noqa: UP007  (a tuple of types)


def _build(cls: type[ModelBase], data: Mapping[str, Any]) -> ModelBase:
    names = {field.name for field in _plan(cls).fields}
    instance = cls(**{key: value for key, value in data.items() if key in names})
    extra = {key: value for key, value in data.items() if key not in names}
    if extra:
        instance.additional_properties.update(extra)  # type: ignore[attr-defined]
    return instance


def _dump(model: ModelBase, info: core_schema.SerializationInfo) -> dict[str, Any]:
    return model.to_dict(by_alias=bool(info.by_alias))


_serializers: dict[type, Any] = {}


def model_serializer(cls: type[ModelBase]) -> Any:
    """The ``SchemaSerializer`` of a model class (``ModelBase.__pydantic_serializer__``), built
    once per class; ``AttributeError`` while the class's own schema is being built."""
    serializer = _serializers.get(cls)
    if serializer is None:
        if cls in _classes_in_progress():
            raise AttributeError("__pydantic_serializer__")
        from pydantic import TypeAdapter

        serializer = _serializers[cls] = TypeAdapter(cls).serializer
    return serializer
