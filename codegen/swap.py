"""Put every output of a regeneration in place together, or none of them.

Each new file or folder is first written next to its target (same folder, so a rename is
enough), then the targets are replaced one by one, the previous versions kept aside. If any
step fails, the replaced targets get their previous versions back and the new ones are
removed, so the working tree is as it was; only when every target is in place are the
previous versions deleted.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path


class SwapError(Exception):
    """The outputs could not be put in place (the previous ones were restored)."""


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _aside(target: Path, role: str) -> Path:
    return target.with_name(f".{target.name}.{role}-{os.getpid()}")


def _stage(files: Mapping[Path, bytes], dirs: Mapping[Path, Path]) -> dict[Path, Path]:
    """New content written next to each target; returns target -> staged path."""
    staged: dict[Path, Path] = {}
    try:
        for target, built in dirs.items():
            staged[target] = _aside(target, "new")
            shutil.move(built, staged[target])  # a rename when on the same filesystem
        for target, content in files.items():
            staged[target] = _aside(target, "new")
            staged[target].write_bytes(content)
    except OSError as exc:
        for path in staged.values():
            _remove(path)
        raise SwapError(f"cannot write next to {target}: {exc}") from exc
    return staged


def replace(files: Mapping[Path, bytes], dirs: Mapping[Path, Path]) -> None:
    """``files`` (target -> bytes) and ``dirs`` (target -> built folder) replace their targets."""
    staged = _stage(files, dirs)
    done: list[tuple[Path, Path | None]] = []  # (target, its previous version aside)
    try:
        for target, new in staged.items():
            previous = None
            if target.exists() or target.is_symlink():
                previous = _aside(target, "old")
                os.rename(target, previous)
            done.append((target, previous))
            os.rename(new, target)
    except OSError as exc:
        failed = target
        for replaced, previous in reversed(done):
            _remove(replaced)
            if previous is not None:
                os.rename(previous, replaced)
        for new in staged.values():
            _remove(new)
        raise SwapError(f"cannot replace {failed}: {exc} (nothing changed)") from exc
    for _, previous in done:
        if previous is not None:
            _remove(previous)
