"""Reading state: where each article was left, its bookmarks, and the recently opened list.

Stored in SQLite at `$XDG_DATA_HOME/pressreader/state.sqlite` so that it survives anything:

- Every write is one short `BEGIN IMMEDIATE … COMMIT` transaction in WAL mode with
  `synchronous=FULL`, so a crash, `kill -9` or power loss at any moment leaves the file
  consistent and keeps every committed write.
- Several pressreader processes may share the file: WAL lets readers run beside a writer, and
  `busy_timeout` makes a writer wait (briefly: writes are tiny) instead of failing.
- A file that is corrupt anyway (garbage, truncated, another program's database, a directory
  in its place) is moved aside as `state.sqlite.corrupt-<timestamp>` and a fresh store is
  started, with a warning for the UI. A data folder that cannot be written gives an in-memory
  store, again with a warning. No public method raises on a database problem: failures become
  warnings (see `StateStore.take_warnings`).

Keys. A `StateKey` is the article's `id` plus the resolved path of its file. The id alone
would mix up two different files that reuse an id; the path alone would lose everything when
a file is moved or renamed. So records are stored under both, and read with a fallback:

- `position(key)` returns the exact (id, path) record, else the most recently saved position
  of the same article id under another path (a moved, renamed or copied file opens where the
  article was left).
- `record_open(key, …)` adopts records of the same article id whose file no longer exists:
  their path is rewritten to the new one, so a moved file keeps its bookmarks too.

Positions are (section id, paragraph index, optional character offset in the paragraph):
never a screen line, so they survive another terminal size or text width.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressreader import paths
from pressreader.store.sqlite import (
    HEADER,
    STATE_APPLICATION_ID,
    connect,
    is_busy,
    is_corruption,
)

if TYPE_CHECKING:
    from pressreader.model import Article

T = TypeVar("T")

STATE_FILE = "state.sqlite"
SCHEMA_VERSION = 1
RECENT_LIMIT = 50
OPEN_TIMEOUT_S = 15.0  # a busy file at start-up: another pressreader is creating it
BUSY_TIMEOUT_MS = 2000  # SQLite's own wait for a lock, before a write is tried again
# How long a write keeps trying while other processes hold the file; after that the change
# stays pending in memory and is written with the next one (never dropped).
WRITE_PATIENCE_S = 60.0

# The tables (and their columns) a current state file must have; anything else is not ours.
_SCHEMA_V1 = """
CREATE TABLE positions (
    article_id  TEXT NOT NULL,
    path        TEXT NOT NULL,
    section_id  TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    char_offset INTEGER,
    saved       REAL NOT NULL,
    PRIMARY KEY (article_id, path)
);
CREATE TABLE bookmarks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  TEXT NOT NULL,
    path        TEXT NOT NULL,
    section_id  TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    char_offset INTEGER,
    note        TEXT,
    title       TEXT,
    created     REAL NOT NULL
);
CREATE INDEX bookmarks_by_article ON bookmarks (article_id, path);
CREATE TABLE recent (
    article_id  TEXT NOT NULL,
    path        TEXT NOT NULL,
    document    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    opened      REAL NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (article_id, path)
);
CREATE INDEX recent_by_seq ON recent (seq);
"""

_EXPECTED_COLUMNS: dict[str, set[str]] = {
    "positions": {"article_id", "path", "section_id", "paragraph", "char_offset", "saved"},
    "bookmarks": {
        "id",
        "article_id",
        "path",
        "section_id",
        "paragraph",
        "char_offset",
        "note",
        "title",
        "created",
    },
    "recent": {"article_id", "path", "document", "title", "opened", "seq"},
}

# Forward migrations: MIGRATIONS[v] turns a version-v file into version v+1. Version 0 is an
# empty file. A future schema change appends a step here; old files are upgraded on open.
MIGRATIONS: list[str] = [_SCHEMA_V1]
assert len(MIGRATIONS) == SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class StateKey:
    """What reading state is stored under: the article id and its file's resolved path."""

    article_id: str
    path: str  # resolved, absolute

    @classmethod
    def of(cls, article_id: str, path: Path | str) -> StateKey:
        """A key for the article `article_id` in the file `path` (resolved here)."""
        return cls(article_id, str(Path(path).expanduser().resolve()))

    @classmethod
    def for_article(cls, article: Article) -> StateKey:
        """The key of a loaded article (its `id` and `path`)."""
        if article.path is None:
            raise ValueError(f"article {article.id!r} has no file path")
        return cls.of(article.id, article.path)


