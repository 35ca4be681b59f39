"""``python -m codegen bump PATH|URL`` (``make bump FROM=...``): follow the vendor in one step.

diff → ``regenerate --from`` → the test command (``make test``) → a commit on a new branch
``api/<version>`` whose subject is the report's title and whose body is ``API_CHANGES.md``.
It starts from a work tree without uncommitted changes to tracked files, and ends without a
commit when the regenerated description and package are the committed ones. A step that fails
stops the bump with that step's exit code, and nothing is left half-done: tracked files are
reset, the files the bump created are deleted and the branch is deleted, back where it started.
"""

from __future__ import annotations

import enum
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import diff, pipeline, versions
from .generate import CODEGEN_DIR
from .report import ChangeReport
from .work_tree import GitError, Start, WorkTree

BRANCH_PREFIX = "api/"
DEFAULT_TEST_COMMAND = "make test"


class Step(enum.IntEnum):
    """The step that stopped a bump; its value is the exit code."""

    DIFF = 2  # the candidate cannot be read or validated, or the overlay conflicts with it
    WORK_TREE = 3  # uncommitted changes, the branch exists, or git failed
    REGENERATE = 4
    TEST = 5
    COMMIT = 6


class Stopped(Exception):
    def __init__(self, step: Step, reason: str) -> None:
        super().__init__(reason)
        self.step = step


@dataclass(frozen=True)
class Options:
    candidate: str  # a path or URL
    repo: Path  # the git work tree to bump (the project root)
    test_command: list[str] = field(default_factory=lambda: shlex.split(DEFAULT_TEST_COMMAND))

    @property
    def package_dir(self) -> Path:
        return self.repo / "final_pos_client"

    def regenerate_options(self) -> pipeline.Options:
        return pipeline.Options(
            source=self.candidate,
            spec_path=self.repo / "openapi.yaml",
            output_dir=self.package_dir,
            report_path=self.repo / "API_CHANGES.md",
            overlay_path=self.repo / CODEGEN_DIR.name / "overlay.yaml",
            project_root=self.repo,
        )

    def regenerated_paths(self) -> list[Path]:
        """What a regeneration may change: what the bump commits."""
        return [*self.followed_paths(), self.regenerate_options().report_path]

    def followed_paths(self) -> list[Path]:
        """What follows the vendor: when none of these changed, there is nothing to bump (the
        report alone is rewritten by every ``regenerate --from``)."""
        regenerate = self.regenerate_options()
        names = (versions.PYPROJECT, versions.README, versions.CHANGELOG)
        return [regenerate.spec_path, regenerate.output_dir, *(self.repo / n for n in names)]


def _diff(options: Options) -> ChangeReport:
    regenerate = options.regenerate_options()
    print(f"[bump] diff {options.candidate}", flush=True)
    try:
        changes = diff.candidate_report(
            options.candidate,
            overlay_path=regenerate.overlay_path,
            package_dir=options.package_dir,
            code_root=options.repo,
        )
    except diff.CandidateError as exc:
        raise Stopped(Step.DIFF, str(exc)) from exc
    print(f"[diff] {changes.headline()}", flush=True)  # regenerate prints the whole report
    return changes


def _regenerate(options: Options) -> None:
    print(f"[bump] regenerate --from {options.candidate}", flush=True)
    try:
        pipeline.regenerate(options.regenerate_options())
    except pipeline.ERRORS as exc:
        raise Stopped(Step.REGENERATE, str(exc)) from exc


def _test(options: Options) -> None:
    shown = shlex.join(options.test_command)
    print(f"[bump] running {shown}", flush=True)
    try:
        code = subprocess.run(options.test_command, cwd=options.repo, check=False).returncode
    except OSError as exc:
        raise Stopped(Step.TEST, f"cannot run {shown}: {exc}") from exc
    if code != 0:
        raise Stopped(Step.TEST, f"{shown} exited {code}")


def _on_branch(options: Options, tree: WorkTree, start: Start, changes: ChangeReport) -> str | None:
    """Regenerate, test and commit on a new branch (None: nothing changed); on any failure, or
    with nothing to commit, back to ``start``."""
    branch = f"{BRANCH_PREFIX}{changes.new_version}"
    if tree.has_branch(branch):
        raise Stopped(Step.WORK_TREE, f"branch {branch} exists: delete it or bump elsewhere")
    tree.switch_new(branch)
    try:
        _regenerate(options)
        if not tree.changed(options.followed_paths()):
            tree.restore(start, branch)
            return None
        _test(options)
        body = options.regenerate_options().report_path.read_text(encoding="utf-8")
        try:
            tree.commit(options.regenerated_paths(), changes.title(), body)
        except GitError as exc:
            raise Stopped(Step.COMMIT, str(exc)) from exc
    except BaseException:
        tree.restore(start, branch)
        print(f"[bump] work tree restored: back on {start.ref}, {branch} deleted", flush=True)
        raise
    return branch


def run(options: Options) -> int:
    tree = WorkTree(options.repo)
    try:
        try:
            start = tree.start()
        except GitError as exc:
            raise Stopped(Step.WORK_TREE, str(exc)) from exc
        changes = _diff(options)
        try:
            branch = _on_branch(options, tree, start, changes)
        except GitError as exc:
            raise Stopped(Step.WORK_TREE, str(exc)) from exc
        if branch is None:
            print("[bump] nothing to bump: the description and the package are the committed ones")
            return 0
    except Stopped as stop:
        step = stop.step.name.lower().replace("_", " ")
        print(f"error: bump stopped at the {step} step: {stop}", file=sys.stderr)
        return stop.step.value
    print(f"[bump] committed on {branch}: {changes.title()}", flush=True)
    return 0
