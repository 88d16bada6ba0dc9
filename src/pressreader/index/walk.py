"""Find a library's article files and their size and modification time, cheaply.

Deciding that nothing changed must cost only directory listings and one stat per file, and
no file is opened. Which files count is decided by `pressreader.library.files` (the same
walk `check` and the library use); this module adds what the index needs: the key of a set
of roots, and the paths to read and to show for what it stores.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence

from pressreader.index.query import Record
from pressreader.library.files import Listing, Root, walk_root


class Found(Record):
    """A file to read: where it is stored in the index, where to read it, its stat."""

    __slots__ = ("mtime_ns", "path", "rel", "root", "size")

    def __init__(self, root: str, rel: str, path: str, size: int, mtime_ns: int) -> None:
        self.root = root  # resolved root
        self.rel = rel  # path relative to the root, '/'-separated; '' when the root is the file
        self.path = path  # the path to read: the root as given, joined with rel
        self.size, self.mtime_ns = size, mtime_ns


def library_key(roots: Sequence[Root]) -> str:
    """A short stable name for a set of roots (their order does not matter)."""
    joined = "\n".join(sorted(r.resolved for r in roots)).encode("utf-8", "surrogateescape")
    # Two 32-bit checksums: distinct enough for one user's libraries, and zlib loads in no
    # time (hashlib would load OpenSSL on every search).
    return f"{zlib.crc32(joined):08x}{zlib.adler32(joined):08x}"


def _storable(rel: str) -> bool:
    try:
        rel.encode()
    except UnicodeEncodeError:
        return False
    return True


def scan_root(root: Root) -> Listing:
    """(rel, size, mtime_ns) of every article file under `root`, sorted by rel; a folder that
    cannot be listed is in it too (see `Listing`)."""
    listing = walk_root(root.given).listing
    try:
        "\n".join(rel for rel, _, _ in listing).encode()
    except UnicodeEncodeError:
        # The index stores names as UTF-8 text: a name that is not valid UTF-8 (a file
        # named in another encoding) cannot be stored and is left out.
        listing = [item for item in listing if _storable(item[0])]
    listing.sort()
    return listing


def join(given: str, rel: str) -> str:
    """The path to read for a stored file (a folder that could not be listed keeps its '/')."""
    if not rel:
        return given
    base = given if given.endswith(os.sep) else given + os.sep
    return base if rel == "/" else base + rel


def display_path(roots_by_resolved: dict[str, str], root: str, rel: str) -> str:
    """The path to show for a stored file: under the root as the user gave it this time."""
    given = roots_by_resolved.get(root, root)
    if rel.endswith("/"):  # a folder that could not be listed
        rel = rel[:-1]
    if not rel:
        return given
    return (given if given.endswith(os.sep) else given + os.sep) + rel
