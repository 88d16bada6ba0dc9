"""A file pressreader writes, put in place whole (the import's articles, the exports).

The text is written to a temporary file in the target's folder and synced first; then it
takes the name in one step: never a half-written file under the name, and never over a file
that was not to be replaced (a hard link fails when the name is taken, where a rename would
not).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


class TakenError(FileExistsError):
    """The name is taken by another file and replacing it was not asked for."""


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
