# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (module ``__getattr__``), so that importing the
package stays cheap; type checkers and IDEs read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._lazy import lazy_attributes as _lazy_attributes

if TYPE_CHECKING:
    from .account_response_dto import AccountResponseDto
    from .address_dto import AddressDto
    from .attachment_response_dto import AttachmentResponseDto
    from .attribute_dto import AttributeDto
    from .category_response_dto import CategoryResponseDto
    from .create_account_dto import CreateAccountDto
    from .create_attachment_dto import CreateAttachmentDto
    from .create_category_dto import CreateCategoryDto
    from .create_custom_table_row_dto import CreateCustomTableRowDto
    from .create_custom_table_value_dto import CreateCustomTableValueDto
    from .create_customer_dto import CreateCustomerDto
    from .create_order_dto import CreateOrderDto
    from .create_outlet_dto import CreateOutletDto
    from .create_product_dto import CreateProductDto
    from .create_refund_dto import CreateRefundDto
    from .create_role_dto import CreateRoleDto
    from .create_session_dto import CreateSessionDto
    from .create_station_dto import CreateStationDto
    from .create_transaction_dto import CreateTransactionDto
    from .create_variant_dto import CreateVariantDto
    from .create_zapier_trigger_dto import CreateZapierTriggerDto
    from .custom_table_data_row import CustomTableDataRow
    from .custom_table_field_response_dto import CustomTableFieldResponseDto
    from .custom_table_metadata_dto import CustomTableMetadataDto
    from .custom_table_response_dto import CustomTableResponseDto
    from .custom_table_row_response_dto import CustomTableRowResponseDto
    from .custom_table_value_response_dto import CustomTableValueResponseDto
    from .customer import Customer
    from .customer_metadata_dto import CustomerMetadataDto
    from .discount_detail_dto import DiscountDetailDto
    from .error_response_dto import ErrorResponseDto
    from .fee_detail_dto import FeeDetailDto
    from .inventory_dto import InventoryDto
    from .line_item_discount_dto import LineItemDiscountDto
    from .line_item_fee_dto import LineItemFeeDto
    from .metadata_dto import MetadataDto
    from .note_dto import NoteDto
    from .object_id import ObjectId
    from .order_address_dto import OrderAddressDto
    from .order_cart_discount_dto import OrderCartDiscountDto
    from .order_cart_fee_dto import OrderCartFeeDto
    from .order_custom_sale_discount_dto import OrderCustomSaleDiscountDto
    from .order_custom_sale_dto import OrderCustomSaleDto
    from .order_custom_sale_fee_dto import OrderCustomSaleFeeDto
    from .order_line_item_dto import OrderLineItemDto
    from .order_note_dto import OrderNoteDto
    from .order_pos_data_dto import OrderPosDataDto
    from .order_response_dto import OrderResponseDto
    from .order_summary_dto import OrderSummaryDto
    from .order_tax_dto import OrderTaxDto
    from .order_tip_dto import OrderTipDto
    from .outlet_response_dto import OutletResponseDto
    from .outlet_stripe_dto import OutletStripeDto
    from .product_response_dto import ProductResponseDto
    from .refund_cart_discount_dto import RefundCartDiscountDto
    from .refund_line_item_discount_dto import RefundLineItemDiscountDto
    from .refund_line_item_dto import RefundLineItemDto
    from .refund_payment_dto import RefundPaymentDto
    from .refund_response_dto import RefundResponseDto
    from .refund_summary_dto import RefundSummaryDto
    from .refund_tax_dto import RefundTaxDto
    from .role_permission_dto import RolePermissionDto
    from .role_response_dto import RoleResponseDto
    from .session_closing_amounts_dto import SessionClosingAmountsDto
    from .session_response_dto import SessionResponseDto
    from .station_response_dto import StationResponseDto
    from .transaction_payment_data_dto import TransactionPaymentDataDto
    from .transaction_response_dto import TransactionResponseDto
    from .update_account_dto import UpdateAccountDto
    from .update_category_dto import UpdateCategoryDto
    from .update_custom_table_value_dto import UpdateCustomTableValueDto
    from .update_customer_dto import UpdateCustomerDto
    from .update_order_dto import UpdateOrderDto
    from .update_outlet_dto import UpdateOutletDto
    from .update_product_dto import UpdateProductDto
    from .update_refund_dto import UpdateRefundDto
    from .update_role_dto import UpdateRoleDto
    from .update_session_dto import UpdateSessionDto
    from .update_station_dto import UpdateStationDto
    from .update_transaction_dto import UpdateTransactionDto
    from .update_variant_dto import UpdateVariantDto
    from .update_zapier_trigger_dto import UpdateZapierTriggerDto
    from .variant_response_dto import VariantResponseDto

