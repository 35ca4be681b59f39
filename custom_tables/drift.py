"""Frozen row classes against a live structure that moved on: absorb what they can.

A field added to the table is absorbed (its values stay in ``row.extra``, are written back
unchanged, and can be written by wire name); a declared field removed or retyped is recorded as
drift, raised (``ModelMismatchError``) only by the operations it affects.
"""

from __future__ import annotations

import logging
from typing import Any

import attrs

from .rows import FIELD_TYPE, WIRE_NAME, RowModel, build_row_model
from .structure import FieldInfo

logger = logging.getLogger("custom_tables")


def frozen_row_model(table: str, live: tuple[FieldInfo, ...], model: type[Any]) -> RowModel:
    """The row model of frozen ``model`` over the ``live`` fields, with what drifted."""
    by_name = {field.name: field for field in live}
    fields: list[FieldInfo] = []
    attributes: list[str] = []
    required: list[tuple[str, str]] = []
    drift: dict[str, str] = {}
    unreadable: set[str] = set()
    for attribute in attrs.fields(model):
        name = attribute.metadata.get(WIRE_NAME)
        if name is None:
            continue
        declared_type = attribute.metadata.get(FIELD_TYPE)
        field = by_name.get(name)
        needs_value = attribute.default is attrs.NOTHING
        if field is None:
            drift[name] = "no longer in the table"
            field = _removed_field(name, declared_type, attribute)
            if needs_value:
                unreadable.add(name)  # every row read would lack a value the class requires
        elif declared_type is not None and field.type != declared_type:
            drift[name] = f"type is {field.type!r} now, {declared_type!r} in the class"
            unreadable.add(name)
        elif needs_value:
            required.append((name, attribute.name))
        fields.append(field)
        attributes.append(attribute.name)
    declared = {field.name for field in fields}
    absorbed = tuple(field for field in live if field.name not in declared)
    built = build_row_model(table, tuple(fields), model, tuple(attributes))
    _log_drift(table, model, absorbed, drift)
    return attrs.evolve(
        built,
        required=tuple(required),
        absorbed=absorbed,
        drift=drift,
        unreadable=frozenset(unreadable),
    )


def _removed_field(name: str, type_name: Any, attribute: attrs.Attribute[Any]) -> FieldInfo:
    """A stand-in for a declared field the table lost: rows read get the class's default."""
    default: Any = attribute.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()
    elif default is attrs.NOTHING:
        default = None
    return FieldInfo(id="", name=name, type=str(type_name or "unknown"), default=default)


def _log_drift(
    table: str, model: type[Any], absorbed: tuple[FieldInfo, ...], drift: dict[str, str]
) -> None:
    """Once per structure version (the caller caches the row model): what to re-freeze."""
    again = f"run `final-pos-tables freeze {table}` again"
    if absorbed:
        names = ", ".join(repr(field.name) for field in absorbed)
        logger.info(
            "custom table %r has field(s) %s that %s does not declare: their values are kept "
            "in row.extra and written back unchanged; %s to type them",
            table,
            names,
            model.__name__,
            again,
        )
    if drift:
        details = "; ".join(f"{name}: {problem}" for name, problem in drift.items())
        logger.warning(
            "custom table %r changed under %s (%s): operations using these fields raise "
            "ModelMismatchError; %s",
            table,
            model.__name__,
            details,
            again,
        )
