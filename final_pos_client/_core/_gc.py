"""Pausing the cyclic garbage collector while a large answer is parsed."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_pause_lock = threading.Lock()
_gc_pausers = 0
_gc_resume = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many models are built at once.

    Parsed models form trees, never cycles, so collections triggered by their allocations find
    nothing, yet they cost about half of a large list's parse time (they traverse every live
    object). Collection is deferred, never skipped: other threads' cycles are collected once
    the last pause ends. Pauses in several threads nest (the collector comes back when the
    last one ends), and a collector that was off when the first began stays off.
    """
    global _gc_pausers, _gc_resume
    with _gc_pause_lock:
        if _gc_pausers == 0:
            _gc_resume = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_pause_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_resume:
                gc.enable()
