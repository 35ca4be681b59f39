# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``: one class per API resource, derived from the description's
operationIds (``codegen/client_operations.py``). Every call goes through ``BaseClient._send``.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any

from ._base_client import BaseClient, DeadlineOption, TimeoutOption
from ._not_given import NOT_GIVEN, NotGiven
from ._pagination import iterate_pages
from ._path import path_segment
from ._raw_response import RawResponse
from ._response_parsing import (
    json_parser,
    model_list_parser,
    model_parser,
    optional_model_parser,
)
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
_parse_custom_table_rows_delete = optional_model_parser(
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
        body: CreateAccountDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AccountResponseDto]:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/account",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_accounts_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AccountResponseDto]:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_accounts_get)

    async def update(
        self,
        id: str,
        body: UpdateAccountDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AccountResponseDto]:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_accounts_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_accounts_delete)


class AccountsResource:
    """The ``accounts`` endpoints (tags: Account)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = AccountsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateAccountDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AccountResponseDto:
        """Create a new account

        Creates one account record.

        ``POST /v1/api/account`` (AccountController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/account",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_accounts_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AccountResponseDto:
        """Get a account by ID

        Returns one account record by its identifier.

        ``GET /v1/api/account/{id}`` (AccountController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_accounts_get(response)

    async def update(
        self,
        id: str,
        body: UpdateAccountDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AccountResponseDto:
        """Update a account by ID

        Partially updates one account record.

        ``PATCH /v1/api/account/{id}`` (AccountController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_accounts_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a account by ID

        Deletes one account record.

        ``DELETE /v1/api/account/{id}`` (AccountController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/account/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_accounts_delete(response)


class AttachmentsResourceWithRawResponse:
    """``attachments`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateAttachmentDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_attachments_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AttachmentResponseDto]:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/attachment/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_attachments_get)


class AttachmentsResource:
    """The ``attachments`` endpoints (tags: Attachment)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = AttachmentsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateAttachmentDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_attachments_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AttachmentResponseDto:
        """Get an attachment by ID

        Fetches one attachment record by its ID.

        ``GET /v1/api/attachment/{id}`` (AttachmentController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/attachment/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_attachments_get(response)


class CategoriesResourceWithRawResponse:
    """``categories`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCategoryDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CategoryResponseDto]:
        """Create a new category

        Creates a product category (optionally nested under a parent category).

        ``POST /v1/api/category`` (CategoryController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/category",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_categories_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CategoryResponseDto]:
        """Get a category by ID

        Returns a single category by its ID.

        ``GET /v1/api/category/{id}`` (CategoryController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_categories_get)

    async def update(
        self,
        id: str,
        body: UpdateCategoryDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CategoryResponseDto]:
        """Update a category by ID

        Updates an existing category; every body field is optional.

        ``PUT /v1/api/category/{id}`` (CategoryController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_categories_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a category by ID

        Deletes a category by its ID.

        ``DELETE /v1/api/category/{id}`` (CategoryController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_categories_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_categories_list)


class CategoriesResource:
    """The ``categories`` endpoints (tags: Category, Categories)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CategoriesResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateCategoryDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CategoryResponseDto:
        """Create a new category

        Creates a product category (optionally nested under a parent category).

        ``POST /v1/api/category`` (CategoryController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/category",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_categories_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CategoryResponseDto:
        """Get a category by ID

        Returns a single category by its ID.

        ``GET /v1/api/category/{id}`` (CategoryController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_categories_get(response)

    async def update(
        self,
        id: str,
        body: UpdateCategoryDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CategoryResponseDto:
        """Update a category by ID

        Updates an existing category; every body field is optional.

        ``PUT /v1/api/category/{id}`` (CategoryController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_categories_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a category by ID

        Deletes a category by its ID.

        ``DELETE /v1/api/category/{id}`` (CategoryController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/category/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_categories_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CategoryResponseDto]:
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
            deadline=deadline,
        )
        return _parse_categories_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CategoryResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CategoryResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CustomTableDataRow]:
        """Get a single row from a custom table

        Returns one row of a custom table addressed by table name, presumably with its cell
        values resolved (inferred).

        ``GET /v1/api/custom-table-data/{tableName}/{id}``
        (CustomTableDataController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[CustomTableDataRow]]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_data_list)


class CustomTableDataResource:
    """The ``custom_table_data`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableDataResourceWithRawResponse(client)

    async def get(
        self,
        table_name: str,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CustomTableDataRow:
        """Get a single row from a custom table

        Returns one row of a custom table addressed by table name, presumably with its cell
        values resolved (inferred).

        ``GET /v1/api/custom-table-data/{tableName}/{id}``
        (CustomTableDataController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CustomTableDataRow]:
        """Get all rows from a custom table

        Lists the rows of one custom table, addressed by its kebab-case name, with their
        values flattened.

        ``GET /v1/api/custom-table-data/{tableName}`` (CustomTableDataController_findAll).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-data/{path_segment('table_name', table_name)}",
            params={"skip": skip, "limit": limit},
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_custom_table_data_list(response)

    def iterate(
        self,
        table_name: str,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CustomTableDataRow]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CustomTableDataRow]:
            return await self.list(
                table_name,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_fields_list)


class CustomTableFieldsResource:
    """The ``custom_table_fields`` endpoints (tags: Custom Tables: structure)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableFieldsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        table_id: str,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CustomTableFieldResponseDto]:
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
            deadline=deadline,
        )
        return _parse_custom_table_fields_list(response)

    def iterate(
        self,
        *,
        table_id: str,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CustomTableFieldResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CustomTableFieldResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableRowsResourceWithRawResponse:
    """``custom_table_rows`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomTableRowDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_rows_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CustomTableRowResponseDto]:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_rows_get)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CustomTableRowResponseDto | None]:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_rows_list)


class CustomTableRowsResource:
    """The ``custom_table_rows`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableRowsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateCustomTableRowDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_custom_table_rows_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CustomTableRowResponseDto:
        """Get a custom table: content by ID

        Fetches one custom table row (row metadata only, no cell values) by its ID.

        ``GET /v1/api/custom-table-row/{id}`` (CustomTableRowController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_custom_table_rows_get(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CustomTableRowResponseDto | None:
        """Delete a custom table row by ID

        Soft-deletes a row; it and its values disappear from data reads.

        ``DELETE /v1/api/custom-table-row/{id}`` (CustomTableRowController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/custom-table-row/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CustomTableRowResponseDto]:
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
            deadline=deadline,
        )
        return _parse_custom_table_rows_list(response)

    def iterate(
        self,
        *,
        table_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CustomTableRowResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CustomTableRowResponseDto]:
            return await self.list(
                table_id=table_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )

        return iterate_pages(fetch_page, page_size)


class CustomTableValuesResourceWithRawResponse:
    """``custom_table_values`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomTableValueDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CustomTableValueResponseDto]:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-value",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_values_create)

    async def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CustomTableValueResponseDto]:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/custom-table-value/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_table_values_list)


class CustomTableValuesResource:
    """The ``custom_table_values`` endpoints (tags: Custom Table: content, Custom Tables: content)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTableValuesResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateCustomTableValueDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CustomTableValueResponseDto:
        """Create a new custom table: content

        Stores one cell value of a custom table row (inferred).

        ``POST /v1/api/custom-table-value`` (CustomTableValueController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/custom-table-value",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_custom_table_values_create(response)

    async def update(
        self,
        id: str,
        body: UpdateCustomTableValueDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> CustomTableValueResponseDto:
        """Update a custom table value by ID

        Changes the content of one stored cell value.

        ``PATCH /v1/api/custom-table-value/{id}`` (CustomTableValueController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/custom-table-value/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CustomTableValueResponseDto]:
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
            deadline=deadline,
        )
        return _parse_custom_table_values_list(response)

    def iterate(
        self,
        *,
        table_id: str | None = None,
        row_id: str | None = None,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CustomTableValueResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CustomTableValueResponseDto]:
            return await self.list(
                table_id=table_id,
                row_id=row_id,
                skip=skip,
                limit=limit,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
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
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_custom_tables_list)


class CustomTablesResource:
    """The ``custom_tables`` endpoints (tags: Custom Tables: structure)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomTablesResourceWithRawResponse(client)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[CustomTableResponseDto]:
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
            deadline=deadline,
        )
        return _parse_custom_tables_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[CustomTableResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[CustomTableResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class CustomersResourceWithRawResponse:
    """``customers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateCustomerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Customer]:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/customer",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_customers_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Customer]:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_customers_get)

    async def update(
        self,
        id: str,
        body: UpdateCustomerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Customer]:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_customers_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_customers_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_customers_list)


