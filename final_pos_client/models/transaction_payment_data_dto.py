# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="TransactionPaymentDataDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "processor",
        "processorTransactionId",
        "device",
        "processorData",
        "processorFee",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("processor", "processor", False, None),
    ("processor_transaction_id", "processorTransactionId", False, None),
    ("device", "device", False, None),
    ("processor_data", "processorData", False, None),
    ("processor_fee", "processorFee", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class TransactionPaymentDataDto(ModelBase):
    """Payment processor details of a transaction.

    Attributes:
        processor (str | Unset): Processor name. Example: stripe.
        processor_transaction_id (str | Unset): Processor-side transaction ID. Example: pi_123.
        device (str | Unset): Device that took the payment. Example: terminal_001.
        processor_data (str | Unset): Extra processor data (serialized). Example: {}.
        processor_fee (str | Unset): Fee charged by the processor. Example: 0.30.
    """

    processor: str | Unset = UNSET
    processor_transaction_id: str | Unset = UNSET
    device: str | Unset = UNSET
    processor_data: str | Unset = UNSET
    processor_fee: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        processor = self.processor

        processor_transaction_id = self.processor_transaction_id

        device = self.device

        processor_data = self.processor_data

        processor_fee = self.processor_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processor is not UNSET:
            field_dict["processor"] = processor
        if processor_transaction_id is not UNSET:
            field_dict["processorTransactionId"] = processor_transaction_id
        if device is not UNSET:
            field_dict["device"] = device
        if processor_data is not UNSET:
            field_dict["processorData"] = processor_data
        if processor_fee is not UNSET:
            field_dict["processorFee"] = processor_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        processor = src__get("processor", UNSET)
        processor_transaction_id = src__get("processorTransactionId", UNSET)
        device = src__get("device", UNSET)
        processor_data = src__get("processorData", UNSET)
        processor_fee = src__get("processorFee", UNSET)

        instance__ = _new_instance(cls)
        instance__.processor = processor
        instance__.processor_transaction_id = processor_transaction_id
        instance__.device = device
        instance__.processor_data = processor_data
        instance__.processor_fee = processor_fee

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
        processor = _wire.processor
        processor_transaction_id = _wire.processor_transaction_id
        device = _wire.device
        processor_data = _wire.processor_data
        processor_fee = _wire.processor_fee

        instance__ = _new_instance(cls)
        instance__.processor = processor
        instance__.processor_transaction_id = processor_transaction_id
        instance__.device = device
        instance__.processor_data = processor_data
        instance__.processor_fee = processor_fee
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
