"""pytest-httpx's ``httpx_mock`` answers ``FinalPOS`` calls on both transports; installed, the
plugin changes nothing for tests that do not ask for the fixture."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from final_pos_client import errors
from final_pos_fake import FakeServer

from .conftest import UNREACHABLE, MakePOS


async def test_httpx_mock_answers_calls(httpx_mock: HTTPXMock, make_pos: MakePOS) -> None:
    httpx_mock.add_response(
        url=f"{UNREACHABLE}/v1/api/products?skip=0&limit=50", json=[{"id": "b" * 24, "name": "Tea"}]
    )
    page = await make_pos().products.list()
    assert [product.id for product in page] == ["b" * 24]
    [sent] = httpx_mock.get_requests()
    assert sent.headers["x-api-key"] == "test-key"


async def test_httpx_mock_statuses_reach_the_retry_policy(
    httpx_mock: HTTPXMock, make_pos: MakePOS
) -> None:
    url = f"{UNREACHABLE}/v1/api/product/x"
    httpx_mock.add_response(url=url, status_code=503)
    httpx_mock.add_response(url=url, status_code=404, json={"message": "no"})
    with pytest.raises(errors.NotFoundError):
        await make_pos(max_retries=1).products.get("x")
    assert len(httpx_mock.get_requests()) == 2


async def test_without_the_fixture_requests_go_out(
    fake_server: FakeServer, make_pos: MakePOS
) -> None:
    pos = make_pos(base_url=fake_server.base_url, api_key=fake_server.api_key)
    assert list(await pos.products.list()) == []
    assert fake_server.app.log.count("GET", "/v1/api/products") == 1
