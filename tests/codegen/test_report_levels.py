"""Each kind of change gets its level (breaking / possibly breaking / info), as oasdiff grades.

Every case is one small edit of the real patched description, built in code; the report must
name the change with the expected level and nothing more severe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from codegen import report
from codegen.changes import Level

from .bump_variants import bumped, new_collection
from .report_edits import (
    api_version,
    edited,
    operation_id,
    patched_description,
    query_parameter,
    schemas,
)

B, W, INFO = Level.BREAKING, Level.WARN, Level.INFO
VERSION = api_version()
PATCH, MINOR = bumped(VERSION, 2), bumped(VERSION, 1)
NEW = new_collection(patched_description())  # one the description does not have yet
Edit = Callable[[dict[str, Any]], Any]


def _prop(spec: dict[str, Any], schema: str, prop: str) -> dict[str, Any]:
    found: dict[str, Any] = schemas(spec)[schema]["properties"][prop]
    return found


def _customer_get(spec: dict[str, Any]) -> dict[str, Any]:
    return operation_id(spec, "CustomerController_findOne")[2]


CASES: dict[str, tuple[Edit, str, str, Level]] = {
    # operations
    "operation removed": (
        lambda s: s["paths"]["/v1/api/station/{id}"].pop("delete"),
        "DELETE /v1/api/station/{id}",
        "operation removed",
        B,
    ),
    "operation added": (
        lambda s: s["paths"].__setitem__(
            NEW.list_path,
            {
                "get": {
                    **operation_id(s, "ProductsController_findAll")[2],
                    "operationId": f"{NEW.pascal}Controller_findAll",
                }
            },
        ),
        f"GET {NEW.list_path}",
        "operation added",
        INFO,
    ),
    "operation deprecated": (
        lambda s: _customer_get(s).__setitem__("deprecated", True),
        "GET /v1/api/customer/{id}",
        "deprecated",
        W,
    ),
    "summary changed": (
        lambda s: _customer_get(s).__setitem__("summary", "Read one customer."),
        "GET /v1/api/customer/{id}",
        "summary changed",
        INFO,
    ),
    "operationId changed": (
        lambda s: _customer_get(s).__setitem__("operationId", "CustomerController_read"),
        "GET /v1/api/customer/{id}",
        "operationId CustomerController_findOne → CustomerController_read",
        B,
    ),
    "operation security added": (
        lambda s: _customer_get(s).__setitem__("security", [{"X-Api-Key": [], "Bearer": []}]),
        "GET /v1/api/customer/{id}",
        "security [['X-Api-Key']] → [['Bearer', 'X-Api-Key']]",
        W,
    ),
    "operation security dropped": (
        lambda s: _customer_get(s).__setitem__("security", []),
        "GET /v1/api/customer/{id}",
        "security [['X-Api-Key']] → []",
        INFO,
    ),
    # parameters
    "parameter removed": (
        lambda s: operation_id(s, "ProductsController_findAll")[2]["parameters"].pop(0),
        "GET /v1/api/products",
        "parameter `query skip` removed",
        B,
    ),
    "required parameter added": (
        lambda s: operation_id(s, "ProductsController_findAll")[2]["parameters"].append(
            {"name": "outletId", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "GET /v1/api/products",
        "parameter `query outletId` added (required)",
        B,
    ),
    "optional parameter added": (
        lambda s: operation_id(s, "ProductsController_findAll")[2]["parameters"].append(
            {"name": "outletId", "in": "query", "schema": {"type": "string"}}
        ),
        "GET /v1/api/products",
        "parameter `query outletId` added",
        INFO,
    ),
    "parameter became required": (
        lambda s: query_parameter(s, "ProductsController_findAll", "skip").update(required=True),
        "GET /v1/api/products",
        "parameter `query skip` became required",
        B,
    ),
    "parameter type changed": (
        lambda s: query_parameter(s, "ProductsController_findAll", "skip")["schema"].update(
            type="string"
        ),
        "GET /v1/api/products",
        "parameter `query skip` type integer → string",
        B,
    ),
    "query parameter default changed": (
        lambda s: query_parameter(s, "ProductsController_findAll", "limit")["schema"].update(
            default=20
        ),
        "GET /v1/api/products",
        "parameter `query limit` default 50 → 20",
        W,
    ),
    "query parameter maximum lowered": (
        lambda s: query_parameter(s, "ProductsController_findAll", "limit")["schema"].update(
            maximum=20
        ),
        "GET /v1/api/products",
        "parameter `query limit` maximum 100 → 20 (tightened)",
        B,
    ),
    "query parameter maximum raised": (
        lambda s: query_parameter(s, "ProductsController_findAll", "limit")["schema"].update(
            maximum=500
        ),
        "GET /v1/api/products",
        "parameter `query limit` maximum 100 → 500 (loosened)",
        INFO,
    ),
    "query parameter minimum raised": (
        lambda s: query_parameter(s, "ProductsController_findAll", "limit")["schema"].update(
            minimum=1
        ),
        "GET /v1/api/products",
        "parameter `query limit` minimum 0 → 1 (tightened)",
        B,
    ),
    # request bodies and their fields
    "request field became required": (
        lambda s: schemas(s)["CreateCategoryDto"]["required"].append("externalId"),
        "schema CreateCategoryDto",
        "property `externalId` became required",
        B,
    ),
    "required request field added": (
        lambda s: (
            _prop(s, "CreateCategoryDto", "name")
            and schemas(s)["CreateCategoryDto"]["properties"].update(code={"type": "string"}),
            schemas(s)["CreateCategoryDto"]["required"].append("code"),
        ),
        "schema CreateCategoryDto",
        "property `code` added (required)",
        B,
    ),
    "optional request field added": (
        lambda s: schemas(s)["CreateCategoryDto"]["properties"].update(code={"type": "string"}),
        "schema CreateCategoryDto",
        "property `code` added",
        INFO,
    ),
    "request field maxLength added": (
        lambda s: _prop(s, "CreateProductDto", "name").update(maxLength=80),
        "schema CreateProductDto",
        "property `name` maxLength none → 80 (tightened)",
        B,
    ),
    "request field minLength added": (
        lambda s: _prop(s, "CreateProductDto", "name").update(minLength=3),
        "schema CreateProductDto",
        "property `name` minLength none → 3 (tightened)",
        B,
    ),
    "request field pattern added": (
        lambda s: _prop(s, "CreateProductDto", "sku").update(pattern="^[A-Z0-9-]+$"),
        "schema CreateProductDto",
        "property `sku` pattern none → '^[A-Z0-9-]+$'",
        B,
    ),
    "request field enum added": (
        lambda s: _prop(s, "CreateProductDto", "status").update(enum=["publish", "draft"]),
        "schema CreateProductDto",
        "property `status` enum ['publish', 'draft'] added",
        B,
    ),
    "request field default changed": (
        lambda s: _prop(s, "CreateProductDto", "status").update(default="draft"),
        "schema CreateProductDto",
        "property `status` default none → 'draft'",
        W,
    ),
    "request field deprecated": (
        lambda s: _prop(s, "CreateProductDto", "supplier").update(deprecated=True),
        "schema CreateProductDto",
        "property `supplier` deprecated",
        INFO,
    ),
    "request field type changed": (
        lambda s: _prop(s, "CreateProductDto", "sku").update(type="number"),
        "schema CreateProductDto",
        "property `sku` type string → number",
        B,
    ),
    "request property order changed": (
        lambda s: schemas(s)["CreateCategoryDto"].update(
            properties=dict(reversed(schemas(s)["CreateCategoryDto"]["properties"].items()))
        ),
        "schema CreateCategoryDto",
        "property order name, description, image, externalId, parentId, menuOrder, source → "
        "source, menuOrder, parentId, externalId, image, description, name",
        INFO,
    ),
    # responses and their fields
    "response field removed": (
        lambda s: schemas(s)["ProductResponseDto"]["properties"].pop("sku"),
        "schema ProductResponseDto",
        "property `sku` removed",
        B,
    ),
    "response field became optional": (
        lambda s: schemas(s)["ProductResponseDto"].pop("required"),
        "schema ProductResponseDto",
        "property `id` became optional",
        B,
    ),
    "response field became nullable": (
        lambda s: _prop(s, "ProductResponseDto", "sku").update(nullable=True),
        "schema ProductResponseDto",
        "property `sku` became nullable",
        B,
    ),
    "response field added": (
        lambda s: schemas(s)["ProductResponseDto"]["properties"].update(
            loyaltyTier={"type": "string"}
        ),
        "schema ProductResponseDto",
        "property `loyaltyTier` added",
        INFO,
    ),
    "response field maxLength tightened": (
        lambda s: _prop(s, "ProductResponseDto", "sku").update(maxLength=40),
        "schema ProductResponseDto",
        "property `sku` maxLength none → 40 (tightened)",
        INFO,
    ),
    "response field description changed": (
        lambda s: _prop(s, "ProductResponseDto", "sku").update(description="Stock keeping unit."),
        "schema ProductResponseDto",
        "property `sku` description changed",
        INFO,
    ),
    "success status removed": (
        lambda s: _customer_get(s)["responses"].pop("200"),
        "GET /v1/api/customer/{id}",
        "status 200 removed",
        B,
    ),
    "error status removed": (
        lambda s: _customer_get(s)["responses"].pop("400"),
        "GET /v1/api/customer/{id}",
        "status 400 removed",
        W,
    ),
    "error status added": (
        lambda s: _customer_get(s)["responses"].update({"409": {"description": "Conflict"}}),
        "GET /v1/api/customer/{id}",
        "status 409 added",
        INFO,
    ),
    # the document
    "info.version only": (
        lambda s: s["info"].update(version=PATCH),
        "info",
        f"version {VERSION} → {PATCH}",
        INFO,
    ),
    "server removed": (
        lambda s: s["servers"].pop(1),
        "servers",
        "server https://docs.finalpos.com/_mock/openapi removed",
        W,
    ),
    "server added": (
        lambda s: s["servers"].append({"url": "https://eu.api.finalpos.com"}),
        "servers",
        "server https://eu.api.finalpos.com added",
        INFO,
    ),
    "security scheme header renamed": (
        lambda s: s["components"]["securitySchemes"]["X-Api-Key"].update(name="authorization"),
        "security scheme X-Api-Key",
        "name 'x-api-key' → 'authorization'",
        B,
    ),
    "schema added": (
        lambda s: schemas(s).update(GiftCardDto={"type": "object", "properties": {}}),
        "schema GiftCardDto",
        "added",
        INFO,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_change_gets_its_level(case: str) -> None:
    edit, subject, detail, level = CASES[case]
    old, new = edited(edit)
    changes = report.compare(old, new).changes
    matching = [c for c in changes if c.subject.startswith(subject) and c.detail == detail]
    assert [c.level for c in matching] == [level], [(c.subject, c.detail) for c in changes]
    assert max(c.level for c in changes) == level, [(c.subject, c.detail, c.level) for c in changes]


@pytest.mark.parametrize(
    ("edit", "loosened", "tightened"),
    [
        (
            lambda s: operation_id(s, "CategoryController_create")[2]["requestBody"].update(
                required=False
            ),
            ("POST /v1/api/category", "request body became optional", INFO),
            ("POST /v1/api/category", "request body became required", B),
        ),
        (
            lambda s: _prop(s, "CreateProductDto", "sku").update(nullable=True),
            ("schema CreateProductDto", "property `sku` became nullable", INFO),
            ("schema CreateProductDto", "property `sku` no longer nullable", B),
        ),
    ],
)
def test_tightening_what_the_client_sends_breaks(
    edit: Edit, loosened: tuple[str, str, Level], tightened: tuple[str, str, Level]
) -> None:
    strict, lenient = edited(edit)

    def entries(changes: list[report.Change]) -> list[tuple[str, str, Level]]:
        return [(c.subject.split(" (")[0], c.detail, c.level) for c in changes]

    assert entries(report.compare(strict, lenient).changes) == [loosened]
    assert entries(report.compare(lenient, strict).changes) == [tightened]


def test_a_removed_schema_breaks() -> None:
    old, new = edited(lambda s: schemas(s).update(GiftCardDto={"type": "object", "properties": {}}))
    assert [(c.subject, c.detail, c.level) for c in report.compare(new, old).changes] == [
        ("schema GiftCardDto", "removed", B)
    ]


def _with_enum(spec: dict[str, Any], values: list[str]) -> None:
    """``ProductResponseDto.status`` (a response field) as an enum."""
    _prop(spec, "ProductResponseDto", "status")["enum"] = values


@pytest.mark.parametrize(
    ("values", "detail", "level"),
    [
        (["publish"], "property `status` enum value(s) ['draft'] removed", B),
        (["publish", "draft", "private"], "property `status` enum value(s) ['private'] added", W),
    ],
)
def test_response_enum_values(values: list[str], detail: str, level: Level) -> None:
    old, new = edited(lambda s: _with_enum(s, ["publish", "draft"]))
    _with_enum(old, ["publish", "draft"])
    _with_enum(new, values)
    changes = report.compare(old, new).changes
    assert [(c.subject, c.detail, c.level) for c in changes] == [
        ("schema ProductResponseDto", detail, level)
    ]


def test_request_enum_value_removed_breaks_and_added_is_info() -> None:
    old, new = edited(lambda s: _prop(s, "CreateProductDto", "status").update(enum=["a"]))
    _prop(old, "CreateProductDto", "status")["enum"] = ["a", "b"]
    assert [(c.detail, c.level) for c in report.compare(old, new).changes] == [
        ("property `status` enum value(s) ['b'] removed", B)
    ]
    assert [(c.detail, c.level) for c in report.compare(new, old).changes] == [
        ("property `status` enum value(s) ['b'] added", INFO)
    ]


def test_a_schema_used_both_ways_takes_the_stricter_level() -> None:
    # AddressDto is sent (CreateCustomerDto.billing) and received (Customer.billing).
    old, new = edited(lambda s: _prop(s, "AddressDto", "city").update(nullable=True))
    changes = report.compare(old, new).changes
    assert [(c.subject, c.detail, c.level) for c in changes] == [
        ("schema AddressDto", "property `city` became nullable", B)
    ]


def test_no_change_no_entries_and_the_markdown_says_so() -> None:
    old, new = edited(lambda s: None)
    result = report.compare(old, new)
    assert result.changes == [] and result.sdk == [] and result.highest is None
    assert "no API changes" in result.to_markdown()


def test_markdown_groups_by_level_most_severe_first() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["info"]["version"] = MINOR
        spec["paths"]["/v1/api/station/{id}"].pop("delete")
        spec["servers"].pop(1)

    old, new = edited(edit)
    markdown = report.compare(old, new).to_markdown()
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["## Breaking", "## Possibly breaking", "## Info", "## SDK view"]
    counts = "3 changes: 1 breaking, 1 possibly breaking, 1 info"
    assert f"API version {VERSION} → {MINOR}: {counts}" in markdown
