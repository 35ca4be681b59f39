"""The one table mapping a field ``type`` to its Python type and its wire converters.

Reads trust the server and never lose data (a value that does not parse is kept as it came);
writes check the value and raise :class:`WrongValue` with the reason, before anything is sent.
"""

from __future__ import annotations

import datetime
import decimal
import json
import json.scanner
import math
import numbers
from collections.abc import Callable
from typing import Any

import attrs
from dateutil.parser import isoparse, isoparser

_DATE_ONLY_MAX_LENGTH = 10  # "2024-01-10", "2024-W02-3": longer strings carry a time
_date_parser = isoparser()


class WrongValue(Exception):
    """A value that cannot be written as the field's type; the message says why."""


@attrs.frozen
class FieldType:
    name: str
    # Type as Python source (used by `freeze` and as the attribute type).
    annotation: str
    read: Callable[[Any], Any]
    write: Callable[[Any], Any]
    # Name of `read` in the compiled row builder (READ_HELPERS); None: values pass through.
    reader: str | None = None
    known: bool = True


def read_date(value: Any) -> Any:
    """ISO string → ``datetime.date`` (date only) or timezone-aware ``datetime.datetime``."""
    if not isinstance(value, str):
        return value
    try:
        if len(value) <= _DATE_ONLY_MAX_LENGTH and "T" not in value:
            return _read_date_only(value)
        return read_timestamp(value)
    except ValueError:
        return value


def _read_date_only(value: str) -> datetime.date:
    try:  # the C parser for the common form; dateutil for every other ISO date
        return datetime.date.fromisoformat(value)
    except ValueError:
        return _date_parser.parse_isodate(value)


def read_timestamp(value: str) -> datetime.datetime:
    """ISO date-time → aware datetime (UTC when the wire gives no offset).

    The standard library parses the common forms in C; dateutil takes every other ISO form.
    """
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        parsed = isoparse(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def write_timestamp(value: datetime.datetime) -> str:
    spec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
    return value.isoformat(timespec=spec)


def write_date(value: Any) -> str:
    if isinstance(value, str):
        return write_date(_parse_date_text(value))
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise WrongValue("a datetime needs a timezone (e.g. tzinfo=datetime.UTC)")
        return write_timestamp(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise WrongValue(f"expected a datetime, date or ISO 8601 string, got {_kind(value)}")


def _parse_date_text(value: str) -> datetime.date:
    try:
        if len(value) <= _DATE_ONLY_MAX_LENGTH and "T" not in value:
            return _date_parser.parse_isodate(value)
        parsed = isoparse(value)
    except (ValueError, OverflowError) as error:
        raise WrongValue(f"{value!r} is not an ISO 8601 date or date-time") from error
    if parsed.tzinfo is None:
        raise WrongValue(f"{value!r} has no UTC offset")
    return parsed


def read_number(value: Any) -> Any:
    if value.__class__ is float and value.is_integer():
        return int(value)
    return value


def write_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real | decimal.Decimal):
        raise WrongValue(f"expected a number, got {_kind(value)}")
    if isinstance(value, int):
        return int(value)
    number = float(value)
    if not math.isfinite(number):
        raise WrongValue(f"{number} cannot be sent (JSON has no NaN or infinity)")
    return int(number) if number.is_integer() else number


def write_string(value: Any) -> str:
    if not isinstance(value, str):
        raise WrongValue(f"expected a string, got {_kind(value)}")
    return value


def write_boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise WrongValue(f"expected True or False, got {_kind(value)}")
    return value


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
    except (StopIteration, ValueError):
        pass
    try:  # leading/trailing whitespace, or not JSON at all
        return json.loads(value)
    except ValueError:
        return value


def write_json(value: Any) -> str:
    return json.dumps(_json_checked(value), separators=(",", ":"), ensure_ascii=False)


def write_passthrough(value: Any) -> Any:
    return _json_checked(value)


def _json_checked(value: Any) -> Any:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise WrongValue(f"{_kind(value)} is not JSON-serialisable: {error}") from error
    return value


def _passthrough(value: Any) -> Any:
    return value


def _kind(value: Any) -> str:
    return f"{type(value).__name__} {value!r}" if len(repr(value)) <= 40 else type(value).__name__


FIELD_TYPES: dict[str, FieldType] = {
    "string": FieldType("string", "str", _passthrough, write_string),
    "number": FieldType(
        "number",
        "int | float",
        read_number,
        write_number,
        "_read_number",
    ),
    "boolean": FieldType("boolean", "bool", _passthrough, write_boolean),
    "date": FieldType(
        "date", "datetime.datetime | datetime.date", read_date, write_date, "_read_date"
    ),
    "json-string": FieldType("json-string", "Any", read_json, write_json, "_read_json"),
}

# The readers by the names the compiled row builder calls them; each maps None to None.
READ_HELPERS: dict[str, Any] = {
    "_read_number": read_number,
    "_read_date": read_date,
    "_read_json": read_json,
}


def field_type(name: str) -> FieldType:
    """The converters for a field type; an unknown type passes values through unchanged."""
    known = FIELD_TYPES.get(name)
    if known is not None:
        return known
    return FieldType(name, "Any", _passthrough, write_passthrough, known=False)
