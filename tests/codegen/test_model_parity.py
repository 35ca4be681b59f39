"""Our model templates (tuned for speed) against openapi-python-client's stock templates: the same
results and the same errors for every model of the description."""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

import final_pos_client.models as ours
from codegen.generate import run_generator
from final_pos_client._core import _json_decode, _response_parsing, _wire_decode
from final_pos_client._core._response_parsing import model_list_parser
from final_pos_client._core._wire_decode import decode_list, has_fast_list_path
from final_pos_client.errors import APIResponseValidationError
from final_pos_client.types import gc_paused
from tests.contract.sample_values import sample
from tests.contract.spec_operations import load_patched_spec, model_class_name, patched_model

STOCK_PACKAGE = "stock_models_for_parity"
UNKNOWN = {"zzUnknownKey": {"nested": [1, "two"]}}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_patched_spec()


@pytest.fixture(scope="module")
def stock(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("stock")
    with contextlib.redirect_stdout(io.StringIO()):
        run_generator(spec, root / STOCK_PACKAGE, templates=None)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(f"{STOCK_PACKAGE}.models")
    finally:
        sys.path.remove(str(root))


def object_schemas(spec: dict[str, Any]) -> list[str]:
    schemas = spec["components"]["schemas"]
    return sorted(name for name, schema in schemas.items() if "properties" in schema)


def _shape(model: Any) -> dict[str, str]:
    """Attribute name → type name of its value (nested models are of different classes)."""
    return {
        field.name: type(getattr(model, field.name)).__name__ for field in attrs.fields(type(model))
    }


def full_sample(name: str) -> dict[str, Any]:
    """Every property of the schema filled with a valid value, plus an unknown key."""
    model = patched_model()
    properties = model.schemas[name].properties
    return {**{prop: sample(model, schema) for prop, schema in properties.items()}, **UNKNOWN}


def test_every_model_parses_and_serialises_like_stock(
    spec: dict[str, Any], stock: ModuleType
) -> None:
    names = object_schemas(spec)
    assert len(names) > 80
    for name in names:
        class_name = model_class_name(name)
        wire = full_sample(name)
        mine = getattr(ours, class_name).from_dict(wire)
        theirs = getattr(stock, class_name).from_dict(wire)
        assert mine.to_dict() == theirs.to_dict(), name
        assert mine.additional_properties == theirs.additional_properties == UNKNOWN, name
        assert _shape(mine) == _shape(theirs), name


def test_unknown_keys_are_kept_whatever_optional_keys_are_absent(
    spec: dict[str, Any], stock: ModuleType
) -> None:
    """Our from_dict finds unknown keys by counting the absent optional ones: an unknown key in
    place of an absent one (the same number of keys as the model knows) is still kept."""
    checked = 0
    for name in object_schemas(spec):
        schema = spec["components"]["schemas"][name]
        optional = [key for key in schema["properties"] if key not in schema.get("required", [])]
        model = getattr(ours, model_class_name(name))
        stock_model = getattr(stock, model_class_name(name))
        for absent in (optional[:1], optional[:2], optional):
            if not absent:
                continue
            known_only = {k: v for k, v in full_sample(name).items() if k not in absent}
            del known_only[next(iter(UNKNOWN))]
            assert model.from_dict(known_only).additional_properties == {}, name
            for unknown in ({"zzStandIn": 1}, {f"zz{n}": n for n in range(len(absent) + 1)}):
                wire = {**known_only, **unknown}
                assert model.from_dict(wire).additional_properties == unknown, name
                assert model.from_dict(wire).to_dict() == stock_model.from_dict(wire).to_dict()
            checked += 1
    assert checked > 80


def test_a_missing_required_key_fails_like_stock(spec: dict[str, Any], stock: ModuleType) -> None:
    checked = 0
    for name in object_schemas(spec):
        for required in spec["components"]["schemas"][name].get("required", []):
            wire = full_sample(name)
            del wire[required]
            class_name = model_class_name(name)
            with pytest.raises(KeyError) as mine:
                getattr(ours, class_name).from_dict(wire)
            with pytest.raises(KeyError) as theirs:
                getattr(stock, class_name).from_dict(wire)
            assert mine.value.args == theirs.value.args == (required,)
            checked += 1
    assert checked > 30


def test_input_is_not_modified_and_models_are_independent() -> None:
    wire = full_sample("Customer")
    snapshot = repr(wire)
    first = ours.Customer.from_dict(wire)
    first["addedLater"] = True
    second = ours.Customer.from_dict(wire)
    assert repr(wire) == snapshot
    assert "addedLater" not in second.additional_properties


def test_from_list_equals_from_dict_per_item() -> None:
    items = [full_sample("ProductResponseDto") for _ in range(3)]
    assert ours.ProductResponseDto.from_list(items) == [
        ours.ProductResponseDto.from_dict(item) for item in items
    ]


def test_gc_paused_restores_the_collector_state() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left off, as the caller had it
    finally:
        gc.enable()


def test_stock_package_is_separate(stock: ModuleType) -> None:
    assert Path(stock.__file__ or "").parent.name == "models"
    assert stock.ProductResponseDto is not ours.ProductResponseDto


def test_gc_pauses_in_several_threads_nest() -> None:
    """The collector stays paused until the last of overlapping pauses ends, in any order."""
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with gc_paused():
            first_in.set()
            second_in.wait(5)
        seen["after first left, second still inside"] = gc.isenabled()
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with gc_paused():
            second_in.set()
            first_out.wait(5)
        seen["after both left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after first left, second still inside": False, "after both left": True}


# --- the list path's msgspec decode (_core/_wire_decode.py) --------------------------------------


@pytest.fixture(autouse=True)
def _fast_path_for_small_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast paths start at FAST_FROM_BYTES; these tests' bodies are smaller. Each test
    starts with no model's fast path refused by an earlier one."""
    monkeypatch.setattr(_wire_decode, "FAST_FROM_BYTES", 0)
    monkeypatch.setattr(_wire_decode, "_list_paths", {})


def _list_response(items: Any) -> httpx.Response:
    return httpx.Response(200, content=json.dumps(items).encode())


def _both_paths(
    model: type, body: httpx.Response, monkeypatch: pytest.MonkeyPatch
) -> tuple[object, object]:
    """What model_list_parser gives (value or exception) with the fast path, and without it."""
    outcomes: list[object] = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                patch.setattr(_response_parsing, "decode_list", lambda model, content: None)
            try:
                outcomes.append(model_list_parser(model, "op")(body))  # type: ignore[arg-type]
            except APIResponseValidationError as error:
                outcomes.append(("error", str(error)))
    return outcomes[0], outcomes[1]


def test_the_list_path_builds_every_model_as_from_dict_does(spec: dict[str, Any]) -> None:
    pytest.importorskip("msgspec")
    fast = 0
    for name in object_schemas(spec):
        model = getattr(ours, model_class_name(name))
        items = [full_sample(name) for _ in range(2)]
        for item in items:
            del item[next(iter(UNKNOWN))]
        items[1] = {
            k: v
            for k, v in items[1].items()
            if k in spec["components"]["schemas"][name].get("required", [])
        }
        decoded = decode_list(model, json.dumps(items).encode())
        if has_fast_list_path(model):
            assert decoded == [model.from_dict(item) for item in items], name
            fast += 1
    assert fast > 80


@pytest.mark.parametrize(
    "change",
    [
        "unknown key",
        "unknown nested key",
        "missing required",
        "wrong type",
        "null list",
        "list of strings",
        "duplicate key",
        "not a list",
        "empty body",
    ],
)
def test_what_the_fast_path_does_not_take_ends_as_the_ordinary_path(
    spec: dict[str, Any], change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = full_sample("ProductResponseDto")
    del item[next(iter(UNKNOWN))]
    item["metadata"] = [{"key": "k", "value": "v"}]
    items: Any = [item, dict(item)]
    body = None
    if change == "unknown key":
        items[1]["zzNew"] = [1]
    elif change == "unknown nested key":
        items[1]["metadata"] = [{"key": "k", "value": "v", "zzNew": 1}]
    elif change == "missing required":
        del items[1]["id"]
    elif change == "wrong type":
        items[1]["id"] = 5
    elif change == "null list":
        items[1]["metadata"] = None
    elif change == "list of strings":
        items[1]["metadata"] = ["k"]
    elif change == "not a list":
        items = item
    elif change == "duplicate key":
        body = httpx.Response(200, content=b'[{"id": "a", "name": "x", "id": "b"}]')
    elif change == "empty body":
        body = httpx.Response(200, content=b"")
    fast, ordinary = _both_paths(
        ours.ProductResponseDto, body or _list_response(items), monkeypatch
    )
    assert fast == ordinary
    if change in ("unknown key", "unknown nested key"):
        unknown = {"zzNew": [1]} if change == "unknown key" else {}
        assert isinstance(fast, list) and fast[1].additional_properties == unknown
        if change == "unknown nested key":
            assert fast[1].metadata[0].additional_properties == {"zzNew": 1}


def test_a_model_without_msgspec_takes_the_ordinary_path(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_json_decode, "_msgspec", None)
    monkeypatch.setattr(_wire_decode, "_list_paths", {})
    item = full_sample("ProductResponseDto")
    assert not has_fast_list_path(ours.ProductResponseDto)
    parsed = model_list_parser(ours.ProductResponseDto, "op")(_list_response([item]))
    assert parsed == [ours.ProductResponseDto.from_dict(item)]


def test_a_subclass_overriding_from_dict_takes_the_ordinary_path(spec: dict[str, Any]) -> None:
    class Tagged(ours.ProductResponseDto):
        @classmethod
        def from_dict(cls, src_dict: Any) -> Any:
            made = super().from_dict(src_dict)
            made.additional_properties["tagged"] = True
            return made

    # As if declared next to the generated class: only the override keeps the fast path away.
    Tagged.__module__ = ours.ProductResponseDto.__module__
    item = full_sample("ProductResponseDto")
    del item[next(iter(UNKNOWN))]
    assert not has_fast_list_path(Tagged)
    parsed = model_list_parser(Tagged, "op")(_list_response([item]))
    assert [type(p) for p in parsed] == [Tagged]
    assert parsed[0].additional_properties == {"tagged": True}


def test_after_one_refusal_a_model_keeps_to_the_ordinary_path(spec: dict[str, Any]) -> None:
    """A field the API added since generation is on every later page: those pages are not
    decoded twice (fast attempt, then ordinary), and still parse as the ordinary path does."""
    pytest.importorskip("msgspec")
    item = full_sample("ProductResponseDto")
    del item[next(iter(UNKNOWN))]
    model = ours.ProductResponseDto
    assert has_fast_list_path(model)
    added = [{**item, "zzAddedLater": 1}]
    assert decode_list(model, json.dumps(added).encode()) is None
    assert not has_fast_list_path(model)
    parsed = model_list_parser(model, "op")(_list_response(added))
    assert parsed == [model.from_dict(added[0])]
    assert parsed[0].additional_properties == {"zzAddedLater": 1}
