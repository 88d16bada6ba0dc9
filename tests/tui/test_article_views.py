"""From an article: the library's speakers and figures with this article's first (`S`, `T`),
and the list of the file's problems (`p`) when it has any."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from pressreader.format.loader import load_file
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.problems import ProblemsScreen
from pressreader.tui.screens.speakers import SpeakersScreen
from pressreader.tui.screens.statistics import LibraryStatisticsScreen

from .conftest import READER_DATA, article_yaml
from .helpers import screen_lines, screen_text
from .views_helpers import settle


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """Speakers quoted four times (cjk, many-sections) and one quoted once (bridges)."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    for name in ("cjk.yaml", "many-sections.yaml"):
        shutil.copy(READER_DATA / name, folder)
    (folder / "bridges.yaml").write_text(
        article_yaml("Bridges for the valley", speaker="Ann Lee"), encoding="utf-8"
    )
    return folder


async def _open_article(pilot: Pilot[int], name: str) -> ArticleScreen:
    """Open the article of file `name` from the library."""
    await settle(pilot)
    library = pilot.app.screen
    assert isinstance(library, LibraryScreen)
    entry = next(e for e in library.shown if e.path.name == name)
    pilot.app.open_entry(entry)  # type: ignore[attr-defined]
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen), type(screen)
    return screen


async def test_S_in_an_article_lists_its_speakers_first(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        article = await _open_article(pilot, "bridges.yaml")
        await pilot.press("S")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, SpeakersScreen), type(view)
        # Quoted once, so last in the library's order, but first from this article.
        assert view.shown[0].name == "Ann Lee"
        assert len(view.shown) > 1
        text = screen_text(app)
        assert "• Ann Lee" in text
        assert "1 in this article (•)" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is article


async def test_T_in_an_article_lists_its_figures_first(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        article = await _open_article(pilot, "cjk.yaml")
        await pilot.press("T")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, LibraryStatisticsScreen), type(view)
        own = [s.label for s in load_file(shelf / "cjk.yaml").articles[0].statistics]
        assert own and [s.label for s in view.shown[: len(own)]] == own
        assert len(view.shown) > len(own)  # the rest of the library follows
        assert f"{len(own)} in this article (•)" in screen_text(app)
        assert view.options.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is article


def _warned(folder: Path) -> Path:
    """An article whose quotes key is misspelt: its quote is not read, with a warning."""
    path = folder / "warned.yaml"
    text = article_yaml("Warned article").replace("\nquotes:", "\nqoutes:")
    path.write_text(text, encoding="utf-8")
    return path


async def test_p_lists_the_problems_of_an_article_with_warnings(tmp_path: Path) -> None:
    path = _warned(tmp_path)
    app = PressReaderApp([path], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert not article.article.quotes
        # The footer says there is something to see.
        assert "p Problems" in screen_text(app)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        # file:line:column (the long temporary path wraps: the lines are joined).
        text = "".join(line.strip() for line in screen_lines(app))
        assert "warned.yaml:10:1: warning: article: unknown key `qoutes`" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is article


async def test_an_article_without_problems_offers_no_problems_key(shelf: Path) -> None:
    app = PressReaderApp([shelf / "bridges.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert "Problems" not in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert app.screen is article


async def test_p_from_the_library_opens_an_article_that_keeps_its_problems(tmp_path: Path) -> None:
    _warned(tmp_path)
    app = PressReaderApp([tmp_path], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_article(pilot, "warned.yaml")
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert "unknown key `qoutes`" in screen_text(app)


async def test_a_reloaded_version_brings_its_problems_and_takes_them_away(
    tmp_path: Path,
) -> None:
    from .test_reading_state_ui import _article

    path = tmp_path / "live.yaml"
    path.write_text(article_yaml("Live"), encoding="utf-8")
    app = PressReaderApp([path], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, keeper = await _article(pilot)
        assert "p Problems" not in screen_text(app)
        _warned(tmp_path).rename(path)  # another size: the watcher sees the change
        path.write_text(path.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
        keeper.check_file()
        await settle(pilot)
        assert "p Problems" in screen_text(app)
        path.write_text(article_yaml("Live again"), encoding="utf-8")
        keeper.check_file()
        await settle(pilot)
        assert screen.article.title == "Live again"
        assert "p Problems" not in screen_text(app)
