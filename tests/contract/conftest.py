"""Session fixture: Prism serving the patched description the client was generated from."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import pytest

from .prism import prism_mock
from .spec_operations import GENERATED_PACKAGE, REPO_ROOT, patched_model
from .tally import CONTRACT_TESTS, SPEC_OPERATIONS, exercised

SPEC_OPERATIONS.update(op.operation_id for op in patched_model())
# Set when every contract test of every operation was selected: then the count must be complete.
_FULL_RUN = pytest.StashKey[bool]()


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


def pytest_collection_finish(session: pytest.Session) -> None:
    selected = [
        item for item in session.items if getattr(item, "originalname", None) in CONTRACT_TESTS
    ]
    session.config.stash[_FULL_RUN] = (
        len(selected) == len(CONTRACT_TESTS) * len(SPEC_OPERATIONS) > 0
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A full contract run that did not exercise every operation both ways fails the run."""
    if session.config.stash.get(_FULL_RUN, False) and exercised() != SPEC_OPERATIONS:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Operations whose stock function and ``FinalPOS`` method both passed against Prism."""
    count, total = len(exercised()), len(SPEC_OPERATIONS)
    terminalreporter.write_line(f"contract: {count}/{total} operations exercised")
    if terminalreporter.config.stash.get(_FULL_RUN, False) and count < total:
        missing = sorted(SPEC_OPERATIONS - exercised())
        terminalreporter.write_line(f"contract: incomplete, not exercised both ways: {missing}")
