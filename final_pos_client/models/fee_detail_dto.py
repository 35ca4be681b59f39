# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="FeeDetailDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "amount",
        "percentage",
        "tax",
        "taxTableId",
        "label",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("amount", "amount", False, None),
    ("percentage", "percentage", False, None),
    ("tax", "tax", False, None),
    ("tax_table_id", "taxTableId", False, None),
    ("label", "label", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class FeeDetailDto(ModelBase):
    """Fee amount/rate on a line.

    Attributes:
        amount (str | Unset): Fee amount.
        percentage (float | Unset): Fee rate.
        tax (str | Unset): Tax charged on the fee.
        tax_table_id (str | Unset): Tax table of the fee.
        label (str | Unset): Fee label.
    """

    amount: str | Unset = UNSET
    percentage: float | Unset = UNSET
    tax: str | Unset = UNSET
    tax_table_id: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        amount = self.amount

        percentage = self.percentage

        tax = self.tax

        tax_table_id = self.tax_table_id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_table_id is not UNSET:
            field_dict["taxTableId"] = tax_table_id
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        amount = src__get("amount", UNSET)
        percentage = src__get("percentage", UNSET)
        tax = src__get("tax", UNSET)
        tax_table_id = src__get("taxTableId", UNSET)
        label = src__get("label", UNSET)

        instance__ = _new_instance(cls)
        instance__.amount = amount
        instance__.percentage = percentage
        instance__.tax = tax
        instance__.tax_table_id = tax_table_id
        instance__.label = label

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
        amount = _wire.amount
        percentage = _wire.percentage
        tax = _wire.tax
        tax_table_id = _wire.tax_table_id
        label = _wire.label

        instance__ = _new_instance(cls)
        instance__.amount = amount
        instance__.percentage = percentage
        instance__.tax = tax
        instance__.tax_table_id = tax_table_id
        instance__.label = label
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
