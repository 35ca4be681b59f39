"""``codegen/assemble.py`` (``python -m codegen assemble``): the reference fragments merged into
one OpenAPI 3.0.3 document, nothing corrected, in the reference's navigation order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import assemble
from codegen.__main__ import main


def _operation(tag: str, **extra: Any) -> dict[str, Any]:
    return {"tags": [tag], "responses": {"200": {"description": "OK"}}, **extra}


def _fragments(folder: Path, **overrides: dict[str, Any]) -> Path:
    """The four fragment files (``customers``, ``custom-tables``, ``catalog``, ``sales``)."""
    fragments: dict[str, dict[str, Any]] = {
        "customers": {
            "paths": {
                "/v1/api/customer": {"post": _operation("Customer", **{"x-unverified": True})},
                "/v1/api/customers": {"get": _operation("Customers")},
            },
            "components": {"schemas": {"ErrorResponseDto": {"type": "object", "title": "first"}}},
        },
        "custom-tables": {
            "paths": {"/v1/api/custom-tables": {"get": _operation("Custom Tables: structure")}}
        },
        "catalog": {
            "paths": {
                "/v1/api/product/{id}": {"get": _operation("Product")},
                # Another method of a path a later fragment shows too: both kept.
                "/v1/api/order/{id}": {"get": _operation("Order")},
            },
            "components": {"schemas": {"ErrorResponseDto": {"type": "object", "title": "second"}}},
        },
        "sales": {
            "paths": {
                "/v1/api/order/{id}": {"delete": _operation("Order")},
                "/v1/api/products": {"get": _operation("Products")},
            }
        },
    }
    fragments.update(overrides)
    for name, fragment in fragments.items():
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(fragment), encoding="utf-8")
    return folder


def test_fragments_merge_into_one_document_in_navigation_order(tmp_path: Path) -> None:
    document = assemble.assemble(_fragments(tmp_path))

    assert document["openapi"] == "3.0.3"
    assert document["info"] == assemble.INFO and document["servers"] == assemble.SERVERS
    assert document["security"] == [{"X-Api-Key": []}]
    # Paths by the navigation rank of their first tag (Product before Products before Order).
    assert list(document["paths"]) == [
        "/v1/api/customer",
        "/v1/api/customers",
        "/v1/api/custom-tables",
        "/v1/api/product/{id}",
        "/v1/api/products",
        "/v1/api/order/{id}",
    ]
    assert set(document["paths"]["/v1/api/order/{id}"]) == {"get", "delete"}
    # Only the tags in use, in the navigation order.
    assert [tag["name"] for tag in document["tags"]] == [
        "Customer",
        "Customers",
        "Custom Tables: structure",
        "Product",
        "Products",
        "Order",
    ]


def test_nothing_is_corrected_markers_kept_and_the_first_copy_of_a_schema_wins(
    tmp_path: Path,
) -> None:
    document = assemble.assemble(_fragments(tmp_path))

    assert document["paths"]["/v1/api/customer"]["post"]["x-unverified"] is True
    assert document["components"]["schemas"]["ErrorResponseDto"]["title"] == "first"
    assert document["components"]["securitySchemes"] == assemble.SECURITY_SCHEMES


def test_an_operation_two_fragments_define_is_an_error_naming_it(tmp_path: Path) -> None:
    sales = {"paths": {"/v1/api/product/{id}": {"get": _operation("Product")}}}
    with pytest.raises(ValueError, match=r"GET /v1/api/product/\{id\} is defined by two"):
        assemble.assemble(_fragments(tmp_path, sales=sales))


def test_a_tag_outside_the_navigation_order_is_an_error_naming_it(tmp_path: Path) -> None:
    sales = {"paths": {"/v1/api/gift-cards": {"get": _operation("Gift Cards")}}}
    with pytest.raises(ValueError, match=r"tags outside the reference nav order: \['Gift Cards'\]"):
        assemble.assemble(_fragments(tmp_path, sales=sales))


def test_the_command_writes_the_document_with_its_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "openapi.yaml"
    fragments = _fragments(tmp_path)

    assert main(["assemble", "--fragments", str(fragments), "--output", str(output)]) == 0

    text = output.read_text(encoding="utf-8")
    assert text.startswith(assemble.HEADER)
    assert yaml.safe_load(text) == assemble.assemble(fragments)
    assert f"[assemble] wrote {output}" in capsys.readouterr().out
