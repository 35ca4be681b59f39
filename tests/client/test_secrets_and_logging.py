"""Logger ``final_pos_client``: a DEBUG line per attempt; the key never in logs, reprs, errors."""

from __future__ import annotations

import logging
import re

import pytest

from final_pos_client import FinalPOS, errors
from final_pos_fake import FakeServer

from .conftest import SleepRecorder


async def test_one_debug_line_per_attempt(
    pos: FinalPOS, fake_server: FakeServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    fake_server.app.faults.add("GET /v1/api/products", status=503, times=1)
    caplog.set_level(logging.DEBUG, logger="final_pos_client")

    await pos.products.list()

    lines = [r.getMessage() for r in caplog.records if r.name == "final_pos_client"]
    assert len(lines) == 2
    uuid4 = r"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"
    line = r"GET /v1/api/products -> {} in [0-9.]+ ms \(attempt {} of 3, request id {}\)"
    failed = re.fullmatch(line.format(503, 1, uuid4) + r"; retrying in 0\.50 s", lines[0])
    succeeded = re.fullmatch(line.format(200, 2, uuid4), lines[1])
    assert failed and succeeded
    assert failed[1] == succeeded[1]  # one request id for the whole call


async def test_key_never_in_logs_reprs_or_errors(
    pos: FinalPOS, fake_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, aiohttp, asyncio
    key = fake_server.api_key
    texts: list[str] = [repr(pos), str(pos), repr(pos.with_options(max_retries=1))]
    fake_server.app.faults.add("GET /v1/api/products", status=500)
    fake_server.app.faults.add("GET /v1/api/categories", drop="after")
    fake_server.app.faults.add("GET /v1/api/outlets", truncate=True)
    for call in (pos.products.list, pos.categories.list, pos.outlets.list):
        with pytest.raises(errors.APIError) as caught:
            await call()
        texts += [str(caught.value), repr(caught.value), repr(caught.value.__cause__)]
    raw = await pos.customers.with_raw_response.list()
    texts.append(repr(raw))
    await pos.http_client.aclose()

    texts += [record.getMessage() for record in caplog.records]
    texts.append(caplog.text)
    assert any("GET /v1/api/products -> 500" in text for text in texts)
    assert [text for text in texts if key in text] == []


async def test_missing_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINAL_POS_API_KEY", raising=False)
    with pytest.raises(errors.FinalPOSError, match="FINAL_POS_API_KEY"):
        FinalPOS()
    with pytest.raises(ValueError, match="No API key"):
        FinalPOS(api_key="")


async def test_key_and_base_url_from_environment(
    monkeypatch: pytest.MonkeyPatch, fake_server: FakeServer
) -> None:
    monkeypatch.setenv("FINAL_POS_API_KEY", fake_server.api_key)
    monkeypatch.setenv("FINAL_POS_BASE_URL", fake_server.base_url)
    async with FinalPOS() as pos:
        assert pos.base_url == fake_server.base_url
        assert await pos.products.list() == []

    monkeypatch.delenv("FINAL_POS_BASE_URL")
    async with FinalPOS() as pos:
        assert pos.base_url == "https://api.finalpos.com"


@pytest.mark.parametrize(
    "url",
    ["http://api.finalpos.com", "http://10.0.0.5:8000", "http://example.org/", "ftp://x.org"],
)
async def test_insecure_http_refused_for_remote_hosts(url: str) -> None:
    with pytest.raises(errors.FinalPOSError, match="http"):
        FinalPOS(api_key="secret-key-1", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:80", "https://x.org"]
)
async def test_loopback_http_and_https_accepted(url: str) -> None:
    async with FinalPOS(api_key="k", base_url=url) as pos:
        assert pos.base_url == url


async def test_insecure_http_allowed_when_asked() -> None:
    async with FinalPOS(
        api_key="k", base_url="http://pos.internal:8000/", allow_insecure_http=True
    ) as pos:
        assert pos.base_url == "http://pos.internal:8000"


async def test_refusal_message_has_no_key() -> None:
    with pytest.raises(errors.FinalPOSError) as caught:
        FinalPOS(api_key="secret-key-2", base_url="http://example.org")
    assert "secret-key-2" not in str(caught.value)
