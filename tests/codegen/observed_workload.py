"""Run by tests/codegen/test_observed.py in a scratch folder (``python -c``): the observed
workload through the *regenerated* client; prints what came back as one JSON line."""

from __future__ import annotations

import asyncio
import json
import sys
import typing

import final_pos_client
from final_pos_client import FinalPOS
from final_pos_client.models import (
    CreateCategoryDto,
    CreateCustomTableRowDto,
    CreateProductDto,
    ObjectId,
    ProductResponseDto,
)


async def main(base_url: str, api_key: str) -> dict[str, typing.Any]:
    async with FinalPOS(api_key=api_key, base_url=base_url, max_retries=0) as pos:
        product = await pos.products.create(CreateProductDto(name="Tea", product_type="simple"))
        got: typing.Any = await pos.products.get(str(product.id))
        category = await pos.categories.create(CreateCategoryDto(name="Drinks", description="d"))
        tables = await pos.request("GET", "/v1/api/custom-tables")
        row = await pos.custom_table_rows.create(
            CreateCustomTableRowDto(table_id=ObjectId(oid=tables[0]["_id"]))
        )
    return {
        "package": final_pos_client.__file__,
        "loyalty_tier": product.loyalty_tier,  # type: ignore[attr-defined]
        "min_price": product.min_price,
        "min_price_annotation": str(typing.get_type_hints(ProductResponseDto)["min_price"]),
        "get": [type(item).__name__ for item in got],
        "category_id": category.id.oid,  # type: ignore[attr-defined]
        "row": type(row).__name__,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1], sys.argv[2]))))
