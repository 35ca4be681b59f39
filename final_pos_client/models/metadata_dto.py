# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="MetadataDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "key",
        "value",
        "externalId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("key", "key", True, None),
    ("value", "value", True, None),
    ("external_id", "externalId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class MetadataDto(ModelBase):
    """Free key/value pair attached to a product, variant or order.

    Attributes:
        key (str): Metadata key. Example: key1.
        value (str): Metadata value. Example: value1.
        external_id (str | Unset): Optional external-system ID tied to this entry. Example: ext123.
    """

    key: str
    value: str
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        key = self.key

        value = self.value

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        key = src_dict["key"]
        if key.__class__ is not str:
            raise TypeError(f"{cls.__name__}.key must be str, got {type(key).__name__}")
        value = src_dict["value"]
        if value.__class__ is not str:
            raise TypeError(f"{cls.__name__}.value must be str, got {type(value).__name__}")
        external_id = src_dict.get("externalId", UNSET)

        instance__ = _new_instance(cls)
        instance__.key = key
        instance__.value = value
        instance__.external_id = external_id

        if len(src_dict) == 2 + (external_id is not UNSET):
            instance__.additional_properties = {}
        else:
            instance__.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return instance__

    @classmethod
    def _from_wire(cls: type[T], _wire: Any) -> T:
        """``from_dict`` for a msgspec struct of this model's wire shape (``_WIRE_FIELDS``),
        decoded by the list path (``_core._wire_decode``): no unknown keys, absent = UNSET."""
        key = _wire.key
        if key.__class__ is not str:
            raise TypeError(f"{cls.__name__}.key must be str, got {type(key).__name__}")
        value = _wire.value
        if value.__class__ is not str:
            raise TypeError(f"{cls.__name__}.value must be str, got {type(value).__name__}")
        external_id = _wire.external_id

        instance__ = _new_instance(cls)
        instance__.key = key
        instance__.value = value
        instance__.external_id = external_id
        instance__.additional_properties = {}
        return instance__

    @classmethod
    def from_list(cls: type[T], src_list: Iterable[Mapping[str, Any]]) -> list[T]:
        """Many items at once (a list response): ``from_dict`` each, the cyclic GC paused."""
        from_dict = cls.from_dict
        with gc_paused():
            return [from_dict(item) for item in src_list]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
