# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="RefundLineItemDiscountDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "cartDiscount",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("cart_discount", "cartDiscount", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class RefundLineItemDiscountDto(ModelBase):
    """Discounts on a refunded line.

    Example:
        {'cartDiscount': {'amount': '5.00', 'percentage': 5}}

    Attributes:
        cart_discount (RefundCartDiscountDto | Unset): Cart discount share on a refunded line. Example: {'amount':
            '5.00', 'percentage': 5}.
    """

    cart_discount: RefundCartDiscountDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        cart_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_discount, Unset):
            cart_discount = self.cart_discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cart_discount is not UNSET:
            field_dict["cartDiscount"] = cart_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _cart_discount = src_dict.get("cartDiscount", UNSET)
        cart_discount: RefundCartDiscountDto | Unset
        if _cart_discount is UNSET:
            cart_discount = UNSET
        else:
            cart_discount = RefundCartDiscountDto.from_dict(_cart_discount)

        instance__ = _new_instance(cls)
        instance__.cart_discount = cart_discount

        if len(src_dict) == 0 + (cart_discount is not UNSET):
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
        _cart_discount = _wire.cart_discount
        cart_discount: RefundCartDiscountDto | Unset
        if _cart_discount is UNSET:
            cart_discount = UNSET
        else:
            cart_discount = RefundCartDiscountDto.from_dict(_cart_discount)

        instance__ = _new_instance(cls)
        instance__.cart_discount = cart_discount
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
from ..models.refund_cart_discount_dto import RefundCartDiscountDto  # noqa: E402
