# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CustomTableResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "_id",
        "name",
        "createdAt",
        "updatedAt",
        "companyId",
        "isDeleted",
        "description",
        "metadata",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "_id", True, None),
    ("name", "name", True, None),
    ("created_at", "createdAt", True, None),
    ("updated_at", "updatedAt", True, None),
    ("company_id", "companyId", False, None),
    ("is_deleted", "isDeleted", False, None),
    ("description", "description", False, None),
    ("metadata", "metadata", False, "CustomTableMetadataDto"),
)


@_attrs_define(kw_only=True, repr=False)
class CustomTableResponseDto(ModelBase):
    """A custom table definition (inferred).

    Attributes:
        id (ObjectId | str): Table ID; a plain string or an extended-JSON {"$oid"} (accept both).
        name (str): Internal table name; the custom-table-data paths take it (kebab-case).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        company_id (ObjectId | Unset): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid":
            "507f1f77bcf86cd799439011"}. Example: {'$oid': '507f1f77bcf86cd799439011'}.
        is_deleted (bool | Unset):
        description (str | Unset): Human description of the table.
        metadata (list[CustomTableMetadataDto] | Unset): Free key/value entries (e.g. extensionId).
    """

    id: ObjectId | str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    company_id: ObjectId | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    description: str | Unset = UNSET
    metadata: list[CustomTableMetadataDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id: dict[str, Any] | str
        if isinstance(self.id, ObjectId):
            id = self.id.to_dict()
        else:
            id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        is_deleted = self.is_deleted

        description = self.description

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if is_deleted is not UNSET:
            field_dict["isDeleted"] = is_deleted
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        name = src_dict["name"]
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        created_at = _datetime_fromisoformat(src_dict["createdAt"])

        updated_at = _datetime_fromisoformat(src_dict["updatedAt"])

        _company_id = src__get("companyId", UNSET)
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        is_deleted = src__get("isDeleted", UNSET)
        description = src__get("description", UNSET)
        _metadata = src__get("metadata", UNSET)
        metadata: list[CustomTableMetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata__key = _metadata___data["key"]
                if _metadata__key.__class__ is not str:
                    raise TypeError(
                        f"CustomTableMetadataDto.key must be str, got {type(_metadata__key).__name__}"
                    )
                _metadata__value = _metadata___data["value"]
                _metadata___item = _new_instance(CustomTableMetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                if len(_metadata___data) == 2:
                    _metadata___item.additional_properties = {}
                else:
                    _metadata___item.additional_properties = {
                        key: value
                        for key, value in _metadata___data.items()
                        if key not in _KNOWN_KEYS_CUSTOM_TABLE_METADATA_DTO
                    }

                metadata.append(_metadata___item)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.name = name
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.is_deleted = is_deleted
        instance__.description = description
        instance__.metadata = metadata

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

        name = _wire.name
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        created_at = _datetime_fromisoformat(_wire.created_at)

        updated_at = _datetime_fromisoformat(_wire.updated_at)

        _company_id = _wire.company_id
        company_id: ObjectId | Unset
        if _company_id is UNSET:
            company_id = UNSET
        else:
            company_id = ObjectId.from_dict(_company_id)

        is_deleted = _wire.is_deleted
        description = _wire.description
        _metadata = _wire.metadata
        metadata: list[CustomTableMetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata__key = _metadata___data.key
                if _metadata__key.__class__ is not str:
                    raise TypeError(
                        f"CustomTableMetadataDto.key must be str, got {type(_metadata__key).__name__}"
                    )
                _metadata__value = _metadata___data.value
                _metadata___item = _new_instance(CustomTableMetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                _metadata___item.additional_properties = {}

                metadata.append(_metadata___item)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.name = name
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.is_deleted = is_deleted
        instance__.description = description
        instance__.metadata = metadata
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
from ..models.custom_table_metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_CUSTOM_TABLE_METADATA_DTO  # noqa: E402
from ..models.custom_table_metadata_dto import CustomTableMetadataDto  # noqa: E402
from ..models.object_id import ObjectId  # noqa: E402
