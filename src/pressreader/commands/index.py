"""`pressreader index [PATH...]`: build or update the library's search index."""

from __future__ import annotations

import os
import sqlite3
import sys
import time

from pressreader.text.sanitize import escape_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import TextIO

    from pressreader.index import LibraryIndex, UpdateReport
    from pressreader.library.entries import LibraryEntry


class ProgressLine:
    """`indexing 1,234/10,000 files` on stderr, redrawn in place; only on a terminal, and only
    once the work has taken more than a moment."""

    DELAY = 0.25

    def __init__(self, stream: TextIO | None = None) -> None:
        # sys.stderr looked up now, not when the module was imported (it may be replaced).
        stream = sys.stderr if stream is None else stream
        self.stream = stream
        # Tests set the delay to 0 to see the line on small libraries.
        self.delay = float(os.environ.get("PRESSREADER_PROGRESS_DELAY", self.DELAY))
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self.shown = False
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.last < 0.05 and done < total):
            return
        self.last = now
        self.shown = True
        percent = 100 * done // total
        self.stream.write(f"\r\x1b[Kindexing {done:,}/{total:,} files ({percent}%)")
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def note(message: str) -> None:
    print(f"pressreader: note: {escape_line(message)}", file=sys.stderr)


def open_index(args: argparse.Namespace) -> LibraryIndex | int:
    """The index for the command's paths, updated; or an exit status after an error message."""
    from pressreader.library.files import given_paths, missing_lines

    raw = list(getattr(args, "paths", None) or [])
    messages: list[str] = []
    paths, missing = given_paths(raw, messages)
    for message in messages:
        print(f"pressreader: warning: {message}", file=sys.stderr)
    if missing:
        for line in missing_lines(raw, missing):
            print(line, file=sys.stderr)
        return 2
    from pressreader.index import LibraryIndex

    try:
        return LibraryIndex(paths, args.index, notice=note)
    except (OSError, sqlite3.Error) as error:
        index_error(error)
        return 2


def index_error(error: Exception) -> None:
    """Say what went wrong with the index database (locked, unwritable, ...), in one line."""
    from pressreader.index.schema import NotAnIndex

    text = str(error)
    if isinstance(error, NotAnIndex):
        print(f"pressreader: {escape_line(text)}", file=sys.stderr)
        return
    if "locked" in text or "busy" in text:
        text += " (another pressreader is updating this index; try again when it has finished)"
    print(f"pressreader: the search index: {escape_line(text)}", file=sys.stderr)


def update(index: LibraryIndex, max_bytes: int, lock_timeout: float | None = None) -> UpdateReport:
    progress = ProgressLine()
    try:
        return index.update(max_bytes=max_bytes, progress=progress, lock_timeout=lock_timeout)
    finally:
        progress.clear()


# The characters of a problem's message said on stderr: a file's own words (a hostile key,
# say) cannot make the line unbounded.
PROBLEM_MESSAGE_WIDTH = 300


def broken_line(entry: LibraryEntry) -> str | None:
    """`path:line:column: error: message`, escaped and bounded, for a file that could not
    be indexed; None for an article."""
    problem = entry.problem
    if problem is None:
        return None
    message = " ".join(problem.message.split())
    if len(message) > PROBLEM_MESSAGE_WIDTH:
        message = message[: PROBLEM_MESSAGE_WIDTH - 1] + "…"
    return escape_line(problem._replace(message=message).format())


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def run(args: argparse.Namespace) -> int:
    opened = open_index(args)
    if isinstance(opened, int):
        return opened
    try:
        with opened as index:
            started = time.perf_counter()
            report = update(index, args.max_bytes)
            elapsed = time.perf_counter() - started
            # Counted (each row checked), not listed: a list of every article's entry took
            # memory in proportion to the library (75 MB for 50,000 articles).
            articles = index.article_count()
            broken = index.broken_entries()
    except (OSError, sqlite3.Error) as error:
        index_error(error)
        return 2
    for entry in broken:
        line = broken_line(entry)
        if line is not None:
            print(line, file=sys.stderr)
    print(
        f"{_count(articles, 'article')} in {_count(report.files, 'file')}"
        f" ({report.added:,} added, {report.changed:,} changed, {report.removed:,} removed,"
        f" {report.unchanged:,} unchanged); {_count(len(broken), 'broken file')};"
        f" {elapsed:.2f}s; index: {escape_line(str(index.path))}"
    )
    return 0
