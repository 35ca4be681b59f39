# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="RefundSummaryDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "total",
        "subTotal",
        "totalTaxes",
        "taxes",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("total", "total", False, None),
    ("sub_total", "subTotal", False, None),
    ("total_taxes", "totalTaxes", False, None),
    ("taxes", "taxes", False, "RefundTaxDto"),
)


@_attrs_define(kw_only=True, repr=False)
class RefundSummaryDto(ModelBase):
    """Refund totals.

    Example:
        {'total': '100.00', 'subTotal': '90.00', 'totalTaxes': '10.00'}

    Attributes:
        total (str | Unset): Total refunded. Example: 100.00.
        sub_total (str | Unset): Refund before taxes. Example: 90.00.
        total_taxes (str | Unset): Taxes refunded. Example: 10.00.
        taxes (list[RefundTaxDto] | Unset): Tax breakdown of the refund.
    """

    total: str | Unset = UNSET
    sub_total: str | Unset = UNSET
    total_taxes: str | Unset = UNSET
    taxes: list[RefundTaxDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        total = self.total

        sub_total = self.sub_total

        total_taxes = self.total_taxes

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if total_taxes is not UNSET:
            field_dict["totalTaxes"] = total_taxes
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        total = src__get("total", UNSET)
        sub_total = src__get("subTotal", UNSET)
        total_taxes = src__get("totalTaxes", UNSET)
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

        instance__ = _new_instance(cls)
        instance__.total = total
        instance__.sub_total = sub_total
        instance__.total_taxes = total_taxes
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
        total = _wire.total
        sub_total = _wire.sub_total
        total_taxes = _wire.total_taxes
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

        instance__ = _new_instance(cls)
        instance__.total = total
        instance__.sub_total = sub_total
        instance__.total_taxes = total_taxes
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
from ..models.refund_tax_dto import _KNOWN_KEYS as _KNOWN_KEYS_REFUND_TAX_DTO  # noqa: E402
from ..models.refund_tax_dto import RefundTaxDto  # noqa: E402
