"""A stateful local fake of the Final POS API, with fault injection (see README "Testing against
the local fake")."""

from __future__ import annotations

from .app import FakeFinalPOS, create_app
from .faults import Fault
from .request_log import LoggedRequest
from .server import FakeServer, serve

__all__ = ["FakeFinalPOS", "FakeServer", "Fault", "LoggedRequest", "create_app", "serve"]
