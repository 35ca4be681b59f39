"""Typing as users get it: ``mypy --strict`` on a user module against the installed wheel.

A bare venv holds only the wheel with its runtime dependencies (plus the ``typing`` extra if
pyproject declares one) and mypy; the frozen modules come from the wheel's own
``final-pos-tables freeze`` against the fake's bundled tables. Built once per session.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from final_pos_fake import serve

REPO_ROOT = Path(__file__).resolve().parents[2]
TYPING_EXTRA = "typing"

USER_MODULE = """
from __future__ import annotations

import datetime

import customers
from custom_tables import CreateResult, CustomTables, Row, Table, UpsertResult
from final_pos_client import FinalPOS
from final_pos_client.types import Unset
from loyalty_points import LoyaltyPointsRow


async def use(pos: FinalPOS, customer_id: str) -> None:
    tables = CustomTables(pos)
    dynamic: Table[Row] = await tables.table("loyalty-points")
    any_row: Row = await dynamic.get("r1")
    row_id: str = any_row.id

    table: Table[LoyaltyPointsRow] = await tables.table("loyalty-points", model=LoyaltyPointsRow)
    created: LoyaltyPointsRow = await table.create(
        LoyaltyPointsRow(customer_id=customer_id, points=10)
    )
    points: int | float = created.points
    customer: str = created.customer_id
    tier: str | None = created.tier
    joined: datetime.datetime | datetime.date | None = created.joined_on
    got: LoyaltyPointsRow = await table.get(created.id)  # read rows: id is a str
    updated: LoyaltyPointsRow = await table.update(got.id, {"points": points + 1})
    page: list[LoyaltyPointsRow] = await table.list(limit=10)
    async for each in table.iterate(page_size=100):
        every: LoyaltyPointsRow = each
        print(every)
    found: list[LoyaltyPointsRow] = await table.find(customer_id=customer)
    one: LoyaltyPointsRow | None = await table.find_one(customer_id=customer)
    upserted: UpsertResult[LoyaltyPointsRow] = await table.upsert(
        match={"customerId": customer}, values={"points": 30}
    )
    upserted_row: LoyaltyPointsRow = upserted.row
    results: list[CreateResult[LoyaltyPointsRow]] = await table.create_many([created])

    with_tables = customers.CustomerWithTables(
        id=customer, loyalty_points=[customers.LoyaltyPointsRow(customer_id=customer, points=1)]
    )
    linked: list[LoyaltyPointsRow] = with_tables.loyalty_points  # the one frozen row class
    frozen_customer: customers.CustomerWithTables = await tables.customer(
        customer_id, model=customers.CustomerWithTables
    )
    print(frozen_customer.loyalty_points, row_id)
    read: customers.CustomerWithTables = customers.CustomerWithTables.from_dict({"id": "c1"})
    print(read.customer_preferences)
    loyalty_tier: str | None | Unset = with_tables.loyalty_tier
    with_tables.visits = 3
    print(tier, joined, updated, page, one, upserted_row, results, linked, loyalty_tier)
"""

# Each line must fail: the frozen types are what mypy checks, not Any.
WRONG_MODULE = """
from __future__ import annotations

import customers
from custom_tables import CustomTables
from final_pos_client import FinalPOS
from loyalty_points import LoyaltyPointsRow


async def wrong(pos: FinalPOS) -> None:
    table = await CustomTables(pos).table("loyalty-points", model=LoyaltyPointsRow)
    row = await table.get("r1")
    points: str = row.points
    rows: list[str] = await table.find(customer_id="c1")
    tier: int = customers.CustomerWithTables(id="c1").loyalty_tier
    print(points, rows, tier)
"""


def _run(
    command: list[str], cwd: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run outside the dev venv: nothing of the checkout on the path."""
    hidden = {"PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV"}
    env = {k: v for k, v in os.environ.items() if k not in hidden} | (extra_env or {})
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=240)


def _install_target(wheel: Path) -> str:
    extras = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = extras["project"].get("optional-dependencies", {})
    return f"{wheel}[{TYPING_EXTRA}]" if TYPING_EXTRA in declared else str(wheel)


@pytest.fixture(scope="session")
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel (runtime dependencies) and the dev venv's mypy."""
    work = tmp_path_factory.mktemp("typed_wheel")
    built = _run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--wheel",
            "--outdir",
            "dist",
            str(REPO_ROOT),
        ],
        cwd=work,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (work / "dist").glob("*.whl")
    venv = work / "venv"
    created = _run([sys.executable, "-m", "venv", str(venv)], cwd=work)
    assert created.returncode == 0, created.stderr
    mypy = f"mypy=={importlib.metadata.version('mypy')}"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    installed = _run([*pip, "--disable-pip-version-check", _install_target(wheel), mypy], work)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv


@pytest.fixture(scope="session")
def user_project(bare_venv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the modules the wheel's ``final-pos-tables freeze`` writes."""
    project = tmp_path_factory.mktemp("user_project")
    with serve() as server:
        server.app.store.add_record(
            "customers",
            {"firstName": "Ann", "lastName": "Lee", "email": "a@example.com", "loyaltyTier": "gold"}
            | {"visits": 2},
        )
        env = {"FINAL_POS_API_KEY": server.api_key, "FINAL_POS_BASE_URL": server.base_url}
        for args in (
            ["loyalty-points", "-o", "loyalty_points.py"],
            ["--customers", "-o", "customers.py"],
        ):
            command = [str(bare_venv / "bin" / "final-pos-tables"), "freeze", *args]
            frozen = _run(command, project, env)
            assert frozen.returncode == 0, frozen.stderr
    return project


def _mypy(venv: Path, project: Path, *files: str) -> subprocess.CompletedProcess[str]:
    return _run([str(venv / "bin" / "python"), "-m", "mypy", "--strict", *files], project)


def test_the_venv_imports_the_wheel_not_the_checkout(bare_venv: Path, tmp_path: Path) -> None:
    found = _run(
        [
            str(bare_venv / "bin" / "python"),
            "-c",
            "import custom_tables; print(custom_tables.__file__)",
        ],
        tmp_path,
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()).is_relative_to(bare_venv)
    listed = _run([str(bare_venv / "bin" / "python"), "-m", "pip", "list"], tmp_path).stdout
    assert "uvicorn" not in listed  # no extra but the typing one: runtime dependencies


def test_mypy_strict_accepts_a_user_module(bare_venv: Path, user_project: Path) -> None:
    (user_project / "user_module.py").write_text(textwrap.dedent(USER_MODULE), encoding="utf-8")
    checked = _mypy(bare_venv, user_project, "user_module.py", "loyalty_points.py", "customers.py")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_mypy_strict_refuses_a_wrong_use(bare_venv: Path, user_project: Path) -> None:
    (user_project / "wrong_module.py").write_text(textwrap.dedent(WRONG_MODULE), encoding="utf-8")
    checked = _mypy(bare_venv, user_project, "wrong_module.py")
    assert checked.returncode == 1, checked.stdout + checked.stderr
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, checked.stdout
    assert 'expression has type "int | float", variable has type "str"' in errors[0]
    assert 'expression has type "list[LoyaltyPointsRow]"' in errors[1]
    assert 'expression has type "str | Unset | None", variable has type "int"' in errors[2]
