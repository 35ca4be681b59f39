# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderTaxDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "percentage",
        "amount",
        "taxTableName",
        "compounding",
        "priority",
        "taxTableId",
        "id",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", False, None),
    ("percentage", "percentage", False, None),
    ("amount", "amount", False, None),
    ("tax_table_name", "taxTableName", False, None),
    ("compounding", "compounding", False, None),
    ("priority", "priority", False, None),
    ("tax_table_id", "taxTableId", False, None),
    ("id", "id", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderTaxDto(ModelBase):
    """One tax line applied to an order.

    Attributes:
        name (str | Unset): Label of the tax. Example: Tax 1.
        percentage (float | Unset): Tax rate (10 means 10%). Example: 10.
        amount (str | Unset): Tax amount as a decimal string. Example: 1000.50.
        tax_table_name (str | Unset): Name of the tax table used. Example: Tax Table 1.
        compounding (bool | Unset): Whether this tax is applied on top of other taxes. Example: True.
        priority (float | Unset): Application order of the tax. Example: 1.
        tax_table_id (str | Unset): Identifier of the tax table. Example: 1234567890.
        id (str | Unset): Identifier of the tax. Example: 1234567890.
    """

    name: str | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: str | Unset = UNSET
    tax_table_name: str | Unset = UNSET
    compounding: bool | Unset = UNSET
    priority: float | Unset = UNSET
    tax_table_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        percentage = self.percentage

        amount = self.amount

        tax_table_name = self.tax_table_name

        compounding = self.compounding

        priority = self.priority

        tax_table_id = self.tax_table_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_table_name is not UNSET:
            field_dict["taxTableName"] = tax_table_name
        if compounding is not UNSET:
            field_dict["compounding"] = compounding
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tax_table_id is not UNSET:
            field_dict["taxTableId"] = tax_table_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        name = src__get("name", UNSET)
        percentage = src__get("percentage", UNSET)
        amount = src__get("amount", UNSET)
        tax_table_name = src__get("taxTableName", UNSET)
        compounding = src__get("compounding", UNSET)
        priority = src__get("priority", UNSET)
        tax_table_id = src__get("taxTableId", UNSET)
        id = src__get("id", UNSET)

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.percentage = percentage
        instance__.amount = amount
        instance__.tax_table_name = tax_table_name
        instance__.compounding = compounding
        instance__.priority = priority
        instance__.tax_table_id = tax_table_id
        instance__.id = id

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
        percentage = _wire.percentage
        amount = _wire.amount
        tax_table_name = _wire.tax_table_name
        compounding = _wire.compounding
        priority = _wire.priority
        tax_table_id = _wire.tax_table_id
        id = _wire.id

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.percentage = percentage
        instance__.amount = amount
        instance__.tax_table_name = tax_table_name
        instance__.compounding = compounding
        instance__.priority = priority
        instance__.tax_table_id = tax_table_id
        instance__.id = id
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
