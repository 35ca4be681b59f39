"""The discriminators of the description's ``oneOf``/``anyOf`` properties, for the model
templates (openapi-python-client 0.29 ignores them): which property tells the variants apart
and which value names which model class."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openapi_python_client.strings import ClassName

from final_pos_client._core.spec_model import Schema, SpecModel

# (property wire name, variant classes) -> (discriminator property, ((value, class), ...))
Discriminator = tuple[str, tuple[tuple[str, str], ...]]
Key = tuple[str, frozenset[str]]


def _class(ref: str) -> str:
    return str(ClassName(ref.rsplit("/", 1)[-1], ""))


def _discriminator(schema: Schema) -> Discriminator | None:
    variants = schema.one_of or schema.any_of
    found = schema.discriminator
    if not variants or not found or "propertyName" not in found:
        return None
    # No mapping: each variant's value is its schema name (OpenAPI 3.0).
    mapping = found.get("mapping") or {part.ref: str(part.ref) for part in variants if part.ref}
    pairs = tuple((str(value), _class(str(ref))) for value, ref in mapping.items())
    return str(found["propertyName"]), pairs


def collect(spec: SpecModel) -> dict[Key, Discriminator]:
    found: dict[Key, Discriminator] = {}
    for schema in spec.schemas.values():
        for name, prop in schema.properties.items():
            discriminator = _discriminator(prop)
            if discriminator is not None:
                variants = prop.one_of or prop.any_of
                classes = frozenset(_class(str(p.ref)) for p in variants if p.ref)
                found[(name, classes)] = discriminator
    return found


def lookup(spec: dict[str, Any]) -> Callable[[Any], Discriminator | None]:
    """``discriminator_for(property)``, the templates' global: the union property's
    discriminator, or None."""
    table = collect(SpecModel.parse(spec))

    def discriminator_for(prop: Any) -> Discriminator | None:
        inner = getattr(prop, "inner_properties", None) or []
        classes = frozenset(p.class_info.name for p in inner if hasattr(p, "class_info"))
        name = prop.name  # the generator's UntrustedString: the raw name, for a lookup only
        raw = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name
        return table.get((str(raw), classes))

    return discriminator_for
