"""The command line as a script user meets it: messages, exit codes."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.paths import bundled_articles

SAMPLES = bundled_articles()


def test_search_without_a_query_asks_for_the_query_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["search"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "required: QUERY" in error
    # PATH is optional (the default library), so the message must not ask for it.
    assert "PATH" not in error.splitlines()[-1]


def test_index_option_never_deletes_a_file_that_is_not_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n", encoding="utf-8")
    status = main(["search", "--index", str(notes), "diplomacy", str(SAMPLES)])
    assert status == 2
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n"
    assert "not a pressreader index" in capsys.readouterr().err


def test_index_option_never_replaces_another_programs_database(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE bookmarks (url TEXT)")
        db.execute("INSERT INTO bookmarks VALUES ('https://example.com')")
    db.close()
    assert main(["index", "--index", str(other), str(SAMPLES)]) == 2
    with sqlite3.connect(other) as db:
        assert db.execute("SELECT url FROM bookmarks").fetchall() == [("https://example.com",)]
    db.close()


def test_a_damaged_index_is_still_rebuilt(tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite"
    assert main(["index", "--index", str(index), str(SAMPLES)]) == 0
    # Pressreader's header (and its mark) kept, every page after it overwritten.
    index.write_bytes(index.read_bytes()[:100] + b"garbage" * 100)
    assert main(["search", "--index", str(index), "diplomacy", str(SAMPLES)]) == 0


def _ctrl_c_ignored(job: tuple[str, int, int]) -> bool:
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


@pytest.fixture
def ctrl_c_handled() -> Iterator[None]:
    """Ctrl+C handled as a fresh interpreter on a terminal does: a test started in the
    background by a shell (`cmd &`) inherits it ignored."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.usefixtures("ctrl_c_handled")
def test_index_workers_leave_ctrl_c_to_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl+C reaches every process of the terminal's group; a worker stopped by it could
    # leave `pressreader index` waiting forever (seen with a 2,000-file library).
    from pressreader.index import build, records

    monkeypatch.setattr(records, "read_file", _ctrl_c_ignored)
    jobs = [(f"f{n}.yaml", 0, 0) for n in range(16)]
    assert list(build._in_workers(jobs, 2)) == [True] * 16
    # The parent's own Ctrl+C handling is back once the workers have started.
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN


def _index_being_filled(path: Path) -> sqlite3.Connection:
    """A new index as another process holds it while filling it: written, not committed."""
    from pressreader.index.schema import create

    db = create(path)
    db.execute("BEGIN IMMEDIATE")
    db.execute("CREATE TABLE marker (x)")
    return db


def test_an_index_another_process_is_filling_is_never_deleted(tmp_path: Path) -> None:
    from pressreader.index.schema import open_or_create

    path = tmp_path / "index.sqlite"
    writer = _index_being_filled(path)
    notices: list[str] = []
    with pytest.raises(sqlite3.OperationalError):
        open_or_create(path, notices.append, busy_wait=0.3)
    assert not any("rebuilding" in notice for notice in notices)
    assert any("waiting" in notice for notice in notices)
    # The other process's work is still there and still its own.
    writer.execute("COMMIT")
    assert writer.execute("SELECT count(*) FROM marker").fetchone() == (0,)
    writer.close()


def test_opening_waits_for_the_other_process_to_finish(tmp_path: Path) -> None:
    import threading

    from pressreader.index.schema import open_or_create

    path = tmp_path / "index.sqlite"
    writer = _index_being_filled(path)
    threading.Timer(0.3, lambda: (writer.execute("COMMIT"), writer.close())).start()
    db, created = open_or_create(path, lambda message: None, busy_wait=30)
    assert not created
    assert db.execute("SELECT count(*) FROM marker").fetchone() == (0,)
    db.close()
