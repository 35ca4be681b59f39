# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="UpdateZapierTriggerDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "triggerType",
        "triggerId",
        "apiKey",
        "triggerUrl",
        "customTriggerName",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("trigger_type", "triggerType", False, None),
    ("trigger_id", "triggerId", False, None),
    ("api_key", "apiKey", False, None),
    ("trigger_url", "triggerUrl", False, None),
    ("custom_trigger_name", "customTriggerName", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class UpdateZapierTriggerDto(ModelBase):
    """Body for changing a Zapier trigger (inferred).

    Attributes:
        trigger_type (str | Unset):  Example: new_order.
        trigger_id (str | Unset):  Example: trigger_123456.
        api_key (str | Unset):  Example: zap_api_key_123.
        trigger_url (str | Unset):  Example: https://hooks.zapier.com/hooks/catch/123456/abcdef.
        custom_trigger_name (str | Unset):  Example: My Order Trigger.
    """

    trigger_type: str | Unset = UNSET
    trigger_id: str | Unset = UNSET
    api_key: str | Unset = UNSET
    trigger_url: str | Unset = UNSET
    custom_trigger_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        trigger_type = self.trigger_type

        trigger_id = self.trigger_id

        api_key = self.api_key

        trigger_url = self.trigger_url

        custom_trigger_name = self.custom_trigger_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if trigger_id is not UNSET:
            field_dict["triggerId"] = trigger_id
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if trigger_url is not UNSET:
            field_dict["triggerUrl"] = trigger_url
        if custom_trigger_name is not UNSET:
            field_dict["customTriggerName"] = custom_trigger_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        trigger_type = src__get("triggerType", UNSET)
        trigger_id = src__get("triggerId", UNSET)
        api_key = src__get("apiKey", UNSET)
        trigger_url = src__get("triggerUrl", UNSET)
        custom_trigger_name = src__get("customTriggerName", UNSET)

        instance__ = _new_instance(cls)
        instance__.trigger_type = trigger_type
        instance__.trigger_id = trigger_id
        instance__.api_key = api_key
        instance__.trigger_url = trigger_url
        instance__.custom_trigger_name = custom_trigger_name

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
        trigger_type = _wire.trigger_type
        trigger_id = _wire.trigger_id
        api_key = _wire.api_key
        trigger_url = _wire.trigger_url
        custom_trigger_name = _wire.custom_trigger_name

        instance__ = _new_instance(cls)
        instance__.trigger_type = trigger_type
        instance__.trigger_id = trigger_id
        instance__.api_key = api_key
        instance__.trigger_url = trigger_url
        instance__.custom_trigger_name = custom_trigger_name
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
