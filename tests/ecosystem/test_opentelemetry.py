"""OpenTelemetry's httpx instrumentation sees every attempt of a ``FinalPOS`` call on both
transports: one CLIENT span each (method, URL, status; never the API key) and a
``traceparent`` on the wire; with the aiohttp instrumentation active too, still one span."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from tests.client.recording_server import recording_server

from .conftest import MakePOS


@pytest.fixture
def provider() -> TracerProvider:
    return TracerProvider()


@pytest.fixture
def spans(provider: TracerProvider) -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


@pytest.fixture(params=["httpx", "httpx+aiohttp"])
def instrumented(request: pytest.FixtureRequest, provider: TracerProvider) -> Iterator[str]:
    instrumentors: list[HTTPXClientInstrumentor | AioHttpClientInstrumentor] = [
        HTTPXClientInstrumentor()
    ]
    if request.param == "httpx+aiohttp":
        instrumentors.append(AioHttpClientInstrumentor())
    for instrumentor in instrumentors:
        instrumentor.instrument(tracer_provider=provider)
    yield request.param
    for instrumentor in instrumentors:
        instrumentor.uninstrument()


async def test_one_client_span_per_attempt_with_traceparent(
    instrumented: str, spans: InMemorySpanExporter, make_pos: MakePOS
) -> None:
    async with recording_server() as server:
        server.reply(503, {"message": "busy"})
        server.reply(200, [])
        pos = make_pos(base_url=server.base_url, max_retries=1)
        assert list(await pos.products.list(limit=5)) == []

    finished = spans.get_finished_spans()
    assert [span.kind for span in finished] == [SpanKind.CLIENT, SpanKind.CLIENT]
    assert [(span.attributes or {})["http.status_code"] for span in finished] == [503, 200]
    for span, sent in zip(finished, server.requests, strict=True):
        attributes = span.attributes or {}
        assert attributes["http.method"] == "GET"
        assert attributes["http.url"] == f"{server.base_url}/v1/api/products?skip=0&limit=5"
        assert not any("test-key" in str(value) for value in attributes.values())
        trace_id = format(span.context.trace_id, "032x")
        span_id = format(span.context.span_id, "016x")
        assert sent.headers["traceparent"].startswith(f"00-{trace_id}-{span_id}-")


async def test_after_uninstrument_no_span_and_no_header(
    provider: TracerProvider, spans: InMemorySpanExporter, make_pos: MakePOS
) -> None:
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    instrumentor.uninstrument()
    async with recording_server() as server:
        server.reply(200, [])
        await make_pos(base_url=server.base_url).products.list()
    assert spans.get_finished_spans() == ()
    assert "traceparent" not in server.requests[0].headers


async def test_instrumenting_the_client_alone(
    provider: TracerProvider, spans: InMemorySpanExporter, make_pos: MakePOS
) -> None:
    async with recording_server() as server:
        server.reply(200, [])
        pos = make_pos(base_url=server.base_url)
        HTTPXClientInstrumentor.instrument_client(pos.http_client, tracer_provider=provider)
        try:
            await pos.products.list()
        finally:
            HTTPXClientInstrumentor.uninstrument_client(pos.http_client)
    [span] = spans.get_finished_spans()
    assert span.kind is SpanKind.CLIENT
    assert server.requests[0].headers["traceparent"].split("-")[1] == format(
        span.context.trace_id, "032x"
    )
