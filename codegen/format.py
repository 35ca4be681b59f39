"""Stage 4, format: ruff (fix, then format) on the freshly generated package.

``--isolated`` with explicit settings: the result must not depend on where the temporary
folder lives (a ``pyproject.toml`` above it would otherwise change ruff's settings).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SETTINGS = ["--isolated", "--target-version", "py311", "--line-length", "100"]
# Import sorting, unused imports, pyupgrade: cleans what the stock templates leave behind.
FIX_RULES = "I,F401,UP"


class FormatError(Exception):
    """ruff could not fix or format the generated code."""


def _ruff(*args: str) -> None:
    command = [sys.executable, "-m", "ruff", *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FormatError(f"{' '.join(command[2:])} failed:\n{result.stdout}{result.stderr}")


def format_package(package_dir: Path) -> None:
    _ruff("check", *SETTINGS, "--select", FIX_RULES, "--fix", "--quiet", str(package_dir))
    _ruff("format", *SETTINGS, "--quiet", str(package_dir))
    print("[format] ruff check --fix and ruff format done", flush=True)
