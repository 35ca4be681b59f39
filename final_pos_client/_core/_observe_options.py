"""Whether ``FinalPOS`` records response shapes, decided without importing the recorder.

The recorder (``_observe``) pulls in ``sqlite3``, the spec model and the shape checker: a client
that does not record must not pay for them at import time (``bench import``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._observe import ResponseObserver

OBSERVE_ENV = "FINAL_POS_OBSERVE"
SAMPLE_RATE_ENV = "FINAL_POS_OBSERVE_SAMPLE_RATE"


def observer_from_options(
    observe: str | os.PathLike[str] | None, sample_rate: float | None
) -> ResponseObserver | None:
    """A recorder for ``observe`` (else ``$FINAL_POS_OBSERVE``), or ``None`` when neither is set.
    Either argument of the wrong kind is a ``ConfigurationError``, whether recording or not."""
    if observe is not None and not isinstance(observe, str | os.PathLike):
        raise ConfigurationError(f"observe must be a file path, got {type(observe).__name__}")
    if sample_rate is not None and not _is_rate(sample_rate):
        raise ConfigurationError(
            f"observe_sample_rate must be between 0 and 1, got {sample_rate!r}"
        )
    if observe is None and not os.environ.get(OBSERVE_ENV):
        return None
    from ._observe import ResponseObserver, resolve_observe_path, resolve_sample_rate

    path = resolve_observe_path(observe)
    if path is None:
        return None
    return ResponseObserver(path, sample_rate=resolve_sample_rate(sample_rate))


def _is_rate(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
