"""Where an export goes: a new file written as it streams, put in place only when complete.

The text goes to a temporary file beside the target (so memory stays flat however large the
export), which then takes the target's name: hard-linked when the target must not be
overwritten (so an existing file is never replaced unless asked), renamed when it may be.
An interrupted export leaves no partial file under the target's name.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from pressreader import placing


@contextlib.contextmanager
def new_file(path: Path, *, overwrite: bool = False) -> Iterator[TextIO]:
    """A UTF-8 text stream (no newline translation) whose content becomes the file at `path`
    when the block ends without an error (`placing.new_file`). TakenError when `path` exists
    and not `overwrite`; OSError when the folder cannot be written."""
    with placing.new_file(path, overwrite=overwrite) as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield stream
        finally:
            stream.detach()  # flushed; `placing.new_file` syncs and closes the file itself
