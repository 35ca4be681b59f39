"""``python -m custom_tables list | describe TABLE | freeze TABLE -o module.py``."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import TableNotFoundError
from .freeze import freeze_source
from .tables import CustomTables, Table

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
    freeze.add_argument("table", help="table name or id")
    freeze.add_argument("-o", "--output", type=Path, help="module file (default: stdout)")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    args = _parser().parse_args(argv)
    api_key = args.api_key or os.environ.get(API_KEY_ENV)
    if not api_key:
        print(f"error: no API key: pass --api-key or set ${API_KEY_ENV}", file=sys.stderr)
        return 2
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or None
    from final_pos_client.errors import FinalPOSError

    try:
        return asyncio.run(_run(args, api_key, base_url, out))
    except (TableNotFoundError, FinalPOSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


async def _run(args: argparse.Namespace, api_key: str, base_url: str | None, out: TextIO) -> int:
    from final_pos_client import FinalPOS

    async with FinalPOS(api_key=api_key, base_url=base_url) as pos:
        tables = CustomTables(pos)
        if args.command == "list":
            for table in await tables.tables():
                print(f"{table.name}\t{len(table.fields)} fields\t{table.id}", file=out)
            return 0
        table = await tables.table(args.table)
        if args.command == "describe":
            await _describe(table, out)
            return 0
        command = f"python -m custom_tables freeze {table.name}"
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
