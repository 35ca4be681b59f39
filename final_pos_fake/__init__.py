"""A stateful local fake of the Final POS API, with fault injection (see README "Testing against
the local fake").

Layout: ``state/`` (collections, custom tables, ids), ``http/`` (the ASGI front: routes,
handlers, validation, control endpoints), ``testing/`` (a uvicorn server in a thread, the
pytest fixtures); ``app.py`` puts them together.
"""

from __future__ import annotations

from ._extra import require_fake_extra

require_fake_extra()

from .app import FakeFinalPOS, create_app  # noqa: E402
from .faults import Fault  # noqa: E402
from .mocking import FinalPOSMock, RequestBlockedError, mock  # noqa: E402
from .request_log import LoggedRequest  # noqa: E402
from .testing.server import FakeServer, serve  # noqa: E402

__all__ = [
    "FakeFinalPOS",
    "FakeServer",
    "Fault",
    "FinalPOSMock",
    "LoggedRequest",
    "RequestBlockedError",
    "create_app",
    "mock",
    "serve",
]
