"""The former path of ``FakeServer`` and ``serve`` (now ``final_pos_fake.testing.server``; the
package exports both). Kept so tests written against it on other branches keep importing."""

from __future__ import annotations

from .testing.server import FakeServer, serve

__all__ = ["FakeServer", "serve"]
