"""Where the library screen's warm start spends its time, phase by phase, in one process.

    python benchmarks/library_screen_phases.py [--runs N] [--articles N]

Uses the synthetic library of `bench_library.py` and an index built for it (with
`pressreader index`), starts the app headless at 120x36 and prints, per run, the moments
(from the script's start) when the screen was mounted, the index-backed load ran in its
worker (update + entries) and the list was filled on the UI thread, and when the first
frame after that was painted. `bench_startup.py library` gives the whole-process figure
against the minimal Textual app; this script says which part to work on.
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


def one_run(folder: Path, index: Path) -> dict[str, float]:
    import pressreader.tui.library_source as source
    import pressreader.tui.screens.library as library
    from pressreader.tui.app import PressReaderApp

    marks: dict[str, float] = {}
    real_load = source.LibrarySource.load
    real_loaded = library.LibraryScreen._loaded

    def load(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = real_load(self, *args, **kwargs)
        marks["load"] = time.perf_counter() - started
        return result

    def loaded(self: Any, entries: Any) -> None:
        started = time.perf_counter()
        real_loaded(self, entries)
        marks["fill"] = time.perf_counter() - started

    source.LibrarySource.load = load  # type: ignore[method-assign]
    library.LibraryScreen._loaded = loaded  # type: ignore[method-assign]

    async def main() -> None:
        begin = time.perf_counter()
        app = PressReaderApp([folder], use_user_config=False, index_path=index)
        async with app.run_test(size=(120, 36)) as pilot:
            marks["mounted"] = time.perf_counter() - begin
            while "fill" not in marks:
                await asyncio.sleep(0.005)
            await pilot.pause()
            marks["painted"] = time.perf_counter() - begin

    try:
        asyncio.run(main())
    finally:
        source.LibrarySource.load = real_load  # type: ignore[method-assign]
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
    runs = [one_run(folder, index) for _ in range(options.runs)]
    for key in ("mounted", "load", "fill", "painted"):
        values = [run[key] * 1000 for run in runs]
        shown = ", ".join(f"{v:.0f}" for v in values)
        print(f"{key:8} median {statistics.median(values):7.1f} ms  ({shown})")
    print("load = index update + entries() in the worker; fill = the list filled on the UI thread;")
    print("mounted / painted = from the app's start")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