@dataclass(frozen=True, slots=True)
class Position:
    """Where reading stopped: a paragraph of a section, optionally a character within it."""

    section_id: str
    paragraph: int = 0
    offset: int | None = None  # character offset in the paragraph's original string

    def __post_init__(self) -> None:
        if self.paragraph < 0 or (self.offset is not None and self.offset < 0):
            raise ValueError(f"negative position: {self!r}")

    def within(self, article: Article) -> Position:
        """This position made valid for `article` (which may have changed since it was saved).

        A section that still exists keeps its place, clamped to its paragraphs; a section that
        is gone sends the reader to the start of the article.
        """
        section = article.section_by_id(self.section_id)
        if section is None:
            first = article.sections[0].id if article.sections else self.section_id
            return Position(first, 0)
        if not section.paragraphs:
            return Position(section.id, 0)
        paragraph = min(self.paragraph, len(section.paragraphs) - 1)
        offset = self.offset if paragraph == self.paragraph else None
        if offset is not None:
            offset = min(offset, len(section.paragraphs[paragraph]))
        return Position(section.id, paragraph, offset)


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A marked place in an article, with an optional note (stored exactly as typed).

    Build one with the place and note; the store fills in `id`, `created`, `key` and `title`
    in what it returns.
    """

    section_id: str
    paragraph: int = 0
    note: str | None = None
    offset: int | None = None
    id: int | None = None
    created: dt.datetime | None = None  # UTC
    key: StateKey | None = None
    title: str | None = None  # the article's title when it was bookmarked, if known

    @property
    def position(self) -> Position:
        return Position(self.section_id, self.paragraph, self.offset)


@dataclass(frozen=True, slots=True)
class RecentEntry:
    """One recently opened article, enough to reopen it."""

    key: StateKey
    title: str
    document: int  # 0-based YAML document index in the file
    opened: dt.datetime  # UTC

    @property
    def path(self) -> Path:
        return Path(self.key.path)


class _Unusable(Exception):
    """The state file exists but is not a usable pressreader state file."""


class _TooNew(Exception):
    """The state file was written by a newer pressreader."""


class _Foreign(Exception):
    """The file carries another program's application_id: it is not ours to touch."""


class _StillBusy(Exception):
    """Other processes held the file for longer than `write_patience`."""


def default_path() -> Path:
    return paths.data_dir() / STATE_FILE


def _utc(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, tz=dt.UTC)


