# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="RefundTaxDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "amount",
        "percentage",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", True, None),
    ("amount", "amount", True, None),
    ("percentage", "percentage", True, None),
)


@_attrs_define(kw_only=True, repr=False)
class RefundTaxDto(ModelBase):
    """Tax applied to a refunded line.

    Attributes:
        name (str): Tax label. Example: Sales Tax.
        amount (str): Tax amount. Example: 10.00.
        percentage (float): Tax rate (10 means 10%). Example: 10.
    """

    name: str
    amount: str
    percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        amount = self.amount

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
                "percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        amount = src_dict["amount"]
        if amount.__class__ is not str:
            raise TypeError(f"{cls.__name__}.amount must be str, got {type(amount).__name__}")
        percentage = src_dict["percentage"]
        if percentage.__class__ is not float and percentage.__class__ is not int:
            raise TypeError(
                f"{cls.__name__}.percentage must be float, got {type(percentage).__name__}"
            )

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.amount = amount
        instance__.percentage = percentage

        if len(src_dict) == 3:
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
        if name.__class__ is not str:
            raise TypeError(f"{cls.__name__}.name must be str, got {type(name).__name__}")
        amount = _wire.amount
        if amount.__class__ is not str:
            raise TypeError(f"{cls.__name__}.amount must be str, got {type(amount).__name__}")
        percentage = _wire.percentage
        if percentage.__class__ is not float and percentage.__class__ is not int:
            raise TypeError(
                f"{cls.__name__}.percentage must be float, got {type(percentage).__name__}"
            )

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.amount = amount
        instance__.percentage = percentage
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
