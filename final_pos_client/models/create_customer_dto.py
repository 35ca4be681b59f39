# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateCustomerDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "email",
        "firstName",
        "lastName",
        "outletId",
        "externalId",
        "phone",
        "totalSpent",
        "lastAction",
        "tags",
        "billing",
        "shipping",
        "metadata",
        "notes",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("email", "email", True, None),
    ("first_name", "firstName", True, None),
    ("last_name", "lastName", True, None),
    ("outlet_id", "outletId", False, None),
    ("external_id", "externalId", False, None),
    ("phone", "phone", False, None),
    ("total_spent", "totalSpent", False, None),
    ("last_action", "lastAction", False, None),
    ("tags", "tags", False, None),
    ("billing", "billing", False, None),
    ("shipping", "shipping", False, None),
    ("metadata", "metadata", False, "CustomerMetadataDto"),
    ("notes", "notes", False, "NoteDto"),
)


@_attrs_define(kw_only=True, repr=False)
class CreateCustomerDto(ModelBase):
    """Body for creating a customer. Generated dynamically per company (custom tables), see additionalProperties.

    Attributes:
        email (str): Customer email address. Example: customer@example.com.
        first_name (str): Customer given name. Example: John.
        last_name (str): Customer family name. Example: Doe.
        outlet_id (str | Unset): Outlet the customer belongs to (plain id string). Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        external_id (str | Unset): Id in an external system the customer was synced from; when given, the server sets
            fromFinal to true. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        phone (str | Unset): Phone number. Example: +1234567890.
        total_spent (str | Unset): Lifetime amount spent, as a decimal string. Example: 1000.50.
        last_action (str | Unset): Time of the customer's most recent activity (ISO 8601 text; no date-time format
            declared). Example: 2025-12-07T19:31:48.436+00:00.
        tags (list[str] | Unset): Free-form labels. Example: ['vip', 'loyal', 'premium'].
        billing (AddressDto | Unset): Postal address used for a customer's billing or shipping data.
        shipping (AddressDto | Unset): Postal address used for a customer's billing or shipping data.
        metadata (list[CustomerMetadataDto] | Unset): Extra key/value data attached to the customer. Example: [{'key':
            'key1', 'value': 'value1'}, {'key': 'key2', 'value': 'value2'}].
        notes (list[NoteDto] | Unset): Notes kept on the customer. Example: [{'createdAt':
            '2025-12-07T19:31:48.436+00:00', 'message': 'Note 1'}].
    """

    email: str
    first_name: str
    last_name: str
    outlet_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    total_spent: str | Unset = UNSET
    last_action: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    billing: AddressDto | Unset = UNSET
    shipping: AddressDto | Unset = UNSET
    metadata: list[CustomerMetadataDto] | Unset = UNSET
    notes: list[NoteDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        outlet_id = self.outlet_id

        external_id = self.external_id

        phone = self.phone

        total_spent = self.total_spent

        last_action = self.last_action

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if outlet_id is not UNSET:
            field_dict["outletId"] = outlet_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if total_spent is not UNSET:
            field_dict["totalSpent"] = total_spent
        if last_action is not UNSET:
            field_dict["lastAction"] = last_action
        if tags is not UNSET:
            field_dict["tags"] = tags
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        email = src_dict["email"]
        if email.__class__ is not str:
            raise TypeError(f"{cls.__name__}.email must be str, got {type(email).__name__}")
        first_name = src_dict["firstName"]
        if first_name.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.first_name must be str, got {type(first_name).__name__}"
            )
        last_name = src_dict["lastName"]
        if last_name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.last_name must be str, got {type(last_name).__name__}")
        outlet_id = src__get("outletId", UNSET)
        external_id = src__get("externalId", UNSET)
        phone = src__get("phone", UNSET)
        total_spent = src__get("totalSpent", UNSET)
        last_action = src__get("lastAction", UNSET)
        tags: list[str] | Unset = src__get("tags", UNSET)

        _billing = src__get("billing", UNSET)
        billing: AddressDto | Unset
        if _billing is UNSET:
            billing = UNSET
        else:
            billing = AddressDto.from_dict(_billing)

        _shipping = src__get("shipping", UNSET)
        shipping: AddressDto | Unset
        if _shipping is UNSET:
            shipping = UNSET
        else:
            shipping = AddressDto.from_dict(_shipping)

        _metadata = src__get("metadata", UNSET)
        metadata: list[CustomerMetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata___get = _metadata___data.get
                _metadata__key = _metadata___get("key", UNSET)
                _metadata__value = _metadata___get("value", UNSET)
                _metadata___item = _new_instance(CustomerMetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                if len(_metadata___data) == 0 + (_metadata__key is not UNSET) + (
                    _metadata__value is not UNSET
                ):
                    _metadata___item.additional_properties = {}
                else:
                    _metadata___item.additional_properties = {
                        key: value
                        for key, value in _metadata___data.items()
                        if key not in _KNOWN_KEYS_CUSTOMER_METADATA_DTO
                    }

                metadata.append(_metadata___item)

        _notes = src__get("notes", UNSET)
        notes: list[NoteDto] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for _notes___data in _notes:
                _notes___get = _notes___data.get
                _notes__created_at = _notes___get("createdAt", UNSET)
                _notes__message = _notes___get("message", UNSET)
                _notes___item = _new_instance(NoteDto)
                _notes___item.created_at = _notes__created_at
                _notes___item.message = _notes__message
                if len(_notes___data) == 0 + (_notes__created_at is not UNSET) + (
                    _notes__message is not UNSET
                ):
                    _notes___item.additional_properties = {}
                else:
                    _notes___item.additional_properties = {
                        key: value
                        for key, value in _notes___data.items()
                        if key not in _KNOWN_KEYS_NOTE_DTO
                    }

                notes.append(_notes___item)

        instance__ = _new_instance(cls)
        instance__.email = email
        instance__.first_name = first_name
        instance__.last_name = last_name
        instance__.outlet_id = outlet_id
        instance__.external_id = external_id
        instance__.phone = phone
        instance__.total_spent = total_spent
        instance__.last_action = last_action
        instance__.tags = tags
        instance__.billing = billing
        instance__.shipping = shipping
        instance__.metadata = metadata
        instance__.notes = notes

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
        email = _wire.email
        if email.__class__ is not str:
            raise TypeError(f"{cls.__name__}.email must be str, got {type(email).__name__}")
        first_name = _wire.first_name
        if first_name.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.first_name must be str, got {type(first_name).__name__}"
            )
        last_name = _wire.last_name
        if last_name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.last_name must be str, got {type(last_name).__name__}")
        outlet_id = _wire.outlet_id
        external_id = _wire.external_id
        phone = _wire.phone
        total_spent = _wire.total_spent
        last_action = _wire.last_action
        tags: list[str] | Unset = _wire.tags

        _billing = _wire.billing
        billing: AddressDto | Unset
        if _billing is UNSET:
            billing = UNSET
        else:
            billing = AddressDto.from_dict(_billing)

        _shipping = _wire.shipping
        shipping: AddressDto | Unset
        if _shipping is UNSET:
            shipping = UNSET
        else:
            shipping = AddressDto.from_dict(_shipping)

        _metadata = _wire.metadata
        metadata: list[CustomerMetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata__key = _metadata___data.key
                _metadata__value = _metadata___data.value
                _metadata___item = _new_instance(CustomerMetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                _metadata___item.additional_properties = {}

                metadata.append(_metadata___item)

        _notes = _wire.notes
        notes: list[NoteDto] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for _notes___data in _notes:
                _notes__created_at = _notes___data.created_at
                _notes__message = _notes___data.message
                _notes___item = _new_instance(NoteDto)
                _notes___item.created_at = _notes__created_at
                _notes___item.message = _notes__message
                _notes___item.additional_properties = {}

                notes.append(_notes___item)

        instance__ = _new_instance(cls)
        instance__.email = email
        instance__.first_name = first_name
        instance__.last_name = last_name
        instance__.outlet_id = outlet_id
        instance__.external_id = external_id
        instance__.phone = phone
        instance__.total_spent = total_spent
        instance__.last_action = last_action
        instance__.tags = tags
        instance__.billing = billing
        instance__.shipping = shipping
        instance__.metadata = metadata
        instance__.notes = notes
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
from ..models.address_dto import AddressDto  # noqa: E402
from ..models.customer_metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_CUSTOMER_METADATA_DTO  # noqa: E402
from ..models.customer_metadata_dto import CustomerMetadataDto  # noqa: E402
from ..models.note_dto import _KNOWN_KEYS as _KNOWN_KEYS_NOTE_DTO  # noqa: E402
from ..models.note_dto import NoteDto  # noqa: E402
