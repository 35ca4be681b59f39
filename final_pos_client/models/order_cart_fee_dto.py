# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderCartFeeDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "id",
        "label",
        "amount",
        "percentage",
        "taxTableId",
        "tax",
        "taxName",
        "taxes",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("id", "id", False, None),
    ("label", "label", False, None),
    ("amount", "amount", False, None),
    ("percentage", "percentage", False, None),
    ("tax_table_id", "taxTableId", False, None),
    ("tax", "tax", False, None),
    ("tax_name", "taxName", False, None),
    ("taxes", "taxes", False, "OrderTaxDto"),
)


@_attrs_define(kw_only=True, repr=False)
class OrderCartFeeDto(ModelBase):
    """Fee applied at cart level.

    Attributes:
        id (str | Unset): Fee identifier.
        label (str | Unset): Display label of the fee.
        amount (str | Unset): Fee amount.
        percentage (float | Unset): Fee rate.
        tax_table_id (str | Unset): Tax table applied to the fee.
        tax (str | Unset): Tax charged on the fee.
        tax_name (str | Unset): Name of the tax on the fee.
        taxes (list[OrderTaxDto] | Unset): Per-rate tax breakdown of the fee.
    """

    id: str | Unset = UNSET
    label: str | Unset = UNSET
    amount: str | Unset = UNSET
    percentage: float | Unset = UNSET
    tax_table_id: str | Unset = UNSET
    tax: str | Unset = UNSET
    tax_name: str | Unset = UNSET
    taxes: list[OrderTaxDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        id = self.id

        label = self.label

        amount = self.amount

        percentage = self.percentage

        tax_table_id = self.tax_table_id

        tax = self.tax

        tax_name = self.tax_name

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax_table_id is not UNSET:
            field_dict["taxTableId"] = tax_table_id
        if tax is not UNSET:
            field_dict["tax"] = tax
        if tax_name is not UNSET:
            field_dict["taxName"] = tax_name
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        id = src__get("id", UNSET)
        label = src__get("label", UNSET)
        amount = src__get("amount", UNSET)
        percentage = src__get("percentage", UNSET)
        tax_table_id = src__get("taxTableId", UNSET)
        tax = src__get("tax", UNSET)
        tax_name = src__get("taxName", UNSET)
        _taxes = src__get("taxes", UNSET)
        taxes: list[OrderTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes___get = _taxes___data.get
                _taxes__name = _taxes___get("name", UNSET)
                _taxes__percentage = _taxes___get("percentage", UNSET)
                _taxes__amount = _taxes___get("amount", UNSET)
                _taxes__tax_table_name = _taxes___get("taxTableName", UNSET)
                _taxes__compounding = _taxes___get("compounding", UNSET)
                _taxes__priority = _taxes___get("priority", UNSET)
                _taxes__tax_table_id = _taxes___get("taxTableId", UNSET)
                _taxes__id = _taxes___get("id", UNSET)
                _taxes___item = _new_instance(OrderTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.percentage = _taxes__percentage
                _taxes___item.amount = _taxes__amount
                _taxes___item.tax_table_name = _taxes__tax_table_name
                _taxes___item.compounding = _taxes__compounding
                _taxes___item.priority = _taxes__priority
                _taxes___item.tax_table_id = _taxes__tax_table_id
                _taxes___item.id = _taxes__id
                if _KNOWN_KEYS_ORDER_TAX_DTO.issuperset(_taxes___data):
                    _taxes___item.additional_properties = {}
                else:
                    _taxes___item.additional_properties = {
                        key: value
                        for key, value in _taxes___data.items()
                        if key not in _KNOWN_KEYS_ORDER_TAX_DTO
                    }

                taxes.append(_taxes___item)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.label = label
        instance__.amount = amount
        instance__.percentage = percentage
        instance__.tax_table_id = tax_table_id
        instance__.tax = tax
        instance__.tax_name = tax_name
        instance__.taxes = taxes

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
        label = _wire.label
        amount = _wire.amount
        percentage = _wire.percentage
        tax_table_id = _wire.tax_table_id
        tax = _wire.tax
        tax_name = _wire.tax_name
        _taxes = _wire.taxes
        taxes: list[OrderTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes__name = _taxes___data.name
                _taxes__percentage = _taxes___data.percentage
                _taxes__amount = _taxes___data.amount
                _taxes__tax_table_name = _taxes___data.tax_table_name
                _taxes__compounding = _taxes___data.compounding
                _taxes__priority = _taxes___data.priority
                _taxes__tax_table_id = _taxes___data.tax_table_id
                _taxes__id = _taxes___data.id
                _taxes___item = _new_instance(OrderTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.percentage = _taxes__percentage
                _taxes___item.amount = _taxes__amount
                _taxes___item.tax_table_name = _taxes__tax_table_name
                _taxes___item.compounding = _taxes__compounding
                _taxes___item.priority = _taxes__priority
                _taxes___item.tax_table_id = _taxes__tax_table_id
                _taxes___item.id = _taxes__id
                _taxes___item.additional_properties = {}

                taxes.append(_taxes___item)

        instance__ = _new_instance(cls)
        instance__.id = id
        instance__.label = label
        instance__.amount = amount
        instance__.percentage = percentage
        instance__.tax_table_id = tax_table_id
        instance__.tax = tax
        instance__.tax_name = tax_name
        instance__.taxes = taxes
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
from ..models.order_tax_dto import _KNOWN_KEYS as _KNOWN_KEYS_ORDER_TAX_DTO  # noqa: E402
from ..models.order_tax_dto import OrderTaxDto  # noqa: E402
