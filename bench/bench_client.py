"""``python -m bench client``: what ``FinalPOS`` costs per call, and how it holds up under load.

Against the fake server in its own process (real socket), 2,000 GETs of one product sequentially
and 2,000 at 50-way concurrency, for each contender: raw ``httpx.AsyncClient`` (the baseline),
the stock generated ``asyncio`` function, raw httpx over httpx-aiohttp's transport, and ``FinalPOS``
over httpx's own pool (an injected ``httpx.AsyncClient()``), over its plain-httpx client (httpx
with ``ShardedPoolTransport``, used when the aiohttp extra is missing) and over its default
transport (httpx-aiohttp when installed). A fresh client per timed run (warmed with a few
requests), contenders interleaved, the median of REPEATS runs.

Goals (issue 5): ``FinalPOS`` per call <= 1.05x raw httpx sequential; at 50-way ``FinalPOS``
throughput >= its own sequential throughput. Then the layer's own cost without a network
(``bench/client_overhead.py``) and the soak (``bench/client_soak.py``).
Environment: BENCH_CLIENT_REQUESTS (2000), BENCH_CLIENT_REPEATS (5).
"""

from __future__ import annotations

import asyncio
import os
import statistics
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from httpx_aiohttp import AiohttpTransport

from bench.client_overhead import measure_overhead
from bench.client_soak import run_soak
from bench.fake_subprocess import API_KEY, fake_server_process
from bench.load import Call, Contender
from bench.load import timed_run as run_timed
from final_pos_client import AuthenticatedClient, FinalPOS
from final_pos_client._core._transport import aiohttp_available, build_http_client
from final_pos_client.api.product import product_controller_find_one
from final_pos_client.models import CreateProductDto

REQUESTS = int(os.environ.get("BENCH_CLIENT_REQUESTS", "2000"))
REPEATS = int(os.environ.get("BENCH_CLIENT_REPEATS", "5"))
CONCURRENCY = 50
WARMUP = 50
TIMEOUT = httpx.Timeout(30.0)


@asynccontextmanager
async def raw_httpx(base_url: str, product_id: str) -> AsyncIterator[Call]:
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        url, headers = f"{base_url}/v1/api/product/{product_id}", {"x-api-key": API_KEY}

        async def call() -> Any:
            response = await client.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        yield call


@asynccontextmanager
async def raw_httpx_aiohttp(base_url: str, product_id: str) -> AsyncIterator[Call]:
    async with httpx.AsyncClient(timeout=TIMEOUT, transport=AiohttpTransport()) as client:
        url, headers = f"{base_url}/v1/api/product/{product_id}", {"x-api-key": API_KEY}

        async def call() -> Any:
            response = await client.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        yield call


@asynccontextmanager
async def stock_function(base_url: str, product_id: str) -> AsyncIterator[Call]:
    client = AuthenticatedClient(
        base_url=base_url, token=API_KEY, prefix="", auth_header_name="x-api-key", timeout=TIMEOUT
    )
    async with client:

        async def call() -> Any:
            return await product_controller_find_one.asyncio(product_id, client=client)

        yield call


def _final_pos(use_aiohttp: bool | None, *, httpx_own_pool: bool = False) -> Contender:
    @asynccontextmanager
    async def contender(base_url: str, product_id: str) -> AsyncIterator[Call]:
        http_client = (
            httpx.AsyncClient(timeout=TIMEOUT)
            if httpx_own_pool
            else None
            if use_aiohttp is None
            else build_http_client(TIMEOUT, use_aiohttp=use_aiohttp)
        )
        async with FinalPOS(api_key=API_KEY, base_url=base_url, http_client=http_client) as pos:

            async def call() -> Any:
                return await pos.products.get(product_id)

            yield call
        if http_client is not None:
            await http_client.aclose()

    return contender


DEFAULT_TRANSPORT = "httpx-aiohttp" if aiohttp_available() else "httpx"
FINAL_POS_OWN_POOL = "FinalPOS over httpx's own pool (injected `httpx.AsyncClient()`)"
FINAL_POS_PLAIN = "FinalPOS (plain httpx: sharded pool, the default without aiohttp)"
CONTENDERS: dict[str, Contender] = {
    "raw httpx": raw_httpx,
    "stock generated function": stock_function,
    FINAL_POS_OWN_POOL: _final_pos(use_aiohttp=False, httpx_own_pool=True),
    FINAL_POS_PLAIN: _final_pos(use_aiohttp=False),
    "raw httpx + httpx-aiohttp": raw_httpx_aiohttp,
    f"FinalPOS (default: {DEFAULT_TRANSPORT})": _final_pos(use_aiohttp=None),
}
FINAL_POS_DEFAULT = f"FinalPOS (default: {DEFAULT_TRANSPORT})"


