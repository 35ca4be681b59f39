"""Enum fields that outlive the SDK's release: a value the vendor added later is kept as it came.

``enum_or_raw(StationStatus, "PAUSED")`` is ``"PAUSED"`` (a ``str``, which every string enum
field's type admits) where ``StationStatus("PAUSED")`` would fail the whole response; likewise
an integer enum keeps an ``int`` (its fields are typed ``TheEnum | int``). A value of another
JSON type is no member the vendor added: it fails as before. The shape recorder (``observe=``)
reports such values (``_enum_check``: kind ``unknown_enum_value``). Requests are checked the
other way round, before sending (``_request_body``: a value outside the enum is a
``ValidationError``).
"""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import Any, TypeVar, overload

IntEnumT = TypeVar("IntEnumT", bound=IntEnum)
StrEnumT = TypeVar("StrEnumT", bound=StrEnum)


@overload
def enum_or_raw(enum_class: type[IntEnumT], value: Any) -> IntEnumT | int: ...
@overload
def enum_or_raw(enum_class: type[StrEnumT], value: Any) -> StrEnumT | str: ...
def enum_or_raw(enum_class: type[Enum], value: Any) -> Enum | int | str:
    """The member for ``value``, or ``value`` itself when the enum does not know it and it is
    of the enum's own JSON type (text for a string enum, an integer, not a bool, for an
    integer one)."""
    try:
        member = enum_class(value)
    except ValueError:
        raw = int if issubclass(enum_class, int) else str
        if type(value) is raw:
            return value
        raise
    if value.__class__ is bool:  # JSON true is no 1 (IntEnum(True) would be the member 1)
        raise ValueError(f"{value!r} is not a valid {enum_class.__name__}")
    return member


def enum_value(value: Enum | str | int) -> Any:
    """The JSON value of an enum field (a member's value, or the raw value kept)."""
    return value.value if isinstance(value, Enum) else value
