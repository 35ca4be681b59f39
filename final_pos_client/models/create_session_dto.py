# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateSessionDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "stationId",
        "sessionNumber",
        "openedBy",
        "openTime",
        "openingAmount",
        "notes",
        "closingAmounts",
        "openingNote",
        "closedBy",
        "closeTime",
        "closingAmount",
        "closingReportData",
        "closingNote",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("station_id", "stationId", True, None),
    ("session_number", "sessionNumber", True, None),
    ("opened_by", "openedBy", True, None),
    ("open_time", "openTime", True, None),
    ("opening_amount", "openingAmount", True, None),
    ("notes", "notes", True, None),
    ("closing_amounts", "closingAmounts", True, None),
    ("opening_note", "openingNote", True, None),
    ("closed_by", "closedBy", False, None),
    ("close_time", "closeTime", False, None),
    ("closing_amount", "closingAmount", False, None),
    ("closing_report_data", "closingReportData", False, None),
    ("closing_note", "closingNote", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CreateSessionDto(ModelBase):
    """Body for creating a register session.

    Attributes:
        station_id (str): Station where the session was opened (plain 24-hex id string). Example:
            507f1f77bcf86cd799439011.
        session_number (str): Human-readable session number. Example: S-2025-001.
        opened_by (str): Name of the user who opened the session. Example: John Doe.
        open_time (str): Opening time (ISO 8601 text; no date-time format declared). Example: 2025-01-29T09:00:00.000Z.
        opening_amount (str): Cash float at opening, decimal string. Example: 200.00.
        notes (list[str]): Free-text notes for the session. Example: ['Opened on time', 'Register balanced'].
        closing_amounts (SessionClosingAmountsDto): Closing totals broken down by payment method (decimal strings).
        opening_note (str): Remark entered at opening. Example: Starting new shift.
        closed_by (str | Unset): Name of the user who closed the session. Example: Jane Smith.
        close_time (str | Unset): Closing time (ISO 8601 text). Example: 2025-01-29T17:00:00.000Z.
        closing_amount (str | Unset): Cash amount at closing, decimal string. Example: 2500.00.
        closing_report_data (str | Unset): Closing report serialized as a JSON string. Example: {}.
        closing_note (str | Unset): Remark entered at close. Example: All transactions verified.
    """

    station_id: str
    session_number: str
    opened_by: str
    open_time: str
    opening_amount: str
    notes: list[str]
    closing_amounts: SessionClosingAmountsDto
    opening_note: str
    closed_by: str | Unset = UNSET
    close_time: str | Unset = UNSET
    closing_amount: str | Unset = UNSET
    closing_report_data: str | Unset = UNSET
    closing_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        station_id = self.station_id

        session_number = self.session_number

        opened_by = self.opened_by

        open_time = self.open_time

        opening_amount = self.opening_amount

        notes = self.notes

        closing_amounts = self.closing_amounts.to_dict()

        opening_note = self.opening_note

        closed_by = self.closed_by

        close_time = self.close_time

        closing_amount = self.closing_amount

        closing_report_data = self.closing_report_data

        closing_note = self.closing_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stationId": station_id,
                "sessionNumber": session_number,
                "openedBy": opened_by,
                "openTime": open_time,
                "openingAmount": opening_amount,
                "notes": notes,
                "closingAmounts": closing_amounts,
                "openingNote": opening_note,
            }
        )
        if closed_by is not UNSET:
            field_dict["closedBy"] = closed_by
        if close_time is not UNSET:
            field_dict["closeTime"] = close_time
        if closing_amount is not UNSET:
            field_dict["closingAmount"] = closing_amount
        if closing_report_data is not UNSET:
            field_dict["closingReportData"] = closing_report_data
        if closing_note is not UNSET:
            field_dict["closingNote"] = closing_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        station_id = src_dict["stationId"]
        if station_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.station_id must be str, got {type(station_id).__name__}"
            )
        session_number = src_dict["sessionNumber"]
        if session_number.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.session_number must be str, got {type(session_number).__name__}"
            )
        opened_by = src_dict["openedBy"]
        if opened_by.__class__ is not str:
            raise TypeError(f"{cls.__name__}.opened_by must be str, got {type(opened_by).__name__}")
        open_time = src_dict["openTime"]
        if open_time.__class__ is not str:
            raise TypeError(f"{cls.__name__}.open_time must be str, got {type(open_time).__name__}")
        opening_amount = src_dict["openingAmount"]
        if opening_amount.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.opening_amount must be str, got {type(opening_amount).__name__}"
            )
        notes: list[str] = src_dict["notes"]

        closing_amounts = SessionClosingAmountsDto.from_dict(src_dict["closingAmounts"])

        opening_note = src_dict["openingNote"]
        if opening_note.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.opening_note must be str, got {type(opening_note).__name__}"
            )
        closed_by = src__get("closedBy", UNSET)
        close_time = src__get("closeTime", UNSET)
        closing_amount = src__get("closingAmount", UNSET)
        closing_report_data = src__get("closingReportData", UNSET)
        closing_note = src__get("closingNote", UNSET)

        instance__ = _new_instance(cls)
        instance__.station_id = station_id
        instance__.session_number = session_number
        instance__.opened_by = opened_by
        instance__.open_time = open_time
        instance__.opening_amount = opening_amount
        instance__.notes = notes
        instance__.closing_amounts = closing_amounts
        instance__.opening_note = opening_note
        instance__.closed_by = closed_by
        instance__.close_time = close_time
        instance__.closing_amount = closing_amount
        instance__.closing_report_data = closing_report_data
        instance__.closing_note = closing_note

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
        station_id = _wire.station_id
        if station_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.station_id must be str, got {type(station_id).__name__}"
            )
        session_number = _wire.session_number
        if session_number.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.session_number must be str, got {type(session_number).__name__}"
            )
        opened_by = _wire.opened_by
        if opened_by.__class__ is not str:
            raise TypeError(f"{cls.__name__}.opened_by must be str, got {type(opened_by).__name__}")
        open_time = _wire.open_time
        if open_time.__class__ is not str:
            raise TypeError(f"{cls.__name__}.open_time must be str, got {type(open_time).__name__}")
        opening_amount = _wire.opening_amount
        if opening_amount.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.opening_amount must be str, got {type(opening_amount).__name__}"
            )
        notes: list[str] = _wire.notes

        closing_amounts = SessionClosingAmountsDto.from_dict(_wire.closing_amounts)

        opening_note = _wire.opening_note
        if opening_note.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.opening_note must be str, got {type(opening_note).__name__}"
            )
        closed_by = _wire.closed_by
        close_time = _wire.close_time
        closing_amount = _wire.closing_amount
        closing_report_data = _wire.closing_report_data
        closing_note = _wire.closing_note

        instance__ = _new_instance(cls)
        instance__.station_id = station_id
        instance__.session_number = session_number
        instance__.opened_by = opened_by
        instance__.open_time = open_time
        instance__.opening_amount = opening_amount
        instance__.notes = notes
        instance__.closing_amounts = closing_amounts
        instance__.opening_note = opening_note
        instance__.closed_by = closed_by
        instance__.close_time = close_time
        instance__.closing_amount = closing_amount
        instance__.closing_report_data = closing_report_data
        instance__.closing_note = closing_note
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
