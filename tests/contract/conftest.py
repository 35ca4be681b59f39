"""Session fixture: Prism serving the patched description the client was generated from."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import pytest

from .prism import prism_mock
from .spec_operations import GENERATED_PACKAGE, REPO_ROOT
from .tally import EXERCISED, SPEC_OPERATIONS


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of ``prism mock final_pos_client/_openapi.json`` on a free 127.0.0.1 port.

    The served document is the *patched* description (openapi.yaml + codegen/overlay.yaml): the
    one the client was generated from. Prism validates every request against it (its default).
    """
    resource = importlib.resources.files(GENERATED_PACKAGE) / "_openapi.json"
    with (
        importlib.resources.as_file(resource) as spec_path,
        prism_mock(Path(spec_path), cwd=REPO_ROOT) as base_url,
    ):
        yield base_url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    exercised = len(EXERCISED & SPEC_OPERATIONS)
    total = len(SPEC_OPERATIONS)
    terminalreporter.write_line(f"contract: {exercised}/{total} operations exercised")
