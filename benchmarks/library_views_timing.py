"""How long the library-wide views take on a big library: open, refill per keystroke, search.

    python benchmarks/library_views_timing.py [--articles N]

Uses the synthetic library of `bench_library.py` and an index built for it (`--index PATH`:
one built before, to skip the build), starts the app headless at 120x36 and times: opening
the figures view (`T`) and refilling it for a typed filter, opening the speakers view (`S`)
and one speaker's quotes (`--search-only` skips them), and a full-text search (`/` then
Enter) up to its first hits on screen and until every hit is in the list, against
`grep -rliw WORD` over the same files. Timings are for reading, not pass/fail.
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

BENCH_DIR = Path(__file__).resolve().parent


async def measure(folder: Path, index: Path, word: str, views: bool = True) -> None:
    from textual.strip import Strip

    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.library_views import open_search
    from pressreader.tui.screens.search_results import SearchResultsScreen
    from pressreader.tui.widgets.cursor_option_list import CursorOptionList

    app = PressReaderApp([folder], use_user_config=False, index_path=index)
    async with app.run_test(size=(120, 36)) as pilot:
        while not getattr(app.screen, "entries", None):
            await asyncio.sleep(0.01)

        if views:
            await measure_views(app, pilot)
        await settle(app, pilot)

        # "On screen": the first frame that draws a hit's row (the list renders its lines
        # for that frame); "settled": every hit in the list and the app idle again. The
        # median of five searches (the first one also warms the index's caches).
        painted: list[float] = []
        draw = CursorOptionList.render_line

        def render_line(options: CursorOptionList, y: int) -> Strip:
            if not painted and options.option_count and isinstance(app.screen, SearchResultsScreen):
                painted.append(time.perf_counter())
            return draw(options, y)

        CursorOptionList.render_line = render_line  # type: ignore[method-assign]
        shown: list[float] = []
        settled: list[float] = []
        hits = 0
        for _ in range(5):
            painted.clear()
            started = time.perf_counter()
            open_search(app, word)
            while not painted:
                await asyncio.sleep(0.001)
            await pilot.pause()
            results = app.screen
            assert isinstance(results, SearchResultsScreen)
            while results.options.option_count < len(results.hits):
                await asyncio.sleep(0.001)
            settled.append(time.perf_counter() - started)
            shown.append(painted[0] - started)
            hits = len(results.hits)
            await pilot.press("escape", "escape")
            await pilot.pause()
            await settle(app, pilot)
        CursorOptionList.render_line = draw  # type: ignore[method-assign]
        grep = grep_time(folder, word)
        print(
            f"search {word!r}: {1000 * statistics.median(shown):.0f} ms to the hits on screen, "
            f"{1000 * statistics.median(settled):.0f} ms until all {hits} are in the list "
            f"(median of 5: {', '.join(f'{1000 * t:.0f}' for t in shown)}); "
            f"`grep -rliw {word}` {1000 * grep:.0f} ms: "
            f"{statistics.median(shown) / grep:.2f}x grep"
        )


async def settle(app: Any, pilot: Any) -> None:
    """Each search starts from an idle screen: the library's first load, and the previous
    search's rows still being added after its first paint, done (they took the cores the
    next search needed, and made it look 1.5-2 times slower)."""
    await app.workers.wait_for_complete()
    await pilot.pause(0.5)


async def measure_views(app: Any, pilot: Any) -> None:
    """The figures and speakers views: open, refill, one speaker's quotes."""
    from pressreader.tui.screens.speakers import SpeakerQuotesScreen, SpeakersScreen
    from pressreader.tui.screens.statistics import LibraryStatisticsScreen

    started = time.perf_counter()
    await pilot.press("T")
    while not (isinstance(app.screen, LibraryStatisticsScreen) and app.screen.statistics):
        await asyncio.sleep(0.005)
    await pilot.pause()
    figures = app.screen
    assert isinstance(figures, LibraryStatisticsScreen)
    print(
        f"figures view open: {1000 * (time.perf_counter() - started):.0f} ms "
        f"({len(figures.statistics):,} figures)"
    )
    for text in ("a", "ab", "a", ""):
        figures.field.value = text
        await pilot.pause()
        started = time.perf_counter()
        figures.refill()
        print(
            f"  refill for {text!r}: {1000 * (time.perf_counter() - started):.1f} ms "
            f"({len(figures.shown)} rows)"
        )
    await pilot.press("escape", "escape")
    await pilot.pause()

    started = time.perf_counter()
    await pilot.press("S")
    while not (isinstance(app.screen, SpeakersScreen) and app.screen.speakers):
        await asyncio.sleep(0.005)
    await pilot.pause()
    print(f"speakers view open: {1000 * (time.perf_counter() - started):.0f} ms")
    started = time.perf_counter()
    await pilot.press("enter")
    while not (isinstance(app.screen, SpeakerQuotesScreen) and app.screen.quotes):
        await asyncio.sleep(0.005)
    await pilot.pause()
    quotes = app.screen
    assert isinstance(quotes, SpeakerQuotesScreen)
    print(
        f"one speaker's quotes: {1000 * (time.perf_counter() - started):.0f} ms "
        f"({len(quotes.quotes):,} quotes)"
    )


def grep_time(folder: Path, word: str) -> float:
    """The median of five `grep -rliw WORD` over the library's files (the baseline)."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(["grep", "-rliw", word, str(folder)], stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--word", default="beve")
    parser.add_argument(
        "--index",
        type=Path,
        help="an index of the library to use (built when missing; the app brings it up to "
        "date) instead of building a new one in a temporary folder",
    )
    parser.add_argument(
        "--search-only", action="store_true", help="skip the figures and speakers views"
    )
    options = parser.parse_args()
    sys.path.insert(0, str(BENCH_DIR))
    from bench_library import library_folder

    folder = library_folder(options.articles)
    work = Path(tempfile.mkdtemp(prefix="pr-views-"))
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(work / name.lower())
    index = options.index or work / "index.sqlite"
    if not index.exists():
        executable = Path(sys.executable).with_name("pressreader")
        command = [str(executable), "index", "--index", str(index), str(folder)]
        subprocess.run(command, check=True)
    asyncio.run(measure(folder, index, options.word, views=not options.search_only))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
