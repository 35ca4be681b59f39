# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates, runtime,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""The resources of ``FinalPOS``, one module each."""

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
