"""Path parameters stay in their segment: every generated method refuses empty, ``.`` and ``..``
and a value that is not text (``None``, a bool, bytes, ...) before sending (``ValidationError``,
also a ``ValueError``, naming the parameter); any other value is one encoded segment."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from final_pos_client import FinalPOS, _client
from final_pos_client._core._path import path_segment
from final_pos_client.errors import ValidationError

REFUSED = ("", ".", "..")
# Not text: str() would send "None", "True", "b'id'"... as if they were ids.
NOT_TEXT: tuple[object, ...] = (None, True, 1.5, b"6650a1b2c3d4e5f6a7b8c9d0", object())


def path_methods(pos: FinalPOS) -> Iterator[tuple[str, Callable[..., Any], list[str]]]:
    """(name, bound method, its path parameters) for every resource method taking any,
    plain and ``with_raw_response``, read from the client itself."""
    for attribute in _client._RESOURCES:
        resource = getattr(pos, attribute)
        for owner, prefix in ((resource, ""), (resource.with_raw_response, "with_raw_response.")):
            for name, method in inspect.getmembers(owner, inspect.iscoroutinefunction):
                if name.startswith("_"):
                    continue
                parameters = inspect.signature(method).parameters.values()
                positional = [
                    p.name
                    for p in parameters
                    if p.kind is p.POSITIONAL_OR_KEYWORD and p.name != "body"
                ]
                if positional:
                    yield f"{attribute}.{prefix}{name}", method, positional


def recording_client() -> tuple[FinalPOS, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    http_client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return FinalPOS(api_key="k", base_url="https://api.test", http_client=http_client), sent


async def test_every_method_with_a_path_parameter_refuses_dot_segments() -> None:
    pos, sent = recording_client()
    methods = list(path_methods(pos))
    assert methods  # the description has resources addressed by id
    checked = 0
    for label, method, names in methods:
        signature = inspect.signature(method)
        for name in names:
            for bad in (*REFUSED, *NOT_TEXT):
                arguments: dict[str, object] = dict.fromkeys(names, "6650a1b2c3d4e5f6a7b8c9d0")
                arguments[name] = bad
                if "body" in signature.parameters:
                    arguments["body"] = None  # never reached: the path is built first
                for option in signature.parameters.values():
                    if option.kind is option.KEYWORD_ONLY and option.default is option.empty:
                        arguments[option.name] = "x"  # a required query parameter
                with pytest.raises(ValidationError, match=f"path parameter '{name}'") as caught:
                    await method(**arguments)
                shown = repr(bad) if isinstance(bad, str) else type(bad).__name__
                assert shown in str(caught.value), label
                checked += 1
    assert sent == []
    assert checked >= (len(REFUSED) + len(NOT_TEXT)) * len(methods)
    await pos.http_client.aclose()


async def test_a_normal_id_is_sent_as_one_segment() -> None:
    pos, sent = recording_client()
    await pos.products.with_raw_response.get("a/../b?c#d")
    assert sent[0].url.raw_path == b"/v1/api/product/a%2F..%2Fb%3Fc%23d"
    await pos.http_client.aclose()


def test_a_lone_surrogate_is_refused_naming_the_parameter() -> None:
    with pytest.raises(ValueError, match="'table_name'"):
        path_segment("table_name", "loyalty\ud800")


@settings(deadline=None)  # a loaded machine must not fail a correctness check
@given(st.text())
def test_any_other_value_is_exactly_one_encoded_segment(value: str) -> None:
    if value in REFUSED:
        with pytest.raises(ValueError, match="'id'"):
            path_segment("id", value)
        return
    segment = path_segment("id", value)
    assert "/" not in segment and "?" not in segment and "#" not in segment
    assert segment not in REFUSED
    assert unquote(segment, errors="surrogatepass") == value
    url = httpx.URL(f"https://api.test/v1/api/product/{segment}")
    assert url.raw_path.split(b"/")[:4] == [b"", b"v1", b"api", b"product"]
    assert len(url.raw_path.split(b"/")) == 5
