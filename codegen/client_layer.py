"""Extra generated files of the resource client layer (``FinalPOS``, resources).

Owned by the client-layer helper: ``render`` returns the files to place into the generated
package, keyed by path relative to the package.
"""

from __future__ import annotations

from typing import Any


def render(spec: dict[str, Any]) -> dict[str, str]:
    return {}
