"""The library list's queries: light rows in the entries' order, a first page, counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pressreader.index import LibraryIndex
from pressreader.library.loading import entry_from_row
from tests.search.conftest import article, write


def _library(lib: Path) -> None:
    write(lib / "old.yaml", article("Old news", ["Harbour trade fell."], published="2020-05-01"))
    write(
        lib / "new.yaml",
        article("New news", ["Trade rose."], published="2023-02-03", outlet="The Long Outlet"),
    )
    write(lib / "same-day-b.yaml", article("beta", ["Text."], published="2021-01-01"))
    write(lib / "same-day-a.yaml", article("Alpha", ["Text."], published="2021-01-01"))
    write(lib / "sub" / "undated.yml", article("Undated", ["No date here."]))
    (lib / "bad.yaml").write_text("title: [unclosed\nsections: 3\n", encoding="utf-8")


def test_rows_are_the_entries_in_the_same_order(lib: Path, open_index: Any) -> None:
    _library(lib)
    index = open_index(lib)
    rows = index.entry_rows()
    assert [entry_from_row(row) for row in rows] == index.entries()
    assert [row.title for row in rows] == [
        "New news",
        "Alpha",  # same day: by title, case-insensitively
        "beta",
        "Old news",
        "Undated",
        "bad.yaml",  # broken files last, with their first problem
    ]
    assert rows[-1].broken and rows[-1].problem is not None
    assert rows[0].path == str(lib / "new.yaml")


def test_a_first_page_is_the_start_of_the_rows(lib: Path, open_index: Any) -> None:
    _library(lib)
    index = open_index(lib)
    everything = index.entry_rows()
    for limit in (1, 3, 5, 6, 50):
        assert index.entry_rows(limit) == everything[:limit]
    assert index.entry_counts() == (5, 1, len("The Long Outlet"), 0)


def test_an_index_without_the_list_order_gets_it_on_its_next_update(
    lib: Path, tmp_path: Path
) -> None:
    _library(lib)
    path = tmp_path / "older.sqlite"
    with LibraryIndex([lib], path) as index:
        index.update(workers=1)
        expected = index.entry_rows()
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX articles_order")  # as made by a version without it

    def has_order_index() -> bool:
        with sqlite3.connect(path) as db:
            found = db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'articles_order'"
            ).fetchone()
        return bool(found[0])

    assert not has_order_index()
    with LibraryIndex([lib], path) as index:
        assert index.entry_rows() == expected  # the same rows, sorted without the index
        index.update(workers=1)
        assert has_order_index()
        assert index.entry_rows() == expected
