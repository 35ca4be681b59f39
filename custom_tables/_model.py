"""Row models: an attrs class per table structure, plus a compiled wire → row builder.

attrs describes the class (``attrs.fields``, metadata, ``asdict``, ``evolve``); its methods are
written here instead, because compiling them is most of the cost of building a model: only the
builder is compiled (straight-line code per structure, storing straight into the slots), while
``__init__``, ``repr`` and ``==`` are plain closures.
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
    model: type[Any]
    fields: tuple[FieldInfo, ...]
    attributes: tuple[str, ...]
    build: RowBuilder
    known_keys: frozenset[str]


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
        metadata[attribute] = {WIRE_NAME: field.name, FIELD: field}
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
    namespace: dict[str, Any] = {
        **READ_HELPERS,
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
    for index, (field, attribute) in enumerate(zip(fields, attributes, strict=True)):
        key, reader, mutable = repr(field.name), field.converter.reader, _is_mutable(field.default)
        default = f"_DEFAULT_{index}"
        namespace[default] = field.default
        if field.default is None:  # every reader maps None to None: no missing-key test
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
