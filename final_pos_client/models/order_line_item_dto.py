# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="OrderLineItemDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "productId",
        "variantId",
        "productExternalId",
        "variantExternalId",
        "internalId",
        "name",
        "quantity",
        "price",
        "taxes",
        "discount",
        "fee",
        "totalTax",
        "total",
        "metadata",
        "image",
        "images",
        "sku",
        "stock",
        "note",
        "description",
        "attributes",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("product_id", "productId", False, None),
    ("variant_id", "variantId", False, None),
    ("product_external_id", "productExternalId", False, None),
    ("variant_external_id", "variantExternalId", False, None),
    ("internal_id", "internalId", False, None),
    ("name", "name", False, None),
    ("quantity", "quantity", False, None),
    ("price", "price", False, None),
    ("taxes", "taxes", False, "OrderTaxDto"),
    ("discount", "discount", False, None),
    ("fee", "fee", False, None),
    ("total_tax", "totalTax", False, None),
    ("total", "total", False, None),
    ("metadata", "metadata", False, "MetadataDto"),
    ("image", "image", False, None),
    ("images", "images", False, None),
    ("sku", "sku", False, None),
    ("stock", "stock", False, None),
    ("note", "note", False, None),
    ("description", "description", False, None),
    ("attributes", "attributes", False, None),
)


