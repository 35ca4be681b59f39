# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``: one class per API resource, derived from the description's
operationIds (``codegen/client_operations.py``). Every call goes through ``BaseClient._send``.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import httpx

from ._base_client import BaseClient, TimeoutOption
from ._not_given import NOT_GIVEN, NotGiven
from ._pagination import Page, iterate_pages
from ._raw_response import RawResponse
from ._request_body import body_json
from ._request_options import Body, Headers, Query
from ._response_parsing import json_parser, model_list_parser, model_parser
from ._streaming import StreamedCall, json_item
from .models import (
    AccountResponseDto,
    AttachmentResponseDto,
    CategoryResponseDto,
    CreateAccountDto,
    CreateAttachmentDto,
    CreateCategoryDto,
    CreateCustomerDto,
    CreateCustomTableRowDto,
    CreateCustomTableValueDto,
    CreateOrderDto,
    CreateOutletDto,
    CreateProductDto,
    CreateRefundDto,
    CreateRoleDto,
    CreateSessionDto,
    CreateStationDto,
    CreateTransactionDto,
    CreateVariantDto,
    CreateZapierTriggerDto,
    Customer,
    CustomTableDataRow,
    CustomTableFieldResponseDto,
    CustomTableResponseDto,
    CustomTableRowResponseDto,
    CustomTableValueResponseDto,
    OrderResponseDto,
    OutletResponseDto,
    ProductResponseDto,
    RefundResponseDto,
    RoleResponseDto,
    SessionResponseDto,
    StationResponseDto,
    TransactionResponseDto,
    UpdateAccountDto,
    UpdateCategoryDto,
    UpdateCustomerDto,
    UpdateCustomTableValueDto,
    UpdateOrderDto,
    UpdateOutletDto,
    UpdateProductDto,
    UpdateRefundDto,
    UpdateRoleDto,
    UpdateSessionDto,
    UpdateStationDto,
    UpdateTransactionDto,
    UpdateVariantDto,
    UpdateZapierTriggerDto,
    VariantResponseDto,
)
from .params import (
    CreateAccountDtoDict,
    CreateAttachmentDtoDict,
    CreateCategoryDtoDict,
    CreateCustomerDtoDict,
    CreateCustomTableRowDtoDict,
    CreateCustomTableValueDtoDict,
    CreateOrderDtoDict,
    CreateOutletDtoDict,
    CreateProductDtoDict,
    CreateRefundDtoDict,
    CreateRoleDtoDict,
    CreateSessionDtoDict,
    CreateStationDtoDict,
    CreateTransactionDtoDict,
    CreateVariantDtoDict,
    CreateZapierTriggerDtoDict,
    UpdateAccountDtoDict,
    UpdateCategoryDtoDict,
    UpdateCustomerDtoDict,
    UpdateCustomTableValueDtoDict,
    UpdateOrderDtoDict,
    UpdateOutletDtoDict,
    UpdateProductDtoDict,
    UpdateRefundDtoDict,
    UpdateRoleDtoDict,
    UpdateSessionDtoDict,
    UpdateStationDtoDict,
    UpdateTransactionDtoDict,
    UpdateVariantDtoDict,
    UpdateZapierTriggerDtoDict,
)


def _segment(value: str) -> str:
    """A path parameter, percent-encoded as one path segment."""
    return quote(str(value), safe="")


