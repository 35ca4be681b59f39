"""The constructs a NestJS bump brings (issue 21 item 2), each regenerated into a scratch copy
of the repository and graded by ``python -m codegen diff``; all of them together as "1.3.0",
used through ``FinalPOS`` against the fake (``constructs/check_constructs.py``) and passing the
client and fake suites, run in that copy (where the regenerated package is ``final_pos_client``).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen.__main__ import main

from . import bump_variants, construct_variants
from .conftest import REPO_ROOT, RunPipeline

# What the scratch copy holds: the pipeline's files, and what the suites run there need.
REPO_FILES = ("openapi.yaml", "API_CHANGES.md", "pyproject.toml", "README.md", "CHANGELOG.md")
REPO_TREES = ("final_pos_client", "final_pos_fake", "custom_tables")
TEST_TREES = ("client", "fake", "hostile", "support", "codegen/constructs")
TEST_FILES = ("__init__.py", "conftest.py", "codegen/__init__.py")
CHECKS = Path("tests/codegen/constructs")
# The suites in the scratch copy take 2 to 4 minutes on the 2-core machine: past the default
# per-test timeout (300 s) under load.
SUITE_SECONDS = 1200


@dataclass(frozen=True)
class Run:
    exit_code: int
    out: str
    err: str


@dataclass(frozen=True)
class Regenerated:
    run: Run
    repo: Path

    @property
    def report(self) -> str:
        return (self.repo / "API_CHANGES.md").read_text(encoding="utf-8")


def _main(*args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        exit_code = main(list(args))
    return Run(exit_code, out.getvalue(), err.getvalue())


def scratch_repo(root: Path, *, with_suites: bool = False) -> Path:
    """A copy of what regeneration touches; ``with_suites``: also what the client and fake
    suites (and the construct checks) need to run there."""
    ignore = shutil.ignore_patterns("__pycache__")
    root.mkdir(parents=True)
    for name in REPO_FILES:
        shutil.copyfile(REPO_ROOT / name, root / name)
    for tree in REPO_TREES if with_suites else REPO_TREES[:1]:
        shutil.copytree(REPO_ROOT / tree, root / tree, ignore=ignore)
    if with_suites:
        for tree in TEST_TREES:
            shutil.copytree(REPO_ROOT / "tests" / tree, root / "tests" / tree, ignore=ignore)
        for name in TEST_FILES:
            shutil.copyfile(REPO_ROOT / "tests" / name, root / "tests" / name)
    return root


def regenerate(
    run_pipeline: RunPipeline, root: Path, candidate_text: str, *, with_suites: bool = False
) -> Regenerated:
    """``regenerate --from`` the candidate into a scratch copy (the copy is the project)."""
    repo = scratch_repo(root / "repo", with_suites=with_suites)
    candidate = root / "candidate.yaml"
    candidate.write_text(candidate_text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        exit_code = run_pipeline(
            repo, "--from", str(candidate), spec=repo / "openapi.yaml"
        ).exit_code
    return Regenerated(Run(exit_code, out.getvalue(), err.getvalue()), repo)


def diff(candidate_text: str, folder: Path, package: Path = REPO_ROOT / "final_pos_client") -> Run:
    candidate = folder / "diff-candidate.yaml"
    candidate.write_text(candidate_text, encoding="utf-8")
    return _main("diff", str(candidate), "--fail-on", "breaking", "--output", str(package))


def summary(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("API version"))


def run_pytest(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest in the scratch copy: its ``final_pos_client`` is the regenerated package."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=SUITE_SECONDS - 60,
    )


# What `diff --fail-on breaking` says of each additive construct against the committed package
# (exit code, the report's counts, a line it must hold), and `regenerate` says the same.
ADDITIVE = {
    "enums": (1, "3 breaking, 0 possibly breaking, 5 info; SDK view: 8 (3 breaking)",
              "- **breaking** `models.CreateStationDto`: field `status` string → StationStatus"),
    "nullable": (1, "1 breaking, 0 possibly breaking, 3 info; SDK view: 0 (0 breaking)",
                 "- `schema UpdateCustomerDto`: property `phone` became nullable"),
    "one_of": (0, "0 breaking, 0 possibly breaking, 4 info; SDK view: 4 (0 breaking)",
               "- **info** `models.CardTenderDto`: model added"),
    "all_of": (0, "0 breaking, 0 possibly breaking, 2 info; SDK view: 2 (0 breaking)",
               "- **info** `models.OutletStationDto`: model added"),
    "multipart": (0, "0 breaking, 0 possibly breaking, 3 info; SDK view: 3 (0 breaking)",
                  "- **info** `FinalPOS.attachments.upload`: method added"),
    "nested_path": (0, "0 breaking, 0 possibly breaking, 1 info; SDK view: 1 (0 breaking)",
                    "- **info** `FinalPOS.outlets.find_stations`: method added"),
    "deprecated": (0, "0 breaking, 1 possibly breaking, 4 info; SDK view: 3 (0 breaking)",
                   "- `POST /v1/api/attachment (AttachmentController_create)`: deprecated"),
    "bounds": (1, "3 breaking, 0 possibly breaking, 0 info; SDK view: 0 (0 breaking)",
               "- `schema CreateRefundDto`: property `reason` maxLength none → 200 (tightened)"),
    "error_status": (0, "0 breaking, 0 possibly breaking, 1 info; SDK view: 1 (0 breaking)",
                     "- `POST /v1/api/transactions (TransactionsController_create)`: status 402"),
}  # fmt: skip


@pytest.mark.parametrize("variant", sorted(ADDITIVE))
def test_each_construct_regenerates_and_is_graded_by_diff(
    variant: str, tmp_path: Path, run_pipeline: RunPipeline
) -> None:
    exit_code, counts, line = ADDITIVE[variant]
    candidate = construct_variants.candidate(construct_variants.ADDITIVE[variant])

    graded = diff(candidate, tmp_path)
    regenerated = regenerate(run_pipeline, tmp_path, candidate)

    assert graded.exit_code == exit_code, graded.err
    assert summary(graded.out).endswith(f"changes: {counts}.") and line in graded.out
    assert regenerated.run.exit_code == 0, regenerated.run.err
    assert summary(regenerated.report) == summary(graded.out)  # regenerate reports the same
    assert line in regenerated.report


BREAKING = {
    "required_query": "`GET /v1/api/orders (OrdersController_findAll)`: parameter `query outletId`"
    " added (required)",
    "response_to_array": "`GET /v1/api/outlet/{id} (OutletController_findOne)`: response 200 type"
    " OutletResponseDto → array<OutletResponseDto>",
}


@pytest.mark.parametrize("variant", sorted(BREAKING))
def test_a_breaking_change_fails_diff(variant: str, tmp_path: Path) -> None:
    graded = diff(construct_variants.candidate(construct_variants.BREAKING[variant]), tmp_path)

    assert graded.exit_code == 1
    breaking = graded.out.split("## Breaking", 1)[1].split("## ", 1)[0]
    assert BREAKING[variant] in breaking
    assert "diff: breaking changes reach --fail-on breaking" in graded.err


def test_a_removed_enum_value_fails_diff(tmp_path: Path, run_pipeline: RunPipeline) -> None:
    enums = construct_variants.candidate(construct_variants.enums)
    with_enums = regenerate(run_pipeline, tmp_path, enums)
    assert with_enums.run.exit_code == 0, with_enums.run.err
    removed = construct_variants.candidate(construct_variants.removed_enum_value)

    graded = diff(removed, tmp_path, with_enums.repo / "final_pos_client")

    assert graded.exit_code == 1
    assert "- `schema StationStatus`: enum value(s) ['OFFLINE'] removed" in graded.out


@pytest.fixture(scope="module")
def release_1_3_0(
    tmp_path_factory: pytest.TempPathFactory, run_pipeline: RunPipeline
) -> Iterator[Regenerated]:
    """Every additive construct at once, regenerated into a copy with the suites."""
    root = tmp_path_factory.mktemp("constructs-1.3.0")
    candidate = construct_variants.constructs_1_3_0()
    yield regenerate(run_pipeline, root, candidate, with_suites=True)


def test_all_constructs_as_1_3_0_regenerate(release_1_3_0: Regenerated) -> None:
    assert release_1_3_0.run.exit_code == 0, release_1_3_0.run.err
    version = bump_variants.current()["info"]["version"]
    released = construct_variants.release_version()
    counts = "28 changes: 7 breaking, 1 possibly breaking, 20 info"
    assert f"API version {version} → {released}: {counts}" in release_1_3_0.report


@pytest.mark.slow
@pytest.mark.timeout(SUITE_SECONDS)
def test_each_construct_works_through_finalpos_and_type_checks(release_1_3_0: Regenerated) -> None:
    checks = run_pytest(
        release_1_3_0.repo, "-o", "python_files=check_*.py", "tests/codegen/constructs"
    )
    assert checks.returncode == 0, checks.stdout[-4000:]
    assert " passed" in checks.stdout and "skipped" not in checks.stdout
    typed = subprocess.run(
        # The files by name: the project's mypy settings exclude the folder (not typed there).
        [sys.executable, "-m", "mypy", "--strict", *(str(p) for p in CHECKS.glob("*.py"))],
        cwd=release_1_3_0.repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout[-4000:]


@pytest.mark.slow
@pytest.mark.timeout(SUITE_SECONDS)
def test_the_client_and_fake_suites_pass_on_1_3_0(release_1_3_0: Regenerated) -> None:
    """Issue 21's acceptance: the client and fake suites, unchanged, on the regenerated 1.3.0
    package (a few minutes: it runs once, here)."""
    suites = run_pytest(release_1_3_0.repo, "tests/client", "tests/fake")
    assert suites.returncode == 0, suites.stdout[-4000:]
    assert " passed" in suites.stdout and " failed" not in suites.stdout
