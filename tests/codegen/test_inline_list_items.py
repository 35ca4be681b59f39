"""Lists of flat models are built inline in the parent's ``from_dict``/``_from_wire`` (no call
of the item's ``from_dict`` per item, issue 11): each item must come out exactly as the item
model's own ``from_dict`` makes it, and fail with exactly its error."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

import final_pos_client.models as ours
from codegen.generate import add_runtime, run_generator
from final_pos_client._core import _wire_decode
from final_pos_client.models import AttributeDto, MetadataDto, ProductResponseDto
from tests.codegen.test_model_parity import UNKNOWN, _both_paths, full_sample, object_schemas
from tests.contract.spec_operations import load_patched_spec, model_class_name

SCHEMA_OF_CLASS = {model_class_name(name): name for name in object_schemas(load_patched_spec())}


def valid_item(model: type) -> dict[str, Any]:
    item = full_sample(SCHEMA_OF_CLASS[model.__name__])
    del item[next(iter(UNKNOWN))]
    return item


def model_lists() -> Iterator[tuple[Any, str, str, Any]]:
    """(parent model, attribute, wire key, item model) of every list of models."""
    for class_name in sorted(SCHEMA_OF_CLASS):
        parent = getattr(ours, class_name)
        for python_name, wire_name, _, item_name in vars(sys.modules[parent.__module__])[
            "_WIRE_FIELDS"
        ]:
            if item_name is not None:
                yield parent, python_name, wire_name, getattr(ours, item_name)


def bad_items(model: type) -> Iterator[tuple[str, Any]]:
    """Items the item model's from_dict keeps something of or refuses, each a different way."""
    item = valid_item(model)
    yield "unknown key", {**item, "zzNested": [1, "two"]}
    yield "unknown key only", {"zzNested": 1}
    for required in model_required_keys(model):
        yield f"{required} missing", {k: v for k, v in item.items() if k != required}
        yield f"{required} null", {**item, required: None}
        yield f"{required} a list", {**item, required: [1]}
    yield "a string", "k"
    yield "null", None
    yield "a list", [item]


def model_required_keys(model: type) -> list[str]:
    wire_fields = vars(sys.modules[model.__module__])["_WIRE_FIELDS"]
    return [wire_name for _, wire_name, required, _ in wire_fields if required]


def outcome(from_dict: Callable[[Any], Any], src: Any) -> Any:
    try:
        return ("built", from_dict(src))
    except Exception as error:
        return (type(error), str(error))


def test_every_list_item_is_built_and_refused_as_its_own_from_dict_does() -> None:
    checked = 0
    for parent, attribute, wire_key, item_model in model_lists():
        parent_item = valid_item(parent)
        good = valid_item(item_model)
        for case, bad in bad_items(item_model):
            wire = {**parent_item, wire_key: [good, bad]}
            expected = outcome(item_model.from_dict, bad)
            got = outcome(parent.from_dict, wire)
            where = f"{parent.__name__}.{attribute}: {case}"
            if expected[0] != "built":
                assert got == expected, where
                continue
            assert got[0] == "built", where
            built = getattr(got[1], attribute)
            assert built == [item_model.from_dict(good), expected[1]], where
            assert [type(made) for made in built] == [item_model, item_model], where
            assert built[1].additional_properties == expected[1].additional_properties, where
            checked += 1
    assert checked > 20


def test_unknown_keys_of_an_inline_item_stay_in_that_item() -> None:
    product = valid_item(ProductResponseDto)
    metadata = {"key": "k", "value": "v", "zzShelf": {"row": 3}}
    attribute = {"name": "Size", "values": ["S"], "zzOrder": 2}
    made = ProductResponseDto.from_dict(
        {**product, "metadata": [metadata], "attributes": [attribute]}
    )
    assert made.additional_properties == {}
    assert isinstance(made.metadata, list) and isinstance(made.attributes, list)
    assert made.metadata[0].additional_properties == {"zzShelf": {"row": 3}}
    assert made.attributes[0].additional_properties == {"zzOrder": 2}
    assert made.to_dict()["metadata"] == [metadata]
    assert made.to_dict()["attributes"] == [attribute]


