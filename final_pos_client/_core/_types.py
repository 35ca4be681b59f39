"""What every generated model shares: the absent-field marker and the model base class
(``types.py`` re-exports them for the generated modules)."""

from __future__ import annotations

import datetime
import enum
import json
import sys
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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


class _PydanticSerializer:
    """``__pydantic_serializer__`` of a model class, built on first use: where pydantic meets a
    model in a field it has no type for (``Any``, ``dict[str, Any]``: FastAPI's ``-> dict``
    handlers) it serializes it as it does a model field, instead of "unknown type". Only
    pydantic reads the name, so pydantic is imported by then."""

    def __get__(self, instance: object, owner: type[ModelBase]) -> Any:
        from ._pydantic import model_serializer

        return model_serializer(owner)


class ModelBase:
    """What every generated model has besides its fields: a repr without the absent fields,
    ``to_json()``, ``to_dict()`` (its own, per model: the JSON object with wire names;
    ``by_alias=False`` for attribute names), a pydantic schema (``_pydantic.py``) and a
    mapping view of its fields.

    The mapping view (``model["firstName"]``, ``model["first_name"]``, ``get``, ``keys``,
    ``items``, ``values``, ``len``, ``in``; registered as a ``collections.abc.Mapping``) holds
    the fields that are present, under their wire names, with their values as the
    attributes hold them; an absent (``UNSET``) field is a missing key. That is what lets
    pydantic read a model (``View.model_validate(model, from_attributes=True)``, a nested
    model into a ``dict`` field: an absent field takes the view's default instead of failing
    on ``UNSET``), and what FastAPI's ``jsonable_encoder`` reads from ``dict(model)`` (the
    same JSON as ``to_dict()``). A model is always true, even with no field present."""

    __slots__ = ()
    __pydantic_serializer__ = _PydanticSerializer()

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

    def __getitem__(self, key: str) -> Any:
        attribute = _field_names(type(self)).attribute.get(key) if isinstance(key, str) else None
        if attribute is not None:
            value = getattr(self, attribute)
            if value is not UNSET:
                return value
            raise KeyError(key)
        return cast(dict[str, Any], getattr(self, "additional_properties", {}))[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        for wire_name, attribute in _field_names(type(self)).wire:
            if getattr(self, attribute) is not UNSET:
                yield wire_name
        yield from getattr(self, "additional_properties", ())

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return True  # a model, not a container: ``if order.billing`` means "is it there"

    def keys(self) -> KeysView[str]:
        return KeysView(self)

    def items(self) -> ItemsView[str, Any]:
        return ItemsView(self)

    def values(self) -> ValuesView[Any]:
        return ValuesView(self)

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


@attrs.frozen
class FieldNames:
    """A generated model's field names, read once per class from its module's ``_WIRE_FIELDS``:
    ``wire`` (wire name, attribute) in the description's order, ``attribute`` by either name."""

    wire: tuple[tuple[str, str], ...]
    attribute: dict[str, str]


def wire_fields(cls: type) -> tuple[tuple[str, str, bool, str | None], ...]:
    """``(attribute, wire name, required, list item class)`` of a generated model's fields."""
    for klass in cls.__mro__:
        fields = getattr(sys.modules.get(klass.__module__), "_WIRE_FIELDS", None)
        if fields is not None:
            return cast(tuple[tuple[str, str, bool, str | None], ...], fields)
    raise TypeError(f"{cls.__name__} is not a generated model (no _WIRE_FIELDS)")


_FIELD_NAMES: dict[type, FieldNames] = {}


def _field_names(cls: type) -> FieldNames:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        wire = tuple((wire_name, attribute) for attribute, wire_name, _, _ in wire_fields(cls))
        by_name = {attribute: attribute for _, attribute in wire}
        by_name.update(wire)
        names = _FIELD_NAMES[cls] = FieldNames(wire, by_name)
    return names


# How codegen names a vendor field called like a mapping method. ``get`` and ``keys`` are what
# pydantic and ``dict()`` call, so such a field is generated as ``get_`` / ``keys_`` (as
# openapi-python-client does for builtins: ``type_``). ``items`` and ``values`` are common
# field names (``attribute_dto.values``): the field keeps its name and wins on its model.
RENAMED_FIELD_NAMES = frozenset({"get", "keys"})
SHADOWING_FIELD_NAMES = frozenset({"items", "values"})


Mapping.register(ModelBase)
