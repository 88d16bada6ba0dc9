"""Read what an export holds from the library's index, one article at a time.

Each function takes the index's reading connection and its `display(root, rel)` (see
`LibraryIndex.stream`) and yields `Group`s in the order of the files (by path, then each
file's articles and each article's quotes or statistics in the file's order): SQLite reads
them along its indexes, without sorting, so an export of the whole library writes as it
reads and holds one article's rows at a time.

The index is a file anyone can edit: before the rows are read, `check` runs one SQL query per
table that makes sure every value is of the kind the index's builder writes, and raises
`DamagedRow` otherwise, so the loop that writes rows need not check each value. The citation
of each quote and statistic was made by `text.citation` (what `y` copies in the reader) when
the article was indexed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from pressreader.exporting.records import Group, Row, Value, statistic_row
from pressreader.index.query import Query
from pressreader.index.schema import QUOTE, STATISTIC
from pressreader.index.search import (
    Hit,
    allow,
    execute,
    field_matcher,
    quote_speakers,
    selection,
)
from pressreader.store.sqlite import DamagedRow
from pressreader.text.cells import FORMULA
from pressreader.text.cells import FORMULA_FIRST as _FORMULA_FIRST
from pressreader.text.sections import SEP, section_title

Display = Callable[[str, str], str]  # a file's path as shown, from its root and relative path

_HEAD = "a.article_id, a.title, a.outlet, a.published, a.url"
# The files by path, each file's articles in its order (their ids are given in that order):
# with CROSS JOIN, SQLite reads along the indexes in this order and sorts nothing.
_FILE_ORDER = "ORDER BY f.root, f.rel, a.id"
_JOIN = "FROM files f CROSS JOIN articles a ON a.file = f.id"
_ALLOWED = "a.id IN (SELECT id FROM temp.allowed)"

# What the builder writes in each column the export reads: SQL conditions that hold for a
# good row (a NULL only where the column may be empty).
_TEXT = "typeof({c}) = 'text'"
_OPTIONAL_TEXT = "({c} IS NULL OR typeof({c}) = 'text')"
_COUNT = "(typeof({c}) = 'integer' AND {c} >= 0)"
_OPTIONAL_COUNT = "({c} IS NULL OR " + _COUNT + ")"
_NUMBER = "typeof({c}) IN ('integer', 'real')"
_OPTIONAL_NUMBER = "({c} IS NULL OR typeof({c}) IN ('integer', 'real'))"
_FLAG = "(typeof({c}) = 'integer' AND {c} IN (0, 1))"
_DATE = "({c} IS NULL OR (typeof({c}) = 'text' AND length({c}) = 10 AND date({c}) IS {c}))"

_GOOD: dict[str, list[tuple[str, str]]] = {
    "files": [(_TEXT, "root"), (_TEXT, "rel")],
    "articles": [
        (_COUNT, "document"),
        (_TEXT, "article_id"),
        (_TEXT, "title"),
        (_OPTIONAL_TEXT, "outlet"),
        (_DATE, "published"),
        (_OPTIONAL_TEXT, "url"),
        (_OPTIONAL_TEXT, "language"),
        (_TEXT, "tags"),
        (_TEXT, "speakers"),
        (_TEXT, "authors"),
        (_COUNT, "quotes"),
        (_COUNT, "statistics"),
        (_COUNT, "unreviewed"),
        (_TEXT, "csv"),
    ],
    "quotes": [
        (_TEXT, "speaker"),
        ("kind IN ('direct', 'indirect')", "kind"),
        (_TEXT, "text"),
        (_OPTIONAL_TEXT, "note"),
        (_OPTIONAL_TEXT, "section"),
        (_OPTIONAL_COUNT, "paragraph"),
        (_COUNT, "line"),
        (_FLAG, "reviewed"),
        (_OPTIONAL_TEXT, "role"),
        (_OPTIONAL_TEXT, "affiliation"),
        (_TEXT, "citation"),
        (_TEXT, "csv"),
    ],
    "statistics": [
        (_TEXT, "label"),
        (_NUMBER, "value"),
        (_OPTIONAL_NUMBER, "previous"),
        (_OPTIONAL_TEXT, "unit"),
        (_OPTIONAL_TEXT, "period"),
        (_OPTIONAL_TEXT, "text"),
        (_OPTIONAL_TEXT, "note"),
        (_OPTIONAL_TEXT, "section"),
        (_OPTIONAL_COUNT, "paragraph"),
        (_COUNT, "line"),
        (_FLAG, "reviewed"),
        (_TEXT, "citation"),
    ],
}


TABLES = {
    "quotes": ("files", "articles", "quotes"),
    "statistics": ("files", "articles", "statistics"),
    "articles": ("files", "articles"),
    "hits": ("files", "articles"),
}


# What `quote_lines` reads: only these columns need checking for it.
_GOOD_LINES: dict[str, list[tuple[str, str]]] = {
    "files": _GOOD["files"],
    "articles": [(_TEXT, "csv")],
    "quotes": [(_TEXT, "csv"), (_COUNT, "line"), (_TEXT, "speaker")],
}


def check_lines(db: sqlite3.Connection) -> None:
    """`check` for `quote_lines`, which reads fewer columns."""
    _check(db, "files", "articles", "quotes", good=_GOOD_LINES)


def check(db: sqlite3.Connection, kind: str, brief: bool = False) -> None:
    """Check the tables an export of `kind` reads (`DamagedRow` when one holds what the
    builder never writes): before anything is written, so that an export of a damaged index
    can be run again once the index is rebuilt."""
    tables = ("files", "articles", "quotes", "statistics") if brief else TABLES[kind]
    _check(db, *tables)


def _check(
    db: sqlite3.Connection,
    *tables: str,
    good: dict[str, list[tuple[str, str]]] = _GOOD,
) -> None:
    """Raise `DamagedRow` when a row of `tables` holds what the builder never writes (one
    scan of each table; the column is named when a row is found)."""
    for table in tables:
        tests = [(condition.format(c=column), column) for condition, column in good[table]]
        where = " OR ".join(f"NOT ({test})" for test, _ in tests)
        bad = db.execute(f"SELECT rowid FROM {table} WHERE {where} LIMIT 1").fetchone()
        if bad is None:
            continue
        from pressreader.index.rows import damaged

        for test, column in tests:
            found = db.execute(
                f"SELECT {column} FROM {table} WHERE rowid = ? AND NOT ({test})", bad
            ).fetchone()
            if found is not None:
                raise damaged(f"{table}.{column}", found[0])
        raise damaged(table, bad[0])  # pragma: no cover - a NULL test: one of the above


class _Paths:
    """`display` remembering each file's path as text: most files hold several rows."""

    def __init__(self, display: Display) -> None:
        self.display = display
        self.known: dict[tuple[str, str], str] = {}

    def __call__(self, root: str, rel: str) -> str:
        path = self.known.get((root, rel))
        if path is None:
            path = self.known[(root, rel)] = self.display(root, rel)
        return path


