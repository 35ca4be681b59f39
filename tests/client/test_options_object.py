"""One frozen ``RequestOptions`` per call, carried by every page a list or ``iterate`` fetches
(seen on the wire by a recording server, over both transports)."""

from __future__ import annotations

import dataclasses

import pytest

from final_pos_client import FinalPOS
from final_pos_client._core._request_options import NO_OPTIONS, RequestOptions, request_options

from .recording_server import RecordingServer


def product(number: int) -> dict[str, object]:
    return {"id": f"p{number}", "name": f"P{number}", "productType": "simple", "fromFinal": False}


def test_a_call_without_options_shares_one_object() -> None:
    assert request_options() is NO_OPTIONS
    given = request_options(max_retries=0, extra_headers={"X-Trace": "t"})
    assert given == RequestOptions(max_retries=0, extra_headers={"X-Trace": "t"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        given.max_retries = 3  # type: ignore[misc]


async def test_next_page_sends_the_first_pages_options(
    recorded: tuple[FinalPOS, RecordingServer],
) -> None:
    pos, server = recorded
    server.reply(200, [product(1), product(2)])
    server.reply(200, [product(3)])
    first = await pos.products.list(
        limit=2, extra_headers={"X-Trace": "t-9"}, extra_query={"tag": "tea"}
    )
    second = await first.next_page()
    assert [p.id for p in second] == ["p3"]
    sent = server.requests
    assert [r.query for r in sent] == [
        {"skip": "0", "limit": "2", "tag": "tea"},
        {"skip": "2", "limit": "2", "tag": "tea"},
    ]
    assert all(r.headers["x-trace"] == "t-9" for r in sent)
    assert len({r.headers["x-request-id"] for r in sent}) == 2  # a page is a call of its own


async def test_iterate_sends_its_options_with_every_page(
    recorded: tuple[FinalPOS, RecordingServer],
) -> None:
    pos, server = recorded
    server.reply(200, [product(1), product(2)])
    server.reply(200, [])
    records = [p.id async for p in pos.products.iterate(page_size=2, extra_query={"tag": "tea"})]
    assert records == ["p1", "p2"]
    assert [r.query for r in server.requests] == [
        {"skip": "0", "limit": "2", "tag": "tea"},
        {"skip": "2", "limit": "2", "tag": "tea"},
    ]


def test_iterate_checks_the_page_size_before_sending(pos: FinalPOS) -> None:
    with pytest.raises(ValueError, match="page_size"):
        pos.products.iterate(page_size=0)
