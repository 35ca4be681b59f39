"""Generated models take keyword arguments only: the vendor's property order cannot change what a
call means."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

import final_pos_client.models as models

from .conftest import REPO_SPEC, Run, RunPipeline

CALL = """
import json, final_pos_client.models as m
try:
    m.CreateProductDto("Sweet Tea", "Beverages")
    positional = "accepted"
except TypeError:
    positional = "refused"
body = m.CreateProductDto(name="Sweet Tea", product_type="Beverages").to_dict()
print(json.dumps({"positional": positional, "body": body}))
"""


def test_every_model_rejects_positional_arguments() -> None:
    classes = [getattr(models, name) for name in models.__all__]
    assert classes
    for cls in classes:
        parameters = list(inspect.signature(cls).parameters.values())
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters), cls.__name__


def _call_in(package: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", CALL], cwd=package.parent, capture_output=True, text=True, check=True
    )
    called: dict[str, Any] = json.loads(result.stdout)
    return called


def test_a_reordered_property_list_does_not_change_a_call(
    tmp_path: Path, run_pipeline: RunPipeline, baseline: Run
) -> None:
    spec = yaml.safe_load(REPO_SPEC.read_text(encoding="utf-8"))
    schema = spec["components"]["schemas"]["CreateProductDto"]
    schema["properties"] = dict(reversed(list(schema["properties"].items())))
    schema["required"] = list(reversed(schema["required"]))
    reordered = tmp_path / "reordered.yaml"
    reordered.write_text(json.dumps(spec), encoding="utf-8")
    run = run_pipeline(tmp_path, spec=reordered)
    assert run.exit_code == 0
    expected = {"positional": "refused", "body": {"name": "Sweet Tea", "productType": "Beverages"}}
    assert _call_in(baseline.package) == expected
    assert _call_in(run.package) == expected