class CustomersResource:
    """The ``customers`` endpoints (tags: Customer, Customers)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = CustomersResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateCustomerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Create a new customer

        Creates one customer record in the caller's company.

        ``POST /v1/api/customer`` (CustomerController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/customer",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_customers_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Get a customer by ID

        Returns one customer record by its identifier.

        ``GET /v1/api/customer/{id}`` (CustomerController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_customers_get(response)

    async def update(
        self,
        id: str,
        body: UpdateCustomerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Update a customer by ID

        Partially updates one customer record.

        ``PATCH /v1/api/customer/{id}`` (CustomerController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_customers_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a customer by ID

        Deletes one customer record.

        ``DELETE /v1/api/customer/{id}`` (CustomerController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/customer/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_customers_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Customer]:
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
            deadline=deadline,
        )
        return _parse_customers_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Customer]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[Customer]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class OrdersResourceWithRawResponse:
    """``orders`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateOrderDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OrderResponseDto]:
        """Create a new order

        Stores a new order with its totals and lines.

        ``POST /v1/api/order`` (OrderController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/order",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_orders_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OrderResponseDto]:
        """Get a order by ID

        Fetches one order.

        ``GET /v1/api/order/{id}`` (OrderController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_orders_get)

    async def update(
        self,
        id: str,
        body: UpdateOrderDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OrderResponseDto]:
        """Update a order by ID

        Changes fields of an existing order.

        ``PATCH /v1/api/order/{id}`` (OrderController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_orders_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a order by ID

        Removes an order.

        ``DELETE /v1/api/order/{id}`` (OrderController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_orders_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_orders_list)


class OrdersResource:
    """The ``orders`` endpoints (tags: Order, Orders)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = OrdersResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateOrderDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OrderResponseDto:
        """Create a new order

        Stores a new order with its totals and lines.

        ``POST /v1/api/order`` (OrderController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/order",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_orders_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OrderResponseDto:
        """Get a order by ID

        Fetches one order.

        ``GET /v1/api/order/{id}`` (OrderController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_orders_get(response)

    async def update(
        self,
        id: str,
        body: UpdateOrderDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OrderResponseDto:
        """Update a order by ID

        Changes fields of an existing order.

        ``PATCH /v1/api/order/{id}`` (OrderController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_orders_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a order by ID

        Removes an order.

        ``DELETE /v1/api/order/{id}`` (OrderController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/order/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_orders_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[OrderResponseDto]:
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
            deadline=deadline,
        )
        return _parse_orders_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[OrderResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[OrderResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class OutletsResourceWithRawResponse:
    """``outlets`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateOutletDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OutletResponseDto]:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/outlet",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_outlets_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OutletResponseDto]:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_outlets_get)

    async def update(
        self,
        id: str,
        body: UpdateOutletDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[OutletResponseDto]:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_outlets_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_outlets_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_outlets_list)


