"""Find article files among the paths a user names.

A file named directly is kept whatever its suffix (the user asked for it). A folder is searched
recursively for `*.yaml` and `*.yml` (any letter case), skipping hidden files and folders
(`.git`, editor backups) and not following symbolic links to folders, so a link loop cannot
hang the search. Within a folder the files are sorted by path; the folders keep the order
they were given in, and a file reached twice is listed once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

ARTICLE_SUFFIXES = (".yaml", ".yml")


class PathNotFound(Exception):
    """Some of the paths given do not exist (the CLI turns this into exit status 2)."""

    def __init__(self, missing: list[Path]) -> None:
        self.missing = missing
        names = ", ".join(str(path) for path in missing)
        super().__init__(f"no such file or folder: {names}")


class Discovery:
    """The article files found, and the paths given that do not exist."""

    __slots__ = ("files", "missing")

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.missing: list[Path] = []


def is_article_name(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root, name) for name in files if is_article_name(name))
    found.sort()
    return found


def discover(paths: Iterable[Path]) -> Discovery:
    """The article files under `paths`, and the paths that do not exist."""
    result = Discovery()
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            result.missing.append(path)
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                result.files.append(candidate)
    return result


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """The article files under `paths`; raises `PathNotFound` naming every missing path."""
    result = discover(paths)
    if result.missing:
        raise PathNotFound(result.missing)
    return result.files
