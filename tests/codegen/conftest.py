"""One pipeline run from the repo's description, shared by the tests of this folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main

REPO_ROOT = Path(__file__).resolve().parents[2]
REPO_SPEC = REPO_ROOT / "openapi.yaml"
VERSION_FILES = ("pyproject.toml", "README.md", "CHANGELOG.md")


@dataclass(frozen=True)
class Run:
    """Where one ``python -m codegen regenerate`` run wrote its results."""

    exit_code: int
    output: str
    package: Path
    report: Path
    spec: Path
    project_root: Path  # the run's copies of the version files

    def patched_spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = json.loads((self.package / "_openapi.json").read_text())
        return spec


RunPipeline = Callable[..., Run]


def run_beside_package(
    script: Path, *, type_check: bool = False
) -> subprocess.CompletedProcess[str]:
    """A child Python running ``script`` (or ``mypy --strict`` on it) in its folder, where it
    imports the scratch ``final_pos_client`` regenerated there first."""
    tool = ["-m", "mypy", "--strict", "--no-incremental"] if type_check else []
    return subprocess.run(
        [sys.executable, *tool, str(script)],
        cwd=script.parent,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def run_pipeline() -> RunPipeline:
    """Run the pipeline in-process on paths of a test's own (never the repo's files).

    The version files are copied into ``workdir`` (once), which the run treats as the project.
    """

    def run(
        workdir: Path,
        *extra: str,
        spec: Path = REPO_SPEC,
        package: Path | None = None,
        capture: pytest.CaptureFixture[str] | None = None,
    ) -> Run:
        package = package or workdir / "final_pos_client"
        report = workdir / "API_CHANGES.md"
        for name in VERSION_FILES:
            if not (workdir / name).exists():
                shutil.copyfile(REPO_ROOT / name, workdir / name)
        args = [
            "regenerate",
            "--spec",
            str(spec),
            "--output",
            str(package),
            "--report",
            str(report),
            "--project-root",
            str(workdir),
        ]
        exit_code = main([*args, *extra])
        output = capture.readouterr().out if capture is not None else ""
        return Run(exit_code, output, package, report, spec, workdir)

    return run


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory, run_pipeline: RunPipeline) -> Run:
    """The package generated from the repo's openapi.yaml into a temporary folder."""
    result = run_pipeline(tmp_path_factory.mktemp("baseline"))
    assert result.exit_code == 0
    return result
