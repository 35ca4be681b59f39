"""``python -m codegen diff PATH|URL``: the change report for a candidate description, read-only.

The candidate goes through the overlay, as ``regenerate`` would, and is compared with the
committed patched description (``final_pos_client/_openapi.json``). Nothing is written. Exit
codes: 0, 1 when a change at or above ``--fail-on`` is present (the CI gate of a bump pull
request), 2 when the candidate cannot be read, validated or turned into resources, or conflicts
with an overlay action. Where the vendor already agrees with an action, the report says so.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.exceptions import OpenAPISpecValidatorError
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable

from final_pos_client._core.spec_model import SpecError

from . import report, source
from .changes import Level
from .client_operations import ClientLayerError, collect_resources
from .generate import PATCHED_SPEC_NAME
from .overlay import OverlayError, load_overlay, patch

EXIT_OK, EXIT_FAIL_ON, EXIT_UNREADABLE = 0, 1, 2


class CandidateError(Exception):
    """The candidate description cannot be compared (unreadable, invalid, no resources)."""


def _validated(document: dict[str, Any], origin: str) -> dict[str, Any]:
    try:
        validate(document)
    except Unresolvable as exc:
        raise CandidateError(f"{origin}: unresolvable reference {exc}") from exc
    except (OpenAPISpecValidatorError, OpenAPIValidationError) as exc:
        message = exc.message if isinstance(exc, OpenAPIValidationError) else str(exc)
        raise CandidateError(f"{origin} is not a valid OpenAPI description: {message}") from exc
    return document


def candidate_report(
    candidate: str, *, overlay_path: Path, package_dir: Path, code_root: Path
) -> report.ChangeReport:
    """The report ``regenerate --from candidate`` would write, without writing anything."""
    try:
        document = _validated(source.parse(source.fetch(candidate), candidate), candidate)
        with contextlib.redirect_stdout(sys.stderr):  # stdout is the report alone
            overlaid = patch(document, load_overlay(overlay_path))
        collect_resources(overlaid.document)  # the operationId rule, as generation applies it
    except (source.SourceError, OverlayError, ClientLayerError, SpecError) as exc:
        raise CandidateError(str(exc)) from exc
    committed = package_dir / PATCHED_SPEC_NAME
    previous = json.loads(committed.read_text(encoding="utf-8")) if committed.is_file() else None
    return report.compare(
        previous, overlaid.document, code_root=code_root, overlay=overlaid.outcomes
    )


def run(
    candidate: str,
    *,
    fail_on: Level | None,
    overlay_path: Path,
    package_dir: Path,
    code_root: Path,
) -> int:
    try:
        changes = candidate_report(
            candidate, overlay_path=overlay_path, package_dir=package_dir, code_root=code_root
        )
    except CandidateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(changes.to_markdown(), end="")
    if fail_on is not None and changes.reaches(fail_on):
        print(
            f"diff: {changes.highest.title.lower() if changes.highest is not None else ''} "
            f"changes reach --fail-on {fail_on.name.lower()}",
            file=sys.stderr,
        )
        return EXIT_FAIL_ON
    return EXIT_OK