class OutletsResource:
    """The ``outlets`` endpoints (tags: Outlet, Outlets)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = OutletsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateOutletDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OutletResponseDto:
        """Create a new outlet

        Creates a store location.

        ``POST /v1/api/outlet`` (OutletController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/outlet",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_outlets_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OutletResponseDto:
        """Get a outlet by ID

        Fetches one outlet.

        ``GET /v1/api/outlet/{id}`` (OutletController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_outlets_get(response)

    async def update(
        self,
        id: str,
        body: UpdateOutletDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> OutletResponseDto:
        """Update a outlet by ID

        Changes fields of an outlet.

        ``PATCH /v1/api/outlet/{id}`` (OutletController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_outlets_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a outlet by ID

        Removes an outlet.

        ``DELETE /v1/api/outlet/{id}`` (OutletController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/outlet/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_outlets_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[OutletResponseDto]:
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
            deadline=deadline,
        )
        return _parse_outlets_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[OutletResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[OutletResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class ProductsResourceWithRawResponse:
    """``products`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateProductDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProductResponseDto]:
        """Create a new product

        Creates one product record for the company owning the API key.

        ``POST /v1/api/product`` (ProductController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/product",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_products_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProductResponseDto]:
        """Get a product by ID

        Returns a single product by its ID.

        ``GET /v1/api/product/{id}`` (ProductController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_products_get)

    async def update(
        self,
        id: str,
        body: UpdateProductDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ProductResponseDto]:
        """Update a product by ID

        Updates an existing product; every body field is optional.

        ``PUT /v1/api/product/{id}`` (ProductController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_products_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a product by ID

        Deletes a product by its ID.

        ``DELETE /v1/api/product/{id}`` (ProductController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_products_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_products_list)


class ProductsResource:
    """The ``products`` endpoints (tags: Product, Products)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = ProductsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateProductDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> ProductResponseDto:
        """Create a new product

        Creates one product record for the company owning the API key.

        ``POST /v1/api/product`` (ProductController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/product",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_products_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> ProductResponseDto:
        """Get a product by ID

        Returns a single product by its ID.

        ``GET /v1/api/product/{id}`` (ProductController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_products_get(response)

    async def update(
        self,
        id: str,
        body: UpdateProductDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> ProductResponseDto:
        """Update a product by ID

        Updates an existing product; every body field is optional.

        ``PUT /v1/api/product/{id}`` (ProductController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_products_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a product by ID

        Deletes a product by its ID.

        ``DELETE /v1/api/product/{id}`` (ProductController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/product/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_products_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ProductResponseDto]:
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
            deadline=deadline,
        )
        return _parse_products_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[ProductResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[ProductResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class RefundsResourceWithRawResponse:
    """``refunds`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateRefundDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RefundResponseDto]:
        """Create a new refund

        Records a refund against an order.

        ``POST /v1/api/refunds`` (RefundsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/refunds",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_refunds_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RefundResponseDto]:
        """Get a refund by ID

        Fetches one refund.

        ``GET /v1/api/refunds/{id}`` (RefundsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_refunds_get)

    async def update(
        self,
        id: str,
        body: UpdateRefundDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RefundResponseDto]:
        """Update a refund by ID

        Changes fields of a refund.

        ``PATCH /v1/api/refunds/{id}`` (RefundsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_refunds_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a refund by ID

        Removes a refund.

        ``DELETE /v1/api/refunds/{id}`` (RefundsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_refunds_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_refunds_list)


class RefundsResource:
    """The ``refunds`` endpoints (tags: Refunds)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = RefundsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateRefundDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RefundResponseDto:
        """Create a new refund

        Records a refund against an order.

        ``POST /v1/api/refunds`` (RefundsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/refunds",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_refunds_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RefundResponseDto:
        """Get a refund by ID

        Fetches one refund.

        ``GET /v1/api/refunds/{id}`` (RefundsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_refunds_get(response)

    async def update(
        self,
        id: str,
        body: UpdateRefundDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RefundResponseDto:
        """Update a refund by ID

        Changes fields of a refund.

        ``PATCH /v1/api/refunds/{id}`` (RefundsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_refunds_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a refund by ID

        Removes a refund.

        ``DELETE /v1/api/refunds/{id}`` (RefundsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/refunds/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_refunds_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[RefundResponseDto]:
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
            deadline=deadline,
        )
        return _parse_refunds_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[RefundResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[RefundResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class RolesResourceWithRawResponse:
    """``roles`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateRoleDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RoleResponseDto]:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/roles",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_roles_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RoleResponseDto]:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/roles/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_roles_get)

    async def update(
        self,
        id: str,
        body: UpdateRoleDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RoleResponseDto]:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/roles/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_roles_update)


class RolesResource:
    """The ``roles`` endpoints (tags: Roles)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = RolesResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateRoleDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RoleResponseDto:
        """Create a new role

        Creates one role with its permission list.

        ``POST /v1/api/roles`` (RolesController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/roles",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_roles_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RoleResponseDto:
        """Get a role by ID

        Returns one role by its identifier.

        ``GET /v1/api/roles/{id}`` (RolesController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/roles/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_roles_get(response)

    async def update(
        self,
        id: str,
        body: UpdateRoleDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RoleResponseDto:
        """Update a role by ID

        Partially updates one role.

        ``PATCH /v1/api/roles/{id}`` (RolesController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/roles/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_roles_update(response)


class SessionsResourceWithRawResponse:
    """``sessions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateSessionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SessionResponseDto]:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/session",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_sessions_create)

    async def update(
        self,
        id: str,
        body: UpdateSessionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SessionResponseDto]:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/session/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_sessions_update)


class SessionsResource:
    """The ``sessions`` endpoints (tags: Session)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = SessionsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateSessionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> SessionResponseDto:
        """Create a new session

        Opens (records) one register session for a station.

        ``POST /v1/api/session`` (SessionController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/session",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_sessions_create(response)

    async def update(
        self,
        id: str,
        body: UpdateSessionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> SessionResponseDto:
        """Update a session by ID

        Partially updates one session, e.g. to record its closing data.

        ``PATCH /v1/api/session/{id}`` (SessionController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/session/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_sessions_update(response)


class StationsResourceWithRawResponse:
    """``stations`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateStationDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[StationResponseDto]:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/station",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_stations_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[StationResponseDto]:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_stations_get)

    async def update(
        self,
        id: str,
        body: UpdateStationDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[StationResponseDto]:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_stations_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_stations_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_stations_list)


class StationsResource:
    """The ``stations`` endpoints (tags: Station, Stations)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = StationsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateStationDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> StationResponseDto:
        """Create a new station

        Registers a register/terminal station in an outlet.

        ``POST /v1/api/station`` (StationController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/station",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_stations_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> StationResponseDto:
        """Get a station by ID

        Fetches one station.

        ``GET /v1/api/station/{id}`` (StationController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_stations_get(response)

    async def update(
        self,
        id: str,
        body: UpdateStationDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> StationResponseDto:
        """Update a station by ID

        Changes fields of a station.

        ``PATCH /v1/api/station/{id}`` (StationController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_stations_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a station by ID

        Removes a station.

        ``DELETE /v1/api/station/{id}`` (StationController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/station/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_stations_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[StationResponseDto]:
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
            deadline=deadline,
        )
        return _parse_stations_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[StationResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[StationResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class TransactionsResourceWithRawResponse:
    """``transactions`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateTransactionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionResponseDto]:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/transactions",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_transactions_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionResponseDto]:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_transactions_get)

    async def update(
        self,
        id: str,
        body: UpdateTransactionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[TransactionResponseDto]:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_transactions_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_transactions_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_transactions_list)


class TransactionsResource:
    """The ``transactions`` endpoints (tags: Transactions)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = TransactionsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateTransactionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> TransactionResponseDto:
        """Create a new transaction

        Records a payment (or other money movement) for an order.

        ``POST /v1/api/transactions`` (TransactionsController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/transactions",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_transactions_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> TransactionResponseDto:
        """Get a transaction by ID

        Fetches one transaction.

        ``GET /v1/api/transactions/{id}`` (TransactionsController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_transactions_get(response)

    async def update(
        self,
        id: str,
        body: UpdateTransactionDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> TransactionResponseDto:
        """Update a transaction by ID

        Changes fields of a transaction.

        ``PATCH /v1/api/transactions/{id}`` (TransactionsController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_transactions_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a transaction by ID

        Removes a transaction.

        ``DELETE /v1/api/transactions/{id}`` (TransactionsController_delete).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/transactions/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_transactions_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[TransactionResponseDto]:
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
            deadline=deadline,
        )
        return _parse_transactions_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[TransactionResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[TransactionResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class VariantsResourceWithRawResponse:
    """``variants`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateVariantDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VariantResponseDto]:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/variant",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_variants_create)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VariantResponseDto]:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_variants_get)

    async def update(
        self,
        id: str,
        body: UpdateVariantDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[VariantResponseDto]:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_variants_update)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_variants_delete)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            deadline=deadline,
        )
        return RawResponse(response, _parse_variants_list)


class VariantsResource:
    """The ``variants`` endpoints (tags: Variant, Variants)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = VariantsResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateVariantDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> VariantResponseDto:
        """Create a new variant

        Creates a variant (sellable SKU with price and per-outlet stock) under a product.

        ``POST /v1/api/variant`` (VariantController_create).
        """
        response = await self._client._send(
            "POST",
            "/v1/api/variant",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_variants_create(response)

    async def get(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> VariantResponseDto:
        """Get a variant by ID

        Returns a single variant by its ID.

        ``GET /v1/api/variant/{id}`` (VariantController_findOne).
        """
        response = await self._client._send(
            "GET",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_variants_get(response)

    async def update(
        self,
        id: str,
        body: UpdateVariantDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> VariantResponseDto:
        """Update a variant by ID

        Updates an existing variant; every body field is optional (full replace semantics
        not documented).

        ``PUT /v1/api/variant/{id}`` (VariantController_update).
        """
        response = await self._client._send(
            "PUT",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_variants_update(response)

    async def delete(
        self,
        id: str,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Delete a variant by ID

        Deletes a variant by its ID.

        ``DELETE /v1/api/variant/{id}`` (VariantController_remove).
        """
        response = await self._client._send(
            "DELETE",
            f"/v1/api/variant/{path_segment('id', id)}",
            params=None,
            json=None,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_variants_delete(response)

    async def list(
        self,
        *,
        skip: int = 0,
        limit: int = 50,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> builtins.list[VariantResponseDto]:
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
            deadline=deadline,
        )
        return _parse_variants_list(response)

    def iterate(
        self,
        *,
        page_size: int = 100,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[VariantResponseDto]:
        """Every record, requesting page after page of ``page_size`` (1..100) lazily.

        Stops at the first page shorter than ``page_size``. ``ValueError`` for a bad
        ``page_size``, before any request.
        """

        async def fetch_page(skip: int, limit: int) -> builtins.list[VariantResponseDto]:
            return await self.list(
                skip=skip, limit=limit, timeout=timeout, max_retries=max_retries, deadline=deadline
            )

        return iterate_pages(fetch_page, page_size)


class ZapierTriggersResourceWithRawResponse:
    """``zapier_triggers`` methods returning a ``RawResponse`` (HTTP response + ``parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def create(
        self,
        body: CreateZapierTriggerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_zapier_triggers_create)

    async def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Any]:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/zapier-triggers/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return RawResponse(response, _parse_zapier_triggers_update)


class ZapierTriggersResource:
    """The ``zapier_triggers`` endpoints (tags: ZapierTriggers)."""

    __slots__ = ("_client", "with_raw_response")

    def __init__(self, client: BaseClient) -> None:
        self._client = client
        self.with_raw_response = ZapierTriggersResourceWithRawResponse(client)

    async def create(
        self,
        body: CreateZapierTriggerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
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
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_zapier_triggers_create(response)

    async def update(
        self,
        id: str,
        body: UpdateZapierTriggerDto,
        *,
        timeout: TimeoutOption | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Update a zapiertrigger

        Changes fields of an existing Zapier trigger (inferred).

        ``PATCH /v1/api/zapier-triggers/{id}`` (ZapierTriggersController_update).
        """
        response = await self._client._send(
            "PATCH",
            f"/v1/api/zapier-triggers/{path_segment('id', id)}",
            params=None,
            json=body.to_dict(),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        return _parse_zapier_triggers_update(response)
