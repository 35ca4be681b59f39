"""Command line: ``python -m final_pos_fake --port 8000 --api-key K --fault "..."``."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from .app import create_app
from .testing.server import LOOPBACK, uvicorn_config


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m final_pos_fake",
        description="Serve a stateful fake of the Final POS API on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accepted x-api-key value (repeatable; default: test-key)",
    )
    parser.add_argument(
        "--seed",
        metavar="FILE",
        help='JSON {"customTables": [...], "records": {...}} instead of the bundled tables',
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help='e.g. "POST /v1/api/product status=503 times=2 retry-after=1", '
        '"GET /v1/api/products/* latency=0.5", "* /v1/api/* drop=before|after", '
        '"GET /v1/api/customers truncate" (repeatable)',
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="accept what the description only implies is wrong (formats, references, "
        "unknown list filters); strict by default",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        app = create_app(
            api_keys=args.api_keys or ["test-key"], seed=args.seed, lenient=args.lenient
        )
    except (OSError, ValueError, KeyError) as exc:
        raise SystemExit(f"--seed {args.seed}: {exc}") from None
    for text in args.fault:
        try:
            app.faults.add_from_text(text)
        except ValueError as exc:
            raise SystemExit(f"--fault {text!r}: {exc}") from None
    config = uvicorn_config(app, log_level=args.log_level)
    config.host, config.port = LOOPBACK, args.port
    print(
        f"Final POS fake on http://{LOOPBACK}:{args.port} "
        f"({len(app.routes)} operations, {len(app.faults)} fault(s)); Ctrl+C stops it",
        flush=True,
    )
    uvicorn.Server(config).run()
