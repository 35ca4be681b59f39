"""``final-pos-tables`` (= ``python -m custom_tables``): list, describe, freeze, import, export."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from .client import CustomTables
from .errors import (
    ImportFileError,
    TableNotFoundError,
    UnexpectedResponseError,
    ValidationError,
)
from .freeze import find_frozen_rows, freeze_customers_source, freeze_source
from .import_command import ImportOptions, run_import
from .tables import Table
from .transfer import file_format, progress, write_rows

API_KEY_ENV = "FINAL_POS_API_KEY"
BASE_URL_ENV = "FINAL_POS_BASE_URL"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m custom_tables",
        description="Inspect a company's custom tables and freeze one into a typed module.",
    )
    parser.add_argument("--api-key", help=f"API key (default: ${API_KEY_ENV})")
    parser.add_argument("--base-url", help=f"API base URL (default: ${BASE_URL_ENV})")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="the tables: name, number of fields, id")
    describe = commands.add_parser("describe", help="a table's fields and its row count")
    describe.add_argument("table", help="table name or id")
    freeze = commands.add_parser("freeze", help="write a static typed attrs module for a table")
    freeze.add_argument("table", nargs="?", help="table name or id")
    freeze.add_argument("-o", "--output", type=Path, help="module file (default: stdout)")
    freeze.add_argument(
        "--customers",
        action="store_true",
        help="instead: a customer class with every table that references customers",
    )
    freeze.add_argument(
        "--sample",
        type=int,
        default=1000,
        help="with --customers: customers read to learn their keys (default 1000)",
    )
    load = commands.add_parser(
        "import",
        help="create (or, with --key or a rowId column, update) rows from a .csv or .jsonl file",
    )
    load.add_argument("table", help="table name or id")
    load.add_argument("file", type=Path, help="FILE.csv (header: field names) or FILE.jsonl")
    load.add_argument(
        "--key",
        metavar="FIELD[,FIELD]",
        help="update the row whose fields equal the file row's (create it if none); "
        "a re-run changes nothing",
    )
    load.add_argument(
        "--resume", action="store_true", help="with --key: skip rows whose key exists already"
    )
    load.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="without --key: import a file again although it was imported into the table before",
    )
    load.add_argument("--concurrency", type=_positive, default=8, help="rows in flight (default 8)")
    load.add_argument(
        "--max-errors", type=_positive, default=50, help="problems printed at most (default 50)"
    )
    dump = commands.add_parser("export", help="write every row to a .csv or .jsonl file")
    dump.add_argument("table", help="table name or id")
    dump.add_argument("-o", "--output", type=Path, help="FILE.csv or FILE.jsonl (default: stdout)")
    return parser


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return number


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    args = _parser().parse_args(argv)
    api_key = args.api_key or os.environ.get(API_KEY_ENV)
    if not api_key:
        print(f"error: no API key: pass --api-key or set ${API_KEY_ENV}", file=sys.stderr)
        return 2
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or None
    from final_pos_client.errors import FinalPOSError

    if args.command == "import" and args.resume and not args.key:
        print("error: --resume needs --key (the fields that say a row exists)", file=sys.stderr)
        return 2
    try:
        _check_paths(args)
        code = asyncio.run(_run(args, api_key, base_url, out))
        out.flush()  # a closed pipe shows here, not at exit
        return code
    except (
        TableNotFoundError,
        FinalPOSError,
        ValidationError,
        ImportFileError,
        UnexpectedResponseError,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        for note in getattr(error, "__notes__", ()):
            print(f"  {note}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`describe | head`): stop quietly, like other tools.
        _silence(out)
        return 1


def _check_paths(args: argparse.Namespace) -> None:
    """A file of an unknown kind, or a missing import file, fails before any request."""
    if args.command == "import":
        file_format(args.file)
        if not args.file.is_file():
            raise ImportFileError(args.file, "no such file")
    elif args.command == "export" and args.output is not None:
        file_format(args.output)


def _silence(out: TextIO) -> None:
    """Send what is left of ``out`` to /dev/null, so the flush at exit raises nothing."""
    try:
        fileno = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


async def _run(args: argparse.Namespace, api_key: str, base_url: str | None, out: TextIO) -> int:
    from final_pos_client import FinalPOS

    async with FinalPOS(api_key=api_key, base_url=base_url) as pos:
        tables = CustomTables(pos)
        if args.command == "list":
            for table in await tables.tables():
                print(f"{table.name}\t{len(table.fields)} fields\t{table.id}", file=out)
            return 0
        if args.command == "freeze" and args.customers:
            return await _freeze_customers(tables, args.sample, args.output, out)
        if args.table is None:
            print("error: name a table", file=sys.stderr)
            return 2
        table = await tables.table(args.table)
        if args.command == "describe":
            await _describe(table, out)
            return 0
        if args.command == "import":
            options = ImportOptions(
                args.file,
                key=args.key,
                resume=args.resume,
                allow_duplicates=args.allow_duplicates,
                concurrency=args.concurrency,
                max_errors=args.max_errors,
            )
            return await run_import(table, options, pos.base_url, out)
        if args.command == "export":
            return await _export(table, args.output, out)
        command = f"final-pos-tables freeze {table.name}"
        source = freeze_source(table.row_model, command=command)
        if args.output is None:
            out.write(source)
        else:
            args.output.write_text(source, encoding="utf-8")
            print(f"wrote {args.output} ({table.model.__name__})", file=out)
        return 0


async def _describe(table: Table[Any], out: TextIO) -> None:
    rows = 0
    async for _ in table.iterate():
        rows += 1
    print(f"table {table.name} (id {table.id}): {rows} rows", file=out)
    if table.description:
        print(table.description, file=out)
    header = ("field", "attribute", "type", "required", "default", "reference")
    lines = [header]
    for field, attribute in zip(table.fields, table.row_model.attributes, strict=True):
        reference = field.reference
        lines.append(
            (
                field.name,
                attribute,
                field.type if field.converter.known else f"{field.type} (unknown)",
                "yes" if field.required else "no",
                "" if not field.has_default else repr(field.default),
                "" if reference is None else f"{reference.collection}.{reference.field or '_id'}",
            )
        )
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    for line in lines:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip(),
            file=out,
        )


async def _export(table: Table[Any], path: Path | None, out: TextIO) -> int:
    form = "jsonl" if path is None else file_format(path)
    with progress(f"export {table.name}", None, sys.stderr) as advance:
        if path is None:
            count = await write_rows(table, out, form, advance)
        else:
            try:
                stream = path.open("w", encoding="utf-8", newline="")
            except OSError as error:
                raise ImportFileError(path, error.strerror or type(error).__name__) from None
            with stream:
                count = await write_rows(table, stream, form, advance)
    where = "" if path is None else f" to {path}"
    print(f"{table.name}: {count} rows exported{where}", file=sys.stderr if path is None else out)
    return 0


async def _freeze_customers(
    tables: CustomTables, sample: int, output: Path | None, out: TextIO
) -> int:
    linked = await tables.linked_tables()
    # Row classes already frozen next to the output are imported, not written twice.
    found = {} if output is None else find_frozen_rows(output.parent, skip=output)
    frozen = {table.name: found[table.name] for table in linked if table.name in found}
    source = freeze_customers_source(
        [table.row_model for table in linked],
        await tables.customer_model_info(sample=sample),
        command="final-pos-tables freeze --customers",
        frozen=frozen,
    )
    if output is None:
        out.write(source)
    else:
        output.write_text(source, encoding="utf-8")
        reused = "".join(f", {row.name} from {row.module}" for row in frozen.values())
        print(f"wrote {output} (CustomerWithTables{reused})", file=out)
    return 0
