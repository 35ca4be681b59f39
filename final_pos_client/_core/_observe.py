"""The shape recorder behind ``FinalPOS(observe=PATH)`` / ``$FINAL_POS_OBSERVE``.

For each (sampled) response it finds the operation in the patched description (method + path
template, through the spec model), compares status, content type and JSON shape with what is
documented there (``_shape_check``), and counts the findings in memory; the counts go to a
SQLite file (``_observe_store``) every ``FLUSH_SECONDS`` and at ``aclose``. Only shapes, JSON
type names, key names and counts are kept, never a value. Recording never fails a call.

One ``FinalPOS`` may be used by event loops in several threads at once: the in-memory counts are
guarded by a lock, held while an answer is counted or the counts are taken for a flush (no
await, no I/O); the file is written outside it, over a connection of the flushing thread.
"""

from __future__ import annotations

import atexit
import functools
import importlib.resources
import json
import logging
import math
import os
import random
import re
import threading
import time
import weakref
from pathlib import Path
from typing import Any

import httpx

from . import _observe_store as store
from ._enum_check import EnumField, enum_fields, unknown_values
from ._observe_options import OBSERVE_ENV, SAMPLE_RATE_ENV
from ._shape_check import Finding, ShapeChecker, json_type, shape, signature
from .errors import ConfigurationError
from .spec_model import Operation, Response, SpecModel

FLUSH_SECONDS = 5.0
MAX_MESSAGES = 10
UNKNOWN_OPERATION = "? (no operation of the description)"
MAX_SHAPES = 4096  # distinct answer shapes whose findings are kept in memory

# operation, status, content type, has a body, decoded as JSON, structure signature
ShapeKey = tuple[str, str, str, bool, bool, Any]

logger = logging.getLogger("final_pos_client")

# Words of framework validation messages (class-validator, NestJS) kept in message templates;
# any other word (and every number or quoted text) becomes <v>, so no value is ever stored.
_MESSAGE_WORDS_TEXT = """
    a an the and or of in on to with at least most than equal be must should not no is are
    exist exists property each value values following one any all longer shorter greater less
    number string boolean integer array object date email url uuid mongodb id valid invalid iso
    empty conforming specified constraints characters character elements contain unique
    positive negative found unauthorized forbidden bad request conflict already required
    missing cannot get post put patch delete too many requests internal server error instance
    nested enum json format decimal nan infinity length allowed match matches does do regular
    expression type field fields table row rows key api record records duplicate
"""
_MESSAGE_WORDS = frozenset(_MESSAGE_WORDS_TEXT.split())
_TOKEN = re.compile(r"""'[^']*'|"[^"]*"|[A-Za-z_$][A-Za-z0-9_$]*|\d[\d.,]*|\S""")
_PUNCTUATION = frozenset(".,:;()[]-")
CUSTOM_FIELD_PATH = "/custom-table-field"
_FIELD_TYPE = re.compile(r"[a-z][a-z-]{0,23}")  # a type name, not free text


@functools.cache
def packaged_spec() -> SpecModel:
    """The patched description shipped with the generated package (``_openapi.json``)."""
    package = (__package__ or "").rpartition(".")[0]
    text = importlib.resources.files(package).joinpath("_openapi.json").read_text("utf-8")
    return SpecModel.parse(json.loads(text))


def resolve_observe_path(observe: str | os.PathLike[str] | None) -> Path | None:
    chosen = observe if observe is not None else os.environ.get(OBSERVE_ENV)
    return Path(chosen) if chosen else None


def resolve_sample_rate(sample_rate: float | None) -> float:
    """``sample_rate`` (``observer_from_options`` checked it), else the variable's, else 1."""
    if sample_rate is not None:
        return sample_rate
    text = os.environ.get(SAMPLE_RATE_ENV)
    if not text:
        return 1.0
    try:
        rate = float(text)
    except ValueError:
        rate = math.nan  # refused below, naming the variable
    if not 0.0 <= rate <= 1.0:
        raise ConfigurationError(f"{SAMPLE_RATE_ENV} must be between 0 and 1, got {text!r}")
    return rate


