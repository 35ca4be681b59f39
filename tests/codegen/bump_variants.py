"""Vendor descriptions a maintainer may be handed on an API bump, built from ``openapi.yaml``.

Each variant is a function of the current description (a fresh copy) returning the text of
the candidate file. ``tests/codegen/test_bumps.py`` regenerates each into a scratch copy of
the repository; CONTRIBUTING.md ("Regenerating and API bumps") shows what each one prints.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
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


# The additive bump adds the first of these the description does not have yet (so the test
# still adds something new after a real bump brings gift cards).
NEW_COLLECTIONS = (("gift", "card"), ("voucher",), ("tip", "jar"), ("loyalty", "card"))
NEW_FIELDS = ("barcode", "ean", "upc")


@dataclass(frozen=True)
class Collection:
    words: tuple[str, ...]

    @property
    def pascal(self) -> str:  # GiftCard
        return "".join(word.capitalize() for word in self.words)

    @property
    def kebab(self) -> str:  # gift-card
        return "-".join(self.words)

    @property
    def attribute(self) -> str:  # gift_cards (FinalPOS.gift_cards)
        return "_".join(self.words) + "s"

    @property
    def list_path(self) -> str:
        return f"/v1/api/{self.kebab}s"

    @property
    def get_path(self) -> str:
        return f"/v1/api/{self.kebab}/{{id}}"

    @property
    def schema(self) -> str:
        return f"{self.pascal}ResponseDto"


def new_collection(spec: Spec) -> Collection:
    return next(
        collection
        for collection in map(Collection, NEW_COLLECTIONS)
        if collection.list_path not in spec["paths"]
        and collection.schema not in spec["components"]["schemas"]
    )


def new_field(spec: Spec) -> str:
    properties = spec["components"]["schemas"]["ProductResponseDto"]["properties"]
    return next(name for name in NEW_FIELDS if name not in properties)


def _collection_paths(new: Collection) -> dict[str, Any]:
    ref = {"$ref": SCHEMA_REF + new.schema}
    label = " ".join(new.words)
    page = [
        {"name": name, "in": "query", "required": False, "schema": {"type": "number"}}
        for name in ("skip", "limit")
    ]
    security: list[dict[str, list[str]]] = [{"X-Api-Key": []}]
    return {
        new.list_path: {"get": {
            "operationId": f"{new.pascal}sController_findAll", "tags": [f"{new.pascal}s"],
            "summary": f"Get all {label}s", "parameters": page, "security": security,
            "responses": {"200": {"description": f"The {label}s.", "content": {
                "application/json": {"schema": {"type": "array", "items": ref}}}}}}},
        new.get_path: {"get": {
            "operationId": f"{new.pascal}Controller_findOne", "tags": [new.pascal],
            "summary": f"Get a {label} by ID", "security": security,
            "parameters": [{"name": "id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": f"The {label}.", "content": {
                "application/json": {"schema": ref}}}}}},
    }  # fmt: skip


def _record_schema(new: Collection) -> dict[str, Any]:
    label = " ".join(new.words)
    return {
        "type": "object",
        "description": f"A {label} (read-only through the API).",
        "properties": {
            "id": {"type": "string", "description": f"{label.capitalize()} ID."},
            "code": {"type": "string", "description": "Code printed on it."},
            "balance": {"type": "number", "description": "Remaining balance."},
        },
    }


def bumped(version: str, part: int) -> str:
    """``version`` with its ``part`` (0 major, 1 minor, 2 patch) raised: 1.2.4 -> 1.3.0 for 1."""
    numbers = [int(n) for n in version.split(".")[:3]]
    numbers[part] += 1
    return ".".join(str(n) if i <= part else "0" for i, n in enumerate(numbers))


def additive(spec: Spec) -> str:
    """1.2.4 -> 1.2.5: a read-only collection such as gift cards (list and get only) and a new
    optional product field such as barcode."""
    new, field = new_collection(spec), new_field(spec)
    spec["info"]["version"] = bumped(spec["info"]["version"], 2)
    spec["paths"].update(_collection_paths(new))
    spec["components"]["schemas"][new.schema] = _record_schema(new)
    spec["components"]["schemas"]["ProductResponseDto"]["properties"][field] = {
        "type": "string",
        "description": "EAN/UPC barcode.",
    }
    return _dump(spec)


def breaking(spec: Spec) -> str:
    """1.2.4 -> 1.3.0: an operation removed, a response field removed, a request field retyped."""
    spec["info"]["version"] = bumped(spec["info"]["version"], 1)
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


VOUCHERS = Collection(("voucher",))
SKIP_AS_THE_OVERLAY_SETS_IT = {"type": "integer", "minimum": 0}


def voucher_collection(spec: Spec) -> Collection:
    """Vouchers, or, once the description has them, the next collection it does not have."""
    schemas = spec["components"]["schemas"]
    if VOUCHERS.list_path not in spec["paths"] and VOUCHERS.schema not in schemas:
        return VOUCHERS
    return new_collection(spec)


def additive_vouchers(spec: Spec) -> str:
    """1.2.4 -> 1.2.5 adding only ``GET /v1/api/vouchers``, whose ``skip``/``limit`` the vendor
    already types ``integer`` (what the overlay corrects elsewhere): ``skip`` exactly as the
    overlay sets it (``minimum: 0``), ``limit`` without the bounds the overlay adds."""
    new = voucher_collection(spec)
    spec["info"]["version"] = bumped(spec["info"]["version"], 2)
    listing = _collection_paths(new)[new.list_path]
    skip, limit = listing["get"]["parameters"]
    skip["schema"], limit["schema"] = dict(SKIP_AS_THE_OVERLAY_SETS_IT), {"type": "integer"}
    spec["paths"][new.list_path] = listing
    spec["components"]["schemas"][new.schema] = _record_schema(new)
    return _dump(spec)


def vendor_fixes_skip(spec: Spec) -> str:
    """The vendor publishes every ``skip`` as the overlay sets it: integer, minimum 0."""
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "skip" and parameter["in"] == "query":
                    parameter["schema"] = {"type": "integer", "minimum": 0}
    return _dump(spec)


def vendor_fixes_status_code(spec: Spec) -> str:
    """The vendor types the error body's ``statusCode`` as the overlay does: an integer."""
    error = spec["components"]["schemas"]["ErrorResponseDto"]
    error["properties"]["statusCode"]["type"] = "integer"
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
    spec["paths"]["/v1/api/gift-cards-list"] = {"get": operation}
    return _dump(spec)


def openapi_3_1(spec: Spec) -> str:
    spec["openapi"] = "3.1.0"
    return _dump(spec)


def swagger_2_0(spec: Spec) -> str:
    del spec["openapi"], spec["components"]
    return _dump({"swagger": "2.0", **spec, "definitions": {}})


VARIANTS: dict[str, Callable[[Spec], str]] = {
    "additive": additive,
    "additive_vouchers": additive_vouchers,
    "vendor_fixes_skip": vendor_fixes_skip,
    "vendor_fixes_status_code": vendor_fixes_status_code,
    "breaking": breaking,
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
