"""Check row input against a table's structure and turn it into wire values, before any request.

Keys may be the field's wire name (``customerId``) or its attribute name (``customer_id``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._close_names import close_names
from ._errors import ValidationError
from ._field_types import WrongValue
from ._model import RowModel
from ._structure import FieldInfo

WireValues = list[tuple[FieldInfo, Any]]


def values_for_create(row_model: RowModel, given: Mapping[Any, Any]) -> WireValues:
    """Wire values of a new row: every given field checked, required fields present."""
    values = _convert(row_model, given, creating=True)
    present = {field.name for field, _ in values}
    for field in row_model.fields:
        if field.required and not field.has_default and field.name not in present:
            raise ValidationError(row_model.table, field.name, "required field is missing")
    return values


def values_for_update(row_model: RowModel, given: Mapping[Any, Any]) -> WireValues:
    """Wire values of the given fields only."""
    return _convert(row_model, given, creating=False)


def _convert(row_model: RowModel, given: Mapping[Any, Any], *, creating: bool) -> WireValues:
    table = row_model.table
    by_key = _fields_by_key(row_model)
    seen: dict[str, Any] = {}
    values: WireValues = []
    for key, value in given.items():
        if not isinstance(key, str):
            raise ValidationError(table, repr(key), "field names must be strings")
        field = by_key.get(key)
        if field is None:
            raise ValidationError(table, key, _unknown_field_problem(key, row_model))
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
    by_key = dict(zip(row_model.attributes, row_model.fields, strict=True))
    by_key.update((field.name, field) for field in row_model.fields)
    return by_key


def _unknown_field_problem(key: str, row_model: RowModel) -> str:
    candidates = [*(field.name for field in row_model.fields), *row_model.attributes]
    suggestions = close_names(key, candidates)
    if suggestions:
        return f"unknown field; did you mean {', '.join(map(repr, suggestions))}?"
    known = ", ".join(repr(field.name) for field in row_model.fields) or "none"
    return f"unknown field; the table's fields are {known}"
