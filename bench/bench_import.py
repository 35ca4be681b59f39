"""``python -m bench import``: cold start, in fresh interpreters (``bench/cold_start.py``).

``import final_pos_client`` and ``from final_pos_client import FinalPOS`` against ``import
httpx``; ``FinalPOS`` import + construction + a first request (GET of one category from the fake
in its own process) against the same with raw httpx, and with raw httpx over httpx-aiohttp (the
transport ``FinalPOS`` picks by default when the ``aiohttp`` extra is installed); ``FinalPOS``
the same way in an install without that extra (plain httpx). Interleaved,
median of RUNS; CPU time beyond an empty interpreter's start-up (wall clock shown too).

Goals (issue 11): ``import final_pos_client`` <= 1.3x ``import httpx``; ``FinalPOS`` import +
first request <= 1.5x the same with raw httpx, with and without the aiohttp extra.
Environment: BENCH_IMPORT_RUNS (15).
"""

from __future__ import annotations

import asyncio
import os

from bench import cold_start
from bench.contenders import CATEGORY
from bench.fake_subprocess import API_KEY, fake_server_process

RUNS = int(os.environ.get("BENCH_IMPORT_RUNS", "15"))
GOAL_IMPORT = 1.3
GOAL_FIRST_REQUEST = 1.5


def _row(name: str, cost: cold_start.Cost, baseline: cold_start.Cost) -> str:
    return (
        f"| {name} | {cost.cpu * 1e3:.0f} ms | {cost.cpu / baseline.cpu:.2f}x | "
        f"{cost.wall * 1e3:.0f} ms | {cost.wall / baseline.wall:.2f}x |"
    )


def main() -> None:
    imports = cold_start.measure(
        {
            "httpx": cold_start.IMPORT_HTTPX,
            "package": cold_start.IMPORT_OURS,
            "client": cold_start.IMPORT_CLIENT,
        },
        RUNS,
    )
    with fake_server_process() as base_url:
        category_id = asyncio.run(CATEGORY.seed(base_url))
        first = cold_start.measure(
            {
                "httpx": cold_start.FIRST_REQUEST_HTTPX,
                "httpx-aiohttp": cold_start.FIRST_REQUEST_HTTPX_AIOHTTP,
                "ours": cold_start.FIRST_REQUEST_OURS,
                "ours-plain": cold_start.FIRST_REQUEST_OURS_WITHOUT_AIOHTTP,
            },
            RUNS,
            (base_url, API_KEY, category_id),
        )
    base, first_base = imports["httpx"], first["httpx"]
    package_ratio = imports["package"].cpu / base.cpu
    first_ratio = first["ours"].cpu / first_base.cpu
    plain_ratio = first["ours-plain"].cpu / first_base.cpu
    print(
        "\n".join(
            [
                f"Median of {RUNS} fresh interpreters each, interleaved; CPU time (and wall clock) "
                "beyond an empty interpreter's start-up.",
                "",
                "| snippet | CPU | vs baseline | wall | vs baseline |",
                "|---|---|---|---|---|",
                _row("`import httpx` (baseline)", base, base),
                _row("`import final_pos_client`", imports["package"], base),
                _row("`from final_pos_client import FinalPOS`", imports["client"], base),
                _row("raw httpx: import + first GET (baseline)", first_base, first_base),
                _row(
                    "raw httpx over httpx-aiohttp: import + first GET",
                    first["httpx-aiohttp"],
                    first_base,
                ),
                _row(
                    "`FinalPOS` default: import + first `categories.get`", first["ours"], first_base
                ),
                _row(
                    "`FinalPOS` without the aiohttp extra: import + first `categories.get`",
                    first["ours-plain"],
                    first_base,
                ),
                "",
                f"- `import final_pos_client` / `import httpx`: {package_ratio:.2f}x (goal <= "
                f"{GOAL_IMPORT}x: {'met' if package_ratio <= GOAL_IMPORT else 'NOT met'}).",
                f"- `FinalPOS` import + first request / raw httpx: {first_ratio:.2f}x (goal <= "
                f"{GOAL_FIRST_REQUEST}x: "
                f"{'met' if first_ratio <= GOAL_FIRST_REQUEST else 'NOT met'}); "
                "against raw httpx over the same transport (httpx-aiohttp): "
                f"{first['ours'].cpu / first['httpx-aiohttp'].cpu:.2f}x.",
                "- The same without the aiohttp extra (plain httpx) / raw httpx: "
                f"{plain_ratio:.2f}x "
                f"(goal <= {GOAL_FIRST_REQUEST}x: "
                f"{'met' if plain_ratio <= GOAL_FIRST_REQUEST else 'NOT met'}).",
            ]
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
