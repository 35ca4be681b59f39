"""``CallState``: what the pipeline knows about one call across its attempts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from httpx._client import UseClientDefault  # the type of the public httpx.USE_CLIENT_DEFAULT

from ._retry_policy import WRITE_METHODS


class CallState:
    """One call: its request parts (the same for every attempt) and what its attempts found.

    A plain class: a dataclass costs a millisecond or more of the import.
    """

    __slots__ = (
        "attempt",
        "deadline",
        "headers",
        "in_flight",
        "json",
        "maybe_acted",
        "method",
        "params",
        "path",
        "phase_timeouts",
        "request_id",
        "request_id_given",
        "response",
        "retries",
        "stream",
        "timeout",
        "url",
    )

    def __init__(
        self,
        method: str,
        path: str,
        url: str,
        *,
        retries: int,
        deadline: float | None,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | UseClientDefault,
        phase_timeouts: httpx.Timeout,
        stream: bool,
        request_id: str,
        request_id_given: bool,
    ) -> None:
        self.method = method
        self.path = path
        self.url = url
        self.retries = retries
        self.deadline = deadline
        self.params = params
        self.json = json
        self.headers = headers
        self.timeout = timeout
        # The timeouts that apply (``timeout``, or the client's when that is the default).
        self.phase_timeouts = phase_timeouts
        self.stream = stream
        self.request_id = request_id
        # The caller's own x-request-id is already among ``headers``.
        self.request_id_given = request_id_given
        self.attempt = 0
        self.in_flight = False
        # A write's request may have reached the server although no answer came back.
        self.maybe_acted = False
        # The latest answer (its status known, its body possibly still being read).
        self.response: httpx.Response | None = None

    @property
    def operation(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS

    @property
    def write_answered(self) -> bool:
        """A write whose latest answer is a 2xx: it took effect, whatever its body holds."""
        response = self.response
        return self.is_write and response is not None and 200 <= response.status_code < 300
