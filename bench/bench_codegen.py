"""``make regenerate`` speed: a full regeneration (fresh interpreter, all stages) into a temporary
folder, median of a few runs; the stock openapi-python-client CLI on the unpatched description
(no overlay, templates, runtime, report) is timed in the same run as a baseline.

Goal (issue 2): a regeneration under 30 s on the project's 2-core machine.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
GOAL_SECONDS = 30.0


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO_ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


# The files a regeneration rewrites besides the package (versions, changelog): copied so that a
# timed run writes them in its scratch folder, never into the repository.
VERSION_FILES = ("pyproject.toml", "README.md", "CHANGELOG.md")


def _regenerate(workdir: Path) -> list[str]:
    workdir.mkdir(parents=True, exist_ok=True)
    for name in VERSION_FILES:
        if (REPO_ROOT / name).is_file():
            shutil.copyfile(REPO_ROOT / name, workdir / name)
    return [
        sys.executable, "-m", "codegen", "regenerate",
        "--spec", str(REPO_ROOT / "openapi.yaml"),
        "--output", str(workdir / "final_pos_client"),
        "--report", str(workdir / "API_CHANGES.md"),
        "--project-root", str(workdir),
    ]  # fmt: skip


def _stock(workdir: Path) -> list[str]:
    generator = Path(sys.executable).with_name("openapi-python-client")
    return [
        str(generator), "generate", "--path", str(REPO_ROOT / "openapi.yaml"),
        "--meta", "none", "--output-path", str(workdir / "stock"), "--overwrite",
    ]  # fmt: skip


def main() -> None:
    ours: list[float] = []
    stock: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(RUNS):  # contenders interleaved; each run starts from an empty folder
            workdir = Path(tmp) / f"run{run}"
            workdir.mkdir()
            stock.append(_timed(_stock(workdir)))
            ours.append(_timed(_regenerate(workdir)))
        check = _timed([*_regenerate(Path(tmp) / "run0"), "--check"])
    median, baseline = statistics.median(ours), statistics.median(stock)
    verdict = "met" if median < GOAL_SECONDS else "MISSED"
    print("## codegen\n")
    print(
        f"`make regenerate` (full pipeline, fresh interpreter), median of {RUNS}: "
        f"**{median:.1f} s** (goal < {GOAL_SECONDS:.0f} s: {verdict})"
    )
    print(
        f"- stock `openapi-python-client generate` alone, no ruff (baseline): {baseline:.1f} s "
        f"→ pipeline / stock = {median / baseline:.2f}x"
    )
    print(f"- `--check` (regenerate into a temp folder + compare): {check:.1f} s")
    print(f"- runs: {', '.join(f'{t:.2f}' for t in ours)} s")
    print("\nCommand: `.venv/bin/python -m bench codegen`")


if __name__ == "__main__":
    main()
