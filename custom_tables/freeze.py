"""``freeze``: the source of a static, typed attrs module for one table's current structure.

The class reads and writes rows with the converters of :mod:`custom_tables.fields` (imported,
not copied), carries the wire names and field types in its attribute metadata, and plugs into
``await tables.table(name, model=FrozenRow)``. Required fields are required arguments.
"""

from __future__ import annotations

import ast
import datetime
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .customers import CustomerModel
from .fields import field_type
from .rows import (
    CREATED_AT_KEY,
    CUSTOM_TABLE,
    FIELD_TYPE,
    ROW_ID_KEYS,
    UPDATED_AT_KEY,
    WIRE_NAME,
    RowModel,
    is_shadowed,
)
from .structure import FieldInfo

_TYPING_IMPORT = "from typing import Any, ClassVar"
_TABLE_MARKER = "__custom_table__"
_HEADER = [
    "from __future__ import annotations",
    "",
    "import datetime",
    "from collections.abc import Mapping",
    _TYPING_IMPORT,
    "",
    "import attrs",
    "",
    "from custom_tables import fields as _fields",
]


def _header(row_models: list[RowModel], *, customer_keys: bool = False) -> list[str]:
    """The imports: ``_HEADER`` plus the id reader(s) the classes use."""
    shadowing = {bool(_id_fields(row_model)) for row_model in row_models}
    return [
        *_HEADER,
        *(["from custom_tables.customers import CustomerKey"] * customer_keys),
        *(["from custom_tables.rows import shadowed_row_id as _row_id"] * (True in shadowing)),
        *(["from custom_tables.structure import plain_id as _plain_id"] * (False in shadowing)),
    ]


def _id_fields(row_model: RowModel) -> frozenset[str]:
    """The fields named like a row id key (``rowId``, ``_id``)."""
    return frozenset(field.name for field in row_model.fields) & frozenset(ROW_ID_KEYS)


def freeze_source(row_model: RowModel, *, command: str) -> str:
    """Python source of the static module; ``command`` is how it was made (for its docstring)."""
    name = row_model.model.__name__
    lines = [
        f'"""Static row model of the custom table {row_model.table!r}.',
        "",
        f"Written by `{command}` from the table's structure;",
        "write it again when the table's fields change. Do not edit.",
        '"""',
        "",
        *_header([row_model]),
        "",
        "",
        *_class_lines(row_model),
        "",
        "",
        f"TABLE_NAME = {name}.__custom_table__",
        f"FIELD_TYPES = {name}.__field_types__",
        f"KNOWN_KEYS = {name}.__known_keys__",
        "",
        "",
        f"def from_wire(record: Mapping[str, Any]) -> {name}:",
        f"    return {name}.from_wire(record)",
        "",
        "",
        f"def to_wire(row: {name}) -> dict[str, Any]:",
        "    return row.to_wire()",
    ]
    return "\n".join(lines) + "\n"


def freeze_customers_source(
    row_models: list[RowModel],
    customer: CustomerModel,
    *,
    command: str,
    frozen: Mapping[str, FrozenRow] | None = None,
) -> str:
    """A static module: a customer class (the generated ``Customer`` plus one ``list[Row]``
    attribute per linked table and one ``CustomerKey`` per customer-level key seen), with the
    row class of every linked table: imported from ``frozen`` (``{table: FrozenRow}``, the
    modules ``freeze`` already wrote), else written here."""
    frozen = frozen or {}
    inline = [row_model for row_model in row_models if row_model.table not in frozen]
    imported = sorted({frozen[model.table] for model in row_models if model.table in frozen})
    lines = [
        '"""Static customer model with the custom tables that reference customers.',
        "",
        f"Written by `{command}`; write it again when those tables change",
        "or customers carry new keys. Do not edit.",
        '"""',
        "",
        *(
            f"{_TYPING_IMPORT}, Self" if line == _TYPING_IMPORT and row_models else line
            for line in _header(inline, customer_keys=bool(customer.keys))
        ),
        "from final_pos_client.models import Customer",
        *(f"from {row.module} import {row.name} as {row.name}" for row in imported),
    ]
    for row_model in inline:
        lines += ["", "", *_class_lines(row_model)]
    lines += [
        "",
        "",
        "@attrs.define(kw_only=True)",
        "class CustomerWithTables(Customer):",
        '    """A customer with the rows of every custom table that references it."""',
        "",
    ]
    for row_model, attribute in zip(row_models, customer.table_attributes, strict=True):
        metadata = f"metadata={{{_string(CUSTOM_TABLE)}: {_string(row_model.table)}}}"
        known = frozen.get(row_model.table)
        name = row_model.model.__name__ if known is None else known.name
        lines.append(f"    {attribute}: list[{name}] = attrs.field(factory=list, {metadata})")
    for attribute, (key, type_name) in zip(customer.key_attributes, customer.keys, strict=True):
        annotation = field_type(type_name).annotation
        lines.append(
            f"    {attribute} = CustomerKey[{annotation}]({_string(key)}, {_string(type_name)})"
        )
    if row_models:  # the generated from_dict leaves the table attributes unset
        lines += [
            "",
            "    @classmethod",
            "    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:",
            '        """The customer from its wire record, without rows (tables.customer adds',
            '        them)."""',
            "        customer = super().from_dict(src_dict)",
            *(f"        customer.{attribute} = []" for attribute in customer.table_attributes),
            "        return customer",
        ]
    elif not customer.keys:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def _class_lines(row_model: RowModel) -> list[str]:
    name = row_model.model.__name__
    pairs = list(zip(row_model.fields, row_model.attributes, strict=True))
    known = sorted({*ROW_ID_KEYS, CREATED_AT_KEY, UPDATED_AT_KEY, *(f.name for f, _ in pairs)})
    lines = [
        "@attrs.define(kw_only=True)",
        f"class {name}:",
        f'    """A row of {_string(row_model.table)}; ``extra``: keys the structure lacked."""',
        "",
        f"    __custom_table__: ClassVar[str] = {_string(row_model.table)}",
        "    __field_types__: ClassVar[dict[str, str]] = {",
        *(f"        {_string(f.name)}: {_string(f.type)}," for f, _ in pairs),
        "    }",
        "    __known_keys__: ClassVar[frozenset[str]] = frozenset(",
        "        {",
        *(f"            {_string(key)}," for key in known),
        "        }",
        "    )",
        "",
        '    id: str = ""  # the server\'s row id; "" only on a row built here for create',
    ]
    for field, attribute in pairs:
        lines.append(f"    {attribute}: {_annotation(field)} = {_attribute(field)}")
    lines += [
        "    created_at: datetime.datetime | datetime.date | None = None",
        "    updated_at: datetime.datetime | datetime.date | None = None",
        "    extra: dict[str, Any] = attrs.field(factory=dict)",
        "",
        "    @classmethod",
        f"    def from_wire(cls, record: Mapping[str, Any]) -> {name}:",
        '        """A row from a flat data record of the API."""',
        "        known = cls.__known_keys__",
        *_id_lines(row_model),
        f"        created_at = record.get({_string(CREATED_AT_KEY)})",
        f"        updated_at = record.get({_string(UPDATED_AT_KEY)})",
        "        return cls(",
        '            id=row_id or "",',
    ]
    for field, attribute in pairs:
        lines += _read_lines(field, attribute)
    lines += [
        "            created_at=None if created_at is None else _fields.read_date(created_at),",
        "            updated_at=None if updated_at is None else _fields.read_date(updated_at),",
        "            extra={key: value for key, value in record.items() if key not in known},",
        "        )",
        "",
        "    def to_wire(self) -> dict[str, Any]:",
        '        """``{field name: wire value}`` of the fields that hold a value (checked)."""',
        "        values: dict[str, Any] = {}",
    ]
    for field, attribute in pairs:
        lines += [
            f"        if self.{attribute} is not None:",
            f"            values[{_string(field.name)}] = "
            f"_fields.{field.converter.writer}(self.{attribute})",
        ]
    lines.append("        return values")
    return lines


