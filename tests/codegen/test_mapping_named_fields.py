"""A vendor field named like a mapping method of the models (``ModelBase``): ``items`` and
``values`` keep their names and win on their model, ``get`` and ``keys`` (which pydantic and
``dict()`` call) become ``get_`` and ``keys_``; all type-check, and pydantic still reads the
model."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import yaml

from .conftest import REPO_SPEC, RunPipeline, run_beside_package

USE = """
    from pydantic import BaseModel

    from final_pos_client.models import Customer


    class View(BaseModel):
        id: str
        first_name: str | None = None


    wire = {"id": "c1", "items": ["tea"], "get": 2, "keys": "k", "firstName": "Ada"}
    customer = Customer.from_dict(wire)
    items: list[str] = customer.items if isinstance(customer.items, list) else []
    count: int = customer.get_ if isinstance(customer.get_, int) else 0
    view = View.model_validate(customer, from_attributes=True)
    assert customer.to_dict() == wire == dict(customer)
    print(items, count, customer["get"], customer["keys_"], view.first_name, sorted(customer))
"""


def test_fields_named_like_mapping_methods_keep_their_names(
    tmp_path: Path, run_pipeline: RunPipeline
) -> None:
    spec = yaml.safe_load(REPO_SPEC.read_text(encoding="utf-8"))
    properties = spec["components"]["schemas"]["Customer"]["properties"]
    properties["items"] = {"type": "array", "items": {"type": "string"}}
    properties["get"] = {"type": "integer"}
    properties["keys"] = {"type": "string"}
    candidate = tmp_path / "candidate.yaml"
    candidate.write_text(json.dumps(spec), encoding="utf-8")
    assert run_pipeline(tmp_path, spec=candidate).exit_code == 0
    script = tmp_path / "use_fields.py"
    script.write_text(textwrap.dedent(USE), encoding="utf-8")

    ran = run_beside_package(script)
    assert ran.returncode == 0, ran.stderr
    expected = "['tea'] 2 2 k Ada ['firstName', 'get', 'id', 'items', 'keys']"
    assert ran.stdout.strip() == expected
    typed = run_beside_package(script, type_check=True)
    assert typed.returncode == 0, typed.stdout[-3000:]
