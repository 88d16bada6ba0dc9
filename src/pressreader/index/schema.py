"""The index database: its tables, its version, and opening it safely.

The index is a cache of the library's files. A database that is missing, from another
schema version, or damaged is rebuilt (with a notice), never a reason to fail; but only a
file that is positively pressreader's index is ever replaced (its `application_id`, or for
an index made before that mark, its exact tables and columns), and a failing disk is not
damage: the file is kept.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from pressreader.store.sqlite import (
    INDEX_APPLICATION_ID,
    STATE_APPLICATION_ID,
    Failure,
    classify,
    connect,
    read_header,
    user_tables,
)

# Bump whenever the tables or what goes into them change: older indexes are rebuilt.
SCHEMA_VERSION = 13

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
# The kinds that weigh more than a paragraph (titles, headings, quotes, statistics, metadata:
# a few thousand of the 160,000 passages of a word in every article), and the most a passage
# of another kind (paragraphs, the source) weighs.
STRONG_KINDS = frozenset(k for k, w in KIND_WEIGHTS.items() if w > KIND_WEIGHTS[PARAGRAPH])
WEAK_WEIGHT = max(w for k, w in KIND_WEIGHTS.items() if k not in STRONG_KINDS)


def passage_id(number: int, kind: int) -> int:
    """The id of the `number`th passage (from 1), of `kind`: its lowest bit says whether the
    kind is one of `STRONG_KINDS`, so that the full-text index alone gives the ids of those
    passages among a word's (the ranking scores them first, `search._rank_strong`). The ids
    keep the passages' order; one bit makes the full-text index 0.06 MB larger on 10,000
    articles (the kind in three bits: 0.8 MB, its ids' gaps eight times as wide)."""
    return number << 1 | (kind in STRONG_KINDS)


DDL = """
CREATE TABLE roots (
    root TEXT PRIMARY KEY,       -- a resolved library root
    evidence BLOB,               -- what shows that nothing changed without a walk (index.walk)
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
    url TEXT,
    language TEXT,
    csv TEXT NOT NULL,           -- the CSV cells of its id, title, outlet, published, url
    line INTEGER NOT NULL,
    tags TEXT NOT NULL,          -- joined with \x1f
    speakers TEXT NOT NULL,      -- listed and quoted speakers, joined with \x1f
    authors TEXT NOT NULL,       -- joined with \x1f
    quotes INTEGER NOT NULL,
    statistics INTEGER NOT NULL,
    unreviewed INTEGER NOT NULL, -- quotes and statistics marked `reviewed: false`
    problems INTEGER NOT NULL    -- warnings of the file (an article with errors is not indexed)
);
CREATE INDEX articles_file ON articles (file);
CREATE INDEX articles_order ON articles (published IS NULL, published DESC, title COLLATE NOCASE);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,      -- whether its kind is one of STRONG_KINDS, in its lowest bit
    article INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    section_index INTEGER,
    section_id TEXT,
    heading TEXT,
    paragraph INTEGER,
    line INTEGER NOT NULL,
    cjk INTEGER NOT NULL,        -- 1 when the text holds Han or kana (also in passages_cjk)
    speaker TEXT,                -- for quotes
    text TEXT NOT NULL,
    start INTEGER,               -- a quote's or statistic's words in its paragraph: [start, end)
    end INTEGER
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
    line INTEGER NOT NULL,
    reviewed INTEGER NOT NULL,   -- 0 for `reviewed: false`, else 1
    section TEXT,                -- the section its anchor stands in, as the reader names it
    role TEXT,                   -- the speaker's, as the article lists them
    affiliation TEXT,
    citation TEXT NOT NULL,      -- what `y` copies (text.citation)
    csv TEXT NOT NULL            -- its CSV cells, section to citation (exporting, text.cells)
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
    note TEXT,
    section_index INTEGER,
    section_id TEXT,
    paragraph INTEGER,
    start INTEGER,
    end INTEGER,
    line INTEGER NOT NULL,
    reviewed INTEGER NOT NULL,   -- 0 for `reviewed: false`, else 1
    section TEXT,                -- the section its anchor stands in, as the reader names it
    citation TEXT NOT NULL       -- what `y` copies (text.citation)
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


# An update of a large library holds the write lock a while: others wait this long for it.
BUSY_MS = 30000


def _tune(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA temp_store = MEMORY")
    # 16 MiB of pages: an update appends rows and full-text segments, and reads little back.
    # The cache is most of the writer's memory (a 64 MiB one took the first fill of 10,000
    # articles to 173 MB; this one to 70 MB), and a larger one was not faster.
    db.execute("PRAGMA cache_size = -16384")


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
    db = connect(path, busy_ms=BUSY_MS)
    _tune(db)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA page_size = 8192")  # fewer pages for paragraphs and full-text segments
    db.executescript(
        f"BEGIN; {DDL} PRAGMA user_version = {SCHEMA_VERSION}; "
        f"PRAGMA application_id = {INDEX_APPLICATION_ID}; COMMIT;"
    )
    return db


def create_in_memory() -> sqlite3.Connection:
    """A new, empty index that lives in memory: for a run whose index file cannot be used."""
    db = connect(":memory:", busy_ms=0)
    db.executescript(f"BEGIN; {DDL} COMMIT;")
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


# The tables and columns of every earlier version, which wrote no application_id: an index
# made by one is recognised by them exactly (then upgraded), anything else is not ours.
_FTS_SHADOWS = {
    f"{table}{suffix}": columns
    for table in ("passages_words", "passages_cjk")
    for suffix, columns in (
        ("", ("text",)),
        ("_config", ("k", "v")),
        ("_data", ("id", "block")),
        ("_docsize", ("id", "sz")),
        ("_idx", ("segid", "term", "pgno")),
    )
}


def _columns(names: str) -> tuple[str, ...]:
    return tuple(names.split())


_TABLES_V3: dict[str, tuple[str, ...]] = {
    "files": _columns("id root rel size mtime_ns errors problems"),
    "articles": _columns(
        "id file document article_id title outlet published line tags speakers authors "
        "quotes statistics problems"
    ),
    "passages": _columns(
        "id article kind section_index section_id heading paragraph line cjk speaker text"
    ),
    "quotes": _columns(
        "id article speaker kind text note section_index section_id paragraph start end line"
    ),
    "statistics": _columns(
        "id article label value previous unit period text section_index section_id paragraph "
        "start end line"
    ),
    "speakers": _columns("article name role affiliation"),
    **_FTS_SHADOWS,
}
_TABLES_V4 = {**_TABLES_V3, "roots": ("root", "listing")}
# Schema versions 3 (the first) to 6 (the last before application_id) by their tables.
LEGACY_TABLES: dict[int, dict[str, tuple[str, ...]]] = {
    3: _TABLES_V3,
    4: _TABLES_V4,
    5: _TABLES_V4,
    6: _TABLES_V4,
}


class NotAnIndex(OSError):
    """The file at the index's path is not positively a pressreader index: it is refused,
    never deleted or written."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} is not a pressreader index ({reason}); it was left as it is: "
            "choose another --index"
        )
        self.path = path


