"""The SQL that reads the library from the index: its entries (as light rows a page at a
time, or as records), counts, speakers, quotes and statistics.

None of these loads an article body; they read the small tables only. Every value read is
checked (`index.rows`): a row the builder could not have written raises `DamagedRow`, and
the index is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pressreader.index import rows
from pressreader.library.entries import LibraryEntry
from pressreader.library.loading import EntryRow
from pressreader.model import SEP, Problem

Display = Callable[[str, str], Path]
DisplayText = Callable[[str, str], str]

# The library's order: newest first, undated last (the same in `entries` and `entry_rows`).
ENTRY_ORDER = (
    "ORDER BY a.published IS NULL, a.published DESC, a.title COLLATE NOCASE, f.rel, a.document"
)
_ENTRY_SQL = (
    "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.outlet, a.published, "
    "a.quotes, a.statistics, a.tags, a.speakers, a.problems, a.unreviewed "
    "FROM articles a JOIN files f ON f.id = a.file " + ENTRY_ORDER
)
_BROKEN_SQL = "SELECT root, rel, problems FROM files WHERE errors > 0 ORDER BY root, rel"


def cached(display: Display) -> Display:
    """`display` remembering each file's path: most files hold several rows."""
    paths: dict[tuple[str, str], Path] = {}

    def lookup(root: str, rel: str) -> Path:
        path = paths.get((root, rel))
        if path is None:
            path = paths[(root, rel)] = display(root, rel)
        return path

    return lookup


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(SEP)) if text else ()


def problems_of(path: Path, stored: object) -> list[Problem]:
    return [
        Problem(severity, str(path), line, column, message)
        for severity, line, column, message in rows.problems(stored)
    ]


def _first_error(problems: list[Problem]) -> Problem:
    """The error that makes a file broken (a file counted broken without one is damage)."""
    for problem in problems:
        if problem.severity == "error":
            return problem
    raise rows.damaged("problems of a broken file", [p.message for p in problems])


def _entry_row(row: tuple[object, ...], display: DisplayText) -> EntryRow:
    """One article row of `_ENTRY_SQL`, checked, with its path as `display` gives it."""
    (root, rel, document, article_id, title, outlet, published, quotes, statistics, tags) = row[:10]
    speakers, problems, unreviewed = row[10:]
    # The list reads thousands of these before its first paint: one expression checks a
    # good row (about a microsecond); the column-by-column checks below name what is wrong.
    if (
        type(root) is str
        and type(rel) is str
        and type(document) is int
        and type(article_id) is str
        and type(title) is str
        and (outlet is None or type(outlet) is str)
        and type(quotes) is int
        and type(statistics) is int
        and type(tags) is str
        and type(speakers) is str
        and type(problems) is int
        and type(unreviewed) is int
        and document >= 0
        and quotes >= 0
        and statistics >= 0
        and problems >= 0
        and unreviewed >= 0
        and (published is None or rows.is_iso_date(published))
    ):
        return EntryRow(
            display(root, rel),
            document,
            article_id,
            title,
            outlet,
            published,  # type: ignore[arg-type]  # checked above
            quotes,
            statistics,
            tags,
            speakers,
            problems,
            None,
            unreviewed,
        )
    return EntryRow(
        display(rows.text(root, "root"), rows.text(rel, "rel")),
        rows.count(document, "document"),
        rows.text(article_id, "article_id"),
        rows.text(title, "title"),
        rows.optional_text(outlet, "outlet"),
        rows.iso_date(published),
        rows.count(quotes, "quotes"),
        rows.count(statistics, "statistics"),
        rows.text(tags, "tags"),
        rows.text(speakers, "speakers"),
        rows.count(problems, "problems"),
        None,
        rows.count(unreviewed, "unreviewed"),
    )


def entry_rows(
    db: sqlite3.Connection, display: DisplayText, limit: int | None = None
) -> list[EntryRow]:
    """The rows of `entries` (same order), as light tuples; at most `limit` of them."""
    sql = _ENTRY_SQL
    params: tuple[int, ...] = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    paths: dict[tuple[str, str], str] = {}

    def path_of(root: str, rel: str) -> str:
        path = paths.get((root, rel))
        if path is None:
            path = paths[(root, rel)] = display(root, rel)
        return path

    out = [_entry_row(row, path_of) for row in db.execute(sql, params)]
    if limit is not None and len(out) >= limit:
        return out
    broken = _BROKEN_SQL
    if limit is not None:
        broken += f" LIMIT {int(limit - len(out))}"
    for root, rel, stored in db.execute(broken):
        path = display(rows.text(root, "root"), rows.text(rel, "rel"))
        file = Path(path)
        problems = problems_of(file, stored)
        first = _first_error(problems)
        out.append(
            EntryRow(path, 0, file.stem, file.name, None, None, 0, 0, "", "", len(problems), first)
        )
    return out