def _article_head(head: Row, path: str) -> Row:
    """An article's row when only its head is read (for a group of quotes or statistics)."""
    return (*head, None, [], [], [], None, None, None, path, None)


def _chosen(
    db: sqlite3.Connection, query: Query | None, kind: int
) -> tuple[list[str], dict[int, set[int]] | None]:
    """The conditions for the articles `query` chooses, and, when its words choose some
    quotes or statistics of them, the ordinals of those (by article: the nth quote of an
    article is its nth quote passage, both written in the file's order)."""
    if query is None:
        return [], None
    allowed, passages = selection(db, query, (kind,))
    allow(db, allowed)
    if passages is None or kind < 0:
        return [_ALLOWED], None
    wanted: dict[int, set[int]] = {}
    number: dict[int, int] = {}
    for pid, article in db.execute(
        "SELECT id, article FROM passages WHERE kind = ? "
        "AND article IN (SELECT id FROM temp.allowed) ORDER BY id",
        (kind,),
    ):
        ordinal = number.get(article, 0)
        number[article] = ordinal + 1
        if pid in passages:
            wanted.setdefault(article, set()).add(ordinal)
    return [_ALLOWED], wanted


def _keeper(wanted: dict[int, set[int]] | None) -> Callable[[int], bool] | None:
    """Whether the next row of an article (its id given) is among `wanted`."""
    if wanted is None:
        return None
    seen: dict[int, int] = {}

    def keep(article: int) -> bool:
        ordinal = seen.get(article, 0)
        seen[article] = ordinal + 1
        return ordinal in wanted.get(article, ())

    return keep