_MODULE_OF = {
    "AccountResponseDto": ".account_response_dto",
    "AddressDto": ".address_dto",
    "AttachmentResponseDto": ".attachment_response_dto",
    "AttributeDto": ".attribute_dto",
    "CategoryResponseDto": ".category_response_dto",
    "CreateAccountDto": ".create_account_dto",
    "CreateAttachmentDto": ".create_attachment_dto",
    "CreateCategoryDto": ".create_category_dto",
    "CreateCustomTableRowDto": ".create_custom_table_row_dto",
    "CreateCustomTableValueDto": ".create_custom_table_value_dto",
    "CreateCustomerDto": ".create_customer_dto",
    "CreateOrderDto": ".create_order_dto",
    "CreateOutletDto": ".create_outlet_dto",
    "CreateProductDto": ".create_product_dto",
    "CreateRefundDto": ".create_refund_dto",
    "CreateRoleDto": ".create_role_dto",
    "CreateSessionDto": ".create_session_dto",
    "CreateStationDto": ".create_station_dto",
    "CreateTransactionDto": ".create_transaction_dto",
    "CreateVariantDto": ".create_variant_dto",
    "CreateZapierTriggerDto": ".create_zapier_trigger_dto",
    "CustomTableDataRow": ".custom_table_data_row",
    "CustomTableFieldResponseDto": ".custom_table_field_response_dto",
    "CustomTableMetadataDto": ".custom_table_metadata_dto",
    "CustomTableResponseDto": ".custom_table_response_dto",
    "CustomTableRowResponseDto": ".custom_table_row_response_dto",
    "CustomTableValueResponseDto": ".custom_table_value_response_dto",
    "Customer": ".customer",
    "CustomerMetadataDto": ".customer_metadata_dto",
    "DiscountDetailDto": ".discount_detail_dto",
    "ErrorResponseDto": ".error_response_dto",
    "FeeDetailDto": ".fee_detail_dto",
    "InventoryDto": ".inventory_dto",
    "LineItemDiscountDto": ".line_item_discount_dto",
    "LineItemFeeDto": ".line_item_fee_dto",
    "MetadataDto": ".metadata_dto",
    "NoteDto": ".note_dto",
    "ObjectId": ".object_id",
    "OrderAddressDto": ".order_address_dto",
    "OrderCartDiscountDto": ".order_cart_discount_dto",
    "OrderCartFeeDto": ".order_cart_fee_dto",
    "OrderCustomSaleDiscountDto": ".order_custom_sale_discount_dto",
    "OrderCustomSaleDto": ".order_custom_sale_dto",
    "OrderCustomSaleFeeDto": ".order_custom_sale_fee_dto",
    "OrderLineItemDto": ".order_line_item_dto",
    "OrderNoteDto": ".order_note_dto",
    "OrderPosDataDto": ".order_pos_data_dto",
    "OrderResponseDto": ".order_response_dto",
    "OrderSummaryDto": ".order_summary_dto",
    "OrderTaxDto": ".order_tax_dto",
    "OrderTipDto": ".order_tip_dto",
    "OutletResponseDto": ".outlet_response_dto",
    "OutletStripeDto": ".outlet_stripe_dto",
    "ProductResponseDto": ".product_response_dto",
    "RefundCartDiscountDto": ".refund_cart_discount_dto",
    "RefundLineItemDiscountDto": ".refund_line_item_discount_dto",
    "RefundLineItemDto": ".refund_line_item_dto",
    "RefundPaymentDto": ".refund_payment_dto",
    "RefundResponseDto": ".refund_response_dto",
    "RefundSummaryDto": ".refund_summary_dto",
    "RefundTaxDto": ".refund_tax_dto",
    "RolePermissionDto": ".role_permission_dto",
    "RoleResponseDto": ".role_response_dto",
    "SessionClosingAmountsDto": ".session_closing_amounts_dto",
    "SessionResponseDto": ".session_response_dto",
    "StationResponseDto": ".station_response_dto",
    "TransactionPaymentDataDto": ".transaction_payment_data_dto",
    "TransactionResponseDto": ".transaction_response_dto",
    "UpdateAccountDto": ".update_account_dto",
    "UpdateCategoryDto": ".update_category_dto",
    "UpdateCustomTableValueDto": ".update_custom_table_value_dto",
    "UpdateCustomerDto": ".update_customer_dto",
    "UpdateOrderDto": ".update_order_dto",
    "UpdateOutletDto": ".update_outlet_dto",
    "UpdateProductDto": ".update_product_dto",
    "UpdateRefundDto": ".update_refund_dto",
    "UpdateRoleDto": ".update_role_dto",
    "UpdateSessionDto": ".update_session_dto",
    "UpdateStationDto": ".update_station_dto",
    "UpdateTransactionDto": ".update_transaction_dto",
    "UpdateVariantDto": ".update_variant_dto",
    "UpdateZapierTriggerDto": ".update_zapier_trigger_dto",
    "VariantResponseDto": ".variant_response_dto",
}


