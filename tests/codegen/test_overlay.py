"""The overlay: Overlay 1.0 semantics, and what codegen/overlay.yaml does to the description."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any, get_type_hints

import pytest

from codegen import report
from codegen.overlay import (
    ActionOutcome,
    OverlayError,
    apply_action,
    apply_overlay,
    load_overlay,
)
from codegen.source import parse
from final_pos_client._core.spec_model import Operation, Schema, SpecModel

from .conftest import REPO_ROOT, REPO_SPEC
from .report_edits import edited

MARKERS = ("x-unverified", "x-doc-url", "x-name-guessed", "x-operationId-guessed")
LIST_ITEMS = {
    "/v1/api/custom-tables": "CustomTableResponseDto",
    "/v1/api/custom-table-fields": "CustomTableFieldResponseDto",
    "/v1/api/custom-table-rows": "CustomTableRowResponseDto",
    "/v1/api/custom-table-values": "CustomTableValueResponseDto",
    "/v1/api/custom-table-data/{tableName}": "CustomTableDataRow",
    "/v1/api/customers": "Customer",
    "/v1/api/products": "ProductResponseDto",
}


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    return parse(REPO_SPEC.read_bytes(), "openapi.yaml")


@pytest.fixture(scope="module")
def patched(source: dict[str, Any]) -> dict[str, Any]:
    return apply_overlay(source, load_overlay(REPO_ROOT / "codegen" / "overlay.yaml"))


def query_parameters(spec: dict[str, Any], name: str) -> Iterator[tuple[str, Schema]]:
    for op in SpecModel.parse(spec):
        for parameter in op.parameters_in("query"):
            if parameter.name == name:
                yield op.key, parameter.schema


def test_skip_and_limit_are_integers(patched: dict[str, Any]) -> None:
    skips = list(query_parameters(patched, "skip"))
    limits = list(query_parameters(patched, "limit"))
    assert skips and len(skips) == len(limits)
    for label, schema in skips:
        assert (schema.type, schema.constraints["minimum"]) == ("integer", 0), label
    for label, schema in limits:
        assert schema.type == "integer", label
        bounds = (schema.constraints["minimum"], schema.constraints["maximum"], schema.default)
        assert bounds == (0, 100, 50), label


def success_schema(op: Operation) -> Schema | None:
    return op.success.schema if op.success else None


def test_every_list_operation_returns_a_typed_array(patched: dict[str, Any]) -> None:
    lists = [
        op
        for op in SpecModel.parse(patched)
        if op.method == "GET" and any(p.name == "limit" for p in op.parameters)
    ]
    assert {op.path for op in lists} >= LIST_ITEMS.keys()
    for op in lists:
        schema = success_schema(op)
        assert op.success is not None and op.success.status == "200", op.key
        assert schema is not None and schema.type == "array", op.key
        assert schema.items is not None and schema.items.ref is not None, op.key
        if op.path in LIST_ITEMS:
            assert schema.items.ref == LIST_ITEMS[op.path], op.key


def test_the_reference_left_four_lists_without_a_body(source: dict[str, Any]) -> None:
    bodiless = {
        op.path
        for op in SpecModel.parse(source)
        if op.method == "GET" and success_schema(op) is None
    }
    assert bodiless == {
        "/v1/api/custom-tables",
        "/v1/api/custom-table-fields",
        "/v1/api/custom-table-rows",
        "/v1/api/custom-table-values",
    }


def _nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


def test_oid_objects_become_one_shared_schema(patched: dict[str, Any]) -> None:
    schemas = patched["components"]["schemas"]
    inline = [
        pointer
        for pointer, node in _nodes(schemas)
        if "$oid" in node.get("properties", {}) and pointer != "/ObjectId"
    ]
    assert inline == []
    assert schemas["ObjectId"]["required"] == ["$oid"]
    row = schemas["CustomTableRowResponseDto"]["properties"]
    assert row["tableId"]["allOf"] == [{"$ref": "#/components/schemas/ObjectId"}]
    for schema, prop in [
        ("CustomTableResponseDto", "_id"),
        ("CustomTableFieldResponseDto", "_id"),
        ("CustomTableFieldResponseDto", "tableId"),
    ]:
        union = schemas[schema]["properties"][prop]
        assert union["oneOf"] == [{"type": "string"}, {"$ref": "#/components/schemas/ObjectId"}]
        assert "properties" not in union and "type" not in union


def test_custom_table_structure_shapes(patched: dict[str, Any]) -> None:
    schemas = patched["components"]["schemas"]
    table = schemas["CustomTableResponseDto"]
    assert {"name", "description", "metadata"} <= table["properties"].keys()
    model = SpecModel.parse(patched)
    metadata = model.schemas["CustomTableResponseDto"].properties["metadata"]
    assert metadata.items is not None
    assert model.resolve(metadata.items).required == ("key", "value")
    field = schemas["CustomTableFieldResponseDto"]
    assert {
        "tableId",
        "name",
        "type",
        "required",
        "defaultValue",
        "referenceLinkedCollection",
        "referenceLinkedField",
    } <= field["properties"].keys()
    assert set(field["required"]) == {"_id", "tableId", "name", "type", "createdAt", "updatedAt"}
    assert "enum" not in field["properties"]["type"]


def test_source_markers_are_kept(source: dict[str, Any], patched: dict[str, Any]) -> None:
    """Same value at the same place, or (inline {$oid} objects replaced by the shared ObjectId)
    on the nearest node that is still there."""
    patched_nodes = dict(_nodes(patched))
    kept = 0
    for pointer, node in _nodes(source):
        for marker in MARKERS:
            if marker in node:
                survivor = pointer
                while survivor not in patched_nodes:
                    survivor = survivor.rsplit("/", 1)[0]
                assert survivor.count("/") >= pointer.count("/") - 2, (pointer, marker)
                assert patched_nodes[survivor].get(marker) == node[marker], (pointer, marker)
                kept += 1
    assert kept > 100


def test_update_merges_recursively_and_replaces_arrays() -> None:
    doc: dict[str, Any] = {"a": {"b": {"c": 1, "d": [1]}, "e": 2}}
    action = {"target": "$.a", "x-expect": {"b": {"d": [1]}}, "update": {"b": {"d": [9], "f": 3}}}
    assert apply_action(doc, action).applied == 1
    assert doc == {"a": {"b": {"c": 1, "d": [9], "f": 3}, "e": 2}}


def test_update_on_an_array_appends() -> None:
    doc: dict[str, Any] = {"tags": [{"name": "a"}]}
    apply_action(doc, {"target": "$.tags", "update": {"name": "b"}})
    assert doc == {"tags": [{"name": "a"}, {"name": "b"}]}


def test_remove_deletes_every_selected_node() -> None:
    doc: dict[str, Any] = {"p": [{"n": "skip"}, {"n": "x"}, {"n": "skip"}, {"n": "limit"}]}
    assert apply_action(doc, {"target": "$.p[?@.n == 'skip']", "remove": True}).applied == 2
    assert doc == {"p": [{"n": "x"}, {"n": "limit"}]}


def _conflict(doc: dict[str, Any], action: dict[str, Any]) -> str:
    before = copy.deepcopy(doc)
    with pytest.raises(OverlayError) as caught:
        apply_action(doc, {"description": "the test's action", **action}, number=7)
    assert doc == before  # a failing action changes nothing, at any node
    message = str(caught.value)
    assert message.startswith("overlay action 7 (the test's action), target ")
    assert "update or drop it in codegen/overlay.yaml" in message
    assert "\n" not in message
    return message


def test_a_target_selecting_nothing_fails_the_run() -> None:
    message = _conflict({"a": 1}, {"target": "$.missing", "remove": True})
    assert "target $.missing: it selects nothing" in message


def test_a_rule_selecting_nothing_is_a_no_op() -> None:
    """A wildcard or filter with nothing left to correct (the vendor fixed every node) is no
    error; the report names it (below)."""
    doc: dict[str, Any] = {"a": {"offset": {"type": "number"}}}
    outcome = apply_action(doc, {"target": "$.*.limit", "update": {"type": "integer"}})
    assert (outcome.selected, outcome.applied, outcome.agreed) == (0, 0, 0)
    assert doc == {"a": {"offset": {"type": "number"}}}


def test_the_report_names_agreements_and_rules_with_nothing_to_do() -> None:
    old, new = edited(lambda spec: None)
    outcomes = (
        ActionOutcome(3, "Nothing left.", selected=0, applied=0, agreed=0),
        ActionOutcome(4, "Half fixed.", selected=4, applied=2, agreed=2),
        ActionOutcome(5, "Fixed.", selected=3, applied=0, agreed=3),
        ActionOutcome(6, "Still ours.", selected=3, applied=3, agreed=0),
    )
    notes = [c.detail for c in report.compare(old, new, overlay=outcomes).overlay]
    assert notes == [
        "overlay action 3 selects nothing in this description (Nothing left); drop it if the "
        "vendor keeps it so",
        "the vendor now agrees with overlay action 4 at 2 of 4 nodes (Half fixed)",
        "the vendor now agrees with overlay action 5 at 3 of 3 nodes (Fixed); it is a no-op "
        "everywhere and can be dropped",
    ]
    markdown = report.compare(old, new, overlay=outcomes).to_markdown()
    assert "no API changes." in markdown
    assert markdown.split("## Overlay\n\n", 1)[1].startswith("- **info** `codegen/overlay.yaml`: ")


def test_overwriting_another_vendor_value_is_a_conflict_naming_three_values() -> None:
    doc: dict[str, Any] = {"limit": {"type": "integer", "maximum": 500}}
    message = _conflict(doc, {"target": "$.limit", "update": {"maximum": 100}})
    assert (
        "conflict at $['limit']: maximum: expected absent, target 100, found 500. The vendor's "
        "value is neither what the action expects nor what it sets"
    ) in message


NOTE = "integer per the wire contract"
LIMIT_ACTION = {
    "target": "$.*.limit",
    "x-expect": {"type": "number"},
    "update": {"type": "integer", "maximum": 100, "x-overlay": NOTE},
}


def test_a_node_holding_the_target_is_a_no_op() -> None:
    doc: dict[str, Any] = {"a": {"limit": {"type": "integer", "maximum": 100}}}
    outcome = apply_action(doc, LIMIT_ACTION)
    assert (outcome.selected, outcome.applied, outcome.agreed) == (1, 0, 1)
    assert doc == {"a": {"limit": {"type": "integer", "maximum": 100}}}  # no note added either


def test_a_node_holding_part_of_the_target_gets_the_rest() -> None:
    doc: dict[str, Any] = {"a": {"limit": {"type": "integer"}}}
    outcome = apply_action(doc, LIMIT_ACTION)
    assert (outcome.applied, outcome.agreed) == (1, 0)
    assert doc["a"]["limit"] == {"type": "integer", "maximum": 100, "x-overlay": NOTE}


def test_a_wildcard_grades_every_node_it_reaches() -> None:
    """Applies where the node holds x-expect, no-op where it holds the target, else conflict."""
    doc: dict[str, Any] = {
        "old": {"limit": {"type": "number"}},
        "fixed": {"limit": {"type": "integer", "maximum": 100}},
    }
    outcome = apply_action(doc, LIMIT_ACTION)
    assert (outcome.selected, outcome.applied, outcome.agreed) == (2, 1, 1)
    assert doc["old"]["limit"] == {"type": "integer", "maximum": 100, "x-overlay": NOTE}
    doc["new"] = {"limit": {"type": "string"}}
    message = _conflict(doc, LIMIT_ACTION)
    assert (
        "conflict at $['new']['limit']: type: expected \"number\", target \"integer\", found "
        '"string".'
    ) in message


def test_the_same_conflict_at_many_nodes_is_named_once() -> None:
    doc: dict[str, Any] = {
        "a": {"limit": {"type": "string"}},
        "b": {"limit": {"type": "string"}},
        "c": {"limit": {"type": "boolean"}},
    }
    message = _conflict(doc, LIMIT_ACTION)
    assert 'found "string" (the same at 1 more nodes; 1 more nodes conflict otherwise)' in (message)


def test_a_required_list_naming_the_target_keys_holds_it() -> None:
    action = {"target": "$.s", "x-expect": {"required": None}, "update": {"required": ["id"]}}
    doc: dict[str, Any] = {"s": {"required": ["id", "name"]}}
    assert apply_action(doc, action).agreed == 1
    assert doc == {"s": {"required": ["id", "name"]}}
    doc = {"s": {"required": ["name"]}}
    message = _conflict(doc, action)
    assert 'required: expected absent, target ["id"], found ["name"]' in message


def test_an_action_setting_only_notes_always_applies() -> None:
    doc: dict[str, Any] = {"s": {"type": "string"}}
    outcome = apply_action(doc, {"target": "$.s", "update": {"description": "Ours."}})
    assert (outcome.applied, outcome.agreed) == (1, 0)
    assert doc == {"s": {"type": "string", "description": "Ours."}}


def test_documentation_is_ours_to_replace() -> None:
    doc: dict[str, Any] = {"s": {"type": "string", "description": "Theirs."}}
    apply_action(doc, {"target": "$.s", "update": {"description": "Ours."}})
    assert doc["s"]["description"] == "Ours."


def test_an_expected_member_the_action_does_not_set_is_a_precondition() -> None:
    action = {"target": "$.s", "x-expect": {"format": "date"}, "update": {"pattern": "^x"}}
    message = _conflict({"s": {"format": "uri"}}, action)
    assert 'format: expected "date", target unchanged, found "uri"' in message


def test_appending_an_item_the_array_already_has_is_a_no_op() -> None:
    doc: dict[str, Any] = {"tags": [{"name": "a"}]}
    assert apply_action(doc, {"target": "$.tags", "update": {"name": "a"}}).agreed == 1
    assert doc == {"tags": [{"name": "a"}]}


def test_remove_checks_the_removed_value() -> None:
    doc: dict[str, Any] = {"s": {"type": "string"}}
    action = {"target": "$.s.type", "remove": True, "x-expect": {"type": "object"}}
    assert 'type: expected "object", target absent, found "string"' in _conflict(doc, action)
    apply_action(doc, {**action, "x-expect": {"type": "string"}})
    assert doc == {"s": {}}


def test_a_key_pattern_keeps_the_members_whose_name_matches() -> None:
    doc: dict[str, Any] = {"GiftCardResponseDto": {"p": 1}, "OrderTaxDto": {"p": 1}}
    action = {"target": "$[?@.p]", "x-key-pattern": "ResponseDto$", "update": {"required": ["id"]}}
    assert apply_action(doc, action).applied == 1
    assert doc == {"GiftCardResponseDto": {"p": 1, "required": ["id"]}, "OrderTaxDto": {"p": 1}}


def test_source_document_is_not_modified(source: dict[str, Any], patched: dict[str, Any]) -> None:
    assert "ObjectId" not in source["components"]["schemas"]
    assert "ObjectId" in patched["components"]["schemas"]


ERROR_BODY = Schema(ref="ErrorResponseDto")
LINKING_CREATES = {"/v1/api/custom-table-row", "/v1/api/custom-table-value"}


def expected_error_statuses(op: Operation) -> set[str]:
    """The wire contract's errors: 401 always, 400 for a body or skip/limit, 404 for a record
    named in the path ({id}, {tableName}) or linked from a create's body."""
    names = {(p.name, p.location) for p in op.parameters}
    statuses = {"401"}
    if op.request_body is not None or {("skip", "query"), ("limit", "query")} & names:
        statuses.add("400")
    if op.parameters_in("path") or (op.method == "POST" and op.path in LINKING_CREATES):
        statuses.add("404")
    return statuses


