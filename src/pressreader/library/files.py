"""Which files are articles: the one rule that `check`, the library and the search index share.

- A path named directly is kept whatever its suffix (the user asked for it). It is missing
  only when nothing is there: a link that leads nowhere is kept, and reported as unreadable.
- A folder is searched recursively. A name counts when it ends in `.yaml` or `.yml` (any
  letter case) and does not start with `.`; hidden folders (`.git`) are skipped.
- Symbolic links: a link to a file counts, under its own name; a link to a folder is not
  followed, so a link loop cannot hang the walk; a link that leads nowhere (dangling, or a
  loop) counts, and the loader reports it as a file that cannot be read.
- What is not a regular file (a named pipe, a device, a socket) counts too but is never
  opened: the loader refuses it with an error, as it does when one is named directly.
- A folder that cannot be listed is reported (`cannot read the folder: ...`), never taken
  for an empty one.
- Paths named twice, or inside another folder named, are walked once (`make_roots`).

The walk lists folders and stats files; it opens no file. `discover` gives paths for
`check` and the library; the search index (`pressreader.index.walk`) stores the same
walk's `Listing`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from pressreader.text.sanitize import escape_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pressreader.model import Problem

ARTICLE_SUFFIXES = (".yaml", ".yml")

# (rel, size, mtime_ns) of each article file under a root: `rel` is '/'-separated and '' when
# the root is the file itself. A folder that cannot be listed is in it too, its `rel` ending in
# '/' ('/' for the root itself); size and mtime are -1 when they cannot be read.
Listing = list[tuple[str, int, int]]


def is_article_name(name: str) -> bool:
    """Whether a name found in a folder is an article file's (not whether a file is one)."""
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)


def is_folder_rel(rel: str) -> bool:
    """Whether a `Listing` entry stands for a folder that could not be listed."""
    return rel.endswith("/")


def is_missing(path: str | Path) -> bool:
    """Whether nothing at all is at `path` (a link that leads nowhere is something)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False  # it may be there (a folder above cannot be searched): reading says why
    return False


def given_paths(
    raw: Sequence[str], messages: list[str] | None = None
) -> tuple[list[Path], list[str]]:
    """The paths a command works on (the default library when none are given), and those of
    them that are missing. Without paths, a configured library that is missing gives the
    message that says so (already escaped) as its missing entry, and `messages` collects
    the warnings about the settings read on the way (see `location.default_library`)."""
    if not raw:
        from pressreader.library.location import default_library, missing_message

        library = default_library()
        if messages is not None:
            messages.extend(library.messages)
        if library.configured and is_missing(library.path):
            return [library.path], [missing_message(library)]
        return [library.path], []
    return [Path(p) for p in raw], [p for p in raw if is_missing(p)]


def missing_lines(raw: Sequence[str], missing: Sequence[str]) -> list[str]:
    """What a command prints for the missing paths `given_paths` found (stderr, one each)."""
    if not raw:
        return [f"pressreader: {message}" for message in missing]
    return [f"pressreader: {escape_line(path)}: no such file or folder" for path in missing]


def unreadable_folder(path: str | Path, error: OSError | None = None) -> Problem:
    """The problem reported for a folder that cannot be listed (asked again without `error`)."""
    if error is None:
        try:
            os.scandir(path).close()
        except OSError as again:
            error = again
    from pressreader.model import Problem  # the article model loads only when needed

    reason = f": {escape_line(error.strerror or str(error))}" if error is not None else ""
    return Problem("error", os.fspath(path), None, None, f"cannot read the folder{reason}")


class Root:
    """A path as the user gave it and as resolved (the index stores files under the latter)."""

    __slots__ = ("given", "resolved")

    def __init__(self, given: str, resolved: str) -> None:
        self.given, self.resolved = given, resolved

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Root):
            return NotImplemented
        return (self.given, self.resolved) == (other.given, other.resolved)

    def __hash__(self) -> int:
        return hash((self.given, self.resolved))

    def __repr__(self) -> str:
        return f"Root(given={self.given!r}, resolved={self.resolved!r})"


def make_roots(paths: Iterable[Path | str]) -> list[Root]:
    """Distinct roots in the order given; a root inside another root is dropped (its files are
    found anyway)."""
    roots: list[Root] = []
    for given in paths:
        text = os.fspath(given)
        resolved = os.path.realpath(text)
        if any(r.resolved == resolved for r in roots):
            continue
        roots.append(Root(text, resolved))
    kept = []
    for root in roots:
        inside = any(
            other is not root
            and root.resolved.startswith(other.resolved.rstrip(os.sep) + os.sep)
            and os.path.isdir(other.resolved)
            for other in roots
        )
        if not inside:
            kept.append(root)
    return kept


def _stat(path: str, dir_fd: int | None = None) -> tuple[int, int]:
    """(size, mtime_ns) of what a path leads to, else of the link itself, else (-1, -1)."""
    for follow in (True, False):
        try:
            info = os.stat(path, dir_fd=dir_fd, follow_symlinks=follow)
        except OSError:
            continue
        return info.st_size, info.st_mtime_ns
    return -1, -1


# Listing a folder through an open descriptor makes each file's stat a lookup of one name
# in that folder instead of a walk down the whole path: about 20% less time for the scan.
_BY_FD = os.scandir in os.supports_fd and os.open in os.supports_dir_fd
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


def _list_folder(folder: str | int, prefix: str, out: Listing, pending: list[str]) -> None:
    """Add the article files of one folder to `out` and its subfolders' prefixes to `pending`;
    raises OSError when the folder cannot be listed."""
    with os.scandir(folder) as it:
        entries = list(it)
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            # The type comes with the listing (no system call).
            if entry.is_dir(follow_symlinks=False):
                pending.append(prefix + name + "/")
                continue
        except OSError:
            pass  # its type is unknown: taken for a file, which reading reports if it is not
        if not name.lower().endswith(ARTICLE_SUFFIXES):
            continue
        try:
            info = entry.stat()  # follows a link: a link to a folder is not an article
        except OSError:
            try:
                info = entry.stat(follow_symlinks=False)  # a link that leads nowhere
            except OSError:
                out.append((prefix + name, -1, -1))
                continue
        if not stat.S_ISDIR(info.st_mode):
            out.append((prefix + name, info.st_size, info.st_mtime_ns))


# (prefix, st_dev, st_ino, st_mtime_ns) of each folder walked, stat-ed just before it was
# listed: `prefix` is '' for the root, else '/'-separated and ending in '/'.
Folders = list[tuple[str, int, int, int]]


def _walk(folder: str, folders: Folders | None = None) -> tuple[Listing, dict[str, OSError]]:
    """Every article file under a folder, and the folders that could not be listed with why;
    with `folders`, each folder listed is added to it (when folders are opened by descriptor).

    An explicit stack rather than recursion: nesting thousands of folders deep cannot
    overflow Python's stack, and at most two folders are open at a time."""
    out: Listing = []
    errors: dict[str, OSError] = {}
    top: int | None = None
    if _BY_FD:
        try:
            top = os.open(folder, _FOLDER_FLAGS)
        except OSError as error:
            errors["/"] = error
            out.append(("/", *_stat(folder)))
            return out, errors
    try:
        pending = [""]
        while pending:
            prefix = pending.pop()
            handle: int | None = None
            try:
                if top is None:
                    _list_folder(os.path.join(folder, prefix), prefix, out, pending)
                else:
                    # O_NOFOLLOW: a folder swapped for a link since it was listed is not followed.
                    if prefix:
                        handle = os.open(prefix, _FOLDER_FLAGS | os.O_NOFOLLOW, dir_fd=top)
                    fd = top if handle is None else handle
                    if folders is not None:
                        info = os.fstat(fd)  # before the listing: a later change shows
                        folders.append((prefix, info.st_dev, info.st_ino, info.st_mtime_ns))
                    _list_folder(fd, prefix, out, pending)
            except OSError as error:
                rel = prefix or "/"
                errors[rel] = error
                if top is None:
                    out.append((rel, *_stat(os.path.join(folder, prefix))))
                else:
                    out.append((rel, *_stat(prefix or ".", top)))
            finally:
                if handle is not None:
                    os.close(handle)
    finally:
        if top is not None:
            os.close(top)
    return out, errors


