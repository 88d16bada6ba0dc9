"""Article view on a 5,000-paragraph (about 2 MB) article: open, PageDown, search-as-you-type.

Everything runs in one process through Textual's headless driver, and each figure comes with
a yardstick measured in the same run:

- open: from creating the app to its first complete screen (`run_test` + one pause), the
  article already loaded, against the minimal Textual app (Header, Static, Footer). Target:
  at most 1.5x. The layout alone (building blocks and wrapping every paragraph) is shown too.
- PageDown: median time from the key press to the repainted screen (`pilot.press` + `pause`),
  against a key bound to nothing in the minimal app (Textual's own key-to-screen cost).
  Target: at most 40 ms. The time to draw one full screen of lines is shown too.
- search: median time to update the highlights for one typed character — the search over the
  whole article plus redrawing the visible lines — and the same through the find bar (key
  press into the Input, search, counter, repaint). Target: at most 50 ms.

    python benchmarks/bench_article_view.py [--paragraphs 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import events, on
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer, Header, Log, Static

from pressreader.article.find import FindQuery
from pressreader.article.layout import ArticleLayout
from pressreader.format.loader import load_text
from pressreader.model import Article, Section
from pressreader.text.metrics import article_words, reading_minutes
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_article_yaml

SIZE = (100, 32)
PAGEDOWN_TARGET_MS = 40.0
SEARCH_TARGET_MS = 50.0
OPEN_TARGET_RATIO = 1.5


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Baseline ready: a Header, this Static and a Footer.")
        yield Footer()


class ReaderApp(App[None]):
    """An ArticleView with a FindBar, wired the way the article screen wires them."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield Header()
        yield ArticleView(self.article)
        yield FindBar()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()

    @on(FindBar.Changed)
    def _changed(self, event: FindBar.Changed) -> None:
        view = self.query_one(ArticleView)
        view.find(event.query)
        self.query_one(FindBar).set_status(view.find_status)


