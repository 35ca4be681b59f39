# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="UpdateRoleDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "permissions",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", False, None),
    ("permissions", "permissions", False, "RolePermissionDto"),
)


@_attrs_define(kw_only=True, repr=False)
class UpdateRoleDto(ModelBase):
    """Body for a partial role update.

    Attributes:
        name (str | Unset): Role name. Example: Manager.
        permissions (list[RolePermissionDto] | Unset): Permissions attached to the role.
    """

    name: str | Unset = UNSET
    permissions: list[RolePermissionDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        name = src__get("name", UNSET)
        _permissions = src__get("permissions", UNSET)
        permissions: list[RolePermissionDto] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for _permissions___data in _permissions:
                _permissions__name = _permissions___data["name"]
                if _permissions__name.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.name must be str, got {type(_permissions__name).__name__}"
                    )
                _permissions__permission_id = _permissions___data["permissionId"]
                if _permissions__permission_id.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.permission_id must be str, got {type(_permissions__permission_id).__name__}"
                    )
                _permissions__category = _permissions___data["category"]
                if _permissions__category.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.category must be str, got {type(_permissions__category).__name__}"
                    )
                _permissions__sub_category = _permissions___data["subCategory"]
                if _permissions__sub_category.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.sub_category must be str, got {type(_permissions__sub_category).__name__}"
                    )
                _permissions__value = _permissions___data["value"]
                if _permissions__value.__class__ is not bool:
                    raise TypeError(
                        f"RolePermissionDto.value must be bool, got {type(_permissions__value).__name__}"
                    )
                _permissions___item = _new_instance(RolePermissionDto)
                _permissions___item.name = _permissions__name
                _permissions___item.permission_id = _permissions__permission_id
                _permissions___item.category = _permissions__category
                _permissions___item.sub_category = _permissions__sub_category
                _permissions___item.value = _permissions__value
                if len(_permissions___data) == 5:
                    _permissions___item.additional_properties = {}
                else:
                    _permissions___item.additional_properties = {
                        key: value
                        for key, value in _permissions___data.items()
                        if key not in _KNOWN_KEYS_ROLE_PERMISSION_DTO
                    }

                permissions.append(_permissions___item)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.permissions = permissions

        if len(src_dict) == 0 + (name is not UNSET) + (permissions is not UNSET):
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
        _permissions = _wire.permissions
        permissions: list[RolePermissionDto] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for _permissions___data in _permissions:
                _permissions__name = _permissions___data.name
                if _permissions__name.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.name must be str, got {type(_permissions__name).__name__}"
                    )
                _permissions__permission_id = _permissions___data.permission_id
                if _permissions__permission_id.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.permission_id must be str, got {type(_permissions__permission_id).__name__}"
                    )
                _permissions__category = _permissions___data.category
                if _permissions__category.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.category must be str, got {type(_permissions__category).__name__}"
                    )
                _permissions__sub_category = _permissions___data.sub_category
                if _permissions__sub_category.__class__ is not str:
                    raise TypeError(
                        f"RolePermissionDto.sub_category must be str, got {type(_permissions__sub_category).__name__}"
                    )
                _permissions__value = _permissions___data.value
                if _permissions__value.__class__ is not bool:
                    raise TypeError(
                        f"RolePermissionDto.value must be bool, got {type(_permissions__value).__name__}"
                    )
                _permissions___item = _new_instance(RolePermissionDto)
                _permissions___item.name = _permissions__name
                _permissions___item.permission_id = _permissions__permission_id
                _permissions___item.category = _permissions__category
                _permissions___item.sub_category = _permissions__sub_category
                _permissions___item.value = _permissions__value
                _permissions___item.additional_properties = {}

                permissions.append(_permissions___item)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.permissions = permissions
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
from ..models.role_permission_dto import _KNOWN_KEYS as _KNOWN_KEYS_ROLE_PERMISSION_DTO  # noqa: E402
from ..models.role_permission_dto import RolePermissionDto  # noqa: E402
