"""Building and updating the index: what it holds, what it re-reads, how it heals."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pressreader.index import SCHEMA_VERSION, LibraryIndex, default_index_path
from pressreader.index.schema import DDL, STRONG_KINDS
from tests.search.conftest import article, write


def _touch_later(path: Path) -> None:
    """Make a file's mtime differ from what the index saw even on coarse clocks."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def test_build_lists_articles_newest_first_without_bodies(lib: Path, open_index: Any) -> None:
    write(lib / "old.yaml", article("Old news", ["Harbour trade fell."], published="2020-05-01"))
    write(
        lib / "new.yaml",
        article(
            "New news",
            ["Harbour trade rose."],
            published="2023-02-03",
            outlet="Daily",
            tags=["trade", "ports"],
        ),
    )
    write(lib / "sub" / "undated.yml", article("Undated", ["No date here."]))
    index = open_index(lib)
    entries = index.entries()
    assert [e.title for e in entries] == ["New news", "Old news", "Undated"]
    newest = entries[0]
    assert newest.path == lib / "new.yaml"
    assert newest.outlet == "Daily"
    assert newest.published == dt.date(2023, 2, 3)
    assert newest.tags == ("trade", "ports")
    assert not newest.broken
    assert entries[2].path == lib / "sub" / "undated.yml"


def test_entries_count_quotes_statistics_and_speakers(lib: Path, open_index: Any) -> None:
    write(
        lib / "a.yaml",
        article(
            "Talks",
            ["Ma said trade grew from 41 to 113 partners. Li agreed."],
            speakers=[{"name": "Ma", "role": "minister"}],
            quotes=[
                {"speaker": "Ma", "text": "trade grew", "kind": "indirect"},
                {"speaker": "Li", "text": "Li agreed"},
            ],
            statistics=[
                {
                    "label": "Partners",
                    "value": 113,
                    "previous": 41,
                    "unit": "partners",
                    "text": "from 41 to 113",
                }
            ],
        ),
    )
    index = open_index(lib)
    (entry,) = index.entries()
    assert (entry.quotes, entry.statistics) == (2, 1)
    assert entry.speakers == ("Ma", "Li")
    assert entry.problems == 1  # "Li" is quoted but not listed under speakers: a warning


def test_multi_document_file_gives_one_entry_per_article(lib: Path, open_index: Any) -> None:
    write(lib / "two.yaml", article("First", ["One."]), article("Second", ["Two."]))
    index = open_index(lib)
    assert sorted((e.document, e.title) for e in index.entries()) == [(0, "First"), (1, "Second")]


def test_incremental_update_reads_only_changed_files(lib: Path, open_index: Any) -> None:
    for number in range(5):
        write(lib / f"a{number}.yaml", article(f"Article {number}", [f"Text number {number}."]))
    index = open_index(lib)
    assert len(index.entries()) == 5

    report = index.update(workers=1)
    assert (report.added, report.changed, report.removed, report.unchanged) == (0, 0, 0, 5)

    write(lib / "a1.yaml", article("Article one, edited", ["Rewritten paragraph."]))
    _touch_later(lib / "a1.yaml")
    (lib / "a2.yaml").unlink()
    write(lib / "a9.yaml", article("Article nine", ["A newcomer."]))
    report = index.update(workers=1)
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 3)
    titles = {e.title for e in index.entries()}
    assert titles == {"Article 0", "Article one, edited", "Article 3", "Article 4", "Article nine"}
    # The old text is gone from the full-text index, the new text is in it.
    assert index.search('"number 1"') == []
    assert [h.path.name for h in index.search("rewritten")] == ["a1.yaml"]
    assert index.search('"number 2"') == []
    assert [h.path.name for h in index.search("newcomer")] == ["a9.yaml"]


