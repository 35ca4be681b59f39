# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.stations`` (tags: Station, Stations), derived from the
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
    StationResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateStationDto,
        UpdateStationDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateStationDtoDict,
        UpdateStationDtoDict,
    )

_parse_create = model_parser(StationResponseDto, "stations.create (StationController_create)")
_parse_get = model_parser(StationResponseDto, "stations.get (StationController_findOne)")
_parse_update = model_parser(StationResponseDto, "stations.update (StationController_update)")
_parse_delete = json_parser("stations.delete (StationController_delete)")
_parse_list = model_list_parser(StationResponseDto, "stations.list (StationsController_findAll)")
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class StationsResource(APIResource):
    """The ``stations`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = StationsResourceWithRawResponse(self)
        self.with_streaming_response = StationsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateStationDto | CreateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StationResponseDto:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/station",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateStationDto),
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
    ) -> StationResponseDto:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/station/{path_segment('id', id)}",
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
        body: UpdateStationDto | UpdateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StationResponseDto:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/station/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateStationDto),
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
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/station/{path_segment('id', id)}",
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
    ) -> Page[StationResponseDto]:
        """Get all stations

        Lists stations as a plain array, paged with skip/limit.

        ``GET /v1/api/stations`` (StationsController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/stations",
            _parse_list,
            params=checked_query(
                "stations.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=StationResponseDto.from_dict,
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
    ) -> AsyncIterator[StationResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/stations",
            _parse_list,
            params=checked_query(
                "stations.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class StationsResourceWithRawResponse:
    """``stations`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: StationsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class StationsResourceWithStreamingResponse:
    """``stations`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: StationsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
