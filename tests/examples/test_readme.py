"""The README's quickstart code runs as written against the local fake (over a real socket)."""

from __future__ import annotations

import re

from tests.examples.runs import readme_python_blocks, run_against_fake


def test_quickstart_runs_against_the_fake() -> None:
    blocks = readme_python_blocks("Quickstart")
    assert len(blocks) == 1, "the quickstart has one python block"
    output, requests = run_against_fake(blocks[0], api_key="readme-key")
    lines = output.splitlines()
    assert lines[0] == "1 product(s) on the first page"
    assert re.fullmatch(r"\w{24} Sweet Tea", lines[1])
    assert lines[2].startswith("not found: 404 ")
    assert lines[-1] == "10 bronze"
    assert any(status == 201 and path == "/v1/api/product" for _, path, status in requests)
