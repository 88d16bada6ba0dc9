"""The library list's queries: its rows as light tuples, a page at a time, and its counts.

Kept apart from `views` (whose records and JSON decoding the list does not need) so the
library screen can read its first page before its first paint with little to import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from pressreader.library.loading import EntryRow

DisplayText = Callable[[str, str], str]

# The library's order: newest first, undated last (the same in `entries` and `entry_rows`).
ENTRY_ORDER = (
    "ORDER BY a.published IS NULL, a.published DESC, a.title COLLATE NOCASE, f.rel, a.document"
)


def entry_rows(
    db: sqlite3.Connection, display: DisplayText, limit: int | None = None
) -> list[EntryRow]:
    """The rows of `entries` (same order), as light tuples; at most `limit` of them."""
    sql = (
        "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.outlet, a.published, "
        "a.quotes, a.statistics, a.tags, a.speakers, a.problems "
        "FROM articles a JOIN files f ON f.id = a.file " + ENTRY_ORDER
    )
    params: tuple[int, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    paths: dict[tuple[str, str], str] = {}
    out: list[EntryRow] = []
    append = out.append
    for root, rel, document, article_id, title, outlet, published, *counts in db.execute(
        sql, params
    ):
        quotes, statistics, tags, speakers, problems = counts
        path = paths.get((root, rel))
        if path is None:
            path = paths[(root, rel)] = display(root, rel)
        append(
            EntryRow(
                path,
                document,
                article_id,
                title,
                outlet,
                published,
                quotes,
                statistics,
                tags,
                speakers,
                problems,
                None,
            )
        )
    if limit is not None and len(out) >= limit:
        return out
    broken = "SELECT root, rel, problems FROM files WHERE errors > 0 ORDER BY root, rel"
    if limit is not None:
        broken += f" LIMIT {int(limit - len(out))}"
    for root, rel, stored in db.execute(broken):
        from pressreader.index.views import problems_of  # broken files are few

        path = display(root, rel)
        file = Path(path)
        problems = problems_of(file, stored)
        first = next(p for p in problems if p.severity == "error")
        append(
            EntryRow(path, 0, file.stem, file.name, None, None, 0, 0, "", "", len(problems), first)
        )
    return out


def entry_counts(db: sqlite3.Connection) -> tuple[int, int, int]:
    """How many articles and broken files the index lists, and its longest outlet name."""
    articles, outlet = db.execute("SELECT count(*), max(length(outlet)) FROM articles").fetchone()
    (broken,) = db.execute("SELECT count(*) FROM files WHERE errors > 0").fetchone()
    return int(articles), int(broken), int(outlet or 0)
