"""The request pipeline every ``FinalPOS`` call goes through: auth, timeouts, retries, logging,
error mapping. Resources (``APIResource._call``) and ``FinalPOS.request`` both run a call with
``BaseClient._run_call``; its named steps: ``_build_http_request``, ``_attempt_once`` (send and
read), ``_settled_answer`` (the answer that ends the call), ``_retry_delay`` (whether and when
to try again) and ``_final_error`` (the error that ends it, built in ``_call_errors``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import re
import time
import weakref
from types import TracebackType
from typing import Any, NamedTuple, Self

import httpx
from httpx._client import UseClientDefault  # the type of the public httpx.USE_CLIENT_DEFAULT

from ._bounded_body import BodyBounds, Failure, ResponseTooLarge, read_bounded
from ._call_errors import (
    body_read_error,
    deadline_error,
    describe_transport_failure,
    status_error,
    transport_error,
)
from ._call_state import CallState
from ._client_config import (
    API_KEY_HEADER,
    DEFAULT_MAX_RESPONSE_BYTES,
    check_deadline,
    check_max_response_bytes,
    check_max_retries,
    check_retry_writes,
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
from ._request_id import RETRY_COUNT_HEADER, given_request_id, new_request_id
from ._request_options import (
    NO_OPTIONS,
    DeadlineOption,
    Headers,
    Query,
    RequestOptions,
    TimeoutOption,
    check_headers,
    check_query,
    merge_body,
    merge_headers,
    merge_query,
    request_options,
)
from ._response_parsing import decode_json, parse_answer
from ._retry_policy import (
    RetryTiming,
    RetryWrites,
    failure_not_retried,
    retry_delay,
    status_not_retried,
)
from ._transport_errors import (
    classify_transport_error,
    is_transport_failure,
)
from ._transport_shortcut import InjectedClientSend
from .errors import (
    REQUEST_ID_HEADER,
    ClientClosedError,
    ConfigurationError,
    EventLoopMismatchError,
    ValidationError,
)

logger = logging.getLogger("final_pos_client")
_HTTP_METHOD = re.compile(r"[A-Za-z]+")

__all__ = ["BaseClient", "DeadlineOption", "TimeoutOption"]


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
        retry_writes: RetryWrites = "safe",
    ) -> None:
        setup_logging()
        self.max_retries = check_max_retries(max_retries)
        self.retry_writes = check_retry_writes(retry_writes)
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
            self._http, self._send_over_transport = build_owned_http_client(self._timeout)
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
        self._http, self._send_over_transport = http_client, InjectedClientSend(http_client)
        self._build_request = RequestBuilder(http_client)
        self._loop_binding = _LoopBinding()

    def _request_headers(self) -> dict[str, str]:
        """``default_headers`` over the SDK's own (User-Agent); the API key header always wins."""
        self._given_request_id = given_request_id(self._default_headers)
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
        retry_writes: RetryWrites | None = None,
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
        if retry_writes is not None:
            copy.retry_writes = check_retry_writes(retry_writes)
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
        options = request_options(timeout, max_retries, deadline, extra_headers)
        response, _ = await self._run_call(verb, path, params, json, options, stream=False)
        return parse_answer(
            verb, functools.partial(decode_json, operation=f"{verb} {path}"), response
        )

    def _call_limits(
        self, options: RequestOptions
    ) -> tuple[int, httpx.Timeout | UseClientDefault, float | None]:
        """The retries, the per-attempt timeout and the deadline of a call with ``options``."""
        if options is NO_OPTIONS:
            return self.max_retries, self._timeout_argument, self._deadline
        max_retries, timeout, deadline = options.max_retries, options.timeout, options.deadline
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
        return retries, request_timeout, call_deadline

    async def _run_call(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        json: Any,
        options: RequestOptions,
        *,
        stream: bool,
    ) -> tuple[httpx.Response, BodyBounds]:
        """One call through the pipeline: attempts until a 2xx answer, a final error, the retries
        are spent or the call's deadline passes (``APITimeoutError``). The body is read whole,
        within limits; with ``stream=True`` it returns at the headers of a 2xx answer, its body
        unread: the caller reads it within the returned bounds (the rest of the call's deadline,
        ``max_response_bytes``) and closes it."""
        call = self._new_call(method, path, params, json, options, stream)
        try:
            async with asyncio.timeout(call.deadline) as scope:
                response = await self._attempt_until_final(call, scope)
        except TimeoutError as error:
            if not scope.expired():
                raise
            raise deadline_error(call) from error
        if not stream:
            return response, _NO_BOUNDS
        # The body is read after this returns, still within the call's deadline and limits;
        # a failure there is reported as a plain call reading its body reports it.
        call.response = response
        call.in_flight = True
        failure = functools.partial(body_read_error, call)
        return response, BodyBounds(scope.when(), self._max_response_bytes, failure)

    def _new_call(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        json: Any,
        options: RequestOptions,
        stream: bool,
    ) -> CallState:
        """The state of a new call: its limits, merged request parts and request id."""
        retries, request_timeout, call_deadline = self._call_limits(options)
        self._check_usable()
        headers = merge_headers(self._auth_headers, options.extra_headers)
        given_id = given_request_id(options.extra_headers) or self._given_request_id
        return CallState(
            method,
            path,
            self._base_url + path,
            retries=retries,
            deadline=call_deadline,
            params=merge_query(self._default_query, params, options.extra_query),
            json=merge_body(json, options.extra_body),
            headers=headers,
            timeout=request_timeout,
            phase_timeouts=self._timeout
            if isinstance(request_timeout, UseClientDefault)
            else request_timeout,
            stream=stream,
            request_id=given_id or new_request_id(),
            request_id_given=given_id is not None,
        )

    async def _attempt_until_final(self, call: CallState, scope: asyncio.Timeout) -> httpx.Response:
        """Attempt after attempt until an answer to return or an error to raise."""
        while True:
            call.attempt += 1
            request = self._build_http_request(call)
            started = time.perf_counter()
            answer = await self._attempt_once(call, request, started)
            if isinstance(answer, httpx.Response):
                settled = self._settled_answer(call, answer, request, started)
                if settled is not None:
                    return settled
            delay, not_retried = self._retry_decision(call, answer, scope)
            self._log_attempt(call, _outcome_text(answer), started, delay, not_retried)
            if delay is None:
                error, cause = _final_error(call, answer)
                # Raised here, outside any ``except``: nothing chains to an aiohttp error.
                raise error from cause
            await self._retry_timing.sleep(delay)

    def _build_http_request(self, call: CallState) -> httpx.Request:
        """The request of one attempt, with the call's ``x-request-id`` and, on a retry,
        ``x-final-pos-retry-count``; a body JSON cannot carry is a ``ValidationError``."""
        try:
            request = self._build_request(
                call.method,
                self._base_url,
                call.path,
                params=call.params,
                json=call.json,
                headers=call.headers,
                timeout=call.timeout,
            )
        except (TypeError, ValueError):
            problem = None if call.json is None else json_problem(call.json, "body")
            if problem is None:
                raise
            raise ValidationError(f"{call.operation}: {problem}") from None
        if not call.request_id_given:
            request.headers[REQUEST_ID_HEADER] = call.request_id
        if call.attempt > 1:
            request.headers[RETRY_COUNT_HEADER] = str(call.attempt - 1)
        return request

    async def _attempt_once(
        self, call: CallState, request: httpx.Request, started: float
    ) -> httpx.Response | _NoAnswer:
        """Send one attempt and read its answer (whole, or the headers of a streamed 2xx);
        a transport failure comes back as a ``_NoAnswer``, an unreadable body is raised."""
        call.in_flight = True
        answered = None
        try:
            response = answered = call.response = await self._send_over_transport(
                request, stream=True
            )
            if response.status_code < 200:
                await _refuse_informational(response)
            if not call.stream or not 200 <= response.status_code < 300:
                await read_bounded(response, self._max_response_bytes)
        except (ResponseTooLarge, httpx.DecodingError) as error:
            too_large = isinstance(error, ResponseTooLarge)
            outcome = "too large" if too_large else "undecodable body"
            self._log_attempt(call, outcome, started, None, "the answer came, it is final")
            unreadable, chained = body_read_error(call, error, deadline_passed=False)
            raise unreadable from chained
        except Exception as error:
            if not is_transport_failure(error):
                raise
            sent = classify_transport_error(error).request_sent
            call.in_flight = False
            call.maybe_acted = call.maybe_acted or sent
            shown = describe_transport_failure(error, call.phase_timeouts)
            return _NoAnswer(error, sent, shown, call.write_answered and answered is not None)
        call.in_flight = False
        if self._observer is not None and not call.stream:
            self._observer.record(call.method, call.path, response)
        return response

    def _settled_answer(
        self, call: CallState, response: httpx.Response, request: httpx.Request, started: float
    ) -> httpx.Response | None:
        """The answer that ends the call successfully, or ``None`` for a failed attempt."""
        status = response.status_code
        if 200 <= status < 300:
            if logger.isEnabledFor(logging.DEBUG):
                self._log_attempt(call, str(status), started)
            return response
        if status == 404 and call.method == "DELETE" and call.maybe_acted:
            # An earlier attempt's connection broke after sending: that attempt deleted it.
            self._log_attempt(call, "404, taken as deleted by an earlier attempt", started)
            return httpx.Response(204, request=request)
        return None

    def _retry_decision(
        self, call: CallState, answer: httpx.Response | _NoAnswer, scope: asyncio.Timeout
    ) -> tuple[float | None, str]:
        """The wait before retrying a failed attempt; or ``None`` and why the call ends here
        (the rule of ``_retry_policy``, no retries left, or a wait past the deadline)."""
        if isinstance(answer, httpx.Response):
            refused = status_not_retried(call.method, answer.status_code, self.retry_writes)
            retry_after = answer.headers.get("retry-after")
        elif answer.write_answered:
            refused = "the write was answered with a 2xx status: it took effect"
            retry_after = None
        else:
            sent = answer.request_sent
            refused = failure_not_retried(
                call.method, request_sent=sent, retry_writes=self.retry_writes
            )
            retry_after = None
        if refused is not None:
            return None, refused
        if call.attempt > call.retries:
            return None, f"no retries left (max_retries={call.retries})"
        asked = retry_delay(call.attempt, retry_after, self._retry_timing)
        delay = _within(scope, asked)
        if delay is None:
            # Asked to wait past the deadline: the server's answer is final now.
            return None, f"waiting {asked:.2f} s would pass the call's deadline"
        return delay, ""

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
        call: CallState,
        outcome: str,
        started: float,
        retry_in: float | None = None,
        not_retried: str = "",
    ) -> None:
        """One line per attempt: what came back, how long it took, the call's request id and
        what happens next. DEBUG for a 2xx answer and the expected ones (404 to a read, 409),
        INFO for any other failed attempt."""
        if retry_in is not None:
            next_step = f"; retrying in {retry_in:.2f} s"
        elif not_retried:
            next_step = f"; not retried: {not_retried}"
        else:
            next_step = ""
        logger.log(
            logging.DEBUG if _expected(call.method, outcome) else logging.INFO,
            "%s %s -> %s in %.1f ms (attempt %d of %d, request id %s)%s",
            call.method,
            call.path,
            outcome,
            (time.perf_counter() - started) * 1000.0,
            call.attempt,
            call.retries + 1,
            call.request_id,
            next_step,
        )


