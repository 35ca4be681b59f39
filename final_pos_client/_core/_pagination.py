# Hand-written: copied from codegen/runtime/_pagination.py by `make regenerate`.
# Edit that file, not this copy.
"""``iterate(page_size=...)``: every record of a skip/limit list, one page request at a time.

The API has no total count: a page shorter than ``limit`` is the last one. N records at page
size P therefore cost ceil(N/P) requests, plus one (an empty page) when N is a multiple of P.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

ItemT = TypeVar("ItemT")

MAX_PAGE_SIZE = 100  # the server answers a larger ``limit`` with 400

# Fetches one page: (skip, limit) -> the records.
PageFetcher = Callable[[int, int], Awaitable[list[ItemT]]]


def check_page_size(page_size: int) -> int:
    """``page_size`` if it is an int in 1..100, else ``ValueError`` (before any request)."""
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be from 1 to {MAX_PAGE_SIZE}, got {page_size}")
    return page_size


def iterate_pages(fetch_page: PageFetcher[ItemT], page_size: int) -> AsyncIterator[ItemT]:
    """Validate ``page_size`` now; lazily yield the records of page after page."""
    check_page_size(page_size)
    return _pages(fetch_page, page_size)


async def _pages(fetch_page: PageFetcher[ItemT], page_size: int) -> AsyncIterator[ItemT]:
    skip = 0
    while True:
        page = await fetch_page(skip, page_size)
        for item in page:
            yield item
        if len(page) < page_size:
            return
        skip += page_size
