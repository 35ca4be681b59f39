# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="RolePermissionDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "permissionId",
        "category",
        "subCategory",
        "value",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", True, None),
    ("permission_id", "permissionId", True, None),
    ("category", "category", True, None),
    ("sub_category", "subCategory", True, None),
    ("value", "value", True, None),
)


@_attrs_define(kw_only=True, repr=False)
class RolePermissionDto(ModelBase):
    """One permission entry granted (or not) by a role.

    Attributes:
        name (str): Permission name. Example: create_order.
        permission_id (str): Referenced permission id (plain 24-hex string). Example: 507f1f77bcf86cd799439011.
        category (str): Permission category. Example: orders.
        sub_category (str): Permission sub-category. Example: management.
        value (bool): Whether the permission is granted. Example: True.
    """

    name: str
    permission_id: str
    category: str
    sub_category: str
    value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        permission_id = self.permission_id

        category = self.category

        sub_category = self.sub_category

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissionId": permission_id,
                "category": category,
                "subCategory": sub_category,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        permission_id = src_dict["permissionId"]
        if permission_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.permission_id must be str, got {type(permission_id).__name__}"
            )
        category = src_dict["category"]
        if category.__class__ is not str:
            raise TypeError(f"{cls.__name__}.category must be str, got {type(category).__name__}")
        sub_category = src_dict["subCategory"]
        if sub_category.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.sub_category must be str, got {type(sub_category).__name__}"
            )
        value = src_dict["value"]
        if value.__class__ is not bool:
            raise TypeError(f"{cls.__name__}.value must be bool, got {type(value).__name__}")

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.permission_id = permission_id
        instance__.category = category
        instance__.sub_category = sub_category
        instance__.value = value

        if len(src_dict) == 5:
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
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        permission_id = _wire.permission_id
        if permission_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.permission_id must be str, got {type(permission_id).__name__}"
            )
        category = _wire.category
        if category.__class__ is not str:
            raise TypeError(f"{cls.__name__}.category must be str, got {type(category).__name__}")
        sub_category = _wire.sub_category
        if sub_category.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.sub_category must be str, got {type(sub_category).__name__}"
            )
        value = _wire.value
        if value.__class__ is not bool:
            raise TypeError(f"{cls.__name__}.value must be bool, got {type(value).__name__}")

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.permission_id = permission_id
        instance__.category = category
        instance__.sub_category = sub_category
        instance__.value = value
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
