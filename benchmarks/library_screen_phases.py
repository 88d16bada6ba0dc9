"""Where the library screen's warm start spends its time, phase by phase, in one process.

    python benchmarks/library_screen_phases.py [--runs N] [--articles N]

Uses the synthetic library of `bench_library.py` and an index built for it (with
`pressreader index`), starts the app headless at 120x36 and prints, per run, the moments
(from the app's start) when the screen was mounted, the newest title was on screen (the
first page read from the index before the first paint), the freshness check started and
when the whole library was listed, the durations of the first page, of the worker's update
and of the list taking the whole library, and the time of filter keystrokes on it.
`bench_startup.py library` gives the whole-process figure against the minimal Textual app;
this script says which part to work on.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T0 = time.perf_counter()
BENCH_DIR = Path(__file__).resolve().parent


def _screen_text(app: Any) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def one_run(folder: Path, index: Path, newest: str) -> dict[str, float]:
    import pressreader.tui.library_source as source
    import pressreader.tui.screens.library as library
    from pressreader.tui.app import PressReaderApp

    marks: dict[str, float] = {}
    begin = 0.0
    real_page = source.LibrarySource.first_page
    real_load = source.LibrarySource.load_rows
    real_loaded = library.LibraryScreen._loaded

    def page(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = real_page(self, *args, **kwargs)
        marks["page"] = time.perf_counter() - started
        return result

    def load(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        marks["update_start"] = started - begin
        result = real_load(self, *args, **kwargs)
        marks["update"] = time.perf_counter() - started
        return result

    def loaded(self: Any, rows: Any) -> None:
        started = time.perf_counter()
        real_loaded(self, rows)
        marks["refresh"] = time.perf_counter() - started
        marks["complete"] = time.perf_counter() - begin

    source.LibrarySource.first_page = page  # type: ignore[method-assign]
    source.LibrarySource.load_rows = load  # type: ignore[method-assign]
    library.LibraryScreen._loaded = loaded  # type: ignore[method-assign]

    async def main() -> None:
        nonlocal begin
        begin = time.perf_counter()
        app = PressReaderApp([folder], use_user_config=False, index_path=index)
        async with app.run_test(size=(120, 36)) as pilot:
            marks["mounted"] = time.perf_counter() - begin
            while newest not in _screen_text(app):
                await asyncio.sleep(0.002)
            marks["painted"] = time.perf_counter() - begin
            while "complete" not in marks:
                await asyncio.sleep(0.005)
            await pilot.pause()
            screen = app.screen
            # Filter keystrokes over the whole library (the first builds the filter texts).
            for key, text in (("key1", "ba"), ("key2", "bab"), ("key3", "babad")):
                screen.app_state.library.filter_text = text
                started = time.perf_counter()
                screen._refill()
                marks[key] = time.perf_counter() - started
                marks[key + "_rows"] = len(screen.shown_rows) / 1000

    try:
        asyncio.run(main())
    finally:
        source.LibrarySource.first_page = real_page  # type: ignore[method-assign]
        source.LibrarySource.load_rows = real_load  # type: ignore[method-assign]
        library.LibraryScreen._loaded = real_loaded  # type: ignore[method-assign]
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=10_000)
    options = parser.parse_args()
    sys.path.insert(0, str(BENCH_DIR))
    from bench_library import library_folder

    folder = library_folder(options.articles)
    work = Path(tempfile.mkdtemp(prefix="pr-phases-"))
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(work / name.lower())
    index = work / "index.sqlite"
    executable = Path(sys.executable).with_name("pressreader")
    subprocess.run([str(executable), "index", "--index", str(index), str(folder)], check=True)
    from pressreader.index import LibraryIndex

    with LibraryIndex([folder], index) as opened:
        newest = opened.entry_rows(1)[0].title
    runs = [one_run(folder, index, newest) for _ in range(options.runs)]
    labels = {
        "mounted": "screen mounted (from the app's start)",
        "page": "first page read on the UI thread (open + 100 rows + counts)",
        "painted": "newest title on screen (from the app's start)",
        "update_start": "freshness check starts (from the app's start)",
        "update": "worker: index update + all rows as tuples",
        "refresh": "UI thread: the list takes the whole library",
        "complete": "whole library listed (from the app's start)",
        "key1": "filter keystroke 'ba' (builds the filter texts)",
        "key2": "filter keystroke 'bab'",
        "key3": "filter keystroke 'babad'",
    }
    for key, label in labels.items():
        values = [run[key] * 1000 for run in runs]
        shown = ", ".join(f"{v:.1f}" for v in values)
        print(f"{label:62} median {statistics.median(values):7.1f} ms  ({shown})")
    rows = [f"{runs[0][k + '_rows'] * 1000:.0f}" for k in ("key1", "key2", "key3")]
    print(f"rows left by the three keystrokes: {', '.join(rows)}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (all runs, pilot included): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
