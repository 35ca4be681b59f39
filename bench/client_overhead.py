"""The ``FinalPOS`` layer's own cost per call, without a network: raw ``httpx.AsyncClient.get`` +
``.json()`` vs ``pos.products.get`` (retry loop, logging check, error mapping, raw response, model
parsing) over the same in-memory transport answering a product. Interleaved runs; this
process's CPU time (descheduled time excluded), the best run of each (least disturbed by others).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from final_pos_client import FinalPOS

CALLS = 5_000
RUNS = 15
PRODUCT = (
    b'{"id": "6b092eac64d7ca979a497d46", "name": "Bench tea", "productType": "simple", '
    b'"companyId": "6b092eac64d7ca979a497d31", "createdAt": "2026-11-27T07:18:04.206+00:00", '
    b'"updatedAt": "2026-11-27T07:18:04.206+00:00", "fromFinal": false}'
)
BASE_URL = "http://127.0.0.1:1"


class ProductTransport(httpx.AsyncBaseTransport):
    """Answers every request with one product, at once."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=PRODUCT, headers={"content-type": "application/json"})


async def _per_call_micros(call: Callable[[], Awaitable[Any]]) -> float:
    started = time.process_time()
    for _ in range(CALLS):
        await call()
    return (time.process_time() - started) / CALLS * 1e6


async def measure_overhead() -> str:
    raw = httpx.AsyncClient(transport=ProductTransport())
    pos = FinalPOS(
        api_key="bench-key",
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=ProductTransport()),
    )
    url, headers = f"{BASE_URL}/v1/api/product/p1", {"x-api-key": "bench-key"}

    async def raw_call() -> Any:
        response = await raw.get(url, headers=headers)
        response.raise_for_status()
        return response.json()

    async def final_pos_call() -> Any:
        return await pos.products.get("p1")

    samples: dict[str, list[float]] = {"raw": [], "final_pos": []}
    for _ in range(RUNS):
        samples["raw"].append(await _per_call_micros(raw_call))
        samples["final_pos"].append(await _per_call_micros(final_pos_call))
    await raw.aclose()
    await pos.http_client.aclose()
    raw_us, final_us = (min(samples[k]) for k in ("raw", "final_pos"))
    spread = statistics.median(samples["final_pos"]) / statistics.median(samples["raw"])
    return (
        f"Layer cost without a network ({CALLS:,} calls x {RUNS} runs, in-memory transport, "
        f"best run, CPU time): raw httpx get+json {raw_us:.1f} us/call, FinalPOS products.get "
        f"(typed model) {final_us:.1f} us/call -> **{final_us / raw_us:.2f}x** "
        f"(medians: {spread:.2f}x)."
    )
