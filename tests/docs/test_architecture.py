"""Every file, folder and module ARCHITECTURE.md names exists, and every name it gives a
module (`_core/_path.path_segment`, `final_pos_client._core._pagination.iterate_pages`) is
defined there."""

from __future__ import annotations

import ast
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("final_pos_client", "final_pos_fake", "custom_tables", "codegen", "bench", "tests")
FILE_SUFFIXES = (".py", ".md", ".json", ".yaml", ".yml", ".toml", ".jinja")
# Outside this repository: the reconstructed reference fragments next to it.
OUTSIDE = ("shared/", "../")


@cache
def _repository_paths() -> frozenset[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    folders = {str(Path(name).parent) + "/" for name in listed}
    folders |= {folder for name in folders for folder in _parents(name)}
    return frozenset(listed) | frozenset(folders)


def _parents(folder: str) -> set[str]:
    parts = folder.rstrip("/").split("/")
    return {"/".join(parts[:n]) + "/" for n in range(1, len(parts))}


def _matches(path: str) -> list[str]:
    """Repository paths that are `path` or end with it (docs write `_core/_path.py`)."""
    wanted = path.removeprefix("./")
    return sorted(
        known
        for known in _repository_paths()
        if known == wanted
        or known == wanted + "/"
        or known.endswith("/" + wanted.lstrip("/"))
        or known.endswith("/" + wanted.lstrip("/") + "/")
    )


def _named_paths(text: str) -> list[str]:
    """The backticked names that are repository paths or dotted module names."""
    named = []
    for token in re.findall(r"`([^`\s]+)`", text):
        token = token.rstrip(",;:")
        if token.startswith(("/", "$", "-", "http")) or "<" in token or "*" in token:
            continue
        if token.startswith(OUTSIDE):
            continue
        if not re.fullmatch(r"[\w./-]+", token):
            continue
        dotted = token.startswith(tuple(f"{package}." for package in PACKAGES))
        in_a_folder = "/" in token and _matches(token.split("/", 1)[0] + "/")
        if in_a_folder or dotted or token.endswith(FILE_SUFFIXES):
            named.append(token)
    return named


def _module_and_name(token: str) -> tuple[str, str | None]:
    """`_core/_path.path_segment` → (`_core/_path.py`, `path_segment`); a dotted module name
    `final_pos_client._core.spec_model` → (`final_pos_client/_core/spec_model.py`, None)."""
    if "/" not in token and not token.endswith(FILE_SUFFIXES):
        parts = token.split(".")
        if _matches("/".join(parts) + "/"):
            return "/".join(parts) + "/", None
        for cut in range(len(parts), 0, -1):
            module = "/".join(parts[:cut]) + ".py"
            if _matches(module):
                return module, (parts[cut] if cut < len(parts) else None)
        return "/".join(parts) + ".py", None
    if token.endswith("/") or token.endswith(FILE_SUFFIXES):
        return token, None
    if "." not in Path(token).name:
        return (token + ".py" if _matches(token + ".py") else token), None
    stem, _, name = token.rpartition(".")
    return stem + ".py", name


def _defines(path: Path, name: str) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
        if isinstance(node, definition) and node.name == name:
            return True
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            return True
        if isinstance(node, ast.ImportFrom) and any(
            (alias.asname or alias.name) == name for alias in node.names
        ):
            return True
    return False


def _problems(text: str) -> list[str]:
    problems = []
    for token in _named_paths(text):
        path, name = _module_and_name(token)
        found = _matches(path)
        if not found:
            problems.append(f"`{token}`: no {path} in the repository")
        elif name is not None and not any(_defines(REPO_ROOT / match, name) for match in found):
            problems.append(f"`{token}`: {path} defines no {name}")
    return problems


def test_every_path_and_module_named_in_architecture_md_exists() -> None:
    text = (REPO_ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert len(_named_paths(text)) > 50, "the check reads ARCHITECTURE.md's names"
    assert _problems(text) == []


@pytest.mark.parametrize(
    ("stale", "why"),
    [
        ("`state/custom_values.py`", "no state/custom_values.py"),
        ("`custom_values.py`", "no custom_values.py"),
        ("`_core/_path.no_such_function`", "defines no no_such_function"),
        ("`final_pos_client._core.gone_module`", "no final_pos_client/_core/gone_module.py"),
        ("`codegen/runtime/`", "no codegen/runtime/"),
    ],
)
def test_a_stale_name_is_reported(stale: str, why: str) -> None:
    problems = _problems(f"The runtime lives in {stale}.")
    assert len(problems) == 1 and why in problems[0], problems
