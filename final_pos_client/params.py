# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
"""Request bodies as plain dicts, for type checkers: one ``TypedDict`` per body schema, keyed
by the wire names (``{"email": ..., "firstName": ...}``). Every method taking a body accepts
its model, such a dict, or a dict keyed by the model's attribute names (``first_name``);
a dict is checked before sending (``final_pos_client.errors.ValidationError`` naming the field).
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from .models import (
    AddressDto,
    AttributeDto,
    CustomerMetadataDto,
    DiscountDetailDto,
    FeeDetailDto,
    InventoryDto,
    LineItemDiscountDto,
    LineItemFeeDto,
    MetadataDto,
    NoteDto,
    ObjectId,
    OrderAddressDto,
    OrderCartDiscountDto,
    OrderCartFeeDto,
    OrderCustomSaleDiscountDto,
    OrderCustomSaleDto,
    OrderCustomSaleFeeDto,
    OrderLineItemDto,
    OrderNoteDto,
    OrderPosDataDto,
    OrderSummaryDto,
    OrderTaxDto,
    OrderTipDto,
    OutletStripeDto,
    RefundCartDiscountDto,
    RefundLineItemDiscountDto,
    RefundLineItemDto,
    RefundPaymentDto,
    RefundSummaryDto,
    RefundTaxDto,
    RolePermissionDto,
    SessionClosingAmountsDto,
    TransactionPaymentDataDto,
)

__all__ = [
    "AddressDtoDict",
    "AttributeDtoDict",
    "CreateAccountDtoDict",
    "CreateAttachmentDtoDict",
    "CreateCategoryDtoDict",
    "CreateCustomTableRowDtoDict",
    "CreateCustomTableValueDtoDict",
    "CreateCustomerDtoDict",
    "CreateOrderDtoDict",
    "CreateOutletDtoDict",
    "CreateProductDtoDict",
    "CreateRefundDtoDict",
    "CreateRoleDtoDict",
    "CreateSessionDtoDict",
    "CreateStationDtoDict",
    "CreateTransactionDtoDict",
    "CreateVariantDtoDict",
    "CreateZapierTriggerDtoDict",
    "CustomerMetadataDtoDict",
    "DiscountDetailDtoDict",
    "FeeDetailDtoDict",
    "InventoryDtoDict",
    "LineItemDiscountDtoDict",
    "LineItemFeeDtoDict",
    "MetadataDtoDict",
    "NoteDtoDict",
    "ObjectIdDict",
    "OrderAddressDtoDict",
    "OrderCartDiscountDtoDict",
    "OrderCartFeeDtoDict",
    "OrderCustomSaleDiscountDtoDict",
    "OrderCustomSaleDtoDict",
    "OrderCustomSaleFeeDtoDict",
    "OrderLineItemDtoDict",
    "OrderNoteDtoDict",
    "OrderPosDataDtoDict",
    "OrderSummaryDtoDict",
    "OrderTaxDtoDict",
    "OrderTipDtoDict",
    "OutletStripeDtoDict",
    "RefundCartDiscountDtoDict",
    "RefundLineItemDiscountDtoDict",
    "RefundLineItemDtoDict",
    "RefundPaymentDtoDict",
    "RefundSummaryDtoDict",
    "RefundTaxDtoDict",
    "RolePermissionDtoDict",
    "SessionClosingAmountsDtoDict",
    "TransactionPaymentDataDtoDict",
    "UpdateAccountDtoDict",
    "UpdateCategoryDtoDict",
    "UpdateCustomTableValueDtoDict",
    "UpdateCustomerDtoDict",
    "UpdateOrderDtoDict",
    "UpdateOutletDtoDict",
    "UpdateProductDtoDict",
    "UpdateRefundDtoDict",
    "UpdateRoleDtoDict",
    "UpdateSessionDtoDict",
    "UpdateStationDtoDict",
    "UpdateTransactionDtoDict",
    "UpdateVariantDtoDict",
    "UpdateZapierTriggerDtoDict",
]


class AddressDtoDict(TypedDict, total=False):
    firstName: str
    lastName: str
    address1: str
    address2: str
    city: str
    state: str
    country: str
    postCode: str


class AttributeDtoDict(TypedDict, total=False):
    name: Required[str]
    values: list[str]
    value: str


class CreateAccountDtoDict(TypedDict, total=False):
    email: str
    name: str
    phone: str


class CreateAttachmentDtoDict(TypedDict, total=False):
    accountId: str
    name: Required[str]
    mimeType: Required[str]
    originalUrl: Required[str]
    url: Required[str]
    path: Required[str]


class CreateCategoryDtoDict(TypedDict, total=False):
    name: Required[str]
    description: Required[str]
    image: str
    externalId: str
    parentId: str
    menuOrder: float
    source: str


class CreateCustomTableRowDtoDict(TypedDict, total=False):
    tableId: Required[ObjectIdDict | ObjectId]


class CreateCustomTableValueDtoDict(TypedDict, total=False):
    tableId: Required[ObjectIdDict | ObjectId]
    rowId: Required[ObjectIdDict | ObjectId]
    fieldId: Required[ObjectIdDict | ObjectId]
    value: Required[Any]


class CreateCustomerDtoDict(TypedDict, total=False):
    email: Required[str]
    firstName: Required[str]
    lastName: Required[str]
    outletId: str
    externalId: str
    phone: str
    totalSpent: str
    lastAction: str
    tags: list[str]
    billing: AddressDtoDict | AddressDto
    shipping: AddressDtoDict | AddressDto
    metadata: list[CustomerMetadataDtoDict | CustomerMetadataDto]
    notes: list[NoteDtoDict | NoteDto]


class CreateOrderDtoDict(TypedDict, total=False):
    currency: str
    receiptId: Required[str]
    status: Required[str]
    customerId: str
    source: Required[str]
    sessionId: str
    balance: Required[str]
    externalId: str
    customerNote: str
    parkReduceStock: str
    parkExpiryDate: str
    signature: str
    summary: Required[OrderSummaryDtoDict | OrderSummaryDto]
    cartDiscount: OrderCartDiscountDtoDict | OrderCartDiscountDto
    cartFees: list[OrderCartFeeDtoDict | OrderCartFeeDto]
    posData: OrderPosDataDtoDict | OrderPosDataDto
    metadata: list[MetadataDtoDict | MetadataDto]
    notes: list[OrderNoteDtoDict | OrderNoteDto]
    billing: OrderAddressDtoDict | OrderAddressDto
    shipping: OrderAddressDtoDict | OrderAddressDto
    lineItems: list[OrderLineItemDtoDict | OrderLineItemDto]
    customSales: list[OrderCustomSaleDtoDict | OrderCustomSaleDto]


class CreateOutletDtoDict(TypedDict, total=False):
    name: Required[str]
    address: Required[str]
    city: Required[str]
    state: Required[str]
    country: Required[str]
    postCode: Required[str]
    phone: Required[str]
    address2: str
    alias: str
    stations: list[str]
    stripeAccountId: str
    stripe: OutletStripeDtoDict | OutletStripeDto
    taxId: str


class CreateProductDtoDict(TypedDict, total=False):
    name: Required[str]
    productType: Required[str]
    externalId: str
    description: str
    shortDescription: str
    sku: str
    images: list[str]
    tags: list[str]
    status: str
    source: str
    minPrice: float
    maxPrice: float
    supplier: str
    taxTable: str
    categories: list[str]
    outlets: list[str]
    metadata: list[MetadataDtoDict | MetadataDto]
    attributes: list[AttributeDtoDict | AttributeDto]


class CreateRefundDtoDict(TypedDict, total=False):
    orderId: str
    sessionId: str
    externalId: str
    currency: str
    lineItems: list[RefundLineItemDtoDict | RefundLineItemDto]
    reason: str
    refundedBy: str
    refundedByExternalId: str
    summary: RefundSummaryDtoDict | RefundSummaryDto
    payment: list[RefundPaymentDtoDict | RefundPaymentDto]
    balance: str


class CreateRoleDtoDict(TypedDict, total=False):
    name: Required[str]
    permissions: Required[list[RolePermissionDtoDict | RolePermissionDto]]


class CreateSessionDtoDict(TypedDict, total=False):
    stationId: Required[str]
    sessionNumber: Required[str]
    openedBy: Required[str]
    closedBy: str
    openTime: Required[str]
    closeTime: str
    openingAmount: Required[str]
    closingAmount: str
    closingReportData: str
    notes: Required[list[str]]
    closingAmounts: Required[SessionClosingAmountsDtoDict | SessionClosingAmountsDto]
    closingNote: str
    openingNote: Required[str]


class CreateStationDtoDict(TypedDict, total=False):
    name: Required[str]
    outletId: Required[str]
    status: Required[str]
    deviceId: str
    deviceName: str
    stripeTerminalId: str
    serialReaderId: str
    sequenceNumber: float
    isVirtual: bool


class CreateTransactionDtoDict(TypedDict, total=False):
    externalId: str
    paymentMethod: Required[str]
    amount: Required[str]
    currency: Required[str]
    type: Required[str]
    notes: str
    employee: str
    balance: Required[str]
    sessionId: Required[str]
    paymentData: TransactionPaymentDataDtoDict | TransactionPaymentDataDto
    orderId: str
    refundId: str
    outletId: str
    receiptId: str


class CreateVariantDtoDict(TypedDict, total=False):
    productId: Required[str]
    manageStock: Required[bool]
    sku: str
    isOnSale: bool
    barcode: str
    price: float
    salePrice: float
    externalId: str
    allowBackorder: bool
    costPrice: float
    images: list[str]
    metadata: list[MetadataDtoDict | MetadataDto]
    attributes: list[AttributeDtoDict | AttributeDto]
    inventory: list[InventoryDtoDict | InventoryDto]


class CreateZapierTriggerDtoDict(TypedDict, total=False):
    triggerType: Required[str]
    triggerId: Required[str]
    apiKey: Required[str]
    triggerUrl: Required[str]
    customTriggerName: str


class CustomerMetadataDtoDict(TypedDict, total=False):
    key: str
    value: str


class DiscountDetailDtoDict(TypedDict, total=False):
    amount: str
    percentage: float
    label: str


class FeeDetailDtoDict(TypedDict, total=False):
    amount: str
    percentage: float
    tax: str
    taxTableId: str
    label: str


class InventoryDtoDict(TypedDict, total=False):
    stock: Required[float]
    outletId: Required[str]


class LineItemDiscountDtoDict(TypedDict, total=False):
    itemDiscount: DiscountDetailDtoDict | DiscountDetailDto
    cartDiscount: DiscountDetailDtoDict | DiscountDetailDto


class LineItemFeeDtoDict(TypedDict, total=False):
    itemFee: FeeDetailDtoDict | FeeDetailDto
    cartFee: FeeDetailDtoDict | FeeDetailDto


class MetadataDtoDict(TypedDict, total=False):
    key: Required[str]
    value: Required[str]
    externalId: str


class NoteDtoDict(TypedDict, total=False):
    createdAt: str
    message: str


ObjectIdDict = TypedDict(
    "ObjectIdDict",
    {
        "$oid": Required[str],
    },
    total=False,
)


class OrderAddressDtoDict(TypedDict, total=False):
    firstName: str
    lastName: str
    company: str
    address1: str
    address2: str
    city: str
    state: str
    country: str
    postCode: str


class OrderCartDiscountDtoDict(TypedDict, total=False):
    label: str
    amount: str
    percentage: float


class OrderCartFeeDtoDict(TypedDict, total=False):
    id: str
    label: str
    amount: str
    percentage: float
    taxTableId: str
    tax: str
    taxName: str
    taxes: list[OrderTaxDtoDict | OrderTaxDto]


class OrderCustomSaleDiscountDtoDict(TypedDict, total=False):
    cartDiscount: DiscountDetailDtoDict | DiscountDetailDto


class OrderCustomSaleDtoDict(TypedDict, total=False):
    customSaleId: str
    name: str
    price: str
    quantity: float
    applyTaxes: bool
    total: str
    totalTax: str
    taxes: list[OrderTaxDtoDict | OrderTaxDto]
    discount: OrderCustomSaleDiscountDtoDict | OrderCustomSaleDiscountDto
    fee: OrderCustomSaleFeeDtoDict | OrderCustomSaleFeeDto


class OrderCustomSaleFeeDtoDict(TypedDict, total=False):
    cartFee: FeeDetailDtoDict | FeeDetailDto


class OrderLineItemDtoDict(TypedDict, total=False):
    productId: str
    variantId: str
    productExternalId: str
    variantExternalId: str
    internalId: str
    name: str
    quantity: float
    price: str
    taxes: list[OrderTaxDtoDict | OrderTaxDto]
    discount: LineItemDiscountDtoDict | LineItemDiscountDto
    fee: LineItemFeeDtoDict | LineItemFeeDto
    totalTax: str
    total: str
    metadata: list[MetadataDtoDict | MetadataDto]
    image: str
    images: list[str]
    sku: str
    stock: float
    note: str
    description: str
    attributes: str


class OrderNoteDtoDict(TypedDict, total=False):
    externalId: str
    author: str
    note: str
    customerNote: bool
    addedByUser: str
    dateCreated: str


class OrderPosDataDtoDict(TypedDict, total=False):
    outlet: str
    station: str
    employee: str


class OrderSummaryDtoDict(TypedDict, total=False):
    discountTotal: Required[str]
    shippingTotal: str
    total: Required[str]
    totalTaxes: Required[str]
    isTaxInclusive: bool
    subTotal: str
    taxes: list[OrderTaxDtoDict | OrderTaxDto]
    tip: OrderTipDtoDict | OrderTipDto


class OrderTaxDtoDict(TypedDict, total=False):
    name: str
    percentage: float
    amount: str
    taxTableName: str
    compounding: bool
    priority: float
    taxTableId: str
    id: str


class OrderTipDtoDict(TypedDict, total=False):
    percentage: float
    amount: str


class OutletStripeDtoDict(TypedDict, total=False):
    locationId: str


class RefundCartDiscountDtoDict(TypedDict, total=False):
    amount: str
    percentage: float


class RefundLineItemDiscountDtoDict(TypedDict, total=False):
    cartDiscount: RefundCartDiscountDtoDict | RefundCartDiscountDto


class RefundLineItemDtoDict(TypedDict, total=False):
    name: str
    quantity: float
    price: str
    total: str
    productId: str
    variantId: str
    taxes: list[RefundTaxDtoDict | RefundTaxDto]
    discount: RefundLineItemDiscountDtoDict | RefundLineItemDiscountDto


class RefundPaymentDtoDict(TypedDict, total=False):
    paymentType: str
    amount: str
    transactionId: str


class RefundSummaryDtoDict(TypedDict, total=False):
    total: str
    subTotal: str
    totalTaxes: str
    taxes: list[RefundTaxDtoDict | RefundTaxDto]


class RefundTaxDtoDict(TypedDict, total=False):
    name: Required[str]
    amount: Required[str]
    percentage: Required[float]


class RolePermissionDtoDict(TypedDict, total=False):
    name: Required[str]
    permissionId: Required[str]
    category: Required[str]
    subCategory: Required[str]
    value: Required[bool]


class SessionClosingAmountsDtoDict(TypedDict, total=False):
    cash: str
    card: str
    oliverPay: str


class TransactionPaymentDataDtoDict(TypedDict, total=False):
    processor: str
    processorTransactionId: str
    device: str
    processorData: str
    processorFee: str


class UpdateAccountDtoDict(TypedDict, total=False):
    email: str
    name: str
    phone: str


class UpdateCategoryDtoDict(TypedDict, total=False):
    name: str
    description: str
    image: str
    externalId: str
    parentId: str
    menuOrder: float
    source: str


class UpdateCustomTableValueDtoDict(TypedDict, total=False):
    value: Required[Any]


class UpdateCustomerDtoDict(TypedDict, total=False):
    email: str
    firstName: str
    lastName: str
    outletId: str
    externalId: str
    phone: str
    totalSpent: str
    lastAction: str
    tags: list[str]
    billing: AddressDtoDict | AddressDto
    shipping: AddressDtoDict | AddressDto
    metadata: list[CustomerMetadataDtoDict | CustomerMetadataDto]
    notes: list[NoteDtoDict | NoteDto]


class UpdateOrderDtoDict(TypedDict, total=False):
    currency: str
    receiptId: str
    status: str
    customerId: str
    source: str
    sessionId: str
    balance: str
    externalId: str
    customerNote: str
    parkReduceStock: str
    parkExpiryDate: str
    signature: str
    summary: OrderSummaryDtoDict | OrderSummaryDto
    cartDiscount: OrderCartDiscountDtoDict | OrderCartDiscountDto
    cartFees: list[OrderCartFeeDtoDict | OrderCartFeeDto]
    posData: OrderPosDataDtoDict | OrderPosDataDto
    metadata: list[MetadataDtoDict | MetadataDto]
    notes: list[OrderNoteDtoDict | OrderNoteDto]
    billing: OrderAddressDtoDict | OrderAddressDto
    shipping: OrderAddressDtoDict | OrderAddressDto
    lineItems: list[OrderLineItemDtoDict | OrderLineItemDto]
    customSales: list[OrderCustomSaleDtoDict | OrderCustomSaleDto]


class UpdateOutletDtoDict(TypedDict, total=False):
    name: str
    address: str
    city: str
    state: str
    country: str
    postCode: str
    phone: str
    address2: str
    alias: str
    stations: list[str]
    stripeAccountId: str
    stripe: OutletStripeDtoDict | OutletStripeDto
    taxId: str


class UpdateProductDtoDict(TypedDict, total=False):
    name: str
    productType: str
    externalId: str
    description: str
    shortDescription: str
    sku: str
    images: list[str]
    tags: list[str]
    status: str
    source: str
    minPrice: float
    maxPrice: float
    supplier: str
    taxTable: str
    categories: list[str]
    outlets: list[str]
    metadata: list[MetadataDtoDict | MetadataDto]
    attributes: list[AttributeDtoDict | AttributeDto]


class UpdateRefundDtoDict(TypedDict, total=False):
    orderId: str
    sessionId: str
    externalId: str
    currency: str
    lineItems: list[RefundLineItemDtoDict | RefundLineItemDto]
    reason: str
    refundedBy: str
    refundedByExternalId: str
    summary: RefundSummaryDtoDict | RefundSummaryDto
    payment: list[RefundPaymentDtoDict | RefundPaymentDto]
    balance: str


class UpdateRoleDtoDict(TypedDict, total=False):
    name: str
    permissions: list[RolePermissionDtoDict | RolePermissionDto]


class UpdateSessionDtoDict(TypedDict, total=False):
    stationId: str
    sessionNumber: str
    openedBy: str
    closedBy: str
    openTime: str
    closeTime: str
    openingAmount: str
    closingAmount: str
    closingReportData: str
    notes: list[str]
    closingAmounts: SessionClosingAmountsDtoDict | SessionClosingAmountsDto
    closingNote: str
    openingNote: str


class UpdateStationDtoDict(TypedDict, total=False):
    name: str
    outletId: str
    status: str
    deviceId: str
    deviceName: str
    stripeTerminalId: str
    serialReaderId: str
    sequenceNumber: float
    isVirtual: bool


class UpdateTransactionDtoDict(TypedDict, total=False):
    externalId: str
    paymentMethod: str
    amount: str
    currency: str
    type: str
    notes: str
    employee: str
    balance: str
    sessionId: str
    paymentData: TransactionPaymentDataDtoDict | TransactionPaymentDataDto
    orderId: str
    refundId: str
    outletId: str
    receiptId: str


class UpdateVariantDtoDict(TypedDict, total=False):
    productId: str
    manageStock: bool
    sku: str
    isOnSale: bool
    barcode: str
    price: float
    salePrice: float
    externalId: str
    allowBackorder: bool
    costPrice: float
    images: list[str]
    metadata: list[MetadataDtoDict | MetadataDto]
    attributes: list[AttributeDtoDict | AttributeDto]
    inventory: list[InventoryDtoDict | InventoryDto]


class UpdateZapierTriggerDtoDict(TypedDict, total=False):
    triggerType: str
    triggerId: str
    apiKey: str
    triggerUrl: str
    customTriggerName: str
