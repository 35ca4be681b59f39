"""Import and export files: CSV or JSON Lines, read whole with every bad line found, and written.

CSV cells are read and written with each field type's ``from_text``/``to_text`` (the type map);
JSON Lines hold one ``{field name: value}`` object per line; a string is read like a CSV
cell (a json-string field's JSON text, as export writes it). Export adds the row id as
``rowId`` (as ``_id`` if a field is named ``rowId``; left out if fields have both names); an
import reads that column back as the id of the row to update.
A progress bar (rich) is drawn only when the stream is a terminal.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import attrs

from .errors import ImportFileError, WrongValue
from .fields import FieldType, read_json
from .importing import row_id_key
from .structure import FieldInfo

if TYPE_CHECKING:
    from .tables import Table

# Called with the number of rows done so far.
Advance = Callable[[int], None]

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


@attrs.frozen
class LineProblem:
    """A bad cell or line of an import file; ``line`` is 1-based, the CSV header is line 1."""

    line: int
    column: str | None
    problem: str

    def __str__(self) -> str:
        where = "" if self.column is None else f"column {self.column}: "
        return f"line {self.line}: {where}{self.problem}"


@attrs.frozen
class SourceFile:
    """The rows of an import file, the line each starts on, and the lines that could not be read.

    ``fingerprint`` is the SHA-256 of the file's bytes (what "the same file" means).
    """

    rows: list[dict[str, Any]]
    lines: list[int]
    problems: list[LineProblem]
    fingerprint: str


def file_format(path: Path) -> str:
    """``csv`` or ``jsonl`` from the file name; :class:`ImportFileError` for anything else."""
    form = FORMATS.get(path.suffix.lower())
    if form is None:
        known = ", ".join(FORMATS)
        kind = f"file type {path.suffix!r}" if path.suffix else "a file without a type"
        raise ImportFileError(path, f"unknown {kind}; known: {known}")
    return form


def read_source(path: Path, table: Table[Any]) -> SourceFile:
    """Every row of a CSV (header: field names) or JSON Lines file; empty cells are left out."""
    form = file_format(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(path, "no such file") from None
    except OSError as error:
        raise ImportFileError(path, error.strerror or type(error).__name__) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(path, f"not UTF-8 text (byte {error.start})") from None
    reader = _Reader(table)
    stream = io.StringIO(text, newline="")
    if form == "csv":
        reader.read_csv(stream)
    else:
        reader.read_jsonl(stream)
    fingerprint = hashlib.sha256(data).hexdigest()
    return SourceFile(reader.rows, reader.lines, reader.problems, fingerprint)


class _Reader:
    def __init__(self, table: Table[Any]) -> None:
        self.fields = {field.name: field for field in table.fields}
        self.id_key = row_id_key(table)
        self.rows: list[dict[str, Any]] = []
        self.lines: list[int] = []
        self.problems: list[LineProblem] = []

    def read_csv(self, stream: TextIO) -> None:
        records = csv.reader(stream)
        header = next(records, None)
        if header is None:
            return
        unknown = [name for name in header if name not in self.fields and name != self.id_key]
        for name in unknown:
            self.problems.append(LineProblem(1, name, self._unknown(name)))
        width = len(header)
        start = records.line_num + 1
        for cells in records:
            line, start = start, records.line_num + 1
            if not cells:
                continue  # a blank line
            if len(cells) > width:
                self.problems.append(
                    LineProblem(line, None, f"{len(cells)} cells, the header has {width} columns")
                )
                continue
            row: dict[str, Any] = {}
            for name, text in zip(header, cells, strict=False):
                if text == "" or name in unknown:
                    continue
                if name == self.id_key:
                    row[name] = text
                    continue
                value = self._cell(line, name, text)
                if value is not _BAD:
                    row[name] = value
            self._add(line, row)

    def read_jsonl(self, stream: TextIO) -> None:
        for line, text in enumerate(stream, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except (ValueError, RecursionError) as error:
                self.problems.append(LineProblem(line, None, f"not JSON ({error})"))
                continue
            if not isinstance(row, dict):
                self.problems.append(LineProblem(line, None, "not a JSON object"))
                continue
            for name, value in list(row.items()):
                if name == self.id_key:
                    continue
                if name not in self.fields:
                    self.problems.append(LineProblem(line, name, self._unknown(name)))
                    del row[name]
                elif isinstance(value, str):  # wire text, as export writes it
                    read = self._cell(line, name, value)
                    if read is _BAD:
                        del row[name]
                    else:
                        row[name] = read
            self._add(line, row)

    def _add(self, line: int, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.lines.append(line)

    def _cell(self, line: int, name: str, text: str) -> Any:
        field = self.fields[name]
        try:
            return cell_value(field, text)
        except WrongValue as problem:
            self.problems.append(LineProblem(line, name, str(problem)))
            return _BAD

    def _unknown(self, name: str) -> str:
        known = ", ".join(self.fields) or "none"
        return f"unknown column {name!r}; the table's fields are {known}"


_BAD = object()


def cell_value(field: FieldInfo, text: str) -> Any:
    """The value of a cell's text; a json-string cell must hold valid JSON."""
    converter: FieldType = field.converter
    if converter.read is not read_json:
        return converter.from_text(text)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise WrongValue(f"not valid JSON for a json-string field ({error})") from None


def export_records(table: Table[Any], row: Any) -> dict[str, Any]:
    """The wire record of a row for an export file: the id column first, then each field."""
    values = table.to_wire(row)
    key = row_id_key(table)
    return values if key is None else {key: row.id, **values}


async def write_rows(table: Table[Any], stream: IO[str], form: str, advance: Advance) -> int:
    """Write every row of ``table`` to ``stream``; returns the number of rows."""
    names = [field.name for field in table.fields]
    types = {field.name: field.converter for field in table.fields}
    key = row_id_key(table)
    columns = names if key is None else [key, *names]
    writer = csv.DictWriter(stream, columns) if form == "csv" else None
    if writer is not None:
        writer.writeheader()
    count = 0
    async for row in table.iterate(page_size=100):
        values = export_records(table, row)
        if writer is not None:
            writer.writerow({name: _cell(types.get(name), value) for name, value in values.items()})
        else:
            stream.write(json.dumps(values, ensure_ascii=False) + "\n")
        count += 1
        advance(count)
    return count


def _cell(converter: FieldType | None, value: Any) -> str:
    return str(value) if converter is None else str(converter.to_text(value))


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
