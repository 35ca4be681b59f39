"""``extra_headers`` / ``extra_query`` / ``extra_body`` per call, ``default_headers`` /
``default_query`` per client (and in ``with_options``), as they reach a real socket: through an
injected client and through the one ``FinalPOS`` builds itself, over both transports."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from final_pos_client import FinalPOS
from final_pos_client._core import _http_client
from final_pos_client._core._client_config import ConfigurationError
from final_pos_client._core._http_client import build_http_client
from final_pos_client.errors import ValidationError
from final_pos_client.models import CreateCustomerDto, CreateProductDto

from .conftest import TRANSPORTS
from .recording_server import RecordingServer, recording_server

KEY = "secret-key-for-options"
OWNERS = ("injected", "own")


@pytest.fixture
async def recorder() -> AsyncIterator[RecordingServer]:
    async with recording_server() as server:
        yield server


@pytest.fixture(
    params=[(transport, owner) for transport in TRANSPORTS for owner in OWNERS],
    ids=lambda param: "-".join(param),
)
async def http_client(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[httpx.AsyncClient | None]:
    """An injected client (its own ``build_request`` and ``send``), or ``None``: the client
    ``FinalPOS`` builds itself (``LeanRequestBuilder``, ``TransportShortcut``); over each
    transport."""
    transport, owner = request.param
    if owner == "own":
        monkeypatch.setattr(_http_client, "aiohttp_available", lambda: transport == "aiohttp")
        yield None
        return
    client = build_http_client(httpx.Timeout(10.0), use_aiohttp=transport == "aiohttp")
    yield client
    await client.aclose()


_made: list[FinalPOS] = []


@pytest.fixture(autouse=True)
async def close_made_clients() -> AsyncIterator[None]:
    """Close every ``FinalPOS`` a test made (an injected client stays open for its fixture)."""
    yield
    while _made:
        await _made.pop().aclose()


def make_pos(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, **options: Any
) -> FinalPOS:
    pos = FinalPOS(api_key=KEY, base_url=recorder.base_url, http_client=http_client, **options)
    _made.append(pos)
    return pos


async def test_extra_options_reach_the_wire(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None
) -> None:
    pos = make_pos(recorder, http_client)
    recorder.reply(200, {"id": "c1", "email": "a@b.c", "firstName": "A", "lastName": "B"})

    await pos.customers.create(
        CreateCustomerDto(email="a@b.c", first_name="A", last_name="B"),
        extra_headers={"X-Trace": "t-1"},
        extra_query={"dryRun": "true"},
        extra_body={"loyaltyTier": "gold", "firstName": "Ada"},
    )

    sent = recorder.requests[0]
    assert sent.headers["x-trace"] == "t-1"
    assert sent.headers["x-api-key"] == KEY
    assert sent.query == {"dryRun": "true"}
    assert sent.json() == {
        "email": "a@b.c",
        "firstName": "Ada",  # extra_body wins over the body's own field
        "lastName": "B",
        "loyaltyTier": "gold",
    }


async def test_defaults_go_with_every_request_and_extras_win(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None
) -> None:
    pos = make_pos(
        recorder,
        http_client,
        default_headers={"X-Tenant": "t-a", "X-App": "shop"},
        default_query={"locale": "de", "limit": "7"},
    )
    recorder.reply(200, [])
    recorder.reply(200, [])

    await pos.products.list(limit=10)
    await pos.products.list(extra_headers={"x-tenant": "t-b"}, extra_query={"locale": "fr"})

    first, second = recorder.requests
    assert (first.headers["x-tenant"], first.headers["x-app"]) == ("t-a", "shop")
    assert first.query == {"locale": "de", "limit": "10", "skip": "0"}  # the method's own wins
    assert (second.headers["x-tenant"], second.headers["x-app"]) == ("t-b", "shop")
    assert second.query["locale"] == "fr"


async def test_with_options_replaces_defaults_and_http_client(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None
) -> None:
    pos = make_pos(recorder, http_client, default_headers={"X-Tenant": "t-a"})
    events: list[str] = []

    async def seen(request: httpx.Request) -> None:
        events.append(request.url.path)

    async with httpx.AsyncClient(event_hooks={"request": [seen]}) as other_client:
        copy = pos.with_options(
            default_headers={"X-Tenant": "t-b"}, default_query={"v": "2"}, http_client=other_client
        )
        recorder.reply(200, [])
        await copy.categories.list()
    recorder.reply(200, [])
    await pos.categories.list()

    copied, original = recorder.requests
    assert (copied.headers["x-tenant"], copied.query["v"]) == ("t-b", "2")
    assert events == ["/v1/api/categories"]
    assert original.headers["x-tenant"] == "t-a" and "v" not in original.query
    assert copied.headers["x-api-key"] == original.headers["x-api-key"] == KEY


@pytest.mark.parametrize("name", ["x-api-key", "X-API-Key", " x-api-key "])
async def test_the_api_key_header_cannot_be_replaced(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, name: str
) -> None:
    with pytest.raises(ConfigurationError, match="api_key="):
        make_pos(recorder, http_client, default_headers={name: "other"})
    pos = make_pos(recorder, http_client)
    with pytest.raises(ConfigurationError, match="api_key="):
        pos.with_options(default_headers={name: "other"})
    with pytest.raises(ConfigurationError, match="api_key=") as raised:
        await pos.categories.list(extra_headers={name: "other"})
    assert KEY not in str(raised.value)
    assert recorder.requests == []


async def test_bad_option_types_fail_before_sending(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None
) -> None:
    pos = make_pos(recorder, http_client)
    with pytest.raises(TypeError, match="X-Count"):
        await pos.categories.list(extra_headers={"X-Count": 3})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="extra_body"):
        await pos.categories.list(extra_body=["not", "a", "mapping"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="extra_query"):
        await pos.categories.list(extra_query={1: "x"})  # type: ignore[dict-item]
    assert recorder.requests == []


# What HTTP does not allow in a header (RFC 9110): each refused before anything is sent.
BAD_HEADERS: dict[str, dict[str, str]] = {
    "LF in a value": {"X-Note": "a\nb"},
    "CR LF in a value (header injection)": {"X-Note": "a\r\nX-Injected: 1"},
    "NUL in a value": {"X-Note": "a\x00"},
    "non-ASCII value": {"X-Note": "café"},
    "space in a name": {"X Note": "b"},
    "colon in a name": {"X:Note": "b"},
    "empty name": {"": "b"},
}


@pytest.mark.parametrize("case", BAD_HEADERS)
async def test_malformed_headers_are_refused_before_sending(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, case: str
) -> None:
    headers = BAD_HEADERS[case]
    with pytest.raises(ConfigurationError, match="default_headers"):
        make_pos(recorder, http_client, default_headers=headers)
    pos = make_pos(recorder, http_client)
    with pytest.raises(ConfigurationError, match="default_headers"):
        pos.with_options(default_headers=headers)
    with pytest.raises(ValidationError, match="extra_headers") as raised:
        await pos.categories.list(extra_headers=headers)
    assert "a\r\nX-Injected" not in str(raised.value)  # a value is never echoed
    assert recorder.requests == []


@pytest.mark.parametrize("value", [object(), {"nested": 1}, b"bytes", {1, 2}], ids=repr)
async def test_query_values_other_than_text_and_numbers_are_refused_before_sending(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, value: object
) -> None:
    with pytest.raises(ConfigurationError, match="default_query: parameter 'tag'"):
        make_pos(recorder, http_client, default_query={"tag": value})
    pos = make_pos(recorder, http_client)
    with pytest.raises(ValidationError, match="extra_query: parameter 'tag'"):
        await pos.categories.list(extra_query={"tag": value})
    with pytest.raises(ValidationError, match="extra_query: parameter 'tag'"):
        await pos.categories.list(extra_query={"tag": ["ok", value]})
    assert recorder.requests == []


async def test_request_takes_extra_headers(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None
) -> None:
    pos = make_pos(recorder, http_client)
    recorder.reply(200, {"_id": "r1", "name": "x"})
    await pos.request("GET", "/v1/api/categories", extra_headers={"X-Debug": "1"})
    assert recorder.requests[0].headers["x-debug"] == "1"


@pytest.mark.parametrize("bad", [object(), httpx.Client(), "http://127.0.0.1:1"], ids=repr)
async def test_an_http_client_that_is_not_an_async_client_is_refused(
    recorder: RecordingServer, bad: object
) -> None:
    with pytest.raises(ConfigurationError, match=r"http_client must be an httpx\.AsyncClient"):
        FinalPOS(api_key=KEY, base_url=recorder.base_url, http_client=bad)  # type: ignore[arg-type]
    pos = make_pos(recorder, None)
    with pytest.raises(ConfigurationError, match=r"http_client must be an httpx\.AsyncClient"):
        pos.with_options(http_client=bad)  # type: ignore[arg-type]


NAN, INF = float("nan"), float("inf")
# A body JSON cannot carry, wherever it comes from, and the place the error names.
UNSENDABLE: dict[str, tuple[Callable[[FinalPOS], Awaitable[object]], str]] = {
    "NaN in a dict body": (
        lambda pos: pos.products.create({"name": "x", "productType": "y", "minPrice": NAN}),
        "CreateProductDto.minPrice",
    ),
    "NaN in a model body": (
        lambda pos: pos.products.create(
            CreateProductDto(name="x", product_type="y", min_price=NAN)
        ),
        "body.minPrice",
    ),
    "an object in a model body": (
        lambda pos: pos.products.create(
            CreateProductDto(name="x", product_type="y", min_price=object())  # type: ignore[arg-type]
        ),
        "body.minPrice",
    ),
    "infinity in extra_body": (
        lambda pos: pos.products.create({"name": "x", "productType": "y"}, extra_body={"k": INF}),
        "body.k",
    ),
    "an object deep in extra_body": (
        lambda pos: pos.products.create(
            {"name": "x", "productType": "y"}, extra_body={"k": [1, {"z": object()}]}
        ),
        "body.k[1].z",
    ),
    "an object as the body of request()": (
        lambda pos: pos.request("POST", "/v1/api/product", json=object()),
        "body",
    ),
}


@pytest.mark.parametrize("case", UNSENDABLE)
async def test_a_body_json_cannot_carry_is_refused_naming_the_place(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, case: str
) -> None:
    call, place = UNSENDABLE[case]
    with pytest.raises(ValidationError, match=re.escape(place)):
        await call(make_pos(recorder, http_client))
    assert recorder.requests == []


@pytest.mark.parametrize("method", ["FOO BAR", "GET\r\n", "", "P0ST"])
async def test_request_refuses_a_method_that_is_not_one(
    recorder: RecordingServer, http_client: httpx.AsyncClient | None, method: str
) -> None:
    with pytest.raises(ValidationError, match="method must be an HTTP method name"):
        await make_pos(recorder, http_client).request(method, "/v1/api/products")
    assert recorder.requests == []
