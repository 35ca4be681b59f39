"""The package version and every file that names the API version, as pure functions.

The package version is the API's release number plus an SDK revision: API 1.2.5 → ``1.2.5.0``.
A regeneration from the same API version keeps the current version (so a maintainer's SDK
revision, e.g. ``1.2.4.1``, survives). ``version_files`` returns the new contents of
``pyproject.toml``, ``README.md`` and (when the API changed) ``CHANGELOG.md``; the pipeline writes
them together with the generated package. The package's own ``_version.py`` is
``version_module``.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import tomllib
from pathlib import Path

from .changes import Level
from .report import ChangeReport

VERSION_MODULE = "_version.py"
PYPROJECT, README, CHANGELOG = "pyproject.toml", "README.md", "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "One entry per regeneration that changed the API (`make regenerate`, newest first). The "
    "package version is the API version plus an SDK revision.\n"
)
_RELEASE = re.compile(r"^\d+(\.\d+){0,2}$")
_API_SENTENCE = re.compile(r"(Public API )\d+(?:\.\d+)*")
_PROJECT_VERSION = re.compile(r'^version = "[^"]*"$', re.MULTILINE)
BUMP_BY_LEVEL = {Level.BREAKING: "major", Level.WARN: "minor", Level.INFO: "patch"}


class VersionError(Exception):
    """The API version cannot become a package version, or a version file lacks its marker."""


def release(api_version: str) -> str:
    """``1.2.5`` → ``1.2.5``; ``1.3`` → ``1.3.0``; anything else is refused."""
    if not _RELEASE.match(api_version):
        raise VersionError(
            f"info.version {api_version!r} is not a release number like 1.2.5: the package "
            "version is derived from it"
        )
    parts = api_version.split(".")
    return ".".join([*parts, *["0"] * (3 - len(parts))])


def package_version(api_version: str, current: str) -> str:
    """The package version for ``api_version``: the current one while the release matches."""
    base = release(api_version)
    prefix, _, revision = current.rpartition(".")
    if prefix == base and revision.isdigit():
        return current
    return f"{base}.0"


def current_version(pyproject_text: str) -> str:
    version: str = tomllib.loads(pyproject_text)["project"]["version"]
    return version


def version_module(package: str, api_version: str) -> str:
    """``final_pos_client/_version.py``."""
    return (
        '"""The versions of this package and of the Final POS API it was generated from."""\n\n'
        f'__version__ = "{package}"\nAPI_VERSION = "{api_version}"\n'
    )


def _replace(pattern: re.Pattern[str], text: str, new: str, where: str) -> str:
    updated, count = pattern.subn(new, text, count=1)
    if count == 0:
        raise VersionError(f"{where}: no {pattern.pattern!r} to update")
    return updated


def updated_pyproject(text: str, package: str, api_version: str) -> str:
    text = _replace(_PROJECT_VERSION, text, f'version = "{package}"', PYPROJECT)
    return _replace(_API_SENTENCE, text, rf"\g<1>{api_version}", PYPROJECT)


def updated_readme(text: str, api_version: str) -> str:
    return _replace(_API_SENTENCE, text, rf"\g<1>{api_version}", README)


def _release_step(old: str | None, new: str) -> str:
    """How far the vendor moved its version: ``major``, ``minor``, ``patch`` or ``none``."""
    if old is None:
        return "major"
    try:
        before, after = release(old).split("."), release(new).split(".")
    except VersionError:
        return "unknown"
    for step, old_part, new_part in zip(("major", "minor", "patch"), before, after, strict=True):
        if old_part != new_part:
            return step
    return "none"


def suggested_bump(report: ChangeReport, current: str, new: str) -> str:
    """The CHANGELOG's advice: the size the report calls for, against what the versions say."""
    highest = report.highest
    wanted = BUMP_BY_LEVEL[highest] if highest is not None else "none"
    if new == current:
        prefix, _, revision = current.rpartition(".")
        return (
            f"{wanted}; info.version did not move, so the package version stays {current}: "
            f"set {prefix}.{int(revision) + 1} in pyproject.toml and `make regenerate` to release"
        )
    step = _release_step(report.previous_version, report.new_version)
    advice = f"{wanted}; the package version moves {current} → {new} (a {step} step of the API)"
    order = ("none", "patch", "minor", "major")
    if step in order and order.index(step) < order.index(wanted):
        advice += f", smaller than the report's {wanted}: call it out in the release notes"
    return advice


def source_label(source: str | None, spec_path: Path, project_root: Path) -> str:
    """Where the description came from, without a path of this machine."""
    if source is not None and source.startswith(("http://", "https://")):
        return source
    path = Path(source) if source is not None else spec_path
    try:
        return path.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        return path.name


def changelog_entry(
    *,
    report: ChangeReport,
    current: str,
    new: str,
    source: str,
    description: bytes,
    today: datetime.date,
) -> str:
    previous = report.previous_version or "none"
    api = (
        report.new_version
        if previous == report.new_version
        else f"{previous} → {report.new_version}"
    )
    return (
        f"## {new} ({today.isoformat()})\n\n"
        f"- API version: {api}\n"
        f"- Source: {source}\n"
        f"- Description sha256: `{hashlib.sha256(description).hexdigest()}`\n"
        f"- Report: {report.headline()} (API_CHANGES.md)\n"
        f"- Suggested SDK version bump: {suggested_bump(report, current, new)}\n"
    )


def updated_changelog(text: str | None, entry: str) -> str:
    """``entry`` placed above the previous entries (the header is kept or created)."""
    body = (text or CHANGELOG_HEADER).removeprefix(CHANGELOG_HEADER).lstrip("\n")
    return CHANGELOG_HEADER + "\n" + entry + ("\n" + body if body else "")


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def version_files(
    project_root: Path,
    *,
    report: ChangeReport,
    source: str,
    description: bytes,
    today: datetime.date,
) -> dict[Path, str]:
    """New contents of each version file under ``project_root`` (all of them or an error)."""
    pyproject_text = _read(project_root / PYPROJECT)
    readme_text = _read(project_root / README)
    if pyproject_text is None or readme_text is None:
        raise VersionError(f"{project_root}: needs {PYPROJECT} and {README}")
    current = current_version(pyproject_text)
    new = package_version(report.new_version, current)
    files = {
        project_root / PYPROJECT: updated_pyproject(pyproject_text, new, report.new_version),
        project_root / README: updated_readme(readme_text, report.new_version),
    }
    if report.changes:
        entry = changelog_entry(
            report=report,
            current=current,
            new=new,
            source=source,
            description=description,
            today=today,
        )
        files[project_root / CHANGELOG] = updated_changelog(_read(project_root / CHANGELOG), entry)
    return files
