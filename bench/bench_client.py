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
(``bench/client_overhead.py``), the soak (``bench/client_soak.py``), and what following the
event loop costs per call and over 1,000 loops (``bench/client_loops.py``).
Environment: BENCH_CLIENT_REQUESTS (2000), BENCH_CLIENT_REPEATS (5), BENCH_SOAK_REQUESTS,
BENCH_LOOP_SOAK (1000).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from httpx_aiohttp import AiohttpTransport

from bench.client_loops import routing_cost, run_loop_soak
from bench.client_overhead import measure_overhead
from bench.client_soak import run_soak
from bench.contenders import PRODUCT, TIMEOUT, WARMUP, Rates, compare, final_pos, raw_httpx
from bench.fake_subprocess import API_KEY, fake_server_process
from bench.load import Call, Contender
from final_pos_client import AuthenticatedClient
from final_pos_client._core._http_client import aiohttp_available
from final_pos_client.api.product import product_controller_find_one

REQUESTS = int(os.environ.get("BENCH_CLIENT_REQUESTS", "2000"))
REPEATS = int(os.environ.get("BENCH_CLIENT_REPEATS", "5"))
CONCURRENCY = 50


@asynccontextmanager
async def stock_function(base_url: str, product_id: str) -> AsyncIterator[Call]:
    client = AuthenticatedClient(
        base_url=base_url, token=API_KEY, prefix="", auth_header_name="x-api-key", timeout=TIMEOUT
    )
    async with client:

        async def call() -> Any:
            return await product_controller_find_one.asyncio(product_id, client=client)

        yield call


DEFAULT_TRANSPORT = "httpx-aiohttp" if aiohttp_available() else "httpx"
FINAL_POS_OWN_POOL = "FinalPOS over httpx's own pool (injected `httpx.AsyncClient()`)"
FINAL_POS_PLAIN = "FinalPOS (plain httpx: sharded pool, the default without aiohttp)"
FINAL_POS_DEFAULT = f"FinalPOS (default: {DEFAULT_TRANSPORT})"
CONTENDERS: dict[str, Contender] = {
    "raw httpx": raw_httpx(PRODUCT),
    "stock generated function": stock_function,
    FINAL_POS_OWN_POOL: final_pos(PRODUCT, "httpx's own pool"),
    FINAL_POS_PLAIN: final_pos(PRODUCT, "sharded pool"),
    "raw httpx + httpx-aiohttp": raw_httpx(PRODUCT, AiohttpTransport),
    FINAL_POS_DEFAULT: final_pos(PRODUCT),
}


async def measure(base_url: str) -> Rates:
    """Median requests/s and client CPU microseconds per call, per (contender, concurrency)."""
    product_id = await PRODUCT.seed(base_url)
    runs = ((1, REQUESTS), (CONCURRENCY, REQUESTS))
    return await compare(CONTENDERS, base_url, product_id, rounds=REPEATS, runs=runs, warmup=WARMUP)


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
        print(routing_cost(rates[(FINAL_POS_DEFAULT, 1)][1]), flush=True)
        print(asyncio.run(measure_overhead()), flush=True)
        print(asyncio.run(run_soak(base_url)), flush=True)
        print(run_loop_soak(base_url), flush=True)


if __name__ == "__main__":
    main()
