"""The library screen's source of entries: the search index, updated incrementally.

The list is read from the index (`LibraryIndex.entries()`), so a warm start reads no YAML
at all; only files whose size or modification time changed are parsed again. Bodies are
loaded only when an article is opened. When the index cannot be used at all (a read-only
cache folder, say), the source falls back to reading the files, with a notice.

Every method here may block (SQLite, file I/O): call them from a thread worker. The index
holds a lock, so the UI's workers may share one `LibrarySource`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from pressreader.library.entries import LibraryEntry
from pressreader.library.loading import (
    EntryRow,
    load_entries,
    row_from_entry,
    sort_entries,
)
from pressreader.limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from textual.app import App

    from pressreader.index import (
        Hit,
        LibraryIndex,
        QuoteRef,
        SpeakerSummary,
        StatisticRef,
        UpdateReport,
    )

Progress = Callable[[int, int], None]
Notice = Callable[[str], None]
T = TypeVar("T")

# How many rows the library screen reads before its first paint (a screenful and more).
FIRST_PAGE = 100


class IndexUnavailable(RuntimeError):
    """The library has no usable index (searching needs one)."""


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What loading the library did, for the status line and notifications."""

    read: int = 0  # files parsed this time
    removed: int = 0
    rebuilt: bool = False
    indexed: bool = True  # False: the files were read directly (no index)


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The newest rows of an index that exists, read before the list is first painted."""

    rows: list[EntryRow]
    articles: int  # in the whole index, as last updated
    broken: int
    outlet_width: int  # the longest outlet name, in characters
    unreviewed: int = 0  # articles with unreviewed annotations

    @property
    def complete(self) -> bool:
        return len(self.rows) >= self.articles + self.broken


class LibrarySource:
    """Entries, search hits, speakers and statistics of one library, from its index."""

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        index_path: Path | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.paths = list(paths)
        self.index_path = index_path
        self.max_bytes = max_bytes
        self._index: LibraryIndex | None = None
        self._failed: str | None = None
        self._lock = threading.Lock()
        # Files were written in the app (saved, restored, imported) since the index was last
        # brought up to date: the next query updates it first, unless a worker did.
        self._changed = False
        self._refresh_lock = threading.Lock()

    # -- the index -----------------------------------------------------------------------

    def _open(self, notice: Notice) -> LibraryIndex | None:
        with self._lock:
            if self._index is None and self._failed is None:
                from pressreader.index import LibraryIndex

                try:
                    self._index = LibraryIndex(self.paths, self.index_path, notice=notice)
                except (OSError, sqlite3.Error) as error:
                    self._failed = str(error)
                    notice(f"the search index cannot be used ({error}); reading the files")
            return self._index

    @property
    def index(self) -> LibraryIndex:
        """The open index; raises `IndexUnavailable` before `load()` or when it failed."""
        if self._index is None:
            raise IndexUnavailable(self._failed or "the library is still loading")
        return self._index

    @property
    def available(self) -> bool:
        return self._index is not None

    def ensure_index(self) -> LibraryIndex:
        """The index, brought up to date first if the library has not been loaded yet;
        raises `IndexUnavailable` when it cannot be used (the files are not read again)."""
        if self._index is None and self._failed is None:
            self.load()
        else:
            self.refresh()
        return self.index

    def files_changed(self) -> None:
        """Files of the library were written in the app: `refresh` (or the next query's
        `ensure_index`) reads them again into the index."""
        self._changed = True

    def refresh(self) -> None:
        """Bring the index up to date after `files_changed` (only the files whose size or
        time changed are read again; the rest cost a stat each). Never raises: a failure
        leaves the change to the next try, and the library's `r` says what is wrong."""
        with self._refresh_lock:
            index = self._index
            if not self._changed or index is None:
                return
            self._changed = False  # a change made while updating marks it again
            try:
                _update(index, self.max_bytes)
            except Exception:
                self._changed = True

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None

    # -- loading -------------------------------------------------------------------------

    def first_page(self, limit: int = FIRST_PAGE, notice: Notice | None = None) -> FirstPage | None:
        """The newest `limit` rows of the index as it is (not updated), quickly.

        None when there is no index yet (or it is from another version, or unusable): the
        library then waits for `load_rows`. Meant for the UI thread, before the first paint:
        opening the database and this query take a few milliseconds.
        """
        from pressreader.index import default_index_path

        path = self.index_path or default_index_path(self.paths)
        try:
            if not path.is_file():
                return None
            index = self._open(notice or (lambda message: None))
            if index is None or index.created:
                return None
            rows = index.entry_rows(limit)
            articles, broken, outlet, unreviewed = index.entry_counts()
        except (OSError, sqlite3.Error):
            return None  # load_rows says what is wrong, from its worker
        return FirstPage(rows, articles, broken, outlet, unreviewed)

    def load(
        self, progress: Progress | None = None, notice: Notice | None = None
    ) -> tuple[list[LibraryEntry], LoadReport]:
        """Bring the index up to date and return every entry (newest first, broken last)."""
        return self._load(lambda index: index.entries(), lambda entries: entries, progress, notice)

    def load_rows(
        self, progress: Progress | None = None, notice: Notice | None = None
    ) -> tuple[list[EntryRow], LoadReport]:
        """`load`, as light rows (what the library screen lists)."""
        return self._load(
            lambda index: index.entry_rows(),
            lambda entries: [row_from_entry(e) for e in sort_entries(entries)],
            progress,
            notice,
        )

    def _load(
        self,
        read: Callable[[LibraryIndex], list[T]],
        convert: Callable[[list[LibraryEntry]], list[T]],
        progress: Progress | None,
        notice: Notice | None,
    ) -> tuple[list[T], LoadReport]:
        tell: Notice = notice or (lambda message: None)
        index = self._open(tell)
        if index is None:
            entries = list(load_entries(self.paths, self.max_bytes))
            return convert(entries), LoadReport(read=len(entries), indexed=False)
        try:
            with self._refresh_lock:
                self._changed = False  # the whole library is brought up to date
                report = _update(index, self.max_bytes, progress)
        except Exception as error:  # the library must open, whatever went wrong
            # A busy or read-only index still lists what it last knew; failing that, the files.
            tell(f"the search index could not be updated ({type(error).__name__}: {error})")
            try:
                return read(index), LoadReport()
            except Exception:
                entries = list(load_entries(self.paths, self.max_bytes))
                return convert(entries), LoadReport(read=len(entries), indexed=False)
        return read(index), LoadReport(
            read=report.read, removed=report.removed, rebuilt=report.rebuilt
        )

    # -- queries -------------------------------------------------------------------------

    def search(self, text: str, limit: int | None = None) -> list[Hit]:
        """Ranked hits; raises `pressreader.index.query.QueryError` for a query it cannot read."""
        return self.index.search(text, limit=limit)

    def speakers(self) -> list[SpeakerSummary]:
        return self.index.speakers()

    def quotes_by(self, name: str) -> list[QuoteRef]:
        return self.index.quotes_by(name)

    def statistics(self) -> list[StatisticRef]:
        return self.index.statistics()


