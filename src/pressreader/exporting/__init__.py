"""Export: the library's quotes, statistics, articles or search hits, out to spreadsheets,
notes and other programs (CSV, TSV, JSON, JSON Lines, Markdown). No Textual.

    with LibraryIndex([Path("articles")]) as index:
        index.update()
        count = export_library(index, "quotes", "csv", sys.stdout, query=parse("speaker:Ma"))

- `records`: what a quote, statistic, article or hit row holds;
- `library`: the rows read from the index, one article at a time;
- `article`: the same rows from an article open in the reader (`article_group`);
- `formats` and `markdown`: the writers, which stream and apply the one escaping rule.

The JSON shape is versioned (`EXPORT_VERSION`) and described by
`pressreader/schema/export-v1.schema.json`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from pressreader.exporting.formats import EXPORT_VERSION, EXTENSIONS, FORMATS, SUFFIXES, write
from pressreader.exporting.records import FIELDS, KINDS, Group, as_record

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from pressreader.exporting.records import Row
    from pressreader.index import Hit, LibraryIndex
    from pressreader.index.query import Query

__all__ = [
    "EXPORT_VERSION",
    "EXTENSIONS",
    "FIELDS",
    "FORMATS",
    "KINDS",
    "SUFFIXES",
    "Group",
    "as_record",
    "export_library",
    "kept",
    "library_groups",
    "write",
]


def library_groups(
    db: sqlite3.Connection,
    display: Callable[[str, str], str],
    kind: str,
    *,
    query: Query | None = None,
    speaker: str | None = None,
    label: str | None = None,
    unit: str | None = None,
    brief: bool = False,
    found: list[Hit] | None = None,
) -> Iterator[Group]:
    """The groups of an export of `kind` read from the index (see `exporting.library`); the
    tables are checked first (`DamagedRow`), before any group is read."""
    from pressreader.exporting import library

    library.check(db, kind, brief and kind == "articles")
    if kind == "quotes":
        return library.quotes(db, display, query, speaker)
    if kind == "statistics":
        return library.statistics(db, display, query, label, unit)
    if kind == "articles":
        return library.articles(db, display, query, brief=brief)
    if kind == "hits":
        if query is None:
            raise ValueError("an export of hits needs a query")
        return library.hits(db, display, query, found=found)
    raise ValueError(f"unknown kind {kind!r}")


def kept(groups: Iterable[Group], kind: str, keep: Callable[[Row], bool]) -> Iterator[Group]:
    """The groups with only the rows `keep` keeps (a group left empty is left out)."""
    for group in groups:
        if kind == "articles":
            if keep(group.article):
                yield group
            continue
        rows = [row for row in group.rows(kind) if keep(row)]
        if rows:
            setattr(group, "hits" if kind == "hits" else kind, rows)
            yield group


def export_library(
    index: LibraryIndex,
    kind: str,
    fmt: str,
    out: TextIO,
    *,
    query: Query | None = None,
    excel: bool = False,
    speaker: str | None = None,
    label: str | None = None,
    unit: str | None = None,
    keep: Callable[[Row], bool] | None = None,
    found: list[Hit] | None = None,
) -> int:
    """Write an export of the library's `kind` records in format `fmt` to `out`, reading the
    index as it writes; return the number of records. `keep` chooses among the rows (those a
    view shows); `found`, the hits of a search already run (kind "hits")."""

    def run(db: sqlite3.Connection, display: Callable[[str, str], str]) -> int:
        # One read transaction: the rows checked are the rows written, even while another
        # process updates the index.
        db.execute("BEGIN")
        try:
            if kind == "quotes" and fmt == "csv" and keep is None:
                # Every quote (or a query's, a speaker's) in CSV: the index keeps the cells.
                from pressreader.exporting import library

                library.check_lines(db)
                end = "\r\n" if excel else "\n"
                groups = library.quote_lines(db, display, end, query, speaker)
            else:
                groups = library_groups(
                    db,
                    display,
                    kind,
                    query=query,
                    speaker=speaker,
                    label=label,
                    unit=unit,
                    brief=fmt == "markdown",
                    found=found,
                )
            if keep is not None:
                groups = kept(groups, kind, keep)
            return write(kind, fmt, groups, out, excel=excel, query=query.text if query else None)
        finally:
            db.execute("COMMIT")

    from pressreader.store.sqlite import DamagedRow

    try:
        return index.stream(run)
    except DamagedRow as error:
        # Found before anything was written: rebuild the index from the files, run again.
        index.rebuild(str(error))
        return index.stream(run)
