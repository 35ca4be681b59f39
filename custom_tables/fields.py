"""The type map: one class per custom-table field ``type``, the only place that defines one.

Each field type says, in one place:

- ``annotation``: its Python type, as source (run-time models and ``freeze`` use it);
- ``read(wire value)``: the Python value; reads trust the server and never lose data (a value
  that does not parse is kept as it came);
- ``write(value)``: the wire value, after checking it; a value that cannot be sent raises
  :class:`WrongValue` with the reason, before anything is sent (the JSON text of the value is
  encoded and checked here, so nothing fails half-way through a write);
- ``wire_problem(wire value)``: why the server would refuse a wire value (None when it
  accepts it). The fake (``final_pos_fake``) stores exactly the wire values this accepts.

``read``/``write`` are also module-level functions (``reader``/``writer`` name them), so the
compiled row builder and frozen modules (``from custom_tables import fields``) call the same
code. Adding a field type is one subclass here plus its tests.
"""

from __future__ import annotations

import datetime
import decimal
import json
import json.scanner
import math
import numbers
from collections.abc import Iterable
from typing import Any, ClassVar

from .errors import WrongValue

__all__ = [
    "FIELD_TYPES",
    "JSON_VALUE",
    "FieldType",
    "WrongValue",
    "field_type",
    "infer_field_type",
    "read_date",
    "read_json",
    "read_number",
    "read_passthrough",
    "read_timestamp",
    "value_type",
    "wire_type_problem",
    "write_boolean",
    "write_date",
    "write_json",
    "write_number",
    "write_passthrough",
    "write_string",
]

_DATE_ONLY_MAX_LENGTH = 10  # "2024-01-10", "2024-W02-3": longer strings carry a time


# ---- readers (wire → Python); each maps None to None ----


def read_passthrough(value: Any) -> Any:
    return value


def read_number(value: Any) -> Any:
    if value.__class__ is float and value.is_integer():
        return int(value)
    return value


def read_date(value: Any) -> Any:
    """ISO string → ``datetime.date`` (date only) or timezone-aware ``datetime.datetime``."""
    if not isinstance(value, str):
        return value
    try:
        if len(value) <= _DATE_ONLY_MAX_LENGTH and "T" not in value:
            return datetime.date.fromisoformat(value)
        return read_timestamp(value)
    except ValueError:
        return value


def read_timestamp(value: str) -> datetime.datetime:
    """ISO date-time → aware datetime (UTC when the wire gives no offset)."""
    parsed = datetime.datetime.fromisoformat(value)  # every ISO 8601 form since Python 3.11
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


# json.loads spends most of its time around the C scanner for the small documents cells hold;
# calling the scanner directly reads them about three times faster.
_scan_json = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def read_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        decoded, end = _scan_json(value, 0)
        if end == len(value):
            return decoded
    except (StopIteration, ValueError, RecursionError):
        pass
    try:  # leading/trailing whitespace, or not JSON at all
        return json.loads(value)
    except (ValueError, RecursionError):
        return value


# ---- writers (Python → checked wire value) ----


def write_string(value: Any) -> str:
    if not isinstance(value, str):
        raise WrongValue(f"expected a string, got {_kind(value)}")
    _check_utf8(value)
    return value


def write_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real | decimal.Decimal):
        raise WrongValue(f"expected a number, got {_kind(value)}")
    if isinstance(value, decimal.Decimal) and not value.is_finite():  # sNaN would raise
        raise WrongValue(f"{value} cannot be sent (JSON has no NaN or infinity)")
    try:
        number = float(value)
    except (OverflowError, ValueError) as error:
        raise WrongValue(f"{_kind(value)} is out of the range of a JSON number") from error
    if not math.isfinite(number):
        raise WrongValue(f"{_kind(value)} cannot be sent (JSON has no NaN or infinity)")
    if isinstance(value, numbers.Integral):
        return int(value)
    return int(number) if number.is_integer() else number


def write_boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise WrongValue(f"expected True or False, got {_kind(value)}")
    return value


def write_date(value: Any) -> str:
    if isinstance(value, str):
        return write_date(_parse_date_text(value))
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise WrongValue("a datetime needs a timezone (e.g. tzinfo=datetime.UTC)")
        spec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
        return value.isoformat(timespec=spec)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise WrongValue(f"expected a datetime, date or ISO 8601 string, got {_kind(value)}")


def write_json(value: Any) -> str:
    """The value as JSON text (what a json-string cell holds)."""
    text = _json_text(value)
    _check_utf8(text)
    return text


def write_passthrough(value: Any) -> Any:
    """Unknown types: any JSON value, checked like a json-string value, sent as it is."""
    write_json(value)
    return value


def _parse_date_text(value: str) -> datetime.date:
    try:
        if len(value) <= _DATE_ONLY_MAX_LENGTH and "T" not in value:
            return datetime.date.fromisoformat(value)
        parsed = datetime.datetime.fromisoformat(value)
    except (ValueError, OverflowError) as error:
        raise WrongValue(f"{_short(value)} is not an ISO 8601 date or date-time") from error
    if parsed.tzinfo is None:
        raise WrongValue(f"{value!r} has no UTC offset")
    return parsed


