"""The library list with 10,000 entries: filling it, and filter keystrokes.

Baseline, measured in the same run and process: Textual's stock `DataTable.add_rows` filling
the same 10,000 rows (their cells built as Rich `Text`) into the same columns. The library
screen's list (`LibraryList`, a virtual list) takes the rows as light `EntryRow` tuples and
renders only the rows on screen; its time here is the screen taking the whole library
(`LibraryScreen._loaded`) plus drawing one screenful of rows.

    python benchmarks/bench_library_list.py [--entries 10000] [--repeat 5]

Prints the median of each and the ratio (library / baseline; below 1 is faster).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from pressreader.library.loading import EntryRow
from pressreader.model import SEP
from pressreader.tui.app import PressReaderApp
from pressreader.tui.config import Config
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.widgets.library_list import LibraryList


def _rows(count: int) -> list[EntryRow]:
    return [
        EntryRow(
            f"/library/article-{i:05}.yaml",
            0,
            f"article-{i}",
            f"Article number {i} on trade, ports and the weather",
            f"Outlet {i % 40}",
            f"{2024 - i // 365:04}-{1 + i % 12:02}-{1 + i % 28:02}",
            i % 9,
            i % 6,
            "trade",
            SEP.join(("Ann Lee", "Bo Chen")),
            0,
            None,
        )
        for i in range(count)
    ]


def _cells(row: EntryRow) -> list[Text]:
    return [
        Text(" "),
        Text(row.title, no_wrap=True, overflow="ellipsis"),
        Text(row.outlet or "", no_wrap=True, overflow="ellipsis"),
        Text(row.published or ""),
        Text(str(row.quotes) if row.quotes else "", justify="right"),
        Text(str(row.statistics) if row.statistics else "", justify="right"),
    ]


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
        for label, width in (("!", 1), ("Title", 60), ("Outlet", 10), ("Date", 10)):
            table.add_column(label, width=width)
        table.add_column("Q", width=3)
        table.add_column("S", width=3)
        yield table


async def _baseline(rows: list[EntryRow], repeat: int) -> list[float]:
    times: list[float] = []
    app = TableApp()
    async with app.run_test(size=(120, 36)) as pilot:
        table = app.query_one(DataTable)
        for _ in range(repeat):
            table.clear()
            await pilot.pause()
            t0 = time.perf_counter()
            table.add_rows([_cells(row) for row in rows])
            table._update_dimensions(table._new_rows)  # what the next idle would do
            table._new_rows.clear()
            for y in range(table.size.height):
                table.render_line(y)
            times.append(time.perf_counter() - t0)
    return times


async def _measure(count: int, repeat: int) -> tuple[list[float], list[float], list[float]]:
    rows = _rows(count)

    class BenchScreen(LibraryScreen):
        def load_rows(self) -> list[EntryRow]:
            return list(rows)

    class BenchApp(PressReaderApp):
        def get_default_screen(self) -> BenchScreen:  # type: ignore[override]
            return BenchScreen(self.paths, self.max_bytes)

    baseline = await _baseline(rows, repeat)
    app = BenchApp([Path("/library")], config=Config())
    library: list[float] = []
    keystroke: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BenchScreen)
        listing = screen.query_one(LibraryList)
        for _ in range(repeat):
            fresh = list(rows)
            await pilot.pause()
            t0 = time.perf_counter()
            screen._loaded(fresh)
            listing._lines.clear()
            for y in range(listing.size.height):
                listing.render_line(y)
            library.append(time.perf_counter() - t0)
        for text in ("t", "tr", "trade", "article number 12", ""):
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
    shown = ", ".join(f"{k * 1000:.1f}" for k in keystroke)
    print(f"filter keystrokes 't', 'tr', 'trade', 'article number 12', '': {shown} ms")


if __name__ == "__main__":
    main()
