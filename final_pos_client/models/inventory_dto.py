# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="InventoryDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "stock",
        "outletId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("stock", "stock", True, None),
    ("outlet_id", "outletId", True, None),
)


@_attrs_define(kw_only=True, repr=False)
class InventoryDto(ModelBase):
    """Stock level of a variant at one outlet.

    Attributes:
        stock (float): Units in stock at the outlet. Example: 10.
        outlet_id (str): Outlet the stock figure belongs to (plain 24-char ID string). Example:
            o1p2q3r4s5t6u7v8w9x0y1z2.
    """

    stock: float
    outlet_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        stock = self.stock

        outlet_id = self.outlet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock": stock,
                "outletId": outlet_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        stock = src_dict["stock"]
        if stock.__class__ is not float and stock.__class__ is not int:
            raise TypeError(f"{cls.__name__}.stock must be float, got {type(stock).__name__}")
        outlet_id = src_dict["outletId"]
        if outlet_id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.outlet_id must be str, got {type(outlet_id).__name__}")

        instance__ = _new_instance(cls)
        instance__.stock = stock
        instance__.outlet_id = outlet_id

        if len(src_dict) == 2:
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
        stock = _wire.stock
        if stock.__class__ is not float and stock.__class__ is not int:
            raise TypeError(f"{cls.__name__}.stock must be float, got {type(stock).__name__}")
        outlet_id = _wire.outlet_id
        if outlet_id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.outlet_id must be str, got {type(outlet_id).__name__}")

        instance__ = _new_instance(cls)
        instance__.stock = stock
        instance__.outlet_id = outlet_id
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
