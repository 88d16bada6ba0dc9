"""The index database: its tables, its version, and opening it safely.

The index is a cache of the library's files. A database that is missing, from another
schema version, or unreadable is rebuilt (with a notice), never a reason to fail.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

# Bump whenever the tables or what goes into them change: older indexes are rebuilt.
SCHEMA_VERSION = 6

# Passage kinds (the `kind` column); the text of each is searched.
# SOURCE holds what grep would see in the file besides the article's values: its YAML keys,
# section ids, quote kinds and comments, so that every file `grep -w WORD` finds is found.
PARAGRAPH, QUOTE, STATISTIC, TITLE, HEADING, META, SOURCE = range(7)
KIND_NAMES = {
    PARAGRAPH: "paragraph",
    QUOTE: "quote",
    STATISTIC: "statistic",
    TITLE: "metadata",
    HEADING: "metadata",
    META: "metadata",
    SOURCE: "metadata",
}
# How much a hit of each kind counts in the ranking (bm25 is multiplied by it).
KIND_WEIGHTS = {
    PARAGRAPH: 1.0,
    QUOTE: 2.0,
    STATISTIC: 1.5,
    TITLE: 4.0,
    HEADING: 2.0,
    META: 1.2,
    SOURCE: 0.2,
}

DDL = """
CREATE TABLE roots (
    root TEXT PRIMARY KEY,       -- a resolved library root
    listing BLOB NOT NULL        -- its files' (rel, size, mtime_ns) as last indexed, marshalled
);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL,          -- the resolved library root the file was found under
    rel TEXT NOT NULL,           -- its path relative to that root ('' when the root is the file)
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    problems TEXT NOT NULL,      -- JSON list of [severity, line, column, message]
    UNIQUE (root, rel)
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    document INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,              -- ISO date or NULL
    line INTEGER NOT NULL,
    tags TEXT NOT NULL,          -- joined with \x1f
    speakers TEXT NOT NULL,      -- listed and quoted speakers, joined with \x1f
    authors TEXT NOT NULL,       -- joined with \x1f
    quotes INTEGER NOT NULL,
    statistics INTEGER NOT NULL,
    problems INTEGER NOT NULL    -- warnings of the file (an article with errors is not indexed)
);
CREATE INDEX articles_file ON articles (file);
CREATE INDEX articles_order ON articles (published IS NULL, published DESC, title COLLATE NOCASE);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    section_index INTEGER,
    section_id TEXT,
    heading TEXT,
    paragraph INTEGER,
    line INTEGER NOT NULL,
    cjk INTEGER NOT NULL,        -- 1 when the text holds Han or kana (also in passages_cjk)
    speaker TEXT,                -- for quotes
    text TEXT NOT NULL
);
CREATE INDEX passages_article ON passages (article);
CREATE VIRTUAL TABLE passages_words USING fts5 (
    text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE passages_cjk USING fts5 (
    text, content='passages', content_rowid='id', tokenize='trigram'
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    note TEXT,
    section_index INTEGER,
    section_id TEXT,
    paragraph INTEGER,
    start INTEGER,
    end INTEGER,
    line INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE TABLE statistics (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    label TEXT NOT NULL,
    value REAL NOT NULL,
    previous REAL,
    unit TEXT,
    period TEXT,
    text TEXT,
    section_index INTEGER,
    section_id TEXT,
    paragraph INTEGER,
    start INTEGER,
    end INTEGER,
    line INTEGER NOT NULL
);
CREATE INDEX statistics_article ON statistics (article);
CREATE TABLE speakers (
    article INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    affiliation TEXT
);
CREATE INDEX speakers_article ON speakers (article);
"""

Notice = Callable[[str], None]


def _tune(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")


def remove_database(path: Path) -> None:
    """Delete a database file and its WAL companions (missing ones are fine)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def create(path: Path) -> sqlite3.Connection:
    """A new, empty index at `path` (replacing whatever is there).

    It starts in rollback-journal mode without syncing: the first fill writes every page
    once (a write-ahead log would write it twice), and an interrupted first fill leaves an
    index that is rebuilt anyway. `settle()` switches to WAL afterwards.
    """
    remove_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    _tune(db)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA page_size = 8192")  # fewer pages for paragraphs and full-text segments
    db.executescript(f"BEGIN; {DDL} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
    return db


# The library list's order (newest first), so its first page is read without sorting every
# article. Indexes made before it existed get it on their next update (`ensure_list_order`);
# queries are the same with or without it.
LIST_ORDER_INDEX = (
    "CREATE INDEX IF NOT EXISTS articles_order "
    "ON articles (published IS NULL, published DESC, title COLLATE NOCASE)"
)


def ensure_list_order(db: sqlite3.Connection) -> None:
    """Add the list-order index to an index made before it existed (a no-op otherwise)."""
    with contextlib.suppress(sqlite3.Error):  # read-only or busy: the list sorts instead
        db.execute(LIST_ORDER_INDEX)


def settle(db: sqlite3.Connection) -> None:
    """Write-ahead logging and safe syncing for everything after the first fill: readers in
    other processes are not blocked by updates, and an interrupted update is rolled back."""
    db.execute("PRAGMA synchronous = NORMAL")
    for _ in range(50):
        # Another process holding the database open makes the switch fail: retry briefly.
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() == "wal":
            return
        time.sleep(0.02)


_SQLITE_HEADER = b"SQLite format 3\x00"
_DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def _replaceable(path: Path, db: sqlite3.Connection | None) -> bool:
    """Whether a file that is not a usable index may be deleted to make one: a damaged or
    outdated index, yes; a document or another program's database given to --index by
    mistake, no."""
    if db is not None:
        with contextlib.suppress(sqlite3.DatabaseError):
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            # Another program's database has tables, none of them ours.
            return not tables or "files" in tables or "passages" in tables
    if path.suffix.lower() in _DATABASE_SUFFIXES:
        return True
    try:
        with path.open("rb") as file:
            head = file.read(len(_SQLITE_HEADER))
    except OSError:
        return True  # create() reports what is wrong with the path
    return head in (b"", _SQLITE_HEADER)


def _busy(error: sqlite3.DatabaseError) -> bool:
    """Another process holds the database (e.g. filling a new index): not damage."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def open_or_create(
    path: Path, notice: Notice, *, busy_wait: float = 120.0
) -> tuple[sqlite3.Connection, bool]:
    """Open the index at `path`, or make a new one; return (connection, created).

    A missing, outdated or unreadable index is replaced by an empty one and `notice` is told
    why; the caller then fills it. An index another process is writing is waited for (up to
    `busy_wait` seconds, then sqlite3.OperationalError), never deleted from under it.
    """
    if not path.exists():
        return create(path), True
    reason = ""
    db: sqlite3.Connection | None = None
    deadline = time.monotonic() + busy_wait
    waiting = False
    while True:
        try:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            _tune(db)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                reason = f"it is from another version of pressreader (schema {version})"
            else:
                db.execute("PRAGMA journal_mode = WAL")
                # Reading the small tables' pages catches a truncated or overwritten file.
                db.execute("SELECT count(*) FROM files").fetchone()
                db.execute("SELECT max(id) FROM passages").fetchone()
                return db, False
        except sqlite3.DatabaseError as error:
            if _busy(error):
                if db is not None:
                    db.close()
                    db = None
                if time.monotonic() >= deadline:
                    raise
                if not waiting:
                    waiting = True
                    notice(f"waiting for another pressreader to finish writing {path}")
                time.sleep(0.1)
                continue
            reason = f"it could not be read ({error})"
        break
    replaceable = _replaceable(path, db)
    if db is not None:
        db.close()
    if not replaceable:
        message = "not a pressreader index; left as it is (choose another --index)"
        raise FileExistsError(errno.EEXIST, message, str(path))
    notice(f"rebuilding the search index {path}: {reason}")
    return create(path), True
