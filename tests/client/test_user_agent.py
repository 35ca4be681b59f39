"""Every request names the SDK, Python and httpx versions in its User-Agent (both transports)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest

import final_pos_client
from final_pos_client import FinalPOS
from final_pos_client._core._http_client import build_http_client
from final_pos_fake import FakeServer, serve
from final_pos_fake.app import FakeFinalPOS
from final_pos_fake.http.asgi import Receive, Scope, Send

from .conftest import TRANSPORTS


class HeaderRecordingFake(FakeFinalPOS):
    """The fake, remembering the User-Agent of each request it received."""

    def __init__(self) -> None:
        super().__init__(api_keys=("ua-key",))
        self.user_agents: list[str | None] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            agent = headers.get(b"user-agent")
            self.user_agents.append(agent.decode() if agent is not None else None)
        await super().__call__(scope, receive, send)


@pytest.fixture(scope="module")
def recording_server() -> Iterator[FakeServer]:
    with serve(HeaderRecordingFake()) as server:
        yield server


def _expected() -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    return f"final-pos-client/{final_pos_client.__version__} python/{python} httpx/{httpx_version}"


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_user_agent_names_the_versions(recording_server: FakeServer, transport: str) -> None:
    app = recording_server.app
    assert isinstance(app, HeaderRecordingFake)
    app.user_agents.clear()
    http_client = build_http_client(httpx.Timeout(30.0), use_aiohttp=transport == "aiohttp")
    async with http_client:
        pos = FinalPOS(
            api_key=recording_server.api_key,
            base_url=recording_server.base_url,
            http_client=http_client,
        )
        await pos.products.list(limit=1)
        await pos.with_options(timeout=5.0).request("GET", "/v1/api/customers")
    assert app.user_agents == [_expected(), _expected()]
    assert final_pos_client.__version__.startswith(final_pos_client.API_VERSION + ".")
