"""``regenerate``: source → overlay → generate → format → report → swap (or ``--check``).

The swap also writes ``API_CHANGES.md`` (always: it describes the last regeneration) and the
version files (``versions.version_files``).
"""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import generate, report, source, swap, versions
from .format import format_package
from .overlay import apply_overlay, load_overlay

IGNORED_NAMES = {"__pycache__"}


@dataclass(frozen=True)
class Options:
    source: str | None  # --from: a path or URL; None reads spec_path
    spec_path: Path  # the description file (a --from source is copied onto it)
    output_dir: Path  # the generated package
    report_path: Path  # API_CHANGES.md
    overlay_path: Path
    check: bool = False
    # pyproject.toml, README.md, CHANGELOG.md and the hand-written packages the report searches
    project_root: Path = field(default=generate.CODEGEN_DIR.parent)


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


def regenerate(options: Options) -> int:
    started = time.perf_counter()
    spec = source.load(options.source, options.spec_path, store=not options.check)
    patched = apply_overlay(spec, load_overlay(options.overlay_path))
    pyproject = (options.project_root / versions.PYPROJECT).read_text(encoding="utf-8")
    api_version = str(patched.get("info", {}).get("version"))
    package_version = versions.package_version(api_version, versions.current_version(pyproject))
    # --check builds away from the repo; a real run next to the output, for a same-disk swap.
    work_parent = None if options.check else options.output_dir.parent
    options.output_dir.parent.mkdir(parents=True, exist_ok=True)
    work_dir = Path(tempfile.mkdtemp(prefix=f".{options.output_dir.name}.build-", dir=work_parent))
    try:
        package_dir = work_dir / options.output_dir.name
        generate.build_package(patched, package_dir, package_version)
        format_package(package_dir)
        with swap.locked(options.output_dir):
            previous = _previous_spec(options.output_dir)
            changes = report.compare(previous, patched, code_root=options.project_root)
            print(changes.summary(), flush=True)
            version_files = versions.version_files(
                options.project_root,
                report=changes,
                source=versions.source_label(
                    options.source, options.spec_path, options.project_root
                ),
                description=options.spec_path.read_bytes() if not options.check else b"",
                today=datetime.now(UTC).date(),
            )
            if options.check:
                return _check(package_dir, options.output_dir, started, version_files)
            swap.replace_dir(package_dir, options.output_dir)
            print(f"[swap] {options.output_dir} replaced", flush=True)
            options.report_path.write_text(changes.to_markdown(), encoding="utf-8")
            print(f"[report] written to {options.report_path}", flush=True)
            _write_changed(version_files)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    print(f"[done] regenerated in {time.perf_counter() - started:.1f}s", flush=True)
    return 0


def _write_changed(files: dict[Path, str]) -> None:
    for path, text in files.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"[version] {path.name} updated", flush=True)


def _check(
    package_dir: Path, output_dir: Path, started: float, version_files: dict[Path, str]
) -> int:
    differing = differing_files(package_dir, output_dir)
    differing += [
        f"../{path.name}"
        for path, text in version_files.items()
        if path.name != versions.CHANGELOG and path.read_text(encoding="utf-8") != text
    ]
    elapsed = time.perf_counter() - started
    if differing:
        print(f"[check] {output_dir} differs from a fresh regeneration in {len(differing)} files:")
        for name in differing:
            print(f"  {name}")
        print("[check] run `make regenerate` and commit the result")
        return 1
    print(f"[check] {output_dir} is up to date ({elapsed:.1f}s)", flush=True)
    return 0
