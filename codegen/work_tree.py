"""The git work tree a bump runs in: checked clean first, committed to, or put back as it was."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """A git command failed; the message carries git's own."""


def _git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise GitError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise GitError(f"git {args[0]}: {said[-1] if said else f'exit {done.returncode}'}")
    return done.stdout


@dataclass(frozen=True)
class Start:
    """Where the bump started: the branch (or, detached, the commit) and the untracked files."""

    ref: str
    detached: bool
    untracked: frozenset[str]


class WorkTree:
    def __init__(self, repo: Path) -> None:
        self.repo = repo

    def untracked(self) -> frozenset[str]:
        listed = _git(self.repo, "ls-files", "--others", "--exclude-standard", "-z")
        return frozenset(name for name in listed.split("\0") if name)

    def start(self) -> Start:
        """The current position, after checking that no tracked file has changes."""
        _git(self.repo, "rev-parse", "--verify", "HEAD")
        changed = _git(self.repo, "status", "--porcelain", "--untracked-files=no").splitlines()
        if changed:
            shown = ", ".join(line[3:] for line in changed[:3])
            raise GitError(f"the work tree has uncommitted changes ({shown}): commit or stash them")
        branch = _git(self.repo, "branch", "--show-current").strip()
        ref = branch or _git(self.repo, "rev-parse", "HEAD").strip()
        return Start(ref, detached=not branch, untracked=self.untracked())

    def changed(self, paths: list[Path]) -> bool:
        """Whether anything under ``paths`` differs from the last commit (new files included)."""
        names = [str(path.relative_to(self.repo)) for path in paths]
        return bool(_git(self.repo, "status", "--porcelain", "--", *names).strip())

    def has_branch(self, name: str) -> bool:
        return bool(_git(self.repo, "branch", "--list", name).strip())

    def switch_new(self, name: str) -> None:
        _git(self.repo, "switch", "--create", name)

    def commit(self, paths: list[Path], subject: str, body: str) -> str:
        """Commit every change under ``paths`` (new files included); the new commit's hash."""
        names = [str(path.relative_to(self.repo)) for path in paths if path.exists()]
        _git(self.repo, "add", "--all", "--", *names)
        _git(self.repo, "commit", "--quiet", "--message", subject, "--message", body)
        return _git(self.repo, "rev-parse", "HEAD").strip()

    def restore(self, start: Start, branch: str) -> None:
        """Back to ``start``: tracked files reset, files the bump created deleted, ``branch``
        deleted. Untracked files that were there before are left alone."""
        _git(self.repo, "reset", "--quiet", "--hard", "HEAD")
        for name in sorted(self.untracked() - start.untracked, reverse=True):
            path = self.repo / name
            path.unlink(missing_ok=True)
            for parent in path.parents:
                if parent == self.repo or any(parent.iterdir()):
                    break
                parent.rmdir()
        _git(self.repo, "switch", *(["--detach"] if start.detached else []), start.ref)
        _git(self.repo, "branch", "--delete", "--force", branch)
