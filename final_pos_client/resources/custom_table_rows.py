# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.custom_table_rows`` (tags: Custom Table: content, Custom Tables: content), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from .. import models as _models
from .._core._base_client import BaseClient
from .._core._not_given import NOT_GIVEN, NotGiven
from .._core._pagination import Page, check_page_size
from .._core._path import path_segment
from .._core._query_bounds import checked_query
from .._core._request_body import body_json
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
    optional_model_parser,
)
from ..models import (
    CustomTableRowResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateCustomTableRowDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateCustomTableRowDtoDict,
    )

_parse_create = model_parser(
    CustomTableRowResponseDto, "custom_table_rows.create (CustomTableRowController_create)"
)
_parse_get = model_parser(
    CustomTableRowResponseDto, "custom_table_rows.get (CustomTableRowController_findOne)"
)
_parse_delete = optional_model_parser(
    CustomTableRowResponseDto, "custom_table_rows.delete (CustomTableRowController_delete)"
)
_parse_list = model_list_parser(
    CustomTableRowResponseDto, "custom_table_rows.list (CustomTableRowsController_findAll)"
)
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class CustomTableRowsResource(APIResource):
    """The ``custom_table_rows`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = CustomTableRowsResourceWithRawResponse(self)
        self.with_streaming_response = CustomTableRowsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateCustomTableRowDto | CreateCustomTableRowDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto:
        """Create a new custom table: content

        Creates an empty row in a custom table; cell values are stored separately (see
        custom-table-values).

        ``POST /v1/api/custom-table-row`` (CustomTableRowController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/custom-table-row",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateCustomTableRowDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            _parse_get,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto | None:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            _parse_delete,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def list(
        self,
        *,
        table_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableRowResponseDto]:
        """Get all custom tables: content

        Lists custom table rows (metadata only), optionally for one table, paged with
        skip/limit.

        ``GET /v1/api/custom-table-rows`` (CustomTableRowsController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/custom-table-rows",
            _parse_list,
            params=checked_query(
                "custom_table_rows.list",
                _QUERY_BOUNDS_LIST,
                {"tableId": table_id, "skip": skip, "limit": limit},
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=CustomTableRowResponseDto.from_dict,
        )

    def iterate(
        self,
        *,
        table_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableRowResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/custom-table-rows",
            _parse_list,
            params=checked_query(
                "custom_table_rows.list",
                _QUERY_BOUNDS_LIST,
                {"tableId": table_id, "skip": 0, "limit": page_size},
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class CustomTableRowsResourceWithRawResponse:
    """``custom_table_rows`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "delete",
        "list",
    )

    def __init__(self, resource: CustomTableRowsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class CustomTableRowsResourceWithStreamingResponse:
    """``custom_table_rows`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "delete",
        "list",
    )

    def __init__(self, resource: CustomTableRowsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
