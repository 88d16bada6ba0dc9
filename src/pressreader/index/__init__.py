"""The library index: a SQLite cache of every article's metadata, text, quotes and figures.

    with LibraryIndex([Path("articles")]) as index:
        index.update(progress=lambda done, total: ...)
        hits = index.search('export* speaker:"Ma Zhaoxu"')
        entries = index.entries()

One index per library (the set of root folders), stored by default in
`$XDG_CACHE_HOME/pressreader/index-<hash of the resolved roots>.sqlite`. It is a cache: if it is
missing, from another version or corrupt, it is rebuilt and a notice says so.

An instance may be shared between threads (a UI worker thread updating it while the UI thread
reads it): every call holds the instance's lock, so calls run one after another.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType

from pressreader.index.build import IndexBusy, Progress, UpdateReport, apply
from pressreader.index.scan import Listing, Root, display_path, library_key, make_roots, scan_root
from pressreader.index.schema import (
    SCHEMA_VERSION,
    create,
    open_or_create,
    remove_database,
    settle,
)
from pressreader.index.search import Hit, execute
from pressreader.query import Query, QueryError, parse

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")
    from pressreader.index.views import QuoteRef, SpeakerSummary, StatisticRef
    from pressreader.library import LibraryEntry
    from pressreader.model import Problem

__all__ = [
    "SCHEMA_VERSION",
    "Hit",
    "LibraryIndex",
    "QueryError",
    "QuoteRef",
    "SpeakerSummary",
    "StatisticRef",
    "UpdateReport",
    "default_index_path",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def __getattr__(name: str) -> Any:
    # The views (and the article model they use) load only when asked for: a search from
    # the command line never needs them.
    if name in ("QuoteRef", "SpeakerSummary", "StatisticRef"):
        from pressreader.index import views

        return getattr(views, name)
    raise AttributeError(name)


def default_index_path(paths: Iterable[Path | str]) -> Path:
    """Where the index of the library made of `paths` lives by default."""
    from pressreader.paths import cache_dir

    return cache_dir() / f"index-{library_key(make_roots(paths))}.sqlite"


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    """A damaged or foreign database, as opposed to one that another process holds busy."""
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        return not ("locked" in text or "busy" in text or "interrupt" in text)
    return not isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError)


class LibraryIndex:
    """The index of one library; see the module documentation."""

    def __init__(
        self,
        paths: Sequence[Path | str],
        index_path: Path | str | None = None,
        *,
        notice: Callable[[str], None] | None = None,
    ) -> None:
        self.roots: list[Root] = make_roots(paths)
        self.path = Path(index_path) if index_path is not None else default_index_path(paths)
        self.notices: list[str] = []
        self._notice_callback = notice
        self._given = {root.resolved: root.given for root in self.roots}
        self._lock = threading.RLock()
        self._max_bytes = DEFAULT_MAX_BYTES  # the last update's, for a rebuild after damage
        self._db, self.created = open_or_create(self.path, self._notice)

    # -- plumbing ------------------------------------------------------------------------------

    def _notice(self, message: str) -> None:
        self.notices.append(message)
        if self._notice_callback is not None:
            self._notice_callback(message)

    def _display(self, root: str, rel: str) -> Path:
        return Path(display_path(self._given, root, rel))

    def _guard(self, action: Callable[[], T], *, refill: bool = True) -> T:
        """Run `action`; if the database turns out damaged, rebuild it and run it again.

        The rebuilt index is filled from the files first (unless `action` is the update
        itself, `refill=False`), so a search on a damaged index still finds everything.
        """
        with self._lock:
            try:
                return action()
            except sqlite3.DatabaseError as error:
                if not _is_corruption(error):
                    raise
                self._notice(f"rebuilding the search index {self.path}: it is damaged ({error})")
                with contextlib.suppress(sqlite3.Error):
                    self._db.close()
                self._db = create(self.path)
                self.created = True
                if refill:
                    apply(self._db, self.scan(), max_bytes=self._max_bytes)
                    settle(self._db)
                    self.created = False
                return action()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- updating ------------------------------------------------------------------------------

    def scan(self) -> list[tuple[Root, Listing]]:
        """Each root's article files with their size and mtime (no file is read)."""
        return [(root, scan_root(root)) for root in self.roots]

    def update(
        self,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Progress | None = None,
        workers: int | None = None,
        lock_timeout: float | None = None,
    ) -> UpdateReport:
        """Read the files that changed since the last update; drop those that are gone.

        When another process is updating the same index for more than `lock_timeout`
        seconds (default: 30), the index is left as it is, with a notice, and
        `report.busy` is true: searches then see the state of its last update.
        """
        found = self.scan()

        def run() -> UpdateReport:
            was_created = self.created
            try:
                report = apply(
                    self._db,
                    found,
                    max_bytes=max_bytes,
                    progress=progress,
                    workers=workers,
                    lock_timeout=lock_timeout,
                )
            except IndexBusy:
                self._notice(
                    f"the search index {self.path} is being updated by another pressreader; "
                    "results may miss the latest changes"
                )
                report = UpdateReport(sum(len(listing) for _, listing in found))
                report.busy = True
                return report
            report.rebuilt = was_created
            if was_created:
                settle(self._db)
            self.created = False
            return report

        self._max_bytes = max_bytes
        report = self._guard(run, refill=False)
        report.notices = list(self.notices)
        return report

    # -- reading -------------------------------------------------------------------------------

    def search(self, query: str | Query, *, limit: int | None = None) -> list[Hit]:
        """Ranked hits of `query` (text or parsed). Raises `QueryError` for unreadable text."""
        parsed = parse(query) if isinstance(query, str) else query
        return self._guard(lambda: execute(self._db, parsed, self._display, limit))

    def entries(self) -> list[LibraryEntry]:
        """One entry per article (newest first), then one per file with errors."""
        from pressreader.index.views import entries

        return self._guard(lambda: entries(self._db, self._display))

    def problems(self, path: Path | str) -> list[Problem]:
        """Every problem recorded for the file at `path` (as listed in its entry)."""
        from pressreader.index.views import problems_of

        wanted = os.fspath(path)

        def run() -> list[Problem]:
            for root, rel, stored in self._db.execute("SELECT root, rel, problems FROM files"):
                shown = self._display(root, rel)
                if os.fspath(shown) == wanted:
                    return problems_of(shown, stored)
            return []

        return self._guard(run)

    def speakers(self) -> list[SpeakerSummary]:
        """Every speaker with their numbers of articles and quotes, most quoted first."""
        from pressreader.index.views import speakers

        return self._guard(lambda: speakers(self._db))

    def quotes_by(self, name: str) -> list[QuoteRef]:
        """Every quote of the speaker called exactly `name`, across the library."""
        from pressreader.index.views import quotes_by

        return self._guard(lambda: quotes_by(self._db, self._display, name))

    def statistics(
        self, *, label: str | None = None, unit: str | None = None
    ) -> list[StatisticRef]:
        """Every statistic, optionally only those whose label / unit contains the text."""
        from pressreader.index.views import statistics

        return self._guard(lambda: statistics(self._db, self._display, label, unit))


def rebuild(paths: Sequence[Path | str], index_path: Path | str | None = None) -> None:
    """Throw the index away (the next update builds it from scratch)."""
    target = Path(index_path) if index_path is not None else default_index_path(paths)
    remove_database(target)
