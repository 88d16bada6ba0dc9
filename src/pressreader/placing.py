"""A file pressreader writes, put in place whole (the import's articles, the exports).

The text is written to a temporary file in the target's folder and synced first; then it
takes the name in one step: never a half-written file under the name, and never over a file
that was not to be replaced (a hard link fails when the name is taken, where a rename would
not).

Only a regular file is ever replaced, and through a symbolic link the file it names (the link
stays a link). A name that is a stream, a terminal or `/dev/null` (a character device) or a
named pipe, is written into, as a shell's `>` would: renaming over it would put a regular
file in place of the device for every program. Anything else (a folder, a block device, a
socket, a link to nothing) is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


class TakenError(FileExistsError):
    """The name is taken by another file and replacing it was not asked for."""


class NotAFileError(OSError):
    """The name is taken by something that is neither a regular file nor a stream."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


def is_stream(path: Path) -> bool:
    """Whether `path` names (through links) a character device or a named pipe: something
    written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def taken(path: Path) -> bool:
    """Whether writing to `path` would replace something (a stream replaces nothing)."""
    return os.path.lexists(path) and not is_stream(path)


def _open_stream(path: Path) -> int | None:
    """A descriptor open for writing on the stream `path` names, or None when it names none.
    Opened without truncating or creating, and checked once open: a name that became a
    regular file between the look and the open is left as it was."""
    if not is_stream(path):
        return None
    try:
        descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    mode = os.fstat(descriptor).st_mode
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return descriptor
    os.close(descriptor)
    return None


def put_in_place(temporary: Path | str, path: Path, *, overwrite: bool) -> None:
    """Give the synced `temporary` (in `path`'s folder) the name `path`, then sync the
    folder. TakenError when `path` exists and not `overwrite`. The caller removes
    `temporary` afterwards if it is still there (a link leaves it)."""
    if overwrite:
        os.replace(temporary, path)
    else:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise TakenError(str(path)) from None
        except OSError:
            # A file system without hard links: check, then rename (a narrow race).
            if os.path.lexists(path):
                raise TakenError(str(path)) from None
            os.replace(temporary, path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a name written in `folder` durable (where the system allows it)."""
    # Not every platform can open a folder, nor every file system sync one: the name is
    # written either way.
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


@contextlib.contextmanager
def new_file(path: Path, *, overwrite: bool = False, keep_mode: bool = False) -> Iterator[BinaryIO]:
    """A binary stream whose content becomes the file at `path` when the block ends without
    an error: written beside it, synced, then put in place (`put_in_place`); an interrupted
    write leaves nothing under the name. The file gets the mode the umask gives a new file, or,
    with `keep_mode`, the mode of the file it replaces. TakenError when `path` exists and not
    `overwrite` (before anything is written); NotAFileError when it is neither a regular file
    nor a stream; OSError, naming `path`, when the folder cannot be written. A stream
    (`is_stream`) is written into as it is, `overwrite` or not."""
    descriptor = _open_stream(path)
    if descriptor is not None:
        with open(descriptor, "wb") as stream:
            yield stream
        return
    if os.path.lexists(path):
        if not overwrite:
            raise TakenError(str(path))
        # The file a link names is replaced, not the link; nothing but a regular file is.
        try:
            info = os.stat(path)
        except OSError:
            raise NotAFileError(path) from None
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(path)
        path = Path(os.path.realpath(path))
    temporary = path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp"
    # O_EXCL: never a file someone else put there; 0o666 less the umask, as any new file.
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        # Named by the file asked for: the temporary name means nothing to whoever reads it.
        raise OSError(error.errno, error.strerror, str(path)) from None
    try:
        if keep_mode and overwrite:
            with contextlib.suppress(OSError):
                os.fchmod(descriptor, os.stat(path).st_mode & 0o7777)
        with open(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        put_in_place(temporary, path, overwrite=overwrite)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