def entry_counts(db: sqlite3.Connection) -> tuple[int, int, int, int]:
    """How many articles and broken files the index lists, its longest outlet name, and how
    many articles hold unreviewed annotations."""
    articles, outlet, unreviewed = db.execute(
        "SELECT count(*), max(length(outlet)), sum(unreviewed > 0) FROM articles"
    ).fetchone()
    (broken,) = db.execute("SELECT count(*) FROM files WHERE errors > 0").fetchone()
    return int(articles), int(broken), int(outlet or 0), int(unreviewed or 0)


def entries(db: sqlite3.Connection, display: Display) -> list[LibraryEntry]:
    """Every article (newest first, undated last), then every file with errors."""
    out = list(article_entries(db, display))
    out.extend(broken_entries(db, display))
    return out


def count_articles(db: sqlite3.Connection, display: Display) -> int:
    """How many articles `entries` lists, each row read and checked as `entries` checks it
    (a damaged row raises), none kept: memory does not grow with the library."""
    count = 0
    for row in db.execute(_ENTRY_SQL):
        entry = _entry_row(row, lambda root, rel: str(display(root, rel)))
        rows.date(entry.published)
        count += 1
    return count


def article_entries(db: sqlite3.Connection, display: Display) -> Iterator[LibraryEntry]:
    """Every article's entry (newest first, undated last), as read."""
    display = cached(display)
    paths: dict[str, Path] = {}

    def path_of(root: str, rel: str) -> str:
        path = display(root, rel)
        paths[str(path)] = path
        return str(path)

    for row in db.execute(_ENTRY_SQL):
        entry = _entry_row(row, path_of)
        yield LibraryEntry(
            path=paths[entry.path],
            document=entry.document,
            article_id=entry.article_id,
            title=entry.title,
            outlet=entry.outlet,
            published=rows.date(entry.published),
            quotes=entry.quotes,
            statistics=entry.statistics,
            tags=_split(entry.tags),
            speakers=_split(entry.speakers),
            problems=entry.problems,
            unreviewed=entry.unreviewed,
        )


