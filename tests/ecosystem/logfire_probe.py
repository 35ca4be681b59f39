"""Run as a script by ``test_logfire.py`` (``logfire.configure`` sets the process's global
OpenTelemetry providers): a ``FinalPOS`` call answered 503 then 200, with
``logfire.instrument_httpx()``; prints the spans (exported in memory, nothing leaves the
process) and the ``traceparent`` headers the server got, as JSON."""

from __future__ import annotations

import asyncio
import json
import sys

import logfire
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from final_pos_client import FinalPOS
from final_pos_client._core import _http_client
from tests.client.recording_server import recording_server

EXPORTER = InMemorySpanExporter()


async def main() -> None:
    async with recording_server() as server:
        server.reply(503, {"message": "busy"})
        server.reply(200, [])
        async with FinalPOS(api_key="test-key", base_url=server.base_url, max_retries=1) as pos:
            await pos.products.list(limit=5)
    spans = [
        {
            "kind": span.kind.name,
            "trace_id": format(span.context.trace_id, "032x"),
            "span_id": format(span.context.span_id, "016x"),
            "attributes": {key: str(value) for key, value in (span.attributes or {}).items()},
        }
        for span in EXPORTER.get_finished_spans()
        if span.kind.name == "CLIENT"
    ]
    traceparents = [request.headers.get("traceparent") for request in server.requests]
    print(json.dumps({"spans": spans, "traceparents": traceparents, "base_url": server.base_url}))


if __name__ == "__main__":
    transport = sys.argv[1]
    _http_client.aiohttp_available = lambda: transport == "aiohttp"
    logfire.configure(
        send_to_logfire=False,
        console=False,
        additional_span_processors=[SimpleSpanProcessor(EXPORTER)],
    )
    logfire.instrument_httpx()
    asyncio.run(main())
