# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="CreateOrderDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "receiptId",
        "status",
        "source",
        "balance",
        "summary",
        "currency",
        "customerId",
        "sessionId",
        "externalId",
        "customerNote",
        "parkReduceStock",
        "parkExpiryDate",
        "signature",
        "cartDiscount",
        "cartFees",
        "posData",
        "metadata",
        "notes",
        "billing",
        "shipping",
        "lineItems",
        "customSales",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("receipt_id", "receiptId", True, None),
    ("status", "status", True, None),
    ("source", "source", True, None),
    ("balance", "balance", True, None),
    ("summary", "summary", True, None),
    ("currency", "currency", False, None),
    ("customer_id", "customerId", False, None),
    ("session_id", "sessionId", False, None),
    ("external_id", "externalId", False, None),
    ("customer_note", "customerNote", False, None),
    ("park_reduce_stock", "parkReduceStock", False, None),
    ("park_expiry_date", "parkExpiryDate", False, None),
    ("signature", "signature", False, None),
    ("cart_discount", "cartDiscount", False, None),
    ("cart_fees", "cartFees", False, "OrderCartFeeDto"),
    ("pos_data", "posData", False, None),
    ("metadata", "metadata", False, "MetadataDto"),
    ("notes", "notes", False, "OrderNoteDto"),
    ("billing", "billing", False, None),
    ("shipping", "shipping", False, None),
    ("line_items", "lineItems", False, "OrderLineItemDto"),
    ("custom_sales", "customSales", False, "OrderCustomSaleDto"),
)


