"""The request pipeline every ``FinalPOS`` call goes through: auth, timeouts, retries, logging,
error mapping. Resources (``_resources.py``) and ``FinalPOS.request`` both use ``BaseClient._send``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from httpx._client import UseClientDefault  # the type of the public httpx.USE_CLIENT_DEFAULT

from ._bounded_body import BodyBounds, Failure, ResponseTooLarge, read_bounded
from ._client_config import (
    API_KEY_HEADER,
    DEFAULT_MAX_RESPONSE_BYTES,
    check_deadline,
    check_max_response_bytes,
    check_max_retries,
    check_timeout,
    default_deadline,
    request_headers,
    resolve_api_key,
    resolve_base_url,
)
from ._http_client import build_owned_http_client
from ._logs import setup_logging
from ._not_given import NOT_GIVEN, NotGiven
from ._observe_options import observer_from_options
from ._request_body import json_problem
from ._request_build import LeanRequestBuilder, RequestBuilder
from ._request_options import (
    Body,
    Headers,
    Query,
    check_headers,
    check_query,
    merge_body,
    merge_headers,
    merge_query,
)
from ._response_parsing import decode_json, status_error
from ._retry_policy import (
    RetryTiming,
    is_retryable_failure,
    is_retryable_status,
    retry_delay,
)
from ._transport_errors import (
    classify_transport_error,
    from_aiohttp,
    is_transport_failure,
    underlying_failure,
)
from ._transport_shortcut import InjectedClientSend
from .errors import (
    APIConnectionError,
    APIOutcomeUnknownError,
    APIOutcomeUnknownTimeoutError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    EventLoopMismatchError,
    RequestInfo,
    ValidationError,
)

logger = logging.getLogger("final_pos_client")
_HTTP_METHOD = re.compile(r"[A-Za-z]+")

TimeoutOption = float | httpx.Timeout | None
DeadlineOption = float | None


class BaseClient:
    """Connection settings and the retrying request loop; safe to share across asyncio tasks.

    ``timeout`` bounds each phase of an attempt as in httpx (connect, write, each read, pool);
    ``deadline`` bounds the whole call: every attempt, backoff and ``Retry-After`` wait and the
    complete body (default ``DEADLINE_FACTOR`` x the largest phase of ``timeout``).
    """

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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        observe: str | os.PathLike[str] | None = None,
        observe_sample_rate: float | None = None,
    ) -> None:
        setup_logging()
        self.max_retries = check_max_retries(max_retries)
        self._api_key = resolve_api_key(api_key)
        self._base_url = resolve_base_url(base_url, allow_insecure_http=allow_insecure_http)
        self._allow_insecure_http = allow_insecure_http
        self._timeout = check_timeout(timeout)
        self._deadline_option: DeadlineOption | NotGiven = (
            deadline if isinstance(deadline, NotGiven) else check_deadline(deadline)
        )
        self._deadline = self._resolve_deadline()
        self._max_response_bytes = check_max_response_bytes(max_response_bytes)
        self._retry_timing = retry_timing or RetryTiming()
        self._default_headers = check_headers(default_headers, "default_headers")
        self._default_query = check_query(default_query, "default_query")
        self._owns_http_client = http_client is None
        if http_client is None:
            self._http, self._send_request = build_owned_http_client(self._timeout)
            self._build_request: RequestBuilder = LeanRequestBuilder(self._http)
            self._loop_binding: _LoopBinding | None = None  # its pools follow the event loop
        else:
            self._use_http_client(http_client)
        self._timeout_argument = self._default_timeout_argument()
        self._auth_headers = self._request_headers()
        self._observer = observer_from_options(observe, observe_sample_rate)

    def _use_http_client(self, http_client: httpx.AsyncClient) -> None:
        """An injected client: its own ``build_request`` and ``send`` (its settings apply)."""
        if not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        self._http, self._send_request = http_client, InjectedClientSend(http_client)
        self._build_request = RequestBuilder(http_client)
        self._loop_binding = _LoopBinding()

    def _request_headers(self) -> dict[str, str]:
        """``default_headers`` over the SDK's own (User-Agent); the API key header always wins."""
        return {
            **request_headers(self._api_key),
            **self._default_headers,
            API_KEY_HEADER: self._api_key,
        }

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take (``None``: no overall limit)."""
        return self._deadline

    @property
    def max_response_bytes(self) -> int:
        """The largest decoded response body accepted."""
        return self._max_response_bytes

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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool (or using
        ``http_client``). ``default_headers`` / ``default_query`` replace the client's.

        Closing the copy leaves the pool open; close the client that created it.
        """
        copy = self.__class__.__new__(self.__class__)
        copy.__dict__.update(self.__dict__)
        copy._owns_http_client = False
        if api_key is not None:
            copy._api_key = resolve_api_key(api_key)
            copy._api_key = resolve_api_key(api_key)
        if default_headers is not None:
            copy._default_headers = check_headers(default_headers, "default_headers")
        if default_query is not None:
            copy._default_query = check_query(default_query, "default_query")
        copy._auth_headers = copy._request_headers()
        if http_client is not None:
            copy._use_http_client(http_client)
            copy._timeout_argument = copy._default_timeout_argument()
        if base_url is not None:
            copy._base_url = resolve_base_url(
                base_url, allow_insecure_http=self._allow_insecure_http
            )
        if not isinstance(timeout, NotGiven):
            copy._timeout = check_timeout(timeout)
            copy._timeout_argument = copy._default_timeout_argument()
        if not isinstance(deadline, NotGiven):
            copy._deadline_option = check_deadline(deadline)
        copy._deadline = copy._resolve_deadline()
        if max_retries is not None:
            copy.max_retries = check_max_retries(max_retries)
        if max_response_bytes is not None:
            copy._max_response_bytes = check_max_response_bytes(max_response_bytes)
        copy._after_copy()
        return copy

    def _resolve_deadline(self) -> float | None:
        if isinstance(self._deadline_option, NotGiven):
            return default_deadline(self._timeout)
        return self._deadline_option

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
            f"timeout={self._timeout.read}, max_retries={self.max_retries}, "
            f"deadline={self._deadline})"
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> Any:
        """Call any endpoint (``path`` relative to the base URL, e.g. ``/v1/api/products``) with
        the same auth, retries, errors and logging; returns the decoded JSON (``None`` if empty)."""
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValidationError(f"path must be a str starting with '/', got {path!r}")
        if not isinstance(method, str) or not _HTTP_METHOD.fullmatch(method):
            raise ValidationError(f"method must be an HTTP method name, got {method!r}")
        verb = method.upper()
        response, _ = await self._send(
            verb,
            path,
            params=params,
            json=json,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            extra_headers=extra_headers,
            extra_query=None,
            extra_body=None,
            stream=False,
        )
        return decode_json(response, f"{verb} {path}")

    async def _send(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        json: Any,
        timeout: TimeoutOption | NotGiven,
        max_retries: int | None,
        deadline: DeadlineOption | NotGiven,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        *,
        stream: bool,
    ) -> tuple[httpx.Response, BodyBounds]:
        """One call: attempts until a 2xx answer, a final error, the retries are spent or the
        call's deadline passes (``APITimeoutError``). The body is read whole, within limits;
        with ``stream=True`` it returns at the headers of a 2xx answer, its body unread: the
        caller reads it within the returned bounds (the rest of the call's deadline,
        ``max_response_bytes``) and closes it."""
        retries = self.max_retries if max_retries is None else check_max_retries(max_retries)
        if isinstance(timeout, NotGiven):
            request_timeout: httpx.Timeout | UseClientDefault = self._timeout_argument
            call_deadline = self._deadline
        else:
            request_timeout = check_timeout(timeout)
            call_deadline = (
                default_deadline(request_timeout)
                if isinstance(self._deadline_option, NotGiven)
                else self._deadline_option
            )
        if not isinstance(deadline, NotGiven):
            call_deadline = check_deadline(deadline)
        self._check_usable()
        params = merge_query(self._default_query, params, extra_query)
        json = merge_body(json, extra_body)
        headers = merge_headers(self._auth_headers, extra_headers)
        call = _Call(method, path, self._base_url + path, retries, call_deadline)
        try:
            async with asyncio.timeout(call_deadline) as scope:
                response = await self._attempts(
                    call, params, json, headers, request_timeout, scope, stream
                )
        except TimeoutError as error:
            if not scope.expired():
                raise
            raise call.deadline_failure() from error
        if not stream:
            return response, _NO_BOUNDS
        # The body is read after this returns, still within the call's deadline and limits;
        # a failure there is reported as a plain call reading its body reports it.
        call.response = response
        call.in_flight = True
        return response, BodyBounds(scope.when(), self._max_response_bytes, call.body_failure)

    async def _attempts(
        self,
        call: _Call,
        params: dict[str, Any] | None,
        json: Any,
        headers: Mapping[str, str],
        request_timeout: httpx.Timeout | UseClientDefault,
        scope: asyncio.Timeout,
        stream: bool,
    ) -> httpx.Response:
        method, path = call.method, call.path
        while True:
            call.attempt += 1
            try:
                request = self._build_request(
                    method,
                    self._base_url,
                    path,
                    params=params,
                    json=json,
                    headers=headers,
                    timeout=request_timeout,
                )
            except (TypeError, ValueError):
                problem = None if json is None else json_problem(json, "body")
                if problem is None:
                    raise
                raise ValidationError(f"{method} {path}: {problem}") from None
            started = time.perf_counter()
            call.in_flight = True
            final: APIConnectionError | None = None
            cause: Exception | None = None
            try:
                response = await self._send_request(request, stream=True)
                if response.status_code < 200:
                    await _refuse_informational(response)
                if not stream or not 200 <= response.status_code < 300:
                    await read_bounded(response, self._max_response_bytes)
            except (ResponseTooLarge, httpx.DecodingError) as error:
                too_large = isinstance(error, ResponseTooLarge)
                self._log_attempt(call, "too large" if too_large else type(error).__name__, started)
                call.response = response
                unreadable, chained = call.body_failure(error, deadline_passed=False)
                raise unreadable from chained
            except Exception as error:
                if not is_transport_failure(error):
                    raise
                failure = classify_transport_error(error)
                call.in_flight = False
                call.maybe_acted = call.maybe_acted or failure.request_sent
                shown = underlying_failure(error)
                delay = None
                if call.attempt <= call.retries and is_retryable_failure(
                    method, request_sent=failure.request_sent
                ):
                    delay = _within(scope, retry_delay(call.attempt, None, self._retry_timing))
                self._log_attempt(call, type(shown).__name__, started, delay)
                if delay is not None:
                    await self._retry_timing.sleep(delay)
                    continue
                what = "timed out" if failure.timed_out else "failed"
                final = call.failure(
                    what, f"{type(shown).__name__}: {shown}", timed_out=failure.timed_out
                )
                # Raised below, outside this block, so that nothing chains to an aiohttp error:
                # some (ClientResponseError) show the request headers, the API key, in their repr.
                cause = None if from_aiohttp(error) else error
            if final is not None:
                raise final from cause
            call.in_flight = False
            if self._observer is not None and not stream:
                self._observer.record(method, path, response)
            status = response.status_code
            if 200 <= status < 300:
                if logger.isEnabledFor(logging.DEBUG):
                    self._log_attempt(call, str(status), started)
                return response
            if status == 404 and method == "DELETE" and call.maybe_acted:
                # An earlier attempt's connection broke after sending: that attempt deleted it.
                self._log_attempt(call, "404, taken as deleted by an earlier attempt", started)
                return httpx.Response(204, request=request)
            delay = None
            if call.attempt <= call.retries and is_retryable_status(method, status):
                asked = retry_delay(
                    call.attempt, response.headers.get("retry-after"), self._retry_timing
                )
                # Asked to wait past the deadline: the server's answer is final now.
                delay = _within(scope, asked)
            self._log_attempt(call, str(status), started, delay)
            if delay is not None:
                await self._retry_timing.sleep(delay)
                continue
            raise status_error(method, path, response)

    def _check_usable(self) -> None:
        """``ClientClosedError`` after ``aclose()``; ``EventLoopMismatchError`` from a second
        event loop for an injected ``http_client`` (its connections belong to the first one)."""
        if self._http.is_closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed (aclose() or the end of 'async with'); "
                "create a new one"
            )
        if self._loop_binding is None:
            return
        loop = asyncio.get_running_loop()
        bound = self._loop_binding.loop
        if bound is None or bound() is None:
            self._loop_binding.loop = weakref.ref(loop)
        elif bound() is not loop:
            raise EventLoopMismatchError(
                f"this {type(self).__name__} was first used in another event loop; its "
                "http_client's connections belong to that loop. Pass one http_client per event "
                "loop, or leave http_client out: the client FinalPOS builds follows the loop."
            )

    def _log_attempt(
        self,
        call: _Call,
        outcome: str,
        started: float,
        retry_in: float | None = None,
    ) -> None:
        """One line per attempt: what came back, how long it took, and what happens next (DEBUG
        for a 2xx answer, INFO for a failed attempt)."""
        logger.log(
            logging.DEBUG if outcome.startswith("2") else logging.INFO,
            "%s %s -> %s in %.1f ms (attempt %d of %d)%s",
            call.method,
            call.path,
            outcome,
            (time.perf_counter() - started) * 1000.0,
            call.attempt,
            call.retries + 1,
            "" if retry_in is None else f"; retrying in {retry_in:.2f} s",
        )


