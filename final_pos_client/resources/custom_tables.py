# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.custom_tables`` (tags: Custom Tables: structure), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from .._core._base_client import BaseClient
from .._core._not_given import NOT_GIVEN, NotGiven
from .._core._pagination import Page, check_page_size
from .._core._query_bounds import checked_query
from .._core._request_options import (
    Body,
    DeadlineOption,
    Headers,
    Query,
    TimeoutOption,
    request_options,
)
from .._core._resource import APIResource, to_raw_response_wrapper, to_streamed_response_wrapper
from .._core._response_parsing import (
    model_list_parser,
)
from ..models import (
    CustomTableResponseDto,
)

_parse_list = model_list_parser(
    CustomTableResponseDto, "custom_tables.list (CustomTablesController_findAll)"
)
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class CustomTablesResource(APIResource):
    """The ``custom_tables`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = CustomTablesResourceWithRawResponse(self)
        self.with_streaming_response = CustomTablesResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableResponseDto]:
        """Get all custom tables: structure

        Lists the company's custom table definitions, paged with skip/limit.

        ``GET /v1/api/custom-tables`` (CustomTablesController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/custom-tables",
            _parse_list,
            params=checked_query(
                "custom_tables.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=CustomTableResponseDto.from_dict,
        )

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/custom-tables",
            _parse_list,
            params=checked_query(
                "custom_tables.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class CustomTablesResourceWithRawResponse:
    """``custom_tables`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("list",)

    def __init__(self, resource: CustomTablesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class CustomTablesResourceWithStreamingResponse:
    """``custom_tables`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("list",)

    def __init__(self, resource: CustomTablesResource) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