def _expected(method: str, outcome: str) -> bool:
    """A success, or an answer a caller expects and handles: not found to a read (or to a
    DELETE an earlier attempt did), conflict."""
    if outcome.startswith("404"):
        return method == "GET" or outcome != "404"
    return outcome.startswith("2") or outcome == "409"


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


_NO_BOUNDS = BodyBounds()


class _NoAnswer(NamedTuple):
    """A failed attempt's transport failure: the error, whether the request may have reached
    the server, the failure in words, and whether it cut off a write's 2xx answer."""

    error: Exception
    request_sent: bool
    shown: str
    write_answered: bool


def _outcome_text(answer: httpx.Response | _NoAnswer) -> str:
    """How a failed attempt's outcome reads in the log: the status, or the failure's name."""
    return str(answer.status_code) if isinstance(answer, httpx.Response) else answer.shown


def _final_error(call: CallState, answer: httpx.Response | _NoAnswer) -> Failure:
    """The error a failed attempt ends the call with, and what it chains to."""
    if isinstance(answer, httpx.Response):
        return status_error(call.method, call.path, answer), None
    if answer.write_answered:
        return body_read_error(call, answer.error, deadline_passed=False)
    return transport_error(call, answer.error)


class _LoopBinding:
    """The event loop a client (and its ``with_options`` copies) first ran in."""

    __slots__ = ("loop",)

    def __init__(self) -> None:
        self.loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
