"""``python -m codegen regenerate`` reports a description it cannot generate from as one line."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from .conftest import REPO_SPEC, RunPipeline


def test_resource_name_collision_is_an_error_line_not_a_traceback(
    tmp_path: Path, run_pipeline: RunPipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = yaml.safe_load(REPO_SPEC.read_text())
    duplicate = copy.deepcopy(spec["paths"]["/v1/api/category/{id}"]["delete"])
    duplicate["operationId"] = "CategoriesController_delete"  # also FinalPOS.categories.delete
    spec["paths"]["/v1/api/category/{id}"]["post"] = duplicate
    colliding = tmp_path / "openapi.yaml"
    colliding.write_text(yaml.safe_dump(spec, sort_keys=False))

    run = run_pipeline(tmp_path, spec=colliding)

    assert run.exit_code != 0
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors[-1].startswith("error: name collision: "), errors
    assert "FinalPOS.categories.delete" in errors[-1]
    assert not run.package.exists()