@_attrs_define(kw_only=True, repr=False)
class CreateOrderDto(ModelBase):
    """Body for creating an order.

    Attributes:
        receipt_id (str): Receipt identifier. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        status (str): Order status (free text, no enum documented). Example: pending.
        source (str): Channel the order came from. Example: final.
        balance (str): Outstanding balance as a decimal string. Example: 1000.50.
        summary (OrderSummaryDto): Monetary totals of the order. Example: {'discountTotal': '1000.50', 'shippingTotal':
            '1000.50', 'total': '1000.50', 'totalTaxes': '1000.50', 'isTaxInclusive': False, 'subTotal': '1000.50', 'taxes':
            [{'name': 'Tax 1', 'percentage': 10, 'amount': '1000.50', 'taxTableName': 'Tax Table 1', 'compounding': True,
            'priority': 1, 'taxTableId': '1234567890', 'id': '1234567890'}], 'tip': {'percentage': 0.15, 'amount':
            '1000.50'}}.
        currency (str | Unset): ISO currency code of the order. Example: USD.
        customer_id (str | Unset): ID of the customer. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        session_id (str | Unset): Register session ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        external_id (str | Unset): ID in an external system; when set, fromFinal becomes true. Example:
            o1p2q3r4s5t6u7v8w9x0y1z2.
        customer_note (str | Unset): Note left by the customer. Example: Customer note.
        park_reduce_stock (str | Unset): Stock reduction applied while the order is parked; "0" means none. Example: 0.
        park_expiry_date (str | Unset): When a parked order expires. Example: never.
        signature (str | Unset): Signature image, Base64. Example: SGVsbG8gV29ybGQ=.
        cart_discount (OrderCartDiscountDto | Unset): Discount applied to the whole cart.
        cart_fees (list[OrderCartFeeDto] | Unset): Cart-level fees.
        pos_data (OrderPosDataDto | Unset): Where and by whom the order was taken.
        metadata (list[MetadataDto] | Unset): Key/value data.
        notes (list[OrderNoteDto] | Unset): Notes on the order.
        billing (OrderAddressDto | Unset): Postal address (billing or shipping).
        shipping (OrderAddressDto | Unset): Postal address (billing or shipping).
        line_items (list[OrderLineItemDto] | Unset): Product lines.
        custom_sales (list[OrderCustomSaleDto] | Unset): Custom sale lines.
    """

    receipt_id: str
    status: str
    source: str
    balance: str
    summary: OrderSummaryDto
    currency: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    customer_note: str | Unset = UNSET
    park_reduce_stock: str | Unset = UNSET
    park_expiry_date: str | Unset = UNSET
    signature: str | Unset = UNSET
    cart_discount: OrderCartDiscountDto | Unset = UNSET
    cart_fees: list[OrderCartFeeDto] | Unset = UNSET
    pos_data: OrderPosDataDto | Unset = UNSET
    metadata: list[MetadataDto] | Unset = UNSET
    notes: list[OrderNoteDto] | Unset = UNSET
    billing: OrderAddressDto | Unset = UNSET
    shipping: OrderAddressDto | Unset = UNSET
    line_items: list[OrderLineItemDto] | Unset = UNSET
    custom_sales: list[OrderCustomSaleDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        receipt_id = self.receipt_id

        status = self.status

        source = self.source

        balance = self.balance

        summary = self.summary.to_dict()

        currency = self.currency

        customer_id = self.customer_id

        session_id = self.session_id

        external_id = self.external_id

        customer_note = self.customer_note

        park_reduce_stock = self.park_reduce_stock

        park_expiry_date = self.park_expiry_date

        signature = self.signature

        cart_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart_discount, Unset):
            cart_discount = self.cart_discount.to_dict()

        cart_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_fees, Unset):
            cart_fees = []
            for cart_fees_item_data in self.cart_fees:
                cart_fees_item = cart_fees_item_data.to_dict()
                cart_fees.append(cart_fees_item)

        pos_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pos_data, Unset):
            pos_data = self.pos_data.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        custom_sales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_sales, Unset):
            custom_sales = []
            for custom_sales_item_data in self.custom_sales:
                custom_sales_item = custom_sales_item_data.to_dict()
                custom_sales.append(custom_sales_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiptId": receipt_id,
                "status": status,
                "source": source,
                "balance": balance,
                "summary": summary,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if customer_note is not UNSET:
            field_dict["customerNote"] = customer_note
        if park_reduce_stock is not UNSET:
            field_dict["parkReduceStock"] = park_reduce_stock
        if park_expiry_date is not UNSET:
            field_dict["parkExpiryDate"] = park_expiry_date
        if signature is not UNSET:
            field_dict["signature"] = signature
        if cart_discount is not UNSET:
            field_dict["cartDiscount"] = cart_discount
        if cart_fees is not UNSET:
            field_dict["cartFees"] = cart_fees
        if pos_data is not UNSET:
            field_dict["posData"] = pos_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notes is not UNSET:
            field_dict["notes"] = notes
        if billing is not UNSET:
            field_dict["billing"] = billing
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if custom_sales is not UNSET:
            field_dict["customSales"] = custom_sales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        receipt_id = src_dict["receiptId"]
        if receipt_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.receipt_id must be str, got {type(receipt_id).__name__}"
            )
        status = src_dict["status"]
        if status.__class__ is not str:
            raise TypeError(f"{cls.__name__}.status must be str, got {type(status).__name__}")
        source = src_dict["source"]
        if source.__class__ is not str:
            raise TypeError(f"{cls.__name__}.source must be str, got {type(source).__name__}")
        balance = src_dict["balance"]
        if balance.__class__ is not str:
            raise TypeError(f"{cls.__name__}.balance must be str, got {type(balance).__name__}")
        summary = OrderSummaryDto.from_dict(src_dict["summary"])

        currency = src__get("currency", UNSET)
        customer_id = src__get("customerId", UNSET)
        session_id = src__get("sessionId", UNSET)
        external_id = src__get("externalId", UNSET)
        customer_note = src__get("customerNote", UNSET)
        park_reduce_stock = src__get("parkReduceStock", UNSET)
        park_expiry_date = src__get("parkExpiryDate", UNSET)
        signature = src__get("signature", UNSET)
        _cart_discount = src__get("cartDiscount", UNSET)
        cart_discount: OrderCartDiscountDto | Unset
        if _cart_discount is UNSET:
            cart_discount = UNSET
        else:
            cart_discount = OrderCartDiscountDto.from_dict(_cart_discount)

        _cart_fees = src__get("cartFees", UNSET)
        cart_fees: list[OrderCartFeeDto] | Unset = UNSET
        if _cart_fees is not UNSET:
            _cart_fees_from_dict = OrderCartFeeDto.from_dict
            cart_fees = []
            for cart_fees_item_data in _cart_fees:
                cart_fees.append(_cart_fees_from_dict(cart_fees_item_data))

        _pos_data = src__get("posData", UNSET)
        pos_data: OrderPosDataDto | Unset
        if _pos_data is UNSET:
            pos_data = UNSET
        else:
            pos_data = OrderPosDataDto.from_dict(_pos_data)

        _metadata = src__get("metadata", UNSET)
        metadata: list[MetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata__key = _metadata___data["key"]
                if _metadata__key.__class__ is not str:
                    raise TypeError(
                        f"MetadataDto.key must be str, got {type(_metadata__key).__name__}"
                    )
                _metadata__value = _metadata___data["value"]
                if _metadata__value.__class__ is not str:
                    raise TypeError(
                        f"MetadataDto.value must be str, got {type(_metadata__value).__name__}"
                    )
                _metadata__external_id = _metadata___data.get("externalId", UNSET)
                _metadata___item = _new_instance(MetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                _metadata___item.external_id = _metadata__external_id
                if len(_metadata___data) == 2 + (_metadata__external_id is not UNSET):
                    _metadata___item.additional_properties = {}
                else:
                    _metadata___item.additional_properties = {
                        key: value
                        for key, value in _metadata___data.items()
                        if key not in _KNOWN_KEYS_METADATA_DTO
                    }

                metadata.append(_metadata___item)

        _notes = src__get("notes", UNSET)
        notes: list[OrderNoteDto] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for _notes___data in _notes:
                _notes___get = _notes___data.get
                _notes__external_id = _notes___get("externalId", UNSET)
                _notes__author = _notes___get("author", UNSET)
                _notes__note = _notes___get("note", UNSET)
                _notes__customer_note = _notes___get("customerNote", UNSET)
                _notes__added_by_user = _notes___get("addedByUser", UNSET)
                _notes__date_created = _notes___get("dateCreated", UNSET)
                _notes___item = _new_instance(OrderNoteDto)
                _notes___item.external_id = _notes__external_id
                _notes___item.author = _notes__author
                _notes___item.note = _notes__note
                _notes___item.customer_note = _notes__customer_note
                _notes___item.added_by_user = _notes__added_by_user
                _notes___item.date_created = _notes__date_created
                if _KNOWN_KEYS_ORDER_NOTE_DTO.issuperset(_notes___data):
                    _notes___item.additional_properties = {}
                else:
                    _notes___item.additional_properties = {
                        key: value
                        for key, value in _notes___data.items()
                        if key not in _KNOWN_KEYS_ORDER_NOTE_DTO
                    }

                notes.append(_notes___item)

        _billing = src__get("billing", UNSET)
        billing: OrderAddressDto | Unset
        if _billing is UNSET:
            billing = UNSET
        else:
            billing = OrderAddressDto.from_dict(_billing)

        _shipping = src__get("shipping", UNSET)
        shipping: OrderAddressDto | Unset
        if _shipping is UNSET:
            shipping = UNSET
        else:
            shipping = OrderAddressDto.from_dict(_shipping)

        _line_items = src__get("lineItems", UNSET)
        line_items: list[OrderLineItemDto] | Unset = UNSET
        if _line_items is not UNSET:
            _line_items_from_dict = OrderLineItemDto.from_dict
            line_items = []
            for line_items_item_data in _line_items:
                line_items.append(_line_items_from_dict(line_items_item_data))

        _custom_sales = src__get("customSales", UNSET)
        custom_sales: list[OrderCustomSaleDto] | Unset = UNSET
        if _custom_sales is not UNSET:
            _custom_sales_from_dict = OrderCustomSaleDto.from_dict
            custom_sales = []
            for custom_sales_item_data in _custom_sales:
                custom_sales.append(_custom_sales_from_dict(custom_sales_item_data))

        instance__ = _new_instance(cls)
        instance__.receipt_id = receipt_id
        instance__.status = status
        instance__.source = source
        instance__.balance = balance
        instance__.summary = summary
        instance__.currency = currency
        instance__.customer_id = customer_id
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.customer_note = customer_note
        instance__.park_reduce_stock = park_reduce_stock
        instance__.park_expiry_date = park_expiry_date
        instance__.signature = signature
        instance__.cart_discount = cart_discount
        instance__.cart_fees = cart_fees
        instance__.pos_data = pos_data
        instance__.metadata = metadata
        instance__.notes = notes
        instance__.billing = billing
        instance__.shipping = shipping
        instance__.line_items = line_items
        instance__.custom_sales = custom_sales

        if _KNOWN_KEYS.issuperset(src_dict):
            instance__.additional_properties = {}
        else:
            instance__.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return instance__

    @classmethod
    def _from_wire(cls: type[T], _wire: Any) -> T:
        """``from_dict`` for a msgspec struct of this model's wire shape (``_WIRE_FIELDS``),
        decoded by the list path (``_core._wire_decode``): no unknown keys, absent = UNSET."""
        receipt_id = _wire.receipt_id
        if receipt_id.__class__ is not str:
            raise TypeError(
                f"{cls.__name__}.receipt_id must be str, got {type(receipt_id).__name__}"
            )
        status = _wire.status
        if status.__class__ is not str:
            raise TypeError(f"{cls.__name__}.status must be str, got {type(status).__name__}")
        source = _wire.source
        if source.__class__ is not str:
            raise TypeError(f"{cls.__name__}.source must be str, got {type(source).__name__}")
        balance = _wire.balance
        if balance.__class__ is not str:
            raise TypeError(f"{cls.__name__}.balance must be str, got {type(balance).__name__}")
        summary = OrderSummaryDto.from_dict(_wire.summary)

        currency = _wire.currency
        customer_id = _wire.customer_id
        session_id = _wire.session_id
        external_id = _wire.external_id
        customer_note = _wire.customer_note
        park_reduce_stock = _wire.park_reduce_stock
        park_expiry_date = _wire.park_expiry_date
        signature = _wire.signature
        _cart_discount = _wire.cart_discount
        cart_discount: OrderCartDiscountDto | Unset
        if _cart_discount is UNSET:
            cart_discount = UNSET
        else:
            cart_discount = OrderCartDiscountDto.from_dict(_cart_discount)

        _cart_fees = _wire.cart_fees
        cart_fees: list[OrderCartFeeDto] | Unset = UNSET
        if _cart_fees is not UNSET:
            _cart_fees_from_dict = OrderCartFeeDto._from_wire
            cart_fees = []
            for cart_fees_item_data in _cart_fees:
                cart_fees.append(_cart_fees_from_dict(cart_fees_item_data))

        _pos_data = _wire.pos_data
        pos_data: OrderPosDataDto | Unset
        if _pos_data is UNSET:
            pos_data = UNSET
        else:
            pos_data = OrderPosDataDto.from_dict(_pos_data)

        _metadata = _wire.metadata
        metadata: list[MetadataDto] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for _metadata___data in _metadata:
                _metadata__key = _metadata___data.key
                if _metadata__key.__class__ is not str:
                    raise TypeError(
                        f"MetadataDto.key must be str, got {type(_metadata__key).__name__}"
                    )
                _metadata__value = _metadata___data.value
                if _metadata__value.__class__ is not str:
                    raise TypeError(
                        f"MetadataDto.value must be str, got {type(_metadata__value).__name__}"
                    )
                _metadata__external_id = _metadata___data.external_id
                _metadata___item = _new_instance(MetadataDto)
                _metadata___item.key = _metadata__key
                _metadata___item.value = _metadata__value
                _metadata___item.external_id = _metadata__external_id
                _metadata___item.additional_properties = {}

                metadata.append(_metadata___item)

        _notes = _wire.notes
        notes: list[OrderNoteDto] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for _notes___data in _notes:
                _notes__external_id = _notes___data.external_id
                _notes__author = _notes___data.author
                _notes__note = _notes___data.note
                _notes__customer_note = _notes___data.customer_note
                _notes__added_by_user = _notes___data.added_by_user
                _notes__date_created = _notes___data.date_created
                _notes___item = _new_instance(OrderNoteDto)
                _notes___item.external_id = _notes__external_id
                _notes___item.author = _notes__author
                _notes___item.note = _notes__note
                _notes___item.customer_note = _notes__customer_note
                _notes___item.added_by_user = _notes__added_by_user
                _notes___item.date_created = _notes__date_created
                _notes___item.additional_properties = {}

                notes.append(_notes___item)

        _billing = _wire.billing
        billing: OrderAddressDto | Unset
        if _billing is UNSET:
            billing = UNSET
        else:
            billing = OrderAddressDto.from_dict(_billing)

        _shipping = _wire.shipping
        shipping: OrderAddressDto | Unset
        if _shipping is UNSET:
            shipping = UNSET
        else:
            shipping = OrderAddressDto.from_dict(_shipping)

        _line_items = _wire.line_items
        line_items: list[OrderLineItemDto] | Unset = UNSET
        if _line_items is not UNSET:
            _line_items_from_dict = OrderLineItemDto._from_wire
            line_items = []
            for line_items_item_data in _line_items:
                line_items.append(_line_items_from_dict(line_items_item_data))

        _custom_sales = _wire.custom_sales
        custom_sales: list[OrderCustomSaleDto] | Unset = UNSET
        if _custom_sales is not UNSET:
            _custom_sales_from_dict = OrderCustomSaleDto._from_wire
            custom_sales = []
            for custom_sales_item_data in _custom_sales:
                custom_sales.append(_custom_sales_from_dict(custom_sales_item_data))

        instance__ = _new_instance(cls)
        instance__.receipt_id = receipt_id
        instance__.status = status
        instance__.source = source
        instance__.balance = balance
        instance__.summary = summary
        instance__.currency = currency
        instance__.customer_id = customer_id
        instance__.session_id = session_id
        instance__.external_id = external_id
        instance__.customer_note = customer_note
        instance__.park_reduce_stock = park_reduce_stock
        instance__.park_expiry_date = park_expiry_date
        instance__.signature = signature
        instance__.cart_discount = cart_discount
        instance__.cart_fees = cart_fees
        instance__.pos_data = pos_data
        instance__.metadata = metadata
        instance__.notes = notes
        instance__.billing = billing
        instance__.shipping = shipping
        instance__.line_items = line_items
        instance__.custom_sales = custom_sales
        instance__.additional_properties = {}
        return instance__

    @classmethod
    def from_list(cls: type[T], src_list: Iterable[Mapping[str, Any]]) -> list[T]:
        """Many items at once (a list response): ``from_dict`` each, the cyclic GC paused."""
        from_dict = cls.from_dict
        with gc_paused():
            return [from_dict(item) for item in src_list]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


# Imported last so that models referring to each other load in any order.
from ..models.metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_METADATA_DTO  # noqa: E402
from ..models.metadata_dto import MetadataDto  # noqa: E402
from ..models.order_address_dto import OrderAddressDto  # noqa: E402
from ..models.order_cart_discount_dto import OrderCartDiscountDto  # noqa: E402
from ..models.order_cart_fee_dto import OrderCartFeeDto  # noqa: E402
from ..models.order_custom_sale_dto import OrderCustomSaleDto  # noqa: E402
from ..models.order_line_item_dto import OrderLineItemDto  # noqa: E402
from ..models.order_note_dto import _KNOWN_KEYS as _KNOWN_KEYS_ORDER_NOTE_DTO  # noqa: E402
from ..models.order_note_dto import OrderNoteDto  # noqa: E402
from ..models.order_pos_data_dto import OrderPosDataDto  # noqa: E402
from ..models.order_summary_dto import OrderSummaryDto  # noqa: E402
