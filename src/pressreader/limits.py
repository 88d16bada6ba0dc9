"""Limits on reading untrusted article files, the same for every way of reading them."""

from __future__ import annotations

import os  # loaded by the interpreter's start anyway

TYPE_CHECKING = False  # `typing` is not imported at run time: a search starts faster
if TYPE_CHECKING:
    from typing import Final

# Files larger than this are refused before they are read (see docs/FORMAT.md).
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes | None:
    """At most `limit + 1` bytes of the file (so a caller can tell one over the limit), or
    None when it is not a regular file (checked before opening and again on the open file:
    a FIFO swapped in after the check would wait for a writer, so it is opened without
    blocking). Errors reading it are raised (OSError)."""
    import stat

    if not stat.S_ISREG(os.stat(path).st_mode):
        return None
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            return None
        return file.read(limit + 1)
