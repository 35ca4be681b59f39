# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="RefundPaymentDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "paymentType",
        "amount",
        "transactionId",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("payment_type", "paymentType", False, None),
    ("amount", "amount", False, None),
    ("transaction_id", "transactionId", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class RefundPaymentDto(ModelBase):
    """How the refund was paid out.

    Attributes:
        payment_type (str | Unset): Tender used for the refund. Example: credit_card.
        amount (str | Unset): Amount paid back. Example: 100.00.
        transaction_id (str | Unset): Related transaction ID. Example: txn_123.
    """

    payment_type: str | Unset = UNSET
    amount: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        payment_type = self.payment_type

        amount = self.amount

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        payment_type = src__get("paymentType", UNSET)
        amount = src__get("amount", UNSET)
        transaction_id = src__get("transactionId", UNSET)

        instance__ = _new_instance(cls)
        instance__.payment_type = payment_type
        instance__.amount = amount
        instance__.transaction_id = transaction_id

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
        payment_type = _wire.payment_type
        amount = _wire.amount
        transaction_id = _wire.transaction_id

        instance__ = _new_instance(cls)
        instance__.payment_type = payment_type
        instance__.amount = amount
        instance__.transaction_id = transaction_id
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
