# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="AttachmentResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "accountId",
        "name",
        "mimeType",
        "originalUrl",
        "url",
        "path",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("account_id", "accountId", False, None),
    ("name", "name", False, None),
    ("mime_type", "mimeType", False, None),
    ("original_url", "originalUrl", False, None),
    ("url", "url", False, None),
    ("path", "path", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class AttachmentResponseDto(ModelBase):
    """An attachment record. IDs are plain strings here, not $oid objects.

    Example:
        {'id': 'o1p2q3r4s5t6u7v8w9x0y1z2', 'createdAt': '2025-12-07T19:31:48.436+00:00', 'updatedAt':
            '2025-12-07T19:35:48.436+00:00', 'companyId': 'o1p2q3r4s5t6u7v8w9x0y1z2', 'accountId':
            '507f1f77bcf86cd799439011', 'name': 'receipt.pdf', 'mimeType': 'application/pdf', 'originalUrl':
            'https://example.com/original/receipt.pdf', 'url': 'https://cdn.example.com/receipt.pdf', 'path':
            '/attachments/2025/01/receipt.pdf'}

    Attributes:
        id (str): Attachment ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): When the attachment was created. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): When the attachment was last changed. Example:
            2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Company owning the attachment. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        account_id (str | Unset): Account the attachment belongs to. Example: 507f1f77bcf86cd799439011.
        name (str | Unset): File name. Example: receipt.pdf.
        mime_type (str | Unset): MIME type of the file. Example: application/pdf.
        original_url (str | Unset): URL the file originally came from. Example:
            https://example.com/original/receipt.pdf.
        url (str | Unset): CDN URL serving the file. Example: https://cdn.example.com/receipt.pdf.
        path (str | Unset): Storage path of the file. Example: /attachments/2025/01/receipt.pdf.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    name: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    original_url: str | Unset = UNSET
    url: str | Unset = UNSET
    path: str | Unset = UNSET
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

        account_id = self.account_id

        name = self.name

        mime_type = self.mime_type

        original_url = self.original_url

        url = self.url

        path = self.path

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
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if original_url is not UNSET:
            field_dict["originalUrl"] = original_url
        if url is not UNSET:
            field_dict["url"] = url
        if path is not UNSET:
            field_dict["path"] = path

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
        account_id = src__get("accountId", UNSET)
        name = src__get("name", UNSET)
        mime_type = src__get("mimeType", UNSET)
        original_url = src__get("originalUrl", UNSET)
        url = src__get("url", UNSET)
        path = src__get("path", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.account_id = account_id
        instance__.name = name
        instance__.mime_type = mime_type
        instance__.original_url = original_url
        instance__.url = url
        instance__.path = path

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
        account_id = _wire.account_id
        name = _wire.name
        mime_type = _wire.mime_type
        original_url = _wire.original_url
        url = _wire.url
        path = _wire.path

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.account_id = account_id
        instance__.name = name
        instance__.mime_type = mime_type
        instance__.original_url = original_url
        instance__.url = url
        instance__.path = path
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
