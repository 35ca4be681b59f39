"""What ``Table`` reads and writes give back: the ``Row`` protocol and the write results."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Generic, Literal, Protocol, TypeVar

import attrs

RowT = TypeVar("RowT")


class Row(Protocol):
    """A row of a run-time model: the fixed attributes, plus one attribute per field.

    Rows read from a table always have their ``id`` (only a row you construct has None).
    """

    __attrs_attrs__: ClassVar[tuple[attrs.Attribute[Any], ...]]
    id: str
    created_at: datetime.datetime | datetime.date | None
    updated_at: datetime.datetime | datetime.date | None
    extra: dict[str, Any]

    def __init__(self, **values: Any) -> None: ...

    def __getattr__(self, name: str) -> Any: ...


@attrs.frozen
class UpsertResult(Generic[RowT]):
    row: RowT
    created: bool

    @property
    def action(self) -> Literal["created", "updated"]:
        return "created" if self.created else "updated"


@attrs.frozen
class CreateResult(Generic[RowT]):
    """One row of ``create_many``: the created (or, with ``key``, updated) row, or the error
    (nothing of it was kept)."""

    index: int
    row: RowT | None = None
    error: BaseException | None = None
    created: bool = True

    @property
    def ok(self) -> bool:
        return self.error is None
