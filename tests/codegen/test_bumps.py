"""API bumps as tests: each variant of ``bump_variants`` regenerated into a scratch repository.

A failing candidate must exit non-zero with one ``error:`` line naming the cause and leave every
file as it was; a good one replaces the description, the package and ``API_CHANGES.md``
together, and the report grades the bump (breaking / possibly breaking / info, and the SDK view).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main
from codegen.overlay import load_overlay

from . import bump_variants
from .conftest import REPO_ROOT

# What the pipeline reads and writes in a repository (the version files once they exist).
REPO_FILES = ("openapi.yaml", "API_CHANGES.md", "pyproject.toml", "README.md", "CHANGELOG.md")


def _scratch_repo(root: Path) -> Path:
    root.mkdir()
    for name in REPO_FILES:
        if (REPO_ROOT / name).is_file():
            shutil.copyfile(REPO_ROOT / name, root / name)
    shutil.copytree(
        REPO_ROOT / "final_pos_client",
        root / "final_pos_client",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _regenerate(
    tmp_path: Path, variant: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str, Path, Path]:
    repo = _scratch_repo(tmp_path / "repo")
    candidate = bump_variants.write(variant, tmp_path)
    capsys.readouterr()
    exit_code = main(
        [
            "regenerate",
            "--from", str(candidate),
            "--spec", str(repo / "openapi.yaml"),
            "--output", str(repo / "final_pos_client"),
            "--report", str(repo / "API_CHANGES.md"),
            "--project-root", str(repo),
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return exit_code, captured.out, captured.err, repo, candidate


OVERLAY = REPO_ROOT / "codegen" / "overlay.yaml"


def overlay_action(target_part: str) -> tuple[int, str]:
    """The number and name of the first action whose target contains ``target_part``: derived,
    so that adding or reordering actions needs no test edit."""
    actions = load_overlay(OVERLAY)["actions"]
    number, action = next(
        (n, a) for n, a in enumerate(actions, start=1) if target_part in a["target"]
    )
    return number, f"overlay action {number} ({' '.join(action['description'].split())})"


SKIP_ACTION = overlay_action("'skip' && @.in == 'query'].schema")
LIMIT_ACTION = overlay_action("'limit' && @.in == 'query'].schema")
FAILURES = {
    "vendor_fixes_limit": [
        f"{LIMIT_ACTION[1]}, target $.paths.*.*.parameters[?@.name == 'limit'",
        "conflict at $['paths']['",
        "maximum: expected absent, target 100, found 500",
        "(the same at ",  # the same conflict on every list, named once
        "update or drop it in codegen/overlay.yaml",
    ],
    "renamed_schema": [
        overlay_action("$.components.schemas.CustomTableDataRow.required")[1],
        "target $.components.schemas.CustomTableDataRow.required: it selects nothing",
    ],
    "missing_ref": [
        "#/components/schemas/ProductDto is referenced at $.paths['/v1/api/products'].get",
        "'ProductDto' is not defined",
    ],
    "rejected_operation_id": [
        "GET /v1/api/gift-cards-list: operationId 'listGiftCards' is not of the form",
        "Controller_",
    ],
    "openapi_3_1": ["is OpenAPI 3.1.0: not supported", "reads OpenAPI 3.0.x only"],
    "swagger_2_0": ["is a Swagger 2.0 description: not supported", "convert it to OpenAPI 3.0"],
}


@pytest.mark.parametrize("variant", sorted(FAILURES))
def test_a_bad_candidate_fails_with_one_line_and_changes_nothing(
    variant: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo_before = _snapshot(REPO_ROOT / "final_pos_client")
    scratch = _scratch_repo(tmp_path / "expected")
    exit_code, out, err, repo, _ = _regenerate(tmp_path, variant, capsys)
    assert exit_code == 2, out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for fragment in FAILURES[variant]:
        assert fragment in lines[0], lines[0]
    assert " object at 0x" not in lines[0]
    assert _snapshot(repo) == _snapshot(scratch)  # nothing written, nothing left behind
    assert _snapshot(REPO_ROOT / "final_pos_client") == repo_before


def test_additive_bump_adds_the_read_only_collection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = bump_variants.current()
    new, field = bump_variants.new_collection(spec), bump_variants.new_field(spec)
    exit_code, out, err, repo, candidate = _regenerate(tmp_path, "additive", capsys)
    assert exit_code == 0, err
    swapped = next(line for line in out.splitlines() if line.startswith("[swap]"))
    for name in ("final_pos_client", "openapi.yaml", "API_CHANGES.md", "pyproject.toml"):
        assert name in swapped
    assert (repo / "openapi.yaml").read_bytes() == candidate.read_bytes()
    report = (repo / "API_CHANGES.md").read_text()
    version = spec["info"]["version"]
    assert f"API version {version} → {bump_variants.bumped(version, 2)}" in report
    assert ": 0 breaking, 0 possibly breaking, 5 info; SDK view: 5 (0 breaking)." in report
    for added in (f"GET {new.list_path}", f"GET {new.get_path}", new.schema, field):
        assert added in report
    for method in ("list", "iterate", "get"):
        assert f"- **info** `FinalPOS.{new.attribute}.{method}`: method added" in report
    patched = json.loads((repo / "final_pos_client" / "_openapi.json").read_text())
    record = patched["components"]["schemas"][new.schema]
    assert record["required"] == ["id"]  # the overlay's rule, no hand-kept list
    limit = patched["paths"][new.list_path]["get"]["parameters"][1]["schema"]
    assert (limit["type"], limit["maximum"]) == ("integer", 100)  # the overlay applies to it
    generated = "\n".join(p.read_text() for p in (repo / "final_pos_client").rglob("*.py"))
    assert new.attribute in generated and field in generated


def test_breaking_bump_is_regenerated_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code, _, err, repo, _ = _regenerate(tmp_path, "breaking", capsys)
    assert exit_code == 0, err
    report = (repo / "API_CHANGES.md").read_text()
    version = bump_variants.current()["info"]["version"]
    assert f"API version {version} → {bump_variants.bumped(version, 1)}" in report
    assert ": 3 breaking, 0 possibly breaking, 1 info; SDK view: 3 (3 breaking)." in report
    breaking = report.split("## Breaking", 1)[1].split("## Info", 1)[0]
    assert "`DELETE /v1/api/outlet/{id} (OutletController_delete)`: operation removed" in breaking
    assert "`schema CreateProductDto`: property `name` type string → integer" in breaking
    assert "`schema ProductResponseDto`: property `sku` removed" in breaking
    assert "- **breaking** `FinalPOS.outlets.delete`: method removed" in report


def test_cosmetic_changes_are_info_only_and_rewrite_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (REPO_ROOT / "API_CHANGES.md").read_text()
    exit_code, _, err, repo, candidate = _regenerate(tmp_path, "cosmetic", capsys)
    assert exit_code == 0, err
    report = (repo / "API_CHANGES.md").read_text()
    assert report != before  # describes this run, not the last one
    assert ": 0 breaking, 0 possibly breaking, " in report and "SDK view: 0 (0 breaking)." in report
    assert "`schema CreateProductDto`: property order name, productType," in report
    assert "`schema CreateProductDto`: description changed" in report
    assert (repo / "openapi.yaml").read_bytes() == candidate.read_bytes()


def _skip_schemas(spec: dict[str, Any]) -> list[Any]:
    return [
        parameter["schema"]
        for item in spec["paths"].values()
        for operation in item.values()
        for parameter in operation.get("parameters", [])
        if parameter["name"] == "skip" and parameter["in"] == "query"
    ]


def _skip_parameters(spec: dict[str, Any]) -> int:
    return len(_skip_schemas(spec))


def test_additive_vouchers_bump_regenerates_where_the_vendor_agrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The vendor types the new list's skip/limit integer: no conflict, the overlay reaches it."""
    spec = bump_variants.current()
    new = bump_variants.voucher_collection(spec)
    already = _skip_schemas(spec).count(bump_variants.SKIP_AS_THE_OVERLAY_SETS_IT)
    exit_code, out, err, repo, candidate = _regenerate(tmp_path, "additive_vouchers", capsys)
    assert exit_code == 0, err
    assert (repo / "openapi.yaml").read_bytes() == candidate.read_bytes()
    skips = _skip_parameters(yaml.safe_load(candidate.read_text()))
    number, _ = SKIP_ACTION
    agreed = already + 1  # the new list's skip, and any the vendor already fixed
    agreement = f"the vendor now agrees with overlay action {number} at {agreed} of {skips} nodes ("
    report = (repo / "API_CHANGES.md").read_text()
    assert f"## Overlay\n\n- **info** `codegen/overlay.yaml`: {agreement}" in report
    assert agreement in out and "can be dropped" not in report
    patched = json.loads((repo / "final_pos_client" / "_openapi.json").read_text())
    skip, limit = (p["schema"] for p in patched["paths"][new.list_path]["get"]["parameters"])
    assert skip == {"type": "integer", "minimum": 0}  # already as the overlay sets it: untouched
    assert (limit["type"], limit["maximum"], limit["default"]) == ("integer", 100, 50)  # applied
    assert f"- **info** `FinalPOS.{new.attribute}.list`: method added" in report


