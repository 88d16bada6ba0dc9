"""Build library entries by reading article files, and load an entry's article on open.

This is the file-based source of `LibraryEntry` records; an index-backed source produces
the same records, so the library screen depends only on `LibraryEntry`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, overload

from pressreader.library.entries import LibraryEntry
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import SEP, Article, LoadResult, Problem


class EntryRow(NamedTuple):
    """A library entry as the list holds it: plain values, no `Path` or date objects.

    Thousands of these are cheap to read from the index and to filter; the `LibraryEntry`
    of a row is made only when something asks for it (`entry_from_row`).
    """

    path: str
    document: int
    article_id: str
    title: str
    outlet: str | None
    published: str | None  # ISO date
    quotes: int
    statistics: int
    tags: str  # joined with SEP
    speakers: str  # joined with SEP
    problems: int
    problem: Problem | None  # the first error of a broken file
    unreviewed: int = 0  # quotes and statistics no person has confirmed (`reviewed: false`)

    @property
    def broken(self) -> bool:
        return self.problem is not None and self.problem.severity == "error"

    @property
    def key(self) -> tuple[str, int, str, bool]:
        """What identifies the row across reloads (the list keeps its cursor on it)."""
        return (self.path, self.document, self.article_id, self.problem is not None)

    def haystack(self) -> str:
        """The casefolded text the library's filter looks in."""
        name = self.path.rsplit(os.sep, 1)[-1]
        text = " ".join((self.title, self.outlet or "", name, self.tags, self.speakers))
        return text.replace(SEP, " ").casefold()


def row_from_entry(entry: LibraryEntry) -> EntryRow:
    return EntryRow(
        str(entry.path),
        entry.document,
        entry.article_id,
        entry.title,
        entry.outlet,
        entry.published.isoformat() if entry.published else None,
        entry.quotes,
        entry.statistics,
        SEP.join(entry.tags),
        SEP.join(entry.speakers),
        entry.problems,
        entry.problem,
        entry.unreviewed,
    )


def entry_from_row(row: EntryRow) -> LibraryEntry:
    return LibraryEntry(
        path=Path(row.path),
        document=row.document,
        article_id=row.article_id,
        title=row.title,
        outlet=row.outlet,
        published=dt.date.fromisoformat(row.published) if row.published else None,
        quotes=row.quotes,
        statistics=row.statistics,
        tags=tuple(row.tags.split(SEP)) if row.tags else (),
        speakers=tuple(row.speakers.split(SEP)) if row.speakers else (),
        problem=row.problem,
        problems=row.problems,
        unreviewed=row.unreviewed,
    )


def sort_entries(entries: Iterable[LibraryEntry]) -> list[LibraryEntry]:
    """Newest first; undated articles after dated ones, then by title."""

    def key(entry: LibraryEntry) -> tuple[bool, int, str, str]:
        ordinal = entry.published.toordinal() if entry.published else 0
        return (entry.published is None, -ordinal, entry.title.casefold(), str(entry.path))

    return sorted(entries, key=key)


class EntryView(Sequence[LibraryEntry]):
    """The `LibraryEntry` records of rows, each made when it is read."""

    __slots__ = ("_rows",)

    def __init__(self, rows: Sequence[EntryRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> LibraryEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[LibraryEntry]: ...

    def __getitem__(self, index: int | slice) -> LibraryEntry | list[LibraryEntry]:
        if isinstance(index, slice):
            return [entry_from_row(row) for row in self._rows[index]]
        return entry_from_row(self._rows[index])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EntryView({len(self)} entries)"


def _speakers(article: Article) -> tuple[str, ...]:
    names = dict.fromkeys(s.name for s in article.speakers)
    names.update(dict.fromkeys(q.speaker for q in article.quotes))
    return tuple(names)


def _unreviewed(article: Article) -> int:
    """How many of the article's quotes and statistics no person has confirmed yet."""
    return sum(not quote.reviewed for quote in article.quotes) + sum(
        not statistic.reviewed for statistic in article.statistics
    )


def entry_for_article(article: Article, path: Path, problems: int = 0) -> LibraryEntry:
    """The library record of a loaded article."""
    return LibraryEntry(
        path=path,
        document=article.document,
        article_id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        quotes=len(article.quotes),
        statistics=len(article.statistics),
        tags=tuple(article.tags),
        speakers=_speakers(article),
        problems=problems,
        unreviewed=_unreviewed(article),
    )


def entries_for_result(result: LoadResult) -> list[LibraryEntry]:
    """One entry per good article of a file, plus one for the file when it has errors."""
    entries = [
        entry_for_article(article, result.path, len(result.warnings)) for article in result.articles
    ]
    errors = result.errors
    if errors:
        entries.append(
            LibraryEntry(
                path=result.path,
                document=0,
                article_id=result.path.stem,
                title=result.path.name,
                problem=errors[0],
                problems=len(result.problems),
            )
        )
    return entries


def load_entries(
    paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[LibraryEntry]:
    """Load every article file under `paths` and yield its entries, file by file.

    Files are read one at a time so a caller in a worker can show entries as they come;
    a broken file yields an entry with `problem` set and never stops the loading.
    """
    from pressreader.format.loader import load_file
    from pressreader.library.files import discover

    found = discover(paths)
    for missing in found.missing:
        problem = Problem("error", str(missing), None, None, "no such file or folder")
        yield LibraryEntry(missing, 0, missing.stem, missing.name, problem=problem, problems=1)
    for problem in found.unreadable:  # folders that cannot be listed
        folder = Path(problem.path)
        yield LibraryEntry(folder, 0, folder.stem, folder.name, problem=problem, problems=1)
    for path in found.files:
        yield from entries_for_result(load_file(path, max_bytes=max_bytes))


@dataclass(slots=True)
class Opened:
    """What opening an entry gave: its article, or the problems that stop it."""

    article: Article | None
    problems: list[Problem] = field(default_factory=list)


def open_entry(entry: LibraryEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> Opened:
    """Load the article behind `entry` from its file (bodies are loaded only when opened)."""
    from pressreader.format.loader import load_file

    if entry.problem is not None and os.path.isdir(entry.path):
        # A folder that could not be listed: say why, not that a folder is not an article.
        from pressreader.library.files import unreadable_folder

        return Opened(None, [unreadable_folder(entry.path)])
    result = load_file(entry.path, max_bytes=max_bytes)
    return opened_from_result(entry, result)


def opened_from_result(entry: LibraryEntry, result: LoadResult) -> Opened:
    if entry.problem is None:
        for article in result.articles:
            if article.document == entry.document and article.id == entry.article_id:
                return Opened(article, result.problems)
        for article in result.articles:
            if article.id == entry.article_id:
                return Opened(article, result.problems)
    if not result.problems and entry.problem is not None:
        # The file was repaired since its entries were made.
        return Opened(result.articles[0] if result.articles else None, [])
    problems = result.problems or [
        Problem("error", str(entry.path), None, None, "the article is no longer in the file")
    ]
    return Opened(None, problems)
