# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.outlets`` (tags: Outlet, Outlets), derived from the
description's operationIds (``codegen/client_operations.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

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
    json_parser,
    model_list_parser,
    model_parser,
)
from ..models import (
    OutletResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateOutletDto,
        UpdateOutletDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateOutletDtoDict,
        UpdateOutletDtoDict,
    )

_parse_create = model_parser(OutletResponseDto, "outlets.create (OutletController_create)")
_parse_get = model_parser(OutletResponseDto, "outlets.get (OutletController_findOne)")
_parse_update = model_parser(OutletResponseDto, "outlets.update (OutletController_update)")
_parse_delete = json_parser("outlets.delete (OutletController_delete)")
_parse_list = model_list_parser(OutletResponseDto, "outlets.list (OutletsController_findAll)")
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class OutletsResource(APIResource):
    """The ``outlets`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = OutletsResourceWithRawResponse(self)
        self.with_streaming_response = OutletsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateOutletDto | CreateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OutletResponseDto:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/outlet",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateOutletDto),
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
    ) -> OutletResponseDto:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/outlet/{path_segment('id', id)}",
            _parse_get,
            params=None,
            json=None,
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )

    async def update(
        self,
        id: str,
        body: UpdateOutletDto | UpdateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OutletResponseDto:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/outlet/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateOutletDto),
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
    ) -> Any:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/outlet/{path_segment('id', id)}",
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
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[OutletResponseDto]:
        """Get all outlets

        Lists outlets as a plain array, paged with skip/limit.

        ``GET /v1/api/outlets`` (OutletsController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/outlets",
            _parse_list,
            params=checked_query(
                "outlets.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=OutletResponseDto.from_dict,
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
    ) -> AsyncIterator[OutletResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/outlets",
            _parse_list,
            params=checked_query(
                "outlets.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class OutletsResourceWithRawResponse:
    """``outlets`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: OutletsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class OutletsResourceWithStreamingResponse:
    """``outlets`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: OutletsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