def test_a_bad_inline_item_fails_naming_the_item_model() -> None:
    product = valid_item(ProductResponseDto)
    with pytest.raises(TypeError, match=r"^MetadataDto\.value must be str, got int$"):
        ProductResponseDto.from_dict({**product, "metadata": [{"key": "k", "value": 5}]})
    with pytest.raises(KeyError) as missing:
        ProductResponseDto.from_dict({**product, "attributes": [{"values": ["S"]}]})
    assert missing.value.args == ("name",)


def test_the_product_builds_its_flat_lists_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the tests above exercise: the items are not made by a call of their from_dict (the
    one visible difference: patching MetadataDto.from_dict no longer changes the product's)."""
    product = {
        **valid_item(ProductResponseDto),
        "metadata": [{"key": "k", "value": "v"}],
        "attributes": [{"name": "Size"}],
    }
    expected = ProductResponseDto.from_dict(product)

    def refuse(src_dict: Any) -> Any:
        raise AssertionError("called")

    monkeypatch.setattr(MetadataDto, "from_dict", refuse)
    monkeypatch.setattr(AttributeDto, "from_dict", refuse)
    assert ProductResponseDto.from_dict(product) == expected


# --- the list path (msgspec structs into _from_wire) ------------------------------------------


@pytest.fixture
def fast_path_for_small_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("msgspec")
    monkeypatch.setattr(_wire_decode, "FAST_FROM_BYTES", 0)
    monkeypatch.setattr(_wire_decode, "_list_paths", {})


@pytest.mark.usefixtures("fast_path_for_small_bodies")
def test_bad_inline_items_on_the_list_path_end_as_the_ordinary_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    product = valid_item(ProductResponseDto)
    for case, bad in bad_items(MetadataDto):
        items = [product, {**product, "metadata": [{"key": "k", "value": "v"}, bad]}]
        body = httpx.Response(200, content=json.dumps(items).encode())
        monkeypatch.setattr(_wire_decode, "_list_paths", {})
        fast, ordinary = _both_paths(ProductResponseDto, body, monkeypatch)
        assert fast == ordinary, case
        if isinstance(fast, list):
            assert fast[1].metadata[1] == MetadataDto.from_dict(bad), case


# --- fields named like the generated code's own locals ------------------------------------------
# Item has fields `get` (the bound src_dict.get; the attribute is `get_`, since models are
# mappings) and `item` (its module name, once the name of the instance being built) and `data`
# (the inline loop's own names end the same way).

CLASH_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "inline item locals", "version": "1"},
    "paths": {
        "/parent": {
            "get": {
                "operationId": "getParent",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Parent"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Parent": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                },
            },
            "Item": {
                "type": "object",
                "required": ["data"],
                "properties": {name: {"type": "string"} for name in ("data", "get", "item")},
            },
        }
    },
}


def test_fields_named_like_the_generated_locals_are_built_right(tmp_path: Path) -> None:
    package = "inline_item_locals_models"
    run_generator(CLASH_SPEC, tmp_path / package)
    add_runtime(tmp_path / package)  # the models' shared types live in the runtime
    for init in (tmp_path / package / "__init__.py", tmp_path / package / "models" / "__init__.py"):
        init.write_text("")  # the models only: no client layer in this package
    sys.path.insert(0, str(tmp_path))
    try:
        parent_model = importlib.import_module(f"{package}.models.parent").Parent
        item_model = importlib.import_module(f"{package}.models.item").Item
        items = [{"data": "d", "get": "g", "item": "i"}, {"data": "e", "zz": 1}, {"get": "g"}]
        for item in items:
            expected = outcome(item_model.from_dict, item)
            got = outcome(parent_model.from_dict, {"items": [item]})
            if expected[0] != "built":
                assert got == expected, item
                continue
            assert got[0] == "built" and got[1].items == [expected[1]], item
            assert got[1].items[0].additional_properties == expected[1].additional_properties
        made = parent_model.from_dict({"items": items[:1]})
        assert (made.items[0].data, made.items[0].get_, made.items[0].item) == ("d", "g", "i")
        # The list path's structs: attributes named as the fields.
        wire = SimpleNamespace(items=[SimpleNamespace(data="d", get_="g", item="i")])
        assert parent_model._from_wire(wire) == made
    finally:
        sys.path.remove(str(tmp_path))
