# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="CreateCustomTableValueDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "tableId",
        "rowId",
        "fieldId",
        "value",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("table_id", "tableId", True, None),
    ("row_id", "rowId", True, None),
    ("field_id", "fieldId", True, None),
    ("value", "value", True, None),
)


@_attrs_define(kw_only=True, repr=False)
class CreateCustomTableValueDto(ModelBase):
    """Body for storing one cell value (inferred).

    Attributes:
        table_id (ObjectId): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}.
            Example: {'$oid': '507f1f77bcf86cd799439011'}.
        row_id (ObjectId): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}. Example:
            {'$oid': '507f1f77bcf86cd799439011'}.
        field_id (ObjectId): A MongoDB ObjectId in extended-JSON form, e.g. {"$oid": "507f1f77bcf86cd799439011"}.
            Example: {'$oid': '507f1f77bcf86cd799439011'}.
        value (Any): The cell content; its JSON type presumably follows the field's type (guess).
    """

    table_id: ObjectId
    row_id: ObjectId
    field_id: ObjectId
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        table_id = self.table_id.to_dict()

        row_id = self.row_id.to_dict()

        field_id = self.field_id.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tableId": table_id,
                "rowId": row_id,
                "fieldId": field_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        table_id = ObjectId.from_dict(src_dict["tableId"])

        row_id = ObjectId.from_dict(src_dict["rowId"])

        field_id = ObjectId.from_dict(src_dict["fieldId"])

        value = src_dict["value"]

        instance__ = _new_instance(cls)
        instance__.table_id = table_id
        instance__.row_id = row_id
        instance__.field_id = field_id
        instance__.value = value

        if len(src_dict) == 4:
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
        table_id = ObjectId.from_dict(_wire.table_id)

        row_id = ObjectId.from_dict(_wire.row_id)

        field_id = ObjectId.from_dict(_wire.field_id)

        value = _wire.value

        instance__ = _new_instance(cls)
        instance__.table_id = table_id
        instance__.row_id = row_id
        instance__.field_id = field_id
        instance__.value = value
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
from ..models.object_id import ObjectId  # noqa: E402
