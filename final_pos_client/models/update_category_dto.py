# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="UpdateCategoryDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
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
    ("name", "name", False, None),
    ("description", "description", False, None),
    ("image", "image", False, None),
    ("external_id", "externalId", False, None),
    ("parent_id", "parentId", False, None),
    ("menu_order", "menuOrder", False, None),
    ("source", "source", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class UpdateCategoryDto(ModelBase):
    """Body for updating a category; all fields optional.

    Attributes:
        name (str | Unset): Category name. Example: Beverages.
        description (str | Unset): Category description. Example: Beverages are drinks that are not alcoholic..
        image (str | Unset): Image URL. Example: https://example.com/image.jpg.
        external_id (str | Unset): ID of the category in an external system. Example: 1234567890.
        parent_id (str | Unset): Parent category ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        menu_order (float | Unset): Sort position in menus. Example: 1.
        source (str | Unset): Origin of the category record. Example: manual.
    """

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
        name = self.name

        description = self.description

        image = self.image

        external_id = self.external_id

        parent_id = self.parent_id

        menu_order = self.menu_order

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        name = src__get("name", UNSET)
        description = src__get("description", UNSET)
        image = src__get("image", UNSET)
        external_id = src__get("externalId", UNSET)
        parent_id = src__get("parentId", UNSET)
        menu_order = src__get("menuOrder", UNSET)
        source = src__get("source", UNSET)

        instance__ = _new_instance(cls)
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
        name = _wire.name
        description = _wire.description
        image = _wire.image
        external_id = _wire.external_id
        parent_id = _wire.parent_id
        menu_order = _wire.menu_order
        source = _wire.source

        instance__ = _new_instance(cls)
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
