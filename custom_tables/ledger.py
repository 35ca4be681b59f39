"""The import ledger: which files (by content) were imported into which table, kept locally.

``final-pos-tables import`` without ``--key`` creates every row of the file, so running it
twice would double the table. The ledger remembers each import: the SHA-256 of the file's
bytes, the API's base URL (without credentials) and the table id, once when it starts and once
with its counts when it ends. A file with the same content (under any name or path) for the
same table is refused when its last import created rows, or never ended (killed, interrupted:
some rows may exist), unless ``--allow-duplicates``.

It lives in ``$FINAL_POS_TABLES_STATE_DIR``, else ``$XDG_STATE_HOME/final-pos-tables``, else
``~/.local/state/final-pos-tables``, as ``imports.jsonl`` (one JSON object per import). It is
per user and machine: an import run elsewhere is not in it.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import attrs

STATE_DIR_ENV = "FINAL_POS_TABLES_STATE_DIR"
LEDGER_FILE = "imports.jsonl"


def ledger_path() -> Path:
    """Where the ledger is kept (see the module docstring)."""
    chosen = os.environ.get(STATE_DIR_ENV)
    if chosen:
        return Path(chosen) / LEDGER_FILE
    state_home = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state_home) / "final-pos-tables" / LEDGER_FILE


def server_name(base_url: str) -> str:
    """The base URL without user name, password, query or fragment."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


@attrs.frozen
class LedgerEntry:
    at: str
    server: str
    table_id: str
    table: str
    file: str
    sha256: str
    counts: dict[str, int] | None  # None: started, not (yet) ended

    @property
    def may_have_created(self) -> bool:
        return self.counts is None or self.counts.get("created", 0) > 0

    def describe(self) -> str:
        if self.counts is None:
            return (
                f"an import of {self.file} into {self.table} started at {self.at} and never "
                "ended: some of its rows may exist"
            )
        counted = ", ".join(f"{number} {action}" for action, number in self.counts.items())
        return f"{self.file} was imported into {self.table} at {self.at} ({counted})"


class ImportLedger:
    def __init__(self, path: Path | None = None) -> None:
        self.path = ledger_path() if path is None else path

    def find(self, server: str, table_id: str, sha256: str) -> LedgerEntry | None:
        """The last record of that content and table, if any."""
        found = None
        for entry in self._entries():
            if (entry.server, entry.table_id, entry.sha256) == (server, table_id, sha256):
                found = entry
        return found

    def record(
        self,
        server: str,
        table_id: str,
        table: str,
        file: Path,
        sha256: str,
        counts: Mapping[str, int] | None,
    ) -> None:
        """Note an import starting (``counts`` None) or ending with ``counts``."""
        at = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        counted = None if counts is None else dict(counts)
        entry = LedgerEntry(at, server, table_id, table, str(file), sha256, counted)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(attrs.asdict(entry), ensure_ascii=False) + "\n")

    def _entries(self) -> list[LedgerEntry]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries = []
        for line in lines:
            try:
                entries.append(LedgerEntry(**json.loads(line)))
            except (ValueError, TypeError):
                continue  # a line cut short by a crash: the others still count
        return entries
