"""Two regenerations at once into the same folder: it is never missing nor half-written."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from codegen.pipeline import differing_files
from codegen.swap import replace_dir

from .conftest import REPO_ROOT, REPO_SPEC, Run


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if "__pycache__" not in p.parts}


def test_concurrent_runs_always_leave_a_complete_package(baseline: Run, tmp_path: Path) -> None:
    package = tmp_path / "final_pos_client"
    shutil.copytree(baseline.package, package)
    expected = _files(baseline.package)
    command = [
        sys.executable, "-m", "codegen", "regenerate", "--spec", str(REPO_SPEC),
        "--output", str(package), "--report", str(tmp_path / "API_CHANGES.md"),
    ]  # fmt: skip
    runs = [subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.DEVNULL) for _ in range(2)]
    snapshots = 0
    while any(run.poll() is None for run in runs):
        assert package.is_dir()
        # Files a snapshot lists are those of some complete package (every run writes the same).
        assert _files(package) <= expected
        assert (package / "_openapi.json").is_file() and (package / "py.typed").is_file()
        snapshots += 1
        time.sleep(0.02)
    assert [run.wait() for run in runs] == [0, 0]
    assert snapshots > 0
    assert differing_files(baseline.package, package) == []
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".final_pos_client")]
    assert leftovers == []


def test_replace_dir_exchanges_the_contents(tmp_path: Path) -> None:
    old, new = tmp_path / "pkg", tmp_path / "pkg.new"
    old.mkdir()
    (old / "old.py").write_text("old\n")
    new.mkdir()
    (new / "new.py").write_text("new\n")
    replace_dir(new, old)
    assert sorted(p.name for p in old.iterdir()) == ["new.py"]
    assert not new.exists()
