"""Write an article file safely: atomically, only over the version that was loaded, keeping
the one it replaces.

- **Atomic.** The new bytes go to a temporary file in the same folder, named
  `.<name>.pressreader-save-<random>.tmp` (hidden, and not `.yaml`: no library scan, `check`
  or index walk picks it up, FORMAT.md "Checking files"), created exclusively and private,
  given the file's permission bits, written, flushed to disk (fsync), then renamed over the
  file, and the folder flushed so the rename lasts. A crash at any moment leaves the old
  file or the new one, whole; at worst a hidden temporary file stays behind.
- **No lost update.** A `Stamp` (size, modification time, SHA-256 of the bytes) is taken
  when the file is read; a save first reads the file again and raises `SaveConflict` when
  its bytes are not those any more (another editor, a `git pull`). A file that is
  read-only (its permissions, or the file system) is reported as such, never replaced.
- **Errors are messages.** A full disk, a folder that vanished, a permission refused: a
  `SaveError` says which, and the file is untouched (the temporary file, ours, is removed).
- **Backups.** The version a save replaces is kept first in
  `$XDG_DATA_HOME/pressreader/backups/<hash of the file's path>/` (the folder holds an
  `origin` file naming the article), the last `KEEP` of them; `backups` lists them and
  `restore` writes one back (a save like any other, so the version it replaces is kept
  too). Only files named as this module names them are ever pruned.

A file reached through a symbolic link is written where the link leads (the link stays).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pressreader.editing.errors import SaveConflict, SaveError
from pressreader.limits import DEFAULT_MAX_BYTES, read_regular
from pressreader.paths import data_dir
from pressreader.placing import sync_folder
from pressreader.text.sanitize import escape_line

KEEP = 10  # backups kept per article file
_TEMP_INFIX = ".pressreader-save-"
_BACKUP_NAME = re.compile(r"\A(\d{19,20})-(\d{1,9})\.bak\Z")
_ORIGIN = "origin"


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a file was when it was read: a save checks it is still so."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Backup:
    """A version of an article file kept before a save replaced it."""

    path: Path  # the backup file
    saved_ns: int  # when it was replaced (nanoseconds since the epoch)
    size: int


def _shown(path: Path) -> str:
    return escape_line(str(path))


def _reason(error: OSError, path: Path, doing: str) -> str:
    """A message for an OSError, saying what it means for the file."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"cannot save {_shown(path)}: the disk is full (nothing was changed)"
    if code == errno.EROFS:
        return f"cannot save {_shown(path)}: the file system is read-only"
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"cannot save {_shown(path)}: permission denied (the file or its folder is read-only)"
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return f"cannot save {_shown(path)}: its folder no longer exists"
    detail = escape_line(error.strerror or str(error))
    return f"cannot save {_shown(path)}: {doing} failed: {detail}"


