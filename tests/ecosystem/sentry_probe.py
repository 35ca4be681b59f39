"""Run as a script by ``test_sentry.py`` (Sentry's patches of httpx last for the process):
two ``FinalPOS`` calls, the second inside a span, with Sentry's default integrations; prints
the breadcrumbs and the tracing headers the server got, as JSON."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import sentry_sdk
from sentry_sdk.transport import Transport

from final_pos_client import FinalPOS
from final_pos_client._core import _http_client
from tests.client.recording_server import recording_server


class KeepEnvelopes(Transport):
    def capture_envelope(self, envelope: Any) -> None:
        """Nothing leaves the process."""


async def main() -> None:
    async with recording_server() as server:
        server.reply(200, [])
        server.reply(200, [])
        async with FinalPOS(api_key="test-key", base_url=server.base_url) as pos:
            await pos.products.list()
            with sentry_sdk.start_span(name="checkout"):
                await pos.products.list()
    crumbs = sentry_sdk.get_isolation_scope()._breadcrumbs
    tracing = ("sentry-trace", "baggage")
    print(
        json.dumps(
            {
                "breadcrumbs": [crumb["data"] for crumb in crumbs if crumb["type"] == "http"],
                "headers": [
                    {k: v for k, v in r.headers.items() if k in tracing} for r in server.requests
                ],
                "base_url": server.base_url,
            }
        )
    )


if __name__ == "__main__":
    transport = sys.argv[1]
    _http_client.aiohttp_available = lambda: transport == "aiohttp"
    sentry_sdk.init(
        dsn="http://public@127.0.0.1:9/1", transport=KeepEnvelopes, traces_sample_rate=1.0
    )
    asyncio.run(main())
