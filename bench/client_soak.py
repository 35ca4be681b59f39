"""Soak: 10,000 GETs from 200 concurrent tasks through one ``FinalPOS`` while 5% of them are
answered ``503`` first (one fault per product, fired once). Every request must succeed (retried),
with 0 errors, and no socket of this process may stay open after ``aclose()``. The client is the
one ``FinalPOS`` builds itself, with the aiohttp extra and as if it were not installed.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import Counter
from contextlib import nullcontext

import httpx

from bench.contenders import aiohttp_extra_missing
from bench.fake_subprocess import API_KEY
from final_pos_client import FinalPOS, errors
from final_pos_client._core._http_client import aiohttp_available
from final_pos_client.models import CreateProductDto
from tests.support.sockets import open_sockets

SOAK_REQUESTS = int(os.environ.get("BENCH_SOAK_REQUESTS", "10000"))
SOAK_TASKS = 200
FAULTED_SHARE = 0.05
PRODUCTS = int(SOAK_REQUESTS * FAULTED_SHARE)  # each product's first GET is answered 503


async def _prepare(base_url: str) -> list[str]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as control:
        await control.post("/__fake__/reset")
        async with FinalPOS(api_key=API_KEY, base_url=base_url) as pos:
            ids = [
                str(
                    (
                        await pos.products.create(
                            CreateProductDto(name=f"p{i}", product_type="simple")
                        )
                    ).id
                )
                for i in range(PRODUCTS)
            ]
        for product_id in ids:
            fault = {"pattern": f"GET /v1/api/product/{product_id}", "status": 503, "times": 1}
            (await control.post("/__fake__/faults", json=fault)).raise_for_status()
        await control.delete("/__fake__/log")
    return ids


async def _soak_once(base_url: str, use_aiohttp: bool) -> str:
    ids = await _prepare(base_url)
    plan = [ids[i % len(ids)] for i in range(SOAK_REQUESTS)]
    random.Random(5).shuffle(plan)
    outcomes: Counter[str] = Counter()
    sockets_before = open_sockets()
    with nullcontext() if use_aiohttp else aiohttp_extra_missing():
        pos = FinalPOS(api_key=API_KEY, base_url=base_url)

    async def worker() -> None:
        while plan:
            product_id = plan.pop()
            try:
                product = await pos.products.get(product_id)
                outcomes["ok" if product.id == product_id else "wrong record"] += 1
            except errors.FinalPOSError as error:
                outcomes[type(error).__name__] += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(SOAK_TASKS)))
    elapsed = time.perf_counter() - started
    await pos.aclose()
    for _ in range(50):  # closed transports release their sockets on the next loop turns
        if not open_sockets() - sockets_before:
            break
        await asyncio.sleep(0.02)
    left_open = len(open_sockets() - sockets_before)
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as control:
        served = Counter(entry["status"] for entry in (await control.get("/__fake__/log")).json())
    errors_seen = sum(n for outcome, n in outcomes.items() if outcome != "ok")
    verdict = (
        "PASS" if outcomes["ok"] == SOAK_REQUESTS and not errors_seen and not left_open else "FAIL"
    )
    transport = "httpx-aiohttp" if use_aiohttp else "plain httpx"
    return (
        f"| {transport} | {outcomes['ok']:,}/{SOAK_REQUESTS:,} | {errors_seen} | "
        f"{served.get(503, 0):,} | {served.get(200, 0):,} | {SOAK_REQUESTS / elapsed:,.0f} | "
        f"{left_open} | {verdict} |"
    )


async def run_soak(base_url: str) -> str:
    transports = [False, True] if aiohttp_available() else [False]
    lines = [
        f"Soak: {SOAK_REQUESTS:,} GETs, {SOAK_TASKS} concurrent tasks, one FinalPOS, "
        f"{FAULTED_SHARE:.0%} answered 503 first (retried with backoff).",
        "",
        "| transport | succeeded | errors | 503s served | 200s served | req/s | sockets left open "
        "after aclose() | result |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for use_aiohttp in transports:
        lines.append(await _soak_once(base_url, use_aiohttp))
    return "\n".join(lines)
