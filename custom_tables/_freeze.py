"""``freeze``: the source of a static, typed attrs module for one table's current structure.

The module stands alone (attrs and python-dateutil only) and reads and writes rows exactly like
the run-time model: ``from_wire(record) -> Row`` and ``to_wire(row) -> {field name: value}``.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from ._model import CREATED_AT_KEY, ROW_ID_KEYS, UPDATED_AT_KEY, RowModel
from ._structure import FieldInfo

_READERS = {"number": "_read_number", "date": "_read_date", "json-string": "_read_json"}
_WRITERS = {"number": "_write_number", "date": "_write_date", "json-string": "_write_json"}

_HELPERS = """

def _plain_id(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("$oid")
    return value if isinstance(value, str) else None


def _read_timestamp(value: str) -> datetime.datetime:
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        parsed = isoparse(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _read_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        if len(value) <= 10 and "T" not in value:
            return isoparser().parse_isodate(value)
        return _read_timestamp(value)
    except ValueError:
        return value


def _read_number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _read_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _write_number(value: int | float) -> int | float:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _write_date(value: datetime.datetime | datetime.date) -> str:
    if isinstance(value, datetime.datetime):
        spec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
        return value.isoformat(timespec=spec)
    return value.isoformat()


def _write_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
"""


def freeze_source(row_model: RowModel, *, command: str) -> str:
    """Python source of the static module; ``command`` is how it was made (for its docstring)."""
    name = row_model.model.__name__
    pairs = list(zip(row_model.fields, row_model.attributes, strict=True))
    known = sorted({*ROW_ID_KEYS, CREATED_AT_KEY, UPDATED_AT_KEY, *(f.name for f, _ in pairs)})
    lines = [
        f'"""Static row model of the custom table {row_model.table!r}.',
        "",
        f"Written by `{command}` from the table's structure;",
        "write it again when the table's fields change. Do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "import json",
        "from collections.abc import Mapping",
        "from typing import Any",
        "",
        "import attrs",
        "from dateutil.parser import isoparse, isoparser",
        "",
        f"TABLE_NAME = {_string(row_model.table)}",
        "FIELD_TYPES: dict[str, str] = {",
        *(f"    {_string(f.name)}: {_string(f.type)}," for f, _ in pairs),
        "}",
        "KNOWN_KEYS = frozenset(",
        "    {",
        *(f"        {_string(key)}," for key in known),
        "    }",
        ")",
        "",
        "",
        "@attrs.define(kw_only=True)",
        f"class {name}:",
        f'    """A row of {_string(row_model.table)}; ``extra``: keys the structure lacked."""',
        "",
        "    id: str | None = None",
    ]
    for field, attribute in pairs:
        lines.append(f"    {attribute}: {_annotation(field)} = {_attribute_default(field)}")
    lines += [
        "    created_at: datetime.datetime | datetime.date | None = None",
        "    updated_at: datetime.datetime | datetime.date | None = None",
        "    extra: dict[str, Any] = attrs.field(factory=dict)",
        "",
        "",
        f"def from_wire(record: Mapping[str, Any]) -> {name}:",
        '    """A row from a flat data record of the API."""',
        f"    row_id = record.get({_string(ROW_ID_KEYS[0])})",
        "    if row_id is None:",
        f"        row_id = record.get({_string(ROW_ID_KEYS[1])})",
        f"    created_at = record.get({_string(CREATED_AT_KEY)})",
        f"    updated_at = record.get({_string(UPDATED_AT_KEY)})",
        f"    return {name}(",
        "        id=_plain_id(row_id),",
    ]
    for field, attribute in pairs:
        lines += _read_lines(field, attribute)
    lines += [
        "        created_at=None if created_at is None else _read_date(created_at),",
        "        updated_at=None if updated_at is None else _read_date(updated_at),",
        "        extra={key: value for key, value in record.items() if key not in KNOWN_KEYS},",
        "    )",
        "",
        "",
        f"def to_wire(row: {name}) -> dict[str, Any]:",
        '    """``{field name: wire value}`` of the fields that hold a value."""',
        "    values: dict[str, Any] = {}",
    ]
    for field, attribute in pairs:
        writer = _WRITERS.get(field.type, "")
        lines += [
            f"    if row.{attribute} is not None:",
            f"        values[{_string(field.name)}] = "
            + (f"{writer}(row.{attribute})" if writer else f"row.{attribute}"),
        ]
    lines.append("    return values")
    return "\n".join(lines) + "\n" + _HELPERS


def _annotation(field: FieldInfo) -> str:
    annotation = field.converter.annotation
    return annotation if annotation == "Any" else f"{annotation} | None"


def _attribute_default(field: FieldInfo) -> str:
    literal = _literal(field.default)
    if isinstance(field.default, (dict, list)):
        return f"attrs.field(factory=lambda: {literal})"
    return literal


def _read_lines(field: FieldInfo, attribute: str) -> list[str]:
    key, default = _string(field.name), _literal(field.default)
    reader = _READERS.get(field.type)
    if reader is None:
        return [f"        {attribute}=record.get({key}, {default}),"]
    return [
        f"        {attribute}=(",
        f"            {reader}(record[{key}]) if {key} in record else {default}",
        "        ),",
    ]


def _string(text: str) -> str:
    """A double-quoted Python string literal (JSON's escapes are Python's too)."""
    return json.dumps(text)


def _literal(value: Any) -> str:
    """Python source for a default value (JSON data, dates and date-times)."""
    if isinstance(value, datetime.datetime):
        offset = value.utcoffset() or datetime.timedelta(0)
        naive = value.replace(tzinfo=None)
        return (
            f"datetime.{naive!r}.replace(tzinfo=datetime.timezone("
            f"datetime.timedelta(seconds={int(offset.total_seconds())})))"
        )
    if isinstance(value, datetime.date):
        return f"datetime.{value!r}"
    if isinstance(value, dict):
        return _dict_literal(value)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if isinstance(value, str):
        return _string(value)
    return repr(value)


def _dict_literal(mapping: dict[str, Any]) -> str:
    items = ", ".join(f"{_string(key)}: {_literal(item)}" for key, item in mapping.items())
    return "{" + items + "}"
