# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``, one module each, imported on first use (module
``__getattr__``); type checkers and IDEs read the imports under ``TYPE_CHECKING``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._lazy import lazy_attributes as _lazy_attributes

if TYPE_CHECKING:
    from .accounts import (
        AccountsResource,
        AccountsResourceWithRawResponse,
        AccountsResourceWithStreamingResponse,
    )
    from .attachments import (
        AttachmentsResource,
        AttachmentsResourceWithRawResponse,
        AttachmentsResourceWithStreamingResponse,
    )
    from .categories import (
        CategoriesResource,
        CategoriesResourceWithRawResponse,
        CategoriesResourceWithStreamingResponse,
    )
    from .custom_table_data import (
        CustomTableDataResource,
        CustomTableDataResourceWithRawResponse,
        CustomTableDataResourceWithStreamingResponse,
    )
    from .custom_table_fields import (
        CustomTableFieldsResource,
        CustomTableFieldsResourceWithRawResponse,
        CustomTableFieldsResourceWithStreamingResponse,
    )
    from .custom_table_rows import (
        CustomTableRowsResource,
        CustomTableRowsResourceWithRawResponse,
        CustomTableRowsResourceWithStreamingResponse,
    )
    from .custom_table_values import (
        CustomTableValuesResource,
        CustomTableValuesResourceWithRawResponse,
        CustomTableValuesResourceWithStreamingResponse,
    )
    from .custom_tables import (
        CustomTablesResource,
        CustomTablesResourceWithRawResponse,
        CustomTablesResourceWithStreamingResponse,
    )
    from .customers import (
        CustomersResource,
        CustomersResourceWithRawResponse,
        CustomersResourceWithStreamingResponse,
    )
    from .orders import (
        OrdersResource,
        OrdersResourceWithRawResponse,
        OrdersResourceWithStreamingResponse,
    )
    from .outlets import (
        OutletsResource,
        OutletsResourceWithRawResponse,
        OutletsResourceWithStreamingResponse,
    )
    from .products import (
        ProductsResource,
        ProductsResourceWithRawResponse,
        ProductsResourceWithStreamingResponse,
    )
    from .refunds import (
        RefundsResource,
        RefundsResourceWithRawResponse,
        RefundsResourceWithStreamingResponse,
    )
    from .roles import (
        RolesResource,
        RolesResourceWithRawResponse,
        RolesResourceWithStreamingResponse,
    )
    from .sessions import (
        SessionsResource,
        SessionsResourceWithRawResponse,
        SessionsResourceWithStreamingResponse,
    )
    from .stations import (
        StationsResource,
        StationsResourceWithRawResponse,
        StationsResourceWithStreamingResponse,
    )
    from .transactions import (
        TransactionsResource,
        TransactionsResourceWithRawResponse,
        TransactionsResourceWithStreamingResponse,
    )
    from .variants import (
        VariantsResource,
        VariantsResourceWithRawResponse,
        VariantsResourceWithStreamingResponse,
    )
    from .zapier_triggers import (
        ZapierTriggersResource,
        ZapierTriggersResourceWithRawResponse,
        ZapierTriggersResourceWithStreamingResponse,
    )

