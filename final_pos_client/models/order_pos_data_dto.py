# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPosDataDto")


@_attrs_define
class OrderPosDataDto:
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

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        outlet = d.pop("outlet", UNSET)

        station = d.pop("station", UNSET)

        employee = d.pop("employee", UNSET)

        order_pos_data_dto = cls(
            outlet=outlet,
            station=station,
            employee=employee,
        )

        order_pos_data_dto.additional_properties = d
        return order_pos_data_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
