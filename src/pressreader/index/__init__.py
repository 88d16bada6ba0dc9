"""The library index: a SQLite cache of every article's metadata, text, quotes and figures.

    with LibraryIndex([Path("articles")]) as index:
        index.update(progress=lambda done, total: ...)
        hits = index.search('export* speaker:"Ma Zhaoxu"')
        entries = index.entries()

One index per library (the set of root folders), stored by default in
`$XDG_CACHE_HOME/pressreader/index-<hash of the resolved roots>.sqlite`. It is a cache: if it is
missing, from another version or corrupt, it is rebuilt and a notice says so.

An instance may be shared between threads: updates take turns on one connection, reads on
another, and a read during an update sees the index as it was before that update (so a search
from the library screen does not wait for a long update in a worker thread).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from _thread import RLock  # threading's RLock without importing threading (~1 ms)
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

from pressreader.index.build import Evidence, IndexBusy, Progress, UpdateReport, apply
from pressreader.index.query import Query, QueryError, parse
from pressreader.index.schema import (
    SCHEMA_VERSION,
    NotAnIndex,
    create,
    create_in_memory,
    ensure_list_order,
    open_or_create,
    settle,
)
from pressreader.index.search import Hit, execute, stream
from pressreader.index.walk import (
    display_path,
    library_key,
    scan_root,
    scan_with_evidence,
    unchanged,
)
from pressreader.library.files import Listing, Root, make_roots
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.store.sqlite import Failure, classify, connect

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")
    from pressreader.index.queries import QuoteRef, SpeakerSummary, StatisticRef
    from pressreader.library.entries import LibraryEntry
    from pressreader.library.loading import EntryRow
    from pressreader.model import Problem

__all__ = [
    "SCHEMA_VERSION",
    "Hit",
    "LibraryIndex",
    "NotAnIndex",
    "QueryError",
    "QuoteRef",
    "SpeakerSummary",
    "StatisticRef",
    "UpdateReport",
    "default_index_path",
]


def __getattr__(name: str) -> Any:
    # The views (and the article model they use) load only when asked for: a search from
    # the command line never needs them.
    if name in ("QuoteRef", "SpeakerSummary", "StatisticRef"):
        from pressreader.index import queries

        return getattr(queries, name)
    raise AttributeError(name)


def default_index_path(paths: Iterable[Path | str]) -> Path:
    """Where the index of the library made of `paths` lives by default."""
    from pressreader.paths import cache_dir

    return cache_dir() / f"index-{library_key(make_roots(paths))}.sqlite"


def _reason(error: BaseException) -> str:
    """An error in words: `No space left on device: PATH`, or SQLite's own message."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror + (f": {error.filename}" if error.filename else "")
    return str(error) or type(error).__name__


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
        # Updates write through `_db` under `_lock`; reads go through their own connection
        # under `_read_lock`, so a search need not wait for a long update (WAL lets it read
        # the last committed state meanwhile).
        self._lock = RLock()
        self._read_lock = RLock()
        self._max_bytes = DEFAULT_MAX_BYTES  # the last update's, for a rebuild after damage
        self.in_memory = False  # the file could not be used: this run keeps the index in memory
        try:
            self._db, self.created = open_or_create(self.path, self._notice)
        except NotAnIndex:
            raise
        except (OSError, sqlite3.Error) as error:
            if classify(error) is not Failure.IO:
                raise
            kept = "; it was left as it is" if os.path.lexists(self.path) else ""
            self._notice(
                f"the search index {self.path} cannot be used ({_reason(error)}){kept}; "
                "this run reads the files instead"
            )
            self._db, self.created = create_in_memory(), True
            self.in_memory = True
        self._generation = 0  # bumped each time the database file is made anew
        self._reader: sqlite3.Connection | None = None
        self._reader_generation = -1
        self._filling = False  # a new index is being filled: nothing to read yet

    # -- plumbing ------------------------------------------------------------------------------

    def _notice(self, message: str) -> None:
        self.notices.append(message)
        if self._notice_callback is not None:
            self._notice_callback(message)

    def _display(self, root: str, rel: str) -> Path:
        return Path(display_path(self._given, root, rel))

    def _recreate(self, reason: str, generation: int, *, refill: bool) -> None:
        """Replace a damaged database by a new one (filled from the files when `refill`),
        unless another thread did so since `generation`."""
        with self._lock:
            if self._generation != generation:
                return
            if not self.in_memory:
                self._notice(f"rebuilding the search index {self.path}: it is damaged ({reason})")
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = create_in_memory() if self.in_memory else create(self.path)
            self._generation += 1
            self.created = True
            if refill:
                apply(self._db, self.scan(), max_bytes=self._max_bytes)
                if not self.in_memory:
                    settle(self._db)
                self.created = False

    def _recover(self, failure: Failure, error: sqlite3.DatabaseError, generation: int) -> None:
        """After a read failed: an I/O error moves the index to memory, damage rebuilds it;
        both filled again from the files, so that the read can be tried once more."""
        if failure is Failure.IO:
            self._to_memory(error, generation, refill=True)
        else:
            self._recreate(str(error), generation, refill=True)

    def _to_memory(self, error: BaseException, generation: int, *, refill: bool) -> None:
        """The index file failed to be read or written (disk full, read-only, permission):
        keep it as it is and carry on with an index in memory, filled from the files."""
        with self._lock:
            if self._generation != generation or self.in_memory:
                return
            self._notice(
                f"the search index {self.path} cannot be used ({_reason(error)}); it was "
                "kept as it was, and this run reads the files instead"
            )
            self.in_memory = True
        self._recreate(_reason(error), generation, refill=refill)

    def _connection(self) -> sqlite3.Connection:
        """The reading connection (call with `_read_lock` held)."""
        if self.in_memory:
            return self._db  # reads then take `_lock` too (see `_read`)
        if self._reader is None or self._reader_generation != self._generation:
            if self._reader is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._reader.close()
            self._reader_generation = self._generation
            self._reader = connect(self.path, busy_ms=10000)
        return self._reader

    def _read(self, action: Callable[[sqlite3.Connection], T], empty: T) -> T:
        """Run a read; a damaged database is rebuilt from the files and the read run again."""
        if self._filling:
            return empty
        for attempt in (1, 2):
            # In memory, reads share the one connection with updates: they take its lock
            # (first, in the order `close` takes them).
            guard = self._lock if self.in_memory else contextlib.nullcontext()
            with guard, self._read_lock:
                generation = self._generation
                try:
                    return action(self._connection())
                except sqlite3.DatabaseError as error:
                    failure = classify(error)
                    if attempt == 2 or failure not in (Failure.DAMAGE, Failure.IO):
                        raise
                    caught: sqlite3.DatabaseError = error
            self._recover(failure, caught, generation)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        with self._lock, self._read_lock:
            self._db.close()
            if self._reader is not None:
                self._reader.close()
                self._reader = None

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

    def _scan_with_evidence(self) -> tuple[list[tuple[Root, Listing]], Evidence]:
        found: list[tuple[Root, Listing]] = []
        evidence: Evidence = {}
        for root in self.roots:
            listing, evidence[root.resolved] = scan_with_evidence(root)
            found.append((root, listing))
        return found, evidence

    def _unchanged(self) -> int | None:
        """The number of files when the evidence recorded by the last update still holds for
        every root (nothing was added, removed, replaced or edited: see `index.walk`), without
        walking the library; None when the library must be walked."""
        if self.created or self.in_memory:
            return None
        try:
            with self._lock:
                stored = dict(self._db.execute("SELECT root, evidence FROM roots").fetchall())
        except sqlite3.Error:
            return None  # the update that follows says what is wrong
        if set(stored) != {root.resolved for root in self.roots}:
            return None
        total = 0
        for root in self.roots:
            blob = stored[root.resolved]
            count = unchanged(root.given, blob) if isinstance(blob, bytes) else None
            if count is None:
                return None
            total += count
        return total

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
        self._max_bytes = max_bytes
        files = self._unchanged()
        if files is not None:
            report = UpdateReport(files)
            report.unchanged = report.files
            report.walked = False
            report.notices = list(self.notices)
            return report
        found, evidence = self._scan_with_evidence()
        with self._lock:
            for attempt in (1, 2):
                generation = self._generation
                was_created = self.created
                self._filling = was_created
                try:
                    report = apply(
                        self._db,
                        found,
                        max_bytes=max_bytes,
                        progress=progress,
                        workers=workers,
                        lock_timeout=lock_timeout,
                        evidence=evidence,
                    )
                except IndexBusy:
                    self._notice(
                        f"the search index {self.path} is being updated by another "
                        "pressreader; results may miss the latest changes"
                    )
                    report = UpdateReport(sum(len(listing) for _, listing in found))
                    report.busy = True
                    break
                except (OSError, sqlite3.DatabaseError) as error:
                    # The update was rolled back: the index is as it was.
                    failure = classify(error)
                    if attempt == 2 or failure not in (Failure.DAMAGE, Failure.IO):
                        raise
                    if failure is Failure.IO:
                        self._to_memory(error, generation, refill=False)
                    else:
                        self._recreate(str(error), generation, refill=False)
                    continue
                finally:
                    self._filling = False
                report.rebuilt = was_created
                if was_created and not self.in_memory:
                    settle(self._db)
                elif not self.in_memory:
                    ensure_list_order(self._db)
                self.created = False
                break
        report.notices = list(self.notices)
        return report

    # -- reading -------------------------------------------------------------------------------

    def search(self, query: str | Query, *, limit: int | None = None) -> list[Hit]:
        """Ranked hits of `query` (text or parsed). Raises `QueryError` for unreadable text."""
        parsed = parse(query) if isinstance(query, str) else query
        return self._read(lambda db: execute(db, parsed, self._display, limit), [])

    def stream(self, action: Callable[[sqlite3.Connection, Callable[[str, str], str]], T]) -> T:
        """`action(connection, display)` run once on the reading connection; `display(root,
        rel)` gives a file's path as shown (text). For a reader that writes as it reads (an
        export): a damaged index raises, without the read being run again, and is rebuilt by
        the next read of another kind."""
        given = self._given
        guard = self._lock if self.in_memory else contextlib.nullcontext()
        with guard, self._read_lock:
            return action(self._connection(), lambda root, rel: display_path(given, root, rel))

    def rebuild(self, reason: str) -> None:
        """Make the index anew from the files, with a notice giving `reason` (a damage a
        reader found, as `stream` leaves it to its caller)."""
        self._recreate(reason, self._generation, refill=True)

    def search_iter(
        self, query: str | Query, *, limit: int | None = None, spans: bool = True
    ) -> Iterator[Hit]:
        """`search`, hit by hit as they are built: the first before the others, in memory
        that does not grow with their number. A damaged index found before the first hit is
        rebuilt (as `search` does); found later, the error is raised. Without `spans`, the
        hits' `matches` are left empty (for output without highlights)."""
        parsed = parse(query) if isinstance(query, str) else query
        if self._filling:
            return
        for attempt in (1, 2):
            guard = self._lock if self.in_memory else contextlib.nullcontext()
            given = False
            with guard, self._read_lock:
                generation = self._generation
                try:
                    for hit in stream(self._connection(), parsed, self._display, limit, spans):
                        given = True
                        yield hit
                    return
                except sqlite3.DatabaseError as error:
                    failure = classify(error)
                    if given or attempt == 2 or failure not in (Failure.DAMAGE, Failure.IO):
                        raise
                    caught: sqlite3.DatabaseError = error
            self._recover(failure, caught, generation)

    def entries(self) -> list[LibraryEntry]:
        """One entry per article (newest first), then one per file with errors."""
        from pressreader.index.queries import entries

        return self._read(lambda db: entries(db, self._display), [])

    def article_count(self) -> int:
        """How many articles `entries` lists, each row checked (a damaged index is rebuilt,
        as for `entries`), without keeping them."""
        from pressreader.index.queries import count_articles

        return self._read(lambda db: count_articles(db, self._display), 0)

    def broken_entries(self) -> list[LibraryEntry]:
        """One entry per file with errors, as `entries` ends (without reading every
        article's entry)."""
        from pressreader.index.queries import broken_entries

        return self._read(lambda db: broken_entries(db, self._display), [])

    def entry_rows(self, limit: int | None = None) -> list[EntryRow]:
        """The entries as light rows (same order as `entries`), at most `limit` of them."""
        from pressreader.index.queries import entry_rows

        given = self._given
        return self._read(
            lambda db: entry_rows(db, lambda root, rel: display_path(given, root, rel), limit),
            [],
        )

    def entry_counts(self) -> tuple[int, int, int, int]:
        """(articles, broken files, length of the longest outlet name, articles with
        unreviewed annotations) as last indexed."""
        from pressreader.index.queries import entry_counts

        return self._read(entry_counts, (0, 0, 0, 0))

    def problems(self, path: Path | str) -> list[Problem]:
        """Every problem recorded for the file at `path` (as listed in its entry)."""
        from pressreader.index import rows
        from pressreader.index.queries import problems_of

        wanted = os.fspath(path)

        def run(db: sqlite3.Connection) -> list[Problem]:
            for root, rel, stored in db.execute("SELECT root, rel, problems FROM files"):
                shown = self._display(rows.text(root, "root"), rows.text(rel, "rel"))
                if os.fspath(shown) == wanted:
                    return problems_of(shown, stored)
            return []

        return self._read(run, [])

    def speakers(self) -> list[SpeakerSummary]:
        """Every speaker with their numbers of articles and quotes, most quoted first."""
        from pressreader.index.queries import speakers

        return self._read(speakers, [])

    def quotes_by(self, name: str) -> list[QuoteRef]:
        """Every quote of the speaker called exactly `name`, across the library."""
        from pressreader.index.queries import quotes_by

        return self._read(lambda db: quotes_by(db, self._display, name), [])

    def statistics(
        self, *, label: str | None = None, unit: str | None = None
    ) -> list[StatisticRef]:
        """Every statistic, optionally only those whose label / unit contains the text."""
        from pressreader.index.queries import statistics

        return self._read(lambda db: statistics(db, self._display, label, unit), [])
