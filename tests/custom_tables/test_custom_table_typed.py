"""Typed tables: frozen classes plug in, checked against the live structure (mypy --strict on
user code against the installed wheel: tests/release/test_typed_wheel.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from custom_tables import CustomTables, ModelMismatchError
from custom_tables.freeze import freeze_source
from final_pos_fake import FakeServer


async def frozen_module(tables: CustomTables, name: str, directory: Path) -> ModuleType:
    table = await tables.table(name)
    path = directory / f"frozen_{name.replace('-', '_')}.py"
    path.write_text(freeze_source(table.row_model, command="test"), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


async def test_a_frozen_class_reads_and_writes_rows(
    tables: CustomTables, new_customer: Callable[..., str], tmp_path: Path
) -> None:
    frozen = await frozen_module(tables, "loyalty-points", tmp_path)
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


async def test_a_frozen_class_that_drifted_is_refused_naming_the_fields(
    tables: CustomTables, fake_server: FakeServer, tmp_path: Path
) -> None:
    frozen = await frozen_module(tables, "loyalty-points", tmp_path)
    fake_server.app.store.add_custom_field("loyalty-points", {"name": "nickName", "type": "string"})
    await tables.refresh("loyalty-points")
    with pytest.raises(ModelMismatchError) as raised:
        await tables.table("loyalty-points", model=frozen.LoyaltyPointsRow)
    assert raised.value.drifted == {"nickName": "new in the table"}
    assert "nickName" in str(raised.value) and "freeze it again" in str(raised.value)
    other = await frozen_module(tables, "customer-preferences", tmp_path)
    with pytest.raises(ModelMismatchError, match=r"preferredChannel.*no longer in the table"):
        await tables.table("loyalty-points", model=other.CustomerPreferencesRow)
