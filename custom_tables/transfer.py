"""Bulk import and export of a table's rows: CSV or JSON Lines files, with progress.

CSV cells are read and written with each field type's ``from_text``/``to_text`` (the type map);
JSON Lines hold one ``{field name: value}`` object per line; a string is read like a CSV
cell (a json-string field's JSON text, as export writes it). Export adds the row id as
``rowId`` (as ``_id`` if a field is named ``rowId``; left out if fields have both names).
A progress bar (rich) is drawn only when the stream is a terminal.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from .errors import ImportFileError
from .results import CreateResult
from .rows import ROW_ID_KEYS
from .tables import Table

# Called with the number of rows done so far.
Advance = Callable[[int], None]


def id_column(table: Table[Any]) -> str | None:
    """The column holding the row id: the first row id key that is no field's name."""
    names = {field.name for field in table.fields}
    return next((key for key in ROW_ID_KEYS if key not in names), None)


def file_format(path: Path | None) -> str:
    return "csv" if path is not None and path.suffix.lower() == ".csv" else "jsonl"


def read_rows(path: Path, table: Table[Any]) -> list[dict[str, Any]]:
    """The rows of a CSV (header: field names) or JSON Lines file; empty cells are left out."""
    with path.open(encoding="utf-8", newline="") as stream:
        if file_format(path) == "csv":
            return list(_csv_rows(path, stream, table))
        return list(_jsonl_rows(path, stream, table))


def _csv_rows(path: Path, stream: TextIO, table: Table[Any]) -> Iterator[dict[str, Any]]:
    types = {field.name: field.converter for field in table.fields}
    skipped = id_column(table)
    for number, cells in enumerate(csv.DictReader(stream), start=2):
        if None in cells:
            raise ImportFileError(path, number, "more cells than the header has columns")
        row: dict[str, Any] = {}
        for name, text in cells.items():
            if text == "" or name == skipped:
                continue
            converter = types.get(name)
            row[name] = text if converter is None else converter.from_text(text)
        yield row


def _jsonl_rows(path: Path, stream: TextIO, table: Table[Any]) -> Iterator[dict[str, Any]]:
    types = {field.name: field.converter for field in table.fields}
    skipped = id_column(table)
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            raise ImportFileError(path, number, f"not JSON ({error})") from None
        if not isinstance(row, dict):
            raise ImportFileError(path, number, "not a JSON object")
        if skipped is not None:
            row.pop(skipped, None)
        for name, value in row.items():
            converter = types.get(name)
            if converter is not None and isinstance(value, str):
                row[name] = converter.from_text(value)  # wire text, as export writes it
        yield row


async def export_rows(table: Table[Any], stream: IO[str], form: str, advance: Advance) -> int:
    """Write every row of ``table`` to ``stream``; returns the number of rows."""
    names = [field.name for field in table.fields]
    types = {field.name: field.converter for field in table.fields}
    row_id = id_column(table)
    columns = names if row_id is None else [row_id, *names]
    writer = csv.DictWriter(stream, columns) if form == "csv" else None
    if writer is not None:
        writer.writeheader()
    count = 0
    async for row in table.iterate(page_size=100):
        values = table.to_wire(row)
        if row_id is not None:
            values = {row_id: row.id, **values}
        if writer is not None:
            writer.writerow({key: _cell(types.get(key), value) for key, value in values.items()})
        else:
            stream.write(json.dumps(values, ensure_ascii=False) + "\n")
        count += 1
        advance(count)
    return count


def _cell(converter: Any, value: Any) -> str:
    return str(value) if converter is None else str(converter.to_text(value))


def summary(table: str, results: list[CreateResult[Any]]) -> tuple[str, list[str]]:
    """The one-line summary and one line per failed row (1-based row numbers of the file)."""
    failed = [result for result in results if not result.ok]
    lines = [
        f"row {result.index + 1}: {type(result.error).__name__}: {result.error}"
        + "".join(f" ({note})" for note in getattr(result.error, "__notes__", ()))
        for result in failed
    ]
    created = len(results) - len(failed)
    return f"{table}: {created} rows created, {len(failed)} failed", lines


@contextlib.contextmanager
def progress(description: str, total: int | None, stream: TextIO) -> Iterator[Advance]:
    """An ``advance(done)`` callback drawing a bar on a terminal; silent otherwise."""
    if not stream.isatty():
        yield lambda done: None
        return
    try:
        from rich.console import Console
        from rich.progress import Progress
    except ImportError:  # the `cli` extra is not installed: no bar
        yield lambda done: None
        return
    with Progress(console=Console(file=stream), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda done: bar.update(task, completed=done)
