"""The swap puts every output in place together, or restores the previous ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen import swap


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _outputs(tmp_path: Path) -> tuple[dict[Path, bytes], dict[Path, Path]]:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "old.py").write_text("old\n")
    (tmp_path / "openapi.yaml").write_text("old spec\n")
    built = tmp_path / "build" / "pkg"
    built.mkdir(parents=True)
    (built / "new.py").write_text("new\n")
    files = {tmp_path / "openapi.yaml": b"new spec\n", tmp_path / "API_CHANGES.md": b"report\n"}
    return files, {tmp_path / "pkg": built}


def test_every_output_replaces_its_target(tmp_path: Path) -> None:
    files, dirs = _outputs(tmp_path)
    swap.replace(files, dirs)
    assert _tree(tmp_path) == {
        "pkg/new.py": b"new\n",
        "openapi.yaml": b"new spec\n",
        "API_CHANGES.md": b"report\n",
    }


def test_a_failing_rename_restores_every_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, dirs = _outputs(tmp_path)
    before = {k: v for k, v in _tree(tmp_path).items() if not k.startswith("build/")}
    real_rename = os.rename
    renames: list[str] = []

    def rename_failing_on_the_report(source: Path, target: Path) -> None:
        if Path(target).name == "API_CHANGES.md":
            raise PermissionError("read-only")
        renames.append(Path(target).name)
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename_failing_on_the_report)
    with pytest.raises(swap.SwapError, match=r"cannot replace .*API_CHANGES.md.*nothing changed"):
        swap.replace(files, dirs)
    assert "pkg" in renames and "openapi.yaml" in renames  # those had been replaced
    after = {k: v for k, v in _tree(tmp_path).items() if not k.startswith("build/")}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _with_kept_folder(tmp_path: Path) -> tuple[dict[Path, bytes], dict[Path, Path], Path]:
    files, dirs = _outputs(tmp_path)
    kept = tmp_path / "pkg" / "_core" / "runtime.py"
    kept.parent.mkdir()
    kept.write_text("hand-written\n")
    return files, dirs, kept


def test_a_kept_folder_moves_into_the_new_one_unwritten(tmp_path: Path) -> None:
    files, dirs, kept = _with_kept_folder(tmp_path)
    inode = kept.stat().st_ino
    swap.replace(files, dirs, keep=("_core",))
    assert _tree(tmp_path / "pkg") == {"new.py": b"new\n", "_core/runtime.py": b"hand-written\n"}
    assert kept.stat().st_ino == inode


@pytest.mark.parametrize("failing", ["API_CHANGES.md", "pkg"])
def test_a_failed_swap_puts_the_kept_folder_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    files, dirs, kept = _with_kept_folder(tmp_path)
    before = {k: v for k, v in _tree(tmp_path).items() if not k.startswith("build/")}
    real_rename = os.rename
    failed: list[Path] = []

    def rename_failing(source: Path, target: Path) -> None:
        if Path(target).name == failing and not failed:  # once: putting it back must work
            failed.append(Path(target))
            raise PermissionError("read-only")
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename_failing)
    with pytest.raises(swap.SwapError, match="nothing changed"):
        swap.replace(files, dirs, keep=("_core",))
    assert failed
    after = {k: v for k, v in _tree(tmp_path).items() if not k.startswith("build/")}
    assert after == before
    assert kept.read_text() == "hand-written\n"
