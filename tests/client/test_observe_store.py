"""The recorder's SQLite file (shared by processes, bounded); message templates hold no value."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from final_pos_client._core import _observe_store as store
from final_pos_client._core._observe import message_template

KEY = ("GET /v1/api/products", "200", "", "seen", "application/json")
FLUSHES = 25


def _writer(path: str) -> None:
    for _ in range(FLUSHES):
        store.write(Path(path), {KEY: store.Tally(1, "", "")}, {"title": "t"})


def test_processes_sharing_one_file_lose_no_count(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with ProcessPoolExecutor(max_workers=4) as pool:
        list(pool.map(_writer, [str(path)] * 4))
    observations, meta = store.read(path)
    assert [(o.kind, o.count) for o in observations] == [("seen", 4 * FLUSHES)]
    assert meta == {"title": "t"}


def _first_writes(path: str) -> None:
    for _ in range(3):
        store.write(Path(path), {KEY: store.Tally(1, "", "")}, {"title": "t"})


def test_processes_creating_a_file_together_all_write(tmp_path: Path) -> None:
    """Eight processes whose first write creates the same file, on fresh files in turn: while
    one switches a new file to WAL, SQLite may say "locked" to the others without waiting."""
    with ProcessPoolExecutor(max_workers=8) as pool:
        for attempt in range(12):
            path = tmp_path / f"new-{attempt}.sqlite"
            list(pool.map(_first_writes, [str(path)] * 8))
            observations, _ = store.read(path)
            assert [(o.kind, o.count) for o in observations] == [("seen", 8 * 3)]


def test_keys_beyond_the_bound_are_counted_in_one_dropped_row(tmp_path: Path) -> None:
    path = tmp_path / "bounded.sqlite"
    tallies = {
        ("GET /x", "200", f"/k{n}", "unknown_key", "string"): store.Tally(2, "string", "")
        for n in range(store.MAX_ROWS + 50)
    }
    store.write(path, tallies, {})
    store.write(path, tallies, {})  # known keys still count up; new ones still drop
    observations, _ = store.read(path)
    dropped = [o for o in observations if o.kind == "dropped"]
    assert len(observations) == store.MAX_ROWS + 1
    assert dropped[0].count == 2 * 50 * 2
    assert sum(o.count for o in observations) == 2 * 2 * len(tallies)


def test_message_templates_keep_framework_words_and_field_names_only() -> None:
    known = frozenset({"customerId", "email"})
    assert message_template("email must be an email", known) == "email must be an email"
    assert message_template("customerId must be a mongodb id", known) == (
        "customerId must be a mongodb id"
    )
    assert message_template("Product 6b09 with sku 'TEA-1' not found", known) == (
        "<v> with <v> not found"
    )
    assert message_template("points must not be less than 10", known) == (
        "<v> must not be less than <v>"
    )
