"""Where an imported article is written, and writing it atomically.

A file is written to a temporary file in the folder it belongs in, flushed to disk (fsync),
then moved into place: without --force by a hard link, which fails when the name is taken
(so a file that appeared meanwhile is never overwritten), with --force by a rename over it.
A reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pressreader.placing import put_in_place
from pressreader.text.textnorm import slugify

NAME_LIMIT = 80  # characters of the title's slug in a file name


def _new_file_mode() -> int:
    """The mode a new file gets from the process's umask (mkstemp makes its files 0600, which
    would hide an imported article from the user's other tools and accounts). Read from
    /proc, as setting the umask to learn it would race with other threads; 0644 elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644


def file_stem(title: str) -> str:
    """A file name (without suffix) made from a title: its slug, cut at a dash near 80
    characters; `article` when the title has no letter or digit."""
    slug = slugify(title)
    if len(slug) > NAME_LIMIT:
        cut = slug.rfind("-", 0, NAME_LIMIT)
        slug = slug[: cut if cut > NAME_LIMIT // 2 else NAME_LIMIT].strip("-")
    return slug or "article"


def free_path(folder: Path, stem: str, taken: set[Path]) -> Path:
    """`folder/stem.yaml`, or `stem-2.yaml`, `stem-3.yaml` ... the first name not taken on
    disk nor in `taken` (the names this run has chosen)."""
    number = 1
    while True:
        name = f"{stem}.yaml" if number == 1 else f"{stem}-{number}.yaml"
        path = folder / name
        if path not in taken and not os.path.lexists(path):
            return path
        number += 1


def write_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` (UTF-8) to `path` atomically. TakenError when `path` exists and not
    `overwrite`; OSError when the folder cannot be written."""
    folder = path.parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            # A file replaced keeps its mode; a new one gets the umask's.
            mode = os.stat(path).st_mode & 0o7777 if overwrite else _new_file_mode()
        except OSError:
            mode = _new_file_mode()
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(text.encode("utf-8", "surrogatepass"))
            stream.flush()
            os.fsync(stream.fileno())
        put_in_place(temporary, path, overwrite=overwrite)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
