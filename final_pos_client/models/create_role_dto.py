# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.role_permission_dto import RolePermissionDto


T = TypeVar("T", bound="CreateRoleDto")


@_attrs_define
class CreateRoleDto:
    """Body for creating a role.

    Attributes:
        name (str): Role name. Example: Manager.
        permissions (list[RolePermissionDto]): Permissions attached to the role. Example: [{'name': 'create_order',
            'permissionId': '507f1f77bcf86cd799439011', 'category': 'orders', 'subCategory': 'management', 'value': True}].
    """

    name: str
    permissions: list[RolePermissionDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_permission_dto import RolePermissionDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = RolePermissionDto.from_dict(permissions_item_data)

            permissions.append(permissions_item)

        create_role_dto = cls(
            name=name,
            permissions=permissions,
        )

        create_role_dto.additional_properties = d
        return create_role_dto

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
