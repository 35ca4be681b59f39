"""Row models: an attrs class per table structure, plus a compiled wire → row builder.

The builder is Python source generated once per model (like attrs' own ``__init__``): one
straight-line function per structure, so building a row costs no per-field dispatch.
"""

from __future__ import annotations

import copy
import operator
import warnings
from collections.abc import Callable, Mapping, MutableSet
from typing import Any

import attrs

from ._field_types import READ_HELPERS, read_date
from ._identifiers import attribute_names, class_name
from ._structure import FieldInfo, plain_id

# The flat data-row shape (wire contract): the row id under `rowId` ({"$oid"}) or `_id`,
# timestamps under createdAt/updatedAt, one key per field name.
ROW_ID_KEYS = ("rowId", "_id")
CREATED_AT_KEY = "createdAt"
UPDATED_AT_KEY = "updatedAt"
ROW_KEYS = frozenset((*ROW_ID_KEYS, CREATED_AT_KEY, UPDATED_AT_KEY))

# Attribute metadata keys of a row model's field attributes.
WIRE_NAME = "wire_name"
FIELD = "custom_table_field"
# Class attribute naming the table of a row model.
TABLE_MARKER = "__custom_table__"

RowBuilder = Callable[[Mapping[str, Any]], Any]

_MISSING = object()


@attrs.frozen
class RowModel:
    """A table structure's row class with its builder; built once per structure version."""

    table: str
    model: type
    fields: tuple[FieldInfo, ...]
    attributes: tuple[str, ...]
    build: RowBuilder
    known_keys: frozenset[str]

    def attribute_of(self, wire_name: str) -> str | None:
        for field, attribute in zip(self.fields, self.attributes, strict=True):
            if field.name == wire_name:
                return attribute
        return None


def build_row_model(
    table: str,
    fields: tuple[FieldInfo, ...],
    warned: MutableSet[tuple[str, str, str]] | None = None,
) -> RowModel:
    """The attrs class for ``fields`` and its compiled builder (warns once per unknown type)."""
    _warn_unknown_types(table, fields, set() if warned is None else warned)
    attributes = tuple(attribute_names(field.name for field in fields))
    model = _make_class(table, fields, attributes)
    known = ROW_KEYS | {field.name for field in fields}
    builder = _compile_builder(model, fields, attributes, known)
    return RowModel(table, model, fields, attributes, builder, known)


def _warn_unknown_types(
    table: str, fields: tuple[FieldInfo, ...], warned: MutableSet[tuple[str, str, str]]
) -> None:
    for field in fields:
        key = (table, field.name, field.type)
        if not field.converter.known and key not in warned:
            warned.add(key)
            warnings.warn(
                f"custom table {table!r}, field {field.name!r}: unknown type {field.type!r}; "
                "values are passed through unchanged",
                stacklevel=4,
            )


def _default_of(field: FieldInfo) -> Any:
    if isinstance(field.default, (dict, list)):
        return attrs.Factory(lambda: copy.deepcopy(field.default))
    return field.default


def _make_class(table: str, fields: tuple[FieldInfo, ...], attributes: tuple[str, ...]) -> type:
    body: dict[str, Any] = {"id": attrs.field(default=None, kw_only=True)}
    for field, attribute in zip(fields, attributes, strict=True):
        body[attribute] = attrs.field(
            default=_default_of(field),
            metadata={WIRE_NAME: field.name, FIELD: field},
            kw_only=True,
        )
    body["created_at"] = attrs.field(default=None, kw_only=True)
    body["updated_at"] = attrs.field(default=None, kw_only=True)
    body["extra"] = attrs.field(factory=dict, type=dict[str, Any], kw_only=True)
    # Keyword-only per attribute: the class-wide flag makes attrs copy every attribute.
    # repr and eq come from _add_repr_and_eq: attrs would compile them per class, and compiling
    # is most of the cost of building a model.
    model: type = attrs.make_class(class_name(table), body, slots=True, repr=False, eq=False)
    _add_repr_and_eq(model, tuple(body))
    model.__doc__ = f"A row of the custom table {table!r} (built from its live structure)."
    setattr(model, TABLE_MARKER, table)
    return model


