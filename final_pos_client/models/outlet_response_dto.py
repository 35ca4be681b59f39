# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OutletResponseDto")
_new_instance = object.__new__
_datetime_fromisoformat = datetime.datetime.fromisoformat


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "companyId",
        "name",
        "address",
        "city",
        "state",
        "country",
        "postCode",
        "phone",
        "address2",
        "alias",
        "sequenceNumber",
        "stations",
        "stripeAccountId",
        "stripe",
        "taxId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", True, None),
    ("created_at", "createdAt", False, None),
    ("updated_at", "updatedAt", False, None),
    ("company_id", "companyId", False, None),
    ("name", "name", False, None),
    ("address", "address", False, None),
    ("city", "city", False, None),
    ("state", "state", False, None),
    ("country", "country", False, None),
    ("post_code", "postCode", False, None),
    ("phone", "phone", False, None),
    ("address2", "address2", False, None),
    ("alias", "alias", False, None),
    ("sequence_number", "sequenceNumber", False, None),
    ("stations", "stations", False, None),
    ("stripe_account_id", "stripeAccountId", False, None),
    ("stripe", "stripe", False, None),
    ("tax_id", "taxId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OutletResponseDto(ModelBase):
    """Outlet as returned by the API.

    Attributes:
        id (str): Unique identifier of the outlet. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        created_at (datetime.datetime | Unset): Creation time. Example: 2025-12-07T19:31:48.436+00:00.
        updated_at (datetime.datetime | Unset): Last update time. Example: 2025-12-07T19:35:48.436+00:00.
        company_id (str | Unset): Owning company ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        name (str | Unset): Outlet name. Example: Main Store.
        address (str | Unset): Main address line. Example: 26 Federal Plaza, New York, NY 10278, USA.
        city (str | Unset): City. Example: New York.
        state (str | Unset): State or province. Example: NY.
        country (str | Unset): Country code. Example: US.
        post_code (str | Unset): Postal / ZIP code. Example: 10278.
        phone (str | Unset): Phone number. Example: +12323232323.
        address2 (str | Unset): Second address line. Example: Suite 100.
        alias (str | Unset): Short alternate name. Example: HQ.
        sequence_number (float | Unset): Sequential number of the outlet. Example: 45.
        stations (list[str] | Unset): IDs of stations in the outlet. Example: ['o1p2q3r4s5t6u7v8w9x0y1z2'].
        stripe_account_id (str | Unset): Stripe Connect account ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        stripe (OutletStripeDto | Unset): Stripe Terminal settings of an outlet.
        tax_id (str | Unset): Tax identifier of the outlet. Example: 23.
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    company_id: str | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    post_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    address2: str | Unset = UNSET
    alias: str | Unset = UNSET
    sequence_number: float | Unset = UNSET
    stations: list[str] | Unset = UNSET
    stripe_account_id: str | Unset = UNSET
    stripe: OutletStripeDto | Unset = UNSET
    tax_id: str | Unset = UNSET
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

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        post_code = self.post_code

        phone = self.phone

        address2 = self.address2

        alias = self.alias

        sequence_number = self.sequence_number

        stations: list[str] | Unset = UNSET
        if not isinstance(self.stations, Unset):
            stations = self.stations

        stripe_account_id = self.stripe_account_id

        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        tax_id = self.tax_id

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
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if alias is not UNSET:
            field_dict["alias"] = alias
        if sequence_number is not UNSET:
            field_dict["sequenceNumber"] = sequence_number
        if stations is not UNSET:
            field_dict["stations"] = stations
        if stripe_account_id is not UNSET:
            field_dict["stripeAccountId"] = stripe_account_id
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

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
        address = src__get("address", UNSET)
        city = src__get("city", UNSET)
        state = src__get("state", UNSET)
        country = src__get("country", UNSET)
        post_code = src__get("postCode", UNSET)
        phone = src__get("phone", UNSET)
        address2 = src__get("address2", UNSET)
        alias = src__get("alias", UNSET)
        sequence_number = src__get("sequenceNumber", UNSET)
        stations: list[str] | Unset = src__get("stations", UNSET)

        stripe_account_id = src__get("stripeAccountId", UNSET)
        _stripe = src__get("stripe", UNSET)
        stripe: OutletStripeDto | Unset
        if _stripe is UNSET:
            stripe = UNSET
        else:
            stripe = OutletStripeDto.from_dict(_stripe)

        tax_id = src__get("taxId", UNSET)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.address = address
        instance__.city = city
        instance__.state = state
        instance__.country = country
        instance__.post_code = post_code
        instance__.phone = phone
        instance__.address2 = address2
        instance__.alias = alias
        instance__.sequence_number = sequence_number
        instance__.stations = stations
        instance__.stripe_account_id = stripe_account_id
        instance__.stripe = stripe
        instance__.tax_id = tax_id

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
        address = _wire.address
        city = _wire.city
        state = _wire.state
        country = _wire.country
        post_code = _wire.post_code
        phone = _wire.phone
        address2 = _wire.address2
        alias = _wire.alias
        sequence_number = _wire.sequence_number
        stations: list[str] | Unset = _wire.stations

        stripe_account_id = _wire.stripe_account_id
        _stripe = _wire.stripe
        stripe: OutletStripeDto | Unset
        if _stripe is UNSET:
            stripe = UNSET
        else:
            stripe = OutletStripeDto.from_dict(_stripe)

        tax_id = _wire.tax_id

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.created_at = created_at
        instance__.updated_at = updated_at
        instance__.company_id = company_id
        instance__.name = name
        instance__.address = address
        instance__.city = city
        instance__.state = state
        instance__.country = country
        instance__.post_code = post_code
        instance__.phone = phone
        instance__.address2 = address2
        instance__.alias = alias
        instance__.sequence_number = sequence_number
        instance__.stations = stations
        instance__.stripe_account_id = stripe_account_id
        instance__.stripe = stripe
        instance__.tax_id = tax_id
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
from ..models.outlet_stripe_dto import OutletStripeDto  # noqa: E402
