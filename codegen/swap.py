"""Put every output of a regeneration in place together, or none of them.

Each new file or folder is first written next to its target (same folder, so a rename is
enough), then the targets are replaced one by one, the previous versions kept aside. If any
step fails, the replaced targets get their previous versions back and the new ones are
removed, so the working tree is as it was; only when every target is in place are the
previous versions deleted.

A folder target may keep subfolders that are not generated (the package's hand-written
``_core/``): they are moved, by rename, from the old folder into the new one, never rewritten,
and moved back if the swap fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection, Mapping
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


def _carry(source: Path, dest: Path, names: Collection[str], moved: list[str]) -> None:
    """Move the kept subfolders ``names`` of ``source`` into ``dest`` (renames), noting each
    in ``moved`` as soon as it has moved."""
    for name in names:
        if (source / name).exists():
            os.rename(source / name, dest / name)
            moved.append(name)


def replace(
    files: Mapping[Path, bytes],
    dirs: Mapping[Path, Path],
    keep: Collection[str] = (),
) -> None:
    """``files`` (target -> bytes) and ``dirs`` (target -> built folder) replace their targets;
    each folder target's subfolders named in ``keep`` move into its replacement untouched."""
    staged = _stage(files, dirs)
    carried: dict[Path, list[str]] = {}  # folder target -> kept subfolders now in its new one
    done: list[tuple[Path, Path | None]] = []  # (target, its previous version aside)
    try:
        for target in dirs:
            if target.is_dir():
                carried[target] = []
                _carry(target, staged[target], keep, carried[target])
        for target, new in staged.items():
            previous = None
            if target.exists() or target.is_symlink():
                previous = _aside(target, "old")
                os.rename(target, previous)
            done.append((target, previous))
            os.rename(new, target)
    except OSError as exc:
        failed = target  # the loop variable of the step that failed
        _undo(staged, carried, done)
        raise SwapError(f"cannot replace {failed}: {exc} (nothing changed)") from exc
    for _, previous in done:
        if previous is not None:
            _remove(previous)


def _undo(
    staged: Mapping[Path, Path],
    carried: Mapping[Path, list[str]],
    done: list[tuple[Path, Path | None]],
) -> None:
    """Put every target back as it was: kept subfolders first, then the previous versions."""
    swapped = dict(done)
    for target, names in carried.items():
        holder = staged[target] if staged[target].exists() else target  # the new folder, now
        home = swapped.get(target) or target  # where the old folder is now
        for name in names:
            os.rename(holder / name, home / name)
    for replaced, previous in reversed(done):
        _remove(replaced)
        if previous is not None:
            os.rename(previous, replaced)
    for new in staged.values():
        _remove(new)
