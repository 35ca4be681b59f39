# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,
# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelBase, Unset, gc_paused

T = TypeVar("T", bound="UpdateProductDto")
_new_instance = object.__new__


_KNOWN_KEYS = frozenset(
    {
        "name",
        "productType",
        "externalId",
        "description",
        "shortDescription",
        "sku",
        "images",
        "tags",
        "status",
        "source",
        "minPrice",
        "maxPrice",
        "supplier",
        "taxTable",
        "categories",
        "outlets",
        "metadata",
        "attributes",
    }
)
_WIRE_FIELDS: tuple[tuple[str, str, bool, str | None], ...] = (
    ("name", "name", False, None),
    ("product_type", "productType", False, None),
    ("external_id", "externalId", False, None),
    ("description", "description", False, None),
    ("short_description", "shortDescription", False, None),
    ("sku", "sku", False, None),
    ("images", "images", False, None),
    ("tags", "tags", False, None),
    ("status", "status", False, None),
    ("source", "source", False, None),
    ("min_price", "minPrice", False, None),
    ("max_price", "maxPrice", False, None),
    ("supplier", "supplier", False, None),
    ("tax_table", "taxTable", False, None),
    ("categories", "categories", False, None),
    ("outlets", "outlets", False, None),
    ("metadata", "metadata", False, "MetadataDto"),
    ("attributes", "attributes", False, "AttributeDto"),
)


@_attrs_define(kw_only=True, repr=False)
class UpdateProductDto(ModelBase):
    """Body for updating a product; all fields optional.

    Attributes:
        name (str | Unset): Product name. Example: Sweet Tea.
        product_type (str | Unset): Product type / family label. Example: Beverages.
        external_id (str | Unset): ID of the product in an external system. Example: 1234567890.
        description (str | Unset): Long description. Example: Sweet Tea is a refreshing drink made with tea and sugar..
        short_description (str | Unset): Short description. Example: Sweet Tea is a drink with sugar..
        sku (str | Unset): Product SKU. Example: 1234567890.
        images (list[str] | Unset): Image URLs. Example: ['https://example.com/image1.jpg',
            'https://example.com/image2.jpg'].
        tags (list[str] | Unset): Free-text tags. Example: ['sweet', 'tea', 'refreshing'].
        status (str | Unset): Publication status. Example: draft.
        source (str | Unset): Origin system of the product. Example: woo-commerce.
        min_price (float | Unset): Lowest price. Example: 100.
        max_price (float | Unset): Highest price. Example: 200.
        supplier (str | Unset): Supplier name. Example: Supplier 1.
        tax_table (str | Unset): ID of the tax table applied to the product. Example: o1p2q3r4s5t6u7v8w9x0y1z2.
        categories (list[str] | Unset): Category IDs. Example: ['o1p2q3r4s5t6u7v8w9x0y1z2', 'o1p2q3r4s5t6u7v8w9x0y1z3'].
        outlets (list[str] | Unset): Outlet IDs. Example: ['o1p2q3r4s5t6u7v8w9x0y1z2', 'o1p2q3r4s5t6u7v8w9x0y1z3'].
        metadata (list[MetadataDto] | Unset): Key/value metadata entries. Example: [{'key': 'key1', 'value': 'value1'},
            {'key': 'key2', 'value': 'value2'}].
        attributes (list[AttributeDto] | Unset): Product attributes with their option values. Example: [{'name':
            'color', 'values': ['red', 'blue']}].
    """

    name: str | Unset = UNSET
    product_type: str | Unset = UNSET
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    short_description: str | Unset = UNSET
    sku: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    source: str | Unset = UNSET
    min_price: float | Unset = UNSET
    max_price: float | Unset = UNSET
    supplier: str | Unset = UNSET
    tax_table: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    outlets: list[str] | Unset = UNSET
    metadata: list[MetadataDto] | Unset = UNSET
    attributes: list[AttributeDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self, *, by_alias: bool = True) -> dict[str, Any]:
        if not by_alias:
            return self._to_attribute_dict()
        name = self.name

        product_type = self.product_type

        external_id = self.external_id

        description = self.description

        short_description = self.short_description

        sku = self.sku

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status = self.status

        source = self.source

        min_price = self.min_price

        max_price = self.max_price

        supplier = self.supplier

        tax_table = self.tax_table

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        outlets: list[str] | Unset = UNSET
        if not isinstance(self.outlets, Unset):
            outlets = self.outlets

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if sku is not UNSET:
            field_dict["sku"] = sku
        if images is not UNSET:
            field_dict["images"] = images
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if tax_table is not UNSET:
            field_dict["taxTable"] = tax_table
        if categories is not UNSET:
            field_dict["categories"] = categories
        if outlets is not UNSET:
            field_dict["outlets"] = outlets
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src__get = src_dict.get
        name = src__get("name", UNSET)
        product_type = src__get("productType", UNSET)
        external_id = src__get("externalId", UNSET)
        description = src__get("description", UNSET)
        short_description = src__get("shortDescription", UNSET)
        sku = src__get("sku", UNSET)
        images: list[str] | Unset = src__get("images", UNSET)

        tags: list[str] | Unset = src__get("tags", UNSET)

        status = src__get("status", UNSET)
        source = src__get("source", UNSET)
        min_price = src__get("minPrice", UNSET)
        max_price = src__get("maxPrice", UNSET)
        supplier = src__get("supplier", UNSET)
        tax_table = src__get("taxTable", UNSET)
        categories: list[str] | Unset = src__get("categories", UNSET)

        outlets: list[str] | Unset = src__get("outlets", UNSET)

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

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.product_type = product_type
        instance__.external_id = external_id
        instance__.description = description
        instance__.short_description = short_description
        instance__.sku = sku
        instance__.images = images
        instance__.tags = tags
        instance__.status = status
        instance__.source = source
        instance__.min_price = min_price
        instance__.max_price = max_price
        instance__.supplier = supplier
        instance__.tax_table = tax_table
        instance__.categories = categories
        instance__.outlets = outlets
        instance__.metadata = metadata
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
        name = _wire.name
        product_type = _wire.product_type
        external_id = _wire.external_id
        description = _wire.description
        short_description = _wire.short_description
        sku = _wire.sku
        images: list[str] | Unset = _wire.images

        tags: list[str] | Unset = _wire.tags

        status = _wire.status
        source = _wire.source
        min_price = _wire.min_price
        max_price = _wire.max_price
        supplier = _wire.supplier
        tax_table = _wire.tax_table
        categories: list[str] | Unset = _wire.categories

        outlets: list[str] | Unset = _wire.outlets

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

        instance__ = _new_instance(cls)
        instance__.name = name
        instance__.product_type = product_type
        instance__.external_id = external_id
        instance__.description = description
        instance__.short_description = short_description
        instance__.sku = sku
        instance__.images = images
        instance__.tags = tags
        instance__.status = status
        instance__.source = source
        instance__.min_price = min_price
        instance__.max_price = max_price
        instance__.supplier = supplier
        instance__.tax_table = tax_table
        instance__.categories = categories
        instance__.outlets = outlets
        instance__.metadata = metadata
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
from ..models.attribute_dto import _KNOWN_KEYS as _KNOWN_KEYS_ATTRIBUTE_DTO  # noqa: E402
from ..models.attribute_dto import AttributeDto  # noqa: E402
from ..models.metadata_dto import _KNOWN_KEYS as _KNOWN_KEYS_METADATA_DTO  # noqa: E402
from ..models.metadata_dto import MetadataDto  # noqa: E402
