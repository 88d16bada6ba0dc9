"""The reading-state store: positions, bookmarks, recent articles, and surviving anything."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pressreader.model import Article, Section
from pressreader.store.reading import (
    SCHEMA_VERSION,
    Bookmark,
    Position,
    StateKey,
    StateStore,
)
from pressreader.text.sanitize import escape_controls
from tests.core.state_workers import WRITES_PER_PROCESS, burn, open_and_save, write_many


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "state.sqlite"


@pytest.fixture
def store(db: Path) -> StateStore:
    s = StateStore(db)
    assert s.persistent and s.warnings == []
    return s


def key(article: str = "a", path: str = "/lib/a.yaml") -> StateKey:
    return StateKey(article, path)


def corrupt_copies(db: Path) -> list[Path]:
    copies = db.parent.glob(db.name + ".corrupt-*")
    return sorted(c for c in copies if not c.name.endswith(("-wal", "-shm", "-journal")))


def assert_fresh_store_works(db: Path) -> None:
    """A store on `db` saves and, reopened, still has what it saved."""
    with StateStore(db) as s:
        assert s.persistent
        assert s.save_position(key("fresh"), Position("s", 4, 2))
        assert s.add_bookmark(key("fresh"), Bookmark("s", 1, note="n")) is not None
    with StateStore(db) as s:
        assert s.take_warnings() == []
        assert s.position(key("fresh")) == Position("s", 4, 2)
        assert [b.note for b in s.bookmarks(key("fresh"))] == ["n"]


# -- positions ------------------------------------------------------------------------------


def test_position_round_trip_survives_reopening(db: Path) -> None:
    with StateStore(db) as s:
        assert s.position(key()) is None
        assert s.save_position(key(), Position("intro", 3, 17))
        assert s.position(key()) == Position("intro", 3, 17)
        assert s.save_position(key(), Position("body", 0))
    with StateStore(db) as s:
        assert s.position(key()) == Position("body", 0, None)


def test_positions_are_kept_per_article_and_per_file(store: StateStore) -> None:
    store.save_position(key("a", "/lib/one.yaml"), Position("s1", 1))
    store.save_position(key("b", "/lib/one.yaml"), Position("s2", 2))
    store.save_position(key("a", "/lib/two.yaml"), Position("s3", 3))
    assert store.position(key("a", "/lib/one.yaml")) == Position("s1", 1)
    assert store.position(key("b", "/lib/one.yaml")) == Position("s2", 2)
    assert store.position(key("a", "/lib/two.yaml")) == Position("s3", 3)
    assert store.position(key("c", "/lib/one.yaml")) is None


def test_a_moved_file_opens_at_the_articles_latest_position(store: StateStore) -> None:
    store.save_position(key("a", "/lib/old.yaml"), Position("s1", 1))
    time.sleep(0.01)
    store.save_position(key("a", "/lib/older.yaml"), Position("s2", 5))
    # No record under the new path: the latest one of the same article id is used.
    assert store.position(key("a", "/lib/new.yaml")) == Position("s2", 5)
    # An exact record wins over a more recent one elsewhere.
    store.save_position(key("a", "/lib/new.yaml"), Position("s3", 0))
    time.sleep(0.01)
    store.save_position(key("a", "/lib/older.yaml"), Position("s2", 6))
    assert store.position(key("a", "/lib/new.yaml")) == Position("s3", 0)


def test_state_key_resolves_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib").mkdir()
    os.symlink(tmp_path / "lib", tmp_path / "link")
    assert StateKey.of("a", "link/../lib/x.yaml") == StateKey("a", str(tmp_path / "lib/x.yaml"))
    assert StateKey.of("a", "link/x.yaml").path == str((tmp_path / "lib/x.yaml").resolve())
    article = Article(id="a", title="t", sections=[], path=Path("lib/x.yaml"))
    assert StateKey.for_article(article) == StateKey.of("a", tmp_path / "lib/x.yaml")
    with pytest.raises(ValueError):
        StateKey.for_article(Article(id="a", title="t", sections=[]))


def test_negative_positions_are_refused() -> None:
    with pytest.raises(ValueError):
        Position("s", -1)
    with pytest.raises(ValueError):
        Position("s", 0, -3)


def test_position_within_a_changed_article() -> None:
    article = Article(
        id="a",
        title="t",
        sections=[
            Section("intro", None, ["one", "two"]),
            Section("body", "Body", ["short", "a longer paragraph"]),
            Section("empty", None, []),
        ],
    )
    assert Position("body", 1, 4).within(article) == Position("body", 1, 4)
    # Fewer paragraphs now: the last one, without the stale character offset.
    assert Position("body", 9, 4).within(article) == Position("body", 1, None)
    # A shorter paragraph: the offset is clamped to it.
    assert Position("body", 0, 40).within(article) == Position("body", 0, 5)
    # The section is gone: the start of the article.
    assert Position("gone", 3).within(article) == Position("intro", 0)
    assert Position("empty", 2).within(article) == Position("empty", 0)


# -- bookmarks ------------------------------------------------------------------------------


def test_bookmarks_add_list_delete(store: StateStore) -> None:
    first = store.add_bookmark(key(), Bookmark("intro", 0, note="start"))
    second = store.add_bookmark(key(), Bookmark("body", 3, offset=12))
    other = store.add_bookmark(key("b"), Bookmark("x", 1))
    assert first is not None and second is not None and other is not None
    assert len({first, second, other}) == 3
    marks = store.bookmarks(key())
    assert [(b.id, b.section_id, b.paragraph, b.offset, b.note) for b in marks] == [
        (first, "intro", 0, None, "start"),
        (second, "body", 3, 12, None),
    ]
    assert all(b.key == key() and b.created is not None for b in marks)
    assert marks[1].position == Position("body", 3, 12)
    assert store.remove_bookmark(first)
    assert not store.remove_bookmark(first)
    assert [b.id for b in store.bookmarks(key())] == [second]
    assert [b.id for b in store.bookmarks(key("b"))] == [other]


def test_bookmark_notes_are_stored_exactly_and_escaped_only_when_shown(db: Path) -> None:
    notes = [
        "马朝旭说：“合作共赢”",
        "日本語のメモ 🙂",
        "bell\x07 escape\x1b[31mred\x1b[0m nul\x00 c1\x9b",
        "two\nlines\tand a tab",
        "",
    ]
    with StateStore(db) as s:
        ids = [s.add_bookmark(key(), Bookmark("s", i, note=n)) for i, n in enumerate(notes)]
        assert None not in ids
    with StateStore(db) as s:
        stored = [b.note for b in s.bookmarks(key())]
    assert stored == notes
    shown = escape_controls(stored[2])
    assert "\x1b" not in shown and "\x07" not in shown and "\\x1b[31m" in shown


def test_text_that_is_not_valid_unicode_round_trips(db: Path) -> None:
    # A file name in another encoding reaches Python with surrogate escapes; YAML's "\ud800"
    # escape gives a lone surrogate in a title or a section id.
    odd_path = os.fsdecode(b"/lib/caf\xe9-\xff.yaml")
    odd = StateKey("id-\ud800", odd_path)
    with StateStore(db) as s:
        s.record_open(odd, "title \udcff")
        assert s.save_position(odd, Position("sec\ud83d", 2))
        assert s.add_bookmark(odd, Bookmark("sec\ud83d", 1, note="note \udc80")) is not None
        assert s.take_warnings() == []
    with StateStore(db) as s:
        assert s.position(odd) == Position("sec\ud83d", 2)
        assert s.position(StateKey("id-", odd_path)) is None
        [mark] = s.bookmarks(odd)
        assert (mark.key, mark.section_id, mark.note, mark.title) == (
            odd,
            "sec\ud83d",
            "note \udc80",
            "title \udcff",
        )
        [entry] = s.recent()
        assert entry.key == odd and entry.title == "title \udcff"
        assert os.fsencode(entry.path) == b"/lib/caf\xe9-\xff.yaml"


def test_bookmark_note_can_be_changed(store: StateStore) -> None:
    mark = store.add_bookmark(key(), Bookmark("s", 0, note="old"))
    assert mark is not None
    assert store.set_bookmark_note(mark, "新的")
    assert store.bookmarks(key())[0].note == "新的"
    assert store.set_bookmark_note(mark, None)
    assert store.bookmarks(key())[0].note is None
    assert not store.set_bookmark_note(mark + 100, "x")


def test_all_bookmarks_newest_first_with_titles(store: StateStore) -> None:
    store.record_open(key("a", "/lib/a.yaml"), "Article A")
    first = store.add_bookmark(key("a", "/lib/a.yaml"), Bookmark("s", 0))
    second = store.add_bookmark(key("b", "/lib/b.yaml"), Bookmark("s", 1, title="Given B"))
    third = store.add_bookmark(key("c", "/lib/c.yaml"), Bookmark("s", 2))
    marks = store.all_bookmarks()
    assert [b.id for b in marks] == [third, second, first]
    assert [b.title for b in marks] == [None, "Given B", "Article A"]
    assert [b.key for b in marks] == [
        key("c", "/lib/c.yaml"),
        key("b", "/lib/b.yaml"),
        key("a", "/lib/a.yaml"),
    ]


def test_negative_bookmark_is_refused(store: StateStore) -> None:
    with pytest.raises(ValueError):
        store.add_bookmark(key(), Bookmark("s", -2))


# -- recent ---------------------------------------------------------------------------------


def test_recent_is_most_recent_first_and_reopening_moves_to_top(store: StateStore) -> None:
    for name in "abc":
        store.record_open(key(name, f"/lib/{name}.yaml"), f"Title {name}", document=1)
    assert [e.title for e in store.recent()] == ["Title c", "Title b", "Title a"]
    store.record_open(key("a", "/lib/a.yaml"), "Title a, renamed", document=2)
    entries = store.recent()
    assert [e.key.article_id for e in entries] == ["a", "c", "b"]
    assert entries[0].title == "Title a, renamed" and entries[0].document == 2
    assert entries[0].path == Path("/lib/a.yaml")
    assert entries[0].opened >= entries[1].opened
    assert [e.key.article_id for e in store.recent(2)] == ["a", "c"]
    store.remove_recent(key("c", "/lib/c.yaml"))
    assert [e.key.article_id for e in store.recent()] == ["a", "b"]


def test_recent_is_bounded(db: Path) -> None:
    with StateStore(db, recent_limit=5) as s:
        for i in range(12):
            s.record_open(key(f"a{i}", f"/lib/{i}.yaml"), f"T{i}")
            s.save_position(key(f"a{i}", f"/lib/{i}.yaml"), Position("s", i))
        assert [e.title for e in s.recent(100)] == ["T11", "T10", "T9", "T8", "T7"]
        # Dropping out of the recent list does not forget where the article was left.
        assert s.position(key("a0", "/lib/0.yaml")) == Position("s", 0)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM recent").fetchone()[0] == 5


def test_record_open_adopts_the_records_of_a_moved_file(tmp_path: Path, db: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("x")
    with StateStore(db) as s:
        old_key, new_key = StateKey.of("a", old), StateKey.of("a", new)
        s.record_open(old_key, "T")
        s.save_position(old_key, Position("s", 7))
        s.add_bookmark(old_key, Bookmark("s", 2, note="kept"))
        old.rename(new)
        s.record_open(new_key, "T")
        assert s.position(new_key) == Position("s", 7)
        assert [b.note for b in s.bookmarks(new_key)] == ["kept"]
        assert s.bookmarks(old_key) == []
        assert [e.key for e in s.recent()] == [new_key]


def test_record_open_leaves_a_copy_s_records_alone(tmp_path: Path, store: StateStore) -> None:
    original, copy = tmp_path / "a.yaml", tmp_path / "copy.yaml"
    original.write_text("x")
    copy.write_text("x")
    store.add_bookmark(StateKey.of("a", original), Bookmark("s", 2))
    store.record_open(StateKey.of("a", copy), "T")
    assert len(store.bookmarks(StateKey.of("a", original))) == 1
    assert store.bookmarks(StateKey.of("a", copy)) == []


# -- where the file lives -------------------------------------------------------------------


def test_default_location_honours_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with StateStore() as s:
        assert s.path == tmp_path / "xdg" / "pressreader" / "state.sqlite"
        s.save_position(key(), Position("s", 1))
    assert (tmp_path / "xdg" / "pressreader" / "state.sqlite").is_file()


def test_the_file_uses_wal_and_the_schema_version(db: Path, store: StateStore) -> None:
    store.save_position(key(), Position("s", 1))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_memory_store_works_and_keeps_nothing() -> None:
    with StateStore(":memory:") as s:
        assert not s.persistent and s.warnings == []
        s.save_position(key(), Position("s", 2))
        assert s.position(key()) == Position("s", 2)


def test_unwritable_data_folder_gives_a_memory_store_with_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with StateStore(blocker / "pressreader" / "state.sqlite") as s:
        assert not s.persistent
        [warning] = s.take_warnings()
        assert "will not be saved" in warning
        assert s.take_warnings() == []
        assert s.save_position(key(), Position("s", 3))
        assert s.position(key()) == Position("s", 3)


def test_read_only_state_file_is_shown_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ro"
    db = folder / "state.sqlite"
    with StateStore(db) as s:
        s.save_position(key(), Position("saved", 4))
    # Leave WAL mode so that a read-only reader needs no -shm file.
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = db.read_bytes()
    if os.geteuid() == 0:
        # Root writes through permissions: open the file as a read-only mount would.
        monkeypatch.setattr(
            StateStore,
            "_connect",
            lambda self, path: sqlite3.connect(
                f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None
            ),
        )
    folder.chmod(0o555)
    db.chmod(0o444)
    try:
        with StateStore(db) as s:
            assert not s.persistent
            [warning] = s.take_warnings()
            assert "will not be saved" in warning and "shown" in warning
            assert s.position(key()) == Position("saved", 4)
            assert s.save_position(key(), Position("later", 9))
            assert s.position(key()) == Position("later", 9)
            assert s.take_warnings() == []
    finally:
        folder.chmod(0o755)
    assert db.read_bytes() == before


# -- damaged files --------------------------------------------------------------------------


def test_random_bytes_are_moved_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    garbage = random.Random(4).randbytes(20_000)
    db.write_bytes(garbage)
    with StateStore(db) as s:
        assert s.persistent
        [warning] = s.take_warnings()
    [aside] = corrupt_copies(db)
    assert aside.read_bytes() == garbage
    assert str(aside) in warning and "moved" in warning
    assert_fresh_store_works(db)


def test_garbage_with_a_sqlite_header_is_moved_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"SQLite format 3\x00" + random.Random(5).randbytes(8192))
    with StateStore(db) as s:
        assert s.persistent and len(s.take_warnings()) == 1
    assert len(corrupt_copies(db)) == 1
    assert_fresh_store_works(db)


@pytest.mark.parametrize("keep", [0.5, 0.25, 0.9])
def test_truncated_database_is_moved_aside(db: Path, keep: float) -> None:
    with StateStore(db) as s:
        for i in range(400):
            s.add_bookmark(key(f"a{i}"), Bookmark("s", i, note="note " * 20))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.truncate(int(size * keep) // 4096 * 4096 + 100)
    with StateStore(db) as s:
        assert s.persistent
        warnings = s.take_warnings()
    assert len(warnings) == 1 and "moved" in warnings[0]
    assert len(corrupt_copies(db)) == 1
    assert_fresh_store_works(db)


def test_another_programs_database_is_moved_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.close()
    with StateStore(db) as s:
        assert s.persistent
        [warning] = s.take_warnings()
    assert "not pressreader's" in warning
    [aside] = corrupt_copies(db)
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("Ada",)]
    conn.close()
    assert_fresh_store_works(db)


def test_wrong_schema_with_our_version_is_moved_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE positions (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    with StateStore(db) as s:
        assert s.persistent
        [warning] = s.take_warnings()
    assert "positions" in warning
    assert len(corrupt_copies(db)) == 1
    assert_fresh_store_works(db)


def test_a_directory_in_the_files_place_is_moved_aside(db: Path) -> None:
    db.mkdir(parents=True)
    (db / "inside").write_text("kept")
    with StateStore(db) as s:
        assert s.persistent
        [warning] = s.take_warnings()
    assert "not a regular file" in warning
    [aside] = corrupt_copies(db)
    assert (aside / "inside").read_text() == "kept"
    assert_fresh_store_works(db)


def test_a_fifo_in_the_files_place_does_not_hang(db: Path) -> None:
    db.parent.mkdir(parents=True)
    os.mkfifo(db)
    with StateStore(db) as s:
        assert s.persistent and len(s.take_warnings()) == 1
    assert_fresh_store_works(db)


def test_a_stale_wal_goes_aside_with_the_damaged_file(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage" * 100)
    Path(f"{db}-wal").write_bytes(b"stale wal" * 100)
    with StateStore(db) as s:
        assert s.persistent and len(s.take_warnings()) == 1
    [aside] = corrupt_copies(db)
    assert Path(f"{aside}-wal").read_bytes() == b"stale wal" * 100
    assert_fresh_store_works(db)


def test_repeated_damage_never_overwrites_an_earlier_copy(db: Path) -> None:
    db.parent.mkdir(parents=True)
    for i in range(3):
        db.write_bytes(f"garbage {i}".encode() * 100)
        StateStore(db).close()
    copies = corrupt_copies(db)
    assert len(copies) == 3
    assert sorted(c.read_bytes()[:9] for c in copies) == [b"garbage 0", b"garbage 1", b"garbage 2"]


def test_a_newer_version_is_left_untouched(db: Path) -> None:
    db.parent.mkdir(parents=True)
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    with StateStore(db) as s:
        assert not s.persistent
        [warning] = s.take_warnings()
        assert "newer" in warning
        assert s.save_position(key(), Position("s", 1))
    assert db.read_bytes() == before
    assert corrupt_copies(db) == []


def test_an_older_empty_file_is_migrated_forward(db: Path) -> None:
    db.parent.mkdir(parents=True)
    sqlite3.connect(db).close()  # an empty database: version 0, no tables
    with StateStore(db) as s:
        assert s.persistent and s.warnings == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert_fresh_store_works(db)


def test_damage_found_while_running_is_recovered(db: Path) -> None:
    StateStore(db).close()
    # Bigger than SQLite's page cache, so that reads after the damage go to the disk.
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO bookmarks (article_id, path, section_id, paragraph, note, created)"
            " VALUES (?, '/lib/a.yaml', 's', ?, ?, 0)",
            [(f"a{i}", i, "n" * 2000) for i in range(3000)],
        )
    conn.close()
    with StateStore(db) as s:
        assert s.take_warnings() == []
        # Another program scribbles over the file while pressreader has it open.
        with open(db, "r+b") as handle:
            handle.seek(4096 * 10)
            handle.write(b"\xff" * 4096 * 1000)
        assert s.all_bookmarks() == []
        [warning] = s.take_warnings()
        assert "moved" in warning
        assert s.save_position(key("b"), Position("t", 2))
        assert s.position(key("b")) == Position("t", 2)
        assert s.take_warnings() == []
    assert len(corrupt_copies(db)) == 1
    with StateStore(db) as s:
        assert s.take_warnings() == []
        assert s.position(key("b")) == Position("t", 2)


# -- several processes ----------------------------------------------------------------------


@pytest.mark.slow
def test_concurrent_processes_lose_nothing(db: Path) -> None:
    """Four writers at once while other processes load every core: contention may delay a
    save (past SQLite's busy timeout), never lose it."""
    workers = 4
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    burners = [ctx.Process(target=burn, args=(stop,)) for _ in range(2 * (os.cpu_count() or 1))]
    for burner in burners:
        burner.start()
    try:
        with ctx.Manager() as manager, ctx.Pool(workers) as pool:
            barrier = manager.Barrier(workers)
            results = pool.starmap(write_many, [(str(db), w, barrier) for w in range(workers)])
    finally:
        stop.set()
        for burner in burners:
            burner.join(timeout=30)
    assert results == [[]] * workers
    with StateStore(db, recent_limit=1000) as s:
        assert s.take_warnings() == []
        notes = {b.note for b in s.all_bookmarks()}
        expected = {
            f"{w}:{i}" for w in range(workers) for i in range(WRITES_PER_PROCESS) if i % 3 == 0
        }
        assert notes == expected
        for w in range(workers):
            for i in range(WRITES_PER_PROCESS - 10, WRITES_PER_PROCESS):
                k = StateKey(f"w{w}-{i % 10}", f"/lib/{w}.yaml")
                if i % 3 == 1:
                    assert s.position(k) == Position("s", i)
        titles = {e.title for e in s.recent()}
        assert len(titles) == workers * 10
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


@pytest.mark.slow
def test_processes_creating_the_file_at_once_all_get_it(tmp_path: Path) -> None:
    workers = 6
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(workers) as pool:
        for run in range(6):
            db = tmp_path / f"run{run}" / "state.sqlite"
            barrier = manager.Barrier(workers)
            results = pool.starmap(open_and_save, [(str(db), w, barrier) for w in range(workers)])
            assert results == [(True, [])] * workers
            with StateStore(db) as s:
                for w in range(workers):
                    assert s.position(StateKey(f"w{w}", "/lib/a.yaml")) == Position("s", w)


# -- crash safety ---------------------------------------------------------------------------

CRASH_CHILD = """
import sys
from pressreader.store.reading import Bookmark, Position, StateKey, StateStore

db, run = sys.argv[1], int(sys.argv[2])
store = StateStore(db)
if store.warnings:
    print("WARN", store.warnings, flush=True)
    sys.exit(3)
print("ready", flush=True)
i = 0
while True:
    k = StateKey(f"a{i % 7}", f"/lib/{i % 7}.yaml")
    if i % 3 == 0:
        mark = store.add_bookmark(k, Bookmark("s", i, note=f"{run}:{i}"))
        if mark is None:
            print("FAIL", store.warnings, flush=True)
            sys.exit(4)
        # Reported only after the commit returned: the parent may rely on it.
        print(f"B {mark} {run}:{i}", flush=True)
    else:
        if not store.save_position(k, Position(f"run{run}", i, i % 5)):
            print("FAIL", store.warnings, flush=True)
            sys.exit(4)
        print(f"P a{i % 7} /lib/{i % 7}.yaml {i}", flush=True)
    if i % 11 == 0:
        store.record_open(k, f"title {run}:{i}")
    i += 1
"""


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(CRASH_CHILD))
    rng = random.Random(2024)
    committed_bookmarks: dict[int, str] = {}
    total_reported = 0
    for run in range(8):
        log = tmp_path / f"child-{run}.log"
        with open(log, "w") as out:
            child = subprocess.Popen(
                [sys.executable, str(script), str(db), str(run)], stdout=out, stderr=out
            )
            if run % 4 == 3:
                time.sleep(rng.uniform(0.0, 0.15))  # sometimes while it is still opening
            else:
                deadline = time.monotonic() + 30
                while "ready" not in log.read_text() and time.monotonic() < deadline:
                    assert child.poll() is None, log.read_text()
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.05, 0.6))
            assert child.poll() is None, log.read_text()
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        assert child.returncode == -signal.SIGKILL
        lines = log.read_text().splitlines()
        assert not any(line.startswith(("FAIL", "WARN", "Traceback")) for line in lines), lines

        last_position: dict[StateKey, int] = {}
        last_index = -1
        for line in lines:
            kind, *fields = line.split(" ")
            if kind == "B":
                committed_bookmarks[int(fields[0])] = fields[1]
                last_index = int(fields[1].split(":")[1])
            elif kind == "P":
                last_index = int(fields[2])
                last_position[StateKey(fields[0], fields[1])] = last_index
        total_reported += sum(1 for line in lines if line[:2] in ("B ", "P "))

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        with StateStore(db) as s:
            assert s.persistent and s.take_warnings() == []
            stored = {b.id: b.note for b in s.all_bookmarks()}
            # Every bookmark reported committed is there (a last one may be committed
            # but unreported when the kill came between the commit and the print).
            assert committed_bookmarks.items() <= stored.items()
            assert len(stored) - len(committed_bookmarks) <= 1
            for k, i in last_position.items():
                position = s.position(k)
                assert position is not None and position.section_id == f"run{run}"
                # The reported write, or the next one, committed just before the kill.
                assert position.paragraph in (i, last_index + 1)
        committed_bookmarks = stored  # an unreported one was committed too: keep checking it
    # The kills really interrupted a busy writer, many times over.
    assert total_reported > 100
