"""The help screen lists the bindings in force, generated from the bindings themselves."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
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
        assert names[0] == "Anywhere on the article screen"
        for region in ("article text", "sections", "quotes", "statistics"):
            assert f"In the {region}, when it has the focus (Tab)" in names
        assert names[-1] == "Everywhere"
        listed = {ident for _name, rows in groups for row in rows for ident in row.ids}
        expected = _ids([ArticleScreen, ArticleView, TocPanel, QuotesPanel, PressReaderApp])
        assert expected <= listed
        # What the dialog shows is those rows.
        await pilot.press("f1", "i")
        await pilot.pause()
        text = screen_text(app)
        assert "Next region" in text and "screen.focus-next" in text
        # The text's keys come further down: the help pages down to them.
        for _ in range(6):
            if "Next section" in text:
                break
            await pilot.press("space")
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
        await pilot.press("f1", "i")
        await pilot.pause()
        text = screen_text(app)
        assert "Anywhere on the library" in text and "library.filter" in text
        # A hidden field's keys are not in force, so they are not listed.
        groups = dict(collect_bindings(app.screen_stack[-2], app))
        assert "Text field" not in groups
        # Every key listed can be remapped: none is a container's inherited scroll key (the
        # list never scrolls sideways, so ← and → did nothing).
        assert "Scroll Left" not in text and "Scroll Right" not in text


async def test_a_short_footer_label_has_its_full_description_in_the_help() -> None:
    app = PressReaderApp([SAMPLE_FILE], open_direct=True, use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rows = dict(collect_bindings(app.screen, app))["In the quotes, when it has the focus (Tab)"]
        row = next(r for r in rows if r.binding_id == "quotes.filter-next")
        assert row.description.startswith("Speaker filter:")


async def test_the_bookmark_keys_say_bookmark_in_the_help(library: Path) -> None:
    # The footer's "Marks" is short for the bookmarks; the help says so, in the words of the
    # bookmarks list and the palette, on the article and on the library.
    app = PressReaderApp([SAMPLE_FILE], open_direct=True, use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        rows = [r for _, group in collect_bindings(app.screen, app) for r in group]
        described = {r.binding_id: r.description for r in rows}
        assert "bookmark" in described["article.bookmark"]
        assert described["article.bookmarks"] == "Bookmarks"
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = [r for _, group in collect_bindings(app.screen, app) for r in group]
        described = {r.binding_id: r.description for r in rows}
        assert described["library.bookmarks"] == "Bookmarks"


async def test_at_80_columns_a_long_description_wraps_beside_its_keys() -> None:
    app = PressReaderApp([SAMPLE_FILE], open_direct=True, use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("f1", "i")
        await pilot.pause()
        body_width = app.screen.query_one("#help-text").content_region.width
        lines = _shown(app, body_width).splitlines()
        first = next(i for i, line in enumerate(lines) if "Accept the match in view" in line)
        description_column = lines[first].index("Accept the match in view")
        # The binding id that did not fit goes on a line of its own, under the description.
        below = next(line for line in lines[first + 1 :] if "(article.find-submit)" in line)
        assert below.index("(article.find-submit)") == description_column
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


def _shown(app: PressReaderApp, width: int = 96) -> str:
    """The help's whole body as text (what scrolling through it shows)."""
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(screen.shown)
    return console.export_text()


async def test_help_rows_are_one_per_key_group_without_ids_until_asked() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open(pilot)
        await pilot.press("f1")
        await pilot.pause()
        text = _shown(app)
        # One row for the nine section keys.
        assert "1–9" in text and "Section N" in text and "Section 2" not in text
        # The ids are hidden, and `i` shows them.
        assert "article.next-section" not in text and "screen.focus-next" not in text
        assert "screen.focus-next" not in screen_text(app)
        await pilot.press("i")
        await pilot.pause()
        assert "(screen.focus-next)" in screen_text(app)
        text = _shown(app)
        assert "(article.next-section)" in text
        assert "article.section-1" in text and "article.section-9" in text
        # Ctrl+C is listed once, with both its meanings, and both ids.
        assert text.count("^c") == 1, text
        line = next(line for line in text.splitlines() if "^c" in line)
        assert "how to quit" in line and "app.help-quit" in text
        groups = dict(collect_bindings(screen, app))
        assert not [row for row in groups["Everywhere"] if "ctrl+c" in row.keys or "^c" in row.keys]


async def test_help_groups_keys_by_where_they_work_and_explains_the_symbols() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await _open(pilot)
        await pilot.press("f1")
        await pilot.pause()
        text = _shown(app)
        headings = [line for line in text.splitlines() if line and not line.startswith(" ")]
        assert headings[0] == "Anywhere on the article screen", headings
        assert "In the article text, when it has the focus (Tab)" in headings
        assert "Everywhere" in headings
        # Enter in the find field is told with the find bar's keys.
        groups = dict(collect_bindings(screen, app))
        find_group = "In the find bar, / opens it"
        assert "article.find-submit" in {row.binding_id for row in groups[find_group]}
        # The legend: every symbol the reader draws, with the words of the format.
        assert "Symbols" in headings
        for symbol, words in [
            ("!", "broken"),
            ("~", "warnings"),
            ("Quotes", "quotes"),
            ("Stats", "statistics"),
            ("≈", "indirect"),
            ("▌", "current match"),
            ("•", "find match"),
            ("▶", "section"),
            ("›", "cursor"),
            ("◌", "not yet reviewed"),
        ]:
            line = next((line for line in text.splitlines() if f" {symbol} " in line), "")
            assert words in line, (symbol, line)
        assert "paraphrase" not in text


async def test_at_60_columns_the_help_title_is_whole() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(60, 24)) as pilot:
        await _open(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(line.strip("│ ") for line in screen_text(app).splitlines()[1:4])
        words = HelpScreen.TITLE_TEXT.split()
        assert all(word in shown for word in words), shown