def test_unchanged_files_are_not_read_again(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(lib / "a.yaml", article("A", ["Alpha."]))
    index = open_index(lib)
    import pressreader.index.records as records

    def refuse(job: Any) -> Any:
        raise AssertionError(f"read {job[0]} although it did not change")

    monkeypatch.setattr(records, "read_file", refuse)
    report = index.update(workers=1)
    assert report.unchanged == 1 and report.read == 0


def test_broken_files_are_listed_with_their_problems(lib: Path, open_index: Any) -> None:
    write(lib / "good.yaml", article("Good", ["Fine text."]))
    (lib / "bad.yaml").write_text("title: [unclosed\nsections: 3\n", encoding="utf-8")
    (lib / "notitle.yaml").write_text("sections:\n  - paragraphs: [x]\n", encoding="utf-8")
    index = open_index(lib)
    entries = index.entries()
    broken = {e.path.name: e for e in entries if e.broken}
    assert set(broken) == {"bad.yaml", "notitle.yaml"}
    bad = broken["bad.yaml"]
    assert bad.title == "bad.yaml"
    assert bad.problem is not None and bad.problem.line is not None
    assert bad.problem.path == str(lib / "bad.yaml")
    assert index.problems(lib / "bad.yaml")[0] == bad.problem

    # Repairing a broken file turns it into an article on the next update.
    write(lib / "bad.yaml", article("Repaired", ["Now fine."]))
    _touch_later(lib / "bad.yaml")
    index.update(workers=1)
    names = {e.path.name: e for e in index.entries()}
    assert not names["bad.yaml"].broken and names["bad.yaml"].title == "Repaired"


def test_file_turning_broken_keeps_an_entry(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Fine", ["Searchable words."]))
    index = open_index(lib)
    (lib / "a.yaml").write_text("title: Fine\nsections: [", encoding="utf-8")
    _touch_later(lib / "a.yaml")
    report = index.update(workers=1)
    assert report.broken == 1
    (entry,) = index.entries()
    assert entry.broken and entry.path.name == "a.yaml"
    assert index.search("searchable") == []


@pytest.mark.slow
def test_parallel_build_matches_serial_build(tmp_path: Path, lib: Path) -> None:
    for number in range(60):
        write(
            lib / f"p{number:02}.yaml",
            article(f"Parallel {number}", [f"Paragraph about item{number} and trade."]),
        )
    (lib / "broken.yaml").write_text(": : :\n", encoding="utf-8")
    with LibraryIndex([lib], tmp_path / "parallel.sqlite") as parallel:
        parallel.update(workers=2)
        many = [(e.path, e.title, e.broken) for e in parallel.entries()]
        hits = {h.path.name for h in parallel.search("trade")}
    with LibraryIndex([lib], tmp_path / "serial.sqlite") as serial:
        serial.update(workers=1)
        assert many == [(e.path, e.title, e.broken) for e in serial.entries()]
    assert len(hits) == 60


def test_progress_reports_every_file(lib: Path, tmp_path: Path) -> None:
    for number in range(4):
        write(lib / f"a{number}.yaml", article(f"A{number}", ["Text."]))
    seen: list[tuple[int, int]] = []
    with LibraryIndex([lib], tmp_path / "i.sqlite") as index:
        index.update(workers=1, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_missing_index_is_created_with_a_notice(lib: Path, tmp_path: Path) -> None:
    write(lib / "a.yaml", article("A", ["Text."]))
    notices: list[str] = []
    with LibraryIndex([lib], tmp_path / "deep" / "i.sqlite", notice=notices.append) as index:
        report = index.update(workers=1)
        assert report.rebuilt and report.added == 1
    assert (tmp_path / "deep" / "i.sqlite").exists()


def test_corrupt_index_is_rebuilt_with_a_notice(lib: Path, tmp_path: Path) -> None:
    write(lib / "a.yaml", article("A", ["Recoverable text."]))
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
    # Cut short after its header: pressreader's mark stays, the tables are gone.
    target.write_bytes(target.read_bytes()[:100] + b"this is not a database at all" * 200)
    notices: list[str] = []
    with LibraryIndex([lib], target, notice=notices.append) as index:
        index.update(workers=1)
        assert [h.path.name for h in index.search("recoverable")] == ["a.yaml"]
    assert len(notices) == 1 and "rebuilding" in notices[0] and str(target) in notices[0]


def test_index_damaged_after_opening_is_rebuilt(lib: Path, tmp_path: Path) -> None:
    write(lib / "a.yaml", article("A", ["Recoverable text."]))
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
    # Overwrite the pages after the header: the file still opens, its tables do not read.
    data = bytearray(target.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    target.write_bytes(bytes(data))
    notices: list[str] = []
    with LibraryIndex([lib], target, notice=notices.append) as index:
        index.update(workers=1)
        assert [h.path.name for h in index.search("recoverable")] == ["a.yaml"]
    assert notices and "rebuilding" in notices[0]


def test_index_from_an_older_schema_is_rebuilt(lib: Path, tmp_path: Path) -> None:
    write(lib / "a.yaml", article("A", ["Versioned text."]))
    target = tmp_path / "i.sqlite"
    # An index as version 6 made it: its tables (without the passages' anchors, the roots'
    # evidence, the articles' unreviewed count and what an export reads), no application_id.
    old = sqlite3.connect(target)
    old.executescript(DDL)
    old.execute("ALTER TABLE passages DROP COLUMN start")
    old.execute('ALTER TABLE passages DROP COLUMN "end"')
    old.execute("ALTER TABLE roots DROP COLUMN evidence")
    old.execute("ALTER TABLE articles DROP COLUMN unreviewed")
    for table, column in (
        ("articles", "url"),
        ("articles", "language"),
        ("quotes", "reviewed"),
        ("quotes", "section"),
        ("quotes", "citation"),
        ("quotes", "csv"),
        ("articles", "csv"),
        ("quotes", "role"),
        ("quotes", "affiliation"),
        ("statistics", "reviewed"),
        ("statistics", "section"),
        ("statistics", "citation"),
        ("statistics", "note"),
    ):
        old.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    old.execute("PRAGMA user_version = 6")
    old.commit()
    old.close()
    notices: list[str] = []
    with LibraryIndex([lib], target, notice=notices.append) as index:
        report = index.update(workers=1)
        assert report.rebuilt
        assert len(index.search("versioned")) == 1
    assert "another version" in notices[0]
    check = sqlite3.connect(target)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def _kinds_by_id(target: Path) -> list[tuple[int, int, int]]:
    db = sqlite3.connect(target)
    try:
        return db.execute("SELECT id, article, kind FROM passages ORDER BY id").fetchall()
    finally:
        db.close()


def test_passage_ids_say_whether_their_kind_weighs_more(lib: Path, tmp_path: Path) -> None:
    """Each passage's id holds, in its lowest bit, whether its kind weighs more than a
    paragraph (the ranking finds those by id alone), after an update too; the ids keep the
    passages' order."""
    quoted = [{"speaker": "Ma", "text": "Harbour trade grew"}]
    write(lib / "a.yaml", article("A", [["Harbour trade grew."], ["More text."]], quotes=quoted))
    write(lib / "b.yaml", article("B", ["Plain text."]))
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
        write(lib / "a.yaml", article("A2", [["Harbour trade grew."], ["Text."]], quotes=quoted))
        write(lib / "c.yaml", article("C", ["New text."]))
        assert index.update(workers=1).read == 2
    rows = _kinds_by_id(target)
    assert {kind for _, _, kind in rows} > {0} and len({kind for _, _, kind in rows}) > 3
    assert all(pid & 1 == (kind in STRONG_KINDS) for pid, _, kind in rows)
    articles = [article for _, article, _ in rows]
    assert articles == sorted(articles)  # in the order they were read, each article's together


def test_an_index_whose_ids_do_not_hold_the_kinds_is_rebuilt(lib: Path, tmp_path: Path) -> None:
    """Schema 11 numbered passages 1, 2, 3...: an index of that version is rebuilt, never
    searched as it is (its ids say nothing of the kinds)."""
    write(
        lib / "a.yaml",
        article("Trade", ["Trade grew."], quotes=[{"speaker": "Ma", "text": "Trade"}]),
    )
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
        expected = [(h.kind, h.snippet) for h in index.search("trade", limit=2)]
    old = sqlite3.connect(target)
    old.execute("UPDATE passages SET id = -id")
    old.execute("UPDATE passages SET id = 2 - 2 * id")  # every id even, whatever its kind
    old.execute("INSERT INTO passages_words (passages_words) VALUES ('rebuild')")
    old.execute("PRAGMA user_version = 11")
    old.commit()
    old.close()
    notices: list[str] = []
    with LibraryIndex([lib], target, notice=notices.append) as index:
        assert index.update(workers=1).rebuilt
        assert [(h.kind, h.snippet) for h in index.search("trade", limit=2)] == expected
    assert "another version" in notices[0] and "(schema 11)" in notices[0]
    assert all(pid & 1 == (kind in STRONG_KINDS) for pid, _, kind in _kinds_by_id(target))


def test_default_location_honours_xdg_cache_home(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    where = default_index_path([lib])
    assert where.parent == tmp_path / "xdg" / "pressreader"
    assert where.name.startswith("index-") and where.suffix == ".sqlite"
    # The same library named another way has the same index; another library another one.
    assert default_index_path([lib / "."]) == where
    assert default_index_path([tmp_path]) != where


def test_paths_are_shown_as_given(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(lib / "a.yaml", article("A", ["Relative paths."]))
    monkeypatch.chdir(tmp_path)
    with LibraryIndex(["lib"], tmp_path / "i.sqlite") as index:
        index.update(workers=1)
        assert [str(h.path) for h in index.search("relative")] == ["lib/a.yaml"]
    with LibraryIndex([str(lib)], tmp_path / "i.sqlite") as index:
        index.update(workers=1)
        assert [h.path for h in index.search("relative")] == [lib / "a.yaml"]


def test_hidden_folders_and_other_suffixes_are_skipped(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Seen", ["Visible."]))
    write(lib / ".git" / "b.yaml", article("Hidden", ["Invisible."]))
    write(lib / "c.txt", article("Text file", ["Invisible."]))
    write(lib / "D.YML", article("Upper case", ["Visible."]))
    index = open_index(lib)
    assert {e.title for e in index.entries()} == {"Seen", "Upper case"}


def test_speakers_view_and_quotes_by(lib: Path, open_index: Any) -> None:
    write(
        lib / "a.yaml",
        article(
            "First",
            [["Ma said peace matters."], ["Shen said ties grew. Ma added more."]],
            published="2022-01-01",
            speakers=[{"name": "Ma", "role": "vice minister"}, {"name": "Shen"}],
            quotes=[
                {"speaker": "Ma", "text": "peace matters", "kind": "indirect"},
                {"speaker": "Shen", "text": "ties grew"},
                {"speaker": "Ma", "text": "added more", "section": "section-2"},
            ],
        ),
    )
    write(
        lib / "b.yaml",
        article(
            "Second",
            ["Ma spoke again."],
            published="2023-01-01",
            speakers=[{"name": "Ma"}],
            quotes=[{"speaker": "Ma", "text": "spoke again"}],
        ),
    )
    index = open_index(lib)
    summary = {s.name: s for s in index.speakers()}
    assert index.speakers()[0].name == "Ma"
    ma = summary["Ma"]
    assert (ma.articles, ma.quotes, ma.direct, ma.indirect) == (2, 3, 2, 1)
    assert ma.role == "vice minister"
    assert (summary["Shen"].articles, summary["Shen"].quotes) == (1, 1)
    quotes = index.quotes_by("Ma")
    assert [q.title for q in quotes] == ["Second", "First", "First"]
    added = quotes[2]
    assert (added.section_id, added.section_index, added.paragraph) == ("section-2", 1, 0)
    assert added.text == "added more" and added.kind == "direct"
    start = "Shen said ties grew. Ma added more.".index("added more")
    assert (added.start, added.end) == (start, start + len("added more"))
    assert added.path == lib / "a.yaml" and added.line > 1


def test_statistics_view_filters_by_label_and_unit(lib: Path, open_index: Any) -> None:
    write(
        lib / "a.yaml",
        article(
            "Figures",
            ["Relations rose from 172 to 181 countries and trade reached 4.6 billion."],
            statistics=[
                {
                    "label": "Diplomatic relations",
                    "value": 181,
                    "previous": 172,
                    "unit": "countries",
                    "text": "from 172 to 181 countries",
                },
                {"label": "Trade", "value": 4.6, "unit": "billion USD", "text": "4.6 billion"},
            ],
        ),
    )
    index = open_index(lib)
    everything = index.statistics()
    assert [s.label for s in everything] == ["Diplomatic relations", "Trade"]
    relations = everything[0]
    assert (relations.value, relations.previous, relations.unit) == (181, 172, "countries")
    assert relations.paragraph == 0 and relations.section_id == "section-1"
    assert [s.label for s in index.statistics(label="DIPLOMATIC")] == ["Diplomatic relations"]
    assert [s.label for s in index.statistics(unit="usd")] == ["Trade"]
    assert index.statistics(label="trade", unit="countries") == []


def test_scan_walks_nested_folders_without_following_folder_links(
    lib: Path, open_index: Any
) -> None:
    write(lib / "a" / "b" / "c" / "deep.yaml", article("Deep", ["Nested."]))
    write(lib / "top.yaml", article("Top", ["Top level."]))
    (lib / "a" / "loop").symlink_to(lib, target_is_directory=True)
    (lib / "linked.yaml").symlink_to(lib / "top.yaml")
    index = open_index(lib)
    paths = sorted(str(e.path.relative_to(lib)) for e in index.entries())
    assert paths == ["a/b/c/deep.yaml", "linked.yaml", "top.yaml"]


@pytest.mark.slow
def test_update_from_a_worker_thread_uses_fresh_worker_processes(tmp_path: Path, lib: Path) -> None:
    """The terminal UI indexes in a thread, where forking would be unsafe."""
    import threading

    for number in range(60):
        write(lib / f"t{number:02}.yaml", article(f"Threaded {number}", ["Thread text."]))
    outcome: list[Any] = []

    def work() -> None:
        with LibraryIndex([lib], tmp_path / "thread.sqlite") as index:
            outcome.append(index.update(workers=2))
            outcome.append(len(index.search("thread")))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive()
    report, hits = outcome
    assert report.added == 60 and hits == 60


def test_busy_index_is_searched_as_it_is(lib: Path, tmp_path: Path) -> None:
    """While another process writes the index, a search does not wait for it for long."""
    write(lib / "a.yaml", article("A", ["Original words."]))
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of an update
    try:
        notices: list[str] = []
        with LibraryIndex([lib], target, notice=notices.append) as index:
            # Nothing changed: no write needed, so no waiting and no notice.
            report = index.update(workers=1, lock_timeout=0.1)
            assert not report.busy and notices == []
            write(lib / "a.yaml", article("A", ["Edited words."]))
            _touch_later(lib / "a.yaml")
            report = index.update(workers=1, lock_timeout=0.1)
            assert report.busy
            assert "being updated by another pressreader" in notices[0]
            assert len(index.search("original")) == 1  # the last state, not an error
    finally:
        other.execute("ROLLBACK")
        other.close()
    with LibraryIndex([lib], target) as index:
        index.update(workers=1)
        assert index.search("original") == [] and len(index.search("edited")) == 1


def test_damage_found_while_searching_rebuilds_and_still_finds(lib: Path, tmp_path: Path) -> None:
    write(lib / "a.yaml", article("A", ["Resilient words."]))
    target = tmp_path / "i.sqlite"
    notices: list[str] = []
    with LibraryIndex([lib], target, notice=notices.append) as index:
        index.update(workers=1)
        # Damage the full-text index's pages behind the open connection's back.
        other = sqlite3.connect(target)
        other.execute("UPDATE passages_words_data SET block = x'ffffffffffff' WHERE id > 1")
        other.commit()
        other.close()
        hits = index.search("resilient")
        assert [h.path.name for h in hits] == ["a.yaml"]
    assert any("damaged" in n for n in notices)


def test_reads_do_not_wait_for_a_running_update(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library screen searches while a worker thread updates the index."""
    import threading

    import pressreader.index.records as records

    write(lib / "a.yaml", article("A", ["Before the edit."]))
    index = open_index(lib)
    write(lib / "a.yaml", article("A", ["After the edit."]))
    _touch_later(lib / "a.yaml")
    reading, release = threading.Event(), threading.Event()
    real = records.read_file

    def slow(job: Any) -> Any:
        reading.set()
        assert release.wait(30)
        return real(job)

    monkeypatch.setattr(records, "read_file", slow)
    worker = threading.Thread(target=lambda: index.update(workers=1))
    worker.start()
    try:
        assert reading.wait(30)
        # The update holds the write lock and an open transaction: reads see the last state.
        assert [h.snippet for h in index.search("edit")] == ["Before the edit."]
        assert len(index.entries()) == 1
    finally:
        release.set()
        worker.join(30)
    assert [h.snippet for h in index.search("edit")] == ["After the edit."]


def test_files_are_read_here_when_worker_processes_fail(
    lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pressreader.index.build as build
    from pressreader.index.records import read_file

    for number in range(60):
        write(lib / f"w{number:02}.yaml", article(f"Worker {number}", ["Fallback text."]))

    def failing(jobs: list[Any], workers: int) -> Any:
        yield read_file(jobs[0])  # one file read, then the pool breaks
        raise ValueError("bad value(s) in fds_to_keep")

    monkeypatch.setattr(build, "_in_workers", failing)
    with LibraryIndex([lib], tmp_path / "i.sqlite") as index:
        report = index.update(workers=2)
        assert report.added == 60
        assert len(index.search("fallback")) == 60


KILLED_BUILD = """
import os, sys
from pathlib import Path
from pressreader.index import LibraryIndex

def stop(done: int, total: int) -> None:
    if done == int(sys.argv[3]):
        os._exit(9)  # like kill -9: no rollback, no cleanup

index = LibraryIndex([Path(sys.argv[1])], Path(sys.argv[2]))
index.update(workers=1, progress=stop)
"""


@pytest.mark.slow
@pytest.mark.parametrize("stop_after", [1, 70, 130])
def test_first_fill_killed_midway_is_completed_by_the_next_update(
    lib: Path, tmp_path: Path, stop_after: int
) -> None:
    """A first fill runs without syncing and without merging its full-text segments; a
    process killed during it (before, during or after a full-text batch) leaves an index
    that the next update fills completely, with the usual settings."""
    import subprocess
    import sys

    for number in range(140):
        write(lib / f"k{number:03}.yaml", article(f"Killed {number}", [f"Crash word{number}."]))
    target = tmp_path / "i.sqlite"
    result = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(lib), str(target), str(stop_after)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 9, result.stderr
    with LibraryIndex([lib], target) as index:
        report = index.update(workers=1)
        assert report.added + report.unchanged == 140
        assert len(index.entries()) == 140
        assert len(index.search("crash")) == 140
        assert [h.path.name for h in index.search("word77")] == ["k077.yaml"]
    check = sqlite3.connect(target)
    for table in ("passages_words", "passages_cjk"):
        config = dict(check.execute(f"SELECT k, v FROM {table}_config"))
        assert config.get("automerge", 4) == 4  # later updates merge segments as usual
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check.close()


def test_first_fill_leaves_full_text_merging_on_for_updates(lib: Path, tmp_path: Path) -> None:
    for number in range(60):
        write(lib / f"m{number:02}.yaml", article(f"Merge {number}", ["Segment text."]))
    target = tmp_path / "i.sqlite"
    with LibraryIndex([lib], target) as index:
        assert index.update(workers=1).rebuilt
        write(lib / "m00.yaml", article("Merge again", ["Changed segment text."]))
        assert index.update(workers=1).changed == 1
        assert [h.path.name for h in index.search("changed")] == ["m00.yaml"]
        assert len(index.search("segment")) == 60
    check = sqlite3.connect(target)
    for table in ("passages_words", "passages_cjk"):
        assert dict(check.execute(f"SELECT k, v FROM {table}_config"))["automerge"] == 4
    check.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_given_as_the_library_is_listed_broken_not_waited_on(
    tmp_path: Path, open_index: Any
) -> None:
    import threading

    pipe = tmp_path / "article.yaml"
    os.mkfifo(pipe)
    entries: list[Any] = []
    builder = threading.Thread(target=lambda: entries.extend(open_index(pipe).entries()))
    builder.daemon = True
    builder.start()
    builder.join(timeout=20)
    if builder.is_alive():  # it opened the pipe and waits for a writer: let it go, then fail
        with open(pipe, "wb"):
            pass
        builder.join(timeout=5)
        pytest.fail("the index waited for a writer on a named pipe")
    (entry,) = entries
    assert entry.broken and entry.problem is not None
    assert "not a regular file" in entry.problem.message


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and permissions")
def test_an_unreadable_subfolder_is_listed_broken_until_it_can_be_read(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unreadable import deny_listing

    write(lib / "a.yaml", article("Open", ["Readable."]))
    write(lib / "locked" / "deep" / "b.yaml", article("Locked", ["Hidden away."]))
    with monkeypatch.context() as denied:
        deny_listing(denied, lib / "locked")
        index = open_index(lib)
        entries = index.entries()
        assert [e.title for e in entries] == ["Open", "locked"]
        broken = entries[1]
        assert broken.broken and broken.path == lib / "locked" and broken.problem is not None
        assert broken.problem.format() == f"{lib}/locked: error: cannot read the folder: " + (
            "Permission denied"
        )
        assert index.problems(lib / "locked") == [broken.problem]
        index.update(workers=1)  # nothing changed: still listed
        assert [e.title for e in index.entries()] == ["Open", "locked"]
    # Readable again: its articles come back and the broken entry goes.
    report = index.update(workers=1)
    assert (report.added, report.removed) == (1, 1)
    assert sorted(e.title for e in index.entries()) == ["Locked", "Open"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and permissions")
def test_a_root_folder_that_cannot_be_read_is_listed_broken(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unreadable import deny_listing

    write(lib / "a.yaml", article("Open", ["Readable."]))
    deny_listing(monkeypatch, lib)
    (entry,) = open_index(lib).entries()
    assert entry.broken and entry.path == lib and entry.problem is not None
    assert entry.problem.message == "cannot read the folder: Permission denied"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_links_that_lead_nowhere_are_listed_broken_as_check_reports_them(
    lib: Path, open_index: Any
) -> None:
    write(lib / "a.yaml", article("Open", ["Readable."]))
    (lib / "loop.yaml").symlink_to("loop.yaml")
    (lib / "gone.yaml").symlink_to("nowhere.yaml")
    entries = {e.path.name: e for e in open_index(lib).entries()}
    assert set(entries) == {"a.yaml", "loop.yaml", "gone.yaml"}
    for name in ("loop.yaml", "gone.yaml"):
        problem = entries[name].problem
        assert problem is not None and problem.message.startswith("cannot read the file: ")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_index_command_reports_a_looping_link_named_directly_not_as_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressreader.cli import main

    loop = tmp_path / "loop.yaml"
    loop.symlink_to("loop.yaml")
    status = main(["index", "--index", str(tmp_path / "i.sqlite"), str(loop)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "no such file" not in err
    assert f"{loop}: error: cannot read the file: " in err
