"""A ``multipart/form-data`` request body (an upload), from its model or a dict of its fields.

A binary field takes ``bytes``, a binary file object or a path (``str`` or ``os.PathLike``).
httpx encodes and streams it in chunks (``files=``); a path is opened when the body is sent and
closed once read. The body is *resendable* (a retry sends it again whole) when it is bytes, a
path or a seekable file (read again from where it stood); an unseekable file (a pipe, a socket)
is sent once, and the call is then never retried.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from typing import IO, Any

from ._request_body import is_dict
from .errors import ValidationError

FileInput = bytes | IO[bytes] | str | os.PathLike[str]


@dataclass
class MultipartBody:
    """What the request builder sends as ``data=`` (text fields) and ``files=`` (binary ones)."""

    data: dict[str, str] = field(default_factory=dict)
    files: list[tuple[str, tuple[str | None, Any, str | None]]] = field(default_factory=list)
    resendable: bool = True


class _PathReader(io.RawIOBase):
    """A file named by a path, opened at the first read and closed at its end."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self._path = path
        self._file: IO[bytes] | None = None

    def _opened(self) -> IO[bytes]:
        if self._file is None:
            self._file = open(self._path, "rb")  # noqa: SIM115 (closed at its end)
        return self._file

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self._opened().read(-1 if size is None else size)
        if not data:
            self.close()
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._opened().seek(offset, whence)

    def tell(self) -> int:
        return self._opened().tell()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class _FromPosition(io.RawIOBase):
    """A seekable file read from the position it had when given (httpx seeks to 0 per send)."""

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__()
        self._file = file
        self._start = file.tell()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._file.read(-1 if size is None else size)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = self._start + offset if whence == io.SEEK_SET else offset
        return self._file.seek(target, whence) - self._start

    def tell(self) -> int:
        return self._file.tell() - self._start


def _seekable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def file_part(value: object, where: str) -> tuple[str | None, Any, bool]:
    """(file name, what httpx reads, resendable) for a binary field's value."""
    payload = getattr(value, "payload", None)  # the generated types.File
    if payload is not None:
        name = getattr(value, "file_name", None)
        return (name, *file_part(payload, where)[1:])
    if isinstance(value, bytes | bytearray | memoryview):
        return None, bytes(value), True
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not os.path.isfile(path):
            raise ValidationError(f"{where}: no file at {path!r}")
        return os.path.basename(path), _PathReader(path), True
    if callable(getattr(value, "read", None)):
        if isinstance(value, io.TextIOBase):
            raise ValidationError(f"{where}: open the file in binary mode ('rb')")
        name = getattr(value, "name", None)
        shown = os.path.basename(name) if isinstance(name, str) else None
        if _seekable(value):
            return shown, _FromPosition(value), True  # type: ignore[arg-type]
        return shown, value, False
    raise ValidationError(
        f"{where}: expected bytes, a binary file or a path, got {type(value).__name__}"
    )


def multipart_body(body: object, model: type[Any], binary_fields: frozenset[str]) -> MultipartBody:
    """The parts of ``body`` (its model, or a dict by wire or attribute names)."""
    name = model.__name__
    if isinstance(body, model):
        values = {f: getattr(body, attr) for f, attr in _attributes(model).items()}
    elif is_dict(body):
        attributes = _attributes(model)
        by_attribute = {attr: wire for wire, attr in attributes.items()}
        values = {}
        for key, value in body.items():
            wire = key if key in attributes else by_attribute.get(key)
            if wire is None:
                known = sorted(attributes)
                raise ValidationError(f"{name}: unknown field {key!r} (fields: {known})")
            values[wire] = value
    else:
        raise ValidationError(
            f"body must be a {name} or a dict of its fields, got {type(body).__name__}"
        )
    missing = [f for f in _required(model) if values.get(f) is None]
    if missing:
        raise ValidationError(f"{name}: missing required field(s) {missing}")
    prepared = MultipartBody()
    for wire, value in values.items():
        if value is None or type(value).__name__ == "Unset":
            continue
        where = f"{name}.{wire}"
        if wire in binary_fields:
            file_name, readable, resendable = file_part(value, where)
            prepared.files.append((wire, (file_name or wire, readable, None)))
            prepared.resendable = prepared.resendable and resendable
        else:
            raw = getattr(value, "value", value)  # an enum member: its value
            prepared.data[wire] = raw if isinstance(raw, str) else str(raw)
    return prepared


def _wire_fields(model: type[Any]) -> tuple[tuple[str, str, bool, str | None], ...]:
    """(attribute, wire name, required, item model): the model module's ``_WIRE_FIELDS``."""
    fields: tuple[tuple[str, str, bool, str | None], ...] = sys.modules[
        model.__module__
    ]._WIRE_FIELDS
    return fields


def _attributes(model: type[Any]) -> dict[str, str]:
    return {wire: attribute for attribute, wire, _required, _item in _wire_fields(model)}


def _required(model: type[Any]) -> list[str]:
    return [wire for _attribute, wire, required, _item in _wire_fields(model) if required]