@_attrs_define(kw_only=True, repr=False)
class OrderLineItemDto(ModelBase):
    """Product line of an order.

    Attributes:
        product_id (str | Unset): Product ID.
        variant_id (str | Unset): Variant ID.
        product_external_id (str | Unset): External product ID.
        variant_external_id (str | Unset): External variant ID.
        internal_id (str | Unset): Internal line identifier.
        name (str | Unset): Product name.
        quantity (float | Unset): Quantity sold.
        price (str | Unset): Unit price.
        taxes (list[OrderTaxDto] | Unset): Taxes on the line.
        discount (LineItemDiscountDto | Unset): Discounts on a line item.
        fee (LineItemFeeDto | Unset): Fees on a line item.
        total_tax (str | Unset): Tax total of the line.
        total (str | Unset): Line total.
        metadata (list[MetadataDto] | Unset): Key/value data of the line.
        image (str | Unset): Image URL.
        images (list[str] | Unset): Image URLs.
        sku (str | Unset): SKU.
        stock (float | Unset): Stock level at sale time.
        note (str | Unset): Line note.
        description (str | Unset): Product description.
        attributes (str | Unset): Variant attribute summary.
    """

    product_id: str | Unset = UNSET
    variant_id: str | Unset = UNSET
    product_external_id: str | Unset = UNSET
    variant_external_id: str | Unset = UNSET
    internal_id: str | Unset = UNSET
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: str | Unset = UNSET
    taxes: list[OrderTaxDto] | Unset = UNSET
    discount: LineItemDiscountDto | Unset = UNSET
    fee: LineItemFeeDto | Unset = UNSET
    total_tax: str | Unset = UNSET
    total: str | Unset = UNSET
    metadata: list[MetadataDto] | Unset = UNSET
    image: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    sku: str | Unset = UNSET
    stock: float | Unset = UNSET
    note: str | Unset = UNSET
    description: str | Unset = UNSET
    attributes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        product_id = self.product_id

        variant_id = self.variant_id

        product_external_id = self.product_external_id

        variant_external_id = self.variant_external_id

        internal_id = self.internal_id

        name = self.name

        quantity = self.quantity

        price = self.price

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        total_tax = self.total_tax

        total = self.total

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        image = self.image

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        sku = self.sku

        stock = self.stock

        note = self.note

        description = self.description

        attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if product_external_id is not UNSET:
            field_dict["productExternalId"] = product_external_id
        if variant_external_id is not UNSET:
            field_dict["variantExternalId"] = variant_external_id
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if discount is not UNSET:
            field_dict["discount"] = discount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if total is not UNSET:
            field_dict["total"] = total
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if image is not UNSET:
            field_dict["image"] = image
        if images is not UNSET:
            field_dict["images"] = images
        if sku is not UNSET:
            field_dict["sku"] = sku
        if stock is not UNSET:
            field_dict["stock"] = stock
        if note is not UNSET:
            field_dict["note"] = note
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        product_id = src__get("productId", UNSET)
        variant_id = src__get("variantId", UNSET)
        product_external_id = src__get("productExternalId", UNSET)
        variant_external_id = src__get("variantExternalId", UNSET)
        internal_id = src__get("internalId", UNSET)
        name = src__get("name", UNSET)
        quantity = src__get("quantity", UNSET)
        price = src__get("price", UNSET)
        _taxes = src__get("taxes", UNSET)
        taxes: list[OrderTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes___get = _taxes___data.get
                _taxes__name = _taxes___get("name", UNSET)
                _taxes__percentage = _taxes___get("percentage", UNSET)
                _taxes__amount = _taxes___get("amount", UNSET)
                _taxes__tax_table_name = _taxes___get("taxTableName", UNSET)
                _taxes__compounding = _taxes___get("compounding", UNSET)
                _taxes__priority = _taxes___get("priority", UNSET)
                _taxes__tax_table_id = _taxes___get("taxTableId", UNSET)
                _taxes__id = _taxes___get("id", UNSET)
                _taxes___item = _new_instance(OrderTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.percentage = _taxes__percentage
                _taxes___item.amount = _taxes__amount
                _taxes___item.tax_table_name = _taxes__tax_table_name
                _taxes___item.compounding = _taxes__compounding
                _taxes___item.priority = _taxes__priority
                _taxes___item.tax_table_id = _taxes__tax_table_id
                _taxes___item.id = _taxes__id
                if _KNOWN_KEYS_ORDER_TAX_DTO.issuperset(_taxes___data):
                    _taxes___item.additional_properties = {}
                else:
                    _taxes___item.additional_properties = {
                        key: value
                        for key, value in _taxes___data.items()
                        if key not in _KNOWN_KEYS_ORDER_TAX_DTO
                    }

                taxes.append(_taxes___item)

        _discount = src__get("discount", UNSET)
        discount: LineItemDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = LineItemDiscountDto.from_dict(_discount)

        _fee = src__get("fee", UNSET)
        fee: LineItemFeeDto | Unset
        if _fee is UNSET:
            fee = UNSET
        else:
            fee = LineItemFeeDto.from_dict(_fee)

        total_tax = src__get("totalTax", UNSET)
        total = src__get("total", UNSET)
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

        image = src__get("image", UNSET)
        images: list[str] | Unset = src__get("images", UNSET)

        sku = src__get("sku", UNSET)
        stock = src__get("stock", UNSET)
        note = src__get("note", UNSET)
        description = src__get("description", UNSET)
        attributes = src__get("attributes", UNSET)

        instance__ = _new_instance(cls)
        instance__.product_id = product_id
        instance__.variant_id = variant_id
        instance__.product_external_id = product_external_id
        instance__.variant_external_id = variant_external_id
        instance__.internal_id = internal_id
        instance__.name = name
        instance__.quantity = quantity
        instance__.price = price
        instance__.taxes = taxes
        instance__.discount = discount
        instance__.fee = fee
        instance__.total_tax = total_tax
        instance__.total = total
        instance__.metadata = metadata
        instance__.image = image
        instance__.images = images
        instance__.sku = sku
        instance__.stock = stock
        instance__.note = note
        instance__.description = description
        instance__.attributes = attributes

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
        product_id = _wire.product_id
        variant_id = _wire.variant_id
        product_external_id = _wire.product_external_id
        variant_external_id = _wire.variant_external_id
        internal_id = _wire.internal_id
        name = _wire.name
        quantity = _wire.quantity
        price = _wire.price
        _taxes = _wire.taxes
        taxes: list[OrderTaxDto] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for _taxes___data in _taxes:
                _taxes__name = _taxes___data.name
                _taxes__percentage = _taxes___data.percentage
                _taxes__amount = _taxes___data.amount
                _taxes__tax_table_name = _taxes___data.tax_table_name
                _taxes__compounding = _taxes___data.compounding
                _taxes__priority = _taxes___data.priority
                _taxes__tax_table_id = _taxes___data.tax_table_id
                _taxes__id = _taxes___data.id
                _taxes___item = _new_instance(OrderTaxDto)
                _taxes___item.name = _taxes__name
                _taxes___item.percentage = _taxes__percentage
                _taxes___item.amount = _taxes__amount
                _taxes___item.tax_table_name = _taxes__tax_table_name
                _taxes___item.compounding = _taxes__compounding
                _taxes___item.priority = _taxes__priority
                _taxes___item.tax_table_id = _taxes__tax_table_id
                _taxes___item.id = _taxes__id
                _taxes___item.additional_properties = {}

                taxes.append(_taxes___item)

        _discount = _wire.discount
        discount: LineItemDiscountDto | Unset
        if _discount is UNSET:
            discount = UNSET
        else:
            discount = LineItemDiscountDto.from_dict(_discount)

        _fee = _wire.fee
        fee: LineItemFeeDto | Unset
        if _fee is UNSET:
            fee = UNSET
        else:
            fee = LineItemFeeDto.from_dict(_fee)

        total_tax = _wire.total_tax
        total = _wire.total
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

        image = _wire.image
        images: list[str] | Unset = _wire.images

        sku = _wire.sku
        stock = _wire.stock
        note = _wire.note
        description = _wire.description
        attributes = _wire.attributes

        instance__ = _new_instance(cls)
        instance__.product_id = product_id
        instance__.variant_id = variant_id
        instance__.product_external_id = product_external_id
        instance__.variant_external_id = variant_external_id
        instance__.internal_id = internal_id
        instance__.name = name
        instance__.quantity = quantity
        instance__.price = price
        instance__.taxes = taxes
        instance__.discount = discount
        instance__.fee = fee
        instance__.total_tax = total_tax
        instance__.total = total
        instance__.metadata = metadata
        instance__.image = image
        instance__.images = images
        instance__.sku = sku
        instance__.stock = stock
        instance__.note = note
        instance__.description = description
        instance__.attributes = attributes
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
from ..models.line_item_discount_dto import LineItemDiscountDto  # noqa: E402
from ..models.line_item_fee_dto import LineItemFeeDto  # noqa: E402
from ..models.metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_METADATA_DTO  # noqa: E402
from ..models.metadata_dto import MetadataDto  # noqa: E402
from ..models.order_tax_dto import _KNOWN_KEYS as _KNOWN_KEYS_ORDER_TAX_DTO  # noqa: E402
from ..models.order_tax_dto import OrderTaxDto  # noqa: E402
