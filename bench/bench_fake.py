"""``python -m bench fake``: start-up time and loopback throughput of the fake server.

Every contender runs as ``uvicorn`` in its own process on 127.0.0.1 with the same settings
(h11, asyncio loop, no access log): the fake (``python -m final_pos_fake``) and, as baselines,
a bare ASGI app answering ``{}`` to everything, and the same app answering the exact bytes of
the customer record the fake sends (so the ratio shows the fake's own work, not payload size).

* Start-up: from ``Popen`` to the first ``200`` of ``GET /v1/api/customers`` (fake: includes
  loading the description and compiling routes and validators). Goal: fake < 1 s.
* Throughput: REQUESTS GETs of one customer record, CONCURRENCY at a time (aiohttp client, one
  connection per worker), no errors allowed. Goal: 10,000 GETs without errors; the req/s ratio
  fake / bare app is reported.

Contenders interleaved, median of REPEATS runs. Environment: BENCH_FAKE_REQUESTS (10000),
BENCH_FAKE_REPEATS (3).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import httpx

from tests.support.processes import fake_command, http_server_process

REPO_ROOT = Path(__file__).resolve().parents[1]
API_KEY = "bench-key"
REQUESTS = int(os.environ.get("BENCH_FAKE_REQUESTS", "10000"))
REPEATS = int(os.environ.get("BENCH_FAKE_REPEATS", "3"))
CONCURRENCY = 50
CUSTOMER = {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace"}

BARE_APP = """
import sys, uvicorn

body = sys.argv[2].encode()
LENGTH = str(len(body)).encode()

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    headers = [(b"content-type", b"application/json"), (b"content-length", LENGTH)]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", access_log=False,
            lifespan="off", loop="asyncio", http="h11")
"""


# What the fake answers for the customer, so the second baseline sends the same bytes.
RECORD = json.dumps(
    {
        "id": "6b0928edb2e1e3ec77d113be",
        **CUSTOMER,
        "companyId": "6b0928edb2e1e3ec77d113a9",
        "createdAt": "2026-11-27T06:53:33.688+00:00",
        "updatedAt": "2026-11-27T06:53:33.688+00:00",
        "fromFinal": False,
    },
    separators=(",", ":"),
)
CONTENDERS = ("bare", "bare-record", "fake")


def _command(contender: str, port: int) -> list[str]:
    if contender == "fake":
        return fake_command(port, API_KEY)
    body = "{}" if contender == "bare" else RECORD
    return [sys.executable, "-c", BARE_APP, str(port), body]


@contextmanager
def running(contender: str) -> Iterator[tuple[str, float]]:
    """Start a contender; yield its base URL and the seconds until its first 200."""
    with http_server_process(
        lambda port: _command(contender, port),
        ready_path="/v1/api/customers",
        headers={"x-api-key": API_KEY},
        timeout=30,
        poll_interval=0.002,
        cwd=REPO_ROOT,
    ) as server:
        yield server.base_url, server.seconds_to_ready


async def hammer(url: str) -> tuple[float, int]:
    """REQUESTS GETs of ``url``, CONCURRENCY at a time: (requests per second, errors)."""
    errors = 0
    per_worker = REQUESTS // CONCURRENCY
    connector = aiohttp.TCPConnector(limit=CONCURRENCY)
    async with aiohttp.ClientSession(
        connector=connector, headers={"x-api-key": API_KEY}
    ) as session:

        async def worker() -> None:
            nonlocal errors
            for _ in range(per_worker):
                try:
                    async with session.get(url) as response:
                        await response.read()
                        errors += response.status != 200
                except aiohttp.ClientError:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        elapsed = time.perf_counter() - started
    return per_worker * CONCURRENCY / elapsed, errors


def record_url(contender: str, base_url: str) -> str:
    if contender != "fake":
        return f"{base_url}/v1/api/customer/any"
    created = httpx.post(
        f"{base_url}/v1/api/customer", json=CUSTOMER, headers={"x-api-key": API_KEY}
    )
    created.raise_for_status()
    return f"{base_url}/v1/api/customer/{created.json()['id']}"


def main() -> None:
    startup: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    throughput: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    errors = dict.fromkeys(CONTENDERS, 0)
    for _ in range(REPEATS):
        for contender in CONTENDERS:
            with running(contender) as (base_url, seconds):
                startup[contender].append(seconds)
                url = record_url(contender, base_url)
                rate, failed = asyncio.run(hammer(url))
                throughput[contender].append(rate)
                errors[contender] += failed

    def median(values: list[float]) -> float:
        return statistics.median(values)

    fake_start, bare_start = median(startup["fake"]), median(startup["bare"])
    fake_rate, bare_rate = median(throughput["fake"]), median(throughput["bare"])
    same_bytes_rate = median(throughput["bare-record"])
    goal_start = "met" if fake_start < 1.0 else "NOT met"
    goal_errors = "met" if errors["fake"] == 0 else "NOT met"
    rows = [
        (
            "start-up to first 200",
            f"**{fake_start:.2f} s** (goal < 1 s: {goal_start})",
            f"{bare_start:.2f} s",
            f"{fake_start / bare_start:.2f}x",
        ),
        (
            f"{REQUESTS:,} GETs, {CONCURRENCY} concurrent",
            f"**{fake_rate:,.0f} req/s**",
            f"{bare_rate:,.0f} req/s",
            f"{fake_rate / bare_rate:.2f}",
        ),
        (
            f"{REQUESTS:,} GETs, {CONCURRENCY} concurrent, baseline sends the same record",
            f"**{fake_rate:,.0f} req/s**",
            f"{same_bytes_rate:,.0f} req/s",
            f"{fake_rate / same_bytes_rate:.2f}",
        ),
        (
            f"errors in {REPEATS} x {REQUESTS:,} GETs",
            f"**{errors['fake']}** (goal 0: {goal_errors})",
            str(errors["bare"] + errors["bare-record"]),
            "",
        ),
    ]
    print(f"""
## fake

Command: `.venv/bin/python -m bench fake` (`bench/bench_fake.py`): each server in its own process
(uvicorn, h11, asyncio loop); baseline: a bare ASGI app answering `{{}}` (or, third row, the
same {len(RECORD)}-byte customer record the fake sends, without doing anything); interleaved,
median of {REPEATS}. Throughput: {REQUESTS:,} GETs of one customer record, {CONCURRENCY} concurrent
(aiohttp client, {CONCURRENCY} keep-alive connections).

| measure | fake | bare app (baseline) | fake / baseline |
|---|---|---|---|""")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
