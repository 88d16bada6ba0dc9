"""Find a library's article files and their size and modification time, cheaply.

Deciding that nothing changed must cost only directory listings and one stat per file, and
no file is opened. Which files count is decided by `pressreader.library.files` (the same
walk `check` and the library use); this module adds what the index needs: the key of a set
of roots, the paths to read and to show for what it stores, and the evidence that lets a
later run see that nothing changed without walking again (`evidence`, `unchanged`).

The evidence of a root, recorded by the walk whose listing the index stored, is each folder's
identity (device, inode) and modification time, and each article file's size and
modification time by name in its folder. A folder's modification time changes whenever a
name is added to it, removed from it or renamed in it (a file replaced by another renamed
over it, too), so a folder whose time and identity are as recorded still holds the same
names, and it is not listed again; a file edited in place changes no folder, so every file
is still stat-ed, by name, and compared. A folder modified within `RACY_NS` of the walk is
not trusted (a change in the same tick of a coarse clock would keep its time): that root
has no evidence and is walked next time. (On a network file system whose server's clock runs
behind this machine's by more than that, the guard is weaker.)

What a file's evidence is, size and modification time, is what the index already compared
to decide what to read again: a file replaced by one of the same size and time (`cp -p`) is
not seen, walked or not.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from collections.abc import Sequence
from functools import partial

from pressreader.index.query import Record
from pressreader.library.files import Listing, Root, walk_root

# A folder modified less than this before the walk that listed it is not trusted to show a
# later change by its modification time (file systems keep times in ticks: 2 s on FAT).
RACY_NS = 2_000_000_000
# Per folder: (prefix, st_dev, st_ino, st_mtime_ns, names, [(size, mtime_ns) of each name]).
EvidenceFolder = tuple[str, int, int, int, list[str], list[tuple[int, int]]]
_OPEN_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


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
    return scan_with_evidence(root)[0]


def scan_with_evidence(root: Root) -> tuple[Listing, bytes | None]:
    """`scan_root`'s listing, and the evidence for `unchanged` (None when there is none)."""
    started = time.time_ns()
    walked = walk_root(root.given, folders=True)
    listing = walked.listing
    try:
        "\n".join(rel for rel, _, _ in listing).encode()
    except UnicodeEncodeError:
        # The index stores names as UTF-8 text: a name that is not valid UTF-8 (a file
        # named in another encoding) cannot be stored and is left out.
        listing = [item for item in listing if _storable(item[0])]
    listing.sort()
    return listing, evidence(listing, walked.folders, started)


def evidence(
    listing: Listing, folders: list[tuple[str, int, int, int]] | None, started: int
) -> bytes | None:
    """The evidence of a root's walk (see the module's documentation), as JSON; None when
    the walk did not see every folder, a folder or file could not be read, or a folder was
    modified too recently to be trusted."""
    if folders is None or not folders:
        return None
    names: dict[str, tuple[list[str], list[tuple[int, int]]]] = {}
    for prefix, _, _, mtime_ns in folders:
        if mtime_ns >= started - RACY_NS:
            return None
        names[prefix] = ([], [])
    for rel, size, mtime_ns in listing:
        prefix, _, name = rel.rpartition("/")
        group = names.get(prefix + "/" if prefix else "")
        if not name or group is None or size < 0:
            return None  # a folder that could not be listed, a file that could not be stat-ed
        group[0].append(name)
        group[1].append((size, mtime_ns))
    record: list[EvidenceFolder] = [
        (prefix, dev, ino, mtime_ns, *names[prefix]) for prefix, dev, ino, mtime_ns in folders
    ]
    # JSON, not marshal: the index is untrusted (anyone can edit it) and marshal is not meant
    # for data it did not write. The same evidence always gives the same bytes.
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def unchanged(given: str, stored: bytes) -> int | None:
    """The number of article files under the root `given` when its `evidence` still holds (no
    folder's identity or time and no file's size or time differs); None when something may
    have changed, or the evidence cannot be read: then the root must be walked."""
    try:
        record = json.loads(stored)  # untrusted: every field is checked by its use below
        if not record or record[0][0] != "":
            return None  # the evidence of a walk begins with its root
        count = 0
        top = os.open(given, _OPEN_FOLDER)
        try:
            for prefix, dev, ino, mtime_ns, names, stats in record:
                fd = (
                    top if not prefix else os.open(prefix, _OPEN_FOLDER | os.O_NOFOLLOW, dir_fd=top)
                )
                try:
                    info = os.fstat(fd)
                    if (info.st_mtime_ns, info.st_ino, info.st_dev) != (mtime_ns, ino, dev):
                        return None
                    # Follows links, as the walk does: a link's target edited shows too.
                    found = map(partial(os.stat, dir_fd=fd), names)
                    if [[item.st_size, item.st_mtime_ns] for item in found] != stats:
                        return None
                finally:
                    if fd != top:
                        os.close(fd)
                count += len(names)
        finally:
            os.close(top)
    except Exception:
        # A folder gone or unreadable; or evidence this version did not write (a damaged or
        # altered index: not JSON, or fields of the wrong kind, which fail a comparison or
        # raise TypeError or ValueError here).
        return None
    return count


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
