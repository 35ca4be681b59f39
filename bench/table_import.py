"""A 5,000-row ``final-pos-tables import``: requests and wall time, before and after (issue 18
item 7), and the requests of a first ``tables.customer(cid)``.

The fake runs in its own process; each import runs as a user runs it, in a fresh interpreter
(``python -m custom_tables import``, start-up included), once with the code of the revision
``BENCH_TABLE_IMPORT_BEFORE`` (its ``custom_tables/`` taken with ``git archive``; default
``7f2b102``, main before issue 18; empty to skip) and once with this checkout's. The table has
six fields like ``loyalty-points`` (no reference, so no customers are needed). Requests are
the fake's own log. This checkout also re-runs the import with ``--key customerId`` (nothing
to change) and with 1% of the points changed.

Run: ``.venv/bin/python -m bench.table_import`` (part of ``python -m bench custom_tables``).
Environment: BENCH_TABLE_IMPORT_ROWS (5000), BENCH_TABLE_IMPORT_BEFORE (7f2b102),
BENCH_CUSTOMER_ROWS (17000: rows linked to customers, for the ``customer()`` count).
"""

from __future__ import annotations

import asyncio
import collections
import csv
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.fake_subprocess import API_KEY, REPO_ROOT, fake_server_process

ROWS = int(os.environ.get("BENCH_TABLE_IMPORT_ROWS", "5000"))
BEFORE = os.environ.get("BENCH_TABLE_IMPORT_BEFORE", "7f2b102")
CUSTOMER_ROWS = int(os.environ.get("BENCH_CUSTOMER_ROWS", "17000"))
TABLE = "bench-points"
FIELDS: list[dict[str, Any]] = [
    {"name": "customerId", "type": "string", "required": True},
    {"name": "points", "type": "number", "required": True},
    {"name": "tier", "type": "string", "defaultValue": "bronze"},
    {"name": "joinedOn", "type": "date"},
    {"name": "isActive", "type": "boolean", "defaultValue": True},
    {"name": "history", "type": "json-string", "defaultValue": "[]"},
]


