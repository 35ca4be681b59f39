# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="SessionResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "stationId",
        "sessionNumber",
        "openedBy",
        "closedBy",
        "openTime",
        "closeTime",
        "openingAmount",
        "closingAmount",
        "closingReportData",
        "notes",
        "closingAmounts",
        "closingNote",
        "openingNote",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("station_id", "stationId", False, None),
    ("session_number", "sessionNumber", False, None),
    ("opened_by", "openedBy", False, None),
    ("closed_by", "closedBy", False, None),
    ("open_time", "openTime", False, None),
    ("close_time", "closeTime", False, None),
    ("opening_amount", "openingAmount", False, None),
    ("closing_amount", "closingAmount", False, None),
    ("closing_report_data", "closingReportData", False, None),
    ("notes", "notes", False, None),
    ("closing_amounts", "closingAmounts", False, None),
    ("closing_note", "closingNote", False, None),
    ("opening_note", "openingNote", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class SessionResponseDto(ModelBase):
    """A session record.

    Attributes:
        id (str): Session identifier (plain string). Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation time. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last modification time. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        station_id (str | Unset): Station id. Example: 507f1f77bcf86cd799439011.
        session_number (str | Unset): Session number. Example: S-2025-001.
        opened_by (str | Unset): Opener's name. Example: John Doe.
        closed_by (str | Unset): Closer's name. Example: Jane Smith.
        open_time (str | Unset): Opening time. Example: 2025-01-29T09:00:00.000Z.
        close_time (str | Unset): Closing time. Example: 2025-01-29T17:00:00.000Z.
        opening_amount (str | Unset): Cash float at opening. Example: 200.00.
        closing_amount (str | Unset): Cash at closing. Example: 2500.00.
        closing_report_data (str | Unset): Closing report as JSON text. Example: {}.
        notes (list[str] | Unset): Session notes. Example: ['Opened on time', 'Register balanced'].
        closing_amounts (SessionClosingAmountsDto | Unset): Closing totals broken down by payment method (decimal
            strings).
        closing_note (str | Unset): Remark at close. Example: All transactions verified.
        opening_note (str | Unset): Remark at opening. Example: Starting new shift.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    station_id: str | Unset = UNSET
    session_number: str | Unset = UNSET
    opened_by: str | Unset = UNSET
    closed_by: str | Unset = UNSET
    open_time: str | Unset = UNSET
    close_time: str | Unset = UNSET
    opening_amount: str | Unset = UNSET
    closing_amount: str | Unset = UNSET
    closing_report_data: str | Unset = UNSET
    notes: list[str] | Unset = UNSET
    closing_amounts: SessionClosingAmountsDto | Unset = UNSET
    closing_note: str | Unset = UNSET
    opening_note: str | Unset = UNSET
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

        station_id = self.station_id

        session_number = self.session_number

        opened_by = self.opened_by

        closed_by = self.closed_by

        open_time = self.open_time

        close_time = self.close_time

        opening_amount = self.opening_amount

        closing_amount = self.closing_amount

        closing_report_data = self.closing_report_data

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        closing_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing_amounts, Unset):
            closing_amounts = self.closing_amounts.to_dict()

        closing_note = self.closing_note

        opening_note = self.opening_note

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
        if station_id is not UNSET:
            field_dict["stationId"] = station_id
        if session_number is not UNSET:
            field_dict["sessionNumber"] = session_number
        if opened_by is not UNSET:
            field_dict["openedBy"] = opened_by
        if closed_by is not UNSET:
            field_dict["closedBy"] = closed_by
        if open_time is not UNSET:
            field_dict["openTime"] = open_time
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if opening_amount is not UNSET:
            field_dict["openingAmount"] = opening_amount
        if closing_amount is not UNSET:
            field_dict["closingAmount"] = closing_amount
        if closing_report_data is not UNSET:
            field_dict["closingReportData"] = closing_report_data
        if notes is not UNSET:
            field_dict["notes"] = notes
        if closing_amounts is not UNSET:
            field_dict["closingAmounts"] = closing_amounts
        if closing_note is not UNSET:
            field_dict["closingNote"] = closing_note
        if opening_note is not UNSET:
            field_dict["openingNote"] = opening_note

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
        station_id = src__get("stationId", UNSET)
        session_number = src__get("sessionNumber", UNSET)
        opened_by = src__get("openedBy", UNSET)
        closed_by = src__get("closedBy", UNSET)
        open_time = src__get("openTime", UNSET)
        close_time = src__get("closeTime", UNSET)
        opening_amount = src__get("openingAmount", UNSET)
        closing_amount = src__get("closingAmount", UNSET)
        closing_report_data = src__get("closingReportData", UNSET)
        notes: list[str] | Unset = src__get("notes", UNSET)

        _closing_amounts = src__get("closingAmounts", UNSET)
        closing_amounts: SessionClosingAmountsDto | Unset
        if _closing_amounts is UNSET:
            closing_amounts = UNSET
        else:
            closing_amounts = SessionClosingAmountsDto.from_dict(_closing_amounts)

        closing_note = src__get("closingNote", UNSET)
        opening_note = src__get("openingNote", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.station_id = station_id
        instance__.session_number = session_number
        instance__.opened_by = opened_by
        instance__.closed_by = closed_by
        instance__.open_time = open_time
        instance__.close_time = close_time
        instance__.opening_amount = opening_amount
        instance__.closing_amount = closing_amount
        instance__.closing_report_data = closing_report_data
        instance__.notes = notes
        instance__.closing_amounts = closing_amounts
        instance__.closing_note = closing_note
        instance__.opening_note = opening_note

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
        station_id = _wire.station_id
        session_number = _wire.session_number
        opened_by = _wire.opened_by
        closed_by = _wire.closed_by
        open_time = _wire.open_time
        close_time = _wire.close_time
        opening_amount = _wire.opening_amount
        closing_amount = _wire.closing_amount
        closing_report_data = _wire.closing_report_data
        notes: list[str] | Unset = _wire.notes

        _closing_amounts = _wire.closing_amounts
        closing_amounts: SessionClosingAmountsDto | Unset
        if _closing_amounts is UNSET:
            closing_amounts = UNSET
        else:
            closing_amounts = SessionClosingAmountsDto.from_dict(_closing_amounts)

        closing_note = _wire.closing_note
        opening_note = _wire.opening_note

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.station_id = station_id
        instance__.session_number = session_number
        instance__.opened_by = opened_by
        instance__.closed_by = closed_by
        instance__.open_time = open_time
        instance__.close_time = close_time
        instance__.opening_amount = opening_amount
        instance__.closing_amount = closing_amount
        instance__.closing_report_data = closing_report_data
        instance__.notes = notes
        instance__.closing_amounts = closing_amounts
        instance__.closing_note = closing_note
        instance__.opening_note = opening_note
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


# Imported last so that models referring to each other load in any order.
from ..models.session_closing_amounts_dto import SessionClosingAmountsDto  # noqa: E402
