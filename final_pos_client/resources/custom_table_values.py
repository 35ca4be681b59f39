# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.custom_table_values`` (tags: Custom Table: content, Custom Tables: content), derived from the
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
)
from ..models import (
    CustomTableValueResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateCustomTableValueDto,
        UpdateCustomTableValueDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateCustomTableValueDtoDict,
        UpdateCustomTableValueDtoDict,
    )

_parse_create = model_parser(
    CustomTableValueResponseDto, "custom_table_values.create (CustomTableValueController_create)"
)
_parse_update = model_parser(
    CustomTableValueResponseDto, "custom_table_values.update (CustomTableValueController_update)"
)
_parse_list = model_list_parser(
    CustomTableValueResponseDto, "custom_table_values.list (CustomTableValuesController_findAll)"
)
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class CustomTableValuesResource(APIResource):
    """The ``custom_table_values`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = CustomTableValuesResourceWithRawResponse(self)
        self.with_streaming_response = CustomTableValuesResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateCustomTableValueDto | CreateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableValueResponseDto:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/custom-table-value",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateCustomTableValueDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto | UpdateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableValueResponseDto:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/custom-table-value/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateCustomTableValueDto),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def list(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableValueResponseDto]:
        """Get all custom tables: content

        Lists stored cell values, filterable by table and by row, paged with skip/limit.

        ``GET /v1/api/custom-table-values`` (CustomTableValuesController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/custom-table-values",
            _parse_list,
            params=checked_query(
                "custom_table_values.list",
                _QUERY_BOUNDS_LIST,
                {"tableId": table_id, "rowId": row_id, "skip": skip, "limit": limit},
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=CustomTableValueResponseDto.from_dict,
        )

    def iterate(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableValueResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/custom-table-values",
            _parse_list,
            params=checked_query(
                "custom_table_values.list",
                _QUERY_BOUNDS_LIST,
                {"tableId": table_id, "rowId": row_id, "skip": 0, "limit": page_size},
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class CustomTableValuesResourceWithRawResponse:
    """``custom_table_values`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "update",
        "list",
    )

    def __init__(self, resource: CustomTableValuesResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.list = to_raw_response_wrapper(resource.list)


class CustomTableValuesResourceWithStreamingResponse:
    """``custom_table_values`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "update",
        "list",
    )

    def __init__(self, resource: CustomTableValuesResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.update = to_streamed_response_wrapper(resource.update)
        self.list = to_streamed_response_wrapper(resource.list)
