"""codegen reads the one spec model from the package's runtime, even when the generated part of
the package is broken or absent (regenerating is how that gets repaired)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROBE = (
    "import codegen.pipeline, final_pos_client._core.spec_model as m, sys; "
    "print(m.__name__, type(sys.modules['final_pos_client']).__name__)"
)


def _tree_with(tmp_path: Path, package_init: str | None) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(
        REPO / "codegen", tree / "codegen", ignore=shutil.ignore_patterns("__pycache__")
    )
    package = tree / "final_pos_client"
    shutil.copytree(
        REPO / "final_pos_client" / "_core",
        package / "_core",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    if package_init is not None:
        (package / "__init__.py").write_text(package_init)
    return tree


@pytest.mark.parametrize(
    "package_init",
    [
        pytest.param("from .models import Missing\n", id="broken-generated-init"),
        pytest.param("def (:\n", id="syntax-error-in-init"),
        pytest.param(None, id="generated-part-absent"),
    ],
)
def test_codegen_imports_the_spec_model_without_the_generated_package(
    tmp_path: Path, package_init: str | None
) -> None:
    tree = _tree_with(tmp_path, package_init)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tree, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "final_pos_client._core.spec_model"
