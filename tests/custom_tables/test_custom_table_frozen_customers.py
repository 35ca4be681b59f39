"""Frozen customers and row ids (issue 18, item 6): ``tables.customer(cid, model=...)`` gives
the frozen class with its frozen rows; ``freeze --customers`` imports the row classes already
frozen; read rows type ``id`` as ``str``."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from custom_tables import CustomTables
from final_pos_fake import FakeServer

MODULES = ("loyalty_points", "customers_with_rows")

USER_MODULE = """
from __future__ import annotations

from custom_tables import CustomTables, Table
from customers_with_rows import CustomerWithTables
from loyalty_points import LoyaltyPointsRow


async def use(tables: CustomTables, table: Table[LoyaltyPointsRow], cid: str) -> None:
    row = await table.create(LoyaltyPointsRow(customer_id=cid, points=1))
    again: LoyaltyPointsRow = await table.get(row.id)
    customer: CustomerWithTables = await tables.customer(cid, model=CustomerWithTables)
    rows: list[LoyaltyPointsRow] = customer.loyalty_points
    print(again, rows)
"""


def freeze(fake_server: FakeServer, directory: Path, *args: str) -> str:
    env = {"FINAL_POS_API_KEY": fake_server.api_key, "FINAL_POS_BASE_URL": fake_server.base_url}
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "freeze", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=directory,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def frozen_project(fake_server: FakeServer, tmp_path: Path) -> Iterator[Path]:
    """A folder with ``loyalty_points.py`` and, written after it, ``customers_with_rows.py``;
    importable while the test runs."""
    freeze(fake_server, tmp_path, "loyalty-points", "-o", "loyalty_points.py")
    said = freeze(fake_server, tmp_path, "--customers", "-o", "customers_with_rows.py")
    assert "LoyaltyPointsRow from loyalty_points" in said
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in MODULES:
            sys.modules.pop(name, None)


def test_freeze_customers_imports_the_row_classes_already_frozen(frozen_project: Path) -> None:
    source = (frozen_project / "customers_with_rows.py").read_text(encoding="utf-8")
    assert "from loyalty_points import LoyaltyPointsRow as LoyaltyPointsRow" in source
    assert "class LoyaltyPointsRow" not in source
    assert "class CustomerPreferencesRow" in source  # not frozen on its own: written here
    assert "    loyalty_points: list[LoyaltyPointsRow] = " in source
    (frozen_project / "user_module.py").write_text(USER_MODULE, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user_module.py"],
        capture_output=True,
        text=True,
        cwd=frozen_project,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


async def test_customer_with_a_frozen_model_holds_frozen_rows(
    tables: CustomTables, new_customer: Callable[..., str], frozen_project: Path
) -> None:
    rows_module = importlib.import_module("loyalty_points")
    customers_module = importlib.import_module("customers_with_rows")
    Row, Customer = rows_module.LoyaltyPointsRow, customers_module.CustomerWithTables
    assert customers_module.LoyaltyPointsRow is Row  # one class, not a second copy
    cid = new_customer(loyaltyTier="gold")
    table = await tables.table("loyalty-points", model=Row)
    created = await table.create(Row(customer_id=cid, points=4))
    assert created.id != "" and Row(customer_id=cid, points=1).id == ""
    await (await tables.table("customer-preferences")).create({"customerId": cid})

    customer = await tables.customer(cid, model=Customer)
    assert type(customer) is Customer and customer.id == cid
    assert customer.loyalty_points == [created]
    assert type(customer.loyalty_points[0]) is Row
    (preferences,) = customer.customer_preferences
    assert type(preferences) is customers_module.CustomerPreferencesRow
    assert customer.additional_properties == {"loyaltyTier": "gold"}
    with pytest.raises(TypeError, match="customer class written by freeze"):
        await tables.customer(cid, model=Row)
