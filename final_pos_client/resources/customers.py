# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS.customers`` (tags: Customer, Customers), derived from the
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
    Customer,
)

if TYPE_CHECKING:
    # Request bodies' models: imported on a body's first call (cheap first request).
    from ..models import (
        CreateCustomerDto,
        UpdateCustomerDto,
    )

    # Annotations only: params imports nearly every model (~100 ms).
    from ..params import (
        CreateCustomerDtoDict,
        UpdateCustomerDtoDict,
    )

_parse_create = model_parser(Customer, "customers.create (CustomerController_create)")
_parse_get = model_parser(Customer, "customers.get (CustomerController_findOne)")
_parse_update = model_parser(Customer, "customers.update (CustomerController_update)")
_parse_delete = json_parser("customers.delete (CustomerController_delete)")
_parse_list = model_list_parser(Customer, "customers.list (CustomersController_findAll)")
_QUERY_BOUNDS_LIST = {"skip": {"minimum": 0}, "limit": {"minimum": 0, "maximum": 100}}


class CustomersResource(APIResource):
    """The ``customers`` endpoints."""

    __slots__ = ("with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        super().__init__(client)
        self.with_raw_response = CustomersResourceWithRawResponse(self)
        self.with_streaming_response = CustomersResourceWithStreamingResponse(self)

    async def create(
        self,
        body: CreateCustomerDto | CreateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Customer:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """
        return await self._call(
            "POST",
            "/v1/api/customer",
            _parse_create,
            params=None,
            json=body_json(body, _models.CreateCustomerDto),
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
    ) -> Customer:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """
        return await self._call(
            "GET",
            f"/v1/api/customer/{path_segment('id', id)}",
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
        body: UpdateCustomerDto | UpdateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Customer:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """
        return await self._call(
            "PATCH",
            f"/v1/api/customer/{path_segment('id', id)}",
            _parse_update,
            params=None,
            json=body_json(body, _models.UpdateCustomerDto),
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
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """
        return await self._call(
            "DELETE",
            f"/v1/api/customer/{path_segment('id', id)}",
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
    ) -> Page[Customer]:
        """Get all customers

        Lists the company's customers with skip/limit paging; the response is a bare JSON
        array.

        ``GET /v1/api/customers`` (CustomersController_findAll).

        Returns a ``Page``: a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on.
        """
        return await self._page(
            "GET",
            "/v1/api/customers",
            _parse_list,
            params=checked_query(
                "customers.list", _QUERY_BOUNDS_LIST, {"skip": skip, "limit": limit}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
            item_parser=Customer.from_dict,
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
    ) -> AsyncIterator[Customer]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """
        check_page_size(page_size)  # before the bounds of the other parameters
        return self._iterate(
            "GET",
            "/v1/api/customers",
            _parse_list,
            params=checked_query(
                "customers.list", _QUERY_BOUNDS_LIST, {"skip": 0, "limit": page_size}
            ),
            options=request_options(
                timeout, max_retries, deadline, extra_headers, extra_query, extra_body
            ),
        )


class CustomersResourceWithRawResponse:
    """``customers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: CustomersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)


class CustomersResourceWithStreamingResponse:
    """``customers`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = (
        "create",
        "get",
        "update",
        "delete",
        "list",
    )

    def __init__(self, resource: CustomersResource) -> None:
        self.create = to_streamed_response_wrapper(resource.create)
        self.get = to_streamed_response_wrapper(resource.get)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