def _where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


def quotes(
    db: sqlite3.Connection,
    display: Display,
    query: Query | None = None,
    speaker: str | None = None,
    *,
    article: int | None = None,
    quote: int | None = None,
) -> Iterator[Group]:
    """The quotes `query` chooses (every quote without one), or those of the speaker called
    exactly `speaker`: as `pressreader search` would find them, a required `speaker:` keeping
    only that speaker's quotes, and words only the quotes that hold them."""
    conditions, wanted = _chosen(db, query, QUOTE)
    params: list[object] = []
    if speaker is not None:
        conditions.append("q.speaker = ?")
        params.append(speaker)
    if article is not None:
        conditions.append("a.id = ?")
        params.append(article)
    if quote is not None:
        conditions.append("q.id = ?")
        params.append(quote)
    matchers = [field_matcher(f) for f in quote_speakers(query.root)] if query else []
    keep = _keeper(wanted)
    paths = _Paths(display)
    sql = (
        f"SELECT {_HEAD}, q.section, q.paragraph + 1, q.speaker, q.role, q.affiliation, q.kind, "
        "q.text, q.note, q.reviewed, q.citation, f.root, f.rel, q.line, a.id "
        f"{_JOIN} CROSS JOIN quotes q ON q.article = a.id"
        f"{_where(conditions)} {_FILE_ORDER}, q.id"
    )
    group: Group | None = None
    current = None
    path = ""
    pending: list[Row] = []
    add = pending.append
    for row in db.execute(sql, params):
        ident = row[18]
        if keep is not None and not keep(ident):
            continue
        if matchers and not any(match(row[7]) for match in matchers):
            continue
        if ident != current:
            if group is not None:
                yield group
            current = ident
            path = paths(row[15], row[16])
            group = Group(_article_head(row[:5], path))
            add = group.quotes.append
        add((*row[:13], row[13] == 1, row[14], path, row[17]))
    if group is not None:
        yield group


def quote_lines(
    db: sqlite3.Connection,
    display: Display,
    end: str,
    query: Query | None = None,
    speaker: str | None = None,
) -> Iterator[Group]:
    """The quotes `quotes` gives, as CSV lines ending in `end`, made of the cells the index
    keeps (the article's and the quote's, made by `text.cells` as the writer would make them;
    a test compares the two): only the file's path is made here. The fastest export there is,
    for the most common one.

    When every quote of the chosen articles goes out (no words, no speaker to keep), SQLite
    joins each article's quote cells into one text (`_article_lines`); else one row per quote
    (`_quote_rows`)."""
    conditions, wanted = _chosen(db, query, QUOTE)
    params: list[object] = []
    if speaker is not None:
        conditions.append("q.speaker = ?")
        params.append(speaker)
    matchers = [field_matcher(f) for f in quote_speakers(query.root)] if query else []
    if wanted is None and not matchers and speaker is None:
        return _article_lines(db, display, end, conditions)
    return _quote_rows(db, display, end, conditions, params, _keeper(wanted), matchers)


def _again(db: sqlite3.Connection, display: Display, end: str, quote: int) -> str:
    """A quote's line made from its values (its cells in the index look altered, or one
    holds `,=` in quotation marks)."""
    from pressreader.exporting.formats import csv_text

    return "".join(
        csv_text("quotes", group.quotes, end) for group in quotes(db, display, quote=quote)
    )


