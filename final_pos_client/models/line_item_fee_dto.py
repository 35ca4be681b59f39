# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="LineItemFeeDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "itemFee",
        "cartFee",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("item_fee", "itemFee", False, None),
    ("cart_fee", "cartFee", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class LineItemFeeDto(ModelBase):
    """Fees on a line item.

    Attributes:
        item_fee (FeeDetailDto | Unset): Fee amount/rate on a line.
        cart_fee (FeeDetailDto | Unset): Fee amount/rate on a line.
    """

    item_fee: FeeDetailDto | Unset = UNSET
    cart_fee: FeeDetailDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        item_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_fee, Unset):
            item_fee = self.item_fee.to_dict()

        cart_fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_fee, Unset):
            cart_fee = self.cart_fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_fee is not UNSET:
            field_dict["itemFee"] = item_fee
        if cart_fee is not UNSET:
            field_dict["cartFee"] = cart_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        _item_fee = src__get("itemFee", UNSET)
        item_fee: FeeDetailDto | Unset
        if _item_fee is UNSET:
            item_fee = UNSET
        else:
            item_fee = FeeDetailDto.from_dict(_item_fee)

        _cart_fee = src__get("cartFee", UNSET)
        cart_fee: FeeDetailDto | Unset
        if _cart_fee is UNSET:
            cart_fee = UNSET
        else:
            cart_fee = FeeDetailDto.from_dict(_cart_fee)

        instance__ = _new_instance(cls)
        instance__.item_fee = item_fee
        instance__.cart_fee = cart_fee

        if len(src_dict) == 0 + (item_fee is not UNSET) + (cart_fee is not UNSET):
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
        _item_fee = _wire.item_fee
        item_fee: FeeDetailDto | Unset
        if _item_fee is UNSET:
            item_fee = UNSET
        else:
            item_fee = FeeDetailDto.from_dict(_item_fee)

        _cart_fee = _wire.cart_fee
        cart_fee: FeeDetailDto | Unset
        if _cart_fee is UNSET:
            cart_fee = UNSET
        else:
            cart_fee = FeeDetailDto.from_dict(_cart_fee)

        instance__ = _new_instance(cls)
        instance__.item_fee = item_fee
        instance__.cart_fee = cart_fee
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
from ..models.fee_detail_dto import FeeDetailDto  # noqa: E402
