"""The library screen: listing, order, broken files, filtering, opening and coming back."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from pressreader.library.entries import LibraryEntry
from pressreader.library.loading import row_from_entry, sort_entries
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import library as library_screen
from pressreader.tui.screens.library import LibraryScreen, LibraryTable
from pressreader.tui.screens.problems import ProblemsScreen

from .helpers import screen_lines, screen_text


async def _loaded(app: PressReaderApp, pilot: object) -> LibraryScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return screen


def _titles(screen: LibraryScreen) -> list[str]:
    return [entry.title for entry in screen.shown]


async def test_lists_newest_first_with_broken_files_marked(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await _loaded(app, pilot)
        assert _titles(screen) == [
            "New harbour opens",
            "Middle of the road",
            "Old bridges",
            "zz-broken.yaml",
        ]
        lines = screen_lines(app)
        rows = [line for line in lines if "harbour" in line or "zz-broken" in line]
        assert "Harbour Times" in rows[0] and "2024-03-02" in rows[0]
        broken = rows[1]
        assert broken.lstrip().startswith("!")
        # The first problem, with its line and column, is on the row.
        assert "4:1" in broken or "3:" in broken
        assert "3 articles · 1 broken file" in screen_text(app)


async def test_loading_runs_in_a_thread_worker_with_an_indicator(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_load = library_screen.load_library

    def slow_load(*args: Any, **kwargs: Any) -> list[LibraryEntry]:
        release.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(library_screen, "load_library", slow_load)
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(LibraryTable)
        assert table.loading
        assert "Loading articles" in screen_text(app)
        # The UI answers while the scan is blocked.
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        release.set()
        await _loaded(app, pilot)
        assert not table.loading
        assert table.row_count == 4


async def test_slash_filters_by_title_outlet_tag_and_speaker(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _loaded(app, pilot)
        field = screen.query_one("#library-filter", Input)
        assert not field.display
        await pilot.press("slash")
        assert field.display and field.has_focus
        await pilot.press(*"harbour")
        assert _titles(screen) == ["New harbour opens"]
        field.value = "bo chen"  # a speaker
        await pilot.pause()
        assert _titles(screen) == ["New harbour opens"]
        field.value = "roads"  # a tag
        await pilot.pause()
        assert _titles(screen) == ["Middle of the road"]
        field.value = "daily example"  # an outlet
        await pilot.pause()
        assert _titles(screen) == ["Middle of the road", "Old bridges"]
        field.value = "nothing like this"
        await pilot.pause()
        assert _titles(screen) == []
        assert "nothing matches the filter" in screen_text(app)
        await pilot.press("escape")
        assert not field.display and field.value == ""
        assert len(_titles(screen)) == 4
        assert screen.query_one(LibraryTable).has_focus


async def test_typing_q_in_the_filter_does_not_quit(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _loaded(app, pilot)
        await pilot.press("slash", "q")
        assert app.is_running
        assert screen.query_one("#library-filter", Input).value == "q"


async def test_opening_a_broken_file_shows_its_problems_as_text(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    # Wide enough that the temporary folder's long path does not wrap the problem line.
    async with app.run_test(size=(240, 30)) as pilot:
        await _loaded(app, pilot)
        await pilot.press("G", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert "zz-broken.yaml:" in text
        assert ": error: " in text
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_q_quits_from_the_library(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_empty_folder_says_so(tmp_path: Path) -> None:
    app = PressReaderApp([tmp_path], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _loaded(app, pilot)
        assert "No article files found · Ctrl+P, “Import a file…”, adds one · in" in screen_text(
            app
        )


async def test_list_keys_move_the_cursor(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _loaded(app, pilot)
        table = screen.query_one(LibraryTable)
        await pilot.press("end")
        assert table.cursor_row == 3
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == 3
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_a_large_library_fills_the_list_and_scrolls_to_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    many = [
        LibraryEntry(
            Path(f"/lib/a{i:05}.yaml"),
            0,
            f"a{i}",
            f"Article {i:05}",
            "Daily",
            dt.date(2000, 1, 1) + dt.timedelta(days=i),
            i % 3,
            i % 2,
        )
        for i in range(3000)
    ]
    rows = [row_from_entry(entry) for entry in sort_entries(many)]
    monkeypatch.setattr(library_screen.LibraryScreen, "load_rows", lambda self: list(rows))
    app = PressReaderApp([Path("/lib")], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _loaded(app, pilot)
        table = screen.query_one(LibraryTable)
        assert table.row_count == 3000
        assert "Article 02999" in screen_text(app)  # newest first
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 2999
        assert "Article 00000" in screen_text(app)
        await pilot.press("slash", *"01234")
        await pilot.pause()
        assert table.row_count == 1
        assert "Article 01234" in screen_text(app)


async def test_keys_typed_in_a_burst_after_slash_reach_the_filter(library: Path) -> None:
    from textual import events

    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _loaded(app, pilot)
        for key, char in [("slash", "/"), *[(c, c) for c in "harbour"]]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#library-filter", Input).value == "harbour"
        assert _titles(screen) == ["New harbour opens"]


def test_the_keys_to_library_wide_lists_are_labelled_as_the_lists_are_titled() -> None:
    # One word for one thing: the footer's label for S and T is the name the list opened
    # carries in its title and in the help (the footer once said "Stats" for "Figures").
    from pressreader.tui.screens.speakers import SpeakersScreen
    from pressreader.tui.screens.statistics import LibraryStatisticsScreen

    labels = {
        binding.id: binding.description
        for binding in LibraryScreen.BINDINGS
        if not isinstance(binding, tuple)
    }
    for binding_id, screen in (
        ("library.speakers", SpeakersScreen),
        ("library.statistics", LibraryStatisticsScreen),
    ):
        label = labels[binding_id]
        assert screen.TITLE_TEXT.split()[0] == label, (binding_id, label, screen.TITLE_TEXT)
        assert label == screen.HELP_GROUP, (binding_id, label, screen.HELP_GROUP)
