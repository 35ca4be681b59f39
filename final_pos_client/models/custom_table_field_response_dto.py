# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CustomTableFieldResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "_id",
        "tableId",
        "name",
        "type",
        "createdAt",
        "updatedAt",
        "companyId",
        "isDeleted",
        "required",
        "defaultValue",
        "referenceLinkedCollection",
        "referenceLinkedField",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "_id", True, None),
    ("table_id", "tableId", True, None),
    ("name", "name", True, None),
    ("type_", "type", True, None),
    ("created_at", "createdAt", True, None),
    ("updated_at", "updatedAt", True, None),
    ("company_id", "companyId", False, None),
    ("is_deleted", "isDeleted", False, None),
    ("required", "required", False, None),
    ("default_value", "defaultValue", False, None),
    ("reference_linked_collection", "referenceLinkedCollection", False, None),
    ("reference_linked_field", "referenceLinkedField", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CustomTableFieldResponseDto(ModelBase):
    """A field (column) definition of a custom table (inferred).

    Attributes:
        id (ObjectId | str): Field ID; a plain string or an extended-JSON {"$oid"} (accept both).
        table_id (ObjectId | str): The table's _id; a plain string or an extended-JSON {"$oid"} (accept both).
        name (str): Key of this field's value inside a data row (e.g. fullName).
        type_ (str): Field type: string, number, boolean, date or json-string (kept a plain string so a reader survives
            other values).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        company_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid":
            "507f1f77bcf86cd799439011"}. Example: {'$oid': '507f1f77bcf86cd799439011'}.
        is_deleted (bool | Unset):
        required (bool | Unset): Whether a row must have a value for this field.
        default_value (Any | Unset): Default value of the field (any JSON value).
        reference_linked_collection (str | Unset): Collection a reference field points to (e.g. customers).
        reference_linked_field (str | Unset): Field of that collection the value holds (e.g. _id).
    """

    id: ObjectId | str
    table_id: ObjectId | str
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    company_id: ObjectId | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    reference_linked_collection: str | Unset = UNSET
    reference_linked_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id: dict[str, Any] | str
        if isinstance(self.id, ObjectId):
            id = self.id.to_dict()
        else:
            id = self.id

        table_id: dict[str, Any] | str
        if isinstance(self.table_id, ObjectId):
            table_id = self.table_id.to_dict()
        else:
            table_id = self.table_id

        name = self.name

        type_ = self.type_

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        is_deleted = self.is_deleted

        required = self.required

        default_value = self.default_value

        reference_linked_collection = self.reference_linked_collection

        reference_linked_field = self.reference_linked_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "tableId": table_id,
                "name": name,
                "type": type_,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if reference_linked_collection is not UNSET:
            field_dict["referenceLinkedCollection"] = reference_linked_collection
        if reference_linked_field is not UNSET:
            field_dict["referenceLinkedField"] = reference_linked_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get

        def _parse_id(data: object) -> ObjectId | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = ObjectId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str, data)

        id = _parse_id(src_dict["_id"])

        def _parse_table_id(data: object) -> ObjectId | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                table_id_type_1 = ObjectId.from_dict(data)

                return table_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str, data)

        table_id = _parse_table_id(src_dict["tableId"])

        name = src_dict["name"]
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        type_ = src_dict["type"]
        if type_.__class__ is not str:
            raise TypeError(f"{cls.__name__}.type_ must be str, got {type(type_).__name__}")
        created_at = _datetime_fromisoformat(src_dict["createdAt"])

        updated_at = _datetime_fromisoformat(src_dict["updatedAt"])

        _company_id = src__get("companyId", UNSET)
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        is_deleted = src__get("isDeleted", UNSET)
        required = src__get("required", UNSET)
        default_value = src__get("defaultValue", UNSET)
        reference_linked_collection = src__get("referenceLinkedCollection", UNSET)
        reference_linked_field = src__get("referenceLinkedField", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.table_id = table_id
        instance__.name = name
        instance__.type_ = type_
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.is_deleted = is_deleted
        instance__.required = required
        instance__.default_value = default_value
        instance__.reference_linked_collection = reference_linked_collection
        instance__.reference_linked_field = reference_linked_field

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

        def _parse_id(data: object) -> ObjectId | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = ObjectId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str, data)

        id = _parse_id(_wire.id)

        def _parse_table_id(data: object) -> ObjectId | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                table_id_type_1 = ObjectId.from_dict(data)

                return table_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectId | str, data)

        table_id = _parse_table_id(_wire.table_id)

        name = _wire.name
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        type_ = _wire.type_
        if type_.__class__ is not str:
            raise TypeError(f"{cls.__name__}.type_ must be str, got {type(type_).__name__}")
        created_at = _datetime_fromisoformat(_wire.created_at)

        updated_at = _datetime_fromisoformat(_wire.updated_at)

        _company_id = _wire.company_id
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        is_deleted = _wire.is_deleted
        required = _wire.required
        default_value = _wire.default_value
        reference_linked_collection = _wire.reference_linked_collection
        reference_linked_field = _wire.reference_linked_field

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.table_id = table_id
        instance__.name = name
        instance__.type_ = type_
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.is_deleted = is_deleted
        instance__.required = required
        instance__.default_value = default_value
        instance__.reference_linked_collection = reference_linked_collection
        instance__.reference_linked_field = reference_linked_field
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
