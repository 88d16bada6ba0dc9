"""Notice when an open article's file changes on disk, and reload it without losing anything.

`FileWatcher` is a cheap poller (one `stat` per call) meant to be called every second or so.
A file counts as changed when its modification time, size, inode, device or change time
differ. One case escapes `stat`: two writes of the same size within one tick of the file
system's clock (a few milliseconds) leave every field equal. Like git's "racy" check, a
snapshot taken while the modification time is that recent also keeps a hash of the content,
and the next call compares it.

`ArticleWatcher` builds on it for the reader: a new good version replaces the article (one
that loads as the same article, after a `chmod` or a `touch`, is no change); a new
broken version (or a deleted file) keeps the last good one on screen and reports why, so the
reader can show a notice; a later good version is picked up again.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pressreader.format.loader import load_file
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Article, LoadResult, Problem

RACY_WINDOW_NS = 2_000_000_000  # far above any file system's timestamp tick
HASH_LIMIT = 8 * 1024 * 1024  # larger files are not hashed: stat alone decides


@dataclass(frozen=True, slots=True)
class FileSignature:
    """What `stat` says about a file, enough to tell that it changed."""

    mtime_ns: int
    size: int
    inode: int
    device: int
    ctime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileSignature | None:
        """The file's signature, or None when it does not exist (or cannot be read)."""
        try:
            info = os.stat(path)
        except OSError:
            return None
        return cls(info.st_mtime_ns, info.st_size, info.st_ino, info.st_dev, info.st_ctime_ns)


def _digest(path: Path, size: int) -> bytes | None:
    if size > HASH_LIMIT:
        return None
    try:
        with open(path, "rb") as handle:
            return hashlib.blake2b(handle.read(HASH_LIMIT + 1), digest_size=16).digest()
    except OSError:
        return None


class FileWatcher:
    """Polls one file. `changed()` is True once per change (or deletion, or reappearance)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.signature: FileSignature | None = None
        self._digest: bytes | None = None
        self.mark_seen()

    @property
    def exists(self) -> bool:
        """Whether the file existed at the last look."""
        return self.signature is not None

    def mark_seen(self) -> None:
        """Take the file as it is now as the known version."""
        self._snapshot(FileSignature.of(self.path))

    def _snapshot(self, signature: FileSignature | None) -> None:
        self.signature = signature
        self._digest = None
        if signature is not None and self._racy(signature):
            self._digest = _digest(self.path, signature.size)

    @staticmethod
    def _racy(signature: FileSignature) -> bool:
        return time.time_ns() - signature.mtime_ns < RACY_WINDOW_NS

    def changed(self) -> bool:
        """True when the file differs from the known version; it then becomes the known one."""
        current = FileSignature.of(self.path)
        if current != self.signature:
            self._snapshot(current)
            return True
        if current is None or self._digest is None:
            return False
        # Same stat, taken within a clock tick of the last write: compare the content.
        settled = not self._racy(current)
        digest = _digest(self.path, current.size)
        if digest is not None and digest != self._digest:
            self._digest = None if settled else digest
            return True
        if settled:
            self._digest = None  # no write can share that modification time any more
        return False


ReloadStatus = Literal["unchanged", "reloaded", "broken", "missing"]


@dataclass(slots=True)
class Reload:
    """What a poll found.

    - `unchanged`: nothing new; `article` is the one shown.
    - `reloaded`: `article` is the new version; `problems` holds its warnings, if any.
    - `broken`: the new version has errors (or lost this article); `article` is the last good
      version, `problems` says what is wrong with the new one.
    - `missing`: the file is gone; `article` is the last good version.
    """

    status: ReloadStatus
    article: Article
    problems: list[Problem] = field(default_factory=list)


Loader = Callable[[Path], LoadResult]


class ArticleWatcher:
    """Keeps an open article in step with its file.

    Call `poll()` every second or so (it only stats the file unless it changed), or split it:
    `changed()` on the UI thread and `reload()` in a worker for big files.
    """

    def __init__(
        self,
        article: Article,
        *,
        path: Path | str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        load: Loader | None = None,
    ) -> None:
        file = path if path is not None else article.path
        if file is None:
            raise ValueError(f"article {article.id!r} has no file to watch")
        self.article = article  # the last good version
        self.path = Path(file)
        self.problems: list[Problem] = []  # what is wrong with the file now; [] when fine
        self._load: Loader = load or (lambda p: load_file(p, max_bytes=max_bytes))
        # The watcher's snapshot is taken before any later load reads the file, so a change
        # made while loading is seen at the next poll.
        self.watcher = FileWatcher(self.path)

    def changed(self) -> bool:
        return self.watcher.changed()

    def poll(self) -> Reload:
        if not self.watcher.changed():
            return Reload("unchanged", self.article, list(self.problems))
        return self.reload()

    def reload(self) -> Reload:
        """Read the file again and decide which version to show."""
        if not self.watcher.exists:
            self.problems = [
                Problem(
                    "error",
                    str(self.path),
                    None,
                    None,
                    "the file was deleted or moved; showing the last version read",
                )
            ]
            return Reload("missing", self.article, list(self.problems))
        result = self._load(self.path)
        fresh = self._find(result)
        if fresh is None:
            self.problems = result.errors or [
                Problem(
                    "error",
                    str(self.path),
                    None,
                    None,
                    f"the article {self.article.id!r} is no longer in the file",
                )
            ]
            return Reload("broken", self.article, list(self.problems))
        if fresh == self.article and not self.problems:
            # A new mode or time (`chmod`, `touch`), or a comment edited: the same article,
            # which is no change to show or to reload over unsaved changes.
            return Reload("unchanged", self.article, [])
        self.article = fresh
        self.problems = []
        return Reload("reloaded", fresh, result.warnings)

    def _find(self, result: LoadResult) -> Article | None:
        """The new version of the article: same id; or, in a file without errors, the
        article at the same place in the file (its id was edited)."""
        for candidate in result.articles:
            if candidate.id == self.article.id:
                return candidate
        if result.ok:
            for candidate in result.articles:
                if candidate.document == self.article.document:
                    return candidate
        return None
