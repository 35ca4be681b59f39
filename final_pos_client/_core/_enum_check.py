"""Enum values an answer holds that its description does not list (the vendor added them after
this SDK was generated): found for the shape recorder (``observe=``), kind ``unknown_enum_value``.

``enum_fields(model, schema)`` lists once per documented answer where its enum fields sit (a
path of keys, ``None`` for any array item); ``unknown_values`` reads only those places of a
decoded body. The value itself is the finding's detail when it looks like an enum token (a
word of letters, digits, ``_ . -``; an integer of an integer enum as its digits), else
``{value}``: a value a server sent is never stored. Only values of the enum's own JSON type
count (another type there is no member the vendor added).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .spec_model import Schema, SpecModel

MAX_DEPTH = 8
_TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,40}")


@dataclass(frozen=True)
class EnumField:
    path: tuple[str | None, ...]  # keys; None: every item of an array
    allowed: frozenset[Any]
    target: str  # JSONPath of the schema node listing the values
    json_type: str = "string"  # "integer" for an enum of integers

    @property
    def pointer(self) -> str:
        return "".join("/*" if key is None else f"/{key}" for key in self.path)


def enum_fields(model: SpecModel, schema: Schema | None, target: str) -> tuple[EnumField, ...]:
    found: list[EnumField] = []
    if schema is not None:
        _walk(model, schema, (), target, found, frozenset())
    return tuple(found)


def _walk(
    model: SpecModel,
    schema: Schema,
    path: tuple[str | None, ...],
    target: str,
    found: list[EnumField],
    seen: frozenset[str],
) -> None:
    if len(path) > MAX_DEPTH:
        return
    while schema.ref is not None or (len(schema.all_of) == 1 and not schema.properties):
        if schema.ref is not None:
            if schema.ref in seen:
                return
            seen = seen | {schema.ref}
            target = f"$.components.schemas['{schema.ref}']"
            schema = model.resolve(schema)
        else:
            schema = schema.all_of[0]
    if schema.enum:
        integers = all(_is_integer(value) for value in schema.enum)
        json_type = "integer" if integers else "string"
        found.append(EnumField(path, frozenset(schema.enum), f"{target}.enum", json_type))
        return
    if schema.items is not None:
        _walk(model, schema.items, (*path, None), f"{target}.items", found, seen)
    for name, child in schema.properties.items():
        _walk(model, child, (*path, name), f"{target}.properties['{name}']", found, seen)
    for part in schema.all_of:
        _walk(model, part, path, target, found, seen)


def unknown_values(body: Any, fields: tuple[EnumField, ...]) -> Iterator[tuple[EnumField, str]]:
    """(field, detail) for each value at an enum field's place that its enum does not list."""
    for field in fields:
        integers = field.json_type == "integer"
        for value in _values_at(body, field.path):
            if integers and _is_integer(value) and value not in field.allowed:
                yield field, str(value)
            elif not integers and isinstance(value, str) and value not in field.allowed:
                yield field, value if _TOKEN.fullmatch(value) else "{value}"


def _is_integer(value: Any) -> bool:
    return type(value) is int


def _values_at(node: Any, path: tuple[str | None, ...]) -> Iterator[Any]:
    if not path:
        yield node
        return
    key, rest = path[0], path[1:]
    if key is None:
        if isinstance(node, list):
            for item in node:
                yield from _values_at(item, rest)
    elif isinstance(node, dict) and key in node:
        yield from _values_at(node[key], rest)
