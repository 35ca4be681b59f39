"""A bump run end to end: a modified copy of the description regenerated into a scratch folder.

The report names exactly its changes with their levels, ``API_CHANGES.md`` and the version files
follow (``pyproject.toml``, ``README.md``, ``CHANGELOG.md``, ``final_pos_client/_version.py``).
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import shutil
from typing import Any

import pytest
import yaml

from codegen import report
from codegen.changes import Level

from . import bump_variants
from .conftest import REPO_SPEC, Run, RunPipeline

ADDED_PROPERTY = ("CategoryResponseDto", "loyaltyTier")
ADDED_OPERATION = ("get", "/v1/api/category-stats", "CategoryStatsController_findAll")
REMOVED_OPERATION = ("delete", "/v1/api/station/{id}", "StationController_delete")


VERSION = str(yaml.safe_load(REPO_SPEC.read_text())["info"]["version"])
NEW_VERSION = bump_variants.bumped(VERSION, 2)


def modified_description() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(REPO_SPEC.read_text())
    spec["info"]["version"] = NEW_VERSION
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


def test_report_names_exactly_the_changes_with_their_levels(bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    markdown = run.report.read_text()
    counts = "4 changes: 1 breaking, 0 possibly breaking, 3 info"
    assert f"API version {VERSION} → {NEW_VERSION}: {counts}" in markdown
    breaking = markdown.split("## Breaking")[1].split("## ")[0]
    assert bullet_lines(breaking) == [
        "- `DELETE /v1/api/station/{id} (StationController_delete)`: operation removed"
    ]
    info = bullet_lines(markdown.split("## Info")[1].split("## ")[0])
    assert info == [
        f"- `info`: version {VERSION} → {NEW_VERSION}",
        "- `GET /v1/api/category-stats (CategoryStatsController_findAll)`: operation added",
        "- `schema CategoryResponseDto`: property `loyaltyTier` added",
    ]
    sdk = bullet_lines(markdown.split("## SDK view")[1])
    assert sdk[0] == "- **breaking** `FinalPOS.stations.delete`: method removed"
    assert "- **info** `FinalPOS.category_stats.list`: method added" in sdk
    assert "- **info** `models.CategoryResponseDto`: field `loyalty_tier` added" in sdk


def test_report_structure(baseline: Run, bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    result = report.compare(baseline.patched_spec(), run.patched_spec())
    assert [(c.subject.split(" (")[0], c.level) for c in result.changes] == [
        ("info", Level.INFO),
        ("GET /v1/api/category-stats", Level.INFO),
        ("DELETE /v1/api/station/{id}", Level.BREAKING),
        ("schema CategoryResponseDto", Level.INFO),
    ]
    assert result.highest is Level.BREAKING


def test_versions_follow_the_api_version(bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    root = run.project_root
    pyproject = (root / "pyproject.toml").read_text()
    assert f'version = "{NEW_VERSION}.0"' in pyproject
    assert f"Public API {NEW_VERSION}" in pyproject and VERSION not in pyproject
    assert f"Public API {NEW_VERSION}." in (root / "README.md").read_text()
    version_module = (run.package / "_version.py").read_text()
    assert f'__version__ = "{NEW_VERSION}.0"' in version_module
    assert f'API_VERSION = "{NEW_VERSION}"' in version_module


def test_changelog_entry_names_version_source_hash_summary_and_bump(
    bumped: tuple[Run, bytes],
) -> None:
    run, served = bumped
    changelog = (run.project_root / "CHANGELOG.md").read_text()
    entry = changelog.split("\n## ")[1]
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert entry.startswith(f"{NEW_VERSION}.0 ({today})")
    assert f"- API version: {VERSION} → {NEW_VERSION}" in entry
    assert "- Source: vendor-openapi.yaml" in entry  # relative to the project, no machine path
    assert hashlib.sha256(served).hexdigest() in entry
    assert "4 changes: 1 breaking, 0 possibly breaking, 3 info" in entry
    assert "- Suggested SDK version bump: major;" in entry
    assert "a patch step of the API" in entry


def test_from_path_copies_the_description_untouched(bumped: tuple[Run, bytes]) -> None:
    run, served = bumped
    assert run.spec.read_bytes() == served


def test_package_follows_the_new_description(bumped: tuple[Run, bytes]) -> None:
    run, _ = bumped
    api = run.package / "api"
    assert (api / "categories" / "category_stats_controller_find_all.py").is_file()
    assert not (api / "station" / "station_controller_delete.py").exists()
    assert "loyalty_tier" in (run.package / "models" / "category_response_dto.py").read_text()
