"""The API bump workflow template: valid for actionlint, and it runs what the README promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

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
        WORKFLOW.read_text().replace("steps.bump.outputs.branch", "steps.bmp.outputs.branch")
    )
    result = _actionlint(broken)
    assert result.returncode == 1
    assert "bmp" in result.stdout


def test_triggers_on_a_schedule_and_by_hand() -> None:
    triggers = _workflow()[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["schedule"] and "workflow_dispatch" in triggers


def _runs() -> list[str]:
    return [str(step.get("run", "")) for step in _workflow()["jobs"]["bump"]["steps"]]


def test_runs_make_bump_from_the_vendor_description() -> None:
    """make bump does diff, regenerate, make test and the commit on api/<version>."""
    assert any('make bump FROM="$VENDOR_DESCRIPTION"' in run for run in _runs())


def test_pushes_only_the_branch_a_bump_committed() -> None:
    steps = _workflow()["jobs"]["bump"]["steps"]
    (pusher,) = [s for s in steps if "git push" in str(s.get("run", ""))]
    assert pusher["if"] == "startsWith(steps.bump.outputs.branch, 'api/')"


def test_the_pull_request_body_is_the_change_report() -> None:
    opening = [run for run in _runs() if "gh pr create" in run]
    assert opening and "--body-file API_CHANGES.md" in opening[0]
