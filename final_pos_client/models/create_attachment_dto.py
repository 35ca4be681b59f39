# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAttachmentDto")


@_attrs_define
class CreateAttachmentDto:
    """Body for registering an attachment.

    Attributes:
        name (str): File name. Example: receipt.pdf.
        mime_type (str): MIME type of the file. Example: application/pdf.
        original_url (str): URL the file originally came from. Example: https://example.com/original/receipt.pdf.
        url (str): CDN URL serving the file. Example: https://cdn.example.com/receipt.pdf.
        path (str): Storage path of the file. Example: /attachments/2025/01/receipt.pdf.
        account_id (str | Unset): Account the attachment belongs to (plain 24-hex string). Example:
            507f1f77bcf86cd799439011.
    """

    name: str
    mime_type: str
    original_url: str
    url: str
    path: str
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mime_type = self.mime_type

        original_url = self.original_url

        url = self.url

        path = self.path

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mimeType": mime_type,
                "originalUrl": original_url,
                "url": url,
                "path": path,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        mime_type = d.pop("mimeType")

        original_url = d.pop("originalUrl")

        url = d.pop("url")

        path = d.pop("path")

        account_id = d.pop("accountId", UNSET)

        create_attachment_dto = cls(
            name=name,
            mime_type=mime_type,
            original_url=original_url,
            url=url,
            path=path,
            account_id=account_id,
        )

        create_attachment_dto.additional_properties = d
        return create_attachment_dto

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
