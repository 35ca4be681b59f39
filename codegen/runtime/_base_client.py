"""The request pipeline every ``FinalPOS`` call goes through: auth, timeouts, retries, logging,
error mapping. Resources (``_resources.py``) and ``FinalPOS.request`` both use ``BaseClient._send``.
"""

from __future__ import annotations

import logging
import os
import time
from types import TracebackType
from typing import Any, Self

import httpx
from httpx._client import UseClientDefault  # the type of the public httpx.USE_CLIENT_DEFAULT

from ._client_config import API_KEY_HEADER, resolve_api_key, resolve_base_url
from ._not_given import NOT_GIVEN, NotGiven
from ._observe import ResponseObserver, resolve_observe_path, resolve_sample_rate
from ._response_parsing import decode_json, status_error
from ._retry_policy import (
    RetryTiming,
    is_retryable_failure,
    is_retryable_status,
    retry_delay,
)
from ._transport import (
    build_http_client_and_send,
    classify_transport_error,
    underlying_failure,
)
from .errors import APIConnectionError, APITimeoutError

logger = logging.getLogger("final_pos_client")

TimeoutOption = float | httpx.Timeout | None


class BaseClient:
    """Connection settings and the retrying request loop; safe to share across asyncio tasks."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutOption = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        retry_timing: RetryTiming | None = None,
        observe: str | os.PathLike[str] | None = None,
        observe_sample_rate: float | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        self._api_key = resolve_api_key(api_key)
        self._base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self._allow_insecure_http = allow_insecure_http
        self._timeout = httpx.Timeout(timeout)
        self.max_retries = max_retries
        self._retry_timing = retry_timing or RetryTiming()
        self._owns_http_client = http_client is None
        if http_client is None:
            self._http, self._send_request = build_http_client_and_send(self._timeout)
        else:
            self._http, self._send_request = http_client, http_client.send
        self._timeout_argument = self._default_timeout_argument()
        self._auth_headers = {API_KEY_HEADER: self._api_key}
        observe_path = resolve_observe_path(observe)
        self._observer = (
            None
            if observe_path is None
            else ResponseObserver(
                observe_path, sample_rate=resolve_sample_rate(observe_sample_rate)
            )
        )

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` requests go through (shared by ``with_options`` copies)."""
        return self._http

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        Closing the copy leaves the pool open; close the client that created it.
        """
        copy = self.__class__.__new__(self.__class__)
        copy.__dict__.update(self.__dict__)
        copy._owns_http_client = False
        if api_key is not None:
            copy._api_key = resolve_api_key(api_key)
            copy._auth_headers = {API_KEY_HEADER: copy._api_key}
        if base_url is not None:
            copy._base_url = resolve_base_url(
                base_url, allow_insecure_http=self._allow_insecure_http
            )
        if not isinstance(timeout, NotGiven):
            copy._timeout = httpx.Timeout(timeout)
            copy._timeout_argument = copy._default_timeout_argument()
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError(f"max_retries must be >= 0, got {max_retries}")
            copy.max_retries = max_retries
        copy._after_copy()
        return copy

    def _default_timeout_argument(self) -> httpx.Timeout | UseClientDefault:
        """What ``build_request`` gets when a call names no timeout: nothing to merge if the
        HTTP client already has this timeout (saves a ``Timeout`` copy per request)."""
        return httpx.USE_CLIENT_DEFAULT if self._http.timeout == self._timeout else self._timeout

    def _after_copy(self) -> None:
        """Hook for subclasses holding objects bound to the client (resources)."""

    async def aclose(self) -> None:
        """Close the HTTP client if this ``FinalPOS`` created it (an injected one stays open);
        write what the shape recorder still holds."""
        if self._observer is not None:
            self._observer.flush()
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, api_key='****', "
            f"timeout={self._timeout.read}, max_retries={self.max_retries})"
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Call any endpoint (``path`` relative to the base URL, e.g. ``/v1/api/products``) with
        the same auth, retries, errors and logging; returns the decoded JSON (``None`` if empty)."""
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        verb = method.upper()
        response = await self._send(
            verb, path, params=params, json=json, timeout=timeout, max_retries=max_retries
        )
        return decode_json(response, f"{verb} {path}")

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """One call: attempts until a 2xx answer, a final error, or the retries are spent."""
        retries = self.max_retries if max_retries is None else max_retries
        request_timeout = (
            self._timeout_argument if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        )
        if params:
            params = {name: value for name, value in params.items() if value is not None}
        url = self._base_url + path
        attempt = 0
        while True:
            attempt += 1
            request = self._http.build_request(
                method,
                url,
                params=params,
                json=json,
                headers=self._auth_headers,
                timeout=request_timeout,
            )
            started = time.perf_counter()
            try:
                response = await self._send_request(request)
            except httpx.TransportError as error:
                failure = classify_transport_error(error)
                shown = underlying_failure(error)
                delay = None
                if attempt <= retries and is_retryable_failure(
                    method, request_sent=failure.request_sent
                ):
                    delay = retry_delay(attempt, None, self._retry_timing)
                self._log_attempt(
                    method, path, type(shown).__name__, started, attempt, retries, delay
                )
                if delay is not None:
                    await self._retry_timing.sleep(delay)
                    continue
                error_class = APITimeoutError if failure.timed_out else APIConnectionError
                what = "timed out" if failure.timed_out else "failed"
                raise error_class(
                    f"{method} {path} {what} after {attempt} attempt(s): "
                    f"{type(shown).__name__}: {shown}"
                ) from error
            except httpx.RequestError as error:
                self._log_attempt(method, path, type(error).__name__, started, attempt, retries)
                raise APIConnectionError(
                    f"{method} {path} failed: {type(error).__name__}: {error}"
                ) from error
            if self._observer is not None:
                self._observer.record(method, path, response)
            status = response.status_code
            if 200 <= status < 300:
                if logger.isEnabledFor(logging.DEBUG):
                    self._log_attempt(method, path, str(status), started, attempt, retries)
                return response
            delay = None
            if attempt <= retries and is_retryable_status(method, status):
                retry_after = response.headers.get("retry-after")
                delay = retry_delay(attempt, retry_after, self._retry_timing)
            self._log_attempt(method, path, str(status), started, attempt, retries, delay)
            if delay is not None:
                await self._retry_timing.sleep(delay)
                continue
            raise status_error(method, path, response)

    @staticmethod
    def _log_attempt(
        method: str,
        path: str,
        outcome: str,
        started: float,
        attempt: int,
        retries: int,
        retry_in: float | None = None,
    ) -> None:
        """One DEBUG line per attempt: what came back, how long it took, and what happens next."""
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d of %d)%s",
            method,
            path,
            outcome,
            (time.perf_counter() - started) * 1000.0,
            attempt,
            retries + 1,
            "" if retry_in is None else f"; retrying in {retry_in:.2f} s",
        )
