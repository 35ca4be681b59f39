# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``, one module each."""

from .accounts import AccountsResource, AccountsResourceWithRawResponse
from .attachments import AttachmentsResource, AttachmentsResourceWithRawResponse
from .categories import CategoriesResource, CategoriesResourceWithRawResponse
from .custom_table_data import CustomTableDataResource, CustomTableDataResourceWithRawResponse
from .custom_table_fields import CustomTableFieldsResource, CustomTableFieldsResourceWithRawResponse
from .custom_table_rows import CustomTableRowsResource, CustomTableRowsResourceWithRawResponse
from .custom_table_values import CustomTableValuesResource, CustomTableValuesResourceWithRawResponse
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
