"""`pressreader [read] [PATH...]`: open the terminal reader."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pressreader.paths import default_library
from pressreader.sanitize import escape_line


def resolve_paths(raw: list[str]) -> tuple[list[Path], list[str]]:
    """The paths to open (the default library when none) and the ones that do not exist."""
    if not raw:
        return [default_library()], []
    paths = [Path(p) for p in raw]
    missing = [p for p in raw if not Path(p).exists()]
    return paths, missing


def run(args: argparse.Namespace) -> int:
    paths, missing = resolve_paths(list(getattr(args, "paths", []) or []))
    if missing:
        for path in missing:
            print(f"pressreader: {escape_line(path)}: no such file or folder", file=sys.stderr)
        return 2
    # Textual is imported only here, so the other commands start fast.
    from pressreader.tui.app import PressReaderApp

    direct = len(paths) == 1 and paths[0].is_file()
    index = getattr(args, "index", None)
    app = PressReaderApp(
        paths,
        max_bytes=args.max_bytes,
        open_direct=direct,
        index_path=Path(index) if index else None,
    )
    app.run()
    return int(app.return_code or 0)