class _Routes:
    """Method + concrete path -> the operation whose path template matches."""

    def __init__(self, model: SpecModel) -> None:
        # by method and number of segments; literal paths before templates
        self._routes: dict[tuple[str, int], list[tuple[re.Pattern[str], Operation]]] = {}
        for operation in sorted(model, key=lambda op: op.path.count("{")):
            literal_parts = re.split(r"\{[^}]+\}", operation.path)
            pattern = "[^/]+".join(re.escape(part) for part in literal_parts)
            key = (operation.method, operation.path.rstrip("/").count("/"))
            self._routes.setdefault(key, []).append((re.compile(pattern), operation))

    def find(self, method: str, path: str) -> Operation | None:
        path = path.rstrip("/")
        for pattern, operation in self._routes.get((method, path.count("/")), ()):
            if pattern.fullmatch(path):
                return operation
        return None


def message_template(message: str, known_words: frozenset[str]) -> str:
    """A server message with every token that may be a value replaced by ``<v>``."""
    out: list[str] = []
    for token in _TOKEN.findall(message):
        if token in known_words or token.lower() in _MESSAGE_WORDS or token in _PUNCTUATION:
            out.append(token)
        elif not out or out[-1] != "<v>":
            out.append("<v>")
    return " ".join(out)


def _documented(operation: Operation, status: str) -> Response | None:
    responses = operation.responses
    return responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")


