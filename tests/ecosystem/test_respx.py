"""respx sees every ``FinalPOS`` call, whichever transport ``FinalPOS`` picked: its default
mocker (httpcore), ``using="httpx"``, ``base_url=`` and the decorator."""

from __future__ import annotations

import httpx
import pytest
import respx

from final_pos_client import errors

from .conftest import UNREACHABLE, MakePOS

PRODUCT = {"id": "a" * 24, "name": "Tea"}


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
async def test_respx_mock_answers_calls(make_pos: MakePOS, using: str) -> None:
    pos = make_pos()
    with respx.mock(using=using) as router:
        route = router.get(f"{UNREACHABLE}/v1/api/products").respond(json=[PRODUCT])
        page = await pos.products.list()
    assert [product.name for product in page] == ["Tea"]
    assert route.call_count == 1
    sent = route.calls.last.request
    assert sent.headers["x-api-key"] == "test-key"
    assert sent.url.params["limit"] == "50"


async def test_respx_base_url_and_status_errors(make_pos: MakePOS) -> None:
    pos = make_pos(max_retries=1)
    with respx.mock(base_url=UNREACHABLE) as router:
        route = router.get("/v1/api/product/missing").mock(
            side_effect=[httpx.Response(503), httpx.Response(404, json={"message": "gone"})]
        )
        with pytest.raises(errors.NotFoundError):
            await pos.products.get("missing")
    assert route.call_count == 2  # the 503 was retried, the 404 is final


async def test_unmocked_route_is_refused_by_respx(make_pos: MakePOS) -> None:
    pos = make_pos(max_retries=0)
    refused = pytest.raises(respx.models.AllMockedAssertionError, match="not mocked")
    with respx.mock(base_url=UNREACHABLE, assert_all_called=False), refused:
        await pos.products.list()


@respx.mock
async def test_respx_decorator(make_pos: MakePOS) -> None:
    route = respx.get(f"{UNREACHABLE}/v1/api/products").respond(json=[])
    assert list(await make_pos().products.list()) == []
    assert route.called
