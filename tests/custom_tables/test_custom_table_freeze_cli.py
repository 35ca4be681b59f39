"""The frozen module type-checks and reads rows like the run-time model; the command line."""

from __future__ import annotations

import asyncio
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from custom_tables import CustomTables
from custom_tables.cli import main as cli_main
from final_pos_client import FinalPOS
from final_pos_fake import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore:.*unknown type 'geo-point'")

REPO = Path(__file__).resolve().parents[2]


def import_file(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def run_cli(fake_server: FakeServer, *args: str) -> str:
    """The command line in a thread (it runs its own event loop)."""
    out = io.StringIO()
    argv = ["--api-key", fake_server.api_key, "--base-url", fake_server.base_url, *args]
    assert await asyncio.to_thread(cli_main, argv, out) == 0
    return out.getvalue()


async def fill(tables: CustomTables, customer_id: str) -> None:
    points = await tables.table("loyalty-points")
    await points.create({"customerId": customer_id, "points": 10, "joinedOn": "2024-01-10"})
    await points.create(
        {"customerId": customer_id, "points": 2.5, "tier": "gold", "history": [{"n": 1}]}
    )
    everything = await tables.table("all-types")
    await everything.create(
        {
            "text": "x",
            "amount": 3,
            "flag": False,
            "when": "2024-01-10T10:00:00+02:00",
            "payload": {"a": [1, None]},
            "location": [52.5, 13.4],
        }
    )


@pytest.mark.parametrize("table_name", ["loyalty-points", "all-types"])
async def test_frozen_module_type_checks_and_reads_the_same_rows(
    fake_server: FakeServer,
    pos: FinalPOS,
    tables: CustomTables,
    new_customer: Callable[..., str],
    tmp_path: Path,
    table_name: str,
) -> None:
    await fill(tables, new_customer())
    module_path = tmp_path / f"frozen_{table_name.replace('-', '_')}.py"
    output = await run_cli(fake_server, "freeze", table_name, "-o", str(module_path))
    assert str(module_path) in output

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    frozen = import_file(module_path)
    table = await tables.table(table_name)
    records: list[dict[str, Any]] = await pos.request(
        "GET", f"/v1/api/custom-table-data/{table_name}", params={"limit": 100}
    )
    dynamic_rows = await table.list()
    assert len(records) == len(dynamic_rows) >= 1
    for record, dynamic in zip(records, dynamic_rows, strict=True):
        static = frozen.from_wire(record)
        assert [a.name for a in attrs.fields(type(static))] == [
            a.name for a in attrs.fields(type(dynamic))
        ]
        assert attrs.asdict(static) == attrs.asdict(dynamic)
        assert frozen.to_wire(static) == table.to_wire(dynamic)
    unknown = frozen.from_wire({"rowId": {"$oid": "r1"}, "surprise": 1})
    assert unknown.extra == {"surprise": 1} and unknown.id == "r1"


async def test_cli_list_and_describe(
    fake_server: FakeServer, tables: CustomTables, new_customer: Callable[..., str]
) -> None:
    await fill(tables, new_customer())
    listed = (await run_cli(fake_server, "list")).splitlines()
    assert [line.split("\t")[0] for line in listed] == [
        "loyalty-points",
        "customer-preferences",
        "all-types",
    ]
    assert listed[0].split("\t")[1] == "6 fields"

    described = await run_cli(fake_server, "describe", "loyalty-points")
    first, *rest = described.splitlines()
    assert first.startswith("table loyalty-points") and first.endswith(": 2 rows")
    customer_line = next(line for line in rest if line.startswith("customerId"))
    assert customer_line.split() == ["customerId", "customer_id", "string", "yes", "customers._id"]
    assert "'bronze'" in next(line for line in rest if line.startswith("tier"))
    assert "geo-point (unknown)" in await run_cli(fake_server, "describe", "all-types")


def test_cli_reads_key_and_url_from_the_environment(fake_server: FakeServer) -> None:
    env = {
        **os.environ,
        "FINAL_POS_API_KEY": fake_server.api_key,
        "FINAL_POS_BASE_URL": fake_server.base_url,
    }
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "describe", "loyalty-point"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert done.returncode == 1
    assert "did you mean 'loyalty-points'" in done.stderr
    assert fake_server.api_key not in done.stderr + done.stdout

    env.pop("FINAL_POS_API_KEY")
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "list"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert done.returncode == 2 and "FINAL_POS_API_KEY" in done.stderr
