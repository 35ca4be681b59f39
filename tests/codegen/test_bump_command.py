"""``python -m codegen bump`` (``make bump``) on a scratch git repository holding this project.

Each step that can stop a bump is made to stop it: the exit code names the step, and the
repository is as it was (same branch and commit, no tracked change, no new file, no branch left
behind). The test step runs real test files of the scratch repository: they pass on an additive
bump (the acceptance test of the voucher bump) and fail on a breaking one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from codegen.__main__ import main
from codegen.bump import Step

from . import bump_variants
from .conftest import REPO_ROOT

# Real tests of the scratch repository that a bump can break without a test edit: every
# operation against the fake, every resource through FinalPOS, and the version-derived
# codegen tests.
SUITE_ON_A_BUMP = (
    "tests/fake/test_operations.py",
    "tests/client/test_every_resource.py",
    "tests/codegen/test_overlay.py",
    "tests/codegen/test_versions.py",
    "tests/codegen/test_report_levels.py",
    "tests/codegen/test_sdk_view.py",
)
# Creates a product named "Tea": the breaking variant makes CreateProductDto.name an integer.
BROKEN_BY_THE_BREAKING_BUMP = "tests/client/test_model_output.py"
UNTRACKED = "vendor-notes.txt"  # a maintainer's file the bump must leave alone


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def _isolate_git(config_dir: Path, env: pytest.MonkeyPatch) -> None:
    """No global or system git configuration; a fixed identity for commits."""
    config = config_dir / "gitconfig"
    config.touch()
    env.setenv("GIT_CONFIG_GLOBAL", str(config))
    env.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        env.setenv(f"GIT_{role}_NAME", "Bump Test")
        env.setenv(f"GIT_{role}_EMAIL", "bump-test@example.com")


@pytest.fixture(autouse=True)
def _isolated_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _isolate_git(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """This project's files (as in the work tree) committed to a new repository on ``main``."""
    root = tmp_path_factory.mktemp("template") / "repo"
    listed = _git(REPO_ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    with pytest.MonkeyPatch.context() as env:
        _isolate_git(root.parent, env)
        _git(root, "init", "--quiet", "--initial-branch", "main")
        _git(root, "add", "--all")
        _git(root, "commit", "--quiet", "--message", "the project before the bump")
    yield root


@dataclass(frozen=True)
class State:
    """What a stopped bump must leave as it found it."""

    branch: str
    head: str
    branches: str
    status: str

    @classmethod
    def of(cls, repo: Path) -> State:
        return cls(
            _git(repo, "branch", "--show-current"),
            _git(repo, "rev-parse", "HEAD"),
            _git(repo, "branch", "--list"),
            _git(repo, "status", "--porcelain", "--untracked-files=all"),
        )


@pytest.fixture
def repo(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(template, copy, symlinks=True)
    (copy / UNTRACKED).write_text("kept\n")
    return copy


def _bump(repo: Path, candidate: Path, *tests: str) -> int:
    command = f"{sys.executable} -m pytest -q -p no:cacheprovider {' '.join(tests)}"
    return main(["bump", str(candidate), "--repo", str(repo), "--test-command", command])


def _documented_session(candidate_name: str) -> list[str]:
    """The lines of CONTRIBUTING.md's ``make bump FROM=<candidate_name>`` session."""
    docs = (REPO_ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = docs.split("### `make bump`", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```text\n(.*?)```", section, flags=re.DOTALL)
    (block,) = [b for b in blocks if b.startswith(f"$ make bump FROM={candidate_name}\n")]
    return [line for line in str(block).splitlines()[1:] if line.strip()]


def _shows(documented: list[str], out: str, err: str, written: dict[str, str], name: str) -> None:
    """Each documented line is a printed one (stdout in order; stderr, where the terminal
    interleaves it, anywhere): ``written`` values as of today, ``N``/``M`` any count, the
    candidate any path; ``...``, the test command's lines and make's own left out."""
    printed = iter(out.splitlines())
    for line in documented:
        if line == "..." or "make test" in line or line.startswith(("make: ", "E ")):
            continue
        parts = line.split(name)  # the candidate's name first: it holds a version too
        if written:  # all at once: 1.2.4 → 1.2.5 may become 1.2.5 → 1.2.6
            shown = re.compile("|".join(map(re.escape, sorted(written, key=len, reverse=True))))
            parts = [shown.sub(lambda m: written[m.group()], part) for part in parts]
        pattern = r"\S+".join(re.sub(r"\b[NM]\b", r"\\d+", re.escape(part)) for part in parts)
        if any(re.fullmatch(pattern, said) for said in err.splitlines()):
            continue
        assert any(re.fullmatch(pattern, said) for said in printed), line


def _candidate(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_additive_voucher_bump_passes_the_suite_and_is_committed(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Acceptance (issue 21): skip/limit already integer on the new list, no hand edit."""
    spec = bump_variants.current()
    previous = spec["info"]["version"]
    version = bump_variants.bumped(previous, 2)
    new = bump_variants.voucher_collection(spec)
    candidate = _candidate(tmp_path, "vouchers.yaml", bump_variants.additive_vouchers(spec))
    exit_code = _bump(repo, candidate, *SUITE_ON_A_BUMP)
    out, err = capfd.readouterr()
    assert exit_code == 0, out[-3000:] + err[-3000:]
    assert " passed" in out and " failed" not in out
    written = {  # as CONTRIBUTING.md shows them, and what today's description gives
        "1.2.4": previous,
        "1.2.5": version,
        "/v1/api/vouchers": new.list_path,
        "VouchersController": f"{new.pascal}sController",
        "VoucherResponseDto": new.schema,
        "FinalPOS.vouchers": f"FinalPOS.{new.attribute}",
    }
    documented = _documented_session("vouchers-1.2.5.yaml")
    _shows(documented, out, err, written, "vouchers-1.2.5.yaml")
    branch = f"api/{version}"
    assert _git(repo, "branch", "--show-current").strip() == branch
    report = (repo / "API_CHANGES.md").read_text()
    title = next(line for line in out.splitlines() if line.startswith("[bump] committed on"))
    subject = _git(repo, "log", "-1", "--format=%s").strip()
    assert title == f"[bump] committed on {branch}: {subject}"
    assert subject.startswith(f"Final POS API {previous} → {version}: ")
    assert _git(repo, "log", "-1", "--format=%b").strip() == report.strip()
    assert "the vendor now agrees with overlay action" in report
    assert (repo / "openapi.yaml").read_bytes() == candidate.read_bytes()
    committed = _git(repo, "show", "--name-only", "--format=", "HEAD").split()
    assert f"final_pos_client/resources/{new.attribute}.py" in committed
    assert UNTRACKED not in committed and (repo / UNTRACKED).read_text() == "kept\n"
    assert _git(repo, "status", "--porcelain", "--untracked-files=no") == ""
    assert _git(repo, "rev-parse", "main") != _git(repo, "rev-parse", "HEAD")


def test_a_failing_test_step_restores_everything(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = bump_variants.current()
    bump_variants.additive(spec)  # new files (a collection) as well as changed ones
    candidate = _candidate(tmp_path, "breaking.yaml", bump_variants.breaking(spec))
    before = State.of(repo)
    exit_code = _bump(repo, candidate, BROKEN_BY_THE_BREAKING_BUMP)
    out, err = capfd.readouterr()
    assert exit_code == 5, err
    # The tests failed for the bump's reason: CreateProductDto.name is now an integer.
    assert "ValidationError: CreateProductDto.name: expected int, got str" in out
    assert err.strip().splitlines()[-1].startswith("error: bump stopped at the test step: ")
    assert "work tree restored: back on main" in out
    assert State.of(repo) == before


def _stopped(
    repo: Path,
    candidate: Path,
    capfd: pytest.CaptureFixture[str],
    step: Step,
    tests: str = BROKEN_BY_THE_BREAKING_BUMP,
) -> tuple[str, str]:
    """The bump exits with ``step``'s code and leaves ``repo`` as it was: its ``error:`` line and
    what it printed before."""
    before = State.of(repo)
    assert _bump(repo, candidate, tests) == step.value
    assert State.of(repo) == before
    out, err = capfd.readouterr()
    line = err.strip().splitlines()[-1]
    named = step.name.lower().replace("_", " ")
    assert line.startswith(f"error: bump stopped at the {named} step: ")
    return line, out


def test_a_conflicting_candidate_stops_at_the_diff_step(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    candidate = bump_variants.write("vendor_fixes_limit", tmp_path)
    line, out = _stopped(repo, candidate, capfd, Step.DIFF)
    assert "step: overlay action " in line and "expected absent, target 100, found 500" in line
    _shows(_documented_session("limit-1.2.5.yaml"), out, line, {}, "limit-1.2.5.yaml")


def test_a_candidate_regenerate_refuses_stops_at_the_regenerate_step(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = bump_variants.current()
    spec["info"]["version"] = "1.2.5-beta"  # the report takes it; the package version cannot
    candidate = _candidate(tmp_path, "beta.yaml", yaml.safe_dump(spec, sort_keys=False))
    assert "1.2.5-beta" in _stopped(repo, candidate, capfd, Step.REGENERATE)[0]


def test_a_refused_commit_restores_everything(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'pre-commit: refused by policy' >&2\nexit 1\n")
    hook.chmod(0o755)
    candidate = bump_variants.write("additive", tmp_path)
    passing = "tests/client/test_every_resource.py"  # the test step passes: the commit stops it
    line, _ = _stopped(repo, candidate, capfd, Step.COMMIT, passing)
    assert "pre-commit: refused by policy" in line


def test_uncommitted_changes_stop_it_before_anything(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (repo / "README.md").write_text("edited\n")
    candidate = bump_variants.write("additive", tmp_path)
    line, _ = _stopped(repo, candidate, capfd, Step.WORK_TREE)
    assert "uncommitted changes (README.md)" in line
    assert (repo / "README.md").read_text() == "edited\n"


def test_an_existing_branch_stops_it(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = bump_variants.current()
    version = bump_variants.bumped(spec["info"]["version"], 2)
    _git(repo, "branch", f"api/{version}")
    candidate = _candidate(tmp_path, "additive.yaml", bump_variants.additive(spec))
    assert f"branch api/{version} exists" in _stopped(repo, candidate, capfd, Step.WORK_TREE)[0]


def test_a_bump_the_api_does_not_see_is_still_committed(
    repo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """The vendor fixes every skip: no API change, but the description and the package move."""
    candidate = bump_variants.write("vendor_fixes_skip", tmp_path)
    assert _bump(repo, candidate, "tests/client/test_every_resource.py") == 0
    out = capfd.readouterr().out
    assert "no API changes" in out and "can be dropped" in out
    version = bump_variants.current()["info"]["version"]
    assert _git(repo, "branch", "--show-current").strip() == f"api/{version}"
    assert (repo / "openapi.yaml").read_bytes() == candidate.read_bytes()
    assert _git(repo, "status", "--porcelain", "--untracked-files=no") == ""


def test_the_same_description_is_nothing_to_bump(
    repo: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    before = State.of(repo)
    assert _bump(repo, repo / "openapi.yaml", BROKEN_BY_THE_BREAKING_BUMP) == 0
    out = capfd.readouterr().out
    assert "[bump] nothing to bump: " in out and "[bump] running" not in out  # no test run
    assert State.of(repo) == before


def _make_dry_run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--dry-run", "bump", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_bump_runs_the_driver_with_make_test() -> None:
    planned = _make_dry_run("FROM=vendor.yaml")
    assert planned.returncode == 0, planned.stderr
    assert "-m codegen bump 'vendor.yaml' --test-command 'make test'" in planned.stdout
    missing = _make_dry_run()
    assert missing.returncode != 0 and "FROM=<path or URL> is required" in missing.stderr


def test_the_docs_name_each_exit_code_with_its_step() -> None:
    docs = (REPO_ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = docs.split("### `make bump`", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| (\d) \| (\w[\w ]*) \|", section, flags=re.MULTILINE)
    assert {int(code): step for code, step in rows} == {
        step.value: step.name.lower().replace("_", " ") for step in Step
    }
