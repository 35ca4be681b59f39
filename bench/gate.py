"""``make bench-check``: a one-minute speed gate for CI, against the ratios last recorded.

Measured in one run, against the fake in its own process: ``FinalPOS`` default's client CPU per
call over raw aiohttp's (the floor of its transport), sequential; its CPU per call at 50-way over
its own sequential; and cold start in fresh interpreters (``from final_pos_client import
FinalPOS`` over ``import httpx``, and ``FinalPOS`` import + first request over the same with raw
httpx, with the aiohttp extra and as if it were not installed). CPU time rather than the wall
clock, so that a loaded machine moves the figures little. Each ratio fails the gate when it is
more than TOLERANCE times the ratio recorded in ``bench/gate_baseline.json`` (``python -m
bench.gate --record`` rewrites that file after a deliberate change).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bench import bench_peers, cold_start
from bench.bench_peers import FINAL_POS_DEFAULT, RAW_AIOHTTP
from bench.contenders import CATEGORY
from bench.fake_subprocess import API_KEY, fake_server_process

BASELINE_FILE = Path(__file__).with_name("gate_baseline.json")
TOLERANCE = 1.3
ROUNDS = int(os.environ.get("BENCH_GATE_ROUNDS", "5"))
SEQUENTIAL_REQUESTS = 400
CONCURRENT_REQUESTS = 800
CONCURRENCY = 50
COLD_RUNS = int(os.environ.get("BENCH_GATE_COLD_RUNS", "15"))

# Every gated figure is a ratio where lower is better.
PER_CALL = "FinalPOS default CPU/call / raw aiohttp CPU/call (sequential)"
CONCURRENT = "FinalPOS default CPU/call at 50-way / its sequential CPU/call"
IMPORT = "from final_pos_client import FinalPOS / import httpx (CPU beyond start-up)"
FIRST_REQUEST = "FinalPOS import + first request / the same with raw httpx (CPU)"
FIRST_REQUEST_PLAIN = "FinalPOS without the aiohttp extra: import + first request / raw httpx"


def measure() -> dict[str, float]:
    with fake_server_process() as base_url:
        rates = asyncio.run(
            bench_peers.measure(
                base_url,
                [RAW_AIOHTTP, FINAL_POS_DEFAULT],
                ROUNDS,
                ((1, SEQUENTIAL_REQUESTS), (CONCURRENCY, CONCURRENT_REQUESTS)),
            )
        )
        cpu = {key: micros / 1e6 for key, (_, micros) in rates.items()}
        category_id = asyncio.run(CATEGORY.seed(base_url))
        first = cold_start.measure(
            {
                "httpx": cold_start.FIRST_REQUEST_HTTPX,
                "ours": cold_start.FIRST_REQUEST_OURS,
                "plain": cold_start.FIRST_REQUEST_OURS_WITHOUT_AIOHTTP,
            },
            COLD_RUNS,
            (base_url, API_KEY, category_id),
        )
    imports = cold_start.measure(
        {"httpx": cold_start.IMPORT_HTTPX, "ours": cold_start.IMPORT_CLIENT}, COLD_RUNS
    )
    for label, costs in (("import", imports), ("import + first request", first)):
        print(
            f"  {label}: httpx {costs['httpx'].cpu * 1e3:.0f} ms CPU "
            f"({costs['httpx'].wall * 1e3:.0f} ms wall), final_pos_client "
            f"{costs['ours'].cpu * 1e3:.0f} ms CPU ({costs['ours'].wall * 1e3:.0f} ms wall)"
        )
    print(
        f"  import + first request without the aiohttp extra: {first['plain'].cpu * 1e3:.0f} ms CPU"
    )
    print(
        f"  CPU/call: raw aiohttp {cpu[(RAW_AIOHTTP, 1)] * 1e6:.0f} us, FinalPOS "
        f"{cpu[(FINAL_POS_DEFAULT, 1)] * 1e6:.0f} us sequential, "
        f"{cpu[(FINAL_POS_DEFAULT, CONCURRENCY)] * 1e6:.0f} us at {CONCURRENCY}-way"
    )
    return {
        PER_CALL: cpu[(FINAL_POS_DEFAULT, 1)] / cpu[(RAW_AIOHTTP, 1)],
        CONCURRENT: cpu[(FINAL_POS_DEFAULT, CONCURRENCY)] / cpu[(FINAL_POS_DEFAULT, 1)],
        IMPORT: imports["ours"].cpu / imports["httpx"].cpu,
        FIRST_REQUEST: first["ours"].cpu / first["httpx"].cpu,
        FIRST_REQUEST_PLAIN: first["plain"].cpu / first["httpx"].cpu,
    }


def check(measured: dict[str, float], recorded: dict[str, float]) -> list[str]:
    """The figures that regressed: more than TOLERANCE times their recorded ratio."""
    failures = []
    for name, ratio in measured.items():
        if name not in recorded:
            print(f"  MISSING: {name}: {ratio:.2f}x has no recorded ratio (run with --record)")
            failures.append(name)
            continue
        limit = recorded[name] * TOLERANCE
        verdict = "ok" if ratio <= limit else "REGRESSION"
        print(
            f"  {verdict}: {name}: {ratio:.2f}x "
            f"(recorded {recorded[name]:.2f}x, limit {limit:.2f}x)"
        )
        if ratio > limit:
            failures.append(name)
    return failures


def main(argv: list[str], run: Callable[[], dict[str, float]] = measure) -> int:
    load = os.getloadavg()[0]
    print(f"bench-check: load average {load:.1f} on {os.cpu_count()} cores", flush=True)
    measured = run()
    if "--record" in argv:
        BASELINE_FILE.write_text(
            json.dumps({k: round(v, 3) for k, v in measured.items()}, indent=2) + "\n"
        )
        print(f"bench-check: recorded {BASELINE_FILE.name}")
        return 0
    failures = check(measured, json.loads(BASELINE_FILE.read_text()))
    if failures:
        print(f"bench-check: FAILED ({len(failures)} figure(s) regressed)", file=sys.stderr)
        return 1
    print("bench-check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
