"""Assemble ``openapi.yaml`` from the reconstructed reference fragments.

The vendor's own description cannot be downloaded from these machines, so the
reference pages were recovered as four OpenAPI fragments (see
``shared/finalpos-api/README.md``). This module merges them into one OpenAPI
3.0.3 document, keeps every ``x-*`` marker, reconciles the two schemas that the
fragments define differently, and adds the operations the wire contract assumes.
Once the real description is reachable, ``python -m codegen regenerate --from URL``
replaces the result.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

FRAGMENTS = ("customers", "custom-tables", "catalog", "sales")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

TAG_ORDER = (
    "Customer",
    "Customers",
    "Custom Tables: structure",
    "Custom Table: content",
    "Custom Tables: content",
    "Product",
    "Products",
    "Outlet",
    "Outlets",
    "Category",
    "Categories",
    "Station",
    "Stations",
    "Variant",
    "Variants",
    "Order",
    "Orders",
    "Transactions",
    "Roles",
    "Attachment",
    "Account",
    "Refunds",
    "Session",
    "ZapierTriggers",
)

WIRE_CONTRACT_MARK = "assumed, see wire contract"

INFO: dict[str, Any] = {
    "title": "Final POS API",
    "version": "1.2.4",
    "description": (
        "Final POS Public API, assembled from the reconstructed public reference "
        "(docs.finalpos.com). Nodes marked `x-unverified` were inferred, not read on a page."
    ),
}
SERVERS = [
    {"url": "https://api.finalpos.com", "description": "Official API"},
    {"url": "https://docs.finalpos.com/_mock/openapi", "description": "Vendor mock server"},
]
SECURITY_SCHEMES = {
    "X-Api-Key": {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": "API key created in Manage (Settings > API Keys).",
    }
}

# One definition that fits every use of the two schemas the fragments define twice.
MERGED_SCHEMAS: dict[str, dict[str, Any]] = {
    "ErrorResponseDto": {
        "type": "object",
        "x-name-guessed": True,
        "description": (
            "Error body of every 4xx/5xx response (seen for 400 on category create and for "
            "400/404 on Get a account by ID)."
        ),
        "x-doc-url": "https://docs.finalpos.com/openapi/category/categorycontroller_create.md",
        "required": ["statusCode", "message", "error"],
        "properties": {
            "statusCode": {
                "type": "number",
                "description": "HTTP status code repeated in the body.",
                "example": 400,
            },
            "message": {
                "description": (
                    "Human-readable explanation of the failure; a list of messages for "
                    "validation failures."
                ),
                "x-unverified": (
                    "pages show a string; the list form is the NestJS validation-pipe "
                    "convention assumed by the wire contract"
                ),
                "oneOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}},
                ],
                "example": "Validation failed: Field `schemaField` is required.",
            },
            "error": {
                "type": "string",
                "description": (
                    "Error category name (the reason phrase of the status), e.g. Bad Request, "
                    "Unauthorized, Forbidden, Not Found, Conflict, Unprocessable Entity, "
                    "Internal Server Error."
                ),
                "x-unverified": (
                    "the Account page lists these names as an enum and the category page is "
                    "cut before its values; kept open so statuses outside the list (429, 503) "
                    "still parse"
                ),
                "x-enum-seen": [
                    "Bad Request",
                    "Unauthorized",
                    "Forbidden",
                    "Not Found",
                    "Conflict",
                    "Unprocessable Entity",
                    "Internal Server Error",
                ],
                "example": "Bad Request",
            },
        },
    },
    "MetadataDto": {
        "type": "object",
        "description": "Free key/value pair attached to a product, variant or order.",
        "x-doc-url": "https://docs.finalpos.com/openapi/variant/variantcontroller_update.md",
        "required": ["key", "value"],
        "properties": {
            "key": {"type": "string", "description": "Metadata key.", "example": "key1"},
            "value": {"type": "string", "description": "Metadata value.", "example": "value1"},
            "externalId": {
                "type": "string",
                "description": "Optional external-system ID tied to this entry.",
                "example": "ext123",
            },
        },
        "x-unverified": (
            "shape verified on variantcontroller_update.md; its use on Order inferred from the "
            "Order field description 'Metadata associated with the Customer.'"
        ),
    },
}

OID = {"type": "object", "properties": {"$oid": {"type": "string"}}}

ASSUMED_OPERATIONS: dict[str, dict[str, Any]] = {
    "/v1/api/custom-table-value/{id}": {
        "patch": {
            "operationId": "CustomTableValueController_update",
            "x-operationId-guessed": True,
            "x-unverified": WIRE_CONTRACT_MARK,
            "tags": ["Custom Table: content"],
            "summary": "Update a custom table value by ID",
            "description": "Changes the content of one stored cell value.",
            "security": [{"X-Api-Key": []}],
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "description": "Value record identifier.",
                    "schema": {"type": "string"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/UpdateCustomTableValueDto"}
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The updated value record.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CustomTableValueResponseDto"}
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
    "/v1/api/custom-table-row/{id}": {
        "delete": {
            "operationId": "CustomTableRowController_delete",
            "x-operationId-guessed": True,
            "x-unverified": WIRE_CONTRACT_MARK,
            "tags": ["Custom Table: content"],
            "summary": "Delete a custom table row by ID",
            "description": "Soft-deletes a row; it and its values disappear from data reads.",
            "security": [{"X-Api-Key": []}],
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "description": "Row identifier.",
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The deleted row, with isDeleted true.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CustomTableRowResponseDto"}
                        }
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
}

ASSUMED_SCHEMAS: dict[str, dict[str, Any]] = {
    "UpdateCustomTableValueDto": {
        "type": "object",
        "x-name-guessed": True,
        "x-unverified": WIRE_CONTRACT_MARK,
        "description": "Body for changing one stored cell value.",
        "required": ["value"],
        "properties": {
            "value": {"description": "The new cell content, typed by the field's type."}
        },
    }
}

ASSUMED_RESPONSES: dict[str, dict[str, Any]] = {
    "BadRequest": {
        "description": "Invalid request.",
        "x-unverified": WIRE_CONTRACT_MARK,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponseDto"}}
        },
    },
    "NotFound": {
        "description": "No record with that ID.",
        "x-unverified": WIRE_CONTRACT_MARK,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponseDto"}}
        },
    },
}


def _operations(path_item: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for method, op in path_item.items() if method in HTTP_METHODS]


def _first_tag_rank(path_item: dict[str, Any]) -> int:
    ranks = [TAG_ORDER.index(tag) for op in _operations(path_item) for tag in op.get("tags", [])]
    return min(ranks, default=len(TAG_ORDER))


def assemble(fragments_dir: Path) -> dict[str, Any]:
    """Merge the fragments into one OpenAPI 3.0.3 document."""
    paths: dict[str, dict[str, Any]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    for name in FRAGMENTS:
        fragment = yaml.safe_load((fragments_dir / f"{name}.yaml").read_text())
        for path, item in fragment["paths"].items():
            target = paths.setdefault(path, {})
            for method, op in item.items():
                if method in target:
                    raise ValueError(f"{method.upper()} {path} is defined by two fragments")
                target[method] = op
        for schema_name, schema in fragment.get("components", {}).get("schemas", {}).items():
            conflicting = schema_name in schemas and schemas[schema_name] != schema
            if conflicting and schema_name not in MERGED_SCHEMAS:
                raise ValueError(f"schema {schema_name} differs between fragments")
            schemas[schema_name] = schema
    schemas.update(copy.deepcopy(MERGED_SCHEMAS))
    schemas.update(copy.deepcopy(ASSUMED_SCHEMAS))
    for path, item in ASSUMED_OPERATIONS.items():
        paths.setdefault(path, {}).update(copy.deepcopy(item))

    # Paths grouped by the reference's nav order of their first tag, stable within a tag.
    ordered_paths = dict(
        sorted(paths.items(), key=lambda kv: (_first_tag_rank(kv[1]), list(paths).index(kv[0])))
    )
    used_tags = {tag for item in paths.values() for op in _operations(item) for tag in op["tags"]}
    unknown = used_tags - set(TAG_ORDER)
    if unknown:
        raise ValueError(f"tags outside the reference nav order: {sorted(unknown)}")
    return {
        "openapi": "3.0.3",
        "info": INFO,
        "servers": SERVERS,
        "security": [{"X-Api-Key": []}],
        "tags": [{"name": tag} for tag in TAG_ORDER if tag in used_tags],
        "paths": ordered_paths,
        "components": {
            "securitySchemes": SECURITY_SCHEMES,
            "responses": ASSUMED_RESPONSES,
            "schemas": schemas,
        },
    }


HEADER = """\
# Final POS API 1.2.4: OpenAPI description assembled from the reconstructed public reference
# (fragments and notes in shared/finalpos-api/). `x-unverified` marks what was inferred;
# `x-doc-url` names the page each operation was read from. Rebuild with
#   python -m codegen assemble --fragments ../shared/finalpos-api
# Replace with the vendor's own description (when reachable) with
#   python -m codegen regenerate --from https://docs.finalpos.com/_spec/openapi.yaml
"""


def dump(document: dict[str, Any]) -> str:
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body
