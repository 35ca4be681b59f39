"""The JSON value of a discriminated union field: a variant's ``to_dict()``, or the dict a
variant this SDK does not know was kept as (``union_property.py.jinja``)."""

from __future__ import annotations

from typing import Any

from ._types import ModelBase


def union_value(value: object) -> Any:
    return value.to_dict() if isinstance(value, ModelBase) else value
