"""The reading-state file is untrusted and shared: marked as pressreader's, its rows checked
when read, and a save under contention delayed, never lost."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from pressreader.store import reading
from pressreader.store.reading import Bookmark, Position, StateKey, StateStore

STATE_MARK = 0x50527374


def application_id(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "state.sqlite"


def key(article: str = "a", path: str = "/lib/a.yaml") -> StateKey:
    return StateKey(article, path)


def execute(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


# -- whose file it is ------------------------------------------------------------------------


def test_a_new_state_file_is_marked(db: Path) -> None:
    with StateStore(db) as store:
        assert store.persistent
    assert application_id(db) == STATE_MARK


def test_a_state_file_from_before_the_mark_keeps_its_rows_and_is_marked(db: Path) -> None:
    with StateStore(db) as store:
        store.add_bookmark(key(), Bookmark("s", 2, note="kept"))
    execute(db, "PRAGMA application_id = 0")
    with StateStore(db) as store:
        assert store.take_warnings() == []
        assert [b.note for b in store.all_bookmarks()] == ["kept"]
    assert application_id(db) == STATE_MARK


def test_another_programs_file_at_the_state_path_is_left_untouched(db: Path) -> None:
    db.parent.mkdir(parents=True)
    execute(
        db,
        "PRAGMA journal_mode = WAL",
        "PRAGMA application_id = 1234",
        "CREATE TABLE t (x)",
        "INSERT INTO t VALUES (1)",
    )
    before = db.read_bytes()
    with StateStore(db) as store:
        assert not store.persistent
        assert any("another program" in w for w in store.take_warnings())
        assert store.save_position(key(), Position("s", 1))  # kept in memory for the session
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["state.sqlite"]


# -- rows changed behind pressreader's back --------------------------------------------------

BAD_BOOKMARK_VALUES = [
    ("paragraph", "'x'"),
    ("paragraph", "-4"),
    ("paragraph", "1.5"),
    ("char_offset", "'x'"),
    ("section_id", "x'ff'"),  # not UTF-8
    ("section_id", "NULL"),
    ("created", "'yesterday'"),
    ("created", "1e300"),
    ("article_id", "x'c3'"),
    ("path", "x'80'"),
    ("note", "x'ff00'"),
    ("id", "'seven'"),
]


@pytest.mark.parametrize(("column", "value"), BAD_BOOKMARK_VALUES)
def test_a_damaged_bookmark_is_skipped_with_a_warning(db: Path, column: str, value: str) -> None:
    with StateStore(db) as store:
        store.add_bookmark(key(), Bookmark("s", 1, note="good"))
        bad = store.add_bookmark(key(), Bookmark("s", 2, note="bad"))
    # The schema's NOT NULL and INTEGER PRIMARY KEY are in the way of some values: a file
    # edited by hand need not keep them, so the table is rebuilt without them.
    execute(
        db,
        "CREATE TABLE loose AS SELECT * FROM bookmarks",
        "DROP TABLE bookmarks",
        "ALTER TABLE loose RENAME TO bookmarks",
        f"UPDATE bookmarks SET {column} = {value} WHERE id = {bad}",
    )
    with StateStore(db) as store:
        store.take_warnings()
        assert [b.note for b in store.all_bookmarks()] == ["good"]
        assert [b.note for b in store.bookmarks(key())] == ["good"]
        warnings = store.take_warnings()
        assert warnings and all("Skipped a damaged bookmark" in w for w in warnings)


@pytest.mark.parametrize(
    ("column", "value"),
    [("paragraph", "'x'"), ("paragraph", "-1"), ("char_offset", "'x'"), ("section_id", "x'ff'")],
)
def test_a_damaged_position_is_skipped_for_the_next_good_one(
    db: Path, column: str, value: str
) -> None:
    with StateStore(db) as store:
        store.save_position(key("a", "/old/a.yaml"), Position("s", 3))
        store.save_position(key("a", "/lib/a.yaml"), Position("s", 7))
    execute(db, f"UPDATE positions SET {column} = {value} WHERE path = '/lib/a.yaml'")
    with StateStore(db) as store:
        assert store.position(key("a", "/lib/a.yaml")) == Position("s", 3)
        assert any("damaged reading position" in w for w in store.take_warnings())


@pytest.mark.parametrize(
    ("column", "value"),
    [("document", "'x'"), ("document", "-1"), ("opened", "'now'"), ("title", "x'ff'")],
)
def test_a_damaged_recent_entry_is_skipped(db: Path, column: str, value: str) -> None:
    with StateStore(db) as store:
        store.record_open(key("a"), "Good")
        store.record_open(key("b", "/lib/b.yaml"), "Bad")
    execute(db, f"UPDATE recent SET {column} = {value} WHERE article_id = 'b'")
    with StateStore(db) as store:
        assert [e.title for e in store.recent()] == ["Good"]
        assert any("damaged recently opened" in w for w in store.take_warnings())


# -- contention delays a save, never loses it ------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's busy timeout at 200 ms instead of 2 s, so a lock held longer than it (as
    the tests below need) is held for a second or two, not for many."""
    monkeypatch.setattr(reading, "BUSY_TIMEOUT_MS", 200)