def test_a_vendor_fix_everywhere_says_the_action_can_be_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code, out, err, repo, candidate = _regenerate(tmp_path, "vendor_fixes_skip", capsys)
    assert exit_code == 0, err
    skips = _skip_parameters(yaml.safe_load(candidate.read_text()))
    number, _ = SKIP_ACTION
    assert (
        f"the vendor now agrees with overlay action {number} at {skips} of {skips} nodes (" in out
    )
    assert "it is a no-op everywhere and can be dropped" in (repo / "API_CHANGES.md").read_text()


@pytest.mark.parametrize(
    ("variant", "exit_code", "printed"),
    [
        ("vendor_fixes_skip", 0, "it is a no-op everywhere and can be dropped"),
        ("vendor_fixes_status_code", 0, "at 1 of 1 nodes (An HTTP status is an integer); it is"),
        ("vendor_fixes_limit", 2, "maximum: expected absent, target 100, found 500"),
    ],
)
def test_diff_and_check_grade_the_overlay_the_same_read_only(
    variant: str,
    exit_code: int,
    printed: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = _scratch_repo(tmp_path / "repo")
    candidate = bump_variants.write(variant, tmp_path)
    shutil.copyfile(candidate, repo / "openapi.yaml")  # --check reads the description in place
    before = _snapshot(repo)
    package = ["--output", str(repo / "final_pos_client")]
    capsys.readouterr()
    assert main(["diff", str(candidate), *package]) == exit_code
    diffed = capsys.readouterr()
    check = [
        "regenerate", "--check", "--spec", str(repo / "openapi.yaml"), *package,
        "--report", str(repo / "API_CHANGES.md"), "--project-root", str(repo),
    ]  # fmt: skip
    checked_exit = main(check)
    checked = capsys.readouterr()
    assert printed in (diffed.out + diffed.err)
    assert printed in (checked.out + checked.err)
    assert checked_exit == (1 if exit_code == 0 else 2)  # the package differs / the conflict
    assert _snapshot(repo) == before
