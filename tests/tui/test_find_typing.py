"""Typing in the find bar of the whole reader: what a typed letter changes on screen, and
that a burst of letters ends on the right counter, highlights and lit panels."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from pressreader.article import find
from pressreader.article.find import FindQuery
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel

from .conftest import SAMPLE
from .helpers import screen_text

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"


async def _until(pilot: Pilot[int], check: Callable[[], bool], what: str) -> None:
    for _ in range(200):
        if check():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"gave up waiting for {what}")


async def _article(pilot: Pilot[int]) -> ArticleScreen:
    await pilot.app.workers.wait_for_complete()
    await _until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen), "the article")
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    await _until(pilot, lambda: not screen.view._background_pending, "the layout")
    return screen


def _expected(screen: ArticleScreen, text: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """The counter, quotes and statistics a complete search of `text` gives."""
    results = screen.view.article_text.search(FindQuery(text))
    status = results.status(results.first_from(*_origin(screen)) if len(results) else None)
    return status, results.quote_hits, results.statistic_hits


def _origin(screen: ArticleScreen) -> tuple[object, int]:
    origin = screen.view._find_origin
    assert origin is not None
    return origin


@pytest.mark.parametrize("lazy", [False, True])
async def test_a_burst_of_typed_letters_ends_on_the_true_count_highlights_and_panels(
    lazy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if lazy:  # matches counted first, listed after the frame (as in a long article)
        monkeypatch.setattr(find, "LAZY_FROM", 0)
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash")
        bar = screen.find_bar
        quotes = screen.query_one(QuotesPanel)
        statistics = screen.query_one(StatisticsPanel)
        # Letters typed in one burst (no pause between them), then some erased.
        for keys, text in (
            ([*"cooperation"], "cooperation"),
            (["backspace"] * 7, "coop"),
            ([*"e"], "coope"),
            (["backspace"] * 5, ""),
            ([*"china"], "china"),
        ):
            await pilot.press(*keys)
            await _until(pilot, lambda text=text: bar.input.value == text, repr(text))  # type: ignore[misc]
            await pilot.pause(0.4)  # the panels light once the typing pauses
            if not text:
                assert screen.view.find_results is None
                assert bar.query_one("#find-status").render().plain.strip() == ""  # type: ignore[union-attr]
                assert quotes.find_hits == statistics.find_hits == frozenset()
                continue
            status, quote_hits, statistic_hits = _expected(screen, text)
            results = screen.view.find_results
            assert results is not None and results.query.text == text
            assert screen.view.find_status == status
            assert status in screen_text(app)
            assert quotes.find_hits == quote_hits
            assert statistics.find_hits == statistic_hits
            # Every visible line is drawn with the highlights of this query.
            view = screen.view
            wrapped = view.display_lines
            assert wrapped is not None
            top = round(view.scroll_y)
            for y in range(view.scrollable_content_region.height):
                if wrapped.has_line(top + y):
                    line = wrapped.line(top + y)
                    assert view._drawn.get(top + y) == tuple(view._layers(line)), (text, y)
        assert any(quotes.find_hits) or any(statistics.find_hits)


async def test_a_typed_letter_lays_out_nothing() -> None:
    """The find field keeps its width as its text grows: a typed letter repaints it, and
    the whole screen is not arranged again (Textual's field asks for that by default)."""
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash")
        await pilot.pause(0.1)
        layouts: list[object] = []
        screen.screen_layout_refresh_signal.subscribe(screen, layouts.append)
        for letter in "cooperat":
            await pilot.press(letter)
            await pilot.pause()
        await pilot.press("backspace", "backspace")
        await pilot.pause(0.1)
        assert screen.query_one(FindBar).input.value == "cooper"
        assert layouts == []


def _query_of(view: ArticleView) -> str | None:
    results = view.find_results
    return None if results is None else results.query.text


async def test_a_typed_letter_repaints_only_the_lines_whose_highlights_change() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        view = screen.view
        await pilot.press("slash", *"jointl")
        # The last letter's results, not an earlier letter's: on a loaded machine a fixed
        # pause could end before them, and their repaint would be counted below.
        await _until(pilot, lambda: _query_of(view) == "jointl", "the search")
        await pilot.pause(0.2)
        drawn: list[int] = []
        draw = ArticleView.render_line

        def counted(self: ArticleView, y: int) -> object:
            drawn.append(y)
            return draw(self, y)

        wrapped = view.display_lines
        assert wrapped is not None
        height = view.scrollable_content_region.height
        top = round(view.scroll_y)
        before = {y: tuple(view._layers(wrapped.line(top + y))) for y in range(height)}
        ArticleView.render_line = counted  # type: ignore[method-assign, assignment]
        try:
            await pilot.press("y")
            await _until(pilot, lambda: _query_of(view) == "jointly", "the new search")
            await pilot.pause(0.2)
        finally:
            ArticleView.render_line = draw  # type: ignore[method-assign]
        assert round(view.scroll_y) == top  # the match was in view: nothing scrolled
        after = {y: tuple(view._layers(wrapped.line(top + y))) for y in range(height)}
        changed = {y for y in range(height) if before[y] != after[y]}
        assert changed  # the query is on screen
        assert len(changed) < height // 2
        assert set(drawn) == changed
