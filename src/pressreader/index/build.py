"""Bring the index up to date with the files: read only what changed, in parallel when many.

A file is read again only when its size or modification time (ns) differs from what the index
recorded; files that are gone are removed; files with errors are recorded with their problems.
All changes go in one transaction, so an interrupted update leaves the previous index intact.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence

from pressreader.index.schema import passage_id
from pressreader.index.walk import Found, join
from pressreader.library.files import Listing, Root
from pressreader.store.sqlite import DamagedRow

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pressreader.index.records import FileRecord

Progress = Callable[[int, int], None]

# Below this many files to read, worker processes cost more than they save.
PARALLEL_THRESHOLD = 48
# Files between two additions to the full-text tables during an update.
FTS_BATCH = 64


class UpdateReport:
    """What an update did."""

    __slots__ = (
        "added",
        "broken",
        "busy",
        "changed",
        "files",
        "notices",
        "rebuilt",
        "removed",
        "unchanged",
        "walked",
    )

    def __init__(self, files: int = 0) -> None:
        self.files = files  # article files in the library
        self.added = 0
        self.changed = 0
        self.removed = 0
        self.unchanged = 0
        self.broken = 0  # files read this time that have errors
        self.rebuilt = False  # the index was created from scratch
        self.busy = False  # another process was updating the index: it was left as it was
        # The library was walked (False: the evidence recorded showed that nothing changed).
        self.walked = True
        self.notices: list[str] = []

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"UpdateReport({fields})"

    @property
    def read(self) -> int:
        return self.added + self.changed


def _records(jobs: list[tuple[str, int, int]], workers: int) -> Iterator[FileRecord]:
    """Read files in order, in worker processes when there are enough of them."""
    # Imported only when some file must be read: a search with nothing changed never loads
    # the YAML parser.
    from pressreader.index.records import read_file

    done = 0
    if workers > 1 and len(jobs) >= PARALLEL_THRESHOLD:
        try:
            for record in _in_workers(jobs, workers):
                yield record
                done += 1
        except (OSError, ValueError, RuntimeError) as error:
            # Worker processes could not start or died (no usable stderr under a terminal
            # UI, a process limit, ...): read the rest here. Bad files never get here: the
            # loader turns them into problems.
            from concurrent.futures.process import BrokenProcessPool

            if not isinstance(error, OSError | ValueError | BrokenProcessPool):
                raise
        else:
            return
    for job in jobs[done:]:
        yield read_file(job)


# Chunks of files each worker may have read ahead of the writer: enough to keep the workers
# busy while the main process stores what they read, few enough that records never pile up
# (their rows wait in memory until stored).
READ_AHEAD = 4


def _read_chunk(jobs: list[tuple[str, int, int]]) -> list[FileRecord]:
    from pressreader.index.records import read_file

    return [read_file(job) for job in jobs]


def _in_workers(jobs: list[tuple[str, int, int]], workers: int) -> Iterator[FileRecord]:
    """The records of `jobs`, in order, read by `workers` processes; at most `READ_AHEAD`
    chunks per worker are read and not yet taken, so memory stays flat however many files
    there are (when the main process writes more slowly than the workers read, they wait)."""
    import multiprocessing
    import threading
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # fork is fastest, but forking a process that runs other threads (the terminal UI) is
    # unsafe, so those get fresh interpreters.
    method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
    context = multiprocessing.get_context(method)
    size = max(1, min(32, len(jobs) // (workers * 8)))
    chunks = (jobs[i : i + size] for i in range(0, len(jobs), size))
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    pending: deque[Future[list[FileRecord]]] = deque()

    def submit() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            # A worker may start here; it inherits the ignored Ctrl+C.
            with _interrupts_ignored():
                pending.append(pool.submit(_read_chunk, chunk))

    try:
        for _ in range(workers * READ_AHEAD):
            submit()
        while pending:
            records = pending.popleft().result()
            submit()
            yield from records
    except BaseException:
        # Ctrl+C or an early stop: drop the files not started instead of reading them all.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


@contextlib.contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl+C ignored for a moment (signal handlers can only be set in the main thread)."""
    # Only when files are read: a search with nothing changed never needs them.
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_worker(parent: int) -> None:
    """Set up a worker process: Ctrl+C left to the parent, and an end with the parent."""
    _leave_interrupts_to_the_parent()
    _end_with_parent(parent)


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl+C reaches every process of the terminal's group. A worker stopped by it while it
    holds the pool's queue lock left the parent waiting forever; only the parent stops."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# prctl's request to be sent a signal when the parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def _end_with_parent(parent: int) -> None:
    """Make this worker end when `parent` does, even by `kill -9`: a worker blocked on the
    pool's queue would otherwise wait forever (it holds the queue's other end itself).

    On Linux the kernel sends SIGKILL when the parent dies; elsewhere (or if prctl is not
    available) a thread watches the parent's pid and ends the process when it changes.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class IndexBusy(Exception):
    """Another process is writing the index (a long update); it was left as it is."""


def _begin(db: sqlite3.Connection, lock_timeout: float | None) -> None:
    if lock_timeout is None:
        db.execute("BEGIN IMMEDIATE")
        return
    previous = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {int(lock_timeout * 1000)}")
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise IndexBusy(str(error)) from None
        raise
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(previous)}")


def _delete_files(db: sqlite3.Connection, file_ids: list[int]) -> None:
    if not file_ids:
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.gone")
    db.executemany("INSERT INTO temp.gone VALUES (?)", ((i,) for i in file_ids))
    articles = "SELECT id FROM articles WHERE file IN (SELECT id FROM temp.gone)"
    # External-content FTS tables must be told the old text of each row they forget.
    db.execute(
        "INSERT INTO passages_words (passages_words, rowid, text) "
        f"SELECT 'delete', id, text FROM passages WHERE article IN ({articles})"
    )
    db.execute(
        "INSERT INTO passages_cjk (passages_cjk, rowid, text) "
        f"SELECT 'delete', id, text FROM passages WHERE cjk = 1 AND article IN ({articles})"
    )
    for table in ("passages", "quotes", "statistics", "speakers"):
        db.execute(f"DELETE FROM {table} WHERE article IN ({articles})")
    db.execute("DELETE FROM articles WHERE file IN (SELECT id FROM temp.gone)")
    db.execute("DELETE FROM files WHERE id IN (SELECT id FROM temp.gone)")


def _insert(db: sqlite3.Connection, found: Found, record: FileRecord) -> None:
    import json

    errors, problems, articles = record
    cursor = db.execute(
        "INSERT INTO files (root, rel, size, mtime_ns, errors, problems) VALUES (?,?,?,?,?,?)",
        (found.root, found.rel, found.size, found.mtime_ns, errors, json.dumps(problems)),
    )
    file_id = cursor.lastrowid
    for fields, passages, quotes, stats, people in articles:
        cursor = db.execute(
            "INSERT INTO articles (file, document, article_id, title, outlet, published, url, "
            "language, csv, line, tags, speakers, authors, quotes, statistics, unreviewed, "
            "problems) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (file_id, *fields),
        )
        article = cursor.lastrowid
        # Each passage's id says whether its kind weighs more than a paragraph's
        # (`passage_id`), after every id there is.
        last = db.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        number = (last >> 1) + 1
        db.executemany(
            "INSERT INTO passages (id, article, kind, section_index, section_id, heading, "
            "paragraph, line, cjk, speaker, text, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(passage_id(number + i, row[0]), article, *row) for i, row in enumerate(passages)],
        )
        if quotes:
            db.executemany(
                "INSERT INTO quotes (article, speaker, kind, text, note, section_index, "
                "section_id, paragraph, start, end, line, reviewed, section, role, affiliation, "
                "citation, csv) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article, *row) for row in quotes],
            )
        if stats:
            db.executemany(
                "INSERT INTO statistics (article, label, value, previous, unit, period, text, "
                "note, section_index, section_id, paragraph, start, end, line, reviewed, "
                "section, citation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article, *row) for row in stats],
            )
        if people:
            db.executemany(
                "INSERT INTO speakers (article, name, role, affiliation) VALUES (?,?,?,?)",
                [(article, *row) for row in people],
            )


def _index_text(db: sqlite3.Connection, after: int) -> int:
    """Add the passages with ids above `after` to the full-text tables; return the last id."""
    last: int = db.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    if last > after:
        db.execute(
            "INSERT INTO passages_words (rowid, text) "
            "SELECT id, text FROM passages WHERE id > ? AND id <= ?",
            (after, last),
        )
        db.execute(
            "INSERT INTO passages_cjk (rowid, text) "
            "SELECT id, text FROM passages WHERE id > ? AND id <= ? AND cjk = 1",
            (after, last),
        )
    return last


# FTS5's default: small updates merge the full-text segments little by little.
AUTOMERGE = 4


def _set_automerge(db: sqlite3.Connection, value: int) -> None:
    """A first fill writes the full-text tables without merging segments on the way (merging
    them as they grow cost a quarter of the main process's time on 10,000 articles); FTS5
    still merges a level when it reaches 16 segments, so queries stay as fast. The setting
    is stored in the index, so the default is put back for later updates."""
    for table in ("passages_words", "passages_cjk"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)", (value,))


def signature(listing: Listing) -> bytes:
    """A root's listing as bytes, compared with the stored one to see that nothing changed.

    Marshal format 2 is the last without back-references, whose flags depend on reference
    counts: the same listing always gives the same bytes.
    """
    return marshal.dumps(listing, 2)


# Each root's evidence that nothing changed (see `pressreader.index.walk`), by resolved root.
Evidence = dict[str, bytes | None]


def _store_signatures(
    db: sqlite3.Connection, listings: Sequence[tuple[Root, Listing]], evidence: Evidence
) -> None:
    db.execute("DELETE FROM roots")
    db.executemany(
        "INSERT INTO roots (root, listing, evidence) VALUES (?, ?, ?)",
        [
            (root.resolved, signature(listing), evidence.get(root.resolved))
            for root, listing in listings
        ],
    )


def _record_evidence(
    db: sqlite3.Connection, listings: Sequence[tuple[Root, Listing]], evidence: Evidence
) -> None:
    """Store this walk's evidence when no other process is writing and the index still
    matches the walk (another may have updated it since); else leave it: the next run walks."""
    try:
        _begin(db, 0)
        to_read, _, removed, _, signed, _ = plan(db, listings, evidence)
        if signed and not to_read and not removed:
            _store_signatures(db, listings, evidence)
        db.execute("COMMIT")
    except (IndexBusy, sqlite3.OperationalError):
        # Busy, read-only, or a full disk: the index is right as it is, only slower to check.
        if db.in_transaction:
            db.execute("ROLLBACK")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def plan(
    db: sqlite3.Connection, listings: Sequence[tuple[Root, Listing]], evidence: Evidence
) -> tuple[list[Found], list[int], list[int], UpdateReport, bool, bool]:
    """What to read, which file ids to drop (changed, removed), the counts, whether the
    stored signatures already match every root, and whether the stored evidence does."""
    report = UpdateReport(files=sum(len(listing) for _, listing in listings))
    stored_signatures: dict[str, bytes] = {}
    evidenced = True
    for root_name, listing_blob, stored_evidence in db.execute(
        "SELECT root, listing, evidence FROM roots"
    ):
        stored_signatures[root_name] = listing_blob
        evidenced = evidenced and stored_evidence == evidence.get(root_name)
    to_read: list[Found] = []
    drop: list[int] = []
    removed: list[int] = []
    signed = len(stored_signatures) == len(listings)
    evidenced = evidenced and signed
    for root, listing in listings:
        if signature(listing) == stored_signatures.get(root.resolved):
            # The common case, decided by one comparison: nothing changed under this root.
            report.unchanged += len(listing)
            continue
        signed = False
        ids = {
            rel: (file_id, size, mtime)
            for file_id, rel, size, mtime in db.execute(
                "SELECT id, rel, size, mtime_ns FROM files WHERE root = ?", (root.resolved,)
            )
        }
        for rel, size, mtime in listing:
            old = ids.pop(rel, None)
            if old is not None and old[1] == size and old[2] == mtime:
                report.unchanged += 1
                continue
            if old is None:
                report.added += 1
            else:
                report.changed += 1
                drop.append(old[0])
            to_read.append(Found(root.resolved, rel, join(root.given, rel), size, mtime))
        removed.extend(old[0] for old in ids.values())
    # Files under roots that are no longer part of this library.
    marks = ",".join("?" * len(listings))
    for file_id, kind in db.execute(
        f"SELECT id, typeof(root) FROM files WHERE root NOT IN ({marks})",
        [root.resolved for root, _ in listings],
    ):
        if kind != "text":
            # Not a root pressreader wrote: dropping its files would lose them for good,
            # since the roots' signatures say nothing needs reading.
            raise DamagedRow(f"the index holds a file under a root of type {kind}")
        removed.append(file_id)
    report.removed = len(removed)
    return to_read, drop, removed, report, signed, evidenced


def apply(
    db: sqlite3.Connection,
    listings: Sequence[tuple[Root, Listing]],
    *,
    max_bytes: int,
    progress: Progress | None = None,
    workers: int | None = None,
    lock_timeout: float | None = None,
    evidence: Evidence | None = None,
) -> UpdateReport:
    """Update the index to match `listings` (each root's scan) in one transaction, and record
    `evidence` (by resolved root; none when not given) for a later `walk.unchanged`.

    Raises `IndexBusy` when another process holds the index for writing longer than
    `lock_timeout` seconds (None: the connection's busy timeout)."""
    evidence = {} if evidence is None else evidence
    to_read, drop, removed, report, signed, evidenced = plan(db, listings, evidence)
    if not to_read and not removed:
        if not signed:
            # Up to date, but recorded before signatures were: record them for next time.
            _begin(db, lock_timeout)
            _store_signatures(db, listings, evidence)
            db.execute("COMMIT")
        elif not evidenced:
            # Up to date, but the evidence recorded is not this walk's (a hidden file added
            # to a folder changes the folder's time): record it if the index is free now.
            _record_evidence(db, listings, evidence)
        return report
    if workers is None:
        workers = os.cpu_count() or 1
    total = len(to_read)
    _begin(db, lock_timeout)
    try:
        # Plan again inside the write lock: another process may have updated meanwhile.
        to_read, drop, removed, report, _, _ = plan(db, listings, evidence)
        total = len(to_read)
        _delete_files(db, drop + removed)
        indexed = db.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        first_fill = indexed == 0 and len(to_read) >= PARALLEL_THRESHOLD
        if first_fill:
            _set_automerge(db, 0)
        if progress is not None:
            progress(0, total)
        jobs = [(item.path, max_bytes, item.size) for item in to_read]
        records = _records(jobs, workers)
        for done, (item, record) in enumerate(zip(to_read, records, strict=True), 1):
            if record[0]:
                report.broken += 1
            _insert(db, item, record)
            if done % FTS_BATCH == 0:
                # Index the text as it comes, while the workers parse the next files.
                indexed = _index_text(db, indexed)
            if progress is not None:
                progress(done, total)
        _index_text(db, indexed)
        if first_fill:
            _set_automerge(db, AUTOMERGE)
        _store_signatures(db, listings, evidence)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return report
