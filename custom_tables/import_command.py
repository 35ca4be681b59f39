"""``final-pos-tables import``: a file checked whole, matched, then written; a line per problem.

Every problem of the file is printed with its line (1-based, the CSV header is line 1) and
column, up to ``--max-errors``, before anything is written; server failures name lines too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import attrs

from .errors import ImportRowsError, RowProblem
from .importing import ACTIONS, ImportReport, ImportResult, check_rows, parse_key
from .ledger import ImportLedger, server_name
from .tables import Table
from .transfer import LineProblem, SourceFile, progress, read_source


@attrs.frozen
class ImportOptions:
    path: Path
    key: str | None = None
    resume: bool = False
    allow_duplicates: bool = False
    concurrency: int = 8
    max_errors: int = 50


async def run_import(table: Table[Any], options: ImportOptions, base_url: str, out: TextIO) -> int:
    """The exit status: 0 when every row was written or skipped, 1 otherwise."""
    path = options.path
    key = parse_key(options.key)
    source = read_source(path, table)
    problems = _problems(table, source, key)
    if problems:
        return _refuse(path, problems, options.max_errors)
    ledger = ImportLedger()
    server = server_name(base_url)
    previous = ledger.find(server, table.id, source.fingerprint)
    blind = not key and not options.allow_duplicates  # nothing says which rows exist
    if previous is not None and previous.may_have_created and blind:
        return _already_imported(previous.describe(), source)

    def note(counts: dict[str, int] | None) -> None:
        ledger.record(server, table.id, table.name, path, source.fingerprint, counts)

    note(None)  # if this run never ends, some rows may exist: a blind re-run is refused
    nothing: dict[str, int] = {action: 0 for action in ACTIONS}
    done = 0
    with progress(f"import {table.name}", len(source.rows), sys.stderr) as advance:

        def count(_: ImportResult[Any]) -> None:
            nonlocal done
            done += 1
            advance(done)

        try:
            report = await table.import_rows(
                source.rows,
                key=key or None,
                resume=options.resume,
                concurrency=options.concurrency,
                on_result=count,
            )
        except ImportRowsError as error:
            note(nothing)
            return _refuse(path, _at_lines(source, error.problems), options.max_errors)
        except Exception:
            note(nothing)  # only the checks and reads before the first write raise
            raise
    counts: dict[str, int] = {action: report.count(action) for action in ACTIONS}
    note(counts)
    return _summary(table, source, report, out)


def _problems(table: Table[Any], source: SourceFile, key: tuple[str, ...]) -> list[LineProblem]:
    """The file's problems and those of its rows, by line (a cell that could not be read is
    not reported again as missing)."""
    problems = list(source.problems)
    try:
        check_rows(table, table.row_model, source.rows, key)
    except ImportRowsError as error:
        seen = {(problem.line, problem.column) for problem in problems}
        problems += [p for p in _at_lines(source, error.problems) if (p.line, p.column) not in seen]
    return sorted(problems, key=lambda problem: problem.line)


def _at_lines(source: SourceFile, problems: list[RowProblem]) -> list[LineProblem]:
    lines = source.lines
    return [
        LineProblem(
            lines[p.index],
            p.field,
            p.problem if p.same_as is None else f"{p.problem} (line {lines[p.same_as]})",
        )
        for p in problems
    ]


def _refuse(path: Path, problems: list[LineProblem], limit: int) -> int:
    for problem in problems[:limit]:
        print(f"{path}: {problem}", file=sys.stderr)
    if len(problems) > limit:
        print(f"{path}: ... and {len(problems) - limit} more problems", file=sys.stderr)
    rows = len({problem.line for problem in problems})
    print(
        f"error: {path}: {_count(len(problems), 'problem')} on {_count(rows, 'line')}; "
        "nothing was sent",
        file=sys.stderr,
    )
    return 1


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _already_imported(previous: str, source: SourceFile) -> int:
    print(
        f"error: {previous}; importing the same file again would create its "
        f"{len(source.rows)} rows again.\n"
        f"  To update rows instead, name the fields that identify a row: --key FIELD[,FIELD] "
        f"(and --resume to only add the missing ones).\n"
        f"  To create them again anyway: --allow-duplicates.",
        file=sys.stderr,
    )
    return 1


def _summary(table: Table[Any], source: SourceFile, report: ImportReport[Any], out: TextIO) -> int:
    print(f"{table.name}: {report.summary()}", file=out)
    for result in report.failed:
        error = result.error
        notes = "".join(f" ({note})" for note in getattr(error, "__notes__", ()))
        line = source.lines[result.index]
        print(f"  line {line}: {type(error).__name__}: {error}{notes}", file=out)
    return 1 if report.failed else 0
