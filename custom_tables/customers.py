"""Customers with their custom tables: a customer model built at run time, like row models.

The model is the generated ``Customer`` plus

- one ``list[Row]`` attribute per custom table that references customers
  (``customer.loyalty_points``), and ``custom_tables`` (``{table: rows}``);
- one typed attribute per customer-level key the live payloads carry beyond the generated
  fields (``customer.loyalty_tier`` for ``"loyaltyTier": "gold"``): a :class:`CustomerKey`, a
  typed view of ``additional_properties``, where the value stays, so ``to_dict`` writes it back
  and a read-modify-write keeps it. Its type is inferred from the values seen under the key
  (the type map's ``infer_field_type``).

One model per structure version of the linked tables and set of observed keys. Linked rows
come from each table's lookup index: one full read per table, not one per customer.
"""

from __future__ import annotations

import re
import sys
import typing
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any, Generic, Self, TypeVar, overload

import attrs

from final_pos_client.models import Customer
from final_pos_client.types import UNSET, Unset

from . import fields
from .errors import CustomerKeyError
from .names import attribute_names, snake_case
from .rows import CUSTOM_TABLE
from .tables import Table

CUSTOM_TABLES_ATTRIBUTE = "custom_tables"

# (wire name, field type name) of each observed customer-level key, sorted by wire name.
CustomerKeyTypes = tuple[tuple[str, str], ...]

ValueT = TypeVar("ValueT")

_models: dict[tuple[Any, ...], CustomerModel] = {}


class CustomerKey(Generic[ValueT]):
    """A typed attribute for a customer-level key, stored in ``additional_properties``.

    Reading gives the value through the field type's reader (``UNSET`` when the customer lacks
    the key); writing checks it with the type's writer (:class:`CustomerKeyError` if it does
    not fit) and stores the wire value; assigning ``UNSET`` removes the key.
    """

    def __init__(self, wire_name: str, field_type: str) -> None:
        self.wire_name = wire_name
        self.field_type = field_type
        self.attribute = wire_name
        self._converter = fields.field_type(field_type)

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    def __repr__(self) -> str:
        return f"CustomerKey({self.wire_name!r}, {self.field_type!r})"

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> ValueT | Unset | None: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = _properties(instance).get(self.wire_name, UNSET)
        return value if value is UNSET or value is None else self._converter.read(value)

    def __set__(self, instance: object, value: ValueT | Unset | None) -> None:
        properties = _properties(instance)
        if isinstance(value, Unset):
            properties.pop(self.wire_name, None)
            return
        try:
            properties[self.wire_name] = None if value is None else self._converter.write(value)
        except fields.WrongValue as problem:
            raise CustomerKeyError(
                self.wire_name, f"wrong type for a {self.field_type} key: {problem}"
            ) from None


def _properties(customer: object) -> dict[str, Any]:
    properties: dict[str, Any] = getattr(customer, "additional_properties")  # noqa: B009
    return properties


class ObservedKeys:
    """The customer-level keys seen so far, with the kinds of value seen under each."""

    def __init__(self) -> None:
        self._kinds: dict[str, set[str | None]] = {}
        self._types: CustomerKeyTypes = ()

    def observe(self, customer: Customer) -> CustomerKeyTypes:
        """Note the customer's keys; returns the key types with them."""
        changed = False
        for key, value in customer.additional_properties.items():
            kinds = self._kinds.setdefault(key, set())
            kind = fields.value_type(value)
            if kind not in kinds:
                kinds.add(kind)
                changed = True
        if changed:
            self._types = tuple(
                (key, fields.infer_field_type(kinds).name)
                for key, kinds in sorted(self._kinds.items())
            )
        return self._types

    @property
    def types(self) -> CustomerKeyTypes:
        return self._types


@attrs.frozen
class CustomerModel:
    """A run-time customer class and the attribute of each linked table and observed key."""

    model: type[Any]
    table_attributes: tuple[str, ...]
    key_attributes: tuple[str, ...]
    keys: CustomerKeyTypes


def linked_tables(tables: Sequence[Table[Any]]) -> list[Table[Any]]:
    """The tables with a field referencing customers."""
    return [table for table in tables if reference_attributes(table)]


def reference_attributes(table: Table[Any]) -> list[str]:
    row_model = table.row_model
    return [
        attribute
        for field, attribute in zip(row_model.fields, row_model.attributes, strict=True)
        if field.references_customers
    ]


def _customer_names() -> set[str]:
    """Every name the generated ``Customer`` uses: fields, methods, properties, dunders."""
    return {*dir(Customer), *(attribute.name for attribute in attrs.fields(Customer))}


def table_attributes(names: Sequence[str]) -> list[str]:
    """One attribute per linked table, clear of the generated customer's own attributes."""
    taken = {attribute.name for attribute in attrs.fields(Customer)} | {CUSTOM_TABLES_ATTRIBUTE}
    chosen: list[str] = []
    for name in names:
        base = snake_case(name)
        candidate, counter = base, 2
        while candidate in taken:
            candidate = f"{base}_{counter}"
            counter += 1
        taken.add(candidate)
        chosen.append(candidate)
    return chosen