def broken_entries(db: sqlite3.Connection, display: Display) -> list[LibraryEntry]:
    """One entry per file with errors (as `entries` ends), by path."""
    out: list[LibraryEntry] = []
    for root, rel, stored in db.execute(_BROKEN_SQL):
        path = display(rows.text(root, "root"), rows.text(rel, "rel"))
        problems = problems_of(path, stored)
        out.append(
            LibraryEntry(
                path=path,
                document=0,
                article_id=path.stem,
                title=path.name,
                problem=_first_error(problems),
                problems=len(problems),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A person quoted or listed in the library, with how often."""

    name: str
    articles: int  # articles that list or quote them
    quotes: int
    direct: int
    indirect: int
    role: str | None  # the role most articles give them
    affiliation: str | None


def speakers(db: sqlite3.Connection) -> list[SpeakerSummary]:
    """Every speaker, most quoted first."""
    counts: dict[str, list[int]] = {}
    for name, kind, number in db.execute(
        "SELECT speaker, kind, count(*) FROM quotes GROUP BY speaker, kind"
    ):
        name = rows.text(name, "speaker")
        kind = rows.text(kind, "kind")
        counts.setdefault(name, [0, 0])[1 if kind == "indirect" else 0] += number
    roles: dict[str, str] = {}
    affiliations: dict[str, str] = {}
    # The most frequent role and affiliation of each speaker (ties: alphabetical).
    for column, into in (("role", roles), ("affiliation", affiliations)):
        for name, value, _ in db.execute(
            f"SELECT name, {column}, count(*) AS n FROM speakers WHERE {column} IS NOT NULL "
            f"GROUP BY name, {column} ORDER BY name, n DESC, {column}"
        ):
            into.setdefault(rows.text(name, "name"), rows.text(value, column))
    out = []
    for name, articles in db.execute(
        "SELECT name, count(DISTINCT article) FROM speakers GROUP BY name"
    ):
        name = rows.text(name, "name")
        direct, indirect = counts.get(name, (0, 0))
        out.append(
            SpeakerSummary(
                name,
                articles,
                direct + indirect,
                direct,
                indirect,
                roles.get(name),
                affiliations.get(name),
            )
        )
    out.sort(key=lambda s: (-s.quotes, -s.articles, s.name.casefold()))
    return out


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A quote somewhere in the library, with where to open it."""

    path: Path
    document: int
    article_id: str
    title: str
    published: dt.date | None
    speaker: str
    kind: str  # "direct" or "indirect"
    text: str
    note: str | None
    section_index: int | None
    section_id: str | None
    paragraph: int | None
    start: int | None  # the anchor's offsets in the paragraph's original string
    end: int | None
    line: int  # the quote's line in the YAML file


def _anchor(
    section_index: object, section_id: object, paragraph: object, start: object, end: object
) -> tuple[int | None, str | None, int | None, int | None, int | None]:
    return (
        rows.optional_count(section_index, "section_index"),
        rows.optional_text(section_id, "section_id"),
        rows.optional_count(paragraph, "paragraph"),
        rows.optional_count(start, "start"),
        rows.optional_count(end, "end"),
    )


def _article(
    display: Display, root: object, rel: object, document: object, article_id: object, title: object
) -> tuple[Path, int, str, str]:
    return (
        display(rows.text(root, "root"), rows.text(rel, "rel")),
        rows.count(document, "document"),
        rows.text(article_id, "article_id"),
        rows.text(title, "title"),
    )


def quotes_by(db: sqlite3.Connection, display: Display, name: str) -> list[QuoteRef]:
    """All quotes of the speaker `name` (exact name), newest article first."""
    display = cached(display)
    out = []
    for row in db.execute(
        "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.published, q.speaker, "
        "q.kind, q.text, q.note, q.section_index, q.section_id, q.paragraph, q.start, "
        "q.end, q.line FROM quotes q JOIN articles a ON a.id = q.article "
        "JOIN files f ON f.id = a.file WHERE q.speaker = ? "
        "ORDER BY a.published IS NULL, a.published DESC, f.rel, a.document, q.line",
        (name,),
    ):
        root, rel, document, article_id, title, published, speaker, kind, text, *rest = row
        note, *anchor, line = rest
        path, number, ident, heading = _article(display, root, rel, document, article_id, title)
        section_index, section_id, paragraph, start, end = _anchor(*anchor)
        out.append(
            QuoteRef(
                path,
                number,
                ident,
                heading,
                rows.date(published),
                rows.text(speaker, "speaker"),
                rows.text(kind, "kind"),
                rows.text(text, "text"),
                rows.optional_text(note, "note"),
                section_index,
                section_id,
                paragraph,
                start,
                end,
                rows.count(line, "line"),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class StatisticRef:
    """A figure somewhere in the library, with where to open it."""

    path: Path
    document: int
    article_id: str
    title: str
    published: dt.date | None
    label: str
    value: float
    previous: float | None
    unit: str | None
    period: str | None
    text: str | None
    section_index: int | None
    section_id: str | None
    paragraph: int | None
    start: int | None
    end: int | None
    line: int


def statistics(
    db: sqlite3.Connection,
    display: Display,
    label: str | None = None,
    unit: str | None = None,
) -> list[StatisticRef]:
    """Every statistic, newest article first; `label` / `unit` keep those containing the text
    (ignoring case)."""
    display = cached(display)
    want_label = label.casefold() if label else None
    want_unit = unit.casefold() if unit else None
    out = []
    for row in db.execute(
        "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.published, s.label, "
        "s.value, s.previous, s.unit, s.period, s.text, s.section_index, s.section_id, "
        "s.paragraph, s.start, s.end, s.line FROM statistics s "
        "JOIN articles a ON a.id = s.article JOIN files f ON f.id = a.file "
        "ORDER BY a.published IS NULL, a.published DESC, f.rel, a.document, s.line"
    ):
        root, rel, document, article_id, title, published, name, value, previous, *rest = row
        stat_unit, period, text, *anchor, line = rest
        name = rows.text(name, "label")
        stat_unit = rows.optional_text(stat_unit, "unit")
        if want_label and want_label not in name.casefold():
            continue
        if want_unit and want_unit not in (stat_unit or "").casefold():
            continue
        path, number, ident, heading = _article(display, root, rel, document, article_id, title)
        section_index, section_id, paragraph, start, end = _anchor(*anchor)
        out.append(
            StatisticRef(
                path,
                number,
                ident,
                heading,
                rows.date(published),
                name,
                rows.number(value, "value"),
                rows.optional_number(previous, "previous"),
                stat_unit,
                rows.optional_text(period, "period"),
                rows.optional_text(text, "text"),
                section_index,
                section_id,
                paragraph,
                start,
                end,
                rows.count(line, "line"),
            )
        )
    return out
