# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelBase, gc_paused

T = TypeVar("T", bound="ErrorResponseDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "statusCode",
        "message",
        "error",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("status_code", "statusCode", True, None),
    ("message", "message", True, None),
    ("error", "error", True, None),
)


@_attrs_define(kw_only=True, repr=False)
class ErrorResponseDto(ModelBase):
    """Error body of every 4xx/5xx response (seen for 400 on category create and for 400/404 on Get a account by ID).

    Attributes:
        status_code (int): HTTP status code repeated in the body. Example: 400.
        message (list[str] | str): Human-readable explanation of the failure; a list of messages for validation
            failures. Example: Validation failed: Field `schemaField` is required..
        error (str): Error category name (the reason phrase of the status), e.g. Bad Request, Unauthorized, Forbidden,
            Not Found, Conflict, Unprocessable Entity, Internal Server Error. Example: Bad Request.
    """

    status_code: int
    message: list[str] | str
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        status_code = self.status_code

        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status_code = src_dict["statusCode"]
        if status_code.__class__ is not int:
            raise TypeError(
                f"{cls.__name__}.status_code must be int, got {type(status_code).__name__}"
            )

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1: list[str] = data

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(src_dict["message"])

        error = src_dict["error"]
        if error.__class__ is not str:
            raise TypeError(f"{cls.__name__}.error must be str, got {type(error).__name__}")

        instance__ = _new_instance(cls)
        instance__.status_code = status_code
        instance__.message = message
        instance__.error = error

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
        status_code = _wire.status_code
        if status_code.__class__ is not int:
            raise TypeError(
                f"{cls.__name__}.status_code must be int, got {type(status_code).__name__}"
            )

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1: list[str] = data

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        message = _parse_message(_wire.message)

        error = _wire.error
        if error.__class__ is not str:
            raise TypeError(f"{cls.__name__}.error must be str, got {type(error).__name__}")

        instance__ = _new_instance(cls)
        instance__.status_code = status_code
        instance__.message = message
        instance__.error = error
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
