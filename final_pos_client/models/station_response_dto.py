# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="StationResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "name",
        "outletId",
        "status",
        "deviceId",
        "deviceName",
        "stripeTerminalId",
        "serialReaderId",
        "sequenceNumber",
        "isVirtual",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("name", "name", False, None),
    ("outlet_id", "outletId", False, None),
    ("status", "status", False, None),
    ("device_id", "deviceId", False, None),
    ("device_name", "deviceName", False, None),
    ("stripe_terminal_id", "stripeTerminalId", False, None),
    ("serial_reader_id", "serialReaderId", False, None),
    ("sequence_number", "sequenceNumber", False, None),
    ("is_virtual", "isVirtual", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class StationResponseDto(ModelBase):
    """Station as returned by the API.

    Attributes:
        id (str): Unique identifier of the station. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation time. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last update time. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        name (str | Unset): Station name. Example: Super Station.
        outlet_id (str | Unset): Outlet the station belongs to. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        status (str | Unset): Station status (free text, no enum documented). Example: AVAILABLE.
        device_id (str | Unset): Device identifier. Example: 1234567890.
        device_name (str | Unset): Device name. Example: Super Device.
        stripe_terminal_id (str | Unset): Stripe Terminal reader ID. Example: tml_XXXXXXXXXX.
        serial_reader_id (str | Unset): Serial card-reader ID. Example: 1234567890.
        sequence_number (float | Unset): Sequential number of the station. Example: 1.
        is_virtual (bool | Unset): True for a virtual (no hardware) station. Example: True.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    name: str | Unset = UNSET
    outlet_id: str | Unset = UNSET
    status: str | Unset = UNSET
    device_id: str | Unset = UNSET
    device_name: str | Unset = UNSET
    stripe_terminal_id: str | Unset = UNSET
    serial_reader_id: str | Unset = UNSET
    sequence_number: float | Unset = UNSET
    is_virtual: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        name = self.name

        outlet_id = self.outlet_id

        status = self.status

        device_id = self.device_id

        device_name = self.device_name

        stripe_terminal_id = self.stripe_terminal_id

        serial_reader_id = self.serial_reader_id

        sequence_number = self.sequence_number

        is_virtual = self.is_virtual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if status is not UNSET:
            field_dict["status"] = status
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name
        if stripe_terminal_id is not UNSET:
            field_dict["stripeTerminalId"] = stripe_terminal_id
        if serial_reader_id is not UNSET:
            field_dict["serialReaderId"] = serial_reader_id
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        id = src_dict["id"]
        if id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.id must be str, got {type(id).__name__}")
        _created_at = src__get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _datetime_fromisoformat(_created_at)

        _updated_at = src__get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = _datetime_fromisoformat(_updated_at)

        company_id = src__get("companyId", UNSET)
        name = src__get("name", UNSET)
        outlet_id = src__get("outletId", UNSET)
        status = src__get("status", UNSET)
        device_id = src__get("deviceId", UNSET)
        device_name = src__get("deviceName", UNSET)
        stripe_terminal_id = src__get("stripeTerminalId", UNSET)
        serial_reader_id = src__get("serialReaderId", UNSET)
        sequence_number = src__get("sequenceNumber", UNSET)
        is_virtual = src__get("isVirtual", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.outlet_id = outlet_id
        instance__.status = status
        instance__.device_id = device_id
        instance__.device_name = device_name
        instance__.stripe_terminal_id = stripe_terminal_id
        instance__.serial_reader_id = serial_reader_id
        instance__.sequence_number = sequence_number
        instance__.is_virtual = is_virtual

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
        id = _wire.id
        if id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.id must be str, got {type(id).__name__}")
        _created_at = _wire.created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _datetime_fromisoformat(_created_at)

        _updated_at = _wire.updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = _datetime_fromisoformat(_updated_at)

        company_id = _wire.company_id
        name = _wire.name
        outlet_id = _wire.outlet_id
        status = _wire.status
        device_id = _wire.device_id
        device_name = _wire.device_name
        stripe_terminal_id = _wire.stripe_terminal_id
        serial_reader_id = _wire.serial_reader_id
        sequence_number = _wire.sequence_number
        is_virtual = _wire.is_virtual

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.outlet_id = outlet_id
        instance__.status = status
        instance__.device_id = device_id
        instance__.device_name = device_name
        instance__.stripe_terminal_id = stripe_terminal_id
        instance__.serial_reader_id = serial_reader_id
        instance__.sequence_number = sequence_number
        instance__.is_virtual = is_virtual
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
