"""The index file: only pressreader's own is replaced, and a failing disk is not damage."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pressreader.cli import main
from pressreader.index import LibraryIndex
from tests.search.conftest import article, write

# SQLite's header: user_version at byte 60, application_id at 68.
INDEX_MARK = 0x50526978


def application_id(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big")


def sqlite_file(path: Path, *statements: str) -> bytes:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path.read_bytes()


# The columns that versions 7 (the passages' anchors), 8 and 9 (the roots' evidence, the
# articles' unreviewed count), 10 (what an export reads) and 11 (a statistic's note) added:
# dropped, an index has version 6's tables.
AS_VERSION_6 = (
    "ALTER TABLE passages DROP COLUMN start",
    'ALTER TABLE passages DROP COLUMN "end"',
    "ALTER TABLE roots DROP COLUMN evidence",
    "ALTER TABLE articles DROP COLUMN unreviewed",
    "ALTER TABLE articles DROP COLUMN url",
    "ALTER TABLE articles DROP COLUMN language",
    "ALTER TABLE quotes DROP COLUMN reviewed",
    "ALTER TABLE quotes DROP COLUMN section",
    "ALTER TABLE quotes DROP COLUMN citation",
    "ALTER TABLE quotes DROP COLUMN csv",
    "ALTER TABLE articles DROP COLUMN csv",
    "ALTER TABLE quotes DROP COLUMN role",
    "ALTER TABLE quotes DROP COLUMN affiliation",
    "ALTER TABLE statistics DROP COLUMN reviewed",
    "ALTER TABLE statistics DROP COLUMN section",
    "ALTER TABLE statistics DROP COLUMN citation",
    "ALTER TABLE statistics DROP COLUMN note",
)


def search(target: Path, query: str, lib: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    status = main(["search", "--index", str(target), query, str(lib)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def library(lib: Path) -> Path:
    write(lib / "a.yaml", article("Harbour news", ["The harbour reopened."]))
    return lib


# -- item 7: never delete or rewrite a file that is not positively pressreader's ----------------


def foreign_files(tmp_path: Path) -> dict[str, tuple[Path, bytes]]:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    places = tmp_path / "places.sqlite"
    places_bytes = sqlite_file(
        places,
        "CREATE TABLE moz_places (url TEXT)",
        "INSERT INTO moz_places VALUES ('https://example.com')",
    )
    files = tmp_path / "files.sqlite"
    files_bytes = sqlite_file(
        files, "CREATE TABLE files (path TEXT)", "INSERT INTO files VALUES ('/etc/passwd')"
    )
    marked = tmp_path / "marked.sqlite"
    marked_bytes = sqlite_file(
        marked, "PRAGMA application_id = 1234", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"
    )
    wal = tmp_path / "wal.db"
    wal_bytes = sqlite_file(
        wal, "PRAGMA journal_mode = WAL", "CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"
    )
    return {
        "text file named .db": (notes, notes.read_bytes()),
        "another program's database in WAL mode": (wal, wal_bytes),
        "another program's database": (places, places_bytes),
        "a database with a files table": (files, files_bytes),
        "another application_id": (marked, marked_bytes),
    }


@pytest.mark.parametrize("command", ["search", "index"])
def test_files_that_are_not_an_index_are_refused_and_left_intact(
    library: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, (path, before) in foreign_files(tmp_path).items():
        args = [command, "--index", str(path)]
        status = main(
            [*args, "harbour", str(library)] if command == "search" else [*args, str(library)]
        )
        err = capsys.readouterr().err
        assert status == 2, name
        assert path.read_bytes() == before, name
        assert "is not a pressreader index" in err and "left as it is" in err, name
        assert "Traceback" not in err
        # No journal or write-ahead log left beside it either.
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [
            path.name
        ], name


def test_a_version_6_index_from_before_the_mark_is_rebuilt_and_marked(
    library: Path, tmp_path: Path
) -> None:
    target = tmp_path / "i.sqlite"
    with LibraryIndex([library], target) as index:
        index.update(workers=1)
    # As version 6 wrote it: its tables, no application_id.
    sqlite_file(target, "PRAGMA application_id = 0", *AS_VERSION_6, "PRAGMA user_version = 6")
    assert application_id(target) == 0
    notices: list[str] = []
    with LibraryIndex([library], target, notice=notices.append) as index:
        report = index.update(workers=1)
        assert report.rebuilt
        assert {h.path.name for h in index.search("harbour")} == {"a.yaml"}
    assert "another version" in notices[0] and "(schema 6)" in notices[0]
    assert application_id(target) == INDEX_MARK


def test_an_older_index_from_before_the_mark_is_rebuilt(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "i.sqlite"
    with LibraryIndex([library], target) as index:
        index.update(workers=1)
    # As version 3 wrote it: no `roots` table, no application_id.
    sqlite_file(
        target,
        "PRAGMA application_id = 0",
        *AS_VERSION_6,
        "DROP TABLE roots",
        "PRAGMA user_version = 3",
    )
    notices: list[str] = []
    with LibraryIndex([library], target, notice=notices.append) as index:
        assert index.update(workers=1).rebuilt
        assert {h.path.name for h in index.search("harbour")} == {"a.yaml"}
    assert "another version" in notices[0]
    assert application_id(target) == INDEX_MARK


def test_an_unmarked_index_with_one_extra_table_is_not_ours(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "i.sqlite"
    with LibraryIndex([library], target) as index:
        index.update(workers=1)
    before = sqlite_file(target, "PRAGMA application_id = 0", "CREATE TABLE mine (x)")
    status, _, err = search(target, "harbour", library, capsys)
    assert status == 2 and "not a pressreader index" in err
    assert target.read_bytes() == before


def test_the_reading_state_file_is_not_taken_for_an_index(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressreader.store.reading import Position, StateKey, StateStore

    state = tmp_path / "state.sqlite"
    with StateStore(state) as store:
        store.save_position(StateKey("a", "/a.yaml"), Position("s", 1))
    before = state.read_bytes()
    status, _, err = search(state, "harbour", library, capsys)
    assert status == 2 and "reading-state file" in err
    assert state.read_bytes() == before


def test_a_folder_or_a_fifo_at_the_index_path_is_refused(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    (folder / "keep").write_text("x", encoding="utf-8")
    assert search(folder, "harbour", library, capsys)[0] == 2
    assert (folder / "keep").read_text(encoding="utf-8") == "x"
    fifo = tmp_path / "fifo.sqlite"
    os.mkfifo(fifo)
    status, _, err = search(fifo, "harbour", library, capsys)
    assert status == 2 and "not a regular file" in err
    assert fifo.exists()


def test_a_new_index_and_an_empty_file_get_the_mark(library: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite"
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for target in (new, empty):
        with LibraryIndex([library], target) as index:
            index.update(workers=1)
            assert {h.path.name for h in index.search("harbour")} == {"a.yaml"}
        assert application_id(target) == INDEX_MARK


# -- item 8: an I/O error is not damage: the file is kept, the files are searched -------------


def _make_index(library: Path, target: Path) -> None:
    with LibraryIndex([library], target) as index:
        index.update(workers=1)


def _indexed_titles(target: Path) -> list[str]:
    db = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in db.execute("SELECT title FROM articles"))
    finally:
        db.close()


def _disk_full_on_insert(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Writes to the index file fail with `error` (those to an index in memory succeed)."""
    from pressreader.index import build

    insert = build._insert

    def full(db: sqlite3.Connection, *args: Any) -> None:
        if db.execute("PRAGMA database_list").fetchone()[2]:  # a file, not memory
            raise error
        insert(db, *args)

    monkeypatch.setattr(build, "_insert", full)


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database or disk is full"),
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("disk I/O error"),
    ],
    ids=["sqlite-full", "enospc", "sqlite-ioerr"],
)
def test_a_full_disk_keeps_the_index_and_still_answers(
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: BaseException,
) -> None:
    target = tmp_path / "i.sqlite"
    _make_index(library, target)
    write(library / "b.yaml", article("Harbour extension", ["The harbour grew."]))
    _disk_full_on_insert(monkeypatch, error)
    status, out, err = search(target, "harbour", library, capsys)
    assert status == 0
    # Answered from the files: the new article is found although the index took nothing.
    assert "a.yaml" in out and "b.yaml" in out
    assert "damaged" not in err and "rebuilding" not in err
    assert "kept" in err and str(target) in err
    assert _indexed_titles(target) == ["Harbour news"]  # the index as it was


