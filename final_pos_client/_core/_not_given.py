"""The "argument not given" marker for options where ``None`` is a meaningful value."""

from __future__ import annotations

from typing import Final, final


@final
class NotGiven:
    """Type of ``NOT_GIVEN``: the caller did not pass this option (``timeout=None`` means none)."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
