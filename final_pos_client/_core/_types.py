"""What every generated model shares: the absent-field marker and the model base class
(``types.py`` re-exports them for the generated modules)."""

from __future__ import annotations

import json
from typing import Any, Literal, TypeVar

import attrs


class Unset:
    """A field the JSON did not contain (``UNSET``); false in a test, so ``model.sku or "-"``
    type-checks as ``str``. ``value_or(model.sku, default)`` keeps falsy values like ``0``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

ValueT = TypeVar("ValueT")
DefaultT = TypeVar("DefaultT")


def value_or(value: ValueT | Unset, default: DefaultT) -> ValueT | DefaultT:
    """``value`` unless it is ``UNSET`` (the field was absent), else ``default``."""
    return default if isinstance(value, Unset) else value


class ModelBase:
    """What every generated model has besides its fields: a repr without the absent fields,
    ``to_json()``, and ``to_dict()`` (its own, per model: the JSON object with wire names)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (wire names, absent fields left out)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]
            if field.repr
            and (value := getattr(self, field.name)) is not UNSET
            and not (field.name == "additional_properties" and not value)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"
