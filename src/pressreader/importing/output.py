"""Where an imported article is written, and writing it atomically.

A file is written to a temporary file in the folder it belongs in, flushed to disk (fsync),
then moved into place: without --force by a hard link, which fails when the name is taken
(so a file that appeared meanwhile is never overwritten), with --force by a rename over it.
A reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from pressreader.placing import new_file
from pressreader.text.textnorm import slugify

NAME_LIMIT = 80  # characters of the title's slug in a file name


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
    """Write `text` (UTF-8) to `path` atomically; a file replaced keeps its mode. TakenError
    when `path` exists and not `overwrite`; OSError when the folder cannot be written."""
    with new_file(path, overwrite=overwrite, keep_mode=True) as stream:
        stream.write(text.encode("utf-8", "surrogatepass"))
