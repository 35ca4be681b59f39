"""The fake's subpackages import downwards only: ``testing`` → ``app`` → ``http`` → ``state``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import final_pos_fake

PACKAGE = Path(final_pos_fake.__file__).parent
# What each subpackage may not import (the layers above it).
FORBIDDEN = {
    "state": {"http", "testing", "app", "cli", "pytest_plugin", "server"},
    "http": {"testing", "app", "cli", "pytest_plugin", "server"},
}


def _imported_fake_modules(path: Path, subpackage: str) -> set[str]:
    """First components (below final_pos_fake) of the fake's modules a file imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and (node.module or "").startswith("final_pos_fake."):
                found.add((node.module or "").split(".")[1])
            elif node.level == 2 and node.module:  # from ..x import y
                found.add(node.module.split(".")[0])
            elif node.level == 2:  # from .. import x
                found.update(alias.name for alias in node.names)
            elif node.level == 1 and node.module is None:
                found.update(f"{subpackage}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[1]
                for alias in node.names
                if alias.name.startswith("final_pos_fake.")
            )
    return found


@pytest.mark.parametrize("subpackage", sorted(FORBIDDEN))
def test_a_layer_does_not_import_the_layers_above(subpackage: str) -> None:
    files = sorted((PACKAGE / subpackage).glob("*.py"))
    assert files
    for path in files:
        upward = _imported_fake_modules(path, subpackage) & FORBIDDEN[subpackage]
        assert not upward, f"{path.relative_to(PACKAGE)} imports {sorted(upward)}"


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from ..app import FakeFinalPOS\nfrom final_pos_fake.testing import x\n")
    assert _imported_fake_modules(module, "state") == {"app", "testing"}
