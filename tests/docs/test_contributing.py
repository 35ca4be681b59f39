"""CONTRIBUTING.md's snippets: the `codegen diff` example prints what the text says, and every
`make` target and `python -m codegen` command named in the maintainer and user docs exists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

import final_pos_client

REPO_ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "CONTRIBUTING.md")
# The API version the examples were written against; the test reads them against today's.
EXAMPLE_API_VERSION = "1.2.4"


def _doc(name: str) -> str:
    return (REPO_ROOT / name).read_text(encoding="utf-8")


def _fenced_blocks(text: str, language: str) -> list[str]:
    return [str(block) for block in re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)]


def _diff_example() -> tuple[str, list[str]]:
    """The command line of CONTRIBUTING.md's `codegen diff` example and the lines it shows."""
    blocks = [b for b in _fenced_blocks(_doc("CONTRIBUTING.md"), "text") if "codegen diff" in b]
    assert len(blocks) == 1, "CONTRIBUTING.md has one `codegen diff` example"
    command, *shown = blocks[0].splitlines()
    return command, [line for line in shown if line.strip()]


def _candidate(path: Path) -> None:
    """The candidate the example describes, derived from today's openapi.yaml."""
    spec: dict[str, Any] = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    spec["info"]["version"] = "1.3.0"
    del spec["paths"]["/v1/api/station/{id}"]["delete"]
    schemas["CreateProductDto"]["properties"]["name"]["maxLength"] = 80
    spec["servers"] = [server for server in spec["servers"] if "_mock" not in server["url"]]
    schemas["CategoryResponseDto"]["properties"]["loyaltyTier"] = {"type": "string"}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_the_diff_example_is_what_codegen_diff_prints(tmp_path: Path) -> None:
    command, shown = _diff_example()
    assert command.startswith("$ python -m codegen diff candidate.yaml --fail-on breaking")
    assert command.endswith("# exit 1")
    _candidate(tmp_path / "candidate.yaml")
    completed = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", "candidate.yaml", "--fail-on", "breaking"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    printed = [line for line in completed.stdout.splitlines() if line.strip()]
    headline = next(i for i, line in enumerate(printed) if line.startswith("API version "))
    expected = [line.replace(EXAMPLE_API_VERSION, final_pos_client.API_VERSION) for line in shown]
    assert printed[headline : headline + len(expected)] == expected


def _makefile_targets() -> set[str]:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", makefile, re.MULTILINE))


def _codegen_commands() -> set[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "codegen", "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    listed = re.search(r"\{([\w,-]+)\}", completed.stdout)
    assert listed is not None, completed.stdout
    return set(listed.group(1).split(","))


def test_every_make_target_and_codegen_command_in_the_docs_exists() -> None:
    targets, commands = _makefile_targets(), _codegen_commands()
    for name in DOCS:
        text = _doc(name)
        named_targets = set(re.findall(r"(?:`|^)make ([a-z][\w-]*)", text, re.MULTILINE))
        named_commands = set(re.findall(r"python -m codegen ([a-z][\w-]*)", text))
        assert named_targets, name
        assert named_targets <= targets, (name, named_targets - targets)
        assert named_commands <= commands, (name, named_commands - commands)
