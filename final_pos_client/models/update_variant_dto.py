# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="UpdateVariantDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "productId",
        "manageStock",
        "sku",
        "isOnSale",
        "barcode",
        "price",
        "salePrice",
        "externalId",
        "allowBackorder",
        "costPrice",
        "images",
        "metadata",
        "attributes",
        "inventory",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("product_id", "productId", False, None),
    ("manage_stock", "manageStock", False, None),
    ("sku", "sku", False, None),
    ("is_on_sale", "isOnSale", False, None),
    ("barcode", "barcode", False, None),
    ("price", "price", False, None),
    ("sale_price", "salePrice", False, None),
    ("external_id", "externalId", False, None),
    ("allow_backorder", "allowBackorder", False, None),
    ("cost_price", "costPrice", False, None),
    ("images", "images", False, None),
    ("metadata", "metadata", False, "MetadataDto"),
    ("attributes", "attributes", False, "AttributeDto"),
    ("inventory", "inventory", False, "InventoryDto"),
)


@_attrs_define(kw_only=True, repr=False)
class UpdateVariantDto(ModelBase):
    """Body for updating a variant; all fields optional.

    Attributes:
        product_id (str | Unset): Parent product ID. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        manage_stock (bool | Unset): Whether stock is tracked for this variant. Example: True.
        sku (str | Unset): Variant SKU. Example: 1234567890.
        is_on_sale (bool | Unset): Whether the sale price is active. Example: True.
        barcode (str | Unset): Variant barcode. Example: 1234567890.
        price (float | Unset): Regular selling price. Example: 100.
        sale_price (float | Unset): Discounted selling price. Example: 90.
        external_id (str | Unset): ID of the variant in an external system. Example: 1234567890.
        allow_backorder (bool | Unset): Whether selling beyond stock is allowed. Example: True.
        cost_price (float | Unset): Purchase/cost price. Example: 80.
        images (list[str] | Unset): Image URLs. Example: ['https://example.com/image1.jpg',
            'https://example.com/image2.jpg'].
        metadata (list[MetadataDto] | Unset): Key/value metadata entries. Example: [{'key': 'key1', 'value': 'value1'},
            {'key': 'key2', 'value': 'value2'}].
        attributes (list[AttributeDto] | Unset): Attribute values that define this variant. Example: [{'name': 'color',
            'value': 'red'}].
        inventory (list[InventoryDto] | Unset): Stock per outlet. Example: [{'stock': 10, 'outletId':
            'o1p2q3r4s5t6u7v8w9x0y1z2'}].
    """

    product_id: str | Unset = UNSET
    manage_stock: bool | Unset = UNSET
    sku: str | Unset = UNSET
    is_on_sale: bool | Unset = UNSET
    barcode: str | Unset = UNSET
    price: float | Unset = UNSET
    sale_price: float | Unset = UNSET
    external_id: str | Unset = UNSET
    allow_backorder: bool | Unset = UNSET
    cost_price: float | Unset = UNSET
    images: list[str] | Unset = UNSET
    metadata: list[MetadataDto] | Unset = UNSET
    attributes: list[AttributeDto] | Unset = UNSET
    inventory: list[InventoryDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        product_id = self.product_id

        manage_stock = self.manage_stock

        sku = self.sku

        is_on_sale = self.is_on_sale

        barcode = self.barcode

        price = self.price

        sale_price = self.sale_price

        external_id = self.external_id

        allow_backorder = self.allow_backorder

        cost_price = self.cost_price

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        inventory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = []
            for inventory_item_data in self.inventory:
                inventory_item = inventory_item_data.to_dict()
                inventory.append(inventory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if manage_stock is not UNSET:
            field_dict["manageStock"] = manage_stock
        if sku is not UNSET:
            field_dict["sku"] = sku
        if is_on_sale is not UNSET:
            field_dict["isOnSale"] = is_on_sale
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if price is not UNSET:
            field_dict["price"] = price
        if sale_price is not UNSET:
            field_dict["salePrice"] = sale_price
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if allow_backorder is not UNSET:
            field_dict["allowBackorder"] = allow_backorder
        if cost_price is not UNSET:
            field_dict["costPrice"] = cost_price
        if images is not UNSET:
            field_dict["images"] = images
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if inventory is not UNSET:
            field_dict["inventory"] = inventory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        product_id = src__get("productId", UNSET)
        manage_stock = src__get("manageStock", UNSET)
        sku = src__get("sku", UNSET)
        is_on_sale = src__get("isOnSale", UNSET)
        barcode = src__get("barcode", UNSET)
        price = src__get("price", UNSET)
        sale_price = src__get("salePrice", UNSET)
        external_id = src__get("externalId", UNSET)
        allow_backorder = src__get("allowBackorder", UNSET)
        cost_price = src__get("costPrice", UNSET)
        images: list[str] | Unset = src__get("images", UNSET)

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

        _attributes = src__get("attributes", UNSET)
        attributes: list[AttributeDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for _attributes___data in _attributes:
                _attributes___get = _attributes___data.get
                _attributes__name = _attributes___data["name"]
                if _attributes__name.__class__ is not str:
                    raise TypeError(
                        f"AttributeDto.name must be str, got {type(_attributes__name).__name__}"
                    )
                _attributes__values = _attributes___get("values", UNSET)
                _attributes__value = _attributes___get("value", UNSET)
                _attributes___item = _new_instance(AttributeDto)
                _attributes___item.name = _attributes__name
                _attributes___item.values = _attributes__values
                _attributes___item.value = _attributes__value
                if len(_attributes___data) == 1 + (_attributes__values is not UNSET) + (
                    _attributes__value is not UNSET
                ):
                    _attributes___item.additional_properties = {}
                else:
                    _attributes___item.additional_properties = {
                        key: value
                        for key, value in _attributes___data.items()
                        if key not in _KNOWN_KEYS_ATTRIBUTE_DTO
                    }

                attributes.append(_attributes___item)

        _inventory = src__get("inventory", UNSET)
        inventory: list[InventoryDto] | Unset = UNSET
        if _inventory is not UNSET:
            inventory = []
            for _inventory___data in _inventory:
                _inventory__stock = _inventory___data["stock"]
                if (
                    _inventory__stock.__class__ is not float
                    and _inventory__stock.__class__ is not int
                ):
                    raise TypeError(
                        f"InventoryDto.stock must be float, got {type(_inventory__stock).__name__}"
                    )
                _inventory__outlet_id = _inventory___data["outletId"]
                if _inventory__outlet_id.__class__ is not str:
                    raise TypeError(
                        f"InventoryDto.outlet_id must be str, got {type(_inventory__outlet_id).__name__}"
                    )
                _inventory___item = _new_instance(InventoryDto)
                _inventory___item.stock = _inventory__stock
                _inventory___item.outlet_id = _inventory__outlet_id
                if len(_inventory___data) == 2:
                    _inventory___item.additional_properties = {}
                else:
                    _inventory___item.additional_properties = {
                        key: value
                        for key, value in _inventory___data.items()
                        if key not in _KNOWN_KEYS_INVENTORY_DTO
                    }

                inventory.append(_inventory___item)

        instance__ = _new_instance(cls)
        instance__.product_id = product_id
        instance__.manage_stock = manage_stock
        instance__.sku = sku
        instance__.is_on_sale = is_on_sale
        instance__.barcode = barcode
        instance__.price = price
        instance__.sale_price = sale_price
        instance__.external_id = external_id
        instance__.allow_backorder = allow_backorder
        instance__.cost_price = cost_price
        instance__.images = images
        instance__.metadata = metadata
        instance__.attributes = attributes
        instance__.inventory = inventory

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
        manage_stock = _wire.manage_stock
        sku = _wire.sku
        is_on_sale = _wire.is_on_sale
        barcode = _wire.barcode
        price = _wire.price
        sale_price = _wire.sale_price
        external_id = _wire.external_id
        allow_backorder = _wire.allow_backorder
        cost_price = _wire.cost_price
        images: list[str] | Unset = _wire.images

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

        _attributes = _wire.attributes
        attributes: list[AttributeDto] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for _attributes___data in _attributes:
                _attributes__name = _attributes___data.name
                if _attributes__name.__class__ is not str:
                    raise TypeError(
                        f"AttributeDto.name must be str, got {type(_attributes__name).__name__}"
                    )
                _attributes__values = _attributes___data.values
                _attributes__value = _attributes___data.value
                _attributes___item = _new_instance(AttributeDto)
                _attributes___item.name = _attributes__name
                _attributes___item.values = _attributes__values
                _attributes___item.value = _attributes__value
                _attributes___item.additional_properties = {}

                attributes.append(_attributes___item)

        _inventory = _wire.inventory
        inventory: list[InventoryDto] | Unset = UNSET
        if _inventory is not UNSET:
            inventory = []
            for _inventory___data in _inventory:
                _inventory__stock = _inventory___data.stock
                if (
                    _inventory__stock.__class__ is not float
                    and _inventory__stock.__class__ is not int
                ):
                    raise TypeError(
                        f"InventoryDto.stock must be float, got {type(_inventory__stock).__name__}"
                    )
                _inventory__outlet_id = _inventory___data.outlet_id
                if _inventory__outlet_id.__class__ is not str:
                    raise TypeError(
                        f"InventoryDto.outlet_id must be str, got {type(_inventory__outlet_id).__name__}"
                    )
                _inventory___item = _new_instance(InventoryDto)
                _inventory___item.stock = _inventory__stock
                _inventory___item.outlet_id = _inventory__outlet_id
                _inventory___item.additional_properties = {}

                inventory.append(_inventory___item)

        instance__ = _new_instance(cls)
        instance__.product_id = product_id
        instance__.manage_stock = manage_stock
        instance__.sku = sku
        instance__.is_on_sale = is_on_sale
        instance__.barcode = barcode
        instance__.price = price
        instance__.sale_price = sale_price
        instance__.external_id = external_id
        instance__.allow_backorder = allow_backorder
        instance__.cost_price = cost_price
        instance__.images = images
        instance__.metadata = metadata
        instance__.attributes = attributes
        instance__.inventory = inventory
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
from ..models.attribute_dto import _KNOWN_KEYS as _KNOWN_KEYS_ATTRIBUTE_DTO  # noqa: E402
from ..models.attribute_dto import AttributeDto  # noqa: E402
from ..models.inventory_dto import _KNOWN_KEYS as _KNOWN_KEYS_INVENTORY_DTO  # noqa: E402
from ..models.inventory_dto import InventoryDto  # noqa: E402
from ..models.metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_METADATA_DTO  # noqa: E402
from ..models.metadata_dto import MetadataDto  # noqa: E402