def raw_responses(spec: dict[str, Any], op: Operation) -> dict[str, Any]:
    """The operation's responses as written (``$ref``s and ``x-`` markers kept)."""
    responses: dict[str, Any] = spec["paths"][op.path][op.method.lower()]["responses"]
    return responses


def test_wire_contract_errors_are_documented(
    source: dict[str, Any], patched: dict[str, Any]
) -> None:
    added = 0
    source_keys = {op.key for op in SpecModel.parse(source)}
    for op in SpecModel.parse(patched):
        responses = raw_responses(patched, op)
        # The operations the overlay adds (wire contract) have no source responses.
        original_responses = raw_responses(source, op) if op.key in source_keys else {}
        expected = expected_error_statuses(op)
        assert expected <= responses.keys(), op.key
        for status in expected:
            assert op.responses[status].schema == ERROR_BODY, op.key
            if status in original_responses:  # the source's own: untouched
                assert responses[status] == original_responses[status], (op.key, status)
            elif "$ref" not in responses[status]:  # a shared response carries its own marker
                assert "x-overlay" in responses[status], (op.key, status)
                added += 1
        if op.key in source_keys:
            unexpected = {s for s in responses.keys() - original_responses.keys()} - expected
            assert unexpected == set(), op.key
    assert added > 100


