"""What every generated model shares: the absent-field marker and the model base class
(``types.py`` re-exports them for the generated modules)."""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler


class Unset:
    """A field the JSON did not contain (``UNSET``); false in a test, so ``model.sku or "-"``
    type-checks as ``str``. ``value_or(model.sku, default)`` keeps falsy values like ``0``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

ValueT = TypeVar("ValueT")
DefaultT = TypeVar("DefaultT")


def value_or(value: ValueT | Unset, default: DefaultT) -> ValueT | DefaultT:
    """``value`` unless it is ``UNSET`` (the field was absent), else ``default``."""
    return default if isinstance(value, Unset) else value


class ModelBase:
    """What every generated model has besides its fields: a repr without the absent fields,
    ``to_json()``, ``to_dict()`` (its own, per model: the JSON object with wire names;
    ``by_alias=False`` for attribute names), ``dict(model)`` (= ``to_dict()``, which is what
    FastAPI's ``jsonable_encoder`` reads) and a pydantic schema (``_pydantic.py``)."""

    __slots__ = ()

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        raise NotImplementedError

    def _to_attribute_dict(self) -> dict[str, Any]:
        """``to_dict(by_alias=False)``: attribute names, absent fields left out, nested models,
        dates and enums as in ``to_dict()``; unknown keys (``additional_properties``) as read."""
        data: dict[str, Any] = dict(getattr(self, "additional_properties", {}))
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if field.name != "additional_properties" and value is not UNSET:
                data[field.name] = _attribute_value(value)
        return data

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return iter(self.to_dict().items())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        from ._pydantic import model_core_schema  # pydantic only when asked

        return model_core_schema(cls, handler)

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (wire names, absent fields left out)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]
            if field.repr
            and (value := getattr(self, field.name)) is not UNSET
            and not (field.name == "additional_properties" and not value)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"


def _attribute_value(value: Any) -> Any:
    if isinstance(value, ModelBase):
        return value.to_dict(by_alias=False)
    if isinstance(value, list):
        return [_attribute_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _attribute_value(item) for key, item in value.items()}
    if isinstance(value, datetime.date):  # datetimes included
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value
