# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.variants`` (tags: Variant, Variants), derived from the
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
    VariantResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateVariantDto,
        UpdateVariantDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateVariantDtoDict,
        UpdateVariantDtoDict,
    )

_parse_create = model_parser(VariantResponseDto, "variants.create (VariantController_create)")
_parse_get = model_parser(VariantResponseDto, "variants.get (VariantController_findOne)")
_parse_update = model_parser(VariantResponseDto, "variants.update (VariantController_update)")
_parse_delete = json_parser("variants.delete (VariantController_remove)")
_parse_list = model_list_parser(VariantResponseDto, "variants.list (VariantsController_findAll)")
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class VariantsResource(APIResource):
    """The ``variants`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = VariantsResourceWithRawResponse(self)
        self.with_streaming_response = VariantsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateVariantDto | CreateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VariantResponseDto:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/variant",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateVariantDto),
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
    ) -> VariantResponseDto:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/variant/{path_segment('id', id)}",
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
        body: UpdateVariantDto | UpdateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VariantResponseDto:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """
        return await self._call(
            "PUT",
            f"/v1/api/variant/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateVariantDto),
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
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/variant/{path_segment('id', id)}",
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
    ) -> Page[VariantResponseDto]:
        """Get all variants

        Lists the company's variants, paginated with skip/limit.

        ``GET /v1/api/variants`` (VariantsController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/variants",
            _parse_list,
            params=checked_query(
                "variants.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=VariantResponseDto.from_dict,
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
    ) -> AsyncIterator[VariantResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/variants",
            _parse_list,
            params=checked_query(
                "variants.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class VariantsResourceWithRawResponse:
    """``variants`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: VariantsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class VariantsResourceWithStreamingResponse:
    """``variants`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: VariantsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