async def timed_run(
    contender: Contender, base_url: str, product_id: str, concurrency: int
) -> tuple[float, float]:
    """Wall and client CPU seconds for REQUESTS calls through a fresh client."""
    timing = await run_timed(
        contender, base_url, product_id, requests=REQUESTS, concurrency=concurrency, warmup=WARMUP
    )
    return timing.wall, timing.cpu


async def _seed_product(base_url: str) -> str:
    async with FinalPOS(api_key=API_KEY, base_url=base_url) as pos:
        product = await pos.products.create(
            CreateProductDto(name="Bench tea", product_type="simple")
        )
        return str(product.id)


Rates = dict[tuple[str, int], tuple[float, float]]


async def measure(base_url: str) -> Rates:
    """Median requests/s and client CPU microseconds per call, per (contender, concurrency)."""
    product_id = await _seed_product(base_url)
    names = list(CONTENDERS)
    samples: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for repeat in range(REPEATS):
        order = names[repeat % len(names) :] + names[: repeat % len(names)]
        for concurrency in (1, CONCURRENCY):
            for name in order:
                wall, cpu = await timed_run(CONTENDERS[name], base_url, product_id, concurrency)
                samples.setdefault((name, concurrency), []).append((REQUESTS / wall, cpu))
        print(f"  repeat {repeat + 1}/{REPEATS} done", flush=True)
    return {
        key: (
            statistics.median(rate for rate, _ in values),
            statistics.median(cpu for _, cpu in values) / REQUESTS * 1e6,
        )
        for key, values in samples.items()
    }


def report(measured: Rates) -> str:
    rates = {key: rate for key, (rate, _) in measured.items()}
    cpu = {key: micros for key, (_, micros) in measured.items()}
    base, base_cpu = rates[("raw httpx", 1)], cpu[("raw httpx", 1)]
    lines = [
        f"{REQUESTS} GETs of one product per run, median of {REPEATS} runs "
        f"(fresh client per run, contenders interleaved); fake server in a subprocess. "
        "Client CPU = this process's CPU time per call (the server's is not in it).",
        "",
        "| contender | sequential req/s | per-call time vs raw httpx | client CPU/call | "
        f"{CONCURRENCY}-way req/s | {CONCURRENCY}-way / own sequential | "
        f"{CONCURRENCY}-way client CPU/call |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in CONTENDERS:
        sequential, concurrent = rates[(name, 1)], rates[(name, CONCURRENCY)]
        lines.append(
            f"| {name} | {sequential:,.0f} | {base / sequential:.2f}x | "
            f"{cpu[(name, 1)]:.0f} us ({cpu[(name, 1)] / base_cpu:.2f}x) | {concurrent:,.0f} | "
            f"{concurrent / sequential:.2f}x | {cpu[(name, CONCURRENCY)]:.0f} us |"
        )
    plain_seq, plain_conc = rates[(FINAL_POS_PLAIN, 1)], rates[(FINAL_POS_PLAIN, CONCURRENCY)]
    final_seq = rates[(FINAL_POS_DEFAULT, 1)]
    final_conc = rates[(FINAL_POS_DEFAULT, CONCURRENCY)]

    def layer(raw: str, wrapped: str) -> str:
        return (
            f"{rates[(raw, 1)] / rates[(wrapped, 1)]:.2f}x time, "
            f"{cpu[(wrapped, 1)] / cpu[(raw, 1)]:.2f}x CPU"
        )

    lines += [
        "",
        f"- Goal per call <= 1.05x raw httpx sequential: {FINAL_POS_DEFAULT} "
        f"{base / final_seq:.2f}x -> {'met' if base / final_seq <= 1.05 else 'NOT met'}.",
        f"- Goal {CONCURRENCY}-way >= own sequential: {final_conc / final_seq:.2f}x -> "
        f"{'met' if final_conc >= final_seq else 'NOT met'}.",
        f"- Same goal without the aiohttp extra ({FINAL_POS_PLAIN}): "
        f"{plain_conc / plain_seq:.2f}x -> {'met' if plain_conc >= plain_seq else 'NOT met'}.",
        "- FinalPOS layer over the same transport (retries, logging, errors, model parsing): "
        f"httpx's own pool {layer('raw httpx', FINAL_POS_OWN_POOL)}; httpx-aiohttp "
        f"{layer('raw httpx + httpx-aiohttp', FINAL_POS_DEFAULT)}.",
    ]
    return "\n".join(lines)


def main() -> None:
    with fake_server_process() as base_url:
        rates = asyncio.run(measure(base_url))
        print(report(rates), flush=True)
        print(asyncio.run(measure_overhead()), flush=True)
        print(asyncio.run(run_soak(base_url)), flush=True)


if __name__ == "__main__":
    main()
