"""Side panels (sections, quotes, statistics) on the sample article and a 5,000-paragraph one.

The bundled sample article has 4 sections, 21 quotes and 11 statistics; the synthetic one
(`synth.py`) 200 sections, about 500 quotes and 500 statistics. Each figure comes with a
yardstick measured in the same run, through Textual's headless driver:

- open: mounting the three panels, from `mount` to the first complete screen (CPU time),
  and to the app being idle (wall time), against
  mounting three plain `OptionList`s holding the same number of one-line strings (the
  sample article's open is what its first screen waits for; the long article's rows are
  drawn in steps after it, until the app is idle).
- find hits: updating the quotes and statistics panels for one typed character of the find
  bar (`set_find_hits`, then drawing the visible lines), against rebuilding a plain
  `OptionList` of the same size (what redrawing every row would cost). The article screen
  spends this on top of the article view's search, whose budget is 50 ms in all.
- cursor: moving the cursor one row and drawing the visible lines, against the same move in a
  plain `OptionList`.

    python benchmarks/bench_panels.py [--paragraphs 5000] [--runs 21]

The panels are `PanelList`s (a virtual list on `ScrollView`); the script runs against an
older checkout too (it uses only the panels' public API), to compare before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static

from pressreader.format.loader import load_file, load_text
from pressreader.model import Article
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel
from pressreader.tui.widgets.toc import TocPanel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_article_yaml

SIZE = (120, 36)
PANEL_CSS = "OptionList, PanelList { width: 34; height: 1fr; }"
SAMPLE = (
    Path(__file__).resolve().parents[1] / "src/pressreader/samples/join-hands-better-future.yaml"
)


class Host(App[None]):
    CSS = PANEL_CSS

    def compose(self) -> ComposeResult:
        yield Static("host")


def draw(widget: Widget) -> None:
    """Draw the visible lines, as a repaint would."""
    region = widget.scrollable_content_region
    widget.render_lines(Region(0, 0, region.width, region.height))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def watch_paint(app: App[None], expect: list[str], painted: list[float]) -> None:
    """Record in `painted` the process's CPU time when the screen first shows every `expect`
    text."""
    display = app._display

    def watch(screen: Screen[object], renderable: object) -> None:
        display(screen, renderable)  # type: ignore[arg-type]
        if painted or renderable is None:
            return
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        if all(item in text for item in expect):
            painted.append(time.process_time())

    app._display = watch  # type: ignore[method-assign]


async def time_mount(
    make: Callable[[], list[Widget]], expect: list[str], runs: int
) -> tuple[float, float]:
    """Median CPU time from `mount` to the first screen showing every `expect` text (the
    wall time would wait for Textual's next refresh tick, in steps of ~17 ms), and wall time
    to the app being idle (long lists go on drawing after the first screen)."""
    first_paint: list[float] = []
    idle: list[float] = []
    for _ in range(runs):
        app = Host()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            painted: list[float] = []
            watch_paint(app, expect, painted)
            widgets = make()
            start = time.perf_counter()
            start_cpu = time.process_time()
            await app.mount_all(widgets)
            await pilot.pause()
            idle.append(time.perf_counter() - start)
            for _ in range(500):
                if painted:
                    break
                await pilot.pause(0.01)
            else:
                raise SystemExit(f"the screen never showed {expect}")
            first_paint.append(painted[0] - start_cpu)
    return median_ms(first_paint), median_ms(idle)


async def time_updates(
    make: Callable[[], Widget], update: Callable[[Widget, int], None], runs: int
) -> float:
    app = Host()
    samples = []
    async with app.run_test(size=SIZE) as pilot:
        widget = make()
        await app.mount(widget)
        await pilot.pause()
        widget.focus()
        await pilot.pause()
        for run in range(runs):
            start = time.perf_counter()
            update(widget, run)
            draw(widget)
            samples.append(time.perf_counter() - start)
            await pilot.pause()
    return median_ms(samples)


def plain_list(count: int) -> OptionList:
    return OptionList(*[f"option {i} with a few words" for i in range(count)])


def hits_for(total: int, run: int) -> range:
    # A new, partly overlapping set of hits each time, as typing narrows a search.
    return range(run % 5, total, 2 + run % 3)


def lists_for(article: Article) -> tuple[Callable[[], list[Widget]], Callable[[], list[Widget]]]:
    """The three panels of `article`, and three plain lists of as many rows."""

    def panels() -> list[Widget]:
        return [TocPanel(article), QuotesPanel(article), StatisticsPanel(article)]

    def plain_lists() -> list[Widget]:
        counts = (len(article.sections), len(article.quotes), len(article.statistics))
        return [plain_list(count) for count in counts]

    return panels, plain_lists


def first_texts(article: Article) -> list[str]:
    """Texts the three panels show on their first screen."""
    quoted = {quote.speaker for quote in article.quotes}
    speaker = next(s.name for s in article.speakers if s.name in quoted)  # the first group
    return ["1 Lead", speaker, article.statistics[0].label[:12]]


async def main(paragraphs: int, runs: int) -> None:
    sample_article = load_file(SAMPLE).articles[0]
    sample_panels, sample_plain = lists_for(sample_article)
    mount_runs = max(5, runs // 2)
    sample_base, sample_base_idle = await time_mount(sample_plain, ["option 0"], mount_runs)
    sample_open, sample_idle = await time_mount(
        sample_panels, first_texts(sample_article), mount_runs
    )

    result = load_text(make_article_yaml(paragraphs, seed=1), Path("synthetic.yaml"))
    article: Article = result.articles[0]
    quotes, stats, sections = len(article.quotes), len(article.statistics), len(article.sections)
    print(
        f"article: {paragraphs} paragraphs, {sections} sections, {quotes} quotes, "
        f"{stats} statistics"
    )

    panels, plain_lists = lists_for(article)
    mount_runs = max(3, runs // 4)
    base_open, base_idle = await time_mount(plain_lists, ["option 0"], mount_runs)
    open_ms, open_idle = await time_mount(panels, first_texts(article), mount_runs)

    def update_quotes(widget: Widget, run: int) -> None:
        assert isinstance(widget, QuotesPanel)
        widget.set_find_hits(hits_for(quotes, run))

    def update_stats(widget: Widget, run: int) -> None:
        assert isinstance(widget, StatisticsPanel)
        widget.set_find_hits(hits_for(stats, run))

    def rebuild_plain(widget: Widget, run: int) -> None:
        assert isinstance(widget, OptionList)
        widget.set_options(f"option {i} {run}" for i in range(quotes + stats))

    def move(widget: Widget, run: int) -> None:
        assert isinstance(widget, OptionList | QuotesPanel | StatisticsPanel)
        widget.action_cursor_down() if run % 2 == 0 else widget.action_cursor_up()

    base_hits = await time_updates(lambda: plain_list(quotes + stats), rebuild_plain, runs)
    hits_quotes = await time_updates(lambda: QuotesPanel(article), update_quotes, runs)
    hits_stats = await time_updates(lambda: StatisticsPanel(article), update_stats, runs)
    base_move = await time_updates(lambda: plain_list(quotes), move, runs)
    move_quotes = await time_updates(lambda: QuotesPanel(article), move, runs)
    move_stats = await time_updates(lambda: StatisticsPanel(article), move, runs)

    hits_total = hits_quotes + hits_stats
    rows = [
        (
            "sample: first screen of the 3 panels, CPU",
            sample_open,
            "three plain OptionLists",
            sample_base,
        ),
        (
            "sample: every row drawn (idle)",
            sample_idle,
            "three plain OptionLists",
            sample_base_idle,
        ),
        ("long: first screen of the 3 panels, CPU", open_ms, "three plain OptionLists", base_open),
        ("long: every row drawn (idle)", open_idle, "three plain OptionLists", base_idle),
        ("find hits: quotes + statistics", hits_total, "rebuild a plain OptionList", base_hits),
        ("cursor: quotes panel", move_quotes, "plain OptionList", base_move),
        ("cursor: statistics panel", move_stats, "plain OptionList", base_move),
    ]
    print(f"{'measure':42} {'panels':>10} {'yardstick':>10}  ratio")
    for name, value, base_name, base in rows:
        print(f"{name:42} {value:8.2f}ms {base:8.2f}ms  {value / base:5.2f}x  ({base_name})")
    print(f"find hits: quotes {hits_quotes:.2f} ms, statistics {hits_stats:.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=21)
    options = parser.parse_args()
    asyncio.run(main(options.paragraphs, options.runs))
