"""Pages of a skip/limit list: ``list(...)`` returns a ``Page``, ``iterate(...)`` walks pages.

The API has no total count: a full page (``limit`` records) may have more after it, a shorter
one is the last. N records at page size P therefore cost ceil(N/P) requests, plus one (an
empty page) when N is a multiple of P. Every walk over pages goes through ``Page.iter_pages``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TypeVar

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")

MAX_PAGE_SIZE = 100  # the server answers a larger ``limit`` with 400

# Fetches one page: (skip, limit) -> the page.
PageFetcher = Callable[[int, int], Awaitable["Page[ItemT]"]]


class Page(list[ItemT]):
    """The records of one list call (it is a ``list``), and the way to the following ones.

    ``has_next_page()`` is true when the page is full; ``await page.next_page()`` fetches the
    next with the same filters and options; ``async for record in page`` yields every record
    from this page on, fetching the following pages lazily.
    """

    __slots__ = ("_fetch", "limit", "skip")

    def __init__(
        self, items: Iterable[ItemT], *, fetch: PageFetcher[ItemT], skip: int, limit: int
    ) -> None:
        super().__init__(items)
        self._fetch = fetch
        self.skip = skip
        self.limit = limit

    def has_next_page(self) -> bool:
        """Whether more records may follow (the page is full; the API sends no total)."""
        return self.limit > 0 and len(self) >= self.limit

    async def next_page(self) -> Page[ItemT]:
        """The following page; ``LookupError`` when ``has_next_page()`` is false."""
        if not self.has_next_page():
            raise LookupError("no next page: this page is the last (check has_next_page())")
        return await self._fetch(self.skip + len(self), self.limit)

    async def iter_pages(self) -> AsyncIterator[Page[ItemT]]:
        """This page, then each following page until a page that is not full."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            if not page:
                return
            yield page

    async def _records(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._records()

    def __repr__(self) -> str:
        return f"Page(skip={self.skip}, limit={self.limit}, {list.__repr__(self)})"


def page_parser(
    parse: Callable[[ResponseT], list[ItemT]],
    fetch: PageFetcher[ItemT],
    *,
    skip: int,
    limit: int,
) -> Callable[[ResponseT], Page[ItemT]]:
    """A response parser building the ``Page`` of a list call from its records."""

    def parse_page(response: ResponseT) -> Page[ItemT]:
        return Page(parse(response), fetch=fetch, skip=skip, limit=limit)

    return parse_page


def check_page_size(page_size: int) -> int:
    """``page_size`` if it is an int in 1..100, else ``ValueError`` (before any request)."""
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be from 1 to {MAX_PAGE_SIZE}, got {page_size}")
    return page_size


def iterate_pages(
    fetch_page: Callable[[int, int], Awaitable[list[ItemT]]], page_size: int
) -> AsyncIterator[ItemT]:
    """Validate ``page_size`` now; lazily yield the records of page after page.

    ``fetch_page`` may return a ``Page`` (the resources' ``list``) or a plain list of records.
    """
    check_page_size(page_size)

    async def fetch(skip: int, limit: int) -> Page[ItemT]:
        records = await fetch_page(skip, limit)
        if isinstance(records, Page):
            return records
        return Page(records, fetch=fetch, skip=skip, limit=limit)

    return _records_from_start(fetch, page_size)


async def _records_from_start(
    fetch_page: PageFetcher[ItemT], page_size: int
) -> AsyncIterator[ItemT]:
    first = await fetch_page(0, page_size)
    async for item in first:
        yield item
