"""The contenders ``bench client`` and ``bench peers`` share, and the loop that compares them.

A contender opens a fresh client for (base URL, record id) and yields a call that GETs that
record (``bench.load.Contender``): raw ``httpx.AsyncClient`` (over httpx's pool or another
transport) and ``FinalPOS`` over each of its transports. ``compare`` times every contender
interleaved and rotated, against the fake in its own process (``bench.fake_subprocess``), and
keeps the medians.
"""

from __future__ import annotations

import statistics
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from bench.fake_subprocess import API_KEY
from bench.load import Call, Contender, timed_run
from final_pos_client import FinalPOS
from final_pos_client._core import _http_client
from final_pos_client.models import CreateCategoryDto, CreateProductDto

TIMEOUT_SECONDS = 30.0
TIMEOUT = httpx.Timeout(TIMEOUT_SECONDS)
WARMUP = 50

# (contender, concurrency) -> (median req/s, median client CPU microseconds per call)
Rates = dict[tuple[str, int], tuple[float, float]]
# How FinalPOS gets its httpx client: its default (httpx-aiohttp when the extra is installed),
# its plain-httpx client (ShardedPoolTransport, the default without aiohttp), or an injected
# ``httpx.AsyncClient()`` (httpx's own pool).
Transport = Literal["default", "sharded pool", "httpx's own pool"]


@dataclass(frozen=True)
class Target:
    """The record a topic's contenders GET: ``/v1/api/<segment>/{id}``."""

    segment: str
    get: Callable[[FinalPOS, str], Awaitable[Any]]
    create: Callable[[FinalPOS], Awaitable[Any]]

    def url(self, base_url: str, record_id: str) -> str:
        return f"{base_url}/v1/api/{self.segment}/{record_id}"

    async def seed(self, base_url: str) -> str:
        """Create one record through ``FinalPOS``; its id."""
        async with FinalPOS(api_key=API_KEY, base_url=base_url) as pos:
            record = await self.create(pos)
            return str(record.id)


CATEGORY = Target(
    "category",
    get=lambda pos, record_id: pos.categories.get(record_id),
    create=lambda pos: pos.categories.create(
        CreateCategoryDto(name="Beverages", description="Drinks")
    ),
)
PRODUCT = Target(
    "product",
    get=lambda pos, record_id: pos.products.get(record_id),
    create=lambda pos: pos.products.create(
        CreateProductDto(name="Bench tea", product_type="simple")
    ),
)


def raw_httpx(
    target: Target, transport: Callable[[], httpx.AsyncBaseTransport] | None = None
) -> Contender:
    """``httpx.AsyncClient`` by hand: its own pool, or ``transport()`` (e.g. httpx-aiohttp's)."""

    @asynccontextmanager
    async def contender(base_url: str, record_id: str) -> AsyncIterator[Call]:
        chosen = transport() if transport is not None else None
        async with httpx.AsyncClient(timeout=TIMEOUT, transport=chosen) as client:
            url, headers = target.url(base_url, record_id), {"x-api-key": API_KEY}

            async def call() -> Any:
                response = await client.get(url, headers=headers)
                response.raise_for_status()
                return response.json()

            yield call

    return contender


@contextmanager
def aiohttp_extra_missing() -> Iterator[None]:
    """While it lasts, ``FinalPOS`` builds its client as in an install without the extra."""
    found = _http_client.aiohttp_available
    _http_client.aiohttp_available = lambda: False
    try:
        yield
    finally:
        _http_client.aiohttp_available = found


def _final_pos(base_url: str, transport: Transport) -> tuple[FinalPOS, httpx.AsyncClient | None]:
    """The client, and the ``httpx.AsyncClient`` injected into it (closed by the caller)."""
    if transport == "httpx's own pool":
        injected = httpx.AsyncClient(timeout=TIMEOUT)
        return FinalPOS(api_key=API_KEY, base_url=base_url, http_client=injected), injected
    # Its own client, which it sends through without AsyncClient.send (not an injected one).
    with aiohttp_extra_missing() if transport == "sharded pool" else nullcontext():
        return FinalPOS(api_key=API_KEY, base_url=base_url), None


def final_pos(target: Target, transport: Transport = "default") -> Contender:
    """``FinalPOS`` (typed models) over ``transport``."""

    @asynccontextmanager
    async def contender(base_url: str, record_id: str) -> AsyncIterator[Call]:
        client, http_client = _final_pos(base_url, transport)
        async with client as pos:
            get = target.get

            async def call() -> Any:
                return await get(pos, record_id)

            yield call
        if http_client is not None:
            await http_client.aclose()

    return contender


async def compare(
    contenders: Mapping[str, Contender],
    base_url: str,
    record_id: str,
    *,
    rounds: int,
    runs: Sequence[tuple[int, int]],
    warmup: int = WARMUP,
) -> Rates:
    """Each round runs every (concurrency, requests) of ``runs`` for every contender, a fresh
    client each time, the contenders' order rotated by one per round; medians of the rounds."""
    names = list(contenders)
    samples: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for concurrency, requests in runs:
            for name in names[shift:] + names[:shift]:
                timing = await timed_run(
                    contenders[name],
                    base_url,
                    record_id,
                    requests=requests,
                    concurrency=concurrency,
                    warmup=warmup,
                )
                samples.setdefault((name, concurrency), []).append(
                    (requests / timing.wall, timing.cpu / requests * 1e6)
                )
        print(f"  round {round_number + 1}/{rounds} done", flush=True)
    return {
        key: (
            statistics.median(rate for rate, _ in values),
            statistics.median(cpu for _, cpu in values),
        )
        for key, values in samples.items()
    }
