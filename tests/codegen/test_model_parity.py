"""Our model templates (tuned for speed) against openapi-python-client's stock templates: the same
results and the same errors for every model of the description."""

from __future__ import annotations

import contextlib
import gc
import importlib
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import final_pos_client.models as ours
from codegen.generate import run_generator
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
