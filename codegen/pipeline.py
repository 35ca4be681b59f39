"""``regenerate``: source → overlay → generate → format → report, then one swap (or ``--check``).

Every stage runs in a scratch folder; the working tree is touched only by the final swap,
which puts the description, the package, ``API_CHANGES.md`` and the extra files (version
files) in place together, or leaves all of them as they were (``codegen/swap.py``).
"""

from __future__ import annotations

import filecmp
import json
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import generate, report, source, swap
from .format import format_package
from .overlay import apply_overlay, load_overlay

IGNORED_NAMES = {"__pycache__"}


@dataclass(frozen=True)
class Outcome:
    """What a successful run produced, for the files written with it (the transaction)."""

    root: Path  # the repository
    description: source.Description  # as read (origin, bytes, parsed)
    previous: dict[str, Any] | None  # the previous patched description, if any
    patched: dict[str, Any]
    changes: report.ChangeReport


# Files written together with the package: target path -> new text.
ExtraFiles = Callable[[Outcome], Mapping[Path, str]]
# The ones `python -m codegen regenerate` writes (the version files and CHANGELOG.md go here).
EXTRA_FILES: tuple[ExtraFiles, ...] = ()


@dataclass(frozen=True)
class Options:
    source: str | None  # --from: a path or URL; None reads spec_path
    spec_path: Path  # the description file (a --from source's bytes replace it)
    output_dir: Path  # the generated package
    report_path: Path  # API_CHANGES.md
    overlay_path: Path
    root: Path  # the repository (extra files are named relative to it)
    check: bool = False
    extra_files: tuple[ExtraFiles, ...] = field(default=())


def _files(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not IGNORED_NAMES.intersection(path.relative_to(root).parts)
    }


def differing_files(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, exist only in one tree, or are missing."""
    want, have = _files(expected), _files(actual) if actual.is_dir() else {}
    names = sorted(want.keys() | have.keys())
    return [
        name
        for name in names
        if name not in want
        or name not in have
        or not filecmp.cmp(want[name], have[name], shallow=False)
    ]


def _previous_spec(output_dir: Path) -> dict[str, Any] | None:
    path = output_dir / generate.PATCHED_SPEC_NAME
    if not path.is_file():
        return None
    previous: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return previous


def _is_the_spec_file(origin: str, spec_path: Path) -> bool:
    return not source.is_url(origin) and Path(origin).resolve() == spec_path.resolve()


def _is_new_description(options: Options, outcome: Outcome) -> bool:
    """A run from another source, or one whose patched description differs from the last."""
    from_elsewhere = not _is_the_spec_file(outcome.description.origin, options.spec_path)
    previous = outcome.previous
    changed = previous is None or generate.dump_spec(previous) != generate.dump_spec(
        outcome.patched
    )
    return from_elsewhere or changed


def _planned_files(options: Options, outcome: Outcome) -> dict[Path, bytes]:
    """Every file the run writes besides the package (unchanged ones left out)."""
    planned: dict[Path, bytes] = {}
    if _is_new_description(options, outcome):
        planned[options.spec_path] = outcome.description.data  # untouched bytes
        planned[options.report_path] = outcome.changes.to_markdown().encode()
    for extra in options.extra_files:
        for path, text in extra(outcome).items():
            planned[path] = text.encode()
    return {
        path: data
        for path, data in planned.items()
        if not path.is_file() or path.read_bytes() != data
    }


def regenerate(options: Options) -> int:
    started = time.perf_counter()
    description = source.load(options.source, options.spec_path)
    patched = apply_overlay(description.document, load_overlay(options.overlay_path))
    source.check_refs(patched, f"the description patched by {options.overlay_path.name}")
    previous = _previous_spec(options.output_dir)
    # A real run builds next to the output so the swap is a rename; --check anywhere.
    work_parent = None if options.check else options.output_dir.parent
    options.output_dir.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{options.output_dir.name}.build-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=work_parent) as work_dir:
        package_dir = Path(work_dir) / options.output_dir.name
        generate.build_package(patched, package_dir)
        format_package(package_dir)
        changes = report.compare(previous, patched)
        print(changes.summary(), flush=True)
        outcome = Outcome(options.root, description, previous, patched, changes)
        if options.check:
            return _check(package_dir, options, outcome, started)
        files = _planned_files(options, outcome)
        dirs = (
            {options.output_dir: package_dir}
            if differing_files(package_dir, options.output_dir)
            else {}
        )
        swap.replace(files, dirs)
    replaced = [_relative(path, options.root) for path in (*dirs, *files)]
    print(f"[swap] replaced together: {', '.join(replaced) or 'nothing (all up to date)'}")
    print(f"[done] regenerated in {time.perf_counter() - started:.1f}s", flush=True)
    return 0


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _check(package_dir: Path, options: Options, outcome: Outcome, started: float) -> int:
    differing = differing_files(package_dir, options.output_dir)
    for extra in options.extra_files:
        for path, text in extra(outcome).items():
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                differing.append(_relative(path, options.root))
    elapsed = time.perf_counter() - started
    if differing:
        count = len(differing)
        print(f"[check] {options.output_dir} differs from a fresh regeneration in {count} files:")
        for name in differing:
            print(f"  {name}")
        print("[check] run `make regenerate` and commit the result")
        return 1
    print(f"[check] {options.output_dir} is up to date ({elapsed:.1f}s)", flush=True)
    return 0
