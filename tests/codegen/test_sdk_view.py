"""The SDK view: FinalPOS methods, model fields, hand-written code using removed operations."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from codegen import report
from codegen.changes import Change, Level

from . import construct_variants
from .bump_variants import bumped, new_collection
from .report_edits import api_version, edited, operation_id, patched_description, schemas


def _entries(changes: list[Change]) -> list[tuple[str, str, Level]]:
    return [(c.subject, c.detail, c.level) for c in changes]


def test_a_removed_operation_removes_its_method() -> None:
    old, new = edited(lambda s: s["paths"]["/v1/api/station/{id}"].pop("delete"))
    assert _entries(report.compare(old, new).sdk) == [
        ("FinalPOS.stations.delete", "method removed", Level.BREAKING)
    ]


def test_a_new_collection_adds_methods_without_a_break() -> None:
    added = new_collection(patched_description())  # one the description does not have yet

    def add_collection(spec: dict[str, Any]) -> None:
        listing = copy.deepcopy(operation_id(spec, "ProductsController_findAll")[2])
        spec["paths"][added.list_path] = {
            "get": {**listing, "operationId": f"{added.pascal}Controller_findAll"}
        }

    old, new = edited(add_collection)
    assert _entries(report.compare(old, new).sdk) == [
        (f"FinalPOS.{added.attribute}.iterate", "method added", Level.INFO),
        (f"FinalPOS.{added.attribute}.list", "method added", Level.INFO),
    ]


def test_a_new_required_query_parameter_changes_list_and_iterate() -> None:
    old, new = edited(
        lambda s: operation_id(s, "ProductsController_findAll")[2]["parameters"].append(
            {"name": "outletId", "in": "query", "required": True, "schema": {"type": "string"}}
        )
    )
    assert _entries(report.compare(old, new).sdk) == [
        ("FinalPOS.products.iterate", "keyword `outlet_id` added (required)", Level.BREAKING),
        ("FinalPOS.products.list", "keyword `outlet_id` added (required)", Level.BREAKING),
    ]


def test_a_retyped_path_parameter_changes_the_positional_arguments() -> None:
    def retype(spec: dict[str, Any]) -> None:
        operation = operation_id(spec, "CustomerController_findOne")[2]
        for parameter in operation["parameters"]:
            if parameter["name"] == "id":
                parameter["schema"] = {"type": "integer"}

    old, new = edited(retype)
    assert _entries(report.compare(old, new).sdk) == [
        (
            "FinalPOS.customers.get",
            "positional arguments (id: str) → (id: int)",
            Level.BREAKING,
        )
    ]


def test_model_fields_appear_disappear_and_become_required() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["ProductResponseDto"]["properties"].pop("shortDescription")
        schemas(spec)["ProductResponseDto"]["properties"]["loyaltyTier"] = {"type": "string"}
        schemas(spec)["CreateCategoryDto"]["required"].append("externalId")

    old, new = edited(edit)
    assert _entries(report.compare(old, new).sdk) == [
        ("models.CreateCategoryDto", "field `external_id` became required", Level.BREAKING),
        ("models.ProductResponseDto", "field `short_description` removed", Level.BREAKING),
        ("models.ProductResponseDto", "field `loyalty_tier` added", Level.INFO),
    ]


def _hand_written(root: Path) -> None:
    (root / "custom_tables").mkdir()
    (root / "custom_tables" / "wire.py").write_text(
        'ROW_BY_ID = "/v1/api/custom-table-row/{row_id}"\n'
        'STATION = "/v1/api/station/{id}"\n'
        'STATIONS = "/v1/api/stations"\n'
    )
    (root / "examples").mkdir()
    (root / "examples" / "cleanup.py").write_text(
        "async def main(pos):\n"
        "    await pos.stations.delete(station_id)\n"
        "    await pos.stations.with_raw_response.delete(station_id)\n"
        "    await pos.stations.get(station_id)\n"
    )


def test_hand_written_modules_naming_a_removed_operation(tmp_path: Path) -> None:
    _hand_written(tmp_path)

    def remove(spec: dict[str, Any]) -> None:
        spec["paths"]["/v1/api/station/{id}"].pop("delete")  # GET and PATCH remain
        spec["paths"].pop("/v1/api/custom-table-row/{id}")  # every method of the path

    old, new = edited(remove)
    found = [c for c in report.compare(old, new, code_root=tmp_path).sdk if ".py:" in c.subject]
    assert _entries(found) == [
        (
            "custom_tables/wire.py:1",
            "names /v1/api/custom-table-row/{id}, which is removed",
            Level.BREAKING,
        ),
        (
            "custom_tables/wire.py:2",
            "names /v1/api/station/{id}: DELETE was removed (other methods remain)",
            Level.WARN,
        ),
        (
            "examples/cleanup.py:2",
            "calls FinalPOS.stations.delete, which is removed",
            Level.BREAKING,
        ),
        (
            "examples/cleanup.py:3",
            "calls FinalPOS.stations.delete, which is removed",
            Level.BREAKING,
        ),
    ]


def test_hand_written_modules_are_not_flagged_without_removals(tmp_path: Path) -> None:
    _hand_written(tmp_path)
    old, new = edited(lambda s: s["info"].update(version=bumped(api_version(), 2)))
    assert report.compare(old, new, code_root=tmp_path).sdk == []


def test_a_newly_documented_status_adds_its_error_class_and_dropping_it_removes_it() -> None:
    old, new = edited(construct_variants.error_status)
    added = ("errors.PaymentRequiredError", "error class added (402)", Level.INFO)
    removed = ("errors.PaymentRequiredError", "error class removed (402)", Level.BREAKING)

    assert _entries(report.compare(old, new).sdk) == [added]
    assert _entries(report.compare(new, old).sdk) == [removed]
