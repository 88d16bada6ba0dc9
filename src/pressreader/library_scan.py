"""Build library entries by reading article files, and load an entry's article on open.

This is the file-based source of `LibraryEntry` records; an index-backed source produces
the same records, so the library screen depends only on `LibraryEntry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pressreader.library import LibraryEntry
from pressreader.model import Article, LoadResult, Problem

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def _speakers(article: Article) -> tuple[str, ...]:
    names = dict.fromkeys(s.name for s in article.speakers)
    names.update(dict.fromkeys(q.speaker for q in article.quotes))
    return tuple(names)


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


def scan(paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[LibraryEntry]:
    """Yield the entries of every article file under `paths`, file by file.

    Files are read one at a time so a caller in a worker can show entries as they come;
    a broken file yields an entry with `problem` set and never stops the scan.
    """
    from pressreader.discovery import discover
    from pressreader.loader import load_file

    found = discover(paths)
    for missing in found.missing:
        problem = Problem("error", str(missing), None, None, "no such file or folder")
        yield LibraryEntry(missing, 0, missing.stem, missing.name, problem=problem, problems=1)
    for path in found.files:
        yield from entries_for_result(load_file(path, max_bytes=max_bytes))


@dataclass(slots=True)
class Opened:
    """What opening an entry gave: its article, or the problems that stop it."""

    article: Article | None
    problems: list[Problem] = field(default_factory=list)


def open_entry(entry: LibraryEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> Opened:
    """Load the article behind `entry` from its file (bodies are loaded only when opened)."""
    from pressreader.loader import load_file

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
        # The file was repaired since the scan.
        return Opened(result.articles[0] if result.articles else None, [])
    problems = result.problems or [
        Problem("error", str(entry.path), None, None, "the article is no longer in the file")
    ]
    return Opened(None, problems)
