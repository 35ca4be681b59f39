# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS``: the async client for Final POS API, one attribute per resource."""

from __future__ import annotations

import os

import httpx

from ._core._base_client import BaseClient, TimeoutOption
from ._core._retry_policy import RetryTiming
from .resources import (
    AccountsResource,
    AttachmentsResource,
    CategoriesResource,
    CustomersResource,
    CustomTableDataResource,
    CustomTableFieldsResource,
    CustomTableRowsResource,
    CustomTablesResource,
    CustomTableValuesResource,
    OrdersResource,
    OutletsResource,
    ProductsResource,
    RefundsResource,
    RolesResource,
    SessionsResource,
    StationsResource,
    TransactionsResource,
    VariantsResource,
    ZapierTriggersResource,
)


class FinalPOS(BaseClient):
    """Async client for Final POS API.

    ``api_key`` defaults to ``$FINAL_POS_API_KEY``, ``base_url`` to ``$FINAL_POS_BASE_URL``, then
    ``https://api.finalpos.com``. Use ``async with FinalPOS() as pos:`` (or ``await pos.aclose()``);
    one instance is safe to share across tasks. Failed calls raise ``final_pos_client.errors``.
    ``observe=PATH`` (or ``$FINAL_POS_OBSERVE``) records how answers differ from the description
    (shapes and counts only) into a SQLite file; ``observe_sample_rate`` checks that share of calls.
    """

    accounts: AccountsResource
    attachments: AttachmentsResource
    categories: CategoriesResource
    custom_table_data: CustomTableDataResource
    custom_table_fields: CustomTableFieldsResource
    custom_table_rows: CustomTableRowsResource
    custom_table_values: CustomTableValuesResource
    custom_tables: CustomTablesResource
    customers: CustomersResource
    orders: OrdersResource
    outlets: OutletsResource
    products: ProductsResource
    refunds: RefundsResource
    roles: RolesResource
    sessions: SessionsResource
    stations: StationsResource
    transactions: TransactionsResource
    variants: VariantsResource
    zapier_triggers: ZapierTriggersResource

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutOption = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        *,
        retry_timing: RetryTiming | None = None,
        observe: str | os.PathLike[str] | None = None,
        observe_sample_rate: float | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
            retry_timing=retry_timing,
            observe=observe,
            observe_sample_rate=observe_sample_rate,
        )
        self._bind_resources()

    def _after_copy(self) -> None:
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.accounts = AccountsResource(self)
        self.attachments = AttachmentsResource(self)
        self.categories = CategoriesResource(self)
        self.custom_table_data = CustomTableDataResource(self)
        self.custom_table_fields = CustomTableFieldsResource(self)
        self.custom_table_rows = CustomTableRowsResource(self)
        self.custom_table_values = CustomTableValuesResource(self)
        self.custom_tables = CustomTablesResource(self)
        self.customers = CustomersResource(self)
        self.orders = OrdersResource(self)
        self.outlets = OutletsResource(self)
        self.products = ProductsResource(self)
        self.refunds = RefundsResource(self)
        self.roles = RolesResource(self)
        self.sessions = SessionsResource(self)
        self.stations = StationsResource(self)
        self.transactions = TransactionsResource(self)
        self.variants = VariantsResource(self)
        self.zapier_triggers = ZapierTriggersResource(self)
