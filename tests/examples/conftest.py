"""The client fixtures of tests/client (a ``FinalPOS`` on the fake over each transport)."""

from tests.client.conftest import pos, retry_timing, sleeps

__all__ = ["pos", "retry_timing", "sleeps"]
