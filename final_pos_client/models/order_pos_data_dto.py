# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderPosDataDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "outlet",
        "station",
        "employee",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("outlet", "outlet", False, None),
    ("station", "station", False, None),
    ("employee", "employee", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderPosDataDto(ModelBase):
    """Where and by whom the order was taken.

    Attributes:
        outlet (str | Unset): Outlet ID.
        station (str | Unset): Station ID.
        employee (str | Unset): Employee ID.
    """

    outlet: str | Unset = UNSET
    station: str | Unset = UNSET
    employee: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        outlet = self.outlet

        station = self.station

        employee = self.employee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outlet is not UNSET:
            field_dict["outlet"] = outlet
        if station is not UNSET:
            field_dict["station"] = station
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        outlet = src__get("outlet", UNSET)
        station = src__get("station", UNSET)
        employee = src__get("employee", UNSET)

        instance__ = _new_instance(cls)
        instance__.outlet = outlet
        instance__.station = station
        instance__.employee = employee

        if _KNOWN_KEYS.issuperset(src_dict):
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
        outlet = _wire.outlet
        station = _wire.station
        employee = _wire.employee

        instance__ = _new_instance(cls)
        instance__.outlet = outlet
        instance__.station = station
        instance__.employee = employee
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
