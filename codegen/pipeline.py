"""``regenerate``: source → overlay → generate → format → report, then one swap (or ``--check``).

Every stage runs in a scratch folder; the working tree is touched only by the final swap,
which puts the description, the package, ``API_CHANGES.md`` and the version files
(``versions.version_files``) in place together, or leaves all of them as they were
(``codegen/swap.py``).
"""

from __future__ import annotations

import filecmp
import json
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import generate, report, source, swap, versions
from .client_operations import ClientLayerError
from .format import FormatError, format_package
from .overlay import OverlayError, load_overlay, patch

IGNORED_NAMES = {"__pycache__"}
# What a failed regeneration raises (one `error:` line, exit 2); anything else is a bug.
ERRORS = (
    source.SourceError,
    OverlayError,
    generate.GenerationError,
    FormatError,
    ClientLayerError,
    swap.SwapError,
    versions.VersionError,
)
# Hand-written, never generated: left out of every comparison and kept by the swap.
KEPT = (generate.RUNTIME_PACKAGE,)


@dataclass(frozen=True)
class Options:
    source: str | None  # --from: a path or URL; None reads spec_path
    spec_path: Path  # the description file (a --from source's bytes replace it)
    output_dir: Path  # the generated package
    report_path: Path  # API_CHANGES.md
    overlay_path: Path
    check: bool = False
    # pyproject.toml, README.md, CHANGELOG.md and the hand-written packages the report searches
    project_root: Path = field(default=generate.CODEGEN_DIR.parent)


def _files(root: Path) -> dict[str, Path]:
    return {
        str(relative): path
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not IGNORED_NAMES.intersection((relative := path.relative_to(root)).parts)
        and relative.parts[0] not in KEPT
    }


def differing_files(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, exist only in one tree, or are missing (``_core/`` aside)."""
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


def _is_new_description(
    options: Options, description: source.Description, previous: Any, patched: Any
) -> bool:
    """A run from another source, or one whose patched description differs from the last."""
    from_elsewhere = not _is_the_spec_file(description.origin, options.spec_path)
    changed = previous is None or generate.dump_spec(previous) != generate.dump_spec(patched)
    return from_elsewhere or changed


def _unchanged(path: Path, data: bytes) -> bool:
    return path.is_file() and path.read_bytes() == data


def regenerate(options: Options) -> int:
    started = time.perf_counter()
    description = source.load(options.source, options.spec_path)
    overlaid = patch(description.document, load_overlay(options.overlay_path))
    patched = overlaid.document
    source.check_refs(patched, f"the description patched by {options.overlay_path.name}")
    pyproject = (options.project_root / versions.PYPROJECT).read_text(encoding="utf-8")
    api_version = str(patched.get("info", {}).get("version"))
    package_version = versions.package_version(api_version, versions.current_version(pyproject))
    previous = _previous_spec(options.output_dir)
    # A real run builds next to the output so the swap is a rename; --check anywhere.
    work_parent = None if options.check else options.output_dir.parent
    options.output_dir.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{options.output_dir.name}.build-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=work_parent) as work_dir:
        package_dir = Path(work_dir) / options.output_dir.name
        generate.build_package(patched, package_dir, package_version)
        format_package(package_dir)
        changes = report.compare(
            previous, patched, code_root=options.project_root, overlay=overlaid.outcomes
        )
        print(changes.summary(), flush=True)
        version_files = versions.version_files(
            options.project_root,
            report=changes,
            source=versions.source_label(options.source, options.spec_path, options.project_root),
            description=description.data,
            today=datetime.now(UTC).date(),
        )
        if options.check:
            return _check(package_dir, options, version_files, started)
        files = {path: text.encode() for path, text in version_files.items()}
        if _is_new_description(options, description, previous, patched):
            files[options.spec_path] = description.data  # untouched bytes
            files[options.report_path] = changes.to_markdown().encode()
        files = {path: data for path, data in files.items() if not _unchanged(path, data)}
        package_changed = differing_files(package_dir, options.output_dir)
        if not (options.output_dir / generate.RUNTIME_PACKAGE).is_dir():
            generate.add_runtime(package_dir)  # a new package away from the project's runtime
        dirs = {options.output_dir: package_dir} if package_changed else {}
        swap.replace(files, dirs, keep=KEPT)
    replaced = [_relative(path, options.project_root) for path in (*dirs, *files)]
    print(f"[swap] replaced together: {', '.join(replaced) or 'nothing (all up to date)'}")
    print(f"[done] regenerated in {time.perf_counter() - started:.1f}s", flush=True)
    return 0


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _check(
    package_dir: Path, options: Options, version_files: dict[Path, str], started: float
) -> int:
    differing = differing_files(package_dir, options.output_dir)
    differing += [
        _relative(path, options.project_root)
        for path, text in version_files.items()
        if path.name != versions.CHANGELOG and not _unchanged(path, text.encode())
    ]
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
