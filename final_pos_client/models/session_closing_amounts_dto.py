# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="SessionClosingAmountsDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "cash",
        "card",
        "oliverPay",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("cash", "cash", False, None),
    ("card", "card", False, None),
    ("oliver_pay", "oliverPay", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class SessionClosingAmountsDto(ModelBase):
    """Closing totals broken down by payment method (decimal strings).

    Attributes:
        cash (str | Unset): Cash total at close. Example: 500.00.
        card (str | Unset): Card total at close. Example: 1500.00.
        oliver_pay (str | Unset): Oliver Pay total at close. Example: 200.00.
    """

    cash: str | Unset = UNSET
    card: str | Unset = UNSET
    oliver_pay: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        cash = self.cash

        card = self.card

        oliver_pay = self.oliver_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash is not UNSET:
            field_dict["cash"] = cash
        if card is not UNSET:
            field_dict["card"] = card
        if oliver_pay is not UNSET:
            field_dict["oliverPay"] = oliver_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        cash = src__get("cash", UNSET)
        card = src__get("card", UNSET)
        oliver_pay = src__get("oliverPay", UNSET)

        instance__ = _new_instance(cls)
        instance__.cash = cash
        instance__.card = card
        instance__.oliver_pay = oliver_pay

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
        cash = _wire.cash
        card = _wire.card
        oliver_pay = _wire.oliver_pay

        instance__ = _new_instance(cls)
        instance__.cash = cash
        instance__.card = card
        instance__.oliver_pay = oliver_pay
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
