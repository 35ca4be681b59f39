"""``python -m codegen regenerate|diff|bump|assemble|observed``: see CONTRIBUTING.md "Regenerating
and API bumps" and "Pointing at the real API: the shape recorder"."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from . import assemble, bump, diff, observed, pipeline, source
from .changes import Level
from .generate import CODEGEN_DIR

REPO_ROOT = CODEGEN_DIR.parent


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    regen = commands.add_parser(
        "regenerate", help="regenerate final_pos_client/ from the description"
    )
    regen.add_argument(
        "--from",
        dest="source",
        metavar="PATH|URL",
        help=(
            "read the description from PATH or download it from URL; when every stage succeeds "
            "its bytes (untouched) replace --spec together with the package; online, try "
            f"{source.VENDOR_DESCRIPTION_URL} (unconfirmed)"
        ),
    )
    regen.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder; fail on any difference, write nothing",
    )
    regen.add_argument(
        "--spec",
        type=Path,
        default=REPO_ROOT / "openapi.yaml",
        help="description file (default: openapi.yaml)",
    )
    regen.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "final_pos_client",
        help="generated package folder",
    )
    regen.add_argument(
        "--report",
        type=Path,
        default=REPO_ROOT / "API_CHANGES.md",
        help="change report file (written when the description changed or came from --from)",
    )
    regen.add_argument(
        "--overlay",
        type=Path,
        default=CODEGEN_DIR / "overlay.yaml",
        help="OpenAPI Overlay 1.0 file",
    )

    regen.add_argument(
        "--project-root",
        type=Path,
        default=REPO_ROOT,
        help="folder with pyproject.toml, README.md, CHANGELOG.md (the version files)",
    )

    compare = commands.add_parser(
        "diff", help="print the change report for a candidate description; write nothing"
    )
    compare.add_argument("candidate", metavar="PATH|URL")
    compare.add_argument(
        "--fail-on",
        choices=("breaking", "warn"),
        help="exit 1 when a change at or above this level is present",
    )
    compare.add_argument("--output", type=Path, default=REPO_ROOT / "final_pos_client")
    compare.add_argument("--overlay", type=Path, default=CODEGEN_DIR / "overlay.yaml")

    follow = commands.add_parser(
        "bump",
        help="diff, regenerate --from, test and commit on a new branch api/<version>",
        description=bump.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    follow.add_argument("candidate", metavar="PATH|URL")
    follow.add_argument(
        "--test-command",
        default=bump.DEFAULT_TEST_COMMAND,
        help=f"run in the work tree after regenerating (default: {bump.DEFAULT_TEST_COMMAND})",
    )
    follow.add_argument(
        "--repo", type=Path, default=REPO_ROOT, help="the git work tree to bump (default: here)"
    )

    asm = commands.add_parser("assemble", help="build openapi.yaml from the reference fragments")
    asm.add_argument("--fragments", type=Path, default=REPO_ROOT.parent / "shared" / "finalpos-api")
    asm.add_argument("--output", type=Path, default=REPO_ROOT / "openapi.yaml")
    seen = commands.add_parser(
        "observed", help="report what FinalPOS(observe=PATH) recorded; propose an overlay"
    )
    seen.add_argument(
        "paths",
        type=Path,
        nargs="+",
        metavar="PATH",
        help="the recorder's SQLite file(s); several (one per process or machine) are merged",
    )
    seen.add_argument(
        "--overlay", type=Path, metavar="OUT.yaml", help="write proposed Overlay 1.0 actions"
    )
    seen.add_argument(
        "--spec",
        type=Path,
        default=REPO_ROOT / "final_pos_client" / "_openapi.json",
        help="the patched description the answers were recorded against",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "assemble":
        args.output.write_text(assemble.dump(assemble.assemble(args.fragments)), encoding="utf-8")
        print(f"[assemble] wrote {args.output}")
        return 0
    if args.command == "diff":
        return diff.run(
            args.candidate,
            fail_on=Level.parse(args.fail_on) if args.fail_on else None,
            overlay_path=args.overlay,
            package_dir=args.output,
            code_root=REPO_ROOT,
        )
    if args.command == "bump":
        return bump.run(bump.Options(args.candidate, args.repo, shlex.split(args.test_command)))
    if args.command == "observed":
        try:
            print(observed.run(args.paths, args.spec, args.overlay), end="")
        except (FileNotFoundError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    options = pipeline.Options(
        source=args.source,
        spec_path=args.spec,
        output_dir=args.output,
        report_path=args.report,
        overlay_path=args.overlay,
        check=args.check,
        project_root=args.project_root,
    )
    try:
        return pipeline.regenerate(options)
    except pipeline.ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