def test_a_full_disk_found_by_sqlite_itself_keeps_the_index(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own SQLITE_FULL (a page limit stands in for the disk's)."""
    from pressreader.index import schema

    target = tmp_path / "i.sqlite"
    _make_index(library, target)
    for number in range(30):
        write(library / f"n{number}.yaml", article(f"Harbour {number}", ["Quay " * 400]))
    tune = schema._tune

    def tight(db: sqlite3.Connection) -> None:
        tune(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(schema, "_tune", tight)
    notices: list[str] = []
    with LibraryIndex([library], target, notice=notices.append) as index:
        index.update(workers=1)
        assert len({h.path for h in index.search("harbour")}) == 31
        assert index.in_memory
    assert any("full" in n and "kept" in n for n in notices), notices
    assert _indexed_titles(target) == ["Harbour news"]


def test_an_unreadable_index_is_kept_and_the_files_searched(
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pressreader.index import schema

    target = tmp_path / "i.sqlite"
    _make_index(library, target)
    before = target.read_bytes()

    def denied(path: Path) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(schema, "read_header", denied)
    status, out, err = search(target, "harbour", library, capsys)
    assert status == 0 and "a.yaml" in out
    assert "Permission denied" in err and "left as it is" in err
    assert target.read_bytes() == before


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`chattr +i`: not even root may write, create in or delete (ext4, xfs, btrfs...)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {made.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_index_is_kept_and_still_answers(
    library: Path, tmp_path: Path, what: str
) -> None:
    """A real read-only index: the file, or the folder holding it, made immutable."""
    folder = tmp_path / "cache"
    folder.mkdir()
    target = folder / "i.sqlite"
    _make_index(library, target)
    write(library / "b.yaml", article("Harbour extension", ["The harbour grew."]))
    before = target.read_bytes()
    with immutable(target if what == "file" else folder):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pressreader",
                "search",
                "--index",
                str(target),
                "harbour",
                str(library),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "a.yaml" in result.stdout and "b.yaml" in result.stdout
        assert "Traceback" not in result.stderr and "damaged" not in result.stderr
        assert "kept" in result.stderr or "left as it is" in result.stderr
    assert target.read_bytes() == before
