# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_custom_sale_dto_discount import OrderCustomSaleDtoDiscount
    from ..models.order_custom_sale_dto_fee import OrderCustomSaleDtoFee
    from ..models.order_tax_dto import OrderTaxDto


T = TypeVar("T", bound="OrderCustomSaleDto")


@_attrs_define
class OrderCustomSaleDto:
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
        discount (OrderCustomSaleDtoDiscount | Unset): Cart discount share.
        fee (OrderCustomSaleDtoFee | Unset): Cart fee share.
    """

    custom_sale_id: str | Unset = UNSET
    name: str | Unset = UNSET
    price: str | Unset = UNSET
    quantity: float | Unset = UNSET
    apply_taxes: bool | Unset = UNSET
    total: str | Unset = UNSET
    total_tax: str | Unset = UNSET
    taxes: list[OrderTaxDto] | Unset = UNSET
    discount: OrderCustomSaleDtoDiscount | Unset = UNSET
    fee: OrderCustomSaleDtoFee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.order_custom_sale_dto_discount import OrderCustomSaleDtoDiscount  # noqa: PLC0415
        from ..models.order_custom_sale_dto_fee import OrderCustomSaleDtoFee  # noqa: PLC0415
        from ..models.order_tax_dto import OrderTaxDto  # noqa: PLC0415

        d = dict(src_dict)
        custom_sale_id = d.pop("customSaleId", UNSET)

        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        apply_taxes = d.pop("applyTaxes", UNSET)

        total = d.pop("total", UNSET)

        total_tax = d.pop("totalTax", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[OrderTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = OrderTaxDto.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _discount = d.pop("discount", UNSET)
        discount: OrderCustomSaleDtoDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = OrderCustomSaleDtoDiscount.from_dict(_discount)

        _fee = d.pop("fee", UNSET)
        fee: OrderCustomSaleDtoFee | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = OrderCustomSaleDtoFee.from_dict(_fee)

        order_custom_sale_dto = cls(
            custom_sale_id=custom_sale_id,
            name=name,
            price=price,
            quantity=quantity,
            apply_taxes=apply_taxes,
            total=total,
            total_tax=total_tax,
            taxes=taxes,
            discount=discount,
            fee=fee,
        )

        order_custom_sale_dto.additional_properties = d
        return order_custom_sale_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
