# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.custom_table_data`` (tags: Custom Table: content, Custom Tables: content), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from .._core._base_client import BaseClient
from .._core._not_given import NOT_GIVEN, NotGiven
from .._core._pagination import Page, check_page_size
from .._core._path import path_segment
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
    model_parser,
)
from ..models import (
    CustomTableDataRow,
)

_parse_get = model_parser(
    CustomTableDataRow, "custom_table_data.get (CustomTableDataController_findOne)"
)
_parse_list = model_list_parser(
    CustomTableDataRow, "custom_table_data.list (CustomTableDataController_findAll)"
)
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class CustomTableDataResource(APIResource):
    """The ``custom_table_data`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = CustomTableDataResourceWithRawResponse(self)
        self.with_streaming_response = CustomTableDataResourceWithStreamingResponse(self)

    async def get(
        self,
        table_name: str,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableDataRow:
        """Get a single row from a custom table

        Returns one row of a custom table addressed by table name, presumably with its cell
        values resolved (inferred).

        ``GET /v1/api/custom-table-data/{tableName}/{id}``
        (CustomTableDataController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}/{path_segment('id', id)}",
            _parse_get,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def list(
        self,
        table_name: str,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableDataRow]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}",
            _parse_list,
            params=checked_query(
                "custom_table_data.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=CustomTableDataRow.from_dict,
        )

    def iterate(
        self,
        table_name: str,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableDataRow]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}",
            _parse_list,
            params=checked_query(
                "custom_table_data.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class CustomTableDataResourceWithRawResponse:
    """``custom_table_data`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "get",
        "list",
    )

    def __init__(self, resource: CustomTableDataResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class CustomTableDataResourceWithStreamingResponse:
    """``custom_table_data`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "get",
        "list",
    )

    def __init__(self, resource: CustomTableDataResource) -> None:
        self.get = to_streamed_response_wrapper(resource.get)
        self.list = to_streamed_response_wrapper(resource.list)
