"""The retry rules and delays, without a network."""

from __future__ import annotations

import email.utils

import aiohttp
import httpx
import pytest

from final_pos_client._core._retry_policy import (
    RetryTiming,
    backoff_delay,
    is_retryable_failure,
    is_retryable_status,
    retry_after_delay,
    retry_delay,
)
from final_pos_client._core._transport_errors import classify_transport_error

NOW = 1_700_000_000.0


def timing(random: float) -> RetryTiming:
    return RetryTiming(now=lambda: NOW, random=lambda: random)


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE"])
def test_statuses_retried_for_non_post(method: str) -> None:
    retried = {s for s in range(400, 600) if is_retryable_status(method, s)}
    assert retried == {408, 429, 500, 502, 503, 504}


def test_post_retried_only_when_the_server_cannot_have_acted() -> None:
    assert {s for s in range(400, 600) if is_retryable_status("POST", s)} == {429, 503}
    assert is_retryable_failure("POST", request_sent=False)
    assert not is_retryable_failure("POST", request_sent=True)
    assert is_retryable_failure("GET", request_sent=True)


def test_backoff_doubles_from_half_a_second_to_eight_with_jitter() -> None:
    top = [backoff_delay(n, timing(1.0)) for n in range(1, 8)]
    bottom = [backoff_delay(n, timing(0.0)) for n in range(1, 8)]
    assert top == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert bottom == [d * 0.75 for d in top]


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("2", 2.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("-3", 0.0),
        ("120", 60.0),
        (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
        (email.utils.formatdate(NOW - 10, usegmt=True), 0.0),
        (email.utils.formatdate(NOW + 3600, usegmt=True), 60.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_retry_after(header: str | None, seconds: float | None) -> None:
    assert retry_after_delay(header, timing(0.5)) == seconds


def test_retry_delay_prefers_retry_after() -> None:
    assert retry_delay(3, "5", timing(1.0)) == 5.0
    assert retry_delay(3, None, timing(1.0)) == 2.0
    assert retry_delay(1, "garbage", timing(1.0)) == 0.5


def test_transport_errors_classified() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/x")
    not_sent = [httpx.ConnectError("x", request=request), httpx.PoolTimeout("x", request=request)]
    sent = [
        httpx.ReadTimeout("x", request=request),
        httpx.RemoteProtocolError("x", request=request),
    ]
    assert [classify_transport_error(e).request_sent for e in not_sent] == [False, False]
    assert [classify_transport_error(e).request_sent for e in sent] == [True, True]
    assert classify_transport_error(httpx.ReadTimeout("x", request=request)).timed_out
    assert not classify_transport_error(httpx.ReadError("x", request=request)).timed_out


def test_aiohttp_causes_override_the_mapped_httpx_class() -> None:
    # httpx-aiohttp maps a dropped connection to ConnectTimeout: the cause tells the truth.
    dropped = httpx.ConnectTimeout("x")
    dropped.__cause__ = aiohttp.ServerDisconnectedError()
    assert classify_transport_error(dropped).request_sent
    assert not classify_transport_error(dropped).timed_out

    refused = httpx.ConnectError("x")
    refused.__cause__ = aiohttp.ClientConnectorError(
        aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None),
        OSError(111, "refused"),
    )
    assert not classify_transport_error(refused).request_sent

    read_timeout = httpx.ReadTimeout("x")
    read_timeout.__cause__ = aiohttp.SocketTimeoutError()
    failure = classify_transport_error(read_timeout)
    assert failure.request_sent and failure.timed_out
