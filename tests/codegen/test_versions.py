"""The package version follows the API version; every file naming it is updated together."""

from __future__ import annotations

import datetime
import hashlib
import shutil
from pathlib import Path

import pytest

from codegen import report, versions

from .bump_variants import bumped
from .conftest import REPO_ROOT, Run, RunPipeline
from .report_edits import api_version, edited

TODAY = datetime.date(2026, 11, 28)
VERSION = api_version()  # the committed one: a bump needs no test edit
PATCH, MINOR = bumped(VERSION, 2), bumped(VERSION, 1)


@pytest.mark.parametrize(
    ("api", "current", "expected"),
    [
        ("1.2.5", "1.2.4.0", "1.2.5.0"),
        ("1.2.4", "1.2.4.0", "1.2.4.0"),  # regenerating the same API keeps the version
        ("1.2.4", "1.2.4.3", "1.2.4.3"),  # ... and the maintainer's SDK revision
        ("1.3", "1.2.4.2", "1.3.0.0"),
        ("2.0.0", "1.2.4.0", "2.0.0.0"),
    ],
)
def test_package_version(api: str, current: str, expected: str) -> None:
    assert versions.package_version(api, current) == expected


@pytest.mark.parametrize("api", ["v1.2.5", "1.2.5-beta", "2026-11-01", "1.2.3.4"])
def test_an_api_version_that_is_no_release_number_is_refused(api: str) -> None:
    with pytest.raises(versions.VersionError, match=api):
        versions.package_version(api, "1.2.4.0")


def _project(tmp_path: Path) -> Path:
    for name in ("pyproject.toml", "README.md", "CHANGELOG.md"):
        shutil.copyfile(REPO_ROOT / name, tmp_path / name)
    return tmp_path


def _bump_report(version: str, *, remove_operation: bool = False) -> report.ChangeReport:
    def edit(spec: dict[str, object]) -> None:
        spec["info"] = {**spec["info"], "version": version}  # type: ignore[dict-item]
        if remove_operation:
            paths = spec["paths"]
            paths["/v1/api/station/{id}"].pop("delete")  # type: ignore[index]

    old, new = edited(edit)
    return report.compare(old, new)


def test_version_files_name_the_new_api_version(tmp_path: Path) -> None:
    root = _project(tmp_path)
    current = versions.current_version((root / "pyproject.toml").read_text())
    files = versions.version_files(
        root,
        report=_bump_report(PATCH),
        source="https://docs.finalpos.com/_spec/openapi.yaml?download",
        description=b"openapi: 3.0.3\n",
        today=TODAY,
    )
    assert sorted(path.name for path in files) == ["CHANGELOG.md", "README.md", "pyproject.toml"]
    pyproject = files[root / "pyproject.toml"]
    assert versions.current_version(pyproject) == versions.package_version(PATCH, current)
    assert f"Final POS Public API {PATCH} " in pyproject
    assert f"Public API {PATCH}." in files[root / "README.md"]
    # Only the version markers move.
    assert len(pyproject.splitlines()) == len((root / "pyproject.toml").read_text().splitlines())


def test_changelog_entries_newest_first(tmp_path: Path) -> None:
    root = _project(tmp_path)
    for version in (PATCH, MINOR):
        files = versions.version_files(
            root,
            report=_bump_report(version, remove_operation=version == MINOR),
            source="vendor.yaml",
            description=version.encode(),
            today=TODAY,
        )
        for path, text in files.items():
            path.write_text(text)
    changelog = (root / "CHANGELOG.md").read_text()
    assert changelog.startswith(versions.CHANGELOG_HEADER)
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    # Above the entries the changelog already has (a real bump's, once there was one).
    assert headings[:2] == [f"## {MINOR}.0 (2026-11-28)", f"## {PATCH}.0 (2026-11-28)"]
    newest = changelog.split("## ")[1]
    assert f"- API version: {VERSION} → {MINOR}" in newest
    assert "- Source: vendor.yaml" in newest
    assert hashlib.sha256(MINOR.encode()).hexdigest() in newest
    assert "1 breaking" in newest
    assert "- Suggested SDK version bump: major; the package version moves" in newest


def test_no_api_change_no_changelog_entry_and_the_same_version(tmp_path: Path) -> None:
    root = _project(tmp_path)
    old, new = edited(lambda spec: None)
    files = versions.version_files(
        root, report=report.compare(old, new), source="openapi.yaml", description=b"", today=TODAY
    )
    assert root / "CHANGELOG.md" not in files
    assert files[root / "pyproject.toml"] == (root / "pyproject.toml").read_text()
    assert files[root / "README.md"] == (root / "README.md").read_text()


def test_a_change_without_a_new_api_version_suggests_an_sdk_revision(tmp_path: Path) -> None:
    root = _project(tmp_path)
    old, new = edited(lambda spec: spec["servers"].pop(1))
    current = versions.current_version((root / "pyproject.toml").read_text())
    files = versions.version_files(
        root, report=report.compare(old, new), source="openapi.yaml", description=b"", today=TODAY
    )
    entry = files[root / "CHANGELOG.md"]
    prefix, _, revision = current.rpartition(".")
    assert "- Suggested SDK version bump: minor; info.version did not move" in entry
    assert f"set {prefix}.{int(revision) + 1} in pyproject.toml" in entry


def test_source_label_never_holds_a_path_of_this_machine(tmp_path: Path) -> None:
    url = "https://docs.finalpos.com/_spec/openapi.yaml?download"
    assert versions.source_label(url, tmp_path / "openapi.yaml", tmp_path) == url
    inside = tmp_path / "specs" / "vendor.yaml"
    assert versions.source_label(str(inside), tmp_path / "openapi.yaml", tmp_path) == (
        "specs/vendor.yaml"
    )
    outside = tmp_path.parent / "Downloads" / "vendor.yaml"
    assert versions.source_label(str(outside), tmp_path / "openapi.yaml", tmp_path) == (
        "vendor.yaml"
    )
    assert versions.source_label(None, tmp_path / "openapi.yaml", tmp_path) == "openapi.yaml"


def test_a_version_file_without_its_marker_is_an_error(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "README.md").write_text("# final-pos-client\n")
    with pytest.raises(versions.VersionError, match=r"README\.md"):
        versions.version_files(
            root, report=_bump_report(PATCH), source="x", description=b"", today=TODAY
        )


def test_the_committed_files_agree_with_the_generated_package() -> None:
    import final_pos_client

    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    assert final_pos_client.__version__ == versions.current_version(pyproject)
    assert versions.package_version(final_pos_client.API_VERSION, final_pos_client.__version__) == (
        final_pos_client.__version__
    )
    assert f"Public API {final_pos_client.API_VERSION}" in (REPO_ROOT / "README.md").read_text()


def test_check_generated_fails_when_a_version_file_disagrees(
    baseline: Run,
    run_pipeline: RunPipeline,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _project(tmp_path)
    readme = root / "README.md"
    stated = f"Public API {VERSION}"
    assert stated in readme.read_text()
    readme.write_text(readme.read_text().replace(stated, "Public API 0.0.1", 1))
    result = run_pipeline(root, "--check", package=baseline.package, capture=capsys)
    assert result.exit_code == 1
    assert "README.md" in result.output and "pyproject.toml" not in result.output
