"""The one spec model: ``$ref``s resolved once, typed operations and schemas, clear errors."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from final_pos_client._core.spec_model import Schema, SpecError, SpecModel, resolve_pointer


def patched_spec() -> dict[str, Any]:
    text = resources.files("final_pos_client").joinpath("_openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


WIDGET_JSON = {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}
DRY_RUN = {"name": "dryRun", "in": "query", "schema": {"type": "boolean", "default": False}}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def _tiny_spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "9.9"},
        "security": [{"key": []}],
        "paths": {
            "/widgets/{id}": {
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "put": {
                    "operationId": "WidgetController_update",
                    "tags": ["Widgets"],
                    "deprecated": True,
                    "security": [],
                    "parameters": [DRY_RUN],
                    "requestBody": {
                        "required": True,
                        "content": WIDGET_JSON,
                    },
                    "responses": {
                        "200": {"$ref": "#/components/responses/Widget"},
                        "404": {"description": "missing"},
                    },
                },
            }
        },
        "components": {
            "parameters": {"Id": ID},
            "responses": {
                "Widget": {
                    "description": "ok",
                    "content": WIDGET_JSON,
                }
            },
            "schemas": {
                "Widget": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 20, "pattern": "^[a-z]+$"},
                        "note": {"type": "string", "nullable": True, "deprecated": True},
                        "size": {
                            "type": "string", "enum": ["s", "m"], "default": "s", "example": "m"
                        },
                        "parent": {"$ref": "#/components/schemas/Widget"},
                    },
                }
            },
        },
    }  # fmt: skip


def test_operation_parts_are_typed_and_refs_followed() -> None:
    model = SpecModel.parse(_tiny_spec())
    (operation,) = model.operations
    assert (operation.key, operation.tags, operation.deprecated) == (
        "PUT /widgets/{id}",
        ("Widgets",),
        True,
    )
    assert operation.security == () and model.security[0] == {"key": ()}
    assert [p.name for p in operation.path_parameters] == ["id"]
    (dry_run,) = operation.parameters_in("query")
    assert (dry_run.required, dry_run.default, dry_run.schema.type) == (False, False, "boolean")
    body = operation.request_body
    assert body is not None
    assert (body.required, body.content_type, body.model_name) == (
        True,
        "application/json",
        "Widget",
    )
    success = operation.success
    assert success is not None and success.schema == Schema(ref="Widget")
    assert operation.responses["404"].schema is None


def test_schemas_keep_constraints_nullable_enum_default_example_and_deprecated() -> None:
    model = SpecModel.parse(_tiny_spec())
    widget = model.resolve(Schema(ref="Widget"))
    assert widget.required == ("name",) and widget.is_required("name")
    assert dict(widget.properties["name"].constraints) == {"maxLength": 20, "pattern": "^[a-z]+$"}
    note = widget.properties["note"]
    assert (note.nullable, note.deprecated) == (True, True)
    size = widget.properties["size"]
    assert (size.enum, size.default, size.has_default) == (("s", "m"), "s", True)
    assert (size.example, size.has_example) == ("m", True)
    assert (note.example, note.has_example) == (None, False)
    assert model.resolve(widget.properties["parent"]) is widget  # a cycle is just a name


def test_missing_schema_ref_names_the_schema_and_the_place() -> None:
    spec = _tiny_spec()
    spec["components"]["schemas"]["Widget"]["properties"]["owner"] = {
        "$ref": "#/components/schemas/Owner"
    }
    with pytest.raises(
        SpecError, match=r"Widget\.properties\.owner: \$ref '#/components/schemas/Owner'"
    ):
        SpecModel.parse(spec)


def test_resolve_pointer_follows_escapes_and_array_indices() -> None:
    spec = _tiny_spec()
    assert resolve_pointer(spec, "#/paths/~1widgets~1{id}/put/tags/0") == "Widgets"
    widget = resolve_pointer(spec, "#/components/schemas/Widget")
    assert widget is spec["components"]["schemas"]["Widget"]
    with pytest.raises(SpecError, match=r"\$ref '#/components/schemas/Gadget' names nothing"):
        resolve_pointer(spec, "#/components/schemas/Gadget")
    with pytest.raises(SpecError, match="only local"):
        resolve_pointer(spec, "other.yaml#/components/schemas/Widget")


def test_undeclared_path_parameter_is_named() -> None:
    spec = _tiny_spec()
    spec["paths"]["/widgets/{id}"]["parameters"] = []
    with pytest.raises(SpecError, match=r"PUT /widgets/\{id\}: path parameter\(s\) \['id'\]"):
        SpecModel.parse(spec)


def test_the_patched_description_parses_into_every_operation() -> None:
    spec = patched_spec()
    model = SpecModel.parse(spec)
    ids = {op["operationId"] for item in spec["paths"].values() for op in item.values()}
    assert {operation.operation_id for operation in model} == ids
    assert set(model.schemas) == set(spec["components"]["schemas"])
    assert model.version == spec["info"]["version"]


def test_parsing_does_not_change_the_description() -> None:
    spec = patched_spec()
    before = copy.deepcopy(spec)
    SpecModel.parse(spec)
    assert spec == before
