# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.transactions`` (tags: Transactions), derived from the
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
    TransactionResponseDto,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateTransactionDto,
        UpdateTransactionDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateTransactionDtoDict,
        UpdateTransactionDtoDict,
    )

_parse_create = model_parser(
    TransactionResponseDto, "transactions.create (TransactionsController_create)"
)
_parse_get = model_parser(
    TransactionResponseDto, "transactions.get (TransactionsController_findOne)"
)
_parse_update = model_parser(
    TransactionResponseDto, "transactions.update (TransactionsController_update)"
)
_parse_delete = json_parser("transactions.delete (TransactionsController_delete)")
_parse_list = model_list_parser(
    TransactionResponseDto, "transactions.list (TransactionsController_findAll)"
)
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class TransactionsResource(APIResource):
    """The ``transactions`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = TransactionsResourceWithRawResponse(self)
        self.with_streaming_response = TransactionsResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateTransactionDto | CreateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TransactionResponseDto:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/transactions",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateTransactionDto),
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
    ) -> TransactionResponseDto:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/transactions/{path_segment('id', id)}",
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
        body: UpdateTransactionDto | UpdateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TransactionResponseDto:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/transactions/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateTransactionDto),
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
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/transactions/{path_segment('id', id)}",
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
    ) -> Page[TransactionResponseDto]:
        """Get all transactions

        Lists transactions, paged with skip/limit.

        ``GET /v1/api/transactions`` (TransactionsController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/transactions",
            _parse_list,
            params=checked_query(
                "transactions.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=TransactionResponseDto.from_dict,
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
    ) -> AsyncIterator[TransactionResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/transactions",
            _parse_list,
            params=checked_query(
                "transactions.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class TransactionsResourceWithRawResponse:
    """``transactions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: TransactionsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class TransactionsResourceWithStreamingResponse:
    """``transactions`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: TransactionsResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
