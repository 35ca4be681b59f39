"""``python -m codegen diff PATH [--fail-on breaking|warn]``: the report, exit codes, no writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main

from .conftest import REPO_SPEC, Run

Edit = Callable[[dict[str, Any]], Any]


def _candidate(tmp_path: Path, edit: Edit) -> Path:
    spec: dict[str, Any] = yaml.safe_load(REPO_SPEC.read_text())
    edit(spec)
    path = tmp_path / "candidate.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _diff(baseline: Run, candidate: Path | str, *options: str) -> int:
    return main(["diff", str(candidate), "--output", str(baseline.package), *options])


def _remove_station_delete(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v1/api/station/{id}"]["delete"]


def _remove_mock_server(spec: dict[str, Any]) -> None:
    spec["servers"] = [server for server in spec["servers"] if "_mock" not in server["url"]]


def _add_optional_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["CategoryResponseDto"]["properties"]["loyaltyTier"] = {
        "type": "string"
    }


@pytest.mark.parametrize(
    ("edit", "fail_on", "exit_code"),
    [
        (_remove_station_delete, [], 0),
        (_remove_station_delete, ["--fail-on", "breaking"], 1),
        (_remove_station_delete, ["--fail-on", "warn"], 1),
        (_remove_mock_server, ["--fail-on", "breaking"], 0),
        (_remove_mock_server, ["--fail-on", "warn"], 1),
        (_add_optional_field, ["--fail-on", "warn"], 0),
    ],
)
def test_exit_code_follows_fail_on(
    baseline: Run, tmp_path: Path, edit: Edit, fail_on: list[str], exit_code: int
) -> None:
    assert _diff(baseline, _candidate(tmp_path, edit), *fail_on) == exit_code


def test_prints_the_report_and_writes_nothing(
    baseline: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    candidate = _candidate(tmp_path, _remove_station_delete)
    before = _snapshot(baseline.package), _snapshot(tmp_path)
    assert _diff(baseline, candidate, "--fail-on", "breaking") == 1
    out, err = capsys.readouterr()
    assert "## Breaking" in out
    assert "`DELETE /v1/api/station/{id} (StationController_delete)`: operation removed" in out
    assert "`FinalPOS.stations.delete`: method removed" in out
    assert "--fail-on breaking" in err
    assert (_snapshot(baseline.package), _snapshot(tmp_path)) == before


def test_the_committed_description_has_no_changes(
    baseline: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _diff(baseline, REPO_SPEC, "--fail-on", "warn") == 0
    assert "no API changes" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("openapi: [unclosed", "neither YAML nor JSON"),
        ("just: text\n", "not an OpenAPI description"),
    ],
)
def test_an_unreadable_candidate_exits_2(
    baseline: Run,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    candidate = tmp_path / "candidate.yaml"
    if content is not None:
        candidate.write_text(content)
    assert _diff(baseline, candidate, "--fail-on", "breaking") == 2
    assert message in capsys.readouterr().err


def test_a_missing_reference_exits_2_naming_it(
    baseline: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def dangle(spec: dict[str, Any]) -> None:
        schema = spec["components"]["schemas"]["CategoryResponseDto"]["properties"]
        schema["parent"] = {"$ref": "#/components/schemas/GiftCardDto"}

    assert _diff(baseline, _candidate(tmp_path, dangle)) == 2
    assert "GiftCardDto" in capsys.readouterr().err
