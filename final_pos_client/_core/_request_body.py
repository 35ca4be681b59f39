"""A request body given as its model or as a plain dict, turned into the JSON to send.

A dict may use the wire names (``firstName``) or the model's attribute names (``first_name``),
at any depth; nested values may be models too. It is checked against the body schema before
anything is sent: a missing required field, an unknown field (unless the schema allows extra
keys), a value of the wrong JSON type, outside its enum or its documented bounds is a
``ValidationError`` naming the field. A model body with enum or bounded fields is checked the
same way (an enum field's type admits any text: ``_enums``).
"""

from __future__ import annotations

import datetime
import functools
import json
import math
from collections.abc import Mapping
from enum import Enum
from typing import Any, NamedTuple, Protocol, TypeGuard

from ._query_bounds import bound_problem
from ._types import ModelBase
from .errors import ValidationError


class BodyField(NamedTuple):
    wire_name: str
    attribute: str
    required: bool
    kind: str  # codegen/request_bodies.py: string, integer, ..., ref:<Model>, array:<kind>
    bounds: Mapping[str, Any] | None = None  # documented bounds: maxLength, minimum, ...


class BodyShape:
    """The fields of one body schema, found by wire or attribute name."""

    __slots__ = ("by_name", "checked", "fields", "model", "open")

    def __init__(
        self, model: str, *, open: bool, fields: tuple[BodyField, ...], checked: bool = False
    ) -> None:
        self.model = model
        self.open = open
        self.fields = fields
        # It, or a body it holds, has an enum or bounded field: a model body is checked too.
        self.checked = checked
        self.by_name = {f.wire_name: f for f in fields} | {f.attribute: f for f in fields}


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


_SCALARS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def body_json(body: object, model: type[Model], *, checked: bool = False) -> dict[str, Any]:
    """The JSON object for ``body``: ``model.to_dict()`` (checked against the body schema too
    when ``checked``: it has enum or bounded fields), or a checked copy of a dict."""
    name = model.__name__
    if isinstance(body, model):
        return _object(body.to_dict(), _shape(name), name) if checked else body.to_dict()
    if not is_dict(body):
        raise ValidationError(
            f"body must be a {name} or a dict of its fields, got {type(body).__name__}"
        )
    return _object(body, _shape(name), name)


def _shape(model: str) -> BodyShape:
    from .._body_shapes import SHAPES  # generated; loaded on the first dict body

    return SHAPES[model]


def _object(value: Mapping[Any, Any], shape: BodyShape, where: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in value.items():
        field = shape.by_name.get(key) if isinstance(key, str) else None
        if field is None:
            if shape.open and isinstance(key, str):
                result[key] = item
                continue
            known = sorted({f.wire_name for f in shape.fields})
            import difflib  # only for an error's suggestion: kept off the import

            close = difflib.get_close_matches(str(key), known + [f.attribute for f in shape.fields])
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValidationError(f"{where}: unknown field {key!r}{hint} (fields: {known})")
        if field.wire_name in result:
            raise ValidationError(
                f"{where}: {field.wire_name!r} given twice (as {field.wire_name!r} and "
                f"{field.attribute!r})"
            )
        value = result[field.wire_name] = _value(item, field.kind, f"{where}.{field.wire_name}")
        if field.bounds and value is not None:
            problem = bound_problem(value, field.bounds)
            if problem is not None:
                raise ValidationError(f"{where}.{field.wire_name}: {value!r} {problem}")
    missing = [f.wire_name for f in shape.fields if f.required and f.wire_name not in result]
    if missing:
        raise ValidationError(f"{where}: missing required field(s) {missing}")
    return result


def _value(value: object, kind: str, where: str) -> Any:
    if kind.startswith("nullable:"):
        if value is None:
            return None
        kind = kind.removeprefix("nullable:")
    if kind.startswith("enum:"):
        allowed = _enum_values(kind)
        raw = value.value if isinstance(value, Enum) else value
        if raw.__class__ not in (str, int, float) or raw not in allowed:
            raise ValidationError(f"{where}: {raw!r} is not one of {list(allowed)}")
        return raw
    if kind == "any":
        return value.to_dict() if _is_model(value) else value  # type: ignore[attr-defined]
    if kind.startswith("array:"):
        if not isinstance(value, list | tuple):
            raise _wrong_type(where, "a list", value)
        inner = kind.removeprefix("array:")
        return [_value(item, inner, f"{where}[{index}]") for index, item in enumerate(value)]
    if kind.startswith("ref:"):
        model = kind.removeprefix("ref:")
        if type(value).__name__ == model and _is_model(value):
            return value.to_dict()  # type: ignore[attr-defined]
        if not is_dict(value):
            raise _wrong_type(where, f"a {model} or a dict", value)
        return _object(value, _shape(model), where)
    if kind == "date-time":
        if isinstance(value, datetime.datetime):
            return value.isoformat()
        kind = "string"
    if kind == "object":
        if not is_dict(value):
            raise _wrong_type(where, "a dict", value)
        return dict(value)
    allowed = _SCALARS[kind]
    if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
        raise _wrong_type(where, " or ".join(t.__name__ for t in allowed), value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{where}: {value!r} is not a finite number (JSON has no NaN or inf)")
    return value


@functools.cache
def _enum_values(kind: str) -> tuple[Any, ...]:
    return tuple(json.loads(kind.removeprefix("enum:")))


def json_problem(value: object, where: str) -> str | None:
    """What keeps ``value`` from being sent as JSON, at which place (``body.prices[2]``), or
    ``None``. Called once a body failed to encode, to name the culprit."""
    if value is None or isinstance(value, str | bool | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{where}: {value!r} is not a finite number"
    if is_dict(value):
        for key, item in value.items():
            if not isinstance(key, str | int | float | bool) and key is not None:
                return f"{where}: the key {key!r} is not text"
            found = json_problem(item, f"{where}.{key}")
            if found is not None:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = json_problem(item, f"{where}[{index}]")
            if found is not None:
                return found
        return None
    return f"{where}: a {type(value).__name__} cannot be sent as JSON"


def _is_model(value: object) -> bool:
    return isinstance(value, ModelBase) or (
        callable(getattr(value, "to_dict", None)) and not isinstance(value, Mapping)
    )


def is_dict(value: object) -> TypeGuard[Mapping[Any, Any]]:
    """A dict-like body: a ``Mapping`` that is not a model (models are mappings too, so that
    pydantic can read them, but a model is only ever sent as its own type)."""
    return isinstance(value, Mapping) and not isinstance(value, ModelBase)


def _wrong_type(where: str, expected: str, value: object) -> ValidationError:
    return ValidationError(f"{where}: expected {expected}, got {type(value).__name__} {value!r}")
