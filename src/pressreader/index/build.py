"""Bring the index up to date with the files: read only what changed, in parallel when many.

A file is read again only when its size or modification time (ns) differs from what the index
recorded; files that are gone are removed; files with errors are recorded with their problems.
All changes go in one transaction, so an interrupted update leaves the previous index intact.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from pressreader.index.records import FileRecord, read_file
from pressreader.index.scan import Found

Progress = Callable[[int, int], None]

# Below this many files to read, worker processes cost more than they save.
PARALLEL_THRESHOLD = 48


@dataclass(slots=True)
class UpdateReport:
    """What an update did."""

    files: int = 0  # article files in the library
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    broken: int = 0  # files read this time that have errors
    rebuilt: bool = False  # the index was created from scratch
    notices: list[str] = field(default_factory=list)

    @property
    def read(self) -> int:
        return self.added + self.changed


def _records(jobs: list[tuple[str, int]], workers: int) -> Iterator[FileRecord]:
    """Read files in order, in worker processes when there are enough of them."""
    if workers <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        for job in jobs:
            yield read_file(job)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork is fastest, but forking a process that runs other threads (the terminal UI) is
    # unsafe, so those get fresh interpreters.
    method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(32, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(read_file, jobs, chunksize=chunk)


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
    errors, problems, articles = record
    cursor = db.execute(
        "INSERT INTO files (root, rel, size, mtime_ns, errors, problems) VALUES (?,?,?,?,?,?)",
        (found.root, found.rel, found.size, found.mtime_ns, errors, json.dumps(problems)),
    )
    file_id = cursor.lastrowid
    for fields, passages, quotes, stats, people in articles:
        cursor = db.execute(
            "INSERT INTO articles (file, document, article_id, title, outlet, published, line, "
            "tags, speakers, authors, quotes, statistics, problems) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (file_id, *fields),
        )
        article = cursor.lastrowid
        db.executemany(
            "INSERT INTO passages (article, kind, section_index, section_id, heading, paragraph, "
            "line, cjk, speaker, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(article, *row) for row in passages],
        )
        if quotes:
            db.executemany(
                "INSERT INTO quotes (article, speaker, kind, text, note, section_index, "
                "section_id, paragraph, start, end, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(article, *row) for row in quotes],
            )
        if stats:
            db.executemany(
                "INSERT INTO statistics (article, label, value, previous, unit, period, text, "
                "section_index, section_id, paragraph, start, end, line) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article, *row) for row in stats],
            )
        if people:
            db.executemany(
                "INSERT INTO speakers (article, name, role, affiliation) VALUES (?,?,?,?)",
                [(article, *row) for row in people],
            )


def stored_files(db: sqlite3.Connection) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(root, rel) → (file id, size, mtime_ns) of every file the index holds."""
    return {
        (root, rel): (file_id, size, mtime)
        for file_id, root, rel, size, mtime in db.execute(
            "SELECT id, root, rel, size, mtime_ns FROM files"
        )
    }


def plan(
    db: sqlite3.Connection, found: Sequence[Found]
) -> tuple[list[Found], list[int], list[int], UpdateReport]:
    """What to read, what to drop (file ids of changed and removed files), and the counts."""
    stored = stored_files(db)
    report = UpdateReport(files=len(found))
    to_read: list[Found] = []
    drop: list[int] = []
    seen: set[tuple[str, str]] = set()
    for item in found:
        key = (item.root, item.rel)
        seen.add(key)
        old = stored.get(key)
        if old is None:
            report.added += 1
            to_read.append(item)
        elif old[1] != item.size or old[2] != item.mtime_ns:
            report.changed += 1
            to_read.append(item)
            drop.append(old[0])
        else:
            report.unchanged += 1
    removed = [old[0] for key, old in stored.items() if key not in seen]
    report.removed = len(removed)
    return to_read, drop, removed, report


def apply(
    db: sqlite3.Connection,
    found: Sequence[Found],
    *,
    max_bytes: int,
    progress: Progress | None = None,
    workers: int | None = None,
) -> UpdateReport:
    """Update the index to match `found` (the result of a scan) in one transaction."""
    to_read, drop, removed, report = plan(db, found)
    if not to_read and not removed:
        return report
    if workers is None:
        workers = os.cpu_count() or 1
    total = len(to_read)
    db.execute("BEGIN IMMEDIATE")
    try:
        # Plan again inside the write lock: another process may have updated meanwhile.
        to_read, drop, removed, report = plan(db, found)
        total = len(to_read)
        _delete_files(db, drop + removed)
        first_new = db.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        if progress is not None:
            progress(0, total)
        jobs = [(item.path, max_bytes) for item in to_read]
        for done, (item, record) in enumerate(
            zip(to_read, _records(jobs, workers), strict=True), 1
        ):
            if record[0]:
                report.broken += 1
            _insert(db, item, record)
            if progress is not None:
                progress(done, total)
        db.execute(
            "INSERT INTO passages_words (rowid, text) SELECT id, text FROM passages WHERE id > ?",
            (first_new,),
        )
        db.execute(
            "INSERT INTO passages_cjk (rowid, text) "
            "SELECT id, text FROM passages WHERE id > ? AND cjk = 1",
            (first_new,),
        )
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return report
