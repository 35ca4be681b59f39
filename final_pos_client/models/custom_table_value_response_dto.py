# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CustomTableValueResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "_id",
        "companyId",
        "tableId",
        "rowId",
        "fieldId",
        "value",
        "isDeleted",
        "createdAt",
        "updatedAt",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "_id", True, None),
    ("company_id", "companyId", False, None),
    ("table_id", "tableId", False, None),
    ("row_id", "rowId", False, None),
    ("field_id", "fieldId", False, None),
    ("value", "value", False, None),
    ("is_deleted", "isDeleted", False, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CustomTableValueResponseDto(ModelBase):
    """A stored cell value linking a row and a field (inferred).

    Attributes:
        id (ObjectId): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}. Example:
            {'$oid': '507f1f77bcf86cd799439011'}.
        company_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid":
            "507f1f77bcf86cd799439011"}. Example: {'$oid': '507f1f77bcf86cd799439011'}.
        table_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid":
            "507f1f77bcf86cd799439011"}. Example: {'$oid': '507f1f77bcf86cd799439011'}.
        row_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}.
            Example: {'$oid': '507f1f77bcf86cd799439011'}.
        field_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid":
            "507f1f77bcf86cd799439011"}. Example: {'$oid': '507f1f77bcf86cd799439011'}.
        value (Any | Unset):
        is_deleted (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: ObjectId
    company_id: ObjectId | Unset = UNSET
    table_id: ObjectId | Unset = UNSET
    row_id: ObjectId | Unset = UNSET
    field_id: ObjectId | Unset = UNSET
    value: Any | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id = self.id.to_dict()

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        table_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_id, Unset):
            table_id = self.table_id.to_dict()

        row_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_id, Unset):
            row_id = self.row_id.to_dict()

        field_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_id, Unset):
            field_id = self.field_id.to_dict()

        value = self.value

        is_deleted = self.is_deleted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if table_id is not UNSET:
            field_dict["tableId"] = table_id
        if row_id is not UNSET:
            field_dict["rowId"] = row_id
        if field_id is not UNSET:
            field_dict["fieldId"] = field_id
        if value is not UNSET:
            field_dict["value"] = value
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        id = ObjectId.from_dict(src_dict["_id"])

        _company_id = src__get("companyId", UNSET)
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        _table_id = src__get("tableId", UNSET)
        table_id: ObjectId | Unset
        if _table_id is UNSET:
            table_id = UNSET
        else:
            table_id = ObjectId.from_dict(_table_id)

        _row_id = src__get("rowId", UNSET)
        row_id: ObjectId | Unset
        if _row_id is UNSET:
            row_id = UNSET
        else:
            row_id = ObjectId.from_dict(_row_id)

        _field_id = src__get("fieldId", UNSET)
        field_id: ObjectId | Unset
        if _field_id is UNSET:
            field_id = UNSET
        else:
            field_id = ObjectId.from_dict(_field_id)

        value = src__get("value", UNSET)
        is_deleted = src__get("isDeleted", UNSET)
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

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.company_id = company_id
        instance__.table_id = table_id
        instance__.row_id = row_id
        instance__.field_id = field_id
        instance__.value = value
        instance__.is_deleted = is_deleted
        instance__.created_at = created_at
        instance__.updated_at = updated_at

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
        id = ObjectId.from_dict(_wire.id)

        _company_id = _wire.company_id
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        _table_id = _wire.table_id
        table_id: ObjectId | Unset
        if _table_id is UNSET:
            table_id = UNSET
        else:
            table_id = ObjectId.from_dict(_table_id)

        _row_id = _wire.row_id
        row_id: ObjectId | Unset
        if _row_id is UNSET:
            row_id = UNSET
        else:
            row_id = ObjectId.from_dict(_row_id)

        _field_id = _wire.field_id
        field_id: ObjectId | Unset
        if _field_id is UNSET:
            field_id = UNSET
        else:
            field_id = ObjectId.from_dict(_field_id)

        value = _wire.value
        is_deleted = _wire.is_deleted
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

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.company_id = company_id
        instance__.table_id = table_id
        instance__.row_id = row_id
        instance__.field_id = field_id
        instance__.value = value
        instance__.is_deleted = is_deleted
        instance__.created_at = created_at
        instance__.updated_at = updated_at
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
