# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderNoteDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "externalId",
        "author",
        "note",
        "customerNote",
        "addedByUser",
        "dateCreated",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("external_id", "externalId", False, None),
    ("author", "author", False, None),
    ("note", "note", False, None),
    ("customer_note", "customerNote", False, None),
    ("added_by_user", "addedByUser", False, None),
    ("date_created", "dateCreated", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderNoteDto(ModelBase):
    """Note attached to an order.

    Attributes:
        external_id (str | Unset): External ID of the note.
        author (str | Unset): Author of the note.
        note (str | Unset): Note text.
        customer_note (bool | Unset): Whether the note is visible to / from the customer.
        added_by_user (str | Unset): User that added the note.
        date_created (str | Unset): Creation time of the note.
    """

    external_id: str | Unset = UNSET
    author: str | Unset = UNSET
    note: str | Unset = UNSET
    customer_note: bool | Unset = UNSET
    added_by_user: str | Unset = UNSET
    date_created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        external_id = self.external_id

        author = self.author

        note = self.note

        customer_note = self.customer_note

        added_by_user = self.added_by_user

        date_created = self.date_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if author is not UNSET:
            field_dict["author"] = author
        if note is not UNSET:
            field_dict["note"] = note
        if customer_note is not UNSET:
            field_dict["customerNote"] = customer_note
        if added_by_user is not UNSET:
            field_dict["addedByUser"] = added_by_user
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        external_id = src__get("externalId", UNSET)
        author = src__get("author", UNSET)
        note = src__get("note", UNSET)
        customer_note = src__get("customerNote", UNSET)
        added_by_user = src__get("addedByUser", UNSET)
        date_created = src__get("dateCreated", UNSET)

        instance__ = _new_instance(cls)
        instance__.external_id = external_id
        instance__.author = author
        instance__.note = note
        instance__.customer_note = customer_note
        instance__.added_by_user = added_by_user
        instance__.date_created = date_created

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
        external_id = _wire.external_id
        author = _wire.author
        note = _wire.note
        customer_note = _wire.customer_note
        added_by_user = _wire.added_by_user
        date_created = _wire.date_created

        instance__ = _new_instance(cls)
        instance__.external_id = external_id
        instance__.author = author
        instance__.note = note
        instance__.customer_note = customer_note
        instance__.added_by_user = added_by_user
        instance__.date_created = date_created
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