def _id_lines(row_model: RowModel) -> list[str]:
    first, second = (_string(key) for key in ROW_ID_KEYS)
    id_fields = _id_fields(row_model)
    if id_fields:
        names = ", ".join(_string(name) for name in sorted(id_fields))
        return [f"        row_id = _row_id(record, frozenset({{{names}}}))"]
    return [
        f"        wire_id = record.get({first})",
        "        if wire_id is None:",
        f"            wire_id = record.get({second})",
        "        row_id = _plain_id(wire_id)",
    ]


def _annotation(field: FieldInfo) -> str:
    annotation = field.converter.annotation
    # A shadowed field (named like a data row's own key) is None after from_wire alone.
    optional = not field.required or is_shadowed(field)
    return f"{annotation} | None" if optional and annotation != "Any" else annotation


def _attribute(field: FieldInfo) -> str:
    metadata = f"metadata={{{_string(WIRE_NAME)}: {_string(field.name)}, " + (
        f"{_string(FIELD_TYPE)}: {_string(field.type)}}}"
    )
    if field.required and field.default is None:
        return f"attrs.field({metadata})"
    literal = _literal(field.default)
    if isinstance(field.default, (dict, list)):
        return f"attrs.field(factory=lambda: {literal}, {metadata})"
    return f"attrs.field(default={literal}, {metadata})"


def _read_lines(field: FieldInfo, attribute: str) -> list[str]:
    key, default = _string(field.name), _literal(field.default)
    converter = field.converter
    if is_shadowed(field):  # the data row's own key: Table reads it from the value records
        return [f"            {attribute}={default},"]
    if field.default is None:  # every reader maps None to None; the value is Any
        return [f"            {attribute}=_fields.{converter.reader}(record.get({key})),"]
    if converter.reader == "read_passthrough":
        return [f"            {attribute}=record.get({key}, {default}),"]
    return [
        f"            {attribute}=(",
        f"                _fields.{converter.reader}(record[{key}]) if {key} in record "
        f"else {default}",
        "            ),",
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
        items = ", ".join(f"{_string(key)}: {_literal(item)}" for key, item in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if isinstance(value, str):
        return _string(value)
    return repr(value)


class FrozenRow(NamedTuple):
    """A row class a frozen module defines: ``from {module} import {name}``."""

    module: str
    name: str


def find_frozen_rows(directory: Path, *, skip: Path | None = None) -> dict[str, FrozenRow]:
    """``{table name: FrozenRow}`` of the modules ``freeze`` wrote into ``directory`` (the
    first in name order for a table frozen twice). In a package, the import is relative."""
    prefix = "." if (directory / "__init__.py").exists() else ""
    found: dict[str, FrozenRow] = {}
    for path in sorted(directory.glob("*.py")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for node in tree.body:
            table = _frozen_table(node)
            if table is not None and isinstance(node, ast.ClassDef):
                found.setdefault(table, FrozenRow(prefix + path.stem, node.name))
    return found


def _frozen_table(node: ast.stmt) -> str | None:
    """The table of a class written by ``freeze`` (its ``__custom_table__`` literal)."""
    if not isinstance(node, ast.ClassDef):
        return None
    for statement in node.body:
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.target.id == _TABLE_MARKER
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            return statement.value.value
    return None
