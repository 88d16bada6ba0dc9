"""`pressreader [read] [PATH...]`: open the terminal reader."""

from __future__ import annotations

import gc
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressreader.model import LoadResult
from pressreader.paths import default_library
from pressreader.sanitize import escape_line

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace


def resolve_paths(raw: list[str]) -> tuple[list[Path], list[str]]:
    """The paths to open (the default library when none) and the ones that do not exist."""
    if not raw:
        return [default_library()], []
    paths = [Path(p) for p in raw]
    missing = [p for p in raw if not Path(p).exists()]
    return paths, missing


class Preload:
    """A file being read by a forked child, its `LoadResult` sent back pickled on a pipe."""

    def __init__(self, pid: int, fd: int, path: Path) -> None:
        self.pid = pid
        self.fd = fd
        self.path = path

    @classmethod
    def start(cls, path: Path, max_bytes: int) -> Preload | None:
        """Start the child; None where processes cannot be forked (the app reads the file)."""
        if not hasattr(os, "fork"):
            return None
        try:
            read_end, write_end = os.pipe()
            pid = os.fork()
        except OSError:
            return None
        if pid == 0:  # the child: load, send, and leave without running any cleanup
            status = 1
            try:
                os.close(read_end)
                from pressreader.loader import load_file

                data = pickle.dumps(load_file(path, max_bytes=max_bytes), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        return cls(pid, read_end, path)

    def result(self) -> LoadResult | None:
        """The child's result; None if it failed (the caller then reads the file itself)."""
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(self.pid, 0)
            if status != 0 or not data:
                return None
            result = pickle.loads(data)
        except Exception:  # any failure here only costs the second read
            return None
        return result if isinstance(result, LoadResult) and result.path == self.path else None


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    paths, missing = resolve_paths(list(getattr(args, "paths", []) or []))
    if missing:
        for path in missing:
            print(f"pressreader: {escape_line(path)}: no such file or folder", file=sys.stderr)
        return 2
    direct = len(paths) == 1 and paths[0].is_file()
    # One file: read it in a child process while this one imports Textual (parsing YAML and
    # importing are both CPU-bound; threads would take turns on the GIL).
    preload = Preload.start(paths[0], args.max_bytes) if direct else None
    # No garbage collection until the first screen is drawn: the start allocates many
    # objects and frees few, so collecting then finds little (~10 ms of imports alone).
    # The app turns it back on once its first frame is drawn.
    gc_paused = gc.isenabled()
    gc.disable()
    # Textual is imported only here, so the other commands start fast.
    from pressreader.tui.app import PressReaderApp

    index = getattr(args, "index", None)
    app = PressReaderApp(
        paths,
        max_bytes=args.max_bytes,
        open_direct=direct,
        index_path=Path(index) if index else None,
        preloaded=preload.result if preload is not None else None,
        gc_paused=gc_paused,
    )
    app.run()
    return int(app.return_code or 0)
