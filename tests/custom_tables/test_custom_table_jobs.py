"""The jobs people do with tables: lookups, upserts, bulk creates, import and export."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from custom_tables import CustomTables, ValidationError
from custom_tables.cli import main as cli_main
from final_pos_client import FinalPOS
from final_pos_client.errors import APIStatusError
from final_pos_fake import FakeServer

DATA = "/v1/api/custom-table-data/loyalty-points"
ROW = "/v1/api/custom-table-row"


async def test_many_lookups_cost_one_scan(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    customers = [new_customer() for _ in range(150)]
    results = await table.create_many(
        [{"customerId": cid, "points": i} for i, cid in enumerate(customers)]
    )
    assert all(result.ok for result in results)
    fake_server.app.log.clear()
    found = await asyncio.gather(*(table.find(customer_id=cid) for cid in customers))
    assert [[row.points for row in rows] for rows in found] == [[i] for i in range(150)]
    assert await table.find_one(customerId=customers[3], points=3.0) is not None
    assert await table.find(points=1000) == []
    assert fake_server.app.log.count("GET", DATA) == 2  # 100 + 50 rows: one scan

    await table.refresh_index()
    assert fake_server.app.log.count("GET", DATA) == 4
    with pytest.raises(ValidationError, match="unknown field"):
        await table.find(nope=1)


async def test_the_index_follows_own_writes_and_expires(
    pos: FinalPOS, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await CustomTables(pos, index_ttl=0.0).table("loyalty-points")
    cid = new_customer()
    first = await table.upsert(match={"customerId": cid}, values={"points": 5})
    assert first.created and first.action == "created" and first.row.points == 5
    second = await table.upsert(match={"customer_id": cid}, values={"points": 7})
    assert (second.created, second.row.id, second.row.points) == (False, first.row.id, 7)
    fake_server.app.log.clear()
    assert [row.points for row in await table.find(customer_id=cid)] == [7]
    assert fake_server.app.log.count("GET", DATA) == 1  # index_ttl=0: every find rescans

    cached = await CustomTables(pos).table("loyalty-points")
    assert [row.points for row in await cached.find(customer_id=cid)] == [7]
    await cached.delete(second.row.id)
    assert await cached.find(customer_id=cid) == []  # own delete, no new scan
    await cached.create({"customerId": cid, "points": 1})
    await cached.create({"customerId": cid, "points": 2})
    with pytest.raises(LookupError, match="2 rows match"):
        await cached.find_one(customer_id=cid)


async def test_create_many_under_503s_creates_each_row_once(
    fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    faults = fake_server.app.faults
    faults.add("POST /v1/api/custom-table-value", status=503, times=5, retry_after="0")
    faults.add(f"POST {ROW}", status=503, times=3, retry_after="0")
    async with FinalPOS(
        api_key=fake_server.api_key, base_url=fake_server.base_url, max_retries=3
    ) as pos:
        table = await CustomTables(pos).table("loyalty-points")
        customers = [new_customer() for _ in range(40)]
        results = await table.create_many(
            [{"customerId": cid, "points": 1} for cid in customers], concurrency=8
        )
    assert [result.index for result in results] == list(range(40))
    assert all(result.ok and result.row is not None for result in results)
    stored = fake_server.app.store.custom_table_rows("loyalty-points")
    assert sorted(row["customerId"] for row in stored) == sorted(customers)


async def test_create_many_keeps_each_row_all_or_nothing(
    tables: CustomTables, fake_server: FakeServer, new_customer: Callable[..., str]
) -> None:
    table = await tables.table("loyalty-points")
    fake_server.app.faults.add("POST /v1/api/custom-table-value", status=400, times=1)
    rows = [{"customerId": new_customer(), "points": i} for i in range(5)]
    results = await table.create_many(rows, concurrency=1)
    assert [result.ok for result in results] == [False, True, True, True, True]
    assert isinstance(results[0].error, APIStatusError)
    stored = fake_server.app.store.custom_table_rows("loyalty-points")
    assert sorted(row["points"] for row in stored) == [1, 2, 3, 4]

    fake_server.app.log.clear()
    with pytest.raises(ValidationError) as raised:
        await table.create_many([*rows, {"points": 1}])
    assert "row 5 of the rows" in raised.value.__notes__[0]
    assert list(fake_server.app.log) == []


async def run_cli(fake_server: FakeServer, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    argv = ["--api-key", fake_server.api_key, "--base-url", fake_server.base_url, *args]
    code = await asyncio.to_thread(cli_main, argv, out)
    return code, out.getvalue()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
async def test_import_then_export_round_trips(
    fake_server: FakeServer,
    tables: CustomTables,
    new_customer: Callable[..., str],
    tmp_path: Path,
    suffix: str,
) -> None:
    first, second = new_customer(), new_customer()
    source = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        source.write_text(
            "customerId,points,tier,joinedOn,isActive,history\n"
            f'{first},10,gold,2024-01-10,false,"[{{""n"":1}}]"\n'
            f"{second},2.5,,,,\n",
            encoding="utf-8",
        )
    else:
        source.write_text(
            json.dumps(
                {
                    "customerId": first,
                    "points": 10,
                    "tier": "gold",
                    "joinedOn": "2024-01-10",
                    "isActive": False,
                    "history": [{"n": 1}],
                }
            )
            + "\n"
            + json.dumps({"customerId": second, "points": 2.5})
            + "\n",
            encoding="utf-8",
        )
    code, output = await run_cli(fake_server, "import", "loyalty-points", str(source))
    assert code == 0 and "loyalty-points: 2 created, 0 updated, 0 skipped, 0 failed" in output

    exported = tmp_path / f"out{suffix}"
    code, output = await run_cli(fake_server, "export", "loyalty-points", "-o", str(exported))
    assert code == 0 and "2 rows exported" in output
    table = await tables.table("loyalty-points")
    by_customer = {row.customer_id: row for row in await table.list()}
    assert by_customer[first].history == [{"n": 1}] and by_customer[first].is_active is False
    assert by_customer[second].points == 2.5 and by_customer[second].tier == "bronze"

    # the export imports again as the same rows
    before = {cid: attrs.asdict(row, filter=_fields_only) for cid, row in by_customer.items()}
    for row in by_customer.values():
        await table.delete(row.id)
    code, output = await run_cli(fake_server, "import", "loyalty-points", str(exported))
    assert code == 0, output
    after = {row.customer_id: attrs.asdict(row, filter=_fields_only) for row in await table.list()}
    assert after == before


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
async def test_export_and_import_keep_a_field_named_row_id(
    fake_server: FakeServer, tables: CustomTables, tmp_path: Path, suffix: str
) -> None:
    fake_server.app.store.seed_custom_table(
        "codes", fields=[{"name": "rowId", "type": "string"}, {"name": "n", "type": "number"}]
    )
    table = await tables.table("codes")
    row = await table.create({"rowId": "A-1", "n": 1})
    exported = tmp_path / f"codes{suffix}"
    code, output = await run_cli(fake_server, "export", "codes", "-o", str(exported))
    assert code == 0, output
    text = exported.read_text(encoding="utf-8")
    assert row.id in text and "A-1" in text  # the id under _id, the field under rowId
    await table.delete(row.id)
    code, output = await run_cli(fake_server, "import", "codes", str(exported))
    assert code == 0, output
    (again,) = await table.list()
    assert (again.row_id, again.n) == ("A-1", 1) and again.id != row.id


def _fields_only(attribute: attrs.Attribute[Any], value: Any) -> bool:
    return attribute.name not in {"id", "created_at", "updated_at"}


async def test_import_reports_bad_rows_before_sending(
    fake_server: FakeServer, new_customer: Callable[..., str], tmp_path: Path
) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(
        json.dumps({"customerId": new_customer(), "points": 1})
        + "\n"
        + json.dumps({"customerId": new_customer(), "points": "many"})
        + "\n",
        encoding="utf-8",
    )
    fake_server.app.log.clear()
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "import", "loyalty-points", str(source)],
        capture_output=True,
        text=True,
        env={"FINAL_POS_API_KEY": fake_server.api_key, "FINAL_POS_BASE_URL": fake_server.base_url},
    )
    assert done.returncode == 1
    assert f"{source}: line 2: column points: wrong type" in done.stderr
    assert not any(entry[0] == "POST" for entry in fake_server.app.log)


@pytest.mark.parametrize(
    ("script", "says"), [("final-pos-tables", "import"), ("final-pos-fake", "--port")]
)
def test_console_scripts_are_installed(script: str, says: str) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / script), "--help"], capture_output=True, text=True
    )
    assert done.returncode == 0 and says in done.stdout
