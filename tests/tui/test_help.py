"""The help screen lists the bindings in force, generated from the bindings themselves."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.help import HelpScreen, collect_bindings
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.toc import TocPanel

from .helpers import screen_text
from .test_article_screen import SAMPLE_FILE, _open


def _ids(classes: list[type]) -> set[str]:
    ids = set()
    for cls in classes:
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.id:
                ids.add(binding.id)
    return ids


async def test_question_mark_and_f1_open_help_listing_every_binding() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    # Wide enough for the sections' column (narrower, a pop-up list shown on demand).
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await _open(pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert app.screen is screen
            await pilot.press(key, key)  # the same key closes it again
            await pilot.pause()
            assert app.screen is screen
        await pilot.press("f1", "q")  # q steps back from help too, without quitting
        await pilot.pause()
        assert app.screen is screen and app.is_running
        groups = collect_bindings(screen, app)
        names = [name for name, _rows in groups]
        assert names[0] == "Article screen"
        for region in ("Article text", "Sections", "Quotes", "Statistics", "Everywhere"):
            assert region in names
        listed = {row.binding_id for _name, rows in groups for row in rows}
        expected = _ids([ArticleScreen, ArticleView, TocPanel, QuotesPanel, PressReaderApp])
        assert expected <= listed
        # What the dialog shows is those rows.
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "Next section" in text and "article.next-section" in text


async def test_help_follows_the_keymap() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    app.set_keymap({"article.toggle-sidebar": "S", "app.help": "f2"})
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        rows = {
            row.binding_id: row.keys
            for _name, rows in collect_bindings(screen, app)
            for row in rows
        }
        assert rows["article.toggle-sidebar"] == ("S",)
        assert rows["app.help"] == ("f2",)
        await pilot.press("f1")
        assert app.screen is screen  # F1 no longer opens help
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_help_on_the_library_lists_its_keys(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "Library" in text and "library.filter" in text
        # A hidden field's keys are not in force, so they are not listed.
        groups = dict(collect_bindings(app.screen_stack[-2], app))
        assert "Text field" not in groups


async def test_a_short_footer_label_has_its_full_description_in_the_help() -> None:
    app = PressReaderApp([SAMPLE_FILE], open_direct=True, use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rows = dict(collect_bindings(app.screen, app))["Quotes"]
        row = next(r for r in rows if r.binding_id == "quotes.filter-next")
        assert row.description.startswith("Speaker filter:")


async def test_at_80_columns_a_long_description_wraps_beside_its_keys() -> None:
    app = PressReaderApp([SAMPLE_FILE], open_direct=True, use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("f1")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "In the find bar" in line)
        description_column = lines[first].index("In the find bar")
        # The binding id that did not fit goes on the next line, under the description.
        assert lines[first + 1].index("(article.find-submit)") == description_column
        # g / G / space / b move through the list, as in a pager.
        body = app.screen.query_one("#help-body")
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert body.scroll_y == 0
