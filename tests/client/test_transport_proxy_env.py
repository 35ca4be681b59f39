"""The aiohttp session consults the proxy environment only when proxies are configured: with
``trust_env`` aiohttp looks the settings up on every request, which halved throughput."""

from __future__ import annotations

import pytest

from final_pos_client._core import _http_client


async def test_without_proxies_the_aiohttp_session_ignores_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    session = _http_client._aiohttp_session()
    try:
        assert session.trust_env is False
    finally:
        await session.close()


async def test_an_explicit_aiohttp_choice_honours_proxy_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    session = _http_client._aiohttp_session()
    try:
        assert session.trust_env is True
    finally:
        await session.close()
