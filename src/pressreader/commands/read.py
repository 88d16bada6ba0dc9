"""`pressreader [read] [PATH...]`: open the terminal reader."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressreader.article.preload import Preload

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace


# Seconds a thread waiting for the GIL may wait before it is handed over (see run).
SWITCH_INTERVAL = 0.0005


def keys_from_the_terminal() -> None:
    """When standard input is a pipe (`... | pressreader`), read keys from the terminal the
    reader draws on, as less does; without this no key would reach it."""
    stdin, stderr = sys.__stdin__, sys.__stderr__
    if stdin is None or stderr is None or stdin.isatty() or not stderr.isatty():
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return  # no controlling terminal: nothing better to read from
    try:
        os.dup2(terminal, stdin.fileno())
    finally:
        os.close(terminal)


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    from pressreader.library.files import given_paths, missing_lines

    raw = list(getattr(args, "paths", []) or [])
    # Mistakes in config.toml are shown in the reader, as notifications.
    paths, missing = given_paths(raw)
    if missing:
        for line in missing_lines(raw, missing):
            print(line, file=sys.stderr)
        return 2
    direct = len(paths) == 1 and paths[0].is_file()
    # One file: read it in a child process while this one imports Textual (see preload).
    preload = Preload.start(paths[0], args.max_bytes) if direct else None
    # No garbage collection until the first screen is drawn: the start allocates many
    # objects and frees few, so collecting then finds little (~10 ms of imports alone).
    # The app turns it back on once its first frame is drawn.
    gc_paused = gc.isenabled()
    gc.disable()
    # Textual writes to the terminal from a thread, which waits for the GIL while the UI
    # thread works: up to the switch interval (5 ms by default) at each step of a write. The
    # first screen reached the terminal ~13 ms after it was drawn, as the screen settled its
    # layout; with 0.5 ms it takes ~1 ms, and later frames (a page down while the rest of a
    # long article is wrapped) are not held back either.
    sys.setswitchinterval(SWITCH_INTERVAL)
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
    keys_from_the_terminal()
    app.run()
    # Said in the reader as notifications; said again where the terminal keeps it.
    for warning in app.keymap_warnings:
        print(f"pressreader: warning: {warning}", file=sys.stderr)
    return int(app.return_code or 0)