class Identity:
    """Whose the file at the index's path is (a plain class: `typing.NamedTuple` would load
    `typing` on every search)."""

    __slots__ = ("state", "version")

    def __init__(self, state: str, version: int) -> None:
        self.state = state  # "missing", "ours" (or empty), "legacy" (an earlier version's index)
        self.version = version  # the schema version it says it has


def _legacy_version(path: Path) -> int | None:
    """The schema version of an index made before application_id, recognised by its exact
    tables and columns; None when the file is not one."""
    # Read-only and immutable: SQLite then creates no -wal or -shm file beside another
    # program's database (a read-only connection to a WAL database would).
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    deadline = time.monotonic() + 30
    while True:
        db = None
        try:
            db = connect(uri, uri=True, busy_ms=5000)
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            tables = user_tables(db)
        except sqlite3.DatabaseError as error:
            failure = classify(error)
            if failure is Failure.BUSY and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            if failure in (Failure.BUSY, Failure.IO):
                raise
            return None  # unreadable and unmarked: nothing says it is ours
        finally:
            if db is not None:
                db.close()
        expected = LEGACY_TABLES.get(version)
        return version if expected is not None and tables == expected else None


def identify(path: Path) -> Identity:
    """Whether the file at `path` is pressreader's index; raises `NotAnIndex` when it is not
    positively so, OSError when it cannot be read."""
    if not os.path.lexists(path):
        return Identity("missing", 0)
    if not path.is_file():
        raise NotAnIndex(path, "it is not a regular file")
    header = read_header(path)
    if header.size == 0:
        return Identity("ours", 0)  # an index whose creation was interrupted: nothing to lose
    if not header.sqlite:
        raise NotAnIndex(path, "it is not an SQLite database")
    if header.application_id == INDEX_APPLICATION_ID:
        return Identity("ours", header.user_version)
    if header.application_id == STATE_APPLICATION_ID:
        raise NotAnIndex(path, "it is pressreader's reading-state file")
    if header.application_id != 0:
        raise NotAnIndex(path, f"it is another program's database, id {header.application_id:#x}")
    version = _legacy_version(path)
    if version is None:
        raise NotAnIndex(path, "its tables are not those of a pressreader index")
    return Identity("legacy", version)


