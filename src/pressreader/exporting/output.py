"""Where an export goes: a new file written as it streams, put in place only when complete.

The text goes to a temporary file beside the target (so memory stays flat however large the
export), which then takes the target's name: hard-linked when the target must not be
overwritten (so an existing file is never replaced unless asked), renamed when it may be.
An interrupted export leaves no partial file under the target's name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from pressreader.placing import TakenError, put_in_place


@contextlib.contextmanager
def new_file(path: Path, *, overwrite: bool = False) -> Iterator[TextIO]:
    """A UTF-8 text stream (no newline translation) whose content becomes the file at `path`
    when the block ends without an error. TakenError when `path` exists and not `overwrite`;
    OSError when the folder cannot be written."""
    if not overwrite and os.path.lexists(path):
        raise TakenError(str(path))
    folder = path.parent
    temporary = folder / f".{path.name}.{os.urandom(4).hex()}.tmp"
    # O_EXCL: never a file someone else put there; mode 0o666 less the umask, as any new file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        put_in_place(temporary, path, overwrite=overwrite)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