_parse_accounts_create = model_parser(
    AccountResponseDto, "accounts.create (AccountController_create)"
)
_parse_accounts_get = model_parser(AccountResponseDto, "accounts.get (AccountController_findOne)")
_parse_accounts_update = model_parser(
    AccountResponseDto, "accounts.update (AccountController_update)"
)
_parse_accounts_delete = json_parser("accounts.delete (AccountController_delete)")
_parse_attachments_create = model_parser(
    AttachmentResponseDto, "attachments.create (AttachmentController_create)"
)
_parse_attachments_get = model_parser(
    AttachmentResponseDto, "attachments.get (AttachmentController_findOne)"
)
_parse_categories_create = model_parser(
    CategoryResponseDto, "categories.create (CategoryController_create)"
)
_parse_categories_get = model_parser(
    CategoryResponseDto, "categories.get (CategoryController_findOne)"
)
_parse_categories_update = model_parser(
    CategoryResponseDto, "categories.update (CategoryController_update)"
)
_parse_categories_delete = json_parser("categories.delete (CategoryController_remove)")
_parse_categories_list = model_list_parser(
    CategoryResponseDto, "categories.list (CategoriesController_findAll)"
)
_parse_custom_table_data_get = model_parser(
    CustomTableDataRow, "custom_table_data.get (CustomTableDataController_findOne)"
)
_parse_custom_table_data_list = model_list_parser(
    CustomTableDataRow, "custom_table_data.list (CustomTableDataController_findAll)"
)
_parse_custom_table_fields_list = model_list_parser(
    CustomTableFieldResponseDto, "custom_table_fields.list (CustomTableFieldsController_findAll)"
)
_parse_custom_table_rows_create = model_parser(
    CustomTableRowResponseDto, "custom_table_rows.create (CustomTableRowController_create)"
)
_parse_custom_table_rows_get = model_parser(
    CustomTableRowResponseDto, "custom_table_rows.get (CustomTableRowController_findOne)"
)
_parse_custom_table_rows_delete = model_parser(
    CustomTableRowResponseDto, "custom_table_rows.delete (CustomTableRowController_delete)"
)
_parse_custom_table_rows_list = model_list_parser(
    CustomTableRowResponseDto, "custom_table_rows.list (CustomTableRowsController_findAll)"
)
_parse_custom_table_values_create = model_parser(
    CustomTableValueResponseDto, "custom_table_values.create (CustomTableValueController_create)"
)
_parse_custom_table_values_update = model_parser(
    CustomTableValueResponseDto, "custom_table_values.update (CustomTableValueController_update)"
)
_parse_custom_table_values_list = model_list_parser(
    CustomTableValueResponseDto, "custom_table_values.list (CustomTableValuesController_findAll)"
)
_parse_custom_tables_list = model_list_parser(
    CustomTableResponseDto, "custom_tables.list (CustomTablesController_findAll)"
)
_parse_customers_create = model_parser(Customer, "customers.create (CustomerController_create)")
_parse_customers_get = model_parser(Customer, "customers.get (CustomerController_findOne)")
_parse_customers_update = model_parser(Customer, "customers.update (CustomerController_update)")
_parse_customers_delete = json_parser("customers.delete (CustomerController_delete)")
_parse_customers_list = model_list_parser(Customer, "customers.list (CustomersController_findAll)")
_parse_orders_create = model_parser(OrderResponseDto, "orders.create (OrderController_create)")
_parse_orders_get = model_parser(OrderResponseDto, "orders.get (OrderController_findOne)")
_parse_orders_update = model_parser(OrderResponseDto, "orders.update (OrderController_update)")
_parse_orders_delete = json_parser("orders.delete (OrderController_delete)")
_parse_orders_list = model_list_parser(OrderResponseDto, "orders.list (OrdersController_findAll)")
_parse_outlets_create = model_parser(OutletResponseDto, "outlets.create (OutletController_create)")
_parse_outlets_get = model_parser(OutletResponseDto, "outlets.get (OutletController_findOne)")
_parse_outlets_update = model_parser(OutletResponseDto, "outlets.update (OutletController_update)")
_parse_outlets_delete = json_parser("outlets.delete (OutletController_delete)")
_parse_outlets_list = model_list_parser(
    OutletResponseDto, "outlets.list (OutletsController_findAll)"
)
_parse_products_create = model_parser(
    ProductResponseDto, "products.create (ProductController_create)"
)
_parse_products_get = model_parser(ProductResponseDto, "products.get (ProductController_findOne)")
_parse_products_update = model_parser(
    ProductResponseDto, "products.update (ProductController_update)"
)
_parse_products_delete = json_parser("products.delete (ProductController_remove)")
_parse_products_list = model_list_parser(
    ProductResponseDto, "products.list (ProductsController_findAll)"
)
_parse_refunds_create = model_parser(RefundResponseDto, "refunds.create (RefundsController_create)")
_parse_refunds_get = model_parser(RefundResponseDto, "refunds.get (RefundsController_findOne)")
_parse_refunds_update = model_parser(RefundResponseDto, "refunds.update (RefundsController_update)")
_parse_refunds_delete = json_parser("refunds.delete (RefundsController_delete)")
_parse_refunds_list = model_list_parser(
    RefundResponseDto, "refunds.list (RefundsController_findAll)"
)
_parse_roles_create = model_parser(RoleResponseDto, "roles.create (RolesController_create)")
_parse_roles_get = model_parser(RoleResponseDto, "roles.get (RolesController_findOne)")
_parse_roles_update = model_parser(RoleResponseDto, "roles.update (RolesController_update)")
_parse_sessions_create = model_parser(
    SessionResponseDto, "sessions.create (SessionController_create)"
)
_parse_sessions_update = model_parser(
    SessionResponseDto, "sessions.update (SessionController_update)"
)
_parse_stations_create = model_parser(
    StationResponseDto, "stations.create (StationController_create)"
)
_parse_stations_get = model_parser(StationResponseDto, "stations.get (StationController_findOne)")
_parse_stations_update = model_parser(
    StationResponseDto, "stations.update (StationController_update)"
)
_parse_stations_delete = json_parser("stations.delete (StationController_delete)")
_parse_stations_list = model_list_parser(
    StationResponseDto, "stations.list (StationsController_findAll)"
)
_parse_transactions_create = model_parser(
    TransactionResponseDto, "transactions.create (TransactionsController_create)"
)
_parse_transactions_get = model_parser(
    TransactionResponseDto, "transactions.get (TransactionsController_findOne)"
)
_parse_transactions_update = model_parser(
    TransactionResponseDto, "transactions.update (TransactionsController_update)"
)
_parse_transactions_delete = json_parser("transactions.delete (TransactionsController_delete)")
_parse_transactions_list = model_list_parser(
    TransactionResponseDto, "transactions.list (TransactionsController_findAll)"
)
_parse_variants_create = model_parser(
    VariantResponseDto, "variants.create (VariantController_create)"
)
_parse_variants_get = model_parser(VariantResponseDto, "variants.get (VariantController_findOne)")
_parse_variants_update = model_parser(
    VariantResponseDto, "variants.update (VariantController_update)"
)
_parse_variants_delete = json_parser("variants.delete (VariantController_remove)")
_parse_variants_list = model_list_parser(
    VariantResponseDto, "variants.list (VariantsController_findAll)"
)
_parse_zapier_triggers_create = json_parser(
    "zapier_triggers.create (ZapierTriggersController_create)"
)
_parse_zapier_triggers_update = json_parser(
    "zapier_triggers.update (ZapierTriggersController_update)"
)


