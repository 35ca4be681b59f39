"""Custom tables that extend customers: rows whose reference field holds a customer id."""

from __future__ import annotations

import asyncio
from typing import Any

import attrs

from .tables import Table

CUSTOM_TABLES_ATTRIBUTE = "custom_tables"

_with_rows_classes: dict[type, type] = {}


async def rows_of_customer(tables: list[Table[Any]], customer_id: str) -> dict[str, list[Any]]:
    """``{table name: rows}`` for every table with a customer reference field."""
    linked = [table for table in tables if _customer_attributes(table)]
    found = await asyncio.gather(*(_rows_in(table, customer_id) for table in linked))
    return {table.name: rows for table, rows in zip(linked, found, strict=True)}


def _customer_attributes(table: Table[Any]) -> list[str]:
    row_model = table.row_model
    return [
        attribute
        for field, attribute in zip(row_model.fields, row_model.attributes, strict=True)
        if field.references_customers
    ]


async def _rows_in(table: Table[Any], customer_id: str) -> list[Any]:
    # The data endpoint has no filter parameter: read every row, keep the customer's.
    references = _customer_attributes(table)
    return [
        row
        async for row in table.iterate()
        if any(getattr(row, name, None) == customer_id for name in references)
    ]


def attach_custom_tables(customer: Any, linked: dict[str, list[Any]]) -> Any:
    """The customer with ``.custom_tables`` set; its own fields and ``to_dict`` stay as they were.

    Generated models are slotted attrs classes, so the rows go into a subclass that adds one
    slot; every attribute (``additional_properties`` too) is carried over unchanged.
    """
    try:
        setattr(customer, CUSTOM_TABLES_ATTRIBUTE, linked)
        return customer
    except AttributeError:
        pass
    model = type(customer)
    subclass = _with_rows_classes.get(model)
    if subclass is None:
        subclass = type(model.__name__, (model,), {"__slots__": (CUSTOM_TABLES_ATTRIBUTE,)})
        subclass.__qualname__ = model.__qualname__
        subclass.__module__ = model.__module__
        _with_rows_classes[model] = subclass
    attached: Any = object.__new__(subclass)
    for attribute in attrs.fields(model):
        object.__setattr__(attached, attribute.name, getattr(customer, attribute.name))
    object.__setattr__(attached, CUSTOM_TABLES_ATTRIBUTE, linked)
    return attached
