# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CustomTableDataRow")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "rowId",
        "_id",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("row_id", "rowId", False, None),
    ("id", "_id", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CustomTableDataRow(ModelBase):
    """One row of a custom table with its values keyed by field name (the keys beyond rowId depend on the table's fields).

    Attributes:
        row_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}.
            Example: {'$oid': '507f1f77bcf86cd799439011'}.
        id (ObjectId | str | Unset): Row ID under the key Final's client types use; a plain string or {"$oid"}.
    """

    row_id: ObjectId | Unset = UNSET
    id: ObjectId | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        row_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_id, Unset):
            row_id = self.row_id.to_dict()

        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, ObjectId):
            id = self.id.to_dict()
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_id is not UNSET:
            field_dict["rowId"] = row_id
        if id is not UNSET:
            field_dict["_id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        _row_id = src__get("rowId", UNSET)
        row_id: ObjectId | Unset
        if _row_id is UNSET:
            row_id = UNSET
        else:
            row_id = ObjectId.from_dict(_row_id)

        def _parse_id(data: object) -> ObjectId | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = ObjectId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str | Unset, data)

        id = _parse_id(src__get("_id", UNSET))

        instance__ = _new_instance(cls)
        instance__.row_id = row_id
        instance__.id = id

        if len(src_dict) == 0 + (row_id is not UNSET) + (id is not UNSET):
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
        _row_id = _wire.row_id
        row_id: ObjectId | Unset
        if _row_id is UNSET:
            row_id = UNSET
        else:
            row_id = ObjectId.from_dict(_row_id)

        def _parse_id(data: object) -> ObjectId | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = ObjectId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str | Unset, data)

        id = _parse_id(_wire.id)

        instance__ = _new_instance(cls)
        instance__.row_id = row_id
        instance__.id = id
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
from ..models.object_id import ObjectId  # noqa: E402
