"""The API bump workflow template: valid for actionlint, and it runs what the README promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = REPO_ROOT / ".github" / "workflows" / "api-bump.yml"
ACTIONLINT = Path(sys.executable).parent / "actionlint"  # from the dev group


def _actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
        timeout=120,
    )


def _workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text())
    return loaded


def test_actionlint_accepts_the_workflows() -> None:
    for path in sorted(WORKFLOW.parent.glob("*.yml")):
        result = _actionlint(path)
        assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_really_checks(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        WORKFLOW.read_text().replace("steps.diff.outputs.breaking", "steps.dif.outputs.breaking")
    )
    result = _actionlint(broken)
    assert result.returncode == 1
    assert "dif" in result.stdout


def test_triggers_on_a_schedule_and_by_hand() -> None:
    triggers = _workflow()[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["schedule"] and "workflow_dispatch" in triggers


@pytest.mark.parametrize(
    "command",
    [
        'python -m codegen diff "$VENDOR_DESCRIPTION" --fail-on breaking',
        'python -m codegen regenerate --from "$VENDOR_DESCRIPTION"',
    ],
)
def test_runs_diff_then_regenerate(command: str) -> None:
    runs = [step.get("run", "") for step in _workflow()["jobs"]["bump"]["steps"]]
    assert any(command in run for run in runs)


def test_the_pull_request_body_is_the_change_report() -> None:
    steps = _workflow()["jobs"]["bump"]["steps"]
    (opener,) = [s for s in steps if str(s.get("uses", "")).startswith("peter-evans/create-pull")]
    assert opener["with"]["body-path"] == "API_CHANGES.md"
