"""Untrusted text is text: markup shows literally and does nothing, no control character
reaches the terminal, and notifications quoting article text are safe too."""

from __future__ import annotations

import shutil
from pathlib import Path

from pressreader.tui.app import PressReaderApp
from pressreader.tui.palette import ReaderCommands
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.problems import ProblemsScreen
from pressreader.tui.widgets.quotes_panel import QuotesPanel

from .conftest import READER_DATA
from .helpers import screen_lines, screen_text, stray_controls, terminal_output
from .test_article_screen import _open
from .views_helpers import palette_offers

HOSTILE = READER_DATA / "hostile.yaml"


def _assert_clean(app: PressReaderApp) -> None:
    output = terminal_output(app)
    assert stray_controls(output) == []
    assert "\x1b]" not in output  # no OSC (title, clipboard, hyperlink)
    assert "\x1bP" not in output  # no DCS


async def test_library_shows_hostile_titles_literally(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(HOSTILE, folder / "hostile.yaml")
    (folder / "broken.yaml").write_text('title: "[b]x\\e]0;T\\a"\nsections: [\n', encoding="utf-8")
    app = PressReaderApp([folder], use_user_config=False)
    async with app.run_test(size=(140, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        text = screen_text(app)
        assert "[bold red]Breaking[/]" in text
        assert "\\x1b]0;PWNED\\x07" in text
        _assert_clean(app)
        await pilot.press("slash", *"[bold")
        await pilot.pause()
        assert [e.path.name for e in app.screen.shown] == ["hostile.yaml"]
        await pilot.press("escape")
        # A broken file's problems are shown as text, escaped.
        app.screen.query_one("#library-table").focus()
        await pilot.press("G", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert "broken.yaml:" in screen_text(app)
        _assert_clean(app)


async def test_article_markup_is_shown_and_clicking_it_does_nothing() -> None:
    app = PressReaderApp([HOSTILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot)
        lines = screen_lines(app)
        text = "\n".join(lines)
        assert "[bold red]Breaking[/]" in text
        assert "[@click=app.quit]click[/]" in text
        assert "\\x1b]0;PWNED\\x07" in text
        _assert_clean(app)
        # Click right on the words that would be a quit link if they were markup.
        for y, line in enumerate(lines):
            x = line.find("[@click=app.quit]click[/]")
            if x >= 0:
                await pilot.click(offset=(x + 18, y))
                await pilot.pause()
                break
        else:
            raise AssertionError("the click markup is not on screen")
        assert app.is_running and app.screen is screen
        # Every page of the article stays clean.
        for _ in range(6):
            await pilot.press("pagedown")
            await pilot.pause()
            _assert_clean(app)
        await pilot.press("slash", *"PWNED")
        await pilot.pause()
        _assert_clean(app)
        await pilot.press("escape", "f1")
        await pilot.pause()
        _assert_clean(app)


async def test_notifications_and_copies_quoting_article_text_are_safe() -> None:
    app = PressReaderApp([HOSTILE], use_user_config=False, open_direct=True)
    copied: list[str] = []
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        screen = await _open(pilot)
        quotes = screen.query_one(QuotesPanel)
        quotes.focus()
        await pilot.press("down", "y")
        await pilot.pause()
        assert copied and all(ord(c) >= 0x20 or c in "\n\t" for c in copied[0])
        assert "\x1b" not in copied[0] and "\x9b" not in copied[0]
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Copied quote by [bold]Mallory[/bold]") for m in messages)
        assert all(n.markup is False for n in app._notifications)
        text = screen_text(app)
        assert "Copied quote by [bold]Mallory[/bold]" in text
        _assert_clean(app)


async def test_palette_entries_are_plain_text() -> None:
    app = PressReaderApp([HOSTILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await _open(pilot)
        provider = ReaderCommands(screen)
        hits = [hit async for hit in provider.search("mallory")]
        assert hits
        for hit in hits:
            assert "[bold]Mallory[/bold]" in str(hit.prompt.plain)  # type: ignore[union-attr]
            assert "\x1b" not in str(hit.text)
        await pilot.press("ctrl+p", *"Go to quote by [bold]")
        await palette_offers(pilot, "[bold]Mallory[/bold]")
        assert "[bold]Mallory[/bold]" in screen_text(app)
        _assert_clean(app)
