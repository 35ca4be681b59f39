# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``, one module each, imported on first use (module
``__getattr__``); type checkers and IDEs read the imports under ``TYPE_CHECKING``."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import AccountsResource, AccountsResourceWithRawResponse
    from .attachments import AttachmentsResource, AttachmentsResourceWithRawResponse
    from .categories import CategoriesResource, CategoriesResourceWithRawResponse
    from .custom_table_data import CustomTableDataResource, CustomTableDataResourceWithRawResponse
    from .custom_table_fields import (
        CustomTableFieldsResource,
        CustomTableFieldsResourceWithRawResponse,
    )
    from .custom_table_rows import CustomTableRowsResource, CustomTableRowsResourceWithRawResponse
    from .custom_table_values import (
        CustomTableValuesResource,
        CustomTableValuesResourceWithRawResponse,
    )
    from .custom_tables import CustomTablesResource, CustomTablesResourceWithRawResponse
    from .customers import CustomersResource, CustomersResourceWithRawResponse
    from .orders import OrdersResource, OrdersResourceWithRawResponse
    from .outlets import OutletsResource, OutletsResourceWithRawResponse
    from .products import ProductsResource, ProductsResourceWithRawResponse
    from .refunds import RefundsResource, RefundsResourceWithRawResponse
    from .roles import RolesResource, RolesResourceWithRawResponse
    from .sessions import SessionsResource, SessionsResourceWithRawResponse
    from .stations import StationsResource, StationsResourceWithRawResponse
    from .transactions import TransactionsResource, TransactionsResourceWithRawResponse
    from .variants import VariantsResource, VariantsResourceWithRawResponse
    from .zapier_triggers import ZapierTriggersResource, ZapierTriggersResourceWithRawResponse

_MODULE_OF = {
    "AccountsResource": ".accounts",
    "AccountsResourceWithRawResponse": ".accounts",
    "AttachmentsResource": ".attachments",
    "AttachmentsResourceWithRawResponse": ".attachments",
    "CategoriesResource": ".categories",
    "CategoriesResourceWithRawResponse": ".categories",
    "CustomTableDataResource": ".custom_table_data",
    "CustomTableDataResourceWithRawResponse": ".custom_table_data",
    "CustomTableFieldsResource": ".custom_table_fields",
    "CustomTableFieldsResourceWithRawResponse": ".custom_table_fields",
    "CustomTableRowsResource": ".custom_table_rows",
    "CustomTableRowsResourceWithRawResponse": ".custom_table_rows",
    "CustomTableValuesResource": ".custom_table_values",
    "CustomTableValuesResourceWithRawResponse": ".custom_table_values",
    "CustomTablesResource": ".custom_tables",
    "CustomTablesResourceWithRawResponse": ".custom_tables",
    "CustomersResource": ".customers",
    "CustomersResourceWithRawResponse": ".customers",
    "OrdersResource": ".orders",
    "OrdersResourceWithRawResponse": ".orders",
    "OutletsResource": ".outlets",
    "OutletsResourceWithRawResponse": ".outlets",
    "ProductsResource": ".products",
    "ProductsResourceWithRawResponse": ".products",
    "RefundsResource": ".refunds",
    "RefundsResourceWithRawResponse": ".refunds",
    "RolesResource": ".roles",
    "RolesResourceWithRawResponse": ".roles",
    "SessionsResource": ".sessions",
    "SessionsResourceWithRawResponse": ".sessions",
    "StationsResource": ".stations",
    "StationsResourceWithRawResponse": ".stations",
    "TransactionsResource": ".transactions",
    "TransactionsResourceWithRawResponse": ".transactions",
    "VariantsResource": ".variants",
    "VariantsResourceWithRawResponse": ".variants",
    "ZapierTriggersResource": ".zapier_triggers",
    "ZapierTriggersResourceWithRawResponse": ".zapier_triggers",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "AccountsResource",
    "AccountsResourceWithRawResponse",
    "AttachmentsResource",
    "AttachmentsResourceWithRawResponse",
    "CategoriesResource",
    "CategoriesResourceWithRawResponse",
    "CustomTableDataResource",
    "CustomTableDataResourceWithRawResponse",
    "CustomTableFieldsResource",
    "CustomTableFieldsResourceWithRawResponse",
    "CustomTableRowsResource",
    "CustomTableRowsResourceWithRawResponse",
    "CustomTableValuesResource",
    "CustomTableValuesResourceWithRawResponse",
    "CustomTablesResource",
    "CustomTablesResourceWithRawResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
    "OutletsResource",
    "OutletsResourceWithRawResponse",
    "ProductsResource",
    "ProductsResourceWithRawResponse",
    "RefundsResource",
    "RefundsResourceWithRawResponse",
    "RolesResource",
    "RolesResourceWithRawResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
    "StationsResource",
    "StationsResourceWithRawResponse",
    "TransactionsResource",
    "TransactionsResourceWithRawResponse",
    "VariantsResource",
    "VariantsResourceWithRawResponse",
    "ZapierTriggersResource",
    "ZapierTriggersResourceWithRawResponse",
)
