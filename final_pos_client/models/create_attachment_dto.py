# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateAttachmentDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "mimeType",
        "originalUrl",
        "url",
        "path",
        "accountId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", True, None),
    ("mime_type", "mimeType", True, None),
    ("original_url", "originalUrl", True, None),
    ("url", "url", True, None),
    ("path", "path", True, None),
    ("account_id", "accountId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CreateAttachmentDto(ModelBase):
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

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
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
        name = src_dict["name"]
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        mime_type = src_dict["mimeType"]
        if mime_type.__class__ is not str:
            raise TypeError(f"{cls.__name__}.mime_type must be str, got {type(mime_type).__name__}")
        original_url = src_dict["originalUrl"]
        if original_url.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.original_url must be str, got {type(original_url).__name__}"
            )
        url = src_dict["url"]
        if url.__class__ is not str:
            raise TypeError(f"{cls.__name__}.url must be str, got {type(url).__name__}")
        path = src_dict["path"]
        if path.__class__ is not str:
            raise TypeError(f"{cls.__name__}.path must be str, got {type(path).__name__}")
        account_id = src_dict.get("accountId", UNSET)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.mime_type = mime_type
        instance__.original_url = original_url
        instance__.url = url
        instance__.path = path
        instance__.account_id = account_id

        if len(src_dict) == 5 + (account_id is not UNSET):
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
        mime_type = _wire.mime_type
        if mime_type.__class__ is not str:
            raise TypeError(f"{cls.__name__}.mime_type must be str, got {type(mime_type).__name__}")
        original_url = _wire.original_url
        if original_url.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.original_url must be str, got {type(original_url).__name__}"
            )
        url = _wire.url
        if url.__class__ is not str:
            raise TypeError(f"{cls.__name__}.url must be str, got {type(url).__name__}")
        path = _wire.path
        if path.__class__ is not str:
            raise TypeError(f"{cls.__name__}.path must be str, got {type(path).__name__}")
        account_id = _wire.account_id

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.mime_type = mime_type
        instance__.original_url = original_url
        instance__.url = url
        instance__.path = path
        instance__.account_id = account_id
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