def _quote_rows(
    db: sqlite3.Connection,
    display: Display,
    end: str,
    conditions: list[str],
    params: list[object],
    keep: Callable[[int], bool] | None,
    matchers: list[Callable[[str], bool]],
) -> Iterator[Group]:
    """`quote_lines`, one row per quote: each quote's cells checked (`suspect_cells`) and
    made again from its values when they look altered."""
    from pressreader.text.cells import suspect_cells

    paths = _Paths(display)
    sql = (
        "SELECT a.csv, q.csv, f.root, f.rel, q.line, a.id, q.speaker, q.id "
        f"{_JOIN} CROSS JOIN quotes q ON q.article = a.id{_where(conditions)} {_FILE_ORDER}, q.id"
    )
    # The lines go out a few hundred at a time (in groups without an article: a CSV line
    # needs none), so that a group is not made for each article.
    group = Group(())
    add = group.lines.append
    current = None
    head = tail = ""
    altered = False
    for row in db.execute(sql, params):
        ident = row[5]
        if keep is not None and not keep(ident):
            continue
        if matchers and not any(match(row[6]) for match in matchers):
            continue
        if ident != current:
            if len(group.lines) >= 500:
                yield group
                group = Group(())
                add = group.lines.append
            current = ident
            tail = _path_cell(paths(row[2], row[3]))
            head = f"{row[0]},"
            altered = suspect_cells(row[0])
        if altered or suspect_cells(row[1]):
            add(_again(db, display, end, row[7]))
        else:
            add(f"{head}{row[1]},{tail}{row[4]}{end}")
    if group.lines:
        yield group


_FORMULA_AFTER = re.compile(r',"?[=+@\-]')  # a cell after the first that begins like a formula
_BATCH = 500  # articles whose lines are checked and written at once


def _fine(cells: bytes) -> bool:
    """Whether CSV cells (UTF-8, joined by commas) hold only what cells made by `text.cells`
    hold: not bytes that are not UTF-8, a character that is not printable (but a line break),
    or a cell that begins like a formula. Cells that are fine may fail too (see
    `suspect_cells`): their lines are then made quote by quote."""
    try:
        text = cells.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return (
        text.replace("\n", " ").isprintable()
        and not text.startswith(_FORMULA_FIRST)
        and _FORMULA_AFTER.search(text) is None
    )


def _article_lines(
    db: sqlite3.Connection, display: Display, end: str, conditions: list[str]
) -> Iterator[Group]:
    """`quote_lines` for every quote of the chosen articles: each line joined from the cells
    the index keeps, as they are stored (UTF-8: no text object is made for a cell), the
    cells of a few hundred articles checked at once, by two scans in C, for what no cell made
    by `text.cells` holds (a character not printable, a cell that begins like a formula; the
    path and the line number are made here); a batch that fails is written again quote by
    quote (`_quote_rows`), which checks each."""
    sql = (
        "SELECT CAST(a.csv AS BLOB), CAST(q.csv AS BLOB), f.root, f.rel, q.line, a.id "
        f"{_JOIN} CROSS JOIN quotes q ON q.article = a.id{_where(conditions)} {_FILE_ORDER}, q.id"
    )
    newline = end.encode()
    cursor = db.execute(sql)
    cursor.arraysize = 2048
    current = None
    place: tuple[str, str] | None = None
    head = tail = b""
    lines: list[bytes] = []
    add = lines.append
    heads: list[bytes] = []
    cells: list[bytes] = []
    cell = cells.append
    idents: list[int] = []
    while True:
        rows = cursor.fetchmany()
        for row in rows:
            if row[5] != current:
                current = row[5]
                head = row[0] + b","
                heads.append(head)
                idents.append(current)
                if place != (row[2], row[3]):
                    place = (row[2], row[3])
                    tail = _path_cell(display(row[2], row[3])).encode("utf-8", "replace")
            add(b"%s%s,%s%d%s" % (head, row[1], tail, row[4], newline))
            cell(row[1])
        if len(heads) < _BATCH and rows:
            continue
        if not lines:
            break
        data = b"".join(lines)
        group = Group(())
        if _fine(b",".join(cells)) and _fine(b"".join(heads)):
            group.data = data
            group.count = len(lines)
        else:
            for ident in idents:
                for part in _quote_rows(db, display, end, ["a.id = ?"], [ident], None, []):
                    group.lines.extend(part.lines)
                    group.count += len(part.lines)
        yield group
        lines = []
        add = lines.append
        heads = []
        cells = []
        cell = cells.append
        idents = []
        if not rows:
            break


def _path_cell(path: str) -> str:
    """`PATH,`: a file's path as a CSV cell and the comma after it (`_path_cells`)."""
    if path.isprintable() and path[:1] not in FORMULA and "," not in path and '"' not in path:
        return f"{path},"
    from pressreader.text.cells import csv_cells, text_cell

    return csv_cells([text_cell(path, False), ""])


