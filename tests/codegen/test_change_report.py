"""The change report of issue 2: a modified copy of the description, exactly three changes."""

from __future__ import annotations

import copy
import shutil
from typing import Any

import pytest
import yaml

from codegen import report

from .conftest import REPO_SPEC, Run, RunPipeline

ADDED_PROPERTY = ("CategoryResponseDto", "loyaltyTier")
ADDED_OPERATION = ("get", "/v1/api/category-stats", "CategoryStatsController_findAll")
REMOVED_OPERATION = ("delete", "/v1/api/station/{id}", "StationController_delete")


def modified_description() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(REPO_SPEC.read_text())
    schema_name, prop = ADDED_PROPERTY
    spec["components"]["schemas"][schema_name]["properties"][prop] = {
        "type": "string",
        "description": "Loyalty tier of the category.",
    }
    method, path, operation_id = ADDED_OPERATION
    listing = copy.deepcopy(spec["paths"]["/v1/api/categories"]["get"])
    listing["operationId"] = operation_id
    spec["paths"][path] = {method: listing}
    method, path, _ = REMOVED_OPERATION
    del spec["paths"][path][method]
    return spec


@pytest.fixture(scope="module")
def bumped(
    baseline: Run, run_pipeline: RunPipeline, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Run, bytes]:
    workdir = tmp_path_factory.mktemp("bumped")
    package = workdir / "final_pos_client"
    shutil.copytree(baseline.package, package)
    source = workdir / "vendor-openapi.yaml"
    source.write_text(yaml.safe_dump(modified_description(), sort_keys=False))
    spec_copy = workdir / "openapi.yaml"
    shutil.copyfile(REPO_SPEC, spec_copy)
    result = run_pipeline(workdir, "--from", str(source), spec=spec_copy, package=package)
    assert result.exit_code == 0
    return result, source.read_bytes()


def bullet_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("- ")]


def test_report_names_exactly_the_three_changes(bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    lines = bullet_lines(run.report.read_text())
    assert len(lines) == 3, lines
    added_op, removed_op, changed_schema = lines
    assert "GET /v1/api/category-stats" in added_op and "BREAKING" not in added_op
    assert "DELETE /v1/api/station/{id}" in removed_op and "**BREAKING**" in removed_op
    assert "CategoryResponseDto" in changed_schema and "loyaltyTier" in changed_schema
    assert "BREAKING" not in changed_schema


def test_report_structure(baseline: Run, bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    changes = report.compare(baseline.patched_spec(), run.patched_spec()).changes
    assert [(c.section, c.subject.split(" (")[0], c.breaking) for c in changes] == [
        ("operations added", "GET /v1/api/category-stats", False),
        ("operations removed", "DELETE /v1/api/station/{id}", True),
        ("schemas changed", "CategoryResponseDto", False),
    ]
    assert changes[2].detail == "property `loyaltyTier` added"


def test_from_path_copies_the_description_untouched(bumped: tuple[Run, bytes]) -> None:
    run, served = bumped
    assert run.spec.read_bytes() == served


def test_package_follows_the_new_description(bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    api = run.package / "api"
    assert (api / "categories" / "category_stats_controller_find_all.py").is_file()
    assert not (api / "station" / "station_controller_delete.py").exists()
    assert "loyalty_tier" in (run.package / "models" / "category_response_dto.py").read_text()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda s: s["paths"]["/v1/api/products"]["get"]["parameters"].append(
                {"name": "outletId", "in": "query", "required": True, "schema": {"type": "string"}}
            ),
            ("operations changed", "parameter `query outletId` added (required)", True),
        ),
        (
            lambda s: s["components"]["schemas"]["CreateCategoryDto"]["required"].append(
                "externalId"
            ),
            ("schemas changed", "property `externalId` became required", True),
        ),
        (
            lambda s: s["components"]["schemas"]["ProductResponseDto"]["properties"].pop("sku"),
            ("schemas changed", "property `sku` removed", True),
        ),
        (
            lambda s: s["components"]["schemas"]["ProductResponseDto"]["properties"]["sku"].update(
                type="number"
            ),
            ("schemas changed", "property `sku` type string → number", True),
        ),
        (
            lambda s: s["paths"]["/v1/api/customer/{id}"]["get"]["responses"].pop("400"),
            ("operations changed", "status 400 removed", True),
        ),
    ],
)
def test_breaking_rules(baseline: Run, edit: Any, expected: tuple[str, str, bool]) -> None:
    old = baseline.patched_spec()
    new = copy.deepcopy(old)
    edit(new)
    changes = report.compare(old, new).changes
    assert [(c.section, c.detail, c.breaking) for c in changes] == [expected]