class AccountsResourceWithRawResponse:
    """``accounts`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateAccountDto | CreateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[AccountResponseDto]:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/account",
            params=None,
            json=body_json(body, CreateAccountDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_accounts_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[AccountResponseDto]:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_accounts_get)

    async def update(
        self,
        id: str,
        body: UpdateAccountDto | UpdateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[AccountResponseDto]:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateAccountDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_accounts_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_accounts_delete)


class AccountsResourceWithStreamingResponse:
    """``accounts`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateAccountDto | CreateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[AccountResponseDto, Any]:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/account",
                params=None,
                json=body_json(body, CreateAccountDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_accounts_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[AccountResponseDto, Any]:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/account/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_accounts_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateAccountDto | UpdateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[AccountResponseDto, Any]:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/account/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateAccountDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_accounts_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/account/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_accounts_delete, json_item)


class AccountsResource:
    """The ``accounts`` endpoints (tags: Account)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = AccountsResourceWithRawResponse(client)
        self.with_streaming_response = AccountsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateAccountDto | CreateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountResponseDto:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/account",
            params=None,
            json=body_json(body, CreateAccountDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_accounts_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountResponseDto:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_accounts_get(response)

    async def update(
        self,
        id: str,
        body: UpdateAccountDto | UpdateAccountDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AccountResponseDto:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateAccountDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_accounts_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/account/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_accounts_delete(response)


class AttachmentsResourceWithRawResponse:
    """``attachments`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateAttachmentDto | CreateAttachmentDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[AttachmentResponseDto]:
        """Create a new attachment

        Registers an already uploaded file (URLs and storage path) as an attachment record;
        no file upload happens here.

        ``POST /v1/api/attachment`` (AttachmentController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/attachment",
            params=None,
            json=body_json(body, CreateAttachmentDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_attachments_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[AttachmentResponseDto]:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/attachment/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_attachments_get)


class AttachmentsResourceWithStreamingResponse:
    """``attachments`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateAttachmentDto | CreateAttachmentDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[AttachmentResponseDto, Any]:
        """Create a new attachment

        Registers an already uploaded file (URLs and storage path) as an attachment record;
        no file upload happens here.

        ``POST /v1/api/attachment`` (AttachmentController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/attachment",
                params=None,
                json=body_json(body, CreateAttachmentDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_attachments_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[AttachmentResponseDto, Any]:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/attachment/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_attachments_get, json_item)


class AttachmentsResource:
    """The ``attachments`` endpoints (tags: Attachment)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = AttachmentsResourceWithRawResponse(client)
        self.with_streaming_response = AttachmentsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateAttachmentDto | CreateAttachmentDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AttachmentResponseDto:
        """Create a new attachment

        Registers an already uploaded file (URLs and storage path) as an attachment record;
        no file upload happens here.

        ``POST /v1/api/attachment`` (AttachmentController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/attachment",
            params=None,
            json=body_json(body, CreateAttachmentDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_attachments_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AttachmentResponseDto:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/attachment/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_attachments_get(response)


class CategoriesResourceWithRawResponse:
    """``categories`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCategoryDto | CreateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CategoryResponseDto]:
        """Create a new category

        Creates a product category (optionally nested under a parent category).

        ``POST /v1/api/category`` (CategoryController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/category",
            params=None,
            json=body_json(body, CreateCategoryDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_categories_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CategoryResponseDto]:
        """Get a category by ID

        Returns a single category by its ID.

        ``GET /v1/api/category/{id}`` (CategoryController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_categories_get)

    async def update(
        self,
        id: str,
        body: UpdateCategoryDto | UpdateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CategoryResponseDto]:
        """Update a category by ID

        Updates an existing category; every body field is optional.

        ``PUT /v1/api/category/{id}`` (CategoryController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCategoryDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_categories_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a category by ID

        Deletes a category by its ID.

        ``DELETE /v1/api/category/{id}`` (CategoryController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_categories_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CategoryResponseDto]]:
        """Get all categories

        Lists the company's categories, paginated with skip/limit.

        ``GET /v1/api/categories`` (CategoriesController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/categories",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_categories_list)


class CategoriesResourceWithStreamingResponse:
    """``categories`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateCategoryDto | CreateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CategoryResponseDto, Any]:
        """Create a new category

        Creates a product category (optionally nested under a parent category).

        ``POST /v1/api/category`` (CategoryController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/category",
                params=None,
                json=body_json(body, CreateCategoryDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_categories_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CategoryResponseDto, Any]:
        """Get a category by ID

        Returns a single category by its ID.

        ``GET /v1/api/category/{id}`` (CategoryController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/category/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_categories_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateCategoryDto | UpdateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CategoryResponseDto, Any]:
        """Update a category by ID

        Updates an existing category; every body field is optional.

        ``PUT /v1/api/category/{id}`` (CategoryController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PUT",
                f"/v1/api/category/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateCategoryDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_categories_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a category by ID

        Deletes a category by its ID.

        ``DELETE /v1/api/category/{id}`` (CategoryController_remove).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/category/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_categories_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CategoryResponseDto], CategoryResponseDto]:
        """Get all categories

        Lists the company's categories, paginated with skip/limit.

        ``GET /v1/api/categories`` (CategoriesController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/categories",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_categories_list, CategoryResponseDto.from_dict)


class CategoriesResource:
    """The ``categories`` endpoints (tags: Category, Categories)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CategoriesResourceWithRawResponse(client)
        self.with_streaming_response = CategoriesResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateCategoryDto | CreateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CategoryResponseDto:
        """Create a new category

        Creates a product category (optionally nested under a parent category).

        ``POST /v1/api/category`` (CategoryController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/category",
            params=None,
            json=body_json(body, CreateCategoryDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_categories_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CategoryResponseDto:
        """Get a category by ID

        Returns a single category by its ID.

        ``GET /v1/api/category/{id}`` (CategoryController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_categories_get(response)

    async def update(
        self,
        id: str,
        body: UpdateCategoryDto | UpdateCategoryDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CategoryResponseDto:
        """Update a category by ID

        Updates an existing category; every body field is optional.

        ``PUT /v1/api/category/{id}`` (CategoryController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCategoryDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_categories_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a category by ID

        Deletes a category by its ID.

        ``DELETE /v1/api/category/{id}`` (CategoryController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/category/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_categories_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CategoryResponseDto]:
        """Get all categories

        Lists the company's categories, paginated with skip/limit.

        ``GET /v1/api/categories`` (CategoriesController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/categories",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CategoryResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_categories_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CategoryResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CategoryResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableDataResourceWithRawResponse:
    """``custom_table_data`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def get(
        self,
        table_name: str,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableDataRow]:
        """Get a single row from a custom table

        Returns one row of a custom table addressed by table name, presumably with its cell
        values resolved (inferred).

        ``GET /v1/api/custom-table-data/{tableName}/{id}``
        (CustomTableDataController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{_segment(table_name)}/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_data_get)

    async def list(
        self,
        table_name: str,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CustomTableDataRow]]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{_segment(table_name)}",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_data_list)


class CustomTableDataResourceWithStreamingResponse:
    """``custom_table_data`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get(
        self,
        table_name: str,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableDataRow, Any]:
        """Get a single row from a custom table

        Returns one row of a custom table addressed by table name, presumably with its cell
        values resolved (inferred).

        ``GET /v1/api/custom-table-data/{tableName}/{id}``
        (CustomTableDataController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/custom-table-data/{_segment(table_name)}/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_data_get, json_item)

    def list(
        self,
        table_name: str,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CustomTableDataRow], CustomTableDataRow]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/custom-table-data/{_segment(table_name)}",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_data_list, CustomTableDataRow.from_dict)


class CustomTableDataResource:
    """The ``custom_table_data`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableDataResourceWithRawResponse(client)
        self.with_streaming_response = CustomTableDataResourceWithStreamingResponse(client)

    async def get(
        self,
        table_name: str,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
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
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{_segment(table_name)}/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_data_get(response)

    async def list(
        self,
        table_name: str,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableDataRow]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{_segment(table_name)}",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableDataRow]:
            return await self.list(
                table_name,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(
            _parse_custom_table_data_list(response), fetch=fetch_page, skip=skip, limit=limit
        )

    def iterate(
        self,
        table_name: str,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableDataRow]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableDataRow]:
            return await self.list(
                table_name,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableFieldsResourceWithRawResponse:
    """``custom_table_fields`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        table_id: str,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CustomTableFieldResponseDto]]:
        """Get all custom tables: structure

        Lists the field (column) definitions of one custom table, paged with skip/limit.

        ``GET /v1/api/custom-table-fields`` (CustomTableFieldsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-fields",
            params={"tableId": table_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_fields_list)


class CustomTableFieldsResourceWithStreamingResponse:
    """``custom_table_fields`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        table_id: str,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CustomTableFieldResponseDto], CustomTableFieldResponseDto]:
        """Get all custom tables: structure

        Lists the field (column) definitions of one custom table, paged with skip/limit.

        ``GET /v1/api/custom-table-fields`` (CustomTableFieldsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/custom-table-fields",
                params={"tableId": table_id, "skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(
            send, _parse_custom_table_fields_list, CustomTableFieldResponseDto.from_dict
        )


class CustomTableFieldsResource:
    """The ``custom_table_fields`` endpoints (tags: Custom Tables: structure)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableFieldsResourceWithRawResponse(client)
        self.with_streaming_response = CustomTableFieldsResourceWithStreamingResponse(client)

    async def list(
        self,
        *,
        table_id: str,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableFieldResponseDto]:
        """Get all custom tables: structure

        Lists the field (column) definitions of one custom table, paged with skip/limit.

        ``GET /v1/api/custom-table-fields`` (CustomTableFieldsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-fields",
            params={"tableId": table_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableFieldResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(
            _parse_custom_table_fields_list(response), fetch=fetch_page, skip=skip, limit=limit
        )

    def iterate(
        self,
        *,
        table_id: str,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableFieldResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableFieldResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableRowsResourceWithRawResponse:
    """``custom_table_rows`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomTableRowDto | CreateCustomTableRowDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableRowResponseDto]:
        """Create a new custom table: content

        Creates an empty row in a custom table; cell values are stored separately (see
        custom-table-values).

        ``POST /v1/api/custom-table-row`` (CustomTableRowController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-row",
            params=None,
            json=body_json(body, CreateCustomTableRowDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_rows_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableRowResponseDto]:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-row/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_rows_get)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableRowResponseDto]:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/custom-table-row/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_rows_delete)

    async def list(
        self,
        *,
        table_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CustomTableRowResponseDto]]:
        """Get all custom tables: content

        Lists custom table rows (metadata only), optionally for one table, paged with
        skip/limit.

        ``GET /v1/api/custom-table-rows`` (CustomTableRowsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-rows",
            params={"tableId": table_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_rows_list)


class CustomTableRowsResourceWithStreamingResponse:
    """``custom_table_rows`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateCustomTableRowDto | CreateCustomTableRowDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableRowResponseDto, Any]:
        """Create a new custom table: content

        Creates an empty row in a custom table; cell values are stored separately (see
        custom-table-values).

        ``POST /v1/api/custom-table-row`` (CustomTableRowController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/custom-table-row",
                params=None,
                json=body_json(body, CreateCustomTableRowDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_rows_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableRowResponseDto, Any]:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/custom-table-row/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_rows_get, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableRowResponseDto, Any]:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/custom-table-row/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_rows_delete, json_item)

    def list(
        self,
        *,
        table_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CustomTableRowResponseDto], CustomTableRowResponseDto]:
        """Get all custom tables: content

        Lists custom table rows (metadata only), optionally for one table, paged with
        skip/limit.

        ``GET /v1/api/custom-table-rows`` (CustomTableRowsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/custom-table-rows",
                params={"tableId": table_id, "skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(
            send, _parse_custom_table_rows_list, CustomTableRowResponseDto.from_dict
        )


class CustomTableRowsResource:
    """The ``custom_table_rows`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableRowsResourceWithRawResponse(client)
        self.with_streaming_response = CustomTableRowsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateCustomTableRowDto | CreateCustomTableRowDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto:
        """Create a new custom table: content

        Creates an empty row in a custom table; cell values are stored separately (see
        custom-table-values).

        ``POST /v1/api/custom-table-row`` (CustomTableRowController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-row",
            params=None,
            json=body_json(body, CreateCustomTableRowDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_rows_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-row/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_rows_get(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableRowResponseDto:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/custom-table-row/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_rows_delete(response)

    async def list(
        self,
        *,
        table_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableRowResponseDto]:
        """Get all custom tables: content

        Lists custom table rows (metadata only), optionally for one table, paged with
        skip/limit.

        ``GET /v1/api/custom-table-rows`` (CustomTableRowsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-rows",
            params={"tableId": table_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableRowResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(
            _parse_custom_table_rows_list(response), fetch=fetch_page, skip=skip, limit=limit
        )

    def iterate(
        self,
        *,
        table_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableRowResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableRowResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableValuesResourceWithRawResponse:
    """``custom_table_values`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomTableValueDto | CreateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableValueResponseDto]:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-value",
            params=None,
            json=body_json(body, CreateCustomTableValueDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_values_create)

    async def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto | UpdateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[CustomTableValueResponseDto]:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/custom-table-value/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCustomTableValueDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_values_update)

    async def list(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CustomTableValueResponseDto]]:
        """Get all custom tables: content

        Lists stored cell values, filterable by table and by row, paged with skip/limit.

        ``GET /v1/api/custom-table-values`` (CustomTableValuesController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-values",
            params={"tableId": table_id, "rowId": row_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_table_values_list)


class CustomTableValuesResourceWithStreamingResponse:
    """``custom_table_values`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateCustomTableValueDto | CreateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableValueResponseDto, Any]:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/custom-table-value",
                params=None,
                json=body_json(body, CreateCustomTableValueDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_values_create, json_item)

    def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto | UpdateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[CustomTableValueResponseDto, Any]:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/custom-table-value/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateCustomTableValueDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_table_values_update, json_item)

    def list(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CustomTableValueResponseDto], CustomTableValueResponseDto]:
        """Get all custom tables: content

        Lists stored cell values, filterable by table and by row, paged with skip/limit.

        ``GET /v1/api/custom-table-values`` (CustomTableValuesController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/custom-table-values",
                params={"tableId": table_id, "rowId": row_id, "skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(
            send, _parse_custom_table_values_list, CustomTableValueResponseDto.from_dict
        )


class CustomTableValuesResource:
    """The ``custom_table_values`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableValuesResourceWithRawResponse(client)
        self.with_streaming_response = CustomTableValuesResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateCustomTableValueDto | CreateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableValueResponseDto:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-value",
            params=None,
            json=body_json(body, CreateCustomTableValueDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_values_create(response)

    async def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto | UpdateCustomTableValueDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> CustomTableValueResponseDto:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/custom-table-value/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCustomTableValueDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_custom_table_values_update(response)

    async def list(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableValueResponseDto]:
        """Get all custom tables: content

        Lists stored cell values, filterable by table and by row, paged with skip/limit.

        ``GET /v1/api/custom-table-values`` (CustomTableValuesController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-table-values",
            params={"tableId": table_id, "rowId": row_id, "skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableValueResponseDto]:
            return await self.list(
                table_id=table_id,
                row_id=row_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(
            _parse_custom_table_values_list(response), fetch=fetch_page, skip=skip, limit=limit
        )

    def iterate(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableValueResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableValueResponseDto]:
            return await self.list(
                table_id=table_id,
                row_id=row_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTablesResourceWithRawResponse:
    """``custom_tables`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[CustomTableResponseDto]]:
        """Get all custom tables: structure

        Lists the company's custom table definitions, paged with skip/limit.

        ``GET /v1/api/custom-tables`` (CustomTablesController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-tables",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_custom_tables_list)


class CustomTablesResourceWithStreamingResponse:
    """``custom_tables`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[CustomTableResponseDto], CustomTableResponseDto]:
        """Get all custom tables: structure

        Lists the company's custom table definitions, paged with skip/limit.

        ``GET /v1/api/custom-tables`` (CustomTablesController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/custom-tables",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_custom_tables_list, CustomTableResponseDto.from_dict)


class CustomTablesResource:
    """The ``custom_tables`` endpoints (tags: Custom Tables: structure)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTablesResourceWithRawResponse(client)
        self.with_streaming_response = CustomTablesResourceWithStreamingResponse(client)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[CustomTableResponseDto]:
        """Get all custom tables: structure

        Lists the company's custom table definitions, paged with skip/limit.

        ``GET /v1/api/custom-tables`` (CustomTablesController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/custom-tables",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_custom_tables_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[CustomTableResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[CustomTableResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class CustomersResourceWithRawResponse:
    """``customers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomerDto | CreateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Customer]:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/customer",
            params=None,
            json=body_json(body, CreateCustomerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_customers_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Customer]:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_customers_get)

    async def update(
        self,
        id: str,
        body: UpdateCustomerDto | UpdateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Customer]:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCustomerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_customers_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_customers_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[Customer]]:
        """Get all customers

        Lists the company's customers with skip/limit paging; the response is a bare JSON
        array.

        ``GET /v1/api/customers`` (CustomersController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/customers",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_customers_list)


class CustomersResourceWithStreamingResponse:
    """``customers`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateCustomerDto | CreateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Customer, Any]:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/customer",
                params=None,
                json=body_json(body, CreateCustomerDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_customers_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Customer, Any]:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/customer/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_customers_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateCustomerDto | UpdateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Customer, Any]:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/customer/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateCustomerDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_customers_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/customer/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_customers_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[Customer], Customer]:
        """Get all customers

        Lists the company's customers with skip/limit paging; the response is a bare JSON
        array.

        ``GET /v1/api/customers`` (CustomersController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/customers",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_customers_list, Customer.from_dict)


class CustomersResource:
    """The ``customers`` endpoints (tags: Customer, Customers)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomersResourceWithRawResponse(client)
        self.with_streaming_response = CustomersResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateCustomerDto | CreateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Customer:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/customer",
            params=None,
            json=body_json(body, CreateCustomerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_customers_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Customer:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_customers_get(response)

    async def update(
        self,
        id: str,
        body: UpdateCustomerDto | UpdateCustomerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Customer:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateCustomerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_customers_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/customer/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_customers_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[Customer]:
        """Get all customers

        Lists the company's customers with skip/limit paging; the response is a bare JSON
        array.

        ``GET /v1/api/customers`` (CustomersController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/customers",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[Customer]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_customers_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[Customer]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[Customer]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class OrdersResourceWithRawResponse:
    """``orders`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateOrderDto | CreateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OrderResponseDto]:
        """Create a new order

        Stores a new order with its totals and lines.

        ``POST /v1/api/order`` (OrderController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/order",
            params=None,
            json=body_json(body, CreateOrderDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_orders_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OrderResponseDto]:
        """Get a order by ID

        Fetches one order.

        ``GET /v1/api/order/{id}`` (OrderController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_orders_get)

    async def update(
        self,
        id: str,
        body: UpdateOrderDto | UpdateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OrderResponseDto]:
        """Update a order by ID

        Changes fields of an existing order.

        ``PATCH /v1/api/order/{id}`` (OrderController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateOrderDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_orders_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a order by ID

        Removes an order.

        ``DELETE /v1/api/order/{id}`` (OrderController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_orders_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[OrderResponseDto]]:
        """Get all orders

        Lists orders as a plain array, paged with skip/limit.

        ``GET /v1/api/orders`` (OrdersController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/orders",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_orders_list)


class OrdersResourceWithStreamingResponse:
    """``orders`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateOrderDto | CreateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OrderResponseDto, Any]:
        """Create a new order

        Stores a new order with its totals and lines.

        ``POST /v1/api/order`` (OrderController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/order",
                params=None,
                json=body_json(body, CreateOrderDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_orders_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OrderResponseDto, Any]:
        """Get a order by ID

        Fetches one order.

        ``GET /v1/api/order/{id}`` (OrderController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/order/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_orders_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateOrderDto | UpdateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OrderResponseDto, Any]:
        """Update a order by ID

        Changes fields of an existing order.

        ``PATCH /v1/api/order/{id}`` (OrderController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/order/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateOrderDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_orders_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a order by ID

        Removes an order.

        ``DELETE /v1/api/order/{id}`` (OrderController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/order/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_orders_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[OrderResponseDto], OrderResponseDto]:
        """Get all orders

        Lists orders as a plain array, paged with skip/limit.

        ``GET /v1/api/orders`` (OrdersController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/orders",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_orders_list, OrderResponseDto.from_dict)


class OrdersResource:
    """The ``orders`` endpoints (tags: Order, Orders)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = OrdersResourceWithRawResponse(client)
        self.with_streaming_response = OrdersResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateOrderDto | CreateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OrderResponseDto:
        """Create a new order

        Stores a new order with its totals and lines.

        ``POST /v1/api/order`` (OrderController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/order",
            params=None,
            json=body_json(body, CreateOrderDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_orders_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OrderResponseDto:
        """Get a order by ID

        Fetches one order.

        ``GET /v1/api/order/{id}`` (OrderController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_orders_get(response)

    async def update(
        self,
        id: str,
        body: UpdateOrderDto | UpdateOrderDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OrderResponseDto:
        """Update a order by ID

        Changes fields of an existing order.

        ``PATCH /v1/api/order/{id}`` (OrderController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateOrderDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_orders_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a order by ID

        Removes an order.

        ``DELETE /v1/api/order/{id}`` (OrderController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/order/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_orders_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[OrderResponseDto]:
        """Get all orders

        Lists orders as a plain array, paged with skip/limit.

        ``GET /v1/api/orders`` (OrdersController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/orders",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[OrderResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_orders_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[OrderResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[OrderResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class OutletsResourceWithRawResponse:
    """``outlets`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateOutletDto | CreateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OutletResponseDto]:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/outlet",
            params=None,
            json=body_json(body, CreateOutletDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_outlets_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OutletResponseDto]:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_outlets_get)

    async def update(
        self,
        id: str,
        body: UpdateOutletDto | UpdateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[OutletResponseDto]:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateOutletDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_outlets_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_outlets_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[OutletResponseDto]]:
        """Get all outlets

        Lists outlets as a plain array, paged with skip/limit.

        ``GET /v1/api/outlets`` (OutletsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/outlets",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_outlets_list)


class OutletsResourceWithStreamingResponse:
    """``outlets`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateOutletDto | CreateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OutletResponseDto, Any]:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/outlet",
                params=None,
                json=body_json(body, CreateOutletDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_outlets_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OutletResponseDto, Any]:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/outlet/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_outlets_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateOutletDto | UpdateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[OutletResponseDto, Any]:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/outlet/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateOutletDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_outlets_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/outlet/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_outlets_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[OutletResponseDto], OutletResponseDto]:
        """Get all outlets

        Lists outlets as a plain array, paged with skip/limit.

        ``GET /v1/api/outlets`` (OutletsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/outlets",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_outlets_list, OutletResponseDto.from_dict)


class OutletsResource:
    """The ``outlets`` endpoints (tags: Outlet, Outlets)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = OutletsResourceWithRawResponse(client)
        self.with_streaming_response = OutletsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateOutletDto | CreateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OutletResponseDto:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/outlet",
            params=None,
            json=body_json(body, CreateOutletDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_outlets_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OutletResponseDto:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_outlets_get(response)

    async def update(
        self,
        id: str,
        body: UpdateOutletDto | UpdateOutletDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> OutletResponseDto:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateOutletDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_outlets_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/outlet/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_outlets_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[OutletResponseDto]:
        """Get all outlets

        Lists outlets as a plain array, paged with skip/limit.

        ``GET /v1/api/outlets`` (OutletsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/outlets",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[OutletResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_outlets_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[OutletResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[OutletResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class ProductsResourceWithRawResponse:
    """``products`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateProductDto | CreateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[ProductResponseDto]:
        """Create a new product

        Creates one product record for the company owning the API key.

        ``POST /v1/api/product`` (ProductController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/product",
            params=None,
            json=body_json(body, CreateProductDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_products_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[ProductResponseDto]:
        """Get a product by ID

        Returns a single product by its ID.

        ``GET /v1/api/product/{id}`` (ProductController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_products_get)

    async def update(
        self,
        id: str,
        body: UpdateProductDto | UpdateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[ProductResponseDto]:
        """Update a product by ID

        Updates an existing product; every body field is optional.

        ``PUT /v1/api/product/{id}`` (ProductController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateProductDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_products_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a product by ID

        Deletes a product by its ID.

        ``DELETE /v1/api/product/{id}`` (ProductController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_products_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[ProductResponseDto]]:
        """Get all products

        Lists the company's products, paginated with skip/limit.

        ``GET /v1/api/products`` (ProductsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/products",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_products_list)


class ProductsResourceWithStreamingResponse:
    """``products`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateProductDto | CreateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[ProductResponseDto, Any]:
        """Create a new product

        Creates one product record for the company owning the API key.

        ``POST /v1/api/product`` (ProductController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/product",
                params=None,
                json=body_json(body, CreateProductDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_products_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[ProductResponseDto, Any]:
        """Get a product by ID

        Returns a single product by its ID.

        ``GET /v1/api/product/{id}`` (ProductController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/product/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_products_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateProductDto | UpdateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[ProductResponseDto, Any]:
        """Update a product by ID

        Updates an existing product; every body field is optional.

        ``PUT /v1/api/product/{id}`` (ProductController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PUT",
                f"/v1/api/product/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateProductDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_products_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a product by ID

        Deletes a product by its ID.

        ``DELETE /v1/api/product/{id}`` (ProductController_remove).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/product/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_products_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[ProductResponseDto], ProductResponseDto]:
        """Get all products

        Lists the company's products, paginated with skip/limit.

        ``GET /v1/api/products`` (ProductsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/products",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_products_list, ProductResponseDto.from_dict)


class ProductsResource:
    """The ``products`` endpoints (tags: Product, Products)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = ProductsResourceWithRawResponse(client)
        self.with_streaming_response = ProductsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateProductDto | CreateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ProductResponseDto:
        """Create a new product

        Creates one product record for the company owning the API key.

        ``POST /v1/api/product`` (ProductController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/product",
            params=None,
            json=body_json(body, CreateProductDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_products_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ProductResponseDto:
        """Get a product by ID

        Returns a single product by its ID.

        ``GET /v1/api/product/{id}`` (ProductController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_products_get(response)

    async def update(
        self,
        id: str,
        body: UpdateProductDto | UpdateProductDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> ProductResponseDto:
        """Update a product by ID

        Updates an existing product; every body field is optional.

        ``PUT /v1/api/product/{id}`` (ProductController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateProductDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_products_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a product by ID

        Deletes a product by its ID.

        ``DELETE /v1/api/product/{id}`` (ProductController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/product/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_products_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[ProductResponseDto]:
        """Get all products

        Lists the company's products, paginated with skip/limit.

        ``GET /v1/api/products`` (ProductsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/products",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[ProductResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_products_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[ProductResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[ProductResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class RefundsResourceWithRawResponse:
    """``refunds`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateRefundDto | CreateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RefundResponseDto]:
        """Create a new refund

        Records a refund against an order.

        ``POST /v1/api/refunds`` (RefundsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/refunds",
            params=None,
            json=body_json(body, CreateRefundDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_refunds_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RefundResponseDto]:
        """Get a refund by ID

        Fetches one refund.

        ``GET /v1/api/refunds/{id}`` (RefundsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_refunds_get)

    async def update(
        self,
        id: str,
        body: UpdateRefundDto | UpdateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RefundResponseDto]:
        """Update a refund by ID

        Changes fields of a refund.

        ``PATCH /v1/api/refunds/{id}`` (RefundsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateRefundDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_refunds_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a refund by ID

        Removes a refund.

        ``DELETE /v1/api/refunds/{id}`` (RefundsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_refunds_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[RefundResponseDto]]:
        """Get all refunds

        Lists refunds, paged with skip/limit.

        ``GET /v1/api/refunds`` (RefundsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/refunds",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_refunds_list)


class RefundsResourceWithStreamingResponse:
    """``refunds`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateRefundDto | CreateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RefundResponseDto, Any]:
        """Create a new refund

        Records a refund against an order.

        ``POST /v1/api/refunds`` (RefundsController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/refunds",
                params=None,
                json=body_json(body, CreateRefundDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_refunds_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RefundResponseDto, Any]:
        """Get a refund by ID

        Fetches one refund.

        ``GET /v1/api/refunds/{id}`` (RefundsController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/refunds/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_refunds_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateRefundDto | UpdateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RefundResponseDto, Any]:
        """Update a refund by ID

        Changes fields of a refund.

        ``PATCH /v1/api/refunds/{id}`` (RefundsController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/refunds/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateRefundDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_refunds_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a refund by ID

        Removes a refund.

        ``DELETE /v1/api/refunds/{id}`` (RefundsController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/refunds/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_refunds_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[RefundResponseDto], RefundResponseDto]:
        """Get all refunds

        Lists refunds, paged with skip/limit.

        ``GET /v1/api/refunds`` (RefundsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/refunds",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_refunds_list, RefundResponseDto.from_dict)


class RefundsResource:
    """The ``refunds`` endpoints (tags: Refunds)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = RefundsResourceWithRawResponse(client)
        self.with_streaming_response = RefundsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateRefundDto | CreateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RefundResponseDto:
        """Create a new refund

        Records a refund against an order.

        ``POST /v1/api/refunds`` (RefundsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/refunds",
            params=None,
            json=body_json(body, CreateRefundDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_refunds_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RefundResponseDto:
        """Get a refund by ID

        Fetches one refund.

        ``GET /v1/api/refunds/{id}`` (RefundsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_refunds_get(response)

    async def update(
        self,
        id: str,
        body: UpdateRefundDto | UpdateRefundDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RefundResponseDto:
        """Update a refund by ID

        Changes fields of a refund.

        ``PATCH /v1/api/refunds/{id}`` (RefundsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateRefundDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_refunds_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a refund by ID

        Removes a refund.

        ``DELETE /v1/api/refunds/{id}`` (RefundsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/refunds/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_refunds_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[RefundResponseDto]:
        """Get all refunds

        Lists refunds, paged with skip/limit.

        ``GET /v1/api/refunds`` (RefundsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/refunds",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[RefundResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_refunds_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[RefundResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[RefundResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class RolesResourceWithRawResponse:
    """``roles`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateRoleDto | CreateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RoleResponseDto]:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/roles",
            params=None,
            json=body_json(body, CreateRoleDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_roles_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RoleResponseDto]:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/roles/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_roles_get)

    async def update(
        self,
        id: str,
        body: UpdateRoleDto | UpdateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[RoleResponseDto]:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/roles/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateRoleDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_roles_update)


class RolesResourceWithStreamingResponse:
    """``roles`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateRoleDto | CreateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RoleResponseDto, Any]:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/roles",
                params=None,
                json=body_json(body, CreateRoleDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_roles_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RoleResponseDto, Any]:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/roles/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_roles_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateRoleDto | UpdateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[RoleResponseDto, Any]:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/roles/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateRoleDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_roles_update, json_item)


class RolesResource:
    """The ``roles`` endpoints (tags: Roles)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = RolesResourceWithRawResponse(client)
        self.with_streaming_response = RolesResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateRoleDto | CreateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RoleResponseDto:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/roles",
            params=None,
            json=body_json(body, CreateRoleDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_roles_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RoleResponseDto:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/roles/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_roles_get(response)

    async def update(
        self,
        id: str,
        body: UpdateRoleDto | UpdateRoleDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RoleResponseDto:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/roles/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateRoleDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_roles_update(response)


class SessionsResourceWithRawResponse:
    """``sessions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateSessionDto | CreateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[SessionResponseDto]:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/session",
            params=None,
            json=body_json(body, CreateSessionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_sessions_create)

    async def update(
        self,
        id: str,
        body: UpdateSessionDto | UpdateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[SessionResponseDto]:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/session/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateSessionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_sessions_update)


class SessionsResourceWithStreamingResponse:
    """``sessions`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateSessionDto | CreateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[SessionResponseDto, Any]:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/session",
                params=None,
                json=body_json(body, CreateSessionDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_sessions_create, json_item)

    def update(
        self,
        id: str,
        body: UpdateSessionDto | UpdateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[SessionResponseDto, Any]:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/session/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateSessionDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_sessions_update, json_item)


class SessionsResource:
    """The ``sessions`` endpoints (tags: Session)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = SessionsResourceWithRawResponse(client)
        self.with_streaming_response = SessionsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateSessionDto | CreateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SessionResponseDto:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/session",
            params=None,
            json=body_json(body, CreateSessionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_sessions_create(response)

    async def update(
        self,
        id: str,
        body: UpdateSessionDto | UpdateSessionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> SessionResponseDto:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/session/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateSessionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_sessions_update(response)


class StationsResourceWithRawResponse:
    """``stations`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateStationDto | CreateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[StationResponseDto]:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/station",
            params=None,
            json=body_json(body, CreateStationDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_stations_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[StationResponseDto]:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_stations_get)

    async def update(
        self,
        id: str,
        body: UpdateStationDto | UpdateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[StationResponseDto]:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateStationDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_stations_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_stations_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[StationResponseDto]]:
        """Get all stations

        Lists stations as a plain array, paged with skip/limit.

        ``GET /v1/api/stations`` (StationsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/stations",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_stations_list)


class StationsResourceWithStreamingResponse:
    """``stations`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateStationDto | CreateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[StationResponseDto, Any]:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/station",
                params=None,
                json=body_json(body, CreateStationDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_stations_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[StationResponseDto, Any]:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/station/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_stations_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateStationDto | UpdateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[StationResponseDto, Any]:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/station/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateStationDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_stations_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/station/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_stations_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[StationResponseDto], StationResponseDto]:
        """Get all stations

        Lists stations as a plain array, paged with skip/limit.

        ``GET /v1/api/stations`` (StationsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/stations",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_stations_list, StationResponseDto.from_dict)


class StationsResource:
    """The ``stations`` endpoints (tags: Station, Stations)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = StationsResourceWithRawResponse(client)
        self.with_streaming_response = StationsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateStationDto | CreateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StationResponseDto:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/station",
            params=None,
            json=body_json(body, CreateStationDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_stations_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StationResponseDto:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_stations_get(response)

    async def update(
        self,
        id: str,
        body: UpdateStationDto | UpdateStationDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StationResponseDto:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateStationDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_stations_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/station/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_stations_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[StationResponseDto]:
        """Get all stations

        Lists stations as a plain array, paged with skip/limit.

        ``GET /v1/api/stations`` (StationsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/stations",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[StationResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_stations_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[StationResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[StationResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class TransactionsResourceWithRawResponse:
    """``transactions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateTransactionDto | CreateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[TransactionResponseDto]:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/transactions",
            params=None,
            json=body_json(body, CreateTransactionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_transactions_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[TransactionResponseDto]:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_transactions_get)

    async def update(
        self,
        id: str,
        body: UpdateTransactionDto | UpdateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[TransactionResponseDto]:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateTransactionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_transactions_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_transactions_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[TransactionResponseDto]]:
        """Get all transactions

        Lists transactions, paged with skip/limit.

        ``GET /v1/api/transactions`` (TransactionsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/transactions",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_transactions_list)


class TransactionsResourceWithStreamingResponse:
    """``transactions`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateTransactionDto | CreateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[TransactionResponseDto, Any]:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/transactions",
                params=None,
                json=body_json(body, CreateTransactionDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_transactions_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[TransactionResponseDto, Any]:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/transactions/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_transactions_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateTransactionDto | UpdateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[TransactionResponseDto, Any]:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/transactions/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateTransactionDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_transactions_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/transactions/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_transactions_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[TransactionResponseDto], TransactionResponseDto]:
        """Get all transactions

        Lists transactions, paged with skip/limit.

        ``GET /v1/api/transactions`` (TransactionsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/transactions",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_transactions_list, TransactionResponseDto.from_dict)


class TransactionsResource:
    """The ``transactions`` endpoints (tags: Transactions)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = TransactionsResourceWithRawResponse(client)
        self.with_streaming_response = TransactionsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateTransactionDto | CreateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TransactionResponseDto:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/transactions",
            params=None,
            json=body_json(body, CreateTransactionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_transactions_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TransactionResponseDto:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_transactions_get(response)

    async def update(
        self,
        id: str,
        body: UpdateTransactionDto | UpdateTransactionDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> TransactionResponseDto:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateTransactionDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_transactions_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/transactions/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_transactions_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[TransactionResponseDto]:
        """Get all transactions

        Lists transactions, paged with skip/limit.

        ``GET /v1/api/transactions`` (TransactionsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/transactions",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[TransactionResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_transactions_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[TransactionResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[TransactionResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class VariantsResourceWithRawResponse:
    """``variants`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateVariantDto | CreateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[VariantResponseDto]:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/variant",
            params=None,
            json=body_json(body, CreateVariantDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_variants_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[VariantResponseDto]:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_variants_get)

    async def update(
        self,
        id: str,
        body: UpdateVariantDto | UpdateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[VariantResponseDto]:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateVariantDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_variants_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_variants_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[builtins.list[VariantResponseDto]]:
        """Get all variants

        Lists the company's variants, paginated with skip/limit.

        ``GET /v1/api/variants`` (VariantsController_findAll).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/variants",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_variants_list)


class VariantsResourceWithStreamingResponse:
    """``variants`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateVariantDto | CreateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[VariantResponseDto, Any]:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/variant",
                params=None,
                json=body_json(body, CreateVariantDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_variants_create, json_item)

    def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[VariantResponseDto, Any]:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                f"/v1/api/variant/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_variants_get, json_item)

    def update(
        self,
        id: str,
        body: UpdateVariantDto | UpdateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[VariantResponseDto, Any]:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PUT",
                f"/v1/api/variant/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateVariantDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_variants_update, json_item)

    def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "DELETE",
                f"/v1/api/variant/{_segment(id)}",
                params=None,
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_variants_delete, json_item)

    def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[builtins.list[VariantResponseDto], VariantResponseDto]:
        """Get all variants

        Lists the company's variants, paginated with skip/limit.

        ``GET /v1/api/variants`` (VariantsController_findAll).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "GET",
                "/v1/api/variants",
                params={"skip": skip, "limit": limit},
                json=None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_variants_list, VariantResponseDto.from_dict)


class VariantsResource:
    """The ``variants`` endpoints (tags: Variant, Variants)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = VariantsResourceWithRawResponse(client)
        self.with_streaming_response = VariantsResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateVariantDto | CreateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VariantResponseDto:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/variant",
            params=None,
            json=body_json(body, CreateVariantDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_variants_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VariantResponseDto:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_variants_get(response)

    async def update(
        self,
        id: str,
        body: UpdateVariantDto | UpdateVariantDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> VariantResponseDto:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateVariantDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_variants_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/variant/{_segment(id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_variants_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Page[VariantResponseDto]:
        """Get all variants

        Lists the company's variants, paginated with skip/limit.

        ``GET /v1/api/variants`` (VariantsController_findAll).

        Returns a ``Page`` (a list of the records with ``has_next_page()``, ``next_page()``
        and ``async for`` over every record from this page on).
        """
        response = await self._client._send(
            "GET",
            "/v1/api/variants",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

        async def fetch_page(skip: int, limit: int) -> Page[VariantResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return Page(_parse_variants_list(response), fetch=fetch_page, skip=skip, limit=limit)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> AsyncIterator[VariantResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> Page[VariantResponseDto]:
            return await self.list(
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )

        return iterate_pages(fetch_page, page_size)


class ZapierTriggersResourceWithRawResponse:
    """``zapier_triggers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateZapierTriggerDto | CreateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Create a new zapiertrigger

        Registers a Zapier webhook subscription (trigger type, Zapier trigger ID, hook URL)
        for the company.

        ``POST /v1/api/zapier-triggers`` (ZapierTriggersController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/zapier-triggers",
            params=None,
            json=body_json(body, CreateZapierTriggerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_zapier_triggers_create)

    async def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto | UpdateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> RawResponse[Any]:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/zapier-triggers/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateZapierTriggerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return RawResponse(response, _parse_zapier_triggers_update)


class ZapierTriggersResourceWithStreamingResponse:
    """``zapier_triggers`` methods as ``async with`` blocks yielding a ``StreamedResponse``
    (status and headers first, the body read as you go)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        body: CreateZapierTriggerDto | CreateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Create a new zapiertrigger

        Registers a Zapier webhook subscription (trigger type, Zapier trigger ID, hook URL)
        for the company.

        ``POST /v1/api/zapier-triggers`` (ZapierTriggersController_create).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "POST",
                "/v1/api/zapier-triggers",
                params=None,
                json=body_json(body, CreateZapierTriggerDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_zapier_triggers_create, json_item)

    def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto | UpdateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> StreamedCall[Any, Any]:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """

        async def send() -> httpx.Response:
            return await self._client._send(
                "PATCH",
                f"/v1/api/zapier-triggers/{_segment(id)}",
                params=None,
                json=body_json(body, UpdateZapierTriggerDto),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                stream=True,
            )

        return StreamedCall(send, _parse_zapier_triggers_update, json_item)


class ZapierTriggersResource:
    """The ``zapier_triggers`` endpoints (tags: ZapierTriggers)."""

    __slots__ = ("_client", "with_raw_response", "with_streaming_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = ZapierTriggersResourceWithRawResponse(client)
        self.with_streaming_response = ZapierTriggersResourceWithStreamingResponse(client)

    async def create(
        self,
        body: CreateZapierTriggerDto | CreateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Create a new zapiertrigger

        Registers a Zapier webhook subscription (trigger type, Zapier trigger ID, hook URL)
        for the company.

        ``POST /v1/api/zapier-triggers`` (ZapierTriggersController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/zapier-triggers",
            params=None,
            json=body_json(body, CreateZapierTriggerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_zapier_triggers_create(response)

    async def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto | UpdateZapierTriggerDtoDict,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
    ) -> Any:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/zapier-triggers/{_segment(id)}",
            params=None,
            json=body_json(body, UpdateZapierTriggerDto),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return _parse_zapier_triggers_update(response)
