"""``python -m bench observe``: what the shape recorder (``FinalPOS(observe=PATH)``) costs.

1. Per call over a real socket (the fake in its own process): ``pos.products.get`` with the
   recorder off, at sample rate 0 and at 100%; this process's CPU time per call (what the
   recorder adds is CPU in the caller), interleaved runs in rotating order, the best run of
   each (least disturbed by other processes). Goal: 100% <= 1.10x off.
2. The same without a network (in-memory transport): the worst case, where the call itself is
   cheapest. Reported, not a goal.
3. File size after BENCH_OBSERVE_CALLS (100,000) recorded calls over an in-memory transport
   answering a mix of operations, every answer with fresh ids and names, one in ten with an
   undocumented key of a new name each time (the worst case for the bound). Goal: < 1 MB.
Environment: BENCH_OBSERVE_CALLS (100000), BENCH_OBSERVE_REQUESTS (1000), BENCH_OBSERVE_RUNS (7).
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from itertools import count
from pathlib import Path
from typing import Any

import httpx

from bench.client_overhead import BASE_URL, ProductTransport
from bench.fake_subprocess import API_KEY, fake_server_process
from final_pos_client import FinalPOS
from final_pos_client.models import CreateProductDto

CALLS = int(os.environ.get("BENCH_OBSERVE_CALLS", "100000"))
REQUESTS = int(os.environ.get("BENCH_OBSERVE_REQUESTS", "1000"))
RUNS = int(os.environ.get("BENCH_OBSERVE_RUNS", "7"))
MODES: dict[str, tuple[bool, float | None]] = {
    "off": (False, None),
    "sample 0": (True, 0.0),
    "sample 100%": (True, 1.0),
}


def _client(
    base_url: str, http_client: httpx.AsyncClient | None, observe: Path | None, rate: float | None
) -> FinalPOS:
    return FinalPOS(
        api_key=API_KEY,
        base_url=base_url,
        http_client=http_client,
        observe=observe,
        observe_sample_rate=rate,
    )


async def _cpu_per_call(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        await call()
    return (time.process_time() - started) / calls * 1e6


async def _compare(
    base_url: str, transport: Callable[[], httpx.AsyncClient | None], calls: int, folder: Path
) -> dict[str, float]:
    clients = {
        mode: _client(base_url, transport(), folder / f"{i}.sqlite" if on else None, rate)
        for i, (mode, (on, rate)) in enumerate(MODES.items())
    }
    probe = clients["off"]
    product_id = (await probe.products.create(CreateProductDto(name="Tea", product_type="s"))).id
    samples: dict[str, list[float]] = {mode: [] for mode in clients}
    for pos in clients.values():  # warm up connections and the recorder's shape cache
        for _ in range(20):
            await pos.products.get(product_id)
    order = list(clients.items())
    for run in range(RUNS):
        for mode, pos in order[run % 3 :] + order[: run % 3]:  # rotate: no mode always first
            samples[mode].append(
                await _cpu_per_call(functools.partial(pos.products.get, product_id), calls)
            )
    for pos in clients.values():
        await pos.aclose()
        await pos.http_client.aclose()
    return {mode: min(values) for mode, values in samples.items()}  # the least disturbed run


class MixedTransport(httpx.AsyncBaseTransport):
    """Answers products, lists and customers with fresh values each time; every tenth
    product carries an undocumented key with a new name."""

    def __init__(self) -> None:
        self._serial = count()

    def _product(self) -> dict[str, Any]:
        n = next(self._serial)
        product: dict[str, Any] = {
            "id": f"{n:024x}",
            "name": f"product {n}",
            "productType": "simple",
            "companyId": f"{n * 7:024x}",
            "createdAt": "2026-11-27T07:18:04.206+00:00",
            "updatedAt": "2026-11-27T07:18:04.206+00:00",
            "fromFinal": n % 2 == 0,
            "minPrice": str(n) if n % 3 == 0 else n,
        }
        if n % 10 == 0:
            product[f"extra{n}"] = n
        return product

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/products"):
            body: Any = [self._product() for _ in range(5)]
        elif path.startswith("/v1/api/customer"):
            n = next(self._serial)
            body = {"id": f"{n:024x}", "email": f"c{n}@example.com", "firstName": f"n{n}"}
        else:
            body = self._product()
        status = 201 if request.method == "POST" else 200
        return httpx.Response(
            status, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )


async def _file_size_after(calls: int, folder: Path) -> tuple[int, float]:
    path = folder / "soak.sqlite"
    transport = MixedTransport()
    started = time.perf_counter()
    async with FinalPOS(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=transport),
        observe=path,
    ) as pos:
        for i in range(calls):
            which = i % 4
            if which == 0:
                await pos.request("GET", "/v1/api/products")
            elif which == 1:
                await pos.request("GET", f"/v1/api/customer/{i:024x}")
            else:
                await pos.request("GET", f"/v1/api/product/{i:024x}")
        await pos.http_client.aclose()
    return path.stat().st_size, time.perf_counter() - started


async def run() -> str:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        with fake_server_process() as base_url:
            socket = await _compare(base_url, lambda: None, REQUESTS, folder)
        memory = await _compare(
            BASE_URL,
            lambda: httpx.AsyncClient(transport=ProductTransport()),
            REQUESTS * 5,
            folder,
        )
        size, seconds = await _file_size_after(CALLS, folder)
    lines = ["## observe", ""]
    for title, figures in (
        ("real socket (fake in its own process)", socket),
        ("in-memory transport (worst case)", memory),
    ):
        off = figures["off"]
        parts = ", ".join(
            f"{mode} {value:.1f} us ({value / off:.2f}x)" for mode, value in figures.items()
        )
        lines.append(f"- {title}, CPU per `products.get`, best of {RUNS}: {parts}")
    ratio = socket["sample 100%"] / socket["off"]
    verdict = "met" if ratio <= 1.10 else "NOT met"
    lines.append(f"- goal 100% <= 1.10x off over a socket: **{ratio:.2f}x**, {verdict}")
    size_verdict = "met" if size < 1_000_000 else "NOT met"
    lines.append(
        f"- file after {CALLS:,} recorded calls (mixed answers, fresh values, a new key name "
        f"for one product in ten; {seconds:.0f} s): **{size / 1024:.0f} KiB** "
        f"(< 1 MB {size_verdict})"
    )
    return "\n".join(lines)


def main() -> None:
    print(asyncio.run(run()), flush=True)


if __name__ == "__main__":
    main()