def stamp(data: bytes, info: os.stat_result) -> Stamp:
    return Stamp(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def read(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, Stamp]:
    """The file's bytes and their stamp; raises SaveError when it cannot be read."""
    path = Path(path)
    try:
        info = os.stat(path)
        data = read_regular(path, max_bytes)
    except OSError as error:
        raise SaveError(
            f"cannot read {_shown(path)}: {escape_line(error.strerror or str(error))}"
        ) from None
    if data is None:
        raise SaveError(f"cannot read {_shown(path)}: it is not a regular file")
    if len(data) > max_bytes:
        raise SaveError(f"cannot read {_shown(path)}: it is larger than {max_bytes:,} bytes")
    return data, stamp(data, info)


def _write_new(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """Write `data` to a new private temporary file in `folder`, flushed to disk; its name."""

    def names() -> Iterator[Path]:
        while True:
            yield folder / f".{name}{_TEMP_INFIX}{secrets.token_hex(6)}.tmp"

    return _write_exclusive(names(), data, mode)


def _write_exclusive(names: Iterator[Path], data: bytes, mode: int | None = None) -> Path:
    """Write `data`, flushed to disk, to the first of `names` that does not exist yet (created
    exclusively, never through a link: no file that was there before is written), with `mode`
    (private until then); its name. Removed again when the writing fails."""
    for path in names:
        try:
            descriptor = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
            )
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(descriptor, "wb") as file:
            if mode is not None:
                os.fchmod(file.fileno(), mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        _remove_ours(path)
        raise
    return path


def _remove_ours(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def save(path: Path, data: bytes, expected: Stamp, *, backup_folder: Path | None = None) -> Stamp:
    """Replace the file at `path` with `data`, if it still holds the bytes `expected`
    describes; the stamp of the new file. Keeps the version replaced (see the module).

    Raises SaveConflict when the file changed (or went) since it was read, SaveError when it
    cannot be written; either way the file is as it was.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(f"cannot save {_shown(path)}: its folder no longer exists")
    try:
        current, now = read(target)
    except SaveError:
        if not os.path.lexists(target):
            raise SaveConflict(
                f"{_shown(path)} was deleted or moved since it was loaded; nothing was written",
                gone=True,
            ) from None
        raise
    if now.sha256 != expected.sha256 or now.size != expected.size:
        raise SaveConflict(
            f"{_shown(path)} changed on disk since it was loaded (another program wrote it); "
            "nothing was written: reload it and apply the changes again"
        )
    try:
        info = os.stat(target)
    except OSError as error:
        raise SaveError(_reason(error, path, "reading the file's permissions")) from None
    mode = stat.S_IMODE(info.st_mode)
    # A file nobody may write is read-only even for root, who `access` lets write anything.
    if not os.access(target, os.W_OK) or not mode & 0o222:
        raise SaveError(f"cannot save {_shown(path)}: the file is read-only")
    try:
        keep(path, current, backup_folder=backup_folder)
    except OSError as error:
        raise SaveError(
            f"cannot save {_shown(path)}: keeping the version it replaces failed: "
            f"{escape_line(error.strerror or str(error))}"
        ) from None
    try:
        temporary = _write_new(folder, target.name, data, mode)
    except OSError as error:
        raise SaveError(_reason(error, path, "writing")) from None
    try:
        os.replace(temporary, target)
    except OSError as error:
        _remove_ours(temporary)
        raise SaveError(_reason(error, path, "replacing the file")) from None
    sync_folder(folder)
    try:
        written = os.stat(target)
    except OSError:
        return Stamp(len(data), time.time_ns(), hashlib.sha256(data).hexdigest())
    return Stamp(len(data), written.st_mtime_ns, hashlib.sha256(data).hexdigest())


# -- backups -----------------------------------------------------------------------------------


def backup_root() -> Path:
    return data_dir() / "backups"


def _folder_for(path: Path, backup_folder: Path | None) -> Path:
    key = hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest()[:24]
    return (backup_folder or backup_root()) / key


def keep(path: Path, data: bytes, *, backup_folder: Path | None = None) -> Path:
    """Keep `data` as the newest backup of the article at `path`; prune past KEEP."""
    folder = _folder_for(Path(path), backup_folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    origin = folder / _ORIGIN
    if not origin.exists():
        origin.write_text(os.path.abspath(path) + "\n", encoding="utf-8", errors="surrogateescape")
    now = time.time_ns()
    names = (folder / f"{now:020d}-{sequence}.bak" for sequence in itertools.count())
    kept = _write_exclusive(names, data)
    _prune(folder)
    return kept


def _ours(folder: Path) -> list[Backup]:
    """The backups in `folder`: regular files named as `keep` names them, oldest first."""
    found: list[Backup] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        found.append(Backup(Path(entry.path), int(match.group(1)), info.st_size))
    found.sort(key=lambda backup: (backup.saved_ns, backup.path.name))
    return found


def _prune(folder: Path) -> None:
    kept = _ours(folder)
    for backup in kept[: max(0, len(kept) - KEEP)]:
        _remove_ours(backup.path)


def backups(path: Path, *, backup_folder: Path | None = None) -> list[Backup]:
    """The versions kept of the article at `path`, newest first."""
    return list(reversed(_ours(_folder_for(Path(path), backup_folder))))


def restore(
    path: Path, backup: Backup, expected: Stamp, *, backup_folder: Path | None = None
) -> Stamp:
    """Write `backup` back over the article at `path` (a save: the version it replaces is
    kept, and a file changed since `expected` is not overwritten)."""
    try:
        data = Path(backup.path).read_bytes()
    except OSError as error:
        raise SaveError(
            f"cannot read the kept version {_shown(backup.path)}: "
            f"{escape_line(error.strerror or str(error))}"
        ) from None
    return save(path, data, expected, backup_folder=backup_folder)
