# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""Contains some shared types for properties"""

import gc
import json
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import attrs
from attrs import define


class Unset:
    """A field the JSON did not contain (``UNSET``); false in a test, so ``model.sku or "-"``
    type-checks as ``str``. ``value_or(model.sku, default)`` keeps falsy values like ``0``."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

ValueT = TypeVar("ValueT")
DefaultT = TypeVar("DefaultT")


def value_or(value: ValueT | Unset, default: DefaultT) -> ValueT | DefaultT:
    """``value`` unless it is ``UNSET`` (the field was absent), else ``default``."""
    return default if isinstance(value, Unset) else value


class ModelBase:
    """What every generated model has besides its fields: a repr without the absent fields,
    ``to_json()``, and ``to_dict()`` (its own, per model: the JSON object with wire names)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (wire names, absent fields left out)."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]
            if field.repr
            and (value := getattr(self, field.name)) is not UNSET
            and not (field.name == "additional_properties" and not value)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ModelBase",
    "RequestFiles",
    "Response",
    "Unset",
    "gc_paused",
    "value_or",
]