def _add_repr_and_eq(model: type, names: tuple[str, ...]) -> None:
    """``repr`` and ``==`` as attrs writes them, from one C-level attribute getter."""
    values = operator.attrgetter(*names)

    def __repr__(self: Any) -> str:
        shown = ", ".join(
            f"{name}={value!r}" for name, value in zip(names, values(self), strict=True)
        )
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self: Any, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        equal: bool = values(self) == values(other)
        return equal

    def __ne__(self: Any, other: Any) -> bool:
        result = __eq__(self, other)
        return result if result is NotImplemented else not result

    model.__repr__ = __repr__  # type: ignore[assignment]
    model.__eq__ = __eq__  # type: ignore[assignment,method-assign]
    model.__ne__ = __ne__  # type: ignore[assignment,method-assign]
    model.__hash__ = None  # type: ignore[assignment]  # mutable, like attrs' eq=True classes


def _compile_builder(
    model: type, fields: tuple[FieldInfo, ...], attributes: tuple[str, ...], known: frozenset[str]
) -> RowBuilder:
    namespace: dict[str, Any] = {
        **READ_HELPERS,
        "Row": model,
        "MISSING": _MISSING,
        "KNOWN": known,
        "plain_id": plain_id,
        "read_timestamp": read_date,
        "deepcopy": copy.deepcopy,
    }
    id_first, id_second = ROW_ID_KEYS
    lines = [
        "def build(record):",
        "    get = record.get",
        f"    row_id = get({id_first!r})",
        "    if row_id is None:",
        f"        row_id = get({id_second!r})",
        "    if row_id is not None and row_id.__class__ is not str:",
        "        row_id = plain_id(row_id)",
    ]
    arguments = ["id=row_id"]
    for index, (field, attribute) in enumerate(zip(fields, attributes, strict=True)):
        default = f"DEFAULT_{index}"
        namespace[default] = field.default
        if isinstance(field.default, (dict, list)):
            default = f"deepcopy({default})"
        read = field.converter.read_source
        if read == "{v}" and default.startswith("DEFAULT_"):
            value = f"get({field.name!r}, {default})"
        else:
            value = (
                f"{default} if (v := get({field.name!r}, MISSING)) is MISSING "
                f"else {read.format(v='v')}"
            )
        arguments.append(f"{attribute}={value}")
    for attribute, key in (("created_at", CREATED_AT_KEY), ("updated_at", UPDATED_AT_KEY)):
        lines.append(f"    v = get({key!r})")
        lines.append(f"    {attribute} = None if v is None else read_timestamp(v)")
        arguments.append(f"{attribute}={attribute}")
    lines.append("    unknown = record.keys() - KNOWN")
    arguments.append("extra={key: record[key] for key in unknown} if unknown else {}")
    lines.append(f"    return Row({', '.join(arguments)})")
    exec(compile("\n".join(lines), f"<row builder {model.__name__}>", "exec"), namespace)
    builder: RowBuilder = namespace["build"]
    return builder


def field_values(row: Any) -> dict[str, Any]:
    """``{wire name: value}`` of a row model instance's field attributes (None left out)."""
    values: dict[str, Any] = {}
    for attribute in attrs.fields(type(row)):
        wire_name = attribute.metadata.get(WIRE_NAME)
        if wire_name is not None:
            value = getattr(row, attribute.name)
            if value is not None:
                values[wire_name] = value
    return values


def is_row(value: Any) -> bool:
    """Whether ``value`` is an instance of a row model (of any table or structure version)."""
    return getattr(type(value), TABLE_MARKER, None) is not None
