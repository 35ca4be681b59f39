"""``LeanRequestBuilder`` must build exactly the request ``AsyncClient.build_request`` builds
(method, URL, headers in order, body, extensions), for any path, query, body and headers, and
step aside for what it does not handle itself. Units: no request is sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from final_pos_client import FinalPOS
from final_pos_client._core._path import path_segment
from final_pos_client._core._request_build import LeanRequestBuilder

BASES = ["https://api.example.com", "http://127.0.0.1:8080", "https://Example.COM/prefix/v"]
SDK_HEADERS = {"User-Agent": "final-pos-client/test", "x-api-key": "secret-key"}


def _same_as_build_request(
    client: httpx.AsyncClient,
    base: str,
    path: str,
    *,
    method: str = "GET",
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    headers: Mapping[str, str] = SDK_HEADERS,
    timeout: httpx.Timeout | Any = httpx.USE_CLIENT_DEFAULT,
) -> httpx.Request:
    expected = client.build_request(
        method, base + path, params=params, json=json, headers=headers, timeout=timeout
    )
    built = LeanRequestBuilder(client)(
        method, base, path, params=params, json=json, headers=headers, timeout=timeout
    )
    assert built.method == expected.method
    assert str(built.url) == str(expected.url)
    assert built.url.raw_path == expected.url.raw_path
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content
    assert built.extensions == expected.extensions
    return built


text = st.text(st.characters(codec="utf-8"), max_size=12)
segments = st.lists(text.filter(lambda value: value not in ("", ".", "..")), max_size=4)
raw_paths = st.text(st.sampled_from(list("/abc.%2F~!$&'()*+,;=:@ ?#[]\\é")), max_size=20).map(
    lambda value: "/" + value
)
params = st.dictionaries(
    st.text(max_size=6),
    st.one_of(
        text, st.integers(), st.booleans(), st.lists(st.one_of(text, st.integers()), max_size=3)
    ),
    max_size=4,
)
bodies = st.one_of(
    st.none(), st.dictionaries(st.text(max_size=6), st.one_of(text, st.integers()), max_size=4)
)


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(BASES),
    parts=segments,
    query=params,
    body=bodies,
    method=st.sampled_from(["GET", "POST", "PATCH", "DELETE"]),
)
def test_a_resource_request_is_the_one_build_request_makes(
    base: str, parts: list[str], query: dict[str, Any], body: Any, method: str
) -> None:
    path = "/v1/api/things" + "".join("/" + path_segment("id", part) for part in parts)
    client = httpx.AsyncClient(timeout=12.5)

    _same_as_build_request(client, base, path, method=method, params=query, json=body)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(BASES), path=raw_paths)
def test_any_path_a_user_passes_gives_the_same_request(base: str, path: str) -> None:
    # FinalPOS.request() takes any path: what httpx would normalise or encode is left to it.
    _same_as_build_request(httpx.AsyncClient(), base, path)


def test_call_headers_timeouts_and_client_settings_are_applied_as_build_request_does() -> None:
    client = httpx.AsyncClient(timeout=5.0)
    base, path = BASES[0], "/v1/api/products"
    extra = httpx.Headers({**SDK_HEADERS, "X-Trace": "t1", "accept": "application/json"})

    _same_as_build_request(client, base, path, headers=extra)
    _same_as_build_request(client, base, path, timeout=httpx.Timeout(1.0, read=7.0))
    # Whoever holds the client may change it between calls: each change is picked up.
    client.headers["X-Added"] = "yes"
    assert _same_as_build_request(client, base, path).headers["X-Added"] == "yes"
    client.timeout = httpx.Timeout(9.0)
    _same_as_build_request(client, base, path)
    client.cookies.set("session", "abc")
    assert _same_as_build_request(client, base, path).headers["Cookie"] == "session=abc"
    client.params = httpx.QueryParams({"tenant": "t"})
    assert _same_as_build_request(client, base, path).url.query == b"tenant=t"


def test_a_base_url_with_a_query_is_joined_as_build_request_joins_it() -> None:
    _same_as_build_request(httpx.AsyncClient(), "https://api.example.com/p?x=1", "/v1/api/x")


def test_the_cached_parts_are_not_shared_between_requests() -> None:
    builder = LeanRequestBuilder(httpx.AsyncClient())

    def build() -> httpx.Request:
        return builder(
            "GET",
            BASES[0],
            "/a",
            params=None,
            json=None,
            headers=SDK_HEADERS,
            timeout=httpx.USE_CLIENT_DEFAULT,
        )

    first = build()
    first.headers["X-Mutated"] = "1"
    first.extensions["trace"] = object()
    second = build()
    assert "X-Mutated" not in second.headers
    assert "trace" not in second.extensions


@pytest.mark.parametrize("injected", [False, True])
async def test_only_the_sdks_own_client_takes_the_lean_builder(injected: bool) -> None:
    http_client = httpx.AsyncClient() if injected else None
    async with FinalPOS(api_key="secret-key", base_url=BASES[0], http_client=http_client) as pos:
        assert isinstance(pos._build_request, LeanRequestBuilder) is not injected
        copy = pos.with_options(http_client=httpx.AsyncClient())
        assert not isinstance(copy._build_request, LeanRequestBuilder)
    if http_client is not None:
        await http_client.aclose()
