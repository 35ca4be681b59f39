"""Typed tables: frozen classes plug in (mypy --strict on user code against the installed
wheel: tests/release/test_typed_wheel.py; drift: test_custom_table_drift.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import ModuleType

import pytest

from custom_tables import CustomTables, ModelMismatchError

Freeze = Callable[[str], Awaitable[ModuleType]]


async def test_a_frozen_class_reads_and_writes_rows(
    tables: CustomTables, new_customer: Callable[..., str], freeze: Freeze
) -> None:
    frozen = await freeze("loyalty-points")
    Row = frozen.LoyaltyPointsRow
    with pytest.raises(TypeError):
        Row(points=1)  # customerId is required in the frozen class
    table = await tables.table("loyalty-points", model=Row)
    customer_id = new_customer()
    created = await table.create(Row(customer_id=customer_id, points=7, tier="gold"))
    assert isinstance(created, Row) and created.points == 7 and created.tier == "gold"
    assert [type(row) for row in await table.list()] == [Row]
    assert await table.find(customer_id=customer_id) == [created]
    updated = await table.update(created.id, {"points": 8})
    assert isinstance(updated, Row) and updated.points == 8


async def test_the_row_class_of_another_table_is_refused(
    tables: CustomTables, freeze: Freeze
) -> None:
    other = await freeze("customer-preferences")
    with pytest.raises(ModelMismatchError, match=r"frozen from custom table 'customer-pref"):
        await tables.table("loyalty-points", model=other.CustomerPreferencesRow)
