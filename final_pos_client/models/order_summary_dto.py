# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderSummaryDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "discountTotal",
        "total",
        "totalTaxes",
        "shippingTotal",
        "isTaxInclusive",
        "subTotal",
        "taxes",
        "tip",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("discount_total", "discountTotal", True, None),
    ("total", "total", True, None),
    ("total_taxes", "totalTaxes", True, None),
    ("shipping_total", "shippingTotal", False, None),
    ("is_tax_inclusive", "isTaxInclusive", False, None),
    ("sub_total", "subTotal", False, None),
    ("taxes", "taxes", False, "OrderTaxDto"),
    ("tip", "tip", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderSummaryDto(ModelBase):
    """Monetary totals of the order.

    Example:
        {'discountTotal': '1000.50', 'shippingTotal': '1000.50', 'total': '1000.50', 'totalTaxes': '1000.50',
            'isTaxInclusive': False, 'subTotal': '1000.50', 'taxes': [{'name': 'Tax 1', 'percentage': 10, 'amount':
            '1000.50', 'taxTableName': 'Tax Table 1', 'compounding': True, 'priority': 1, 'taxTableId': '1234567890', 'id':
            '1234567890'}], 'tip': {'percentage': 0.15, 'amount': '1000.50'}}

    Attributes:
        discount_total (str): Sum of all discounts. Example: 1000.50.
        total (str): Grand total of the order. Example: 1000.50.
        total_taxes (str): Sum of all taxes. Example: 1000.50.
        shipping_total (str | Unset): Sum of shipping charges. Example: 1000.50.
        is_tax_inclusive (bool | Unset): True when prices already include tax. Example: False.
        sub_total (str | Unset): Total before taxes/discounts. Example: 1000.50.
        taxes (list[OrderTaxDto] | Unset): Tax lines of the order.
        tip (OrderTipDto | Unset): Tip added to the order.
    """

    discount_total: str
    total: str
    total_taxes: str
    shipping_total: str | Unset = UNSET
    is_tax_inclusive: bool | Unset = UNSET
    sub_total: str | Unset = UNSET
    taxes: list[OrderTaxDto] | Unset = UNSET
    tip: OrderTipDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        discount_total = self.discount_total

        total = self.total

        total_taxes = self.total_taxes

        shipping_total = self.shipping_total

        is_tax_inclusive = self.is_tax_inclusive

        sub_total = self.sub_total

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip, Unset):
            tip = self.tip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discountTotal": discount_total,
                "total": total,
                "totalTaxes": total_taxes,
            }
        )
        if shipping_total is not UNSET:
            field_dict["shippingTotal"] = shipping_total
        if is_tax_inclusive is not UNSET:
            field_dict["isTaxInclusive"] = is_tax_inclusive
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if tip is not UNSET:
            field_dict["tip"] = tip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        discount_total = src_dict["discountTotal"]
        if discount_total.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.discount_total must be str, got {type(discount_total).__name__}"
            )
        total = src_dict["total"]
        if total.__class__ is not str:
            raise TypeError(f"{cls.__name__}.total must be str, got {type(total).__name__}")
        total_taxes = src_dict["totalTaxes"]
        if total_taxes.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.total_taxes must be str, got {type(total_taxes).__name__}"
            )
        shipping_total = src__get("shippingTotal", UNSET)
        is_tax_inclusive = src__get("isTaxInclusive", UNSET)
        sub_total = src__get("subTotal", UNSET)
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

        _tip = src__get("tip", UNSET)
        tip: OrderTipDto | Unset
        if _tip is UNSET:
            tip = UNSET
        else:
            tip = OrderTipDto.from_dict(_tip)

        instance__ = _new_instance(cls)
        instance__.discount_total = discount_total
        instance__.total = total
        instance__.total_taxes = total_taxes
        instance__.shipping_total = shipping_total
        instance__.is_tax_inclusive = is_tax_inclusive
        instance__.sub_total = sub_total
        instance__.taxes = taxes
        instance__.tip = tip

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
        discount_total = _wire.discount_total
        if discount_total.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.discount_total must be str, got {type(discount_total).__name__}"
            )
        total = _wire.total
        if total.__class__ is not str:
            raise TypeError(f"{cls.__name__}.total must be str, got {type(total).__name__}")
        total_taxes = _wire.total_taxes
        if total_taxes.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.total_taxes must be str, got {type(total_taxes).__name__}"
            )
        shipping_total = _wire.shipping_total
        is_tax_inclusive = _wire.is_tax_inclusive
        sub_total = _wire.sub_total
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

        _tip = _wire.tip
        tip: OrderTipDto | Unset
        if _tip is UNSET:
            tip = UNSET
        else:
            tip = OrderTipDto.from_dict(_tip)

        instance__ = _new_instance(cls)
        instance__.discount_total = discount_total
        instance__.total = total
        instance__.total_taxes = total_taxes
        instance__.shipping_total = shipping_total
        instance__.is_tax_inclusive = is_tax_inclusive
        instance__.sub_total = sub_total
        instance__.taxes = taxes
        instance__.tip = tip
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
from ..models.order_tip_dto import OrderTipDto  # noqa: E402