class Walked:
    """What walking one root found (see `walk_root`)."""

    __slots__ = ("errors", "folders", "listing", "missing")

    def __init__(
        self,
        listing: Listing,
        errors: dict[str, OSError] | None = None,
        missing: bool = False,
        folders: Folders | None = None,
    ) -> None:
        self.listing = listing  # unsorted
        self.errors = errors or {}  # why each folder in `listing` could not be listed
        self.missing = missing
        # Each folder listed, when asked for and the walk could see them all; else None.
        self.folders = folders


def walk_root(given: str, *, folders: bool = False) -> Walked:
    """The article files under a path as the user gave it (a folder, or a file kept as it is);
    with `folders`, also the folders listed, with their identity and modification time."""
    if os.path.isdir(given):
        seen: Folders | None = [] if folders and _BY_FD else None
        listing, errors = _walk(given, seen)
        return Walked(listing, errors, folders=seen)
    if is_missing(given):
        return Walked([], missing=True)
    return Walked([("", *_stat(given))])


class PathNotFound(Exception):
    """Some of the paths given do not exist (the CLI turns this into exit status 2)."""

    def __init__(self, missing: list[Path]) -> None:
        self.missing = missing
        names = ", ".join(str(path) for path in missing)
        super().__init__(f"no such file or folder: {names}")


class Discovery:
    """The article files found, the folders that could not be read, the paths not there."""

    __slots__ = ("files", "missing", "unreadable")

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.unreadable: list[Problem] = []  # one per folder that could not be listed
        self.missing: list[Path] = []


def discover(paths: Iterable[Path]) -> Discovery:
    """The article files under `paths`, in the order the paths were given (each folder's
    files sorted by path), the folders that could not be read, and the missing paths."""
    result = Discovery()
    for root in make_roots(paths):
        given = Path(root.given)
        walked = walk_root(root.given)
        if walked.missing:
            result.missing.append(given)
            continue
        files: list[Path] = []
        for rel, _, _ in walked.listing:
            if is_folder_rel(rel):
                where = given / rel.rstrip("/") if rel != "/" else given
                result.unreadable.append(unreadable_folder(where, walked.errors[rel]))
            else:
                files.append(given / rel if rel else given)
        files.sort()
        result.files.extend(files)
    result.unreadable.sort(key=lambda problem: Path(problem.path))
    return result


def find_article_files(paths: Iterable[Path]) -> list[Path]:
    """The article files under `paths`; raises `PathNotFound` naming every missing path."""
    result = discover(paths)
    if result.missing:
        raise PathNotFound(result.missing)
    return result.files
