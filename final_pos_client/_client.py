# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""``FinalPOS``: the async client for Final POS API, one attribute per resource."""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import errors as _errors  # noqa: F401 (registers the description's extra status classes)
from ._core._base_client import BaseClient
from ._core._client_config import DEFAULT_MAX_RESPONSE_BYTES
from ._core._not_given import NOT_GIVEN, NotGiven
from ._core._request_options import DeadlineOption, Headers, Query, TimeoutOption
from ._core._retry_policy import RetryTiming, RetryWrites

if TYPE_CHECKING:
    from .resources.accounts import AccountsResource
    from .resources.attachments import AttachmentsResource
    from .resources.categories import CategoriesResource
    from .resources.custom_table_data import CustomTableDataResource
    from .resources.custom_table_fields import CustomTableFieldsResource
    from .resources.custom_table_rows import CustomTableRowsResource
    from .resources.custom_table_values import CustomTableValuesResource
    from .resources.custom_tables import CustomTablesResource
    from .resources.customers import CustomersResource
    from .resources.orders import OrdersResource
    from .resources.outlets import OutletsResource
    from .resources.products import ProductsResource
    from .resources.refunds import RefundsResource
    from .resources.roles import RolesResource
    from .resources.sessions import SessionsResource
    from .resources.stations import StationsResource
    from .resources.transactions import TransactionsResource
    from .resources.variants import VariantsResource
    from .resources.zapier_triggers import ZapierTriggersResource

# Resources (and the models they parse into) are imported on first use: cheap cold start.
_RESOURCES = (
    "accounts",
    "attachments",
    "categories",
    "custom_table_data",
    "custom_table_fields",
    "custom_table_rows",
    "custom_table_values",
    "custom_tables",
    "customers",
    "orders",
    "outlets",
    "products",
    "refunds",
    "roles",
    "sessions",
    "stations",
    "transactions",
    "variants",
    "zapier_triggers",
)


class FinalPOS(BaseClient):
    """Async client for Final POS API.

    ``api_key`` defaults to ``$FINAL_POS_API_KEY``, ``base_url`` to ``$FINAL_POS_BASE_URL``, then
    ``https://api.finalpos.com``. Use ``async with FinalPOS() as pos:`` (or ``await pos.aclose()``);
    one instance is safe to share across tasks. Failed calls raise ``final_pos_client.errors``.
    ``timeout`` bounds each phase of an attempt (as in httpx); ``deadline`` the whole call,
    retries, waits and body included (default: 4 x the largest phase of ``timeout``);
    ``max_response_bytes`` the decoded size of any answer (default 32 MiB).
    ``default_headers`` / ``default_query`` go with every request (the API key header cannot be
    among them); ``$FINAL_POS_LOG=debug|info`` turns on logging.
    ``observe=PATH`` (or ``$FINAL_POS_OBSERVE``) records how answers differ from the description
    (shapes and counts only) into a SQLite file; ``observe_sample_rate`` checks that share of calls.

    Retries (up to ``max_retries``, within the deadline): a read, PUT, PATCH or DELETE on 408,
    429, 500, 502, 503, 504 and on connection failures; a POST only on 429 and 503 or a failure
    before the request left (it creates a record: after a 500 or a lost connection it may
    exist). ``retry_writes="never"`` retries no write; ``"always"`` a POST as a PUT. Every
    request carries an ``x-request-id`` (yours from ``extra_headers`` wins), each retry an
    ``x-final-pos-retry-count``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutOption = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        *,
        deadline: DeadlineOption | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        retry_timing: RetryTiming | None = None,
        observe: str | os.PathLike[str] | None = None,
        observe_sample_rate: float | None = None,
        retry_writes: RetryWrites = "safe",
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
            retry_timing=retry_timing,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            default_query=default_query,
            observe=observe,
            observe_sample_rate=observe_sample_rate,
            retry_writes=retry_writes,
        )

    def _after_copy(self) -> None:
        # A copy's resources must call the copy: drop those cached from the original.
        for name in _RESOURCES:
            self.__dict__.pop(name, None)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self)

    @cached_property
    def attachments(self) -> AttachmentsResource:
        from .resources.attachments import AttachmentsResource

        return AttachmentsResource(self)

    @cached_property
    def categories(self) -> CategoriesResource:
        from .resources.categories import CategoriesResource

        return CategoriesResource(self)

    @cached_property
    def custom_table_data(self) -> CustomTableDataResource:
        from .resources.custom_table_data import CustomTableDataResource

        return CustomTableDataResource(self)

    @cached_property
    def custom_table_fields(self) -> CustomTableFieldsResource:
        from .resources.custom_table_fields import CustomTableFieldsResource

        return CustomTableFieldsResource(self)

    @cached_property
    def custom_table_rows(self) -> CustomTableRowsResource:
        from .resources.custom_table_rows import CustomTableRowsResource

        return CustomTableRowsResource(self)

    @cached_property
    def custom_table_values(self) -> CustomTableValuesResource:
        from .resources.custom_table_values import CustomTableValuesResource

        return CustomTableValuesResource(self)

    @cached_property
    def custom_tables(self) -> CustomTablesResource:
        from .resources.custom_tables import CustomTablesResource

        return CustomTablesResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        from .resources.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def outlets(self) -> OutletsResource:
        from .resources.outlets import OutletsResource

        return OutletsResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def refunds(self) -> RefundsResource:
        from .resources.refunds import RefundsResource

        return RefundsResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def sessions(self) -> SessionsResource:
        from .resources.sessions import SessionsResource

        return SessionsResource(self)

    @cached_property
    def stations(self) -> StationsResource:
        from .resources.stations import StationsResource

        return StationsResource(self)

    @cached_property
    def transactions(self) -> TransactionsResource:
        from .resources.transactions import TransactionsResource

        return TransactionsResource(self)

    @cached_property
    def variants(self) -> VariantsResource:
        from .resources.variants import VariantsResource

        return VariantsResource(self)

    @cached_property
    def zapier_triggers(self) -> ZapierTriggersResource:
        from .resources.zapier_triggers import ZapierTriggersResource

        return ZapierTriggersResource(self)
