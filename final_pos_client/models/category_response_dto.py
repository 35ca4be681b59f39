# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
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
        description = src__get("description", UNSET)
        image = src__get("image", UNSET)
        external_id = src__get("externalId", UNSET)
        parent_id = src__get("parentId", UNSET)
        menu_order = src__get("menuOrder", UNSET)
        source = src__get("source", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.description = description
        instance__.image = image
        instance__.external_id = external_id
        instance__.parent_id = parent_id
        instance__.menu_order = menu_order
        instance__.source = source

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
        description = _wire.description
        image = _wire.image
        external_id = _wire.external_id
        parent_id = _wire.parent_id
        menu_order = _wire.menu_order
        source = _wire.source

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.description = description
        instance__.image = image
        instance__.external_id = external_id
        instance__.parent_id = parent_id
        instance__.menu_order = menu_order
        instance__.source = source
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
