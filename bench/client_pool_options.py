"""``python -m bench.client_pool_options``: the plain-httpx pool options weighed for ``FinalPOS``.

Raw ``httpx.AsyncClient`` GETs against the fake in its own process, at 50-way concurrency, with no
added latency and with 20 ms added per request (a remote API): httpx's own pool, the same capped
by an ``asyncio.Semaphore`` of 4, 8, 16 and 32 in-flight requests, and ``ShardedPoolTransport``.
Ratios against httpx's own pool sequentially in the same run; median of REPEATS interleaved runs.
Not part of ``make bench`` (the decision is recorded in BENCHMARKS.md, ``## client``).
Environment: BENCH_POOL_REQUESTS (1000), BENCH_POOL_REPEATS (3).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

import httpx

from bench.contenders import PRODUCT
from bench.fake_subprocess import API_KEY, fake_server_process
from bench.load import drive
from final_pos_client._core._sharded_pool import ShardedPoolTransport

REQUESTS = int(os.environ.get("BENCH_POOL_REQUESTS", "1000"))
REPEATS = int(os.environ.get("BENCH_POOL_REPEATS", "3"))
CONCURRENCY = 50
LATENCIES = (0.0, 0.02)
OPTIONS = (
    "httpx's own pool",
    "semaphore 4",
    "semaphore 8",
    "semaphore 16",
    "semaphore 32",
    "ShardedPoolTransport",
)


async def _rate(option: str, url: str, concurrency: int) -> float:
    transport = ShardedPoolTransport() if option == "ShardedPoolTransport" else None
    cap = asyncio.Semaphore(int(option.split()[1])) if option.startswith("semaphore") else None
    async with httpx.AsyncClient(timeout=30.0, transport=transport) as client:
        headers = {"x-api-key": API_KEY}

        async def get() -> None:
            if cap is None:
                response = await client.get(url, headers=headers)
            else:
                async with cap:
                    response = await client.get(url, headers=headers)
            response.raise_for_status()

        await drive(get, CONCURRENCY, min(concurrency, CONCURRENCY))
        started = time.perf_counter()
        await drive(get, REQUESTS, concurrency)
        return REQUESTS / (time.perf_counter() - started)


async def _measure(base_url: str) -> str:
    product_id = await PRODUCT.seed(base_url)
    url = f"{base_url}/v1/api/product/{product_id}"
    header: list[str] = []
    lines = [
        f"{REQUESTS} GETs per run, median of {REPEATS} runs; req/s and ratio to httpx's own pool "
        "sequential at the same latency.",
        "",
        "| option | "
        + " | ".join(f"{int(lat * 1000)} ms added: {CONCURRENCY}-way req/s" for lat in LATENCIES)
        + " |",
        "|---|" + "---|" * len(LATENCIES),
    ]
    cells: dict[str, list[str]] = {option: [] for option in OPTIONS}
    for latency in LATENCIES:
        async with httpx.AsyncClient() as control:
            await control.delete(f"{base_url}/__fake__/faults")
            if latency:
                fault = {"pattern": "GET /v1/api/product/*", "latency": latency}
                (await control.post(f"{base_url}/__fake__/faults", json=fault)).raise_for_status()
        samples: dict[str, list[float]] = {}
        for repeat in range(REPEATS):
            order = OPTIONS[repeat % len(OPTIONS) :] + OPTIONS[: repeat % len(OPTIONS)]
            samples.setdefault("sequential", []).append(await _rate(OPTIONS[0], url, 1))
            for option in order:
                samples.setdefault(option, []).append(await _rate(option, url, CONCURRENCY))
        sequential = statistics.median(samples["sequential"])
        for option in OPTIONS:
            rate = statistics.median(samples[option])
            cells[option].append(f"{rate:,.0f} ({rate / sequential:.2f}x)")
        header.append(
            f"httpx's own pool sequentially, {int(latency * 1000)} ms added: "
            f"{sequential:,.0f} req/s.",
        )
    lines += [f"| {option} | " + " | ".join(cells[option]) + " |" for option in OPTIONS]
    return "\n".join([*header, *lines])


def main() -> None:
    with fake_server_process() as base_url:
        print(asyncio.run(_measure(base_url)), flush=True)


if __name__ == "__main__":
    main()