def _control(base_url: str, method: str, path: str, body: Any = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"{base_url}/__fake__/{path}",
        data=data,
        method=method,
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.loads(answer.read() or b"null")


def _write_csv(path: Path, rows: int, *, changed_every: int = 0) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([field["name"] for field in FIELDS])
        for i in range(rows):
            points = i + 1 if not changed_every or i % changed_every else i + 1000
            writer.writerow(
                [f"c{i:06d}", points, "gold", "2024-01-10", "true", json.dumps([{"n": i}])]
            )


def _code_of(revision: str, into: Path) -> Path:
    """This revision's ``custom_tables`` package, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "custom_tables"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout
    into.mkdir(parents=True, exist_ok=True)
    tar_path = into / "code.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into / "code", filter="data")
    return into / "code"


def _import(base_url: str, state: Path, code: Path | None, *args: str) -> tuple[float, str, Any]:
    """One ``import`` run: (wall seconds, its output, the fake's log of it)."""
    _control(base_url, "DELETE", "log")
    env = {
        **os.environ,
        "FINAL_POS_API_KEY": API_KEY,
        "FINAL_POS_BASE_URL": base_url,
        "FINAL_POS_TABLES_STATE_DIR": str(state),
        "PYTHONPATH": os.pathsep.join(str(p) for p in (code, REPO_ROOT) if p is not None),
    }
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "custom_tables", "import", TABLE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=state,
        check=False,
    )
    took = time.perf_counter() - start
    output = (done.stdout + done.stderr).strip().splitlines()
    return took, output[0] if output else "", _control(base_url, "GET", "log")


def _by_kind(log: list[dict[str, Any]]) -> str:
    counts = collections.Counter(
        f"{entry['method']} {entry['path'].split('/')[3]}" for entry in log
    )
    return ", ".join(f"{kind} {number}" for kind, number in sorted(counts.items()))


def _row(what: str, took: float, output: str, log: list[dict[str, Any]]) -> str:
    per_row = len(log) / ROWS
    return (
        f"| {what} | {len(log):,} ({per_row:.2f}/row) | {took:.1f} s | "
        f"{ROWS / took:.0f} rows/s | {output} |\n|  | {_by_kind(log)} | | | |"
    )


def _reset(base_url: str) -> None:
    _control(base_url, "POST", "reset")
    _control(base_url, "POST", "custom-tables", {"name": TABLE, "fields": FIELDS})


def bench_import() -> list[str]:
    lines = [
        f"{ROWS:,}-row CSV import into a 6-field table, `final-pos-tables import` in a fresh "
        "interpreter (start-up included), fake in its own process.",
        "",
        "| run | requests | wall | throughput | summary |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as scratch, fake_server_process() as base_url:
        work = Path(scratch)
        source = work / "points.csv"
        _write_csv(source, ROWS)
        if BEFORE:
            _reset(base_url)
            code = _code_of(BEFORE, work / "before")
            lines.append(_row(f"before ({BEFORE})", *_import(base_url, work, code, str(source))))
        _reset(base_url)
        lines.append(_row("after: no key", *_import(base_url, work, None, str(source))))
        _reset(base_url)
        key = ("--key", "customerId")
        lines.append(
            _row("after: --key, empty table", *_import(base_url, work, None, str(source), *key))
        )
        lines.append(
            _row(
                "after: --key, the same file again",
                *_import(base_url, work, None, str(source), *key),
            )
        )
        changed = work / "changed.csv"
        _write_csv(changed, ROWS, changed_every=100)
        lines.append(
            _row("after: --key, 1% changed", *_import(base_url, work, None, str(changed), *key))
        )
    return lines


async def _first_customer(base_url: str, customer_id: str) -> tuple[int, float, str]:
    from custom_tables import CustomTables
    from final_pos_client import FinalPOS

    async with FinalPOS(api_key=API_KEY, base_url=base_url) as pos:
        start = time.perf_counter()
        customer = await CustomTables(pos).customer(customer_id)
        took = time.perf_counter() - start
        rows = len(customer.loyalty_points) + len(customer.customer_preferences)
    return 0, took, f"{rows} rows of that customer"


def bench_first_customer() -> list[str]:
    """The fake in this process, its store seeded directly (17,000 creates through the API
    would take minutes); two thirds of the rows in loyalty-points, a third in
    customer-preferences, spread over 100 customers."""
    from final_pos_fake import serve

    with serve(api_key=API_KEY) as server:
        store = server.app.store
        customers = [
            store.add_record("customers", {"firstName": "A", "lastName": "B"})["id"]
            for _ in range(100)
        ]
        with store.lock:
            for number in range(CUSTOMER_ROWS):
                name = "loyalty-points" if number % 3 else "customer-preferences"
                table = store.custom.table_by_name(name)
                assert table is not None
                row = store.custom.create_row(table.id)
                fields = {field.name: field.id for field in table.fields}
                cid = customers[number % len(customers)]
                store.custom.create_value(table.id, row.id, fields["customerId"], cid)
                if name == "loyalty-points":
                    store.custom.create_value(table.id, row.id, fields["points"], number)
        server.app.log.clear()
        _, took, detail = asyncio.run(_first_customer(server.base_url, customers[0]))
        requests = len(server.app.log)
        kinds = _by_kind([{"method": m, "path": p} for m, p, _ in server.app.log])
    return [
        "",
        f"First `tables.customer(cid)` with {CUSTOMER_ROWS:,} rows linked to customers (fake in "
        f"process): {requests} requests, {took:.2f} s ({detail}; {kinds}).",
    ]


def main() -> None:
    print("\n".join([*bench_import(), *bench_first_customer()]), flush=True)


if __name__ == "__main__":
    main()
