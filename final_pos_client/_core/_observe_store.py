"""The recorder's SQLite file: counts per (operation, status, pointer, kind, detail), bounded.

Writers in several processes may share one file (WAL, busy timeout; each flush is one short
``BEGIN IMMEDIATE`` transaction). At most ``MAX_ROWS`` distinct keys are kept; counts of keys
beyond that go to one ``dropped`` row, so the file stays small however long a service runs.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

MAX_ROWS = 2000
TEXT_LIMIT = 160
BUSY_TIMEOUT_SECONDS = 10.0
SETUP_RETRY_SECONDS = 0.01

Key = tuple[str, str, str, str, str]  # operation, status, pointer, kind, detail

_SCHEMA = """
CREATE TABLE IF NOT EXISTS observations (
    operation TEXT NOT NULL,
    status TEXT NOT NULL,
    pointer TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    count INTEGER NOT NULL,
    sample TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (operation, status, pointer, kind, detail)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
_DROPPED: Key = ("*", "*", "", "dropped", "")


@dataclass
class Tally:
    """What the buffer holds for one key until the next flush."""

    count: int
    sample: str
    target: str


@dataclass(frozen=True)
class Observation:
    operation: str
    status: str
    pointer: str
    kind: str
    detail: str
    count: int
    sample: str
    target: str


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 3] + "..."


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)) as db:
        _prepare(db)
        yield db


def _prepare(db: sqlite3.Connection) -> None:
    """WAL mode and the schema. While another process creates the file or switches it to WAL,
    this can fail at once with "database is locked": SQLite does not wait on its busy handler
    there. It is tried again, within the same busy timeout."""
    give_up = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= give_up:
                raise
            time.sleep(SETUP_RETRY_SECONDS)


def write(path: Path, tallies: Mapping[Key, Tally], meta: Mapping[str, str]) -> None:
    """Add ``tallies`` to the file's counts (creating it if needed), in one transaction."""
    with _connect(path) as db:
        db.execute("BEGIN IMMEDIATE")
        try:
            rows = db.execute("SELECT count(*) FROM observations").fetchone()[0]
            dropped = 0
            for key, tally in tallies.items():
                clipped = tuple(_clip(part) for part in key)
                updated = db.execute(
                    "UPDATE observations SET count = count + ? WHERE operation = ? AND status = ?"
                    " AND pointer = ? AND kind = ? AND detail = ?",
                    (tally.count, *clipped),
                ).rowcount
                if updated:
                    continue
                if rows >= MAX_ROWS:
                    dropped += tally.count
                    continue
                db.execute(
                    "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*clipped, tally.count, _clip(tally.sample), tally.target),
                )
                rows += 1
            if dropped:
                db.execute(
                    "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, '', '')"
                    " ON CONFLICT DO UPDATE SET count = count + excluded.count",
                    (*_DROPPED, dropped),
                )
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def read(path: Path) -> tuple[list[Observation], dict[str, str]]:
    """Every stored observation (sorted) and the meta entries (description title/version)."""
    if not path.exists():
        raise FileNotFoundError(f"no observations file at {path}")
    with _connect(path) as db:
        rows = db.execute(
            "SELECT operation, status, pointer, kind, detail, count, sample, target"
            " FROM observations ORDER BY operation, status, pointer, kind, detail"
        ).fetchall()
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    return [Observation(*row) for row in rows], meta
