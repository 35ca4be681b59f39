"""logfire's ``logfire.instrument_httpx()`` (built on OpenTelemetry's httpx instrumentation)
sees every attempt of a ``FinalPOS`` call on both transports: one CLIENT span each (method,
URL, status; never the API key) and its ``traceparent`` on the wire. Run in a child process:
``logfire.configure`` sets the process's global tracer provider."""

from __future__ import annotations

import json

import pytest

from tests.client.conftest import TRANSPORTS

from .conftest import run_python


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_one_client_span_per_attempt_with_traceparent(transport: str) -> None:
    completed = run_python("-m", "tests.ecosystem.logfire_probe", transport)
    assert completed.returncode == 0, completed.stderr
    seen = json.loads(completed.stdout)
    spans = seen["spans"]
    url = f"{seen['base_url']}/v1/api/products?skip=0&limit=5"
    assert [span["attributes"]["http.method"] for span in spans] == ["GET", "GET"]
    assert [span["attributes"]["http.url"] for span in spans] == [url, url]
    assert [span["attributes"]["http.status_code"] for span in spans] == ["503", "200"]
    assert not any("test-key" in value for span in spans for value in span["attributes"].values())
    for span, sent in zip(spans, seen["traceparents"], strict=True):
        assert sent.startswith(f"00-{span['trace_id']}-{span['span_id']}-")
