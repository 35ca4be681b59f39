# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderAddressDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "firstName",
        "lastName",
        "company",
        "address1",
        "address2",
        "city",
        "state",
        "country",
        "postCode",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("first_name", "firstName", False, None),
    ("last_name", "lastName", False, None),
    ("company", "company", False, None),
    ("address1", "address1", False, None),
    ("address2", "address2", False, None),
    ("city", "city", False, None),
    ("state", "state", False, None),
    ("country", "country", False, None),
    ("post_code", "postCode", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderAddressDto(ModelBase):
    """Postal address (billing or shipping).

    Attributes:
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        company (str | Unset): Company name.
        address1 (str | Unset): Street line 1.
        address2 (str | Unset): Street line 2.
        city (str | Unset): City.
        state (str | Unset): State or province.
        country (str | Unset): Country.
        post_code (str | Unset): Postal / ZIP code.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    post_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        country = self.country

        post_code = self.post_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if post_code is not UNSET:
            field_dict["postCode"] = post_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        first_name = src__get("firstName", UNSET)
        last_name = src__get("lastName", UNSET)
        company = src__get("company", UNSET)
        address1 = src__get("address1", UNSET)
        address2 = src__get("address2", UNSET)
        city = src__get("city", UNSET)
        state = src__get("state", UNSET)
        country = src__get("country", UNSET)
        post_code = src__get("postCode", UNSET)

        instance__ = _new_instance(cls)
        instance__.first_name = first_name
        instance__.last_name = last_name
        instance__.company = company
        instance__.address1 = address1
        instance__.address2 = address2
        instance__.city = city
        instance__.state = state
        instance__.country = country
        instance__.post_code = post_code

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
        first_name = _wire.first_name
        last_name = _wire.last_name
        company = _wire.company
        address1 = _wire.address1
        address2 = _wire.address2
        city = _wire.city
        state = _wire.state
        country = _wire.country
        post_code = _wire.post_code

        instance__ = _new_instance(cls)
        instance__.first_name = first_name
        instance__.last_name = last_name
        instance__.company = company
        instance__.address1 = address1
        instance__.address2 = address2
        instance__.city = city
        instance__.state = state
        instance__.country = country
        instance__.post_code = post_code
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
