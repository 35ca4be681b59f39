"""Row models: an attrs class per table structure, a compiled wire → row builder, and the
check of row input against the structure (before any request).

attrs describes the class (``attrs.fields``, metadata, ``asdict``, ``evolve``); its methods are
written here instead, because compiling them is most of the cost of building a model: only the
builder is compiled (straight-line code per structure, storing straight into the slots), while
``__init__``, ``repr`` and ``==`` are plain closures.
"""

from __future__ import annotations

import copy
import operator
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .errors import ModelMismatchError, UnknownFieldError, ValidationError
from .fields import WrongValue, read_date, read_passthrough
from .names import attribute_names, class_name, close_names
from .structure import FieldInfo, plain_id

# The flat data-row shape (wire contract): the row id under `rowId` ({"$oid"}) or `_id`,
# timestamps under createdAt/updatedAt, one key per field name.
ROW_ID_KEYS = ("rowId", "_id")
CREATED_AT_KEY = "createdAt"
UPDATED_AT_KEY = "updatedAt"
ROW_KEYS = frozenset((*ROW_ID_KEYS, CREATED_AT_KEY, UPDATED_AT_KEY))
# A field named like one of these is shadowed in a data row: the row's own key wins there, so
# its value is read from the row's value records instead (``Table`` does, one request a row).

# Attribute metadata keys of a row model's field attributes (frozen classes carry them too).
WIRE_NAME = "wire_name"
FIELD_TYPE = "field_type"
FIELD = "custom_table_field"
# Metadata key of a customer model's attribute holding a linked table's rows.
CUSTOM_TABLE = "custom_table"
# Class attribute naming the table of a row model.
TABLE_MARKER = "__custom_table__"

RowBuilder = Callable[[Mapping[str, Any]], Any]

_MISSING = object()


@attrs.frozen
class RowModel:
    """A table structure's row class with its builder; built once per structure version."""

    table: str
    model: type[Any]
    fields: tuple[FieldInfo, ...]
    attributes: tuple[str, ...]
    build: RowBuilder
    known_keys: frozenset[str]
    # (field, attribute) of the fields named like a row key (``rowId``): the builder gives them
    # their default; their values come from the row's value records.
    shadowed: tuple[tuple[FieldInfo, str], ...] = ()
    # (wire name, attribute) of the fields a row must have a value for (else it is incomplete):
    # the table's required fields, or those a frozen class types as non-optional.
    required: tuple[tuple[str, str], ...] = ()
    # Frozen classes only: live fields the class does not declare (read into ``extra``,
    # writable by wire name) and the declared fields the table no longer has as declared
    # ({wire name: problem}); ``unreadable``: those of them that make a read untrue.
    absorbed: tuple[FieldInfo, ...] = ()
    drift: Mapping[str, str] = attrs.field(factory=dict)
    unreadable: frozenset[str] = frozenset()


def build_row_model(
    table: str,
    fields: tuple[FieldInfo, ...],
    model: type[Any] | None = None,
    attributes: tuple[str, ...] | None = None,
) -> RowModel:
    """The attrs class for ``fields`` (or ``model``, a frozen class, with the ``attributes``
    holding the fields) and its compiled builder."""
    if attributes is None:
        attributes = tuple(attribute_names([field.name for field in fields]))
    if model is None:
        model = _make_class(table, fields, attributes)
    known = ROW_KEYS | {field.name for field in fields}
    builder = _compile_builder(model, fields, attributes, known)
    pairs = list(zip(fields, attributes, strict=True))
    shadowed = tuple((field, attribute) for field, attribute in pairs if is_shadowed(field))
    required = tuple(
        (field.name, attribute)
        for field, attribute in pairs
        if field.required and not field.has_default and not is_shadowed(field)
    )
    return RowModel(table, model, fields, attributes, builder, known, shadowed, required)


def missing_values(row_model: RowModel, row: Any) -> list[str]:
    """The wire names of the required fields ``row`` has no value for."""
    return [name for name, attribute in row_model.required if getattr(row, attribute) is None]


def shadowed_row_id(record: Mapping[str, Any], id_fields: frozenset[str]) -> str | None:
    """The row id of a data row whose table has fields named like the id keys (``id_fields``):
    an ``{"$oid"}`` under either key, else a plain string under a key that is no field's."""
    for key in ROW_ID_KEYS:
        value = record.get(key)
        if isinstance(value, Mapping):
            return plain_id(value)
    for key in ROW_ID_KEYS:
        value = record.get(key)
        if isinstance(value, str) and key not in id_fields:
            return value
    return None


def is_shadowed(field: FieldInfo) -> bool:
    """Whether a data row's own key (``rowId``, ``createdAt``, ...) hides the field's value."""
    return field.name in ROW_KEYS


def _is_mutable(value: Any) -> bool:
    return isinstance(value, (dict, list))


def _copier(value: Any) -> Callable[[], Any]:
    return lambda: copy.deepcopy(value)


