# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="RefundLineItemDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "quantity",
        "price",
        "total",
        "productId",
        "variantId",
        "taxes",
        "discount",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", False, None),
    ("quantity", "quantity", False, None),
    ("price", "price", False, None),
    ("total", "total", False, None),
    ("product_id", "productId", False, None),
    ("variant_id", "variantId", False, None),
    ("taxes", "taxes", False, "RefundTaxDto"),
    ("discount", "discount", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class RefundLineItemDto(ModelBase):
    """Line being refunded.

    Attributes:
        name (str | Unset): Item name. Example: Sweet Tea.
        quantity (float | Unset): Quantity refunded. Example: 1.
        price (str | Unset): Unit price. Example: 5.00.
        total (str | Unset): Line total. Example: 5.00.
        product_id (str | Unset): Product ID of the line. Example: 507f1f77bcf86cd799439011.
        variant_id (str | Unset): Variant ID of the line. Example: 507f1f77bcf86cd799439012.
        taxes (list[RefundTaxDto] | Unset): Taxes on the line. Example: [{'name': 'Sales Tax', 'amount': '10.00',
            'percentage': 10}].
        discount (RefundLineItemDiscountDto | Unset): Discounts on a refunded line. Example: {'cartDiscount': {'amount':
            '5.00', 'percentage': 5}}.
    """

    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: str | Unset = UNSET
    total: str | Unset = UNSET
    product_id: str | Unset = UNSET
    variant_id: str | Unset = UNSET
    taxes: list[RefundTaxDto] | Unset = UNSET
    discount: RefundLineItemDiscountDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        quantity = self.quantity

        price = self.price

        total = self.total

        product_id = self.product_id

        variant_id = self.variant_id

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if total is not UNSET:
            field_dict["total"] = total
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        name = src__get("name", UNSET)
        quantity = src__get("quantity", UNSET)
        price = src__get("price", UNSET)
        total = src__get("total", UNSET)
        product_id = src__get("productId", UNSET)
        variant_id = src__get("variantId", UNSET)
        _taxes = src__get("taxes", UNSET)
        taxes: list[RefundTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes__name = _taxes___data["name"]
                if _taxes__name.__class__ is not str:
                    raise TypeError(
                        f"RefundTaxDto.name must be str, got {type(_taxes__name).__name__}"
                    )
                _taxes__amount = _taxes___data["amount"]
                if _taxes__amount.__class__ is not str:
                    raise TypeError(
                        f"RefundTaxDto.amount must be str, got {type(_taxes__amount).__name__}"
                    )
                _taxes__percentage = _taxes___data["percentage"]
                if (
                    _taxes__percentage.__class__ is not float
                    and _taxes__percentage.__class__ is not int
                ):
                    raise TypeError(
                        f"RefundTaxDto.percentage must be float, got {type(_taxes__percentage).__name__}"
                    )
                _taxes___item = _new_instance(RefundTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.amount = _taxes__amount
                _taxes___item.percentage = _taxes__percentage
                if len(_taxes___data) == 3:
                    _taxes___item.additional_properties = {}
                else:
                    _taxes___item.additional_properties = {
                        key: value
                        for key, value in _taxes___data.items()
                        if key not in _KNOWN_KEYS_REFUND_TAX_DTO
                    }

                taxes.append(_taxes___item)

        _discount = src__get("discount", UNSET)
        discount: RefundLineItemDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = RefundLineItemDiscountDto.from_dict(_discount)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.quantity = quantity
        instance__.price = price
        instance__.total = total
        instance__.product_id = product_id
        instance__.variant_id = variant_id
        instance__.taxes = taxes
        instance__.discount = discount

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
        name = _wire.name
        quantity = _wire.quantity
        price = _wire.price
        total = _wire.total
        product_id = _wire.product_id
        variant_id = _wire.variant_id
        _taxes = _wire.taxes
        taxes: list[RefundTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes__name = _taxes___data.name
                if _taxes__name.__class__ is not str:
                    raise TypeError(
                        f"RefundTaxDto.name must be str, got {type(_taxes__name).__name__}"
                    )
                _taxes__amount = _taxes___data.amount
                if _taxes__amount.__class__ is not str:
                    raise TypeError(
                        f"RefundTaxDto.amount must be str, got {type(_taxes__amount).__name__}"
                    )
                _taxes__percentage = _taxes___data.percentage
                if (
                    _taxes__percentage.__class__ is not float
                    and _taxes__percentage.__class__ is not int
                ):
                    raise TypeError(
                        f"RefundTaxDto.percentage must be float, got {type(_taxes__percentage).__name__}"
                    )
                _taxes___item = _new_instance(RefundTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.amount = _taxes__amount
                _taxes___item.percentage = _taxes__percentage
                _taxes___item.additional_properties = {}

                taxes.append(_taxes___item)

        _discount = _wire.discount
        discount: RefundLineItemDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = RefundLineItemDiscountDto.from_dict(_discount)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.quantity = quantity
        instance__.price = price
        instance__.total = total
        instance__.product_id = product_id
        instance__.variant_id = variant_id
        instance__.taxes = taxes
        instance__.discount = discount
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
from ..models.refund_line_item_discount_dto import RefundLineItemDiscountDto  # noqa: E402
from ..models.refund_tax_dto import _KNOWN_KEYS as _KNOWN_KEYS_REFUND_TAX_DTO  # noqa: E402
from ..models.refund_tax_dto import RefundTaxDto  # noqa: E402
