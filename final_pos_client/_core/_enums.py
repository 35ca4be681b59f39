"""Enum fields that outlive the SDK's release: a value the vendor added later is kept as it came.

``enum_or_raw(StationStatus, "PAUSED")`` is ``"PAUSED"`` (a ``str``, which every enum field's
type admits) where ``StationStatus("PAUSED")`` would fail the whole response; the shape recorder
(``observe=``) reports such values (``_shape_check``: kind ``unknown_enum_value``). Requests are
checked the other way round, before sending (``_request_body``: a value outside the enum is a
``ValidationError``).
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

EnumT = TypeVar("EnumT", bound=Enum)


def enum_or_raw(enum_class: type[EnumT], value: Any) -> EnumT | str:
    """The member for ``value``, or ``value`` itself when it is text the enum does not know."""
    try:
        return enum_class(value)
    except ValueError:
        if isinstance(value, str):
            return value
        raise


def enum_value(value: Enum | str) -> Any:
    """The JSON value of an enum field (a member's value, or the raw text kept)."""
    return value.value if isinstance(value, Enum) else value
