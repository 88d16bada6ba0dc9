"""What the index and the reading-state store share about SQLite files.

- Who owns a file: every database pressreader makes carries an `application_id` in its
  header (one value for the index, one for the reading state), read here straight from the
  file's first 100 bytes, so a file can be recognised even when its tables cannot be read.
- What an error means: `classify` tells a database another process holds (busy), a file
  that is damaged or not what pressreader wrote (damage: it may be rebuilt), and a failure
  of the disk or of permissions (I/O: the file is fine, it must be kept).
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100  # SQLite's database header; user_version at 60, application_id at 68

# "PRix" and "PRst": pressreader's index and reading-state files. Two values, so a state
# file given as `--index` is not taken for an index and rebuilt.
INDEX_APPLICATION_ID = 0x50526978
STATE_APPLICATION_ID = 0x50527374


class Header:
    """What the first bytes of a file say about it (a plain class: `typing.NamedTuple`
    would load `typing` on every search)."""

    __slots__ = ("application_id", "size", "sqlite", "user_version")

    def __init__(self, size: int, sqlite: bool, user_version: int, application_id: int) -> None:
        self.size = size  # bytes read (0: an empty file)
        self.sqlite = sqlite  # a complete SQLite header
        self.user_version = user_version
        self.application_id = application_id


def read_header(path: Path) -> Header:
    """The header of the file at `path` (raises OSError when it cannot be read)."""
    with open(path, "rb") as handle:
        head = handle.read(HEADER_SIZE)
    if len(head) < HEADER_SIZE or not head.startswith(HEADER):
        return Header(len(head), False, 0, 0)
    return Header(
        len(head),
        True,
        int.from_bytes(head[60:64], "big", signed=True),
        int.from_bytes(head[68:72], "big", signed=True),
    )


def connect(
    path: Path | str, *, busy_ms: int, uri: bool = False, timeout: float | None = None
) -> sqlite3.Connection:
    """A connection in autocommit mode (callers issue BEGIN themselves), usable from any
    thread (callers serialise its use), that waits `busy_ms` for another process's lock."""
    db = sqlite3.connect(
        path,
        timeout=busy_ms / 1000 if timeout is None else timeout,
        isolation_level=None,
        check_same_thread=False,
        uri=uri,
    )
    db.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    return db


class DamagedRow(sqlite3.DatabaseError):
    """A row holding what pressreader never writes there: the file was altered."""


class Failure(Enum):
    BUSY = "busy"  # another process holds the database: wait, never rebuild
    DAMAGE = "damage"  # damaged, or not the tables pressreader wrote: may be rebuilt
    IO = "io"  # disk full, read-only, permission, I/O error: keep the file
    OTHER = "other"  # a constraint or a programming error: report it


_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_IO_CODES = {
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_NOLFS,
}
# For errors without a result code (raised by Python code, or an older sqlite3 module).
_BUSY_WORDS = ("locked", "busy")
_DAMAGE_WORDS = ("malformed", "not a database", "no such table", "no such column")
_IO_WORDS = ("disk is full", "i/o error", "readonly", "read-only", "unable to open", "permission")
# SQLITE_ERROR is generic; these messages of it mean the tables are not the ones written.
_SCHEMA_WORDS = ("no such table", "no such column", "malformed")


def classify(error: BaseException) -> Failure:
    """The one rule, for the index and the reading state, of what an error means."""
    if isinstance(error, DamagedRow):
        return Failure.DAMAGE
    if isinstance(error, OSError):
        return Failure.IO
    if not isinstance(error, sqlite3.Error):
        return Failure.OTHER
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in _BUSY_CODES:
            return Failure.BUSY
        if primary in _DAMAGE_CODES:
            return Failure.DAMAGE
        if primary in _IO_CODES:
            return Failure.IO
        if primary == sqlite3.SQLITE_ERROR and any(w in text for w in _SCHEMA_WORDS):
            return Failure.DAMAGE
        return Failure.OTHER
    if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return Failure.OTHER
    for words, failure in (
        (_BUSY_WORDS, Failure.BUSY),
        (_IO_WORDS, Failure.IO),
        (_DAMAGE_WORDS, Failure.DAMAGE),
    ):
        if any(word in text for word in words):
            return failure
    return Failure.OTHER


def is_busy(error: BaseException) -> bool:
    return classify(error) is Failure.BUSY


def is_corruption(error: BaseException) -> bool:
    return classify(error) is Failure.DAMAGE


def user_tables(db: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each table of the database (SQLite's own excepted) with its columns in order."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        quoted = str(name).replace("'", "''")
        columns = db.execute(f"PRAGMA table_info('{quoted}')")
        out[str(name)] = tuple(str(row[1]) for row in columns)
    return out
