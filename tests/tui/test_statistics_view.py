"""The library's statistics view: every figure, filterable by label or unit, opening at it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressreader.format.loader import load_file
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.bookmarks import BookmarksScreen, RecentScreen
from pressreader.tui.screens.list_screen import ListScreen
from pressreader.tui.screens.speakers import SpeakersScreen
from pressreader.tui.screens.statistics import LibraryStatisticsScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.statistics_panel import StatisticsPanel

from .conftest import READER_DATA
from .helpers import screen_text, stray_controls, terminal_output
from .views_helpers import escape_through, filter_by, open_view, settle, slash_burst


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    for name in ("cjk.yaml", "hostile.yaml", "many-sections.yaml", "broken.yaml"):
        shutil.copy(READER_DATA / name, folder)
    return folder


def _expected_count(shelf: Path) -> int:
    return sum(
        len(article.statistics)
        for path in shelf.glob("*.yaml")
        for article in load_file(path).articles
    )


async def test_every_statistic_with_readable_values(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        assert len(screen.statistics) == _expected_count(shelf) > 10
        await pilot.press(*"population")
        text = screen_text(app)
        # The value formatted for reading, the unit, the change and the article.
        assert "Metropolitan population  4.2 million residents" in text
        assert "↑ 300,000 (+7.7%) from 3.9 million residents" in text
        assert "Riverton" in text
        assert stray_controls(terminal_output(app)) == []


async def test_cjk_figures_use_myriad_scales(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await pilot.press("slash", *"藏书")
        assert [s.label for s in screen.shown] == ["藏书"]
        assert "120万册" in screen_text(app)


async def test_typing_filters_by_label_or_unit(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await pilot.press("slash", *"riders")  # a unit (and a word of a label)
        assert screen.shown and all(
            "riders" in s.label.lower() or "riders" in (s.unit or "") for s in screen.shown
        )
        await filter_by(pilot, screen, "unit:%")
        assert screen.shown and all("%" in (s.unit or "") for s in screen.shown)
        assert not any("%" in s.label and "%" not in (s.unit or "") for s in screen.shown)
        await filter_by(pilot, screen, "bus riders")
        assert [s.label for s in screen.shown] == ["Weekday bus riders"]
        await filter_by(pilot, screen, "no such figure")
        assert screen.shown == []
        assert "nothing matches" in screen_text(app)


async def test_keys_typed_in_a_burst_after_slash_reach_the_filter(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await slash_burst(pilot, screen, "bus riders")
        await pilot.pause()
        assert [s.label for s in screen.shown] == ["Weekday bus riders"]


@pytest.mark.parametrize(
    ("key", "view"),
    [
        ("T", LibraryStatisticsScreen),
        ("S", SpeakersScreen),
        ("B", BookmarksScreen),
        ("h", RecentScreen),
    ],
)
async def test_every_list_view_opens_in_its_list_and_slash_goes_to_the_filter(
    shelf: Path, key: str, view: type[ListScreen]
) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_view(pilot, key, view)
        assert screen.options.has_focus
        await pilot.press("j")  # moves in the list, never types a letter in the filter
        assert screen.field.value == ""
        await pilot.press("slash", "x")
        assert screen.field.has_focus and screen.field.value == "x"


async def test_the_first_enter_opens_the_figure_under_the_cursor(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await pilot.press("j")
        assert screen.options.highlighted == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert (
            app.screen.article.statistics[
                app.screen.query_one(StatisticsPanel).selected_index or 0
            ].label
            == screen.shown[1].label
        )


async def test_enter_opens_the_article_at_the_figure(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await pilot.press("slash", *"library loans", "enter")
        assert screen.options.has_focus
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        source = load_file(shelf / "many-sections.yaml").articles[0]
        index = next(i for i, s in enumerate(source.statistics) if s.label == "Library loans")
        assert article.query_one(ArticleView).selected_anchor == source.statistics[index].anchor
        assert article.query_one(StatisticsPanel).selected_index == index
        # The figure's words are on screen.
        view = article.query_one(ArticleView)
        assert view.display_lines is not None
        lines = view.display_lines.anchor_lines(source.statistics[index].anchor)  # type: ignore[arg-type]
        assert lines is not None
        top = round(view.scroll_y)
        assert top <= lines[0] < top + view.scrollable_content_region.height
        await escape_through(pilot, LibraryStatisticsScreen)