def _make_class(
    table: str, fields: tuple[FieldInfo, ...], attributes: tuple[str, ...]
) -> type[Any]:
    # (name, default, factory): attribute order and defaults for attrs and for __init__.
    defaults: list[tuple[str, Any, Callable[[], Any] | None]] = [("id", None, None)]
    metadata: dict[str, dict[str, Any]] = {}
    for field, attribute in zip(fields, attributes, strict=True):
        mutable = _is_mutable(field.default)
        defaults.append((attribute, field.default, _copier(field.default) if mutable else None))
        metadata[attribute] = {WIRE_NAME: field.name, FIELD_TYPE: field.type, FIELD: field}
    defaults += [("created_at", None, None), ("updated_at", None, None), ("extra", None, dict)]
    body = {
        name: attrs.field(
            default=default if factory is None else attrs.Factory(factory),
            metadata=metadata.get(name),
        )
        for name, default, factory in defaults
    }
    # attrs would also compile __init__/__repr__/__eq__ for each class: _add_methods instead.
    model: type[Any] = attrs.make_class(
        class_name(table), body, slots=True, init=False, repr=False, eq=False
    )
    _add_methods(model, tuple(defaults))
    model.__doc__ = f"A row of the custom table {table!r} (built from its live structure)."
    setattr(model, TABLE_MARKER, table)
    return model


def _add_methods(
    model: type, defaults: tuple[tuple[str, Any, Callable[[], Any] | None], ...]
) -> None:
    """A keyword-only ``__init__``, ``repr`` and ``==`` as attrs writes them, none compiled."""
    names = tuple(name for name, _, _ in defaults)
    values = operator.attrgetter(*names)
    known = frozenset(names)

    def __init__(self: Any, **given: Any) -> None:
        if not given.keys() <= known:
            unexpected = ", ".join(sorted(given.keys() - known))
            raise TypeError(
                f"{type(self).__name__}() got unexpected keyword arguments: {unexpected}"
            )
        for name, default, factory in defaults:
            value = given.get(name, _MISSING)
            if value is _MISSING:
                value = default if factory is None else factory()
            object.__setattr__(self, name, value)

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

    __init__.__qualname__ = f"{model.__qualname__}.__init__"
    model.__init__ = __init__  # type: ignore[misc]
    model.__repr__ = __repr__  # type: ignore[assignment]
    model.__eq__ = __eq__  # type: ignore[assignment,method-assign]
    model.__ne__ = __ne__  # type: ignore[assignment,method-assign]
    model.__hash__ = None  # type: ignore[assignment]  # mutable, like attrs' eq=True classes


def _compile_builder(
    model: type, fields: tuple[FieldInfo, ...], attributes: tuple[str, ...], known: frozenset[str]
) -> RowBuilder:
    """The wire → row builder: straight-line code for this structure, storing into the slots.

    Internal names start with ``_``: derived attribute names never do, so they cannot clash.
    """
    readers = [field.converter for field in fields if field.converter.read is not read_passthrough]
    namespace: dict[str, Any] = {
        **{reader.reader: reader.read for reader in readers},
        "_Row": model,
        "_new": object.__new__,
        "_MISSING": _MISSING,
        "_KNOWN": known,
        "_plain_id": plain_id,
        "_read_timestamp": read_date,
        "_deepcopy": copy.deepcopy,
    }
    first_id, second_id = ROW_ID_KEYS
    build = [
        "def _build(_record):",
        "    _get = _record.get",
        "    _row = _new(_Row)",
        f"    _id = _get({first_id!r})",
        "    if _id is None:",
        f"        _id = _get({second_id!r})",
        "    if _id is not None and _id.__class__ is not str:",
        "        _id = _plain_id(_id)",
        "    _row.id = _id",
    ]
    id_fields = frozenset(field.name for field in fields) & frozenset(ROW_ID_KEYS)
    if id_fields:
        namespace["_row_id"], namespace["_ID_FIELDS"] = shadowed_row_id, id_fields
        build[3:8] = ["    _id = _row_id(_record, _ID_FIELDS)"]
    for index, (field, attribute) in enumerate(zip(fields, attributes, strict=True)):
        converter, mutable = field.converter, _is_mutable(field.default)
        key = repr(field.name)
        reader = None if converter.read is read_passthrough else converter.reader
        default = f"_DEFAULT_{index}"
        namespace[default] = field.default
        if is_shadowed(field):  # the record's key holds the row's own value, not the field's
            value = f"_deepcopy({default})" if mutable else default
        elif field.default is None:  # every reader maps None to None: no missing-key test
            value = f"_get({key})" if reader is None else f"{reader}(_get({key}))"
        elif reader is None and not mutable:
            value = f"_get({key}, {default})"
        else:
            fresh = f"_deepcopy({default})" if mutable else default
            read = "_v" if reader is None else f"{reader}(_v)"
            value = f"{fresh} if (_v := _get({key}, _MISSING)) is _MISSING else {read}"
        build.append(f"    _row.{attribute} = {value}")
    for attribute, key in (("created_at", CREATED_AT_KEY), ("updated_at", UPDATED_AT_KEY)):
        build.append(f"    _v = _get({key!r})")
        build.append(f"    _row.{attribute} = None if _v is None else _read_timestamp(_v)")
    # The subset test allocates nothing; most records have no unknown key.
    build += [
        "    _row.extra = {} if _record.keys() <= _KNOWN else "
        "{_key: _record[_key] for _key in _record.keys() - _KNOWN}",
        "    return _row",
    ]
    exec(compile("\n".join(build), f"<row builder {model.__name__}>", "exec"), namespace)
    builder: RowBuilder = namespace["_build"]
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