def open_or_create(
    path: Path, notice: Notice, *, busy_wait: float = 120.0
) -> tuple[sqlite3.Connection, bool]:
    """Open the index at `path`, or make a new one; return (connection, created).

    Only a file that is positively pressreader's index is opened (see `identify`; others
    raise `NotAnIndex`). One from another version or damaged is replaced by an empty one and
    `notice` is told why; the caller then fills it. An I/O error (disk full, read-only,
    permission) is raised, the file kept. An index another process is writing is waited for
    (up to `busy_wait` seconds, then sqlite3.OperationalError), never deleted from under it.
    """
    identity = identify(path)
    if identity.state == "missing":
        return create(path), True
    if identity.state == "legacy" and identity.version != SCHEMA_VERSION:
        notice(
            f"rebuilding the search index {path}: it is from another version of pressreader "
            f"(schema {identity.version})"
        )
        return create(path), True
    reason = ""
    db: sqlite3.Connection | None = None
    deadline = time.monotonic() + busy_wait
    waiting = False
    while True:
        try:
            db = connect(path, busy_ms=BUSY_MS)
            _tune(db)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                reason = f"it is from another version of pressreader (schema {version})"
            else:
                db.execute("PRAGMA journal_mode = WAL")
                # Reading the small tables' pages catches a truncated or overwritten file.
                db.execute("SELECT count(*) FROM files").fetchone()
                db.execute("SELECT max(id) FROM passages").fetchone()
                if identity.state == "legacy":
                    # The current schema without the mark: mark it, nothing else changes.
                    db.execute(f"PRAGMA application_id = {INDEX_APPLICATION_ID}")
                return db, False
        except sqlite3.DatabaseError as error:
            failure = classify(error)
            if failure in (Failure.BUSY, Failure.IO) and db is not None:
                db.close()
                db = None
            if failure is Failure.IO:
                raise
            if failure is Failure.BUSY:
                if time.monotonic() >= deadline:
                    raise
                if not waiting:
                    waiting = True
                    notice(f"waiting for another pressreader to finish writing {path}")
                time.sleep(0.1)
                continue
            reason = f"it is damaged ({error})"
        break
    if db is not None:
        db.close()
    notice(f"rebuilding the search index {path}: {reason}")
    return create(path), True
