"""``FINAL_POS_LOG=debug|info``: turn on this package's logging without touching ``logging``
(what ``OPENAI_LOG`` does for openai-python).

``debug`` prints one line per attempt (method, path, status, time, request id, and whether it
is retried or why not) and httpx's request lines; ``info`` only the retried and failed attempts,
leaving out the answers a caller expects (404 to a GET, 409). Neither ever shows the API key.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "FINAL_POS_LOG"
LOGGER_NAME = "final_pos_client"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s - %(name)s - %(levelname)s] %(message)s"

_configured = False


def setup_logging() -> None:
    """Apply ``$FINAL_POS_LOG`` once per process; a logger already given a level is left alone."""
    global _configured
    if _configured:
        return
    _configured = True
    setting = os.environ.get(LOG_ENV, "").strip().lower()
    level = _LEVELS.get(setting)
    if level is None:
        return
    for name in (LOGGER_NAME, "httpx") if level == logging.DEBUG else (LOGGER_NAME,):
        logger = logging.getLogger(name)
        if logger.level != logging.NOTSET:
            continue
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        logger.setLevel(level)
