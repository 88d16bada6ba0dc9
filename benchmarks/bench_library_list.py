"""The library list with 10,000 entries: filling it, and one filter keystroke.

Baseline, measured in the same run and process: Textual's stock `DataTable.add_rows` filling
the same 10,000 rows of the same cells into the same columns. The library screen's own fill
(`LibraryTable.replace_rows`) skips the per-row cursor checks and cell measuring that a
fixed-width, one-line-per-row list does not need.

    python benchmarks/bench_library_list.py [--entries 10000] [--repeat 5]

Prints the median of each and the ratio (library / baseline; below 1 is faster).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import time
from pathlib import Path

from pressreader.library import LibraryEntry
from pressreader.tui.app import PressReaderApp
from pressreader.tui.config import Config
from pressreader.tui.screens.library import LibraryScreen, LibraryTable


def _entries(count: int) -> list[LibraryEntry]:
    start = dt.date(2000, 1, 1)
    return [
        LibraryEntry(
            Path(f"/library/article-{i:05}.yaml"),
            0,
            f"article-{i}",
            f"Article number {i} on trade, ports and the weather",
            f"Outlet {i % 40}",
            start + dt.timedelta(days=i % 9000),
            i % 9,
            i % 6,
            ("trade",),
            ("Ann Lee", "Bo Chen"),
        )
        for i in range(count)
    ]


async def _measure(count: int, repeat: int) -> tuple[list[float], list[float], list[float]]:
    entries = _entries(count)

    class BenchScreen(LibraryScreen):
        def load_entries(self) -> list[LibraryEntry]:
            return list(entries)

    class BenchApp(PressReaderApp):
        def get_default_screen(self) -> BenchScreen:  # type: ignore[override]
            return BenchScreen(self.paths, self.max_bytes)

    app = BenchApp([Path("/library")], config=Config())
    baseline: list[float] = []
    library: list[float] = []
    keystroke: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BenchScreen)
        table = screen.query_one(LibraryTable)
        rows = [screen._row(entry) for entry in screen.entries]
        for _ in range(repeat):
            table.clear()
            t0 = time.perf_counter()
            table.add_rows(rows)
            table._update_dimensions(table._new_rows)  # what the next idle would do
            table._new_rows.clear()
            baseline.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            screen._refill()
            library.append(time.perf_counter() - t0)
        for text in ("trade", "article number 12", ""):
            screen.app_state.library.filter_text = text
            t0 = time.perf_counter()
            screen._refill()
            keystroke.append(time.perf_counter() - t0)
    return baseline, library, keystroke


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    baseline, library, keystroke = asyncio.run(_measure(args.entries, args.repeat))
    b = statistics.median(baseline)
    lib = statistics.median(library)
    print(f"{args.entries} entries")
    print(f"baseline DataTable.add_rows fill: {b * 1000:8.1f} ms (median of {len(baseline)})")
    print(f"library list fill:                {lib * 1000:8.1f} ms (median of {len(library)})")
    print(f"ratio library/baseline:           {lib / b:8.3f}")
    print(f"filter refill (median of 3):      {statistics.median(keystroke) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