def _hold_lock(db: Path, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another connection holds the write lock for `seconds` (longer than the busy timeout
    of `short_busy_timeout`), from a thread; the event is set once it holds it."""
    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        threading.Event().wait(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(10)
    return thread, held


def test_a_save_waits_out_a_lock_longer_than_the_busy_timeout(
    db: Path, short_busy_timeout: None
) -> None:
    with StateStore(db) as store:
        thread, _ = _hold_lock(db, 1.5)
        try:
            assert store.save_position(key(), Position("s", 5))
            assert store.add_bookmark(key(), Bookmark("s", 1, note="n")) is not None
        finally:
            thread.join()
        assert store.take_warnings() == []
    with StateStore(db) as store:
        assert store.position(key()) == Position("s", 5)
        assert [b.note for b in store.all_bookmarks()] == ["n"]


def test_a_save_that_outwaits_its_patience_stays_pending_and_is_written_next(
    db: Path, short_busy_timeout: None
) -> None:
    with StateStore(db) as store:
        store.write_patience = 0.5
        thread, _ = _hold_lock(db, 1.5)
        try:
            assert store.add_bookmark(key(), Bookmark("s", 1, note="first")) is None
        finally:
            thread.join()
        warnings = store.take_warnings()
        assert len(warnings) == 1 and "will be saved with the next change" in warnings[0]
        assert store.pending == 1
        assert store.save_position(key(), Position("s", 9))
        assert store.pending == 0 and store.take_warnings() == []
    with StateStore(db) as store:
        assert [b.note for b in store.all_bookmarks()] == ["first"]
        assert store.position(key()) == Position("s", 9)


def test_a_pending_change_is_written_when_the_store_closes(
    db: Path, short_busy_timeout: None
) -> None:
    store = StateStore(db)
    store.write_patience = 0.5
    thread, _ = _hold_lock(db, 1.5)
    try:
        assert not store.save_position(key(), Position("s", 4))
    finally:
        thread.join()
    assert store.pending == 1
    store.close()
    with StateStore(db) as reopened:
        assert reopened.position(key()) == Position("s", 4)


def test_while_changes_are_pending_a_new_save_is_tried_once_then_queued(
    db: Path, short_busy_timeout: None
) -> None:
    """The reader saves from its UI thread: once a save has used its patience, the next
    ones do not wait that long again while the file stays locked; none is lost."""
    with StateStore(db) as store:
        store.write_patience = 0.5
        thread, _ = _hold_lock(db, 4.0)
        try:
            assert not store.save_position(key(), Position("s", 1))
            store.write_patience = 3600.0  # a second save must not use it
            assert not store.save_position(key(), Position("s", 2))
            assert store.pending == 2
        finally:
            thread.join()
        assert store.add_bookmark(key(), Bookmark("s", 3, note="after")) is not None
        assert store.pending == 0
    with StateStore(db) as store:
        assert store.position(key()) == Position("s", 2)
        assert [b.note for b in store.all_bookmarks()] == ["after"]


def test_closing_waits_the_full_patience_even_when_saves_may_not(
    db: Path, short_busy_timeout: None
) -> None:
    """The reader sets a short patience for saves from its UI thread; closing still waits
    out a long lock, so what was pending reaches the file."""
    store = StateStore(db)
    store.write_patience = 0.0
    thread, _ = _hold_lock(db, 1.5)
    try:
        assert not store.save_position(key(), Position("s", 6))
        assert store.pending == 1
        store.close()  # the lock is still held here: close waits for it
    finally:
        thread.join()
    with StateStore(db) as reopened:
        assert reopened.position(key()) == Position("s", 6)
