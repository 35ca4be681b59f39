# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderCustomSaleDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "customSaleId",
        "name",
        "price",
        "quantity",
        "applyTaxes",
        "total",
        "totalTax",
        "taxes",
        "discount",
        "fee",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("custom_sale_id", "customSaleId", False, None),
    ("name", "name", False, None),
    ("price", "price", False, None),
    ("quantity", "quantity", False, None),
    ("apply_taxes", "applyTaxes", False, None),
    ("total", "total", False, None),
    ("total_tax", "totalTax", False, None),
    ("taxes", "taxes", False, "OrderTaxDto"),
    ("discount", "discount", False, None),
    ("fee", "fee", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderCustomSaleDto(ModelBase):
    """Ad-hoc (non-catalog) sale line.

    Attributes:
        custom_sale_id (str | Unset): Custom sale identifier.
        name (str | Unset): Label of the custom sale.
        price (str | Unset): Unit price.
        quantity (float | Unset): Quantity.
        apply_taxes (bool | Unset): Whether taxes apply.
        total (str | Unset): Line total.
        total_tax (str | Unset): Tax total of the line.
        taxes (list[OrderTaxDto] | Unset): Taxes on the line.
        discount (OrderCustomSaleDiscountDto | Unset): Cart discount share of a custom sale line.
        fee (OrderCustomSaleFeeDto | Unset): Cart fee share of a custom sale line.
    """

    custom_sale_id: str | Unset = UNSET
    name: str | Unset = UNSET
    price: str | Unset = UNSET
    quantity: float | Unset = UNSET
    apply_taxes: bool | Unset = UNSET
    total: str | Unset = UNSET
    total_tax: str | Unset = UNSET
    taxes: list[OrderTaxDto] | Unset = UNSET
    discount: OrderCustomSaleDiscountDto | Unset = UNSET
    fee: OrderCustomSaleFeeDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        custom_sale_id = self.custom_sale_id

        name = self.name

        price = self.price

        quantity = self.quantity

        apply_taxes = self.apply_taxes

        total = self.total

        total_tax = self.total_tax

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_sale_id is not UNSET:
            field_dict["customSaleId"] = custom_sale_id
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if apply_taxes is not UNSET:
            field_dict["applyTaxes"] = apply_taxes
        if total is not UNSET:
            field_dict["total"] = total
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if discount is not UNSET:
            field_dict["discount"] = discount
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        custom_sale_id = src__get("customSaleId", UNSET)
        name = src__get("name", UNSET)
        price = src__get("price", UNSET)
        quantity = src__get("quantity", UNSET)
        apply_taxes = src__get("applyTaxes", UNSET)
        total = src__get("total", UNSET)
        total_tax = src__get("totalTax", UNSET)
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

        _discount = src__get("discount", UNSET)
        discount: OrderCustomSaleDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = OrderCustomSaleDiscountDto.from_dict(_discount)

        _fee = src__get("fee", UNSET)
        fee: OrderCustomSaleFeeDto | Unset
        if _fee is UNSET:
            fee = UNSET
        else:
            fee = OrderCustomSaleFeeDto.from_dict(_fee)

        instance__ = _new_instance(cls)
        instance__.custom_sale_id = custom_sale_id
        instance__.name = name
        instance__.price = price
        instance__.quantity = quantity
        instance__.apply_taxes = apply_taxes
        instance__.total = total
        instance__.total_tax = total_tax
        instance__.taxes = taxes
        instance__.discount = discount
        instance__.fee = fee

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
        custom_sale_id = _wire.custom_sale_id
        name = _wire.name
        price = _wire.price
        quantity = _wire.quantity
        apply_taxes = _wire.apply_taxes
        total = _wire.total
        total_tax = _wire.total_tax
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

        _discount = _wire.discount
        discount: OrderCustomSaleDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = OrderCustomSaleDiscountDto.from_dict(_discount)

        _fee = _wire.fee
        fee: OrderCustomSaleFeeDto | Unset
        if _fee is UNSET:
            fee = UNSET
        else:
            fee = OrderCustomSaleFeeDto.from_dict(_fee)

        instance__ = _new_instance(cls)
        instance__.custom_sale_id = custom_sale_id
        instance__.name = name
        instance__.price = price
        instance__.quantity = quantity
        instance__.apply_taxes = apply_taxes
        instance__.total = total
        instance__.total_tax = total_tax
        instance__.taxes = taxes
        instance__.discount = discount
        instance__.fee = fee
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
from ..models.order_custom_sale_discount_dto import OrderCustomSaleDiscountDto  # noqa: E402
from ..models.order_custom_sale_fee_dto import OrderCustomSaleFeeDto  # noqa: E402
from ..models.order_tax_dto import _KNOWN_KEYS as _KNOWN_KEYS_ORDER_TAX_DTO  # noqa: E402
from ..models.order_tax_dto import OrderTaxDto  # noqa: E402
