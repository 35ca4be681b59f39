"""Contract check of the running fake against the description with schemathesis (bounded run).

The description is used as generated (``final_pos_client/_openapi.json``): the overlay documents
the wire contract's 401 / 400 / 404 error bodies, so nothing is added before the run.
Values of custom-table cells are typed by the table's fields, which no schema can say: a
schema-valid value of the wrong type is a 400 there (wire contract), so positive data may get a
400 on the two value operations. The fake is strict (README "Testing against the local fake"):
the run uses the description with the formats the fake assumes (``http/formats.py``), and a
write whose ids must name live records (``state/references.py``) may get a 400 too.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from final_pos_fake import FakeServer
from final_pos_fake.http.formats import with_implied_formats
from final_pos_fake.http.routes import collection_of
from final_pos_fake.spec import load_spec, parse_model
from final_pos_fake.state.references import REFERENCES

MAX_EXAMPLES = 10
SEED = 2
CONFIG = """
[parameters]
"path.tableName" = "loyalty-points"

[[operations]]
include-operation-id = ["CustomTableValueController_create", "CustomTableValueController_update"]
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "404"]

[[operations]]
include-operation-id = {writes_with_references}
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "404"]
"""


def writes_with_references() -> list[str]:
    """The create and update operations whose bodies hold ids the strict fake checks."""
    writes = [op for op in parse_model(load_spec()) if op.method in ("POST", "PUT", "PATCH")]
    plain = [op for op in writes if not op.path.startswith("/v1/api/custom")]
    found = [op.operation_id for op in plain if collection_of(op)[1] in REFERENCES]
    return sorted(found)


def test_schemathesis_finds_no_failures(fake_server: FakeServer, tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.json"
    spec_path.write_text(json.dumps(with_implied_formats(load_spec())))
    config_path = tmp_path / "schemathesis.toml"
    config_path.write_text(
        CONFIG.format(writes_with_references=json.dumps(writes_with_references()))
    )

    result = subprocess.run(
        [
            *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_path)),
            *("run", str(spec_path), "--url", fake_server.base_url),
            *("--header", f"x-api-key: {fake_server.api_key}"),
            *("--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--seed", str(SEED)),
            *("--phases", "examples,fuzzing,stateful", "--workers", "1"),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )

    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    tested = re.search(r"Tested: (\d+)", result.stdout)
    assert tested is not None and int(tested.group(1)) == len(parse_model(load_spec()).operations)
    generated = re.search(r"(\d+) generated, (\d+) passed", result.stdout)
    assert generated is not None, summary
    assert int(generated.group(1)) == int(generated.group(2)) > 500, summary
    print(f"schemathesis: {generated.group(0)}")