class ResponseObserver:
    """Counts how answers differ from the description; shared by ``with_options`` copies."""

    def __init__(
        self, path: Path, *, sample_rate: float = 1.0, model: SpecModel | None = None
    ) -> None:
        self.path = path
        self.sample_rate = sample_rate
        self._model = model or packaged_spec()
        self._routes = _Routes(self._model)
        self._checker = ShapeChecker(self._model)
        self._known_words = frozenset(
            name for schema in self._model.schemas.values() for name in schema.properties
        )
        self._buffer: dict[store.Key, store.Tally] = {}
        self._findings: dict[ShapeKey, tuple[Finding, ...]] = {}
        self._pending: dict[ShapeKey, int] = {}
        self._enum_fields: dict[tuple[str, str], tuple[EnumField, ...]] = {}
        self._last_flush = time.monotonic()
        self._failed = False
        self._lock = threading.Lock()  # the counts, findings and caches above
        self._meta = {"title": self._model.title, "version": self._model.version}
        atexit.register(_flush_at_exit, weakref.ref(self))

    def record(self, method: str, path: str, response: httpx.Response) -> None:
        """Count what ``response`` shows (if sampled); never raises."""
        if self.sample_rate < 1.0 and random.random() >= self.sample_rate:
            return
        try:
            with self._lock:
                self._record(method, path, response)
                due = time.monotonic() - self._last_flush >= FLUSH_SECONDS
            if due:
                self.flush()
        except Exception as error:  # a recorder problem must never fail the call
            if not self._failed:
                self._failed = True
                logger.warning("shape recorder: %s: %s", type(error).__name__, error)

    def flush(self) -> None:
        """Write the buffered counts to the file now."""
        with self._lock:
            tallies = self._take_counts()
        if not tallies:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        store.write(self.path, tallies, self._meta)

    def _take_counts(self) -> dict[store.Key, store.Tally]:
        """The counts since the last flush, with each shape's calls expanded into its findings;
        the buffer starts again empty. Called with the lock held."""
        self._last_flush = time.monotonic()
        pending, self._pending = self._pending, {}
        for key, calls in pending.items():
            for finding in self._findings[key]:
                self._count(key[0], key[1], finding, calls)
        tallies, self._buffer = self._buffer, {}
        return tallies

    def _count(self, operation: str, status: str, finding: Finding, times: int = 1) -> None:
        pointer, kind, detail, sample, target = finding
        key = (operation, status, pointer, kind, detail)
        tally = self._buffer.get(key)
        if tally is None:
            self._buffer[key] = store.Tally(times, sample, target)
        else:
            tally.count += times

    def _record(self, method: str, path: str, response: httpx.Response) -> None:
        status = str(response.status_code)
        operation = self._routes.find(method, path)
        if operation is None:
            self._count(f"{method} {UNKNOWN_OPERATION}", status, ("", "seen", "", "", ""))
            return
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        content = response.content
        has_body = bool(content.strip())
        body: Any = None
        decoded = has_body and "json" in content_type
        if decoded:
            try:
                body = json.loads(content)
            except ValueError:
                decoded = False
        # Findings depend on the answer's structure only: computed once per distinct shape,
        # and a call costs one counter increment (expanded into findings at flush).
        key = (operation.key, status, content_type, has_body, decoded, signature(body))
        if key in self._findings or len(self._findings) < MAX_SHAPES:
            if key not in self._findings:
                self._findings[key] = self._check(operation, status, content_type, key, body)
            self._pending[key] = self._pending.get(key, 0) + 1
        else:
            for finding in self._check(operation, status, content_type, key, body):
                self._count(operation.key, status, finding)
        if decoded and 200 <= response.status_code < 300:
            # Values, not shapes: checked on every answer, at the enum fields' places only.
            for field, detail in unknown_values(body, self._enums_of(operation, status)):
                finding = (
                    field.pointer,
                    "unknown_enum_value",
                    detail,
                    field.json_type,
                    field.target,
                )
                self._count(operation.key, status, finding)
        if response.status_code >= 400 and isinstance(body, dict):
            self._messages(operation.key, status, body.get("message"))
        elif CUSTOM_FIELD_PATH in operation.path and decoded:
            self._field_types(operation.key, status, body)

    def _enums_of(self, operation: Operation, status: str) -> tuple[EnumField, ...]:
        key = (operation.key, status)
        fields = self._enum_fields.get(key)
        if fields is None:
            documented = operation.responses.get(status)
            schema = documented.schema if documented is not None else None
            where = f"$.paths['{operation.path}'].{operation.method.lower()}.responses['{status}']"
            fields = enum_fields(self._model, schema, where)
            self._enum_fields[key] = fields
        return fields

    def _check(
        self, operation: Operation, status: str, content_type: str, key: ShapeKey, body: Any
    ) -> tuple[Finding, ...]:
        has_body, decoded = key[3], key[4]
        found: list[Finding] = [("", "seen", content_type if has_body else "", "", "")]
        if has_body and "json" in content_type and not decoded:
            found.append(("", "invalid_json", "", "", ""))
        documented = _documented(operation, status)
        sample = shape(body) if decoded else ""
        responses_path = f"$.paths['{operation.path}'].{operation.method.lower()}.responses"
        if documented is None:
            found.append(("", "undocumented_status", status, sample, responses_path))
        elif has_body and documented.contents:
            if content_type not in {c.content_type for c in documented.contents}:
                detail = re.sub(r"[^a-z0-9/+.-]", "", content_type)[:60]
                found.append(("", "undocumented_content_type", detail, "", ""))
            elif decoded and documented.json is not None and documented.schema is not None:
                target = (
                    f"{responses_path}['{documented.status}'].content"
                    f"['{documented.json.content_type}'].schema"
                )
                found += self._checker.check(body, documented.schema, target)
        elif has_body and not documented.contents:
            found.append(("", "undocumented_body", json_type(body), sample, ""))
        return tuple(found)

    def _field_types(self, operation: str, status: str, body: Any) -> None:
        """Custom tables: which field types the structure uses (a sixth one shows up here)."""
        for record in body if isinstance(body, list) else [body]:
            if isinstance(record, dict) and isinstance(record.get("type"), str):
                kind = record["type"]
                detail = kind if _FIELD_TYPE.fullmatch(kind) else "{other}"
                self._count(operation, status, ("/type", "custom_field_type", detail, "", ""))

    def _messages(self, operation: str, status: str, message: Any) -> None:
        messages = message if isinstance(message, list) else [message]
        for text in messages[:MAX_MESSAGES]:
            if isinstance(text, str):
                template = message_template(text, self._known_words)
                self._count(operation, status, ("/message", "server_message", template, "", ""))


def _flush_at_exit(observer_ref: weakref.ref[ResponseObserver]) -> None:
    observer = observer_ref()
    if observer is not None:
        try:
            observer.flush()
        except Exception as error:
            logger.warning("shape recorder: final flush failed: %s", error)
