"""Cold start in fresh interpreters: ``import final_pos_client`` against ``import httpx``, and
``from final_pos_client import FinalPOS`` plus a first request against the same with raw httpx.

Each snippet runs in a new ``python`` process; its CPU time is read from the children's resource
usage (less disturbed by other work on the machine than the wall clock), and an empty
interpreter's start-up (``python -c pass``) is subtracted. Interleaved, median of ``runs``.

Every module is imported from cached bytecode, as from an installed wheel (pip compiles at
install): the children write and read ``.pyc`` files under a scratch ``PYTHONPYCACHEPREFIX``
(bytecode writing on, whatever ``PYTHONDONTWRITEBYTECODE`` says), filled by one uncounted run
of each snippet. Without this, a checkout whose ``.pyc`` files are not written compiles
``final_pos_client`` from source in every child while httpx and aiohttp load precompiled.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

EMPTY = "pass"
IMPORT_HTTPX = "import httpx"
IMPORT_OURS = "import final_pos_client"
IMPORT_CLIENT = "from final_pos_client import FinalPOS"
FIRST_REQUEST_HTTPX = """
import asyncio, sys
import httpx
async def main():
    async with httpx.AsyncClient() as client:
        response = await client.get(
            f"{sys.argv[1]}/v1/api/category/{sys.argv[3]}", headers={"x-api-key": sys.argv[2]}
        )
        response.raise_for_status()
        response.json()
asyncio.run(main())
"""
FIRST_REQUEST_HTTPX_AIOHTTP = """
import asyncio, sys
import httpx
from httpx_aiohttp import AiohttpTransport
async def main():
    async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
        response = await client.get(
            f"{sys.argv[1]}/v1/api/category/{sys.argv[3]}", headers={"x-api-key": sys.argv[2]}
        )
        response.raise_for_status()
        response.json()
asyncio.run(main())
"""
FIRST_REQUEST_OURS = """
import asyncio, sys
from final_pos_client import FinalPOS
async def main():
    async with FinalPOS(api_key=sys.argv[2], base_url=sys.argv[1]) as pos:
        await pos.categories.get(sys.argv[3])
asyncio.run(main())
"""
# An install without the aiohttp extra: FinalPOS finds no httpx-aiohttp and uses plain httpx.
FIRST_REQUEST_OURS_WITHOUT_AIOHTTP = (
    'import sys\nsys.modules["httpx_aiohttp"] = None  # not installed\n' + FIRST_REQUEST_OURS
)


@dataclass(frozen=True)
class Cost:
    cpu: float
    wall: float


def _run(snippet: str, args: tuple[str, ...], env: dict[str, str]) -> Cost:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", snippet, *args], check=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Cost(cpu, wall)


def measure(snippets: dict[str, str], runs: int, args: tuple[str, ...] = ()) -> dict[str, Cost]:
    """Median CPU and wall seconds of each snippet beyond an empty interpreter's start-up."""
    names = [EMPTY, *snippets]
    code = {EMPTY: EMPTY, **snippets}
    samples: dict[str, list[Cost]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": pycache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in names:
            _run(code[name], args, env)  # compiles what the snippet imports, uncounted
        for _ in range(runs):
            for name in names:
                samples[name].append(_run(code[name], args, env))
    empty_cpu = statistics.median(cost.cpu for cost in samples[EMPTY])
    empty_wall = statistics.median(cost.wall for cost in samples[EMPTY])
    return {
        name: Cost(
            statistics.median(cost.cpu for cost in samples[name]) - empty_cpu,
            statistics.median(cost.wall for cost in samples[name]) - empty_wall,
        )
        for name in snippets
    }
