"""``make bench``: run every ``bench/bench_*.py`` module's ``main()`` in turn.

Each module measures ratios against a baseline taken in the same run and prints a
Markdown section; BENCHMARKS.md holds the latest results with this command.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    wanted = set(argv)
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        topic = info.name.removeprefix("bench_")
        if wanted and topic not in wanted:
            continue
        print(f"\n=== bench {topic} ===", flush=True)
        importlib.import_module(f"bench.{info.name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