__getattr__, __dir__ = _lazy_attributes(globals(), _MODULE_OF)


__all__ = (
    "AccountResponseDto",
    "AddressDto",
    "AttachmentResponseDto",
    "AttributeDto",
    "CategoryResponseDto",
    "CreateAccountDto",
    "CreateAttachmentDto",
    "CreateCategoryDto",
    "CreateCustomerDto",
    "CreateCustomTableRowDto",
    "CreateCustomTableValueDto",
    "CreateOrderDto",
    "CreateOutletDto",
    "CreateProductDto",
    "CreateRefundDto",
    "CreateRoleDto",
    "CreateSessionDto",
    "CreateStationDto",
    "CreateTransactionDto",
    "CreateVariantDto",
    "CreateZapierTriggerDto",
    "Customer",
    "CustomerMetadataDto",
    "CustomTableDataRow",
    "CustomTableFieldResponseDto",
    "CustomTableMetadataDto",
    "CustomTableResponseDto",
    "CustomTableRowResponseDto",
    "CustomTableValueResponseDto",
    "DiscountDetailDto",
    "ErrorResponseDto",
    "FeeDetailDto",
    "InventoryDto",
    "LineItemDiscountDto",
    "LineItemFeeDto",
    "MetadataDto",
    "NoteDto",
    "ObjectId",
    "OrderAddressDto",
    "OrderCartDiscountDto",
    "OrderCartFeeDto",
    "OrderCustomSaleDiscountDto",
    "OrderCustomSaleDto",
    "OrderCustomSaleFeeDto",
    "OrderLineItemDto",
    "OrderNoteDto",
    "OrderPosDataDto",
    "OrderResponseDto",
    "OrderSummaryDto",
    "OrderTaxDto",
    "OrderTipDto",
    "OutletResponseDto",
    "OutletStripeDto",
    "ProductResponseDto",
    "RefundCartDiscountDto",
    "RefundLineItemDiscountDto",
    "RefundLineItemDto",
    "RefundPaymentDto",
    "RefundResponseDto",
    "RefundSummaryDto",
    "RefundTaxDto",
    "RolePermissionDto",
    "RoleResponseDto",
    "SessionClosingAmountsDto",
    "SessionResponseDto",
    "StationResponseDto",
    "TransactionPaymentDataDto",
    "TransactionResponseDto",
    "UpdateAccountDto",
    "UpdateCategoryDto",
    "UpdateCustomerDto",
    "UpdateCustomTableValueDto",
    "UpdateOrderDto",
    "UpdateOutletDto",
    "UpdateProductDto",
    "UpdateRefundDto",
    "UpdateRoleDto",
    "UpdateSessionDto",
    "UpdateStationDto",
    "UpdateTransactionDto",
    "UpdateVariantDto",
    "UpdateZapierTriggerDto",
    "VariantResponseDto",
)
