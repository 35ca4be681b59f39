"""Vendor descriptions a maintainer may be handed on an API bump, built from ``openapi.yaml``.

Each variant is a function of the current description (a fresh copy) returning the text of
the candidate file. ``tests/codegen/test_bumps.py`` regenerates each into a scratch copy of
the repository; README.md ("Regenerating on an API bump") shows what each one prints.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]
REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
SCHEMA_REF = "#/components/schemas/"


def current() -> Spec:
    spec: Spec = yaml.safe_load(REPO_SPEC.read_text(encoding="utf-8"))
    return spec


def _dump(spec: Spec) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def _gift_card_paths() -> dict[str, Any]:
    def record(description: str) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": {
            "$ref": SCHEMA_REF + "GiftCardResponseDto"}}}}  # fmt: skip

    page = [
        {"name": name, "in": "query", "required": False, "schema": {"type": "number"}}
        for name in ("skip", "limit")
    ]
    listed = record("The gift cards.")
    listed["content"]["application/json"]["schema"] = {
        "type": "array",
        "items": {"$ref": SCHEMA_REF + "GiftCardResponseDto"},
    }
    security: list[dict[str, list[str]]] = [{"X-Api-Key": []}]
    return {
        "/v1/api/gift-cards": {"get": {
            "operationId": "GiftCardsController_findAll", "tags": ["Gift Cards"],
            "summary": "Get all gift cards", "parameters": page,
            "responses": {"200": listed}, "security": security}},
        "/v1/api/gift-card/{id}": {"get": {
            "operationId": "GiftCardController_findOne", "tags": ["Gift Card"],
            "summary": "Get a gift card by ID",
            "parameters": [{"name": "id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": record("The gift card.")}, "security": security}},
    }  # fmt: skip


GIFT_CARD_SCHEMA = {
    "type": "object",
    "description": "A gift card (read-only through the API).",
    "properties": {
        "id": {"type": "string", "description": "Gift card ID."},
        "code": {"type": "string", "description": "Code printed on the card."},
        "balance": {"type": "number", "description": "Remaining balance."},
    },
}


def additive_1_2_5(spec: Spec) -> str:
    """1.2.5: a read-only gift-card collection (list and get) and a new optional product field."""
    spec["info"]["version"] = "1.2.5"
    spec["paths"].update(_gift_card_paths())
    spec["components"]["schemas"]["GiftCardResponseDto"] = copy.deepcopy(GIFT_CARD_SCHEMA)
    spec["components"]["schemas"]["ProductResponseDto"]["properties"]["barcode"] = {
        "type": "string",
        "description": "EAN/UPC barcode.",
    }
    return _dump(spec)


def breaking_1_3_0(spec: Spec) -> str:
    """1.3.0: an operation removed, a response field removed and a request field retyped."""
    spec["info"]["version"] = "1.3.0"
    del spec["paths"]["/v1/api/outlet/{id}"]["delete"]
    schemas = spec["components"]["schemas"]
    del schemas["ProductResponseDto"]["properties"]["sku"]
    schemas["CreateProductDto"]["properties"]["name"]["type"] = "integer"
    return _dump(spec)


def cosmetic(spec: Spec) -> str:
    """Same API: properties reordered, descriptions reworded, ``x-`` extensions added."""
    for schema in spec["components"]["schemas"].values():
        properties = schema.get("properties")
        if properties:
            schema["properties"] = dict(reversed(list(properties.items())))
        schema["x-vendor-build"] = "2026-11-28"
        if "description" in schema:
            schema["description"] = f"{schema['description']} (reworded)"
    for item in spec["paths"].values():
        for operation in item.values():
            operation["x-codeSamples"] = []
    return json.dumps(spec, indent=2)  # and delivered as JSON this time


def vendor_fixes_limit(spec: Spec) -> str:
    """The vendor publishes ``limit`` as integer 1..500, default 20 (what the overlay patches)."""
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "limit" and parameter["in"] == "query":
                    parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": 500,
                                           "default": 20}  # fmt: skip
    return _dump(spec)


def _rename_schema(node: Any, old: str, new: str) -> Any:
    text = json.dumps(node).replace(f'"{SCHEMA_REF}{old}"', f'"{SCHEMA_REF}{new}"')
    return json.loads(text)


def renamed_schema(spec: Spec) -> str:
    """``CustomTableDataRow`` (which the overlay corrects) renamed ``CustomTableDataRowDto``."""
    schemas = spec["components"]["schemas"]
    schemas["CustomTableDataRowDto"] = schemas.pop("CustomTableDataRow")
    return _dump(_rename_schema(spec, "CustomTableDataRow", "CustomTableDataRowDto"))


def missing_ref(spec: Spec) -> str:
    """The product list's items point at a schema the file does not define."""
    listed = spec["paths"]["/v1/api/products"]["get"]["responses"]["200"]
    listed["content"]["application/json"]["schema"]["items"] = {"$ref": SCHEMA_REF + "ProductDto"}
    return _dump(spec)


def rejected_operation_id(spec: Spec) -> str:
    """A new operation whose operationId is not ``<Name>Controller_<action>``."""
    operation = copy.deepcopy(spec["paths"]["/v1/api/outlets"]["get"])
    operation["operationId"] = "listGiftCards"
    spec["paths"]["/v1/api/gift-cards"] = {"get": operation}
    return _dump(spec)


def openapi_3_1(spec: Spec) -> str:
    spec["openapi"] = "3.1.0"
    return _dump(spec)


def swagger_2_0(spec: Spec) -> str:
    del spec["openapi"], spec["components"]
    return _dump({"swagger": "2.0", **spec, "definitions": {}})


VARIANTS: dict[str, Callable[[Spec], str]] = {
    "additive_1_2_5": additive_1_2_5,
    "breaking_1_3_0": breaking_1_3_0,
    "cosmetic": cosmetic,
    "vendor_fixes_limit": vendor_fixes_limit,
    "renamed_schema": renamed_schema,
    "missing_ref": missing_ref,
    "rejected_operation_id": rejected_operation_id,
    "openapi_3_1": openapi_3_1,
    "swagger_2_0": swagger_2_0,
}


def write(name: str, folder: Path) -> Path:
    """The variant's file in ``folder`` (``python -m tests.codegen.bump_variants NAME DIR``)."""
    text = VARIANTS[name](current())
    path = folder / f"{name}.{'json' if text.startswith('{') else 'yaml'}"
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    import sys

    print(write(sys.argv[1], Path(sys.argv[2])))
