"""Sentry's default integrations see every ``FinalPOS`` call on both transports: one breadcrumb
per call, ``sentry-trace`` and ``baggage`` sent (inside a span, with its trace id). Run in a
child process: Sentry patches httpx for the rest of the process it is initialised in."""

from __future__ import annotations

import json

import pytest

from tests.client.conftest import TRANSPORTS

from .conftest import run_python


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_breadcrumbs_and_trace_headers(transport: str) -> None:
    completed = run_python("-m", "tests.ecosystem.sentry_probe", transport)
    assert completed.returncode == 0, completed.stderr
    seen = json.loads(completed.stdout)
    url = f"{seen['base_url']}/v1/api/products?skip=0&limit=50"
    assert [(crumb["http.method"], crumb["url"]) for crumb in seen["breadcrumbs"]] == [
        ("GET", url),
        ("GET", url),
    ]
    assert [crumb["http.response.status_code"] for crumb in seen["breadcrumbs"]] == [200, 200]
    in_span = seen["headers"][1]
    assert set(in_span) == {"sentry-trace", "baggage"}
    trace_id = in_span["sentry-trace"].split("-")[0]
    assert f"sentry-trace_id={trace_id}" in in_span["baggage"]
