"""The README's quickstart code runs as written against the local fake (over a real socket)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from final_pos_fake import serve

REPO_ROOT = Path(__file__).resolve().parents[2]


def quickstart_code() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 1, "the quickstart has one python block"
    return str(blocks[0])


def test_quickstart_runs_against_the_fake() -> None:
    with serve(api_key="readme-key") as server:
        env = {
            **os.environ,
            "FINAL_POS_API_KEY": "readme-key",
            "FINAL_POS_BASE_URL": server.base_url,
        }
        completed = subprocess.run(
            [sys.executable, "-c", quickstart_code()],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        requests = list(server.app.log)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[0] == "1 product(s) on the first page"
    assert re.fullmatch(r"\w{24} Sweet Tea", lines[1])
    assert lines[2].startswith("not found: 404 ")
    assert lines[-1] == "10 bronze"
    assert any(status == 201 and path == "/v1/api/product" for _, path, status in requests)