def _update(index: LibraryIndex, max_bytes: int, progress: Progress | None = None) -> UpdateReport:
    try:
        return index.update(max_bytes=max_bytes, progress=progress)
    except ValueError:
        # Worker processes could not start under Textual's stderr (see below); the failed
        # update was rolled back. Only a big update starts them: try again.
        start_resource_tracker()
        return index.update(max_bytes=max_bytes, progress=progress)


_tracker_lock = threading.Lock()


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real file as its stderr.

    The index parses many changed files in worker processes. The first process started
    starts a resource tracker, which is handed `sys.stderr.fileno()`; a Textual app has
    replaced `sys.stderr` with an object whose descriptor is -1, and the start fails
    ("bad value(s) in fds_to_keep"). Starting the tracker here, with `os.devnull` as its
    stderr for that moment, avoids it; afterwards it is simply reused.
    """
    import os
    import sys
    from multiprocessing import resource_tracker

    with _tracker_lock:
        try:
            sys.stderr.fileno()
        except (AttributeError, OSError, ValueError):
            pass
        else:
            if sys.stderr.fileno() >= 0:
                return  # a usable stderr: the tracker starts by itself when needed
        saved = sys.stderr
        with open(os.devnull, "w") as null:
            sys.stderr = null
            try:
                resource_tracker.ensure_running()
            finally:
                sys.stderr = saved


def entry_for(path: Path, document: int, article_id: str, title: str) -> LibraryEntry:
    """An entry to open a search hit, quote or statistic by (only its place matters)."""
    return LibraryEntry(path=path, document=document, article_id=article_id, title=title)


def _notifier(app: App[object]) -> Notice:
    """Show the index's notices (an index rebuilt because it was damaged, say), from any
    thread."""
    from pressreader.text.sanitize import escape_line

    def notice(message: str) -> None:
        text = escape_line(message)
        try:
            app.call_from_thread(app.notify, text, title="Library index", markup=False, timeout=8)
        except RuntimeError:  # on the app's own thread
            app.notify(text, title="Library index", markup=False, timeout=8)

    return notice


def first_page(
    app: App[object], source: LibrarySource, limit: int | None = None
) -> FirstPage | None:
    """The newest rows of the library's index as it is, for the first paint (UI thread).

    None when the list must wait for `load_library`: no index yet, or a single file."""
    paths = source.paths
    if len(paths) == 1 and paths[0].is_file():
        return None  # one file: read it (no index needed)
    return source.first_page(limit or FIRST_PAGE, _notifier(app))


class ProgressBar(Protocol):
    """The library screen's progress bar, as `load_library` uses it."""

    @property
    def run(self) -> int: ...

    def reporter(self) -> Progress: ...

    def finish(self, run: int | None = None) -> None: ...


def load_library(
    app: App[object],
    source: LibrarySource,
    bar: ProgressBar | None,
    *,
    open_direct: bool,
) -> list[EntryRow]:
    """The library screen's rows, from `source` (call from a thread worker).

    Shows `bar` while changed files are read, and the index's notices (an index rebuilt
    because it was damaged or old, say) as notifications. With `open_direct`, a single file
    is read without an index.
    """
    paths = source.paths
    if open_direct and len(paths) == 1 and paths[0].is_file():
        # One file opened straight into its article: no index needed to show it (the views
        # build it when asked).
        return [row_from_entry(e) for e in load_entries(paths, source.max_bytes)]
    reporter = bar.reporter() if bar is not None else None
    run = bar.run if bar is not None else 0
    try:
        rows, _report = source.load_rows(reporter, _notifier(app))
    finally:
        if bar is not None:
            app.call_from_thread(bar.finish, run)
    return rows