def _json_text(value: Any) -> str:
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    except RecursionError:
        raise WrongValue(f"{type(value).__name__} is nested too deeply for JSON") from None
    except (TypeError, ValueError, OverflowError) as error:
        raise WrongValue(f"{_kind(value)} is not JSON-serialisable: {error}") from error
    try:  # keys that differ in Python (1 and "1") collide as JSON text
        json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise WrongValue(f"{type(value).__name__} is nested too deeply for JSON") from None
    return text


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise WrongValue(f"two keys become the same JSON key {_short(key)}")
        result[key] = item
    return result


def _check_utf8(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise WrongValue(
            f"contains a lone surrogate at position {error.start} (not valid UTF-8)"
        ) from None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind(value: Any) -> str:
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        return type(value).__name__
    return f"{type(value).__name__} {text}" if len(text) <= 40 else type(value).__name__


# ---- the type map ----


class FieldType:
    """A field type: its annotation, reader and writer, and what the server accepts."""

    name: ClassVar[str]
    annotation: ClassVar[str] = "Any"
    known: ClassVar[bool] = True
    # Whether a CSV cell holds the value as JSON text (10, true, {"a": 1}) or as itself.
    text_is_json: ClassVar[bool] = True
    read = staticmethod(read_passthrough)
    write = staticmethod(write_passthrough)

    @property
    def reader(self) -> str:
        """The name of ``read`` in this module (what builders and frozen modules call)."""
        return self.read.__name__

    @property
    def writer(self) -> str:
        return self.write.__name__

    def wire_problem(self, value: Any) -> str | None:
        """Why the server refuses ``value`` for this type; None when it accepts it."""
        return None

    def from_text(self, text: str) -> Any:
        """The value of a CSV cell (import); ``write`` checks it afterwards."""
        return read_json(text) if self.text_is_json else text

    def to_text(self, wire_value: Any) -> str:
        """A CSV cell for a wire value (export); ``from_text`` reads it back."""
        if isinstance(wire_value, str):
            return wire_value
        return json.dumps(wire_value, ensure_ascii=False, separators=(",", ":"))

    def __repr__(self) -> str:
        return f"<field type {self.name!r}>"


FIELD_TYPES: dict[str, FieldType] = {}


def _register(cls: type[FieldType]) -> type[FieldType]:
    FIELD_TYPES[cls.name] = cls()
    return cls


@_register
class StringField(FieldType):
    name = "string"
    annotation = "str"
    text_is_json = False
    write = staticmethod(write_string)

    def wire_problem(self, value: Any) -> str | None:
        return None if isinstance(value, str) else "a JSON string"


@_register
class NumberField(FieldType):
    name = "number"
    annotation = "int | float"
    read = staticmethod(read_number)
    write = staticmethod(write_number)

    def wire_problem(self, value: Any) -> str | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else "a JSON number"


@_register
class BooleanField(FieldType):
    name = "boolean"
    annotation = "bool"
    write = staticmethod(write_boolean)

    def wire_problem(self, value: Any) -> str | None:
        return None if isinstance(value, bool) else "a JSON boolean"


@_register
class DateField(FieldType):
    name = "date"
    annotation = "datetime.datetime | datetime.date"
    text_is_json = False
    read = staticmethod(read_date)
    write = staticmethod(write_date)

    def wire_problem(self, value: Any) -> str | None:
        if isinstance(value, str) and not isinstance(read_date(value), str):
            return None
        return "an ISO-8601 date string"


@_register
class JsonStringField(FieldType):
    name = "json-string"
    annotation = "Any"
    read = staticmethod(read_json)
    write = staticmethod(write_json)

    def wire_problem(self, value: Any) -> str | None:
        if isinstance(value, str):
            try:
                json.loads(value)
                return None
            except (ValueError, RecursionError):
                pass
        return "a string holding JSON text"


class UnknownField(FieldType):
    """A type this package does not know: values pass through unchanged (any JSON value)."""

    known = False

    def __init__(self, name: str) -> None:
        self.name = name  # type: ignore[misc]


def field_type(name: str) -> FieldType:
    """The field type named ``name``; an unknown name passes values through unchanged."""
    known = FIELD_TYPES.get(name)
    return known if known is not None else UnknownField(name)


# ---- inference: a field type for JSON values that come without a structure ----

# Keys outside any structure (customer-level keys) holding other JSON values (objects, arrays,
# mixed kinds): passed through unchanged, like an unknown field type.
JSON_VALUE = "json"


def value_type(value: Any) -> str | None:
    """The field type name of one JSON value (None for null, which says nothing)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return BooleanField.name
    if isinstance(value, int | float):
        return NumberField.name
    if isinstance(value, str):  # never "date": reading it as one would change its text
        return StringField.name
    return JSON_VALUE


def infer_field_type(type_names: Iterable[str | None]) -> FieldType:
    """The field type of values whose ``value_type``s were ``type_names``: the one type they
    share, else pass-through (``JSON_VALUE``)."""
    seen = {name for name in type_names if name is not None}
    return field_type(seen.pop() if len(seen) == 1 else JSON_VALUE)


def wire_type_problem(type_name: str, value: Any) -> str | None:
    """Why a field of ``type_name`` refuses the wire ``value`` (None: accepted, stored as is)."""
    return field_type(type_name).wire_problem(value)
