"""What following the event loop costs and leaks.

- The checks added to every call of the client ``FinalPOS`` builds: is a tool hooked into httpx
  (``_httpx_hooks``), is a test net installed (``_interception``), which loop's pool to use
  (``_loop_transport``). Timed alone (CPU per call) and set against a whole call's client CPU.
- The loop soak: one ``FinalPOS`` used by BENCH_LOOP_SOAK (1,000) event loops one after another
  (``asyncio.run``, one GET each), per transport; this process's file descriptors and RSS after
  the first loops and at the end (flat: each loop's pool is closed when the loop shuts down).
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
from contextlib import nullcontext

from bench.contenders import PRODUCT, aiohttp_extra_missing
from bench.fake_subprocess import API_KEY
from final_pos_client import FinalPOS
from final_pos_client._core._http_client import aiohttp_available
from final_pos_client._core._httpx_hooks import HOOKS
from final_pos_client._core._interception import SLOT
from final_pos_client._core._loop_transport import LoopTransport

LOOPS = int(os.environ.get("BENCH_LOOP_SOAK", "1000"))
CHECKS = 200_000


async def _checks_per_call(transport: LoopTransport) -> float:
    """CPU seconds per call of the routing checks on the fast path (best of 5 runs)."""
    transport.pools()
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        for _ in range(CHECKS):
            if SLOT.interceptor is not None or HOOKS.active():
                raise RuntimeError("a hook or test net is active: the fast path is not measured")
            loop = asyncio.get_running_loop()
            last_loop, pools = transport._last
            if last_loop is not loop or pools is None:
                raise RuntimeError("the loop lookup missed")
        best = min(best, (time.process_time() - started) / CHECKS)
    return best


def routing_cost(call_cpu_micros: float) -> str:
    """The checks' CPU per call, and its share of ``call_cpu_micros`` (a whole call)."""
    pos = FinalPOS(api_key=API_KEY, base_url="http://127.0.0.1:1")
    transport = pos.http_client._transport
    assert isinstance(transport, LoopTransport)
    seconds = asyncio.run(_checks_per_call(transport))
    share = seconds * 1e6 / call_cpu_micros
    verdict = "met" if share <= 0.02 else "NOT met"
    return (
        f"- Routing checks per call (hooked httpx? test net? this loop's pool): "
        f"{seconds * 1e9:.0f} ns CPU, {share:.2%} of a FinalPOS call's {call_cpu_micros:.0f} us "
        f"client CPU. Goal <= 2%: {verdict}."
    )


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _soak(base_url: str, product_id: str, use_aiohttp: bool) -> str:
    with nullcontext() if use_aiohttp else aiohttp_extra_missing():
        pos = FinalPOS(api_key=API_KEY, base_url=base_url)
    transport = pos.http_client._transport
    assert isinstance(transport, LoopTransport)

    async def one_call() -> None:
        await pos.products.get(product_id)

    marks: dict[int, tuple[int, int]] = {}
    first_mark = min(10, LOOPS)
    for done in range(1, LOOPS + 1):
        asyncio.run(one_call())
        if done in (first_mark, LOOPS):
            gc.collect()
            marks[done] = (_fds(), _rss_kib())
    asyncio.run(pos.aclose())
    (fds_early, rss_early), (fds_end, rss_end) = marks[first_mark], marks[LOOPS]
    flat = fds_end <= fds_early and transport.loops == 0
    name = "httpx-aiohttp" if use_aiohttp else "plain httpx"
    return (
        f"| {name} | {LOOPS:,} | {fds_early} -> {fds_end} | "
        f"{rss_early / 1024:.1f} -> {rss_end / 1024:.1f} MiB | {transport.loops} | "
        f"{'PASS' if flat else 'FAIL'} |"
    )


def run_loop_soak(base_url: str) -> str:
    product_id = asyncio.run(PRODUCT.seed(base_url))
    lines = [
        f"Loop soak: one FinalPOS, {LOOPS:,} event loops one after another (asyncio.run, one "
        f"GET each); fds and RSS of this process after loop {min(10, LOOPS)} and after the last.",
        "",
        "| transport | loops | open fds | RSS | pools left | result |",
        "|---|---|---|---|---|---|",
    ]
    for use_aiohttp in [False, True] if aiohttp_available() else [False]:
        lines.append(_soak(base_url, product_id, use_aiohttp))
    return "\n".join(lines)
