"""Read-only views of the index for the library screen: entries, speakers, statistics.

None of these loads an article body; they read the small tables only.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pressreader.index.listing import ENTRY_ORDER
from pressreader.library.entries import LibraryEntry
from pressreader.model import SEP, Problem

Display = Callable[[str, str], Path]


def cached(display: Display) -> Display:
    """`display` remembering each file's path: most files hold several rows."""
    paths: dict[tuple[str, str], Path] = {}

    def lookup(root: str, rel: str) -> Path:
        path = paths.get((root, rel))
        if path is None:
            path = paths[(root, rel)] = display(root, rel)
        return path

    return lookup


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(SEP)) if text else ()


def problems_of(path: Path, stored: str) -> list[Problem]:
    return [
        Problem(severity, str(path), line, column, message)
        for severity, line, column, message in json.loads(stored)
    ]


def entries(db: sqlite3.Connection, display: Display) -> list[LibraryEntry]:
    """Every article (newest first, undated last), then every file with errors."""
    out: list[LibraryEntry] = []
    for (
        root,
        rel,
        document,
        article_id,
        title,
        outlet,
        published,
        tags,
        speakers,
        quotes,
        statistics,
        problems,
    ) in db.execute(
        "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.outlet, a.published, "
        "a.tags, a.speakers, a.quotes, a.statistics, a.problems "
        "FROM articles a JOIN files f ON f.id = a.file " + ENTRY_ORDER
    ):
        out.append(
            LibraryEntry(
                path=display(root, rel),
                document=document,
                article_id=article_id,
                title=title,
                outlet=outlet,
                published=_date(published),
                quotes=quotes,
                statistics=statistics,
                tags=_split(tags),
                speakers=_split(speakers),
                problems=problems,
            )
        )
    for root, rel, stored in db.execute(
        "SELECT root, rel, problems FROM files WHERE errors > 0 ORDER BY root, rel"
    ):
        path = display(root, rel)
        problems = problems_of(path, stored)
        first = next(p for p in problems if p.severity == "error")
        out.append(
            LibraryEntry(
                path=path,
                document=0,
                article_id=path.stem,
                title=path.name,
                problem=first,
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
        counts.setdefault(name, [0, 0])[1 if kind == "indirect" else 0] += number
    roles: dict[str, str] = {}
    affiliations: dict[str, str] = {}
    # The most frequent role and affiliation of each speaker (ties: alphabetical).
    for column, into in (("role", roles), ("affiliation", affiliations)):
        for name, value, _ in db.execute(
            f"SELECT name, {column}, count(*) AS n FROM speakers WHERE {column} IS NOT NULL "
            f"GROUP BY name, {column} ORDER BY name, n DESC, {column}"
        ):
            into.setdefault(name, value)
    out = []
    for name, articles in db.execute(
        "SELECT name, count(DISTINCT article) FROM speakers GROUP BY name"
    ):
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


def quotes_by(db: sqlite3.Connection, display: Display, name: str) -> list[QuoteRef]:
    """All quotes of the speaker `name` (exact name), newest article first."""
    display = cached(display)
    return [
        QuoteRef(display(root, rel), document, article_id, title, _date(published), *rest)
        for root, rel, document, article_id, title, published, *rest in db.execute(
            "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.published, q.speaker, "
            "q.kind, q.text, q.note, q.section_index, q.section_id, q.paragraph, q.start, "
            "q.end, q.line FROM quotes q JOIN articles a ON a.id = q.article "
            "JOIN files f ON f.id = a.file WHERE q.speaker = ? "
            "ORDER BY a.published IS NULL, a.published DESC, f.rel, a.document, q.line",
            (name,),
        )
    ]


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
    for root, rel, document, article_id, title, published, *rest in db.execute(
        "SELECT f.root, f.rel, a.document, a.article_id, a.title, a.published, s.label, "
        "s.value, s.previous, s.unit, s.period, s.text, s.section_index, s.section_id, "
        "s.paragraph, s.start, s.end, s.line FROM statistics s "
        "JOIN articles a ON a.id = s.article JOIN files f ON f.id = a.file "
        "ORDER BY a.published IS NULL, a.published DESC, f.rel, a.document, s.line"
    ):
        if want_label and want_label not in rest[0].casefold():
            continue
        if want_unit and want_unit not in (rest[3] or "").casefold():
            continue
        out.append(
            StatisticRef(display(root, rel), document, article_id, title, _date(published), *rest)
        )
    return out