# ---- row input → checked wire values ----

WireValues = list[tuple[FieldInfo, Any]]


def row_input(table: str, row_or_values: Any) -> Mapping[Any, Any]:
    """The ``{name: value}`` of a dict or of a row instance (run-time or frozen class)."""
    if is_row(row_or_values):
        return field_values(row_or_values)
    if isinstance(row_or_values, Mapping):
        return row_or_values
    raise ValidationError(
        table, "*", f"expected a dict or a row, got {type(row_or_values).__name__}"
    )


def values_for_create(row_model: RowModel, row_or_values: Any) -> WireValues:
    """Wire values of a new row: every given field checked, required fields present.

    Keys may be the field's wire name (``customerId``) or its attribute name (``customer_id``).
    """
    values = _convert(row_model, row_or_values, creating=True)
    present = {field.name for field, _ in values}
    for field in row_model.fields:
        missing = field.required and not field.has_default and field.name not in present
        if missing and field.name not in row_model.drift:
            raise ValidationError(row_model.table, field.name, "required field is missing")
    for field in row_model.absorbed:
        if field.required and not field.has_default and field.name not in present:
            raise ValidationError(
                row_model.table,
                field.name,
                f"required field, new in the table: {row_model.model.__name__} does not declare "
                f"it; pass it by its wire name, or freeze the table again "
                f"(final-pos-tables freeze {row_model.table})",
            )
    return values


def values_for_update(row_model: RowModel, row_or_values: Any) -> WireValues:
    """Wire values of the given fields only."""
    return _convert(row_model, row_or_values, creating=False)


def _absorbed_values(row_model: RowModel, row: Any) -> WireValues:
    """The values a frozen row holds in ``extra`` for fields its class does not declare: wire
    values as read, written back unchanged."""
    extra: Mapping[str, Any] = getattr(row, "extra", None) or {}
    return [(field, extra[field.name]) for field in row_model.absorbed if field.name in extra]


def _convert(row_model: RowModel, row_or_values: Any, *, creating: bool) -> WireValues:
    table = row_model.table
    given = row_input(table, row_or_values)
    by_key = _fields_by_key(row_model)
    seen: dict[str, Any] = {}
    values: WireValues = []
    if is_row(row_or_values):
        values = _absorbed_values(row_model, row_or_values)
        seen = {field.name: field.name for field, _ in values}
    for key, value in given.items():
        if not isinstance(key, str):
            raise ValidationError(table, repr(key), "field names must be strings")
        field = by_key.get(key)
        if field is None:
            raise UnknownFieldError(table, key, _unknown_field_problem(key, row_model))
        if field.name in row_model.drift and value is not None:
            if not field.id and value == field.default and is_row(row_or_values):
                continue  # a removed field a frozen row leaves at the class default
            drift = {field.name: row_model.drift[field.name]}
            raise ModelMismatchError(table, row_model.model, drift)
        if field.name in seen:
            raise ValidationError(
                table, field.name, f"given twice (as {seen[field.name]!r} and {key!r})"
            )
        seen[field.name] = key
        if value is None:
            if field.required:
                raise ValidationError(table, field.name, "required field cannot be None")
            if creating:
                continue
            raise ValidationError(
                table, field.name, "None cannot be written (the API has no way to clear a value)"
            )
        try:
            values.append((field, field.converter.write(value)))
        except WrongValue as problem:
            raise ValidationError(
                table, field.name, f"wrong type for a {field.type} field: {problem}"
            ) from None
    return values


def _fields_by_key(row_model: RowModel) -> dict[str, FieldInfo]:
    by_key = {field.name: field for field in row_model.absorbed}
    by_key.update(zip(row_model.attributes, row_model.fields, strict=True))
    by_key.update((field.name, field) for field in row_model.fields)
    return by_key


def _unknown_field_problem(key: str, row_model: RowModel) -> str:
    live = [*row_model.fields, *row_model.absorbed]
    candidates = [*(field.name for field in live), *row_model.attributes]
    suggestions = close_names(key, candidates)
    if suggestions:
        hint = f"did you mean {', '.join(map(repr, suggestions))}?"
    else:
        hint = f"the table's fields are {', '.join(repr(field.name) for field in live) or 'none'}"
    return f"unknown field; {hint} (structure as last read: tables.refresh() reads it again)"