async def _refuse_informational(response: httpx.Response) -> None:
    """A status below 200 as the final answer (e.g. a 101 nobody asked for: aiohttp hands it on,
    h11 refuses it) is a protocol failure on both transports, as httpx reports it."""
    await response.aclose()
    raise httpx.RemoteProtocolError(
        f"the server gave {response.status_code} as its final answer (informational statuses "
        "cannot be, and no protocol switch was asked for)",
        request=response.request,
    )


def _within(scope: asyncio.Timeout, delay: float) -> float | None:
    """``delay``, or ``None`` when waiting that long would pass the call's deadline."""
    when = scope.when()
    if when is not None and asyncio.get_running_loop().time() + delay >= when:
        return None
    return delay


WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_NO_BOUNDS = BodyBounds()


class _LoopBinding:
    """The event loop a client (and its ``with_options`` copies) first ran in."""

    __slots__ = ("loop",)

    def __init__(self) -> None:
        self.loop: weakref.ref[asyncio.AbstractEventLoop] | None = None


class _Call:
    """The state of one call across its attempts (a plain class: a dataclass costs a
    millisecond or more of the import)."""

    __slots__ = (
        "attempt",
        "deadline",
        "in_flight",
        "maybe_acted",
        "method",
        "path",
        "response",
        "retries",
        "url",
    )

    def __init__(
        self, method: str, path: str, url: str, retries: int, deadline: float | None
    ) -> None:
        self.method = method
        self.path = path
        self.url = url
        self.retries = retries
        self.deadline = deadline
        self.attempt = 0
        self.in_flight = False
        # A write's request may have reached the server although no answer came back.
        self.maybe_acted = False
        # The answer whose body failed to read (set only then, and for a streamed call).
        self.response: httpx.Response | None = None

    def failure(self, what: str, detail: str = "", *, timed_out: bool) -> APIConnectionError:
        """The error for a call that got no usable answer; for a write that may have been
        processed, an ``APIOutcomeUnknownError`` saying so and what to check."""
        message = f"{self.method} {self.path} {what} after {self.attempt} attempt(s)"
        if detail:
            message += f": {detail}"
        request = RequestInfo(self.method, self.url)
        if self.method in WRITE_METHODS and (self.maybe_acted or self.in_flight):
            error_class: type[APIConnectionError] = (
                APIOutcomeUnknownTimeoutError if timed_out else APIOutcomeUnknownError
            )
            message += (
                ". The request was sent and no answer came back, so the server may have acted "
                "on it: check whether it took effect (get or list the record) before sending "
                "it again"
            )
        else:
            error_class = APITimeoutError if timed_out else APIConnectionError
        return error_class(message, request=request)

    def deadline_failure(self) -> APIConnectionError:
        assert self.deadline is not None  # only a call with a deadline runs out of it
        return self.failure(f"exceeded its deadline of {self.deadline:g} s", timed_out=True)

    def body_failure(self, error: Exception, deadline_passed: bool) -> Failure:
        """The error for a failure while reading the body of ``self.response`` (the deadline, a
        size past ``max_response_bytes``, a broken encoding or connection) and what it chains
        to; any other error as it is."""
        operation = f"{self.method} {self.path}"
        if deadline_passed:
            logger.info("%s: the body was cut off at the call's deadline", operation)
            return self.deadline_failure(), None
        if isinstance(error, ResponseTooLarge):
            message = (
                f"{operation}: the response body is {error}; raise max_response_bytes "
                "if this answer is expected"
            )
            return self._validation_error(message), None
        if isinstance(error, httpx.DecodingError):
            message = (
                f"{operation}: the response body cannot be decoded "
                f"({type(error).__name__}: {error})"
            )
            return self._validation_error(message), error
        if is_transport_failure(error):
            failure = classify_transport_error(error)
            shown = underlying_failure(error)
            what = "timed out" if failure.timed_out else "failed"
            logger.info("%s: reading the body %s (%s)", operation, what, type(shown).__name__)
            detail = f"{type(shown).__name__}: {shown}"
            # Never chained to an aiohttp error: some show the request headers in their repr.
            cause = None if from_aiohttp(error) else error
            return self.failure(what, detail, timed_out=failure.timed_out), cause
        return error, error.__cause__

    def _validation_error(self, message: str) -> APIResponseValidationError:
        assert self.response is not None
        return APIResponseValidationError(
            message, response=self.response, operation=f"{self.method} {self.path}"
        )