_MODULE_OF = {
    "AccountsResource": ".accounts",
    "AccountsResourceWithRawResponse": ".accounts",
    "AccountsResourceWithStreamingResponse": ".accounts",
    "AttachmentsResource": ".attachments",
    "AttachmentsResourceWithRawResponse": ".attachments",
    "AttachmentsResourceWithStreamingResponse": ".attachments",
    "CategoriesResource": ".categories",
    "CategoriesResourceWithRawResponse": ".categories",
    "CategoriesResourceWithStreamingResponse": ".categories",
    "CustomTableDataResource": ".custom_table_data",
    "CustomTableDataResourceWithRawResponse": ".custom_table_data",
    "CustomTableDataResourceWithStreamingResponse": ".custom_table_data",
    "CustomTableFieldsResource": ".custom_table_fields",
    "CustomTableFieldsResourceWithRawResponse": ".custom_table_fields",
    "CustomTableFieldsResourceWithStreamingResponse": ".custom_table_fields",
    "CustomTableRowsResource": ".custom_table_rows",
    "CustomTableRowsResourceWithRawResponse": ".custom_table_rows",
    "CustomTableRowsResourceWithStreamingResponse": ".custom_table_rows",
    "CustomTableValuesResource": ".custom_table_values",
    "CustomTableValuesResourceWithRawResponse": ".custom_table_values",
    "CustomTableValuesResourceWithStreamingResponse": ".custom_table_values",
    "CustomTablesResource": ".custom_tables",
    "CustomTablesResourceWithRawResponse": ".custom_tables",
    "CustomTablesResourceWithStreamingResponse": ".custom_tables",
    "CustomersResource": ".customers",
    "CustomersResourceWithRawResponse": ".customers",
    "CustomersResourceWithStreamingResponse": ".customers",
    "OrdersResource": ".orders",
    "OrdersResourceWithRawResponse": ".orders",
    "OrdersResourceWithStreamingResponse": ".orders",
    "OutletsResource": ".outlets",
    "OutletsResourceWithRawResponse": ".outlets",
    "OutletsResourceWithStreamingResponse": ".outlets",
    "ProductsResource": ".products",
    "ProductsResourceWithRawResponse": ".products",
    "ProductsResourceWithStreamingResponse": ".products",
    "RefundsResource": ".refunds",
    "RefundsResourceWithRawResponse": ".refunds",
    "RefundsResourceWithStreamingResponse": ".refunds",
    "RolesResource": ".roles",
    "RolesResourceWithRawResponse": ".roles",
    "RolesResourceWithStreamingResponse": ".roles",
    "SessionsResource": ".sessions",
    "SessionsResourceWithRawResponse": ".sessions",
    "SessionsResourceWithStreamingResponse": ".sessions",
    "StationsResource": ".stations",
    "StationsResourceWithRawResponse": ".stations",
    "StationsResourceWithStreamingResponse": ".stations",
    "TransactionsResource": ".transactions",
    "TransactionsResourceWithRawResponse": ".transactions",
    "TransactionsResourceWithStreamingResponse": ".transactions",
    "VariantsResource": ".variants",
    "VariantsResourceWithRawResponse": ".variants",
    "VariantsResourceWithStreamingResponse": ".variants",
    "ZapierTriggersResource": ".zapier_triggers",
    "ZapierTriggersResourceWithRawResponse": ".zapier_triggers",
    "ZapierTriggersResourceWithStreamingResponse": ".zapier_triggers",
}


__getattr__, __dir__ = _lazy_attributes(globals(), _MODULE_OF)


__all__ = (
    "AccountsResource",
    "AccountsResourceWithRawResponse",
    "AccountsResourceWithStreamingResponse",
    "AttachmentsResource",
    "AttachmentsResourceWithRawResponse",
    "AttachmentsResourceWithStreamingResponse",
    "CategoriesResource",
    "CategoriesResourceWithRawResponse",
    "CategoriesResourceWithStreamingResponse",
    "CustomTableDataResource",
    "CustomTableDataResourceWithRawResponse",
    "CustomTableDataResourceWithStreamingResponse",
    "CustomTableFieldsResource",
    "CustomTableFieldsResourceWithRawResponse",
    "CustomTableFieldsResourceWithStreamingResponse",
    "CustomTableRowsResource",
    "CustomTableRowsResourceWithRawResponse",
    "CustomTableRowsResourceWithStreamingResponse",
    "CustomTableValuesResource",
    "CustomTableValuesResourceWithRawResponse",
    "CustomTableValuesResourceWithStreamingResponse",
    "CustomTablesResource",
    "CustomTablesResourceWithRawResponse",
    "CustomTablesResourceWithStreamingResponse",
    "CustomersResource",
    "CustomersResourceWithRawResponse",
    "CustomersResourceWithStreamingResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
    "OrdersResourceWithStreamingResponse",
    "OutletsResource",
    "OutletsResourceWithRawResponse",
    "OutletsResourceWithStreamingResponse",
    "ProductsResource",
    "ProductsResourceWithRawResponse",
    "ProductsResourceWithStreamingResponse",
    "RefundsResource",
    "RefundsResourceWithRawResponse",
    "RefundsResourceWithStreamingResponse",
    "RolesResource",
    "RolesResourceWithRawResponse",
    "RolesResourceWithStreamingResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
    "SessionsResourceWithStreamingResponse",
    "StationsResource",
    "StationsResourceWithRawResponse",
    "StationsResourceWithStreamingResponse",
    "TransactionsResource",
    "TransactionsResourceWithRawResponse",
    "TransactionsResourceWithStreamingResponse",
    "VariantsResource",
    "VariantsResourceWithRawResponse",
    "VariantsResourceWithStreamingResponse",
    "ZapierTriggersResource",
    "ZapierTriggersResourceWithRawResponse",
    "ZapierTriggersResourceWithStreamingResponse",
)