def key_attributes(keys: Sequence[str], tables: Sequence[str]) -> list[str]:
    """One attribute per customer-level key, clear of everything ``Customer`` has and of the
    table attributes (collisions handled like row fields: ``_`` for a taken name, ``_2``...)."""
    reserved = _customer_names() | {CUSTOM_TABLES_ATTRIBUTE, *tables}
    return attribute_names(keys, reserved=reserved)


def customer_model(linked: Sequence[Table[Any]], keys: CustomerKeyTypes = ()) -> CustomerModel:
    """The customer class for these linked tables' structures and observed keys (cached)."""
    cache_key = (tuple((table.name, table.row_model.model) for table in linked), keys)
    cached = _models.get(cache_key)
    if cached is not None:
        return cached
    tables = tuple(table_attributes([table.name for table in linked]))
    key_names = tuple(key_attributes([key for key, _ in keys], tables))
    body: dict[str, Any] = {
        attribute: attrs.field(
            factory=list,
            type=list[table.row_model.model],  # type: ignore[name-defined]
            metadata={CUSTOM_TABLE: table.name},
        )
        for table, attribute in zip(linked, tables, strict=True)
    }
    body[CUSTOM_TABLES_ATTRIBUTE] = attrs.field(factory=dict, type=dict[str, list[Any]])
    model = attrs.make_class(Customer.__name__, body, bases=(Customer,), slots=True, repr=True)
    for attribute, (key, type_name) in zip(key_names, keys, strict=True):
        descriptor: CustomerKey[Any] = CustomerKey(key, type_name)
        setattr(model, attribute, descriptor)
        descriptor.__set_name__(model, attribute)
    model.__qualname__ = Customer.__qualname__
    model.__doc__ = (
        "The generated Customer, with the rows of the custom tables linked to it and a typed "
        "attribute per customer-level key seen."
    )
    built = _models[cache_key] = CustomerModel(model, tables, key_names, keys)
    return built


def frozen_links(model: type[Any]) -> list[tuple[str, str, type[Any]]]:
    """``(attribute, table name, row class)`` of each linked table a frozen customer class
    (``freeze --customers``) holds: ``loyalty_points: list[LoyaltyPointsRow]``."""
    if not (attrs.has(model) and issubclass(model, Customer)):
        raise TypeError(f"model must be a customer class written by freeze, got {model!r}")
    module = sys.modules[model.__module__]
    links: list[tuple[str, str, type[Any]]] = []
    for attribute in attrs.fields(model):
        table = attribute.metadata.get(CUSTOM_TABLE)
        if table is None:
            continue
        annotation = attribute.type
        if isinstance(annotation, str):  # postponed: "list[LoyaltyPointsRow]"
            named = re.fullmatch(r"list\[(\w+)\]", annotation)
            if named is None or not hasattr(module, named[1]):
                raise TypeError(f"{model.__name__}.{attribute.name}: cannot resolve {annotation}")
            row_class = getattr(module, named[1])
        else:
            (row_class,) = typing.get_args(annotation)
        links.append((attribute.name, table, row_class))
    return links


def customer_keys(model: type[Any]) -> dict[str, CustomerKey[Any]]:
    """``{attribute: CustomerKey}`` of a customer class (run-time or frozen)."""
    return {
        name: value
        for klass in reversed(model.__mro__)
        for name, value in vars(klass).items()
        if isinstance(value, CustomerKey)
    }


def with_rows(
    customer: Customer,
    linked: Sequence[Table[Any]],
    rows: Sequence[list[Any]],
    built: CustomerModel,
) -> Any:
    """The customer as an instance of ``built``, holding ``rows`` per linked table."""
    instance: Any = object.__new__(built.model)
    for attribute in attrs.fields(Customer):
        object.__setattr__(instance, attribute.name, getattr(customer, attribute.name))
    for name, table_rows in zip(built.table_attributes, rows, strict=True):
        object.__setattr__(instance, name, table_rows)
    by_table = {table.name: table_rows for table, table_rows in zip(linked, rows, strict=True)}
    object.__setattr__(instance, CUSTOM_TABLES_ATTRIBUTE, by_table)
    return instance


async def rows_of(table: Table[Any], customer_id: str) -> list[Any]:
    """The table's rows referencing the customer (from the table's index: no scan per call)."""
    found: dict[Any, Any] = {}
    for attribute in reference_attributes(table):
        for row in await table.find(**{attribute: customer_id}):
            found[row.id] = row
    return list(found.values())


async def iterate_customers(
    customers: AsyncIterator[Customer],
    linked: Sequence[Table[Any]],
    model_for: Callable[[Customer], CustomerModel],
) -> AsyncIterator[Any]:
    """Each customer with its rows; every linked table is read once, before the first one.

    ``model_for`` observes the customer's keys and gives the model to build it as.
    """
    groups: list[Mapping[str, list[Any]]] = []
    for table in linked:
        await table.refresh_index()
        grouped: dict[str, list[Any]] = {}
        for attribute in reference_attributes(table):
            for value, table_rows in (await table.grouped(attribute)).items():
                grouped.setdefault(value, []).extend(table_rows)
        groups.append(grouped)
    async for customer in customers:
        rows = [group.get(customer.id, []) for group in groups]
        yield with_rows(customer, linked, rows, model_for(customer))
