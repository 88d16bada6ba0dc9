"""Read the article file given on the command line in a second process while the reader starts.

`pressreader FILE` spends its first ~120 ms importing Textual. Parsing YAML is CPU work too,
and a thread would only take turns with the import on the GIL, so the file is read by a
child process on the other core, which sends its `LoadResult` back pickled on a private
pipe (never through a file).

How the child starts depends on the file's size:

- small files (the usual article): a fresh interpreter (`posix_spawn`), which costs the
  starting reader nothing. A fork costs it ~3 ms: copying its page tables, then copying
  every page it writes to afterwards. The child's own start (~40 ms on the idle core) ends
  long before the reader needs the result.
- large files: a fork. The child skips the interpreter's start and the imports the reader
  has already done, which counts more than the copying when parsing takes tens of
  milliseconds.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressreader.model import LoadResult

# Below this size the child is a fresh interpreter, from it on a fork (see above).
SPAWN_BELOW_BYTES = 1024 * 1024


class Preload:
    """A file being read by a child process; `result()` waits for its `LoadResult`."""

    def __init__(self, pid: int, fd: int, path: Path) -> None:
        self.pid = pid
        self.fd = fd
        self.path = path

    @classmethod
    def start(cls, path: Path, max_bytes: int, *, spawn: bool | None = None) -> Preload | None:
        """Start reading `path` in a child; None when no child can be started (the caller
        reads the file itself). `spawn` forces the way the child starts (tests)."""
        if spawn is None:
            try:
                spawn = path.stat().st_size < SPAWN_BELOW_BYTES
            except OSError:
                return None  # the reader reports it
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return None
        try:
            if spawn and hasattr(os, "posix_spawn") and sys.executable:
                pid = _spawn(path, max_bytes, write_end)
            elif hasattr(os, "fork"):
                pid = _fork(path, max_bytes, read_end, write_end)
            else:
                pid = None
        except OSError:
            pid = None
        os.close(write_end)
        if pid is None:
            os.close(read_end)
            return None
        return cls(pid, read_end, path)

    def result(self) -> LoadResult | None:
        """The child's result; None if it failed (the caller then reads the file itself)."""
        from pressreader.model import LoadResult

        try:
            with os.fdopen(self.fd, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(self.pid, 0)
            if status != 0 or not data:
                return None
            result = pickle.loads(data)
        except Exception:  # any failure here only costs reading the file again
            return None
        return result if isinstance(result, LoadResult) and result.path == self.path else None


def _spawn(path: Path, max_bytes: int, write_end: int) -> int:
    # Isolated (-I), with the reader's own import path: the child imports the same
    # pressreader, never one from the current folder.
    code = (
        f"import sys; sys.path[:] = {sys.path!r}; "
        "from pressreader.article.preload import child_main; sys.exit(child_main(sys.argv[1:]))"
    )
    return os.posix_spawn(
        sys.executable,
        [sys.executable, "-I", "-c", code, str(path), str(max_bytes)],
        os.environ,
        file_actions=[
            # Nothing from the child reaches the terminal, not even a traceback.
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, write_end, 1),
            (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
        ],
    )


def _fork(path: Path, max_bytes: int, read_end: int, write_end: int) -> int:
    pid = os.fork()
    if pid == 0:  # the child: load, send, and leave without running any cleanup
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as out:
                out.write(_load_pickled(path, max_bytes))
            status = 0
        finally:
            os._exit(status)
    return pid


def _load_pickled(path: Path, max_bytes: int) -> bytes:
    from pressreader.format.loader import load_file

    return pickle.dumps(load_file(path, max_bytes=max_bytes), pickle.HIGHEST_PROTOCOL)


def child_main(argv: list[str]) -> int:
    """The spawned child: write the pickled `LoadResult` of `argv[0]` to standard output."""
    import gc

    gc.disable()  # a short-lived process: collecting would only find what exit frees
    data = _load_pickled(Path(argv[0]), int(argv[1]))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0
