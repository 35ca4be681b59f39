"""Assemble ``openapi.yaml`` from the reconstructed reference fragments.

The vendor's own description cannot be downloaded from these machines, so the
reference pages were recovered as four OpenAPI fragments (see
``shared/finalpos-api/README.md``). This module only merges them into one OpenAPI
3.0.3 document (keeping every ``x-*`` marker) with the document's frame (info, servers,
security, tag order): what the vendor would publish. Every correction, the two schemas the
fragments show differently and the operations the wire contract assumes included, lives in
``codegen/overlay.yaml``. Once the real description is reachable,
``python -m codegen regenerate --from URL`` replaces the result.
"""

from __future__ import annotations

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
            # Two pages may show one schema differently: the first fragment's copy is kept,
            # and codegen/overlay.yaml reconciles them (ErrorResponseDto, MetadataDto).
            schemas.setdefault(schema_name, schema)

    used_tags = {tag for item in paths.values() for op in _operations(item) for tag in op["tags"]}
    unknown = used_tags - set(TAG_ORDER)
    if unknown:
        raise ValueError(f"tags outside the reference nav order: {sorted(unknown)}")
    # Paths grouped by the reference's nav order of their first tag, stable within a tag.
    ordered_paths = dict(
        sorted(paths.items(), key=lambda kv: (_first_tag_rank(kv[1]), list(paths).index(kv[0])))
    )
    return {
        "openapi": "3.0.3",
        "info": INFO,
        "servers": SERVERS,
        "security": [{"X-Api-Key": []}],
        "tags": [{"name": tag} for tag in TAG_ORDER if tag in used_tags],
        "paths": ordered_paths,
        "components": {
            "securitySchemes": SECURITY_SCHEMES,
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
