# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CategoryResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "name",
        "description",
        "image",
        "externalId",
        "parentId",
        "menuOrder",
        "source",
    }
)

_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("name", "name", False, None),
    ("description", "description", False, None),
    ("image", "image", False, None),
    ("external_id", "externalId", False, None),
    ("parent_id", "parentId", False, None),
    ("menu_order", "menuOrder", False, None),
    ("source", "source", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CategoryResponseDto(ModelBase):
    """Category as returned by the API (descriptions on the page call the entity 'Categories').

    Attributes:
        id (str): Category ID (plain 24-char string). Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation timestamp. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last-update timestamp. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        name (str | Unset): Category name. Example: Beverages.
        description (str | Unset): Category description. Example: Beverages are drinks that are not alcoholic..
        image (str | Unset): Image URL. Example: https://example.com/image.jpg.
        external_id (str | Unset): ID of the category in an external system. Example: 1234567890.
        parent_id (str | Unset): Parent category ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        menu_order (float | Unset): Sort position in menus. Example: 1.
        source (str | Unset): Origin of the category record. Example: manual.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    external_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    menu_order: float | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        company_id = self.company_id

        name = self.name

        description = self.description

        image = self.image

        external_id = self.external_id

        parent_id = self.parent_id

        menu_order = self.menu_order

        source = self.source

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
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if menu_order is not UNSET:
            field_dict["menuOrder"] = menu_order
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        id = src_dict["id"]
        if id.__class__ is not str:
            raise TypeError(f"{cls.__name__}.id must be str, got {type(id).__name__}")
        _created_at = get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = _datetime_fromisoformat(_created_at)

        _updated_at = get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = _datetime_fromisoformat(_updated_at)

        company_id = get("companyId", UNSET)
        name = get("name", UNSET)
        description = get("description", UNSET)
        image = get("image", UNSET)
        external_id = get("externalId", UNSET)
        parent_id = get("parentId", UNSET)
        menu_order = get("menuOrder", UNSET)
        source = get("source", UNSET)

        category_response_dto = _new_instance(cls)
        category_response_dto.id = id
        category_response_dto.created_at = created_at
        category_response_dto.updated_at = updated_at
        category_response_dto.company_id = company_id
        category_response_dto.name = name
        category_response_dto.description = description
        category_response_dto.image = image
        category_response_dto.external_id = external_id
        category_response_dto.parent_id = parent_id
        category_response_dto.menu_order = menu_order
        category_response_dto.source = source

        if _KNOWN_KEYS.issuperset(src_dict):
            category_response_dto.additional_properties = {}
        else:
            category_response_dto.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return category_response_dto

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
        description = _wire.description
        image = _wire.image
        external_id = _wire.external_id
        parent_id = _wire.parent_id
        menu_order = _wire.menu_order
        source = _wire.source

        category_response_dto = _new_instance(cls)
        category_response_dto.id = id
        category_response_dto.created_at = created_at
        category_response_dto.updated_at = updated_at
        category_response_dto.company_id = company_id
        category_response_dto.name = name
        category_response_dto.description = description
        category_response_dto.image = image
        category_response_dto.external_id = external_id
        category_response_dto.parent_id = parent_id
        category_response_dto.menu_order = menu_order
        category_response_dto.source = source
        category_response_dto.additional_properties = {}
        return category_response_dto

    @classmethod
    def from_list(cls: type[T], src_list: Iterable[Mapping[str, Any]]) -> list[T]:
        """Many items at once (a list response): ``from_dict`` each, the cyclic GC paused."""
        from_dict = cls.from_dict
        with gc_paused():
            return [from_dict(item) for item in src_list]

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
