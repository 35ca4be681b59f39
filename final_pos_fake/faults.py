"""Fault injection per route pattern: forced statuses, latency, dropped connections, broken JSON."""

from __future__ import annotations

import math
import re
import shlex
import threading
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DropMode = Literal["before", "after"]
DROP_MODES = ("before", "after")
# Longest latency one fault may add, in seconds: long enough for any timeout test, short
# enough that a forgotten fault cannot hold a connection for ever.
MAX_LATENCY = 60.0
# Visible ASCII and spaces inside: what a header value can carry without being rewritten.
_HEADER_SAFE = re.compile(r"[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?")


def compile_pattern(pattern: str) -> tuple[str | None, re.Pattern[str]]:
    """``"[METHOD ]PATH"``: METHOD may be ``*`` or left out (any); in PATH ``{name}`` matches one
    segment and ``*`` matches any characters (also ``/``)."""
    parts = pattern.split()
    if len(parts) == 1:
        method, path = None, parts[0]
    elif len(parts) == 2:
        method, path = parts[0].upper(), parts[1]
    else:
        raise ValueError(f"fault pattern {pattern!r} is not '[METHOD ]PATH'")
    if not path.startswith("/") and path != "*":
        raise ValueError(f"fault pattern {pattern!r}: the path must start with '/'")
    regex = ""
    for token in re.split(r"(\{[^/{}]+\}|\*)", path):
        if token == "*":
            regex += ".*"
        elif token.startswith("{") and token.endswith("}"):
            regex += "[^/]+"
        else:
            regex += re.escape(token)
    return (None if method in (None, "*") else method), re.compile(regex)


@dataclass
class Fault:
    """One injected fault. ``times=None`` fires on every matching request; ``fired`` counts."""

    pattern: str
    status: int | None = None
    retry_after: str | None = None
    message: str | None = None
    latency: float = 0.0
    drop: DropMode | None = None
    truncate: bool = False
    times: int | None = None
    id: int = 0
    fired: int = 0
    _method: str | None = field(default=None, repr=False)
    _regex: re.Pattern[str] = field(default=re.compile(""), repr=False)

    def __post_init__(self) -> None:
        self._check_types()
        self._method, self._regex = compile_pattern(self.pattern)
        actions = sum((self.status is not None, self.drop is not None, self.truncate))
        if actions > 1:
            raise ValueError("a fault does one of status=, drop= or truncate= (latency combines)")
        if actions == 0 and not self.latency:
            raise ValueError("a fault needs status=, latency=, drop= or truncate=")
        if self.status is not None and not 200 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code 200-599, got {self.status}")
        if self.drop is not None and self.drop not in DROP_MODES:
            raise ValueError(f"drop must be 'before' or 'after', got {self.drop!r}")
        if not (math.isfinite(self.latency) and 0 <= self.latency <= MAX_LATENCY):
            raise ValueError(f"latency must be 0 to {MAX_LATENCY:g} seconds, got {self.latency}")
        if self.times is not None and self.times < 0:
            raise ValueError("times must not be negative")
        if self.retry_after is not None and not _HEADER_SAFE.fullmatch(self.retry_after):
            raise ValueError(
                f"retry_after (retryAfter) must be visible ASCII for a header, "
                f"got {self.retry_after!r}"
            )

    def _check_types(self) -> None:
        expected: dict[str, tuple[type, ...]] = {
            "pattern": (str,),
            "status": (int, type(None)),
            "times": (int, type(None)),
            "latency": (int, float),
            "truncate": (bool,),
            "retry_after": (str, type(None)),
            "message": (str, type(None)),
            "drop": (str, type(None)),
        }
        for name, types in expected.items():
            value = getattr(self, name)
            if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                raise ValueError(f"{name} has the wrong type: {value!r}")

    @property
    def active(self) -> bool:
        return self.times is None or self.fired < self.times

    def matches(self, method: str, path: str) -> bool:
        return (self._method in (None, method)) and self._regex.fullmatch(path) is not None

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if not k.startswith("_")}
        data["retryAfter"] = data.pop("retry_after")
        return data


@dataclass
class FaultPlan:
    """What the matching faults do to one request."""

    latency: float = 0.0
    action: Fault | None = None


class FaultSet:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._next_id = 1

    def add(
        self,
        pattern: str,
        *,
        status: int | None = None,
        times: int | None = None,
        retry_after: str | int | None = None,
        message: str | None = None,
        latency: float = 0.0,
        drop: DropMode | None = None,
        truncate: bool = False,
    ) -> Fault:
        """Inject a fault into requests matching ``pattern`` (see :func:`compile_pattern`)."""
        fault = Fault(
            pattern=pattern,
            status=status,
            retry_after=str(retry_after) if isinstance(retry_after, int) else retry_after,
            message=message,
            latency=latency,
            drop=drop,
            truncate=truncate,
            times=times,
        )
        with self._lock:
            fault.id = self._next_id
            self._next_id += 1
            self._faults.append(fault)
        return fault

    def add_from_json(self, data: Mapping[str, Any]) -> Fault:
        keys = {
            "pattern",
            "status",
            "times",
            "retryAfter",
            "message",
            "latency",
            "drop",
            "truncate",
        }
        unknown = set(data) - keys
        if unknown or "pattern" not in data:
            raise ValueError(f"a fault is an object with 'pattern' and some of {sorted(keys)}")
        options = {k: v for k, v in data.items() if k not in ("pattern", "retryAfter")}
        return self.add(data["pattern"], retry_after=data.get("retryAfter"), **options)

    def add_from_text(self, text: str) -> Fault:
        """CLI form: ``"POST /v1/api/product status=503 times=2 retry-after=1"``,
        ``"GET /v1/api/products latency=0.5"``, ``"* /v1/api/* drop=after"``, ``"... truncate"``."""
        pattern_parts: list[str] = []
        options: dict[str, Any] = {}
        for token in shlex.split(text):
            key, sep, value = token.partition("=")
            key = key.replace("-", "_")
            if not sep and key != "truncate":
                pattern_parts.append(token)
            elif key in ("status", "times"):
                options[key] = int(value)
            elif key == "latency":
                options[key] = float(value)
            elif key == "truncate":
                options[key] = value.lower() in ("", "1", "true", "yes")
            elif key in ("retry_after", "message", "drop"):
                options[key] = value
            else:
                raise ValueError(f"unknown fault option {token!r} in {text!r}")
        return self.add(" ".join(pattern_parts), **options)

    def remove(self, fault: Fault | int) -> None:
        fault_id = fault if isinstance(fault, int) else fault.id
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if f.id != fault_id]
            if len(self._faults) == before:
                raise KeyError(f"no fault with id {fault_id}")

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._faults))

    def __len__(self) -> int:
        return len(self._faults)

    def plan(self, method: str, path: str) -> FaultPlan | None:
        """Fire the active faults matching a request: latency adds up, the first action wins."""
        if not self._faults:
            return None
        plan = FaultPlan()
        with self._lock:
            for fault in self._faults:
                if not fault.active or not fault.matches(method, path):
                    continue
                is_action = fault.status is not None or fault.drop is not None or fault.truncate
                if is_action and plan.action is not None:
                    continue
                fault.fired += 1
                plan.latency += fault.latency
                if is_action:
                    plan.action = fault
        return plan if plan.latency or plan.action else None
