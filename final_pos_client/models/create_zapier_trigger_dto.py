# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateZapierTriggerDto")
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
    ("trigger_type", "triggerType", True, None),
    ("trigger_id", "triggerId", True, None),
    ("api_key", "apiKey", True, None),
    ("trigger_url", "triggerUrl", True, None),
    ("custom_trigger_name", "customTriggerName", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class CreateZapierTriggerDto(ModelBase):
    """Body for registering a Zapier trigger subscription.

    Attributes:
        trigger_type (str): Kind of event the Zap listens to; no enum is documented. Example: new_order.
        trigger_id (str): Trigger ID assigned by Zapier. Example: trigger_123456.
        api_key (str): API key used by the Zapier integration. Example: zap_api_key_123.
        trigger_url (str): Zapier webhook URL events are posted to. Example:
            https://hooks.zapier.com/hooks/catch/123456/abcdef.
        custom_trigger_name (str | Unset): Optional display name of the trigger. Example: My Order Trigger.
    """

    trigger_type: str
    trigger_id: str
    api_key: str
    trigger_url: str
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
        field_dict.update(
            {
                "triggerType": trigger_type,
                "triggerId": trigger_id,
                "apiKey": api_key,
                "triggerUrl": trigger_url,
            }
        )
        if custom_trigger_name is not UNSET:
            field_dict["customTriggerName"] = custom_trigger_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        trigger_type = src_dict["triggerType"]
        if trigger_type.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_type must be str, got {type(trigger_type).__name__}"
            )
        trigger_id = src_dict["triggerId"]
        if trigger_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_id must be str, got {type(trigger_id).__name__}"
            )
        api_key = src_dict["apiKey"]
        if api_key.__class__ is not str:
            raise TypeError(f"{cls.__name__}.api_key must be str, got {type(api_key).__name__}")
        trigger_url = src_dict["triggerUrl"]
        if trigger_url.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_url must be str, got {type(trigger_url).__name__}"
            )
        custom_trigger_name = src_dict.get("customTriggerName", UNSET)

        instance__ = _new_instance(cls)
        instance__.trigger_type = trigger_type
        instance__.trigger_id = trigger_id
        instance__.api_key = api_key
        instance__.trigger_url = trigger_url
        instance__.custom_trigger_name = custom_trigger_name

        if len(src_dict) == 4 + (custom_trigger_name is not UNSET):
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
        if trigger_type.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_type must be str, got {type(trigger_type).__name__}"
            )
        trigger_id = _wire.trigger_id
        if trigger_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_id must be str, got {type(trigger_id).__name__}"
            )
        api_key = _wire.api_key
        if api_key.__class__ is not str:
            raise TypeError(f"{cls.__name__}.api_key must be str, got {type(api_key).__name__}")
        trigger_url = _wire.trigger_url
        if trigger_url.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.trigger_url must be str, got {type(trigger_url).__name__}"
            )
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
