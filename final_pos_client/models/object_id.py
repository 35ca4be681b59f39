# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="ObjectId")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "$oid",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (("oid", "$oid", True, None),)


@_attrs_define(kw_only=True, repr=False)
class ObjectId(ModelBase):
    """A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}.

    Example:
        {'$oid': '507f1f77bcf86cd799439011'}

    Attributes:
        oid (str): 24-hex ObjectId. Example: 507f1f77bcf86cd799439011.
    """

    oid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        oid = self.oid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "$oid": oid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        oid = src_dict["$oid"]
        if oid.__class__ is not str:
            raise TypeError(f"{cls.__name__}.oid must be str, got {type(oid).__name__}")

        instance__ = _new_instance(cls)
        instance__.oid = oid

        if len(src_dict) == 1:
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
        oid = _wire.oid
        if oid.__class__ is not str:
            raise TypeError(f"{cls.__name__}.oid must be str, got {type(oid).__name__}")

        instance__ = _new_instance(cls)
        instance__.oid = oid
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