def cjk_article(paragraphs: int) -> Article:
    """Chinese text with its punctuation, for the wide-character wrapping path."""
    rng = random.Random(2)
    alphabet = "中国同世界各国的合作不断深化伙伴关系持续扩大对外开放水平稳步提升，。“”"
    texts = ["".join(rng.choice(alphabet) for _ in range(130)) for _ in range(paragraphs)]
    return Article(
        id="cjk",
        title="中文",
        sections=[
            Section(f"s{n}", f"第{n + 1}部分", texts[n * 50 : (n + 1) * 50])
            for n in range((paragraphs + 49) // 50)
        ],
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


class Paints:
    """Wraps `App._display` (called after each compositor update) to time screen updates."""

    def __init__(self) -> None:
        self.expect: str | None = None
        self.event = asyncio.Event()
        self.at = 0.0
        original = App._display

        def display(app: App[Any], screen: Screen[Any], renderable: Any) -> None:
            original(app, screen, renderable)
            if renderable is None or self.event.is_set():
                return
            if self.expect is not None:
                text = "\n".join(s.text for s in app.screen._compositor.render_strips())
                if self.expect not in text:
                    return
            self.at = time.perf_counter()
            self.event.set()

        App._display = display  # type: ignore[method-assign]

    def arm(self, expect: str | None = None) -> None:
        self.expect = expect
        self.event.clear()

    async def wait(self, timeout: float = 10.0) -> float:
        await asyncio.wait_for(self.event.wait(), timeout)
        return self.at


PAINTS: Paints


async def time_open(factory: Callable[[], App[None]], expect: str) -> float:
    """Seconds from creating the app to the first screen showing `expect`."""
    start = time.perf_counter()
    app = factory()
    PAINTS.arm(expect)
    async with app.run_test(size=SIZE):
        painted = await PAINTS.wait()
    return painted - start


async def settle(pilot: Pilot[None]) -> None:
    """Let background work (layout, search text, word count) finish."""
    for _ in range(100):
        await pilot.pause()
        views = pilot.app.query(ArticleView)
        if not views or views.first()._background_pending is False:
            return


async def time_keys(app: App[None], key: str, presses: int) -> list[float]:
    """Seconds from posting each key press to the next screen update."""
    samples = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(presses):
            PAINTS.arm()
            start = time.perf_counter()
            app.post_message(events.Key(key, None))
            samples.append(await PAINTS.wait() - start)
            await pilot.pause(0.01)
    return samples


async def time_search(article: Article, word: str) -> tuple[list[float], list[float]]:
    """(search + visible redraw per prefix, key press in the find bar to screen update)."""
    direct: list[float] = []
    typed: list[float] = []
    app = ReaderApp(article)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        height = view.scrollable_content_region.height
        for _ in range(3):
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                view.find(FindQuery(word[:end]))
                for y in range(height):
                    view.render_line(y)
                direct.append(time.perf_counter() - start)
            view.clear_find()
        app.query_one(FindBar).open()
        await pilot.pause()
        for _ in range(3):
            for ch in word:
                PAINTS.arm()
                start = time.perf_counter()
                app.post_message(events.Key(ch, ch))
                await PAINTS.wait()
                # The counter is drawn by the update after the search: wait for it too.
                await pilot.pause(0.0)
                while app.query_one(FindBar).query_one("#find-status").render() == "":
                    await asyncio.sleep(0)
                typed.append(time.perf_counter() - start)
                await pilot.pause(0.01)
            for _ch in word:
                await pilot.press("backspace")
            await pilot.pause()
    return direct, typed


class LogApp(App[None]):
    """Textual's own virtualised text widget holding the same lines: a yardstick."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield Header()
        yield Log()
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(Log)
        log.write_lines(self.lines, scroll_end=False)
        log.scroll_home(animate=False)
        log.focus()


async def time_screen_draw(article: Article) -> list[float]:
    samples = []
    app = ReaderApp(article)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        height = view.scrollable_content_region.height
        for page in range(30):
            view.scroll_to(y=page * height * 7, animate=False, immediate=True, force=True)
            view._cache.clear()  # draw from scratch: no cached strips
            start = time.perf_counter()
            for y in range(height):
                view.render_line(y)
            samples.append(time.perf_counter() - start)
    return samples


async def time_full_app(path: Path, word: str) -> tuple[list[float], list[float]]:
    """PageDown and typed search in the whole pressreader app (sidebar panels included)."""
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.config import Config

    app = PressReaderApp([path], open_direct=True, use_user_config=False, config=Config())
    pages: list[float] = []
    typed: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            views = app.screen.query(ArticleView)
            if views and views.first()._background_pending is False:
                break
        view = app.screen.query_one(ArticleView)
        view.focus()
        await pilot.pause()
        for _ in range(40):
            PAINTS.arm()
            start = time.perf_counter()
            app.post_message(events.Key("pagedown", None))
            pages.append(await PAINTS.wait() - start)
            await pilot.pause(0.01)
        await pilot.press("slash")
        await pilot.pause()
        bar = app.screen.query_one(FindBar)
        for _ in range(2):
            for ch in word:
                PAINTS.arm()
                start = time.perf_counter()
                app.post_message(events.Key(ch, ch))
                await PAINTS.wait()
                await pilot.pause(0.0)
                while bar.query_one("#find-status").render() == "":
                    await asyncio.sleep(0)
                typed.append(time.perf_counter() - start)
                await pilot.pause(0.01)
            for _ch in word:
                await pilot.press("backspace")
            await pilot.pause()
    return pages, typed


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    text = make_article_yaml(args.paragraphs, seed=1)
    result = load_text(text, Path("synthetic.yaml"))
    if not result.articles:
        print("\n".join(p.format() for p in result.problems[:5]))
        return 1
    article = result.articles[0]
    print(f"article: {args.paragraphs} paragraphs, {len(text.encode()) / 1e6:.2f} MB of YAML")

    start = time.perf_counter()
    layout = ArticleLayout(article, metadata="")
    blocks = time.perf_counter() - start
    wrapped = layout.wrapped(SIZE[0] - 5)
    start = time.perf_counter()
    wrapped.has_line(2 * SIZE[1])
    first = time.perf_counter() - start
    start = time.perf_counter()
    wrapped.finish()
    rest = time.perf_counter() - start
    start = time.perf_counter()
    minutes = reading_minutes(article_words(article))
    counting = time.perf_counter() - start
    cjk = cjk_article(args.paragraphs)
    cjk_wrapped = ArticleLayout(cjk, metadata="").wrapped(SIZE[0] - 5)
    start = time.perf_counter()
    cjk_wrapped.finish()
    cjk_time = time.perf_counter() - start
    print(
        f"layout of a Chinese article ({args.paragraphs} paragraphs of 130 characters):"
        f" {cjk_time * 1000:.1f} ms for {cjk_wrapped.line_count} lines"
    )
    print(
        f"layout: blocks {blocks * 1000:.1f} ms, first two screens {first * 1000:.2f} ms; in"
        f" the background after the first paint: the other {wrapped.line_count} lines"
        f" {rest * 1000:.1f} ms, word count ({minutes} min read) {counting * 1000:.1f} ms"
    )

    global PAINTS
    PAINTS = Paints()
    first_words = article.sections[0].paragraphs[0].split()[0]

    def reader() -> App[None]:
        return ReaderApp(article)

    small = load_text(make_article_yaml(20, seed=1), Path("small.yaml")).articles[0]

    def small_reader() -> App[None]:
        return ReaderApp(small)

    small_words = small.sections[0].paragraphs[0].split()[0]
    # Warm up imports and Textual's caches once, so no side pays for them.
    await time_open(MinimalApp, "Baseline ready")
    await time_open(reader, first_words)
    await time_open(small_reader, small_words)
    base: list[float] = []
    opened: list[float] = []
    opened_small: list[float] = []
    for _ in range(args.runs):  # alternate, so all see the same machine load
        base.append(await time_open(MinimalApp, "Baseline ready"))
        opened.append(await time_open(reader, first_words))
        opened_small.append(await time_open(small_reader, small_words))
    ratio = median_ms(opened) / median_ms(base)
    print(
        f"open to first screen (in process, article already loaded): 5,000 paragraphs"
        f" {median_ms(opened):.1f} ms, 20 paragraphs {median_ms(opened_small):.1f} ms,"
        f" minimal app {median_ms(base):.1f} ms; ratio to the minimal app {ratio:.2f}x,"
        f" to the same reader on a short article"
        f" {median_ms(opened) / median_ms(opened_small):.2f}x"
    )

    wrapped = ArticleLayout(article).wrapped(SIZE[0] - 5)
    wrapped.finish()
    log_lines = [wrapped.text(wrapped.line(y)) for y in range(wrapped.line_count)]
    yardstick = await time_keys(LogApp(log_lines), "pagedown", 40)
    pagedown = await time_keys(ReaderApp(article), "pagedown", 60)
    draw = await time_screen_draw(article)
    pd = median_ms(pagedown)
    print(
        f"PageDown to screen update: median {pd:.2f} ms (p90"
        f" {statistics.quantiles(pagedown, n=10)[-1] * 1000:.2f} ms); Textual's Log with the"
        f" same {len(log_lines)} lines {median_ms(yardstick):.2f} ms;"
        f" {pd / PAGEDOWN_TARGET_MS:.2f} of the {PAGEDOWN_TARGET_MS:.0f} ms target"
    )
    print(f"  drawing one screen of lines from scratch: median {median_ms(draw):.2f} ms")

    direct, typed = await time_search(article, "partnerships")
    for label, samples in (("search + redraw", direct), ("key press to counter shown", typed)):
        value = median_ms(samples)
        print(
            f"search, one character ({label}): median {value:.2f} ms, max"
            f" {max(samples) * 1000:.2f} ms; {value / SEARCH_TARGET_MS:.2f} of the"
            f" {SEARCH_TARGET_MS:.0f} ms target"
        )

    with tempfile.TemporaryDirectory() as folder:
        # The whole app keeps its state and index under XDG folders: keep them out of $HOME.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(folder) / name.lower())
        path = Path(folder) / "synthetic.yaml"
        path.write_text(text, encoding="utf-8")
        pages, typed = await time_full_app(path, "partnerships")
    print(
        f"whole app at 120x36 with the sidebar: PageDown median {median_ms(pages):.2f} ms"
        f" ({median_ms(pages) / PAGEDOWN_TARGET_MS:.2f} of the target); one typed character,"
        f" key to counter shown, median {median_ms(typed):.2f} ms, max"
        f" {max(typed) * 1000:.2f} ms ({median_ms(typed) / SEARCH_TARGET_MS:.2f} of the target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
