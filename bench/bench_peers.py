"""``python -m bench peers``: FinalPOS against raw transports and a Stainless-generated peer.

Against the fake server in its own process (``python -m final_pos_fake``, real socket), GETs of
one category record, 600 sequentially and 1,200 from 50 concurrent tasks, for each contender:
raw ``httpx.AsyncClient``; raw ``aiohttp.ClientSession`` (the floor of this stack);
openai-python's base client (``AsyncOpenAI.get(path, cast_to=object)``, the request pipeline
every Stainless SDK shares) over httpx and over its aiohttp option (``DefaultAioHttpClient``);
``FinalPOS`` default (httpx-aiohttp when the ``aiohttp`` extra is installed) and ``FinalPOS``
over ``ShardedPoolTransport`` (plain httpx). ``FinalPOS`` returns typed models; the others
return decoded JSON. A fresh client per run (warmed up), contenders interleaved and rotated,
median of ROUNDS rounds.

Goals (issue 11): ``FinalPOS`` default >= 1.2x openai's base client over aiohttp, sequential
and 50-way, and >= 0.6x raw aiohttp sequential.
Environment: BENCH_PEERS_ROUNDS (5).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
from openai import AsyncOpenAI, DefaultAioHttpClient

from bench.contenders import (
    CATEGORY,
    TIMEOUT_SECONDS,
    Rates,
    compare,
    final_pos,
    raw_httpx,
)
from bench.fake_subprocess import API_KEY, fake_server_process
from bench.load import Call, Contender

SEQUENTIAL_REQUESTS = 600
CONCURRENT_REQUESTS = 1200
CONCURRENCY = 50
ROUNDS = int(os.environ.get("BENCH_PEERS_ROUNDS", "5"))
GOAL_VS_OPENAI_AIOHTTP = 1.2
GOAL_VS_RAW_AIOHTTP = 0.6


@asynccontextmanager
async def raw_aiohttp(base_url: str, category_id: str) -> AsyncIterator[Call]:
    timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        url, headers = CATEGORY.url(base_url, category_id), {"x-api-key": API_KEY}

        async def call() -> Any:
            async with session.get(url, headers=headers) as response:
                response.raise_for_status()
                return await response.json()

        yield call


def _openai(over_aiohttp: bool) -> Contender:
    @asynccontextmanager
    async def contender(base_url: str, category_id: str) -> AsyncIterator[Call]:
        client = AsyncOpenAI(
            api_key=API_KEY,
            base_url=f"{base_url}/v1/api/",
            default_headers={"x-api-key": API_KEY},
            timeout=TIMEOUT_SECONDS,
            http_client=DefaultAioHttpClient(timeout=TIMEOUT_SECONDS) if over_aiohttp else None,
        )
        async with client:
            path = f"{CATEGORY.segment}/{category_id}"

            async def call() -> Any:
                return await client.get(path, cast_to=object)

            yield call

    return contender


RAW_HTTPX = "raw `httpx.AsyncClient`"
RAW_AIOHTTP = "raw `aiohttp.ClientSession` (the floor)"
OPENAI_HTTPX = "openai-python base client (`AsyncOpenAI.get`) over httpx"
OPENAI_AIOHTTP = "the same over `DefaultAioHttpClient` (aiohttp)"
FINAL_POS_DEFAULT = "**`FinalPOS` default** (typed models)"
FINAL_POS_SHARDED = "`FinalPOS` over `ShardedPoolTransport` (typed models)"
CONTENDERS: dict[str, Contender] = {
    RAW_HTTPX: raw_httpx(CATEGORY),
    RAW_AIOHTTP: raw_aiohttp,
    OPENAI_HTTPX: _openai(over_aiohttp=False),
    OPENAI_AIOHTTP: _openai(over_aiohttp=True),
    FINAL_POS_DEFAULT: final_pos(CATEGORY),
    FINAL_POS_SHARDED: final_pos(CATEGORY, "sharded pool"),
}
RUNS = ((1, SEQUENTIAL_REQUESTS), (CONCURRENCY, CONCURRENT_REQUESTS))


async def measure(
    base_url: str,
    names: list[str] | None = None,
    rounds: int = ROUNDS,
    runs: tuple[tuple[int, int], ...] = RUNS,
) -> Rates:
    """Median req/s and client CPU per call of each contender (all unless ``names``)."""
    category_id = await CATEGORY.seed(base_url)
    chosen = {name: CONTENDERS[name] for name in names or CONTENDERS}
    return await compare(chosen, base_url, category_id, rounds=rounds, runs=runs)


def _verdict(value: float, goal: float) -> str:
    return "met" if value >= goal else "NOT met"


def report(measured: Rates) -> str:
    rate = {key: value for key, (value, _) in measured.items()}
    cpu = {key: value for key, (_, value) in measured.items()}
    lines = [
        f"{SEQUENTIAL_REQUESTS} sequential GETs of one category and {CONCURRENT_REQUESTS} at "
        f"{CONCURRENCY}-way per run, median of {ROUNDS} rounds (fresh client per run, "
        "contenders interleaved); fake server in its own process. Client CPU = this process's "
        "CPU time per call.",
        "",
        f"| contender | sequential req/s | client CPU/call | {CONCURRENCY}-way req/s | "
        f"{CONCURRENCY}-way client CPU/call |",
        "|---|---|---|---|---|",
    ]
    for name in CONTENDERS:
        lines.append(
            f"| {name} | {rate[(name, 1)]:,.0f} | {cpu[(name, 1)]:.0f} us | "
            f"{rate[(name, CONCURRENCY)]:,.0f} | {cpu[(name, CONCURRENCY)]:.0f} us |"
        )
    vs_openai_seq = rate[(FINAL_POS_DEFAULT, 1)] / rate[(OPENAI_AIOHTTP, 1)]
    vs_openai_conc = rate[(FINAL_POS_DEFAULT, CONCURRENCY)] / rate[(OPENAI_AIOHTTP, CONCURRENCY)]
    vs_floor = rate[(FINAL_POS_DEFAULT, 1)] / rate[(RAW_AIOHTTP, 1)]
    lines += [
        "",
        f"- `FinalPOS` default / openai over aiohttp, sequential: {vs_openai_seq:.2f}x "
        f"(goal >= {GOAL_VS_OPENAI_AIOHTTP}x: {_verdict(vs_openai_seq, GOAL_VS_OPENAI_AIOHTTP)}).",
        f"- `FinalPOS` default / openai over aiohttp, {CONCURRENCY}-way: {vs_openai_conc:.2f}x "
        f"(goal >= {GOAL_VS_OPENAI_AIOHTTP}x: {_verdict(vs_openai_conc, GOAL_VS_OPENAI_AIOHTTP)}).",
        f"- `FinalPOS` default / raw aiohttp, sequential: {vs_floor:.2f}x "
        f"(goal >= {GOAL_VS_RAW_AIOHTTP}x: {_verdict(vs_floor, GOAL_VS_RAW_AIOHTTP)}).",
    ]
    return "\n".join(lines)


def main() -> None:
    with fake_server_process() as base_url:
        print(report(asyncio.run(measure(base_url))), flush=True)


if __name__ == "__main__":
    main()
