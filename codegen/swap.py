"""Put a freshly built package in place of the old one without a half-written state.

On Linux the two directories are exchanged in one ``renameat2(RENAME_EXCHANGE)`` call; elsewhere
two renames leave a moment with no package, never a partial one. A lock serialises concurrent
pipeline runs around the swap and the report.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@contextmanager
def locked(output_dir: Path) -> Iterator[None]:
    """An exclusive lock for ``output_dir``, shared by every run on this machine."""
    digest = hashlib.sha256(str(output_dir.resolve()).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"final-pos-codegen-{digest}.lock"
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _exchange(first: Path, second: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return bool(result == 0)


def replace_dir(new_dir: Path, output_dir: Path) -> None:
    """Move ``new_dir`` to ``output_dir`` (same filesystem), discarding the old contents."""
    if not output_dir.exists():
        new_dir.rename(output_dir)
        return
    if _exchange(new_dir, output_dir):
        shutil.rmtree(new_dir)  # now holds the previous package
        return
    retired = output_dir.with_name(f".{output_dir.name}.old-{os.getpid()}")
    output_dir.rename(retired)
    new_dir.rename(output_dir)
    shutil.rmtree(retired)
