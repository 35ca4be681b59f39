"""Resources and methods come from the description by rule; a name collision fails generation."""

from __future__ import annotations

import copy
import inspect
import json
import re
from importlib import resources
from typing import Any

import pytest

from codegen.client_layer import method_view, render
from codegen.client_operations import ClientLayerError, collect_resources, resource_attribute
from final_pos_client import FinalPOS

# A few resources the README and examples use; the full set is derived from the description.
KNOWN_RESOURCES = {"customers", "products", "custom_tables", "custom_table_data", "zapier_triggers"}
ACTION_METHODS = {"create": "create", "findOne": "get", "update": "update", "delete": "delete",
                  "remove": "delete", "findAll": "list"}  # fmt: skip


def patched_spec() -> dict[str, Any]:
    text = resources.files("final_pos_client").joinpath("_openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def described_resources(spec: dict[str, Any]) -> set[str]:
    """One resource per controller named in an operationId (singular and plural merged)."""
    return {
        resource_attribute(operation["operationId"].split("Controller_")[0])
        for path_item in spec["paths"].values()
        for operation in path_item.values()
    }


def test_resource_attributes_follow_the_rule() -> None:
    spec = patched_spec()
    attributes = {r.attribute for r in collect_resources(spec)}
    assert attributes == described_resources(spec)
    assert attributes >= KNOWN_RESOURCES
    pos = FinalPOS(api_key="k")
    assert all(hasattr(pos, name) for name in attributes)


@pytest.mark.parametrize(
    ("controller", "attribute"),
    [
        ("Category", "categories"),
        ("Categories", "categories"),
        ("CustomTableData", "custom_table_data"),
        ("ZapierTriggers", "zapier_triggers"),
        ("Session", "sessions"),
        ("CustomTableFields", "custom_table_fields"),
    ],
)
def test_singular_and_plural_controllers_merge(controller: str, attribute: str) -> None:
    assert resource_attribute(controller) == attribute


def test_methods_exist_exactly_where_the_api_has_the_operation() -> None:
    spec = patched_spec()
    expected: dict[str, set[str]] = {name: set() for name in described_resources(spec)}
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            controller, action = operation["operationId"].split("Controller_")
            # Any other action keeps its own name, snake_case (findStations -> find_stations).
            method = ACTION_METHODS.get(action) or re.sub(r"(?<!^)(?=[A-Z])", "_", action).lower()
            expected[resource_attribute(controller)].add(method)
            if method == "list":
                expected[resource_attribute(controller)].add("iterate")
    pos = FinalPOS(api_key="k")
    for name, methods in expected.items():
        resource = getattr(pos, name)
        wrappers = {"with_raw_response", "with_streaming_response"}
        public = {m for m in dir(resource) if not m.startswith("_") and m not in wrappers}
        assert public == methods, name
        for wrapper in wrappers:
            wrapped = getattr(resource, wrapper)
            assert {m for m in dir(wrapped) if not m.startswith("_")} == methods - {"iterate"}
    assert "delete" not in dir(pos.attachments) and "list" not in dir(pos.roles)


def test_signatures_and_docstrings() -> None:
    pos = FinalPOS(api_key="k")
    assert str(inspect.signature(pos.custom_table_data.get)).startswith(
        "(table_name: 'str', id: 'str', *,"
    )
    list_parameters = inspect.signature(pos.custom_table_fields.list).parameters
    assert list_parameters["table_id"].kind is inspect.Parameter.KEYWORD_ONLY
    assert list_parameters["table_id"].default is inspect.Parameter.empty
    assert (list_parameters["skip"].default, list_parameters["limit"].default) == (0, 50)
    for name in ("timeout", "max_retries"):
        assert name in inspect.signature(pos.categories.create).parameters
        assert name in inspect.signature(pos.categories.iterate).parameters
    assert (pos.categories.get.__doc__ or "").startswith("Get a category by ID")


def test_name_collision_fails_generation() -> None:
    spec = patched_spec()
    duplicate = copy.deepcopy(spec["paths"]["/v1/api/category/{id}"]["delete"])
    duplicate["operationId"] = "CategoriesController_delete"
    spec["paths"]["/v1/api/category/{id}"]["post"] = duplicate
    with pytest.raises(ClientLayerError, match=r"name collision: .* FinalPOS\.categories\.delete"):
        render(spec)


def test_operation_id_outside_the_rule_fails_generation() -> None:
    spec = patched_spec()
    spec["paths"]["/v1/api/products"]["get"]["operationId"] = "listProducts"
    with pytest.raises(ClientLayerError, match="listProducts"):
        render(spec)


def test_other_actions_keep_their_name() -> None:
    spec = patched_spec()
    operation = copy.deepcopy(spec["paths"]["/v1/api/products"]["get"])
    operation["operationId"] = "ProductsController_findByBarcode"
    spec["paths"]["/v1/api/products/by-barcode"] = {"get": operation}
    products = {r.attribute: r for r in collect_resources(spec)}["products"]
    assert "find_by_barcode" in products.methods


def test_inline_bodies_and_undocumented_responses_stay_plain_json() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/v1/api/widget/{id}/notes": {
                "post": {
                    "operationId": "WidgetController_addNote",
                    "summary": "Add a note",
                    "parameters": [{"name": "id", "in": "path", "required": True}],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"type": "object"}}}
                    },
                    "responses": {"201": {"description": "created"}},
                }
            }
        }
    }
    (widgets,) = collect_resources(spec)
    method = widgets.methods["add_note"]
    view = method_view(method, widgets)
    assert widgets.attribute == "widgets"
    assert view.signature.startswith("self, id: str, body: dict[str, Any], *,")
    assert (view.returns, view.json_expression) == ("Any", "body")
    assert view.path_expression == "f\"/v1/api/widget/{path_segment('id', id)}/notes\""
    assert "widgets.add_note (WidgetController_addNote)" in render(spec)["resources/widgets.py"]


def test_raw_response_methods_wrap_the_same_methods() -> None:
    pos = FinalPOS(api_key="k")
    raw_get = pos.products.with_raw_response.get
    assert raw_get.__wrapped__ == pos.products.get  # type: ignore[attr-defined]
    assert inspect.signature(raw_get) == inspect.signature(pos.products.get)