def test_custom_table_creates_link_by_shared_object_ids(patched: dict[str, Any]) -> None:
    schemas = patched["components"]["schemas"]
    value = schemas["CreateCustomTableValueDto"]
    assert value["required"] == ["tableId", "rowId", "fieldId", "value"]
    assert "x-overlay" in value and "x-unverified" in value  # our note next to the source's
    object_id = [{"$ref": "#/components/schemas/ObjectId"}]
    for name in ("tableId", "rowId", "fieldId"):
        assert value["properties"][name]["allOf"] == object_id, name
    row = schemas["CreateCustomTableRowDto"]
    assert row["required"] == ["tableId"]
    assert row["properties"]["tableId"]["allOf"] == object_id


def response_record_schemas(spec: dict[str, Any]) -> set[str]:
    """Names of the schemas an operation's success response returns (itself or as array items)."""
    names = set()
    for op in SpecModel.parse(spec):
        schema = success_schema(op)
        if schema is None:
            continue
        record = schema.items if schema.type == "array" and schema.items else schema
        if record.ref is not None:
            names.add(record.ref)
    return names


def test_response_records_require_their_id(patched: dict[str, Any]) -> None:
    """Wire contract: a response record always carries its id (under `id` or `_id`)."""
    schemas = patched["components"]["schemas"]
    records = response_record_schemas(patched) - {"CustomTableDataRow"}  # rowId or _id
    assert {"ProductResponseDto", "Customer", "CustomTableValueResponseDto"} <= records
    checked = 0
    for name in sorted(records):
        properties = schemas[name].get("properties", {})
        id_keys = [key for key in ("_id", "id") if key in properties]
        if not id_keys:
            continue
        assert id_keys[0] in schemas[name].get("required", []), name
        checked += 1
    assert checked >= 15
    # Request bodies and nested parts keep their optional ids.
    assert "required" not in schemas["OrderTaxDto"]
    assert "required" not in schemas["OrderCartFeeDto"]


def test_generated_response_models_type_their_id_as_required() -> None:
    from final_pos_client.models import (
        CategoryResponseDto,
        Customer,
        CustomTableValueResponseDto,
        ObjectId,
        ProductResponseDto,
    )

    for model in (ProductResponseDto, CategoryResponseDto, Customer):
        assert get_type_hints(model)["id"] is str, model.__name__
    assert get_type_hints(CustomTableValueResponseDto)["id"] is ObjectId
    with pytest.raises(KeyError):
        ProductResponseDto.from_dict({"name": "no id"})