def statistics(
    db: sqlite3.Connection,
    display: Display,
    query: Query | None = None,
    label: str | None = None,
    unit: str | None = None,
    *,
    article: int | None = None,
) -> Iterator[Group]:
    """The statistics `query` chooses (all without one), optionally only those whose label
    or unit contains the text given (ignoring case), as the statistics view filters them."""
    conditions, wanted = _chosen(db, query, STATISTIC)
    params: list[object] = []
    if article is not None:
        conditions.append("a.id = ?")
        params.append(article)
    keep = _keeper(wanted)
    want_label = label.casefold() if label else None
    want_unit = unit.casefold() if unit else None
    paths = _Paths(display)
    sql = (
        f"SELECT {_HEAD}, s.section, s.paragraph + 1, s.label, s.value, s.previous, s.unit, "
        "s.period, s.text, s.note, s.reviewed, s.citation, f.root, f.rel, s.line, a.id "
        f"{_JOIN} CROSS JOIN statistics s ON s.article = a.id"
        f"{_where(conditions)} {_FILE_ORDER}, s.id"
    )
    group: Group | None = None
    current = None
    path = ""
    for row in db.execute(sql, params):
        ident = row[19]
        if keep is not None and not keep(ident):
            continue
        if want_label and want_label not in row[7].casefold():
            continue
        if want_unit and want_unit not in (row[10] or "").casefold():
            continue
        if ident != current:
            if group is not None:
                yield group
            current = ident
            path = paths(row[16], row[17])
            group = Group(_article_head(row[:5], path))
        assert group is not None
        group.statistics.append(
            statistic_row(row[:5], row[5], row[6], row[7:14], row[14] == 1, row[15], path, row[18])
        )
    if group is not None:
        yield group


def _split(text: str) -> list[str]:
    return text.split(SEP) if text else []


def articles(
    db: sqlite3.Connection, display: Display, query: Query | None = None, *, brief: bool = False
) -> Iterator[Group]:
    """The articles `query` chooses (all without one), with their metadata and counts; with
    `brief`, each with its quotes and statistics too (what a Markdown brief shows)."""
    conditions, _ = _chosen(db, query, -1)
    paths = _Paths(display)
    sql = (
        f"SELECT {_HEAD}, a.language, a.authors, a.tags, a.speakers, a.quotes, a.statistics, "
        f"a.unreviewed, f.root, f.rel, a.document, a.id {_JOIN}{_where(conditions)} {_FILE_ORDER}"
    )
    for row in db.execute(sql):
        path = paths(row[12], row[13])
        group = Group(
            (*row[:6], _split(row[6]), _split(row[7]), _split(row[8]), *row[9:12], path, row[14])
        )
        if brief:
            for part in quotes(db, display, article=row[15]):
                group.quotes.extend(part.quotes)
            for part in statistics(db, display, article=row[15]):
                group.statistics.extend(part.statistics)
        yield group


def hits(
    db: sqlite3.Connection,
    display: Display,
    query: Query,
    limit: int | None = None,
    found: list[Hit] | None = None,
) -> Iterator[Group]:
    """The search's hits for `query` (or those `found` already), grouped by article in the
    order of each article's best hit, each article with its metadata."""
    if found is None:
        found = execute(db, query, lambda root, rel: Path(display(root, rel)), limit)
    order: dict[tuple[str, Value], list[Row]] = {}
    for hit in found:
        section = None
        if hit.kind != "metadata" and hit.section_index is not None:
            section = section_title(hit.heading, hit.section_index)
        text = hit.snippet
        if hit.speaker and text.startswith(f"{hit.speaker}: "):
            text = text[len(hit.speaker) + 2 :]
        paragraph = hit.paragraph + 1 if hit.paragraph is not None else None
        order.setdefault((str(hit.path), hit.document), []).append(
            (section, paragraph, hit.kind, hit.speaker, text, str(hit.path), hit.line)
        )
    if not order:
        return
    known: dict[tuple[str, Value], Group] = {}
    for group in articles(db, display):
        key = (str(group.article[12]), group.article[13])
        if key in order:
            known[key] = group
    for key, rows in order.items():
        match = known.get(key)
        if match is None:
            raise DamagedRow(f"a hit's article is missing from the index ({key[0]})")
        head = match.article[:5]
        match.hits = [(*head, *row) for row in rows]
        yield match