class StateStore:
    """The reading-state database. Safe to share between threads and between processes.

    `StateStore()` opens the default file; `StateStore(path)` another one (tests); `:memory:`
    gives a store that keeps nothing. Opening never raises: problems end up in `warnings`.
    """

    def __init__(self, path: Path | str | None = None, *, recent_limit: int = RECENT_LIMIT):
        self.recent_limit = recent_limit
        self.write_patience = WRITE_PATIENCE_S
        self.warnings: list[str] = []
        # Changes that could not be written yet (the file stayed busy), oldest first.
        self._pending: list[tuple[str, Callable[[sqlite3.Connection], object]]] = []
        self._lock = threading.RLock()
        self._persistent = False
        if path is None:
            self.path: Path | None = default_path()
        elif str(path) == ":memory:":
            self.path = None
        else:
            self.path = Path(path)
        self._conn = self._open()

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        """False when the store lives in memory only (nothing will be kept)."""
        return self._persistent

    def take_warnings(self) -> list[str]:
        """The warnings not yet shown, oldest first; the list is emptied."""
        with self._lock:
            taken, self.warnings = self.warnings, []
            return taken

    @property
    def pending(self) -> int:
        """How many changes wait to be written (the file was busy for too long)."""
        return len(self._pending)

    def close(self) -> None:
        with self._lock:
            if self._pending:
                # Whatever is still pending gets the full patience, however short the
                # patience of single saves was set (the reader's UI thread sets it short).
                with suppress(sqlite3.Error):
                    self._write(None, None, patience=max(self.write_patience, WRITE_PATIENCE_S))
            self._conn.close()

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _warn(self, message: str) -> None:
        self.warnings.append(message)

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._memory()
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return self._fallback(f"cannot create the folder {path.parent}: {error.strerror}")
        # Opening may wait on another process creating or migrating the file; a busy file
        # at open is retried for longer than one write would wait, never taken as damage.
        open_deadline = time.monotonic() + OPEN_TIMEOUT_S
        attempt = 0
        while attempt < 2:
            attempt += 1
            # A directory, FIFO or dangling link: SQLite would fail on it (or hang on a FIFO).
            irregular = os.path.lexists(path) and not path.is_file()
            if irregular and not self._move_aside("it is not a regular file"):
                return self._fallback(f"cannot move {path} aside")
            conn: sqlite3.Connection | None = None
            try:
                _check_header(path)
                conn = self._connect(path)
                self._prepare(conn)
                self._persistent = True
                return conn
            except _TooNew:
                _close(conn)
                return self._fallback(
                    f"{path} was written by a newer pressreader; it is left untouched",
                    copy=False,
                )
            except _Foreign:
                _close(conn)
                return self._fallback(
                    f"{path} belongs to another program; it is left untouched", copy=False
                )
            except (_Unusable, sqlite3.DatabaseError) as error:
                _close(conn)
                if (
                    isinstance(error, sqlite3.OperationalError)
                    and is_busy(error)
                    and time.monotonic() < open_deadline
                ):
                    attempt -= 1
                    time.sleep(0.05)
                    continue
                damaged = isinstance(error, _Unusable) or is_corruption(error)
                if not damaged or attempt == 2:
                    return self._fallback(f"cannot open {path}: {error}")
                if not self._move_aside(str(error)):
                    return self._fallback(f"cannot move the damaged {path} aside")
        raise AssertionError("unreachable")

    def _connect(self, path: Path) -> sqlite3.Connection:
        # We issue BEGIN/COMMIT ourselves; the connection is guarded by self._lock.
        return connect(path, busy_ms=BUSY_TIMEOUT_MS)

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Check the file, switch to WAL, and create or migrate the schema."""
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise _Unusable("damaged: " + "; ".join(str(p) for p in problems[:3]))
        mark = conn.execute("PRAGMA application_id").fetchone()[0]
        if mark not in (0, STATE_APPLICATION_ID):
            raise _Foreign  # before anything below writes to the file
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _TooNew
        _use_wal(conn)
        # FULL syncs the WAL on every commit: a committed write survives even a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION:
            self._migrate(conn)
        self._check_schema(conn)
        # SQLite opens a file it cannot write read-only without a word: find out now, so the
        # reader is told once instead of every save failing.
        # A file of an earlier version (no application_id) is ours by its tables, checked
        # above: it gets the mark here.
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(f"PRAGMA application_id = {STATE_APPLICATION_ID}")
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        # IMMEDIATE: two processes opening a new file at once must not both create the tables.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and _user_tables(conn):
                raise _Unusable("it holds tables that are not pressreader's")
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute(f"PRAGMA application_id = {STATE_APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _check_schema(conn: sqlite3.Connection) -> None:
        for table, expected in _EXPECTED_COLUMNS.items():
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not expected <= columns:
                raise _Unusable(f"its {table!r} table is missing or has the wrong columns")

    def _move_aside(self, reason: str) -> bool:
        assert self.path is not None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while os.path.lexists(target):
            counter += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
        try:
            os.replace(self.path, target)
        except OSError:
            return False
        # A stale WAL next to a fresh file would be replayed into it: move it along.
        for suffix in ("-wal", "-journal"):
            companion = Path(f"{self.path}{suffix}")
            if os.path.lexists(companion):
                with suppress(OSError):
                    os.replace(companion, Path(f"{target}{suffix}"))
        with suppress(OSError):
            Path(f"{self.path}-shm").unlink(missing_ok=True)
        self._warn(
            f"The reading-state file was unusable ({reason}); it was moved to {target} "
            "and a new one was started."
        )
        return True

    def _memory(self) -> sqlite3.Connection:
        conn = connect(":memory:", busy_ms=0)
        self._migrate(conn)
        self._persistent = False
        return conn

    def _fallback(self, reason: str, *, copy: bool = True) -> sqlite3.Connection:
        """An in-memory store, seeded from the file when it can at least be read."""
        conn = self._memory()
        seeded = False
        if copy and self.path is not None and self.path.is_file():
            seeded = _seed_from(self.path, conn)
        self._warn(
            f"Reading positions and bookmarks will not be saved: {reason}."
            + (" Those saved before are shown." if seeded else "")
        )
        return conn

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _run(self, what: str, default: T, op: Callable[[sqlite3.Connection], T], write: bool) -> T:
        """Run `op` (in a write transaction when `write`), turning failures into warnings.

        A write waits for other processes as long as `write_patience`, then stays pending
        (see `_write`). A file found corrupt while running is moved aside and the operation
        retried once on a fresh store.
        """
        with self._lock:
            for attempt in (1, 2):
                try:
                    if not write:
                        return op(self._conn)
                    return self._write((what, op), default)
                except _StillBusy as error:
                    self._warn(
                        f"Could not {what} yet: the state file stayed busy ({error}); "
                        f"{_changes(len(self._pending))} will be saved with the next change."
                    )
                    return default
                except sqlite3.DatabaseError as error:
                    if attempt == 1 and self._persistent and is_corruption(error):
                        _close(self._conn)
                        if self._move_aside(str(error)):
                            self._conn = self._open()
                            continue
                        self._conn = self._fallback(f"cannot move the damaged {self.path} aside")
                        continue
                    self._warn(f"Could not {what}: {error}")
                    return default
            return default

    def _write(
        self,
        change: tuple[str, Callable[[sqlite3.Connection], T]] | None,
        default: T,
        *,
        patience: float | None = None,
    ) -> T:
        """Write the pending changes, then `change`, each in its own transaction, in order.

        A busy file is waited for, with growing pauses, up to `write_patience` seconds in
        all; then `_StillBusy` is raised and whatever was not written stays pending. While
        changes are pending that way, a new one is tried once (SQLite's busy timeout) before
        it joins them: the reader saves from its UI thread, which must not stall for a
        minute at every save while another program holds the file. Closing the store
        waits the whole `write_patience` again for what is still pending. A change that fails
        otherwise is dropped from the queue and the error raised (for a warning).
        """
        stalled = bool(self._pending) and change is not None  # closing: full patience
        if change is not None and all(op is not change[1] for _, op in self._pending):
            self._pending.append(change)
        result = default
        if patience is None:
            patience = self.write_patience
        deadline = time.monotonic() + (0.0 if stalled else patience)
        pause = 0.005
        while self._pending:
            _, op = self._pending[0]
            try:
                with self._transaction() as conn:
                    value = op(conn)
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    self._pending.pop(0)
                    raise
                if time.monotonic() + pause > deadline:
                    raise _StillBusy(str(error)) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.25)
                continue
            except BaseException:
                self._pending.pop(0)
                raise
            self._pending.pop(0)
            if change is not None and op is change[1]:
                result = value  # type: ignore[assignment]
        return result

    def _checked(
        self,
        what: str,
        rows: Iterable[tuple[object, ...]],
        parse: Callable[[tuple[object, ...]], T],
    ) -> Iterator[T]:
        """`parse` of each row; a row that is not what pressreader writes (the file was
        edited or damaged) is skipped with a warning instead of reaching the reader."""
        for row in rows:
            try:
                yield parse(row)
            except _BadRow as error:
                self._warn(f"Skipped a damaged {what} in the reading-state file ({error}).")

    # -- positions ------------------------------------------------------------------------

    def save_position(self, key: StateKey, position: Position) -> bool:
        """Remember where reading stopped in an article. True when it was saved."""

        def op(conn: sqlite3.Connection) -> bool:
            _exec(
                conn,
                "INSERT INTO positions"
                " (article_id, path, section_id, paragraph, char_offset, saved)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, path) DO UPDATE SET section_id = excluded.section_id,"
                " paragraph = excluded.paragraph, char_offset = excluded.char_offset,"
                " saved = excluded.saved",
                (
                    key.article_id,
                    key.path,
                    position.section_id,
                    position.paragraph,
                    position.offset,
                    time.time(),
                ),
            )
            return True

        return self._run("save the reading position", False, op, write=True)

    def position(self, key: StateKey) -> Position | None:
        """Where reading stopped: this file's record, else the same article id's latest."""

        def op(conn: sqlite3.Connection) -> Position | None:
            rows = _exec(
                conn,
                "SELECT section_id, paragraph, char_offset FROM positions WHERE article_id = ?"
                " ORDER BY path = ? DESC, saved DESC",
                (key.article_id, key.path),
            )
            for position in self._checked("reading position", rows, _position):
                return position  # the first that reads well
            return None

        return self._run("read the reading position", None, op, write=False)

    def forget_position(self, key: StateKey) -> None:
        """Drop the saved position of this article in this file."""

        def op(conn: sqlite3.Connection) -> None:
            _exec(
                conn,
                "DELETE FROM positions WHERE article_id = ? AND path = ?",
                (key.article_id, key.path),
            )

        self._run("forget the reading position", None, op, write=True)

    # -- bookmarks ------------------------------------------------------------------------

    def add_bookmark(self, key: StateKey, bookmark: Bookmark) -> int | None:
        """Store a bookmark; its new id, or None when it could not be saved."""
        if bookmark.paragraph < 0 or (bookmark.offset is not None and bookmark.offset < 0):
            raise ValueError(f"negative bookmark position: {bookmark!r}")

        def op(conn: sqlite3.Connection) -> int | None:
            title = bookmark.title
            if title is None:
                row = _exec(
                    conn,
                    "SELECT title FROM recent WHERE article_id = ? AND path = ?",
                    (key.article_id, key.path),
                ).fetchone()
                title = None if row is None else _optional_text(row[0], "title", None)
            cursor = _exec(
                conn,
                "INSERT INTO bookmarks (article_id, path, section_id, paragraph, char_offset,"
                " note, title, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key.article_id,
                    key.path,
                    bookmark.section_id,
                    bookmark.paragraph,
                    bookmark.offset,
                    bookmark.note,
                    title,
                    time.time(),
                ),
            )
            return cursor.lastrowid

        return self._run("save the bookmark", None, op, write=True)

    def bookmarks(self, key: StateKey) -> list[Bookmark]:
        """The bookmarks of one article in one file, oldest first."""

        def op(conn: sqlite3.Connection) -> list[Bookmark]:
            rows = _exec(
                conn,
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks WHERE article_id = ? AND path = ?"
                " ORDER BY id",
                (key.article_id, key.path),
            )
            return list(self._checked("bookmark", rows, _bookmark))

        return self._run("read the bookmarks", [], op, write=False)

    def all_bookmarks(self) -> list[Bookmark]:
        """Every bookmark of every article, newest first."""

        def op(conn: sqlite3.Connection) -> list[Bookmark]:
            rows = _exec(conn, f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks ORDER BY id DESC")
            return list(self._checked("bookmark", rows, _bookmark))

        return self._run("read the bookmarks", [], op, write=False)

    def set_bookmark_note(self, bookmark_id: int, note: str | None) -> bool:
        """Change a bookmark's note. True when the bookmark existed."""

        def op(conn: sqlite3.Connection) -> bool:
            cursor = _exec(conn, "UPDATE bookmarks SET note = ? WHERE id = ?", (note, bookmark_id))
            return cursor.rowcount > 0

        return self._run("change the bookmark's note", False, op, write=True)

    def remove_bookmark(self, bookmark_id: int) -> bool:
        """Delete a bookmark. True when it existed."""

        def op(conn: sqlite3.Connection) -> bool:
            cursor = _exec(conn, "DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
            return cursor.rowcount > 0

        return self._run("delete the bookmark", False, op, write=True)

    # -- recently opened ------------------------------------------------------------------

    def record_open(self, key: StateKey, title: str, document: int = 0) -> None:
        """Note that an article was opened (top of `recent`), and adopt the records it left
        under a path that no longer exists (the file was moved or renamed)."""
        orphans = self._orphaned_paths(key)

        def op(conn: sqlite3.Connection) -> None:
            for old in orphans:
                params = (key.path, key.article_id, old)
                # OR IGNORE: a record already under the new path wins over the orphan's.
                for table in ("positions", "recent"):
                    _exec(
                        conn,
                        f"UPDATE OR IGNORE {table} SET path = ? WHERE article_id = ? AND path = ?",
                        params,
                    )
                    _exec(
                        conn, f"DELETE FROM {table} WHERE article_id = ? AND path = ?", params[1:]
                    )
                _exec(
                    conn, "UPDATE bookmarks SET path = ? WHERE article_id = ? AND path = ?", params
                )
            seq = _exec(conn, "SELECT coalesce(max(seq), 0) + 1 FROM recent").fetchone()[0]
            _exec(
                conn,
                "INSERT INTO recent (article_id, path, document, title, opened, seq)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, path) DO UPDATE SET"
                " document = excluded.document, title = excluded.title,"
                " opened = excluded.opened, seq = excluded.seq",
                (key.article_id, key.path, document, title, time.time(), seq),
            )
            _exec(
                conn,
                "DELETE FROM recent WHERE seq NOT IN"
                " (SELECT seq FROM recent ORDER BY seq DESC LIMIT ?)",
                (self.recent_limit,),
            )

        self._run("record the opened article", None, op, write=True)

    def _orphaned_paths(self, key: StateKey) -> list[str]:
        def op(conn: sqlite3.Connection) -> list[str]:
            rows = _exec(
                conn,
                "SELECT path FROM positions WHERE article_id = ?1 AND path != ?2"
                " UNION SELECT path FROM bookmarks WHERE article_id = ?1 AND path != ?2"
                " UNION SELECT path FROM recent WHERE article_id = ?1 AND path != ?2",
                (key.article_id, key.path),
            )
            return list(self._checked("record", rows, lambda row: _text(row[0], "path")))

        known: list[str] = self._run("look for moved files", [], op, write=False)
        return [p for p in known if not os.path.lexists(p)]

    def recent(self, limit: int | None = None) -> list[RecentEntry]:
        """The recently opened articles, most recent first."""

        def op(conn: sqlite3.Connection) -> list[RecentEntry]:
            rows = _exec(
                conn,
                "SELECT article_id, path, title, document, opened FROM recent"
                " ORDER BY seq DESC LIMIT ?",
                (self.recent_limit if limit is None else limit,),
            )
            return list(self._checked("recently opened article", rows, _recent))

        return self._run("read the recent articles", [], op, write=False)

    def remove_recent(self, key: StateKey) -> None:
        """Drop one article from the recent list (its position and bookmarks stay)."""

        def op(conn: sqlite3.Connection) -> None:
            _exec(
                conn,
                "DELETE FROM recent WHERE article_id = ? AND path = ?",
                (key.article_id, key.path),
            )

        self._run("update the recent articles", None, op, write=True)


_BOOKMARK_COLUMNS = "id, article_id, path, section_id, paragraph, char_offset, note, title, created"


def _exec(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
    """`conn.execute`, storing text that is not valid Unicode (lone surrogates: a file name
    in another encoding, a `\\ud800` escape in YAML) as a BLOB of its bytes; SQLite's TEXT
    cannot hold it and `sqlite3` would raise."""
    return conn.execute(sql, tuple(_storable(value) for value in params))


def _storable(value: object) -> object:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    return value


class _BadRow(ValueError):
    """A value the store never writes where it was read."""


def _bad(column: str, value: object) -> _BadRow:
    shown = repr(value)
    return _BadRow(f"{column} {shown[:40] + '…' if len(shown) > 40 else shown}")


def _text(value: object, column: str) -> str:
    """The text of a TEXT column (or of one `_storable` stored as a BLOB)."""
    if type(value) is str:
        return value
    if type(value) is bytes:
        try:
            return value.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            pass
    raise _bad(column, value)


def _optional_text(value: object, column: str, default: str | None = None) -> str | None:
    if value is None:
        return None
    try:
        return _text(value, column)
    except _BadRow:
        return default


def _count(value: object, column: str) -> int:
    if type(value) is not int or value < 0:
        raise _bad(column, value)
    return value


def _optional_count(value: object, column: str) -> int | None:
    return None if value is None else _count(value, column)


def _time(value: object, column: str) -> dt.datetime:
    if type(value) not in (int, float):
        raise _bad(column, value)
    try:
        return _utc(float(value))  # type: ignore[arg-type]
    except (OverflowError, OSError, ValueError):  # NaN, infinite, beyond year 9999
        raise _bad(column, value) from None


def _position(row: tuple[object, ...]) -> Position:
    section_id, paragraph, offset = row
    return Position(
        _text(section_id, "section"),
        _count(paragraph, "paragraph"),
        _optional_count(offset, "offset"),
    )


def _bookmark(row: tuple[object, ...]) -> Bookmark:
    id_, article_id, path, section_id, paragraph, offset, note, title, created = row
    if type(id_) is not int:
        raise _bad("id", id_)
    text_note = None if note is None else _text(note, "note")
    return Bookmark(
        section_id=_text(section_id, "section"),
        paragraph=_count(paragraph, "paragraph"),
        note=text_note,
        offset=_optional_count(offset, "offset"),
        id=id_,
        created=_time(created, "time"),
        key=StateKey(_text(article_id, "article id"), _text(path, "path")),
        title=_optional_text(title, "title"),
    )


def _recent(row: tuple[object, ...]) -> RecentEntry:
    article_id, path, title, document, opened = row
    return RecentEntry(
        StateKey(_text(article_id, "article id"), _text(path, "path")),
        _text(title, "title"),
        _count(document, "document"),
        _time(opened, "time"),
    )


def _changes(number: int) -> str:
    return "it" if number == 1 else f"it and {number - 1} earlier change(s)"


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite does not wait (busy_timeout) for this one: retry briefly, for
    when several processes open a new file at the same moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.002)


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it (or its WAL)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise sqlite3.OperationalError(f"cannot read it: {error.strerror}") from error
    if head and head != HEADER:
        raise _Unusable("it is not a database file")


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return [row[0] for row in rows]


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with suppress(sqlite3.Error):
            conn.close()


def _seed_from(path: Path, memory: sqlite3.Connection) -> bool:
    """Copy a readable state file of the current version into `memory`."""
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        if source.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        StateStore._check_schema(source)
        source.backup(memory)
        return True
    except (sqlite3.Error, _Unusable):
        return False
    finally:
        source.close()


__all__ = [
    "RECENT_LIMIT",
    "SCHEMA_VERSION",
    "Bookmark",
    "Position",
    "RecentEntry",
    "StateKey",
    "StateStore",
    "default_path",
]
