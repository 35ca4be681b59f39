"""Customers with their custom tables: a customer model built at run time, like row models.

The model is the generated ``Customer`` plus one ``list[Row]`` attribute per custom table that
references customers (``customer.loyalty_points``), and ``custom_tables`` (``{table: rows}``).
Customer keys the spec does not name stay in ``additional_properties`` and are written back by
``to_dict`` (a read-modify-write keeps them). One model per structure version of the linked
tables. Linked rows come from each table's lookup index: one full read per table, not one per
customer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from final_pos_client.models import Customer

from .names import snake_case
from .rows import CUSTOM_TABLE

if TYPE_CHECKING:
    from .tables import Table

CUSTOM_TABLES_ATTRIBUTE = "custom_tables"

_models: dict[tuple[Any, ...], tuple[type[Any], tuple[str, ...]]] = {}


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


def customer_model(linked: Sequence[Table[Any]]) -> tuple[type[Any], tuple[str, ...]]:
    """The customer class for these linked tables' structures, and its table attributes."""
    key = tuple((table.name, table.row_model.model) for table in linked)
    cached = _models.get(key)
    if cached is not None:
        return cached
    attributes = tuple(table_attributes([table.name for table in linked]))
    body: dict[str, Any] = {
        attribute: attrs.field(
            factory=list,
            type=list[table.row_model.model],  # type: ignore[name-defined]
            metadata={CUSTOM_TABLE: table.name},
        )
        for table, attribute in zip(linked, attributes, strict=True)
    }
    body[CUSTOM_TABLES_ATTRIBUTE] = attrs.field(factory=dict, type=dict[str, list[Any]])
    model = attrs.make_class(Customer.__name__, body, bases=(Customer,), slots=True, repr=True)
    model.__qualname__ = Customer.__qualname__
    model.__doc__ = "The generated Customer, with the rows of the custom tables linked to it."
    _models[key] = (model, attributes)
    return model, attributes


def with_rows(customer: Customer, linked: Sequence[Table[Any]], rows: Sequence[list[Any]]) -> Any:
    """The customer as an instance of the run-time model, holding ``rows`` per linked table."""
    model, attributes = customer_model(linked)
    built: Any = object.__new__(model)
    for attribute in attrs.fields(Customer):
        object.__setattr__(built, attribute.name, getattr(customer, attribute.name))
    for name, table_rows in zip(attributes, rows, strict=True):
        object.__setattr__(built, name, table_rows)
    by_table = {table.name: table_rows for table, table_rows in zip(linked, rows, strict=True)}
    object.__setattr__(built, CUSTOM_TABLES_ATTRIBUTE, by_table)
    return built


async def rows_of(table: Table[Any], customer_id: str) -> list[Any]:
    """The table's rows referencing the customer (from the table's index: no scan per call)."""
    found: dict[Any, Any] = {}
    for attribute in reference_attributes(table):
        for row in await table.find(**{attribute: customer_id}):
            found[row.id] = row
    return list(found.values())


async def iterate_customers(
    customers: AsyncIterator[Customer], linked: Sequence[Table[Any]]
) -> AsyncIterator[Any]:
    """Each customer with its rows; every linked table is read once, before the first one."""
    groups: list[dict[str, list[Any]]] = []
    for table in linked:
        await table.refresh_index()
        grouped: dict[str, list[Any]] = {}
        for attribute in reference_attributes(table):
            for value, table_rows in (await table.grouped(attribute)).items():
                grouped.setdefault(value, []).extend(table_rows)
        groups.append(grouped)
    async for customer in customers:
        yield with_rows(customer, linked, [group.get(customer.id, []) for group in groups])
