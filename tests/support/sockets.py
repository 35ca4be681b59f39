"""The sockets this process holds open, for checks that nothing was left open (Linux)."""

from __future__ import annotations

import contextlib
import os

FD_DIR = "/proc/self/fd"


def open_sockets() -> set[str]:
    """This process's open sockets as ``socket:[inode]`` (``/proc/self/fd``)."""
    sockets = set()
    for fd in os.listdir(FD_DIR):
        with contextlib.suppress(OSError):  # an fd closed while listing
            target = os.readlink(f"{FD_DIR}/{fd}")
            if target.startswith("socket:"):
                sockets.add(target)
    return sockets
