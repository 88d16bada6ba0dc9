"""The library's virtual list, and the library screen's first page read from a warm index."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult

from pressreader.library.loading import EntryRow
from pressreader.model import Problem
from pressreader.tui import library_source
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import library as library_screen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.widgets.library_list import LibraryList

from .conftest import article_yaml
from .helpers import screen_lines, screen_text, wait_until


def _row(index: int, *, title: str | None = None, problem: Problem | None = None) -> EntryRow:
    return EntryRow(
        f"/lib/a{index:05}.yaml",
        0,
        f"a{index}",
        title if title is not None else f"Article {index:05}",
        "Daily",
        "2024-01-01",
        index % 3,
        index % 2,
        "",
        "",
        1 if problem else 0,
        problem,
    )


class ListApp(App[None]):
    def __init__(self, rows: list[EntryRow]) -> None:
        super().__init__()
        self.rows = rows
        self.highlighted: list[int] = []
        self.selected: list[EntryRow] = []

    def compose(self) -> ComposeResult:
        yield LibraryList(id="list")

    def on_mount(self) -> None:
        listing = self.query_one(LibraryList)
        listing.show_rows(self.rows)
        listing.focus()

    def on_library_list_highlighted(self, event: LibraryList.Highlighted) -> None:
        self.highlighted.append(event.index)

    def on_library_list_selected(self, event: LibraryList.Selected) -> None:
        self.selected.append(event.row)


async def test_only_the_rows_on_screen_are_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[int] = []
    real = LibraryList._render_row

    def spy(self: LibraryList, index: int, *args: Any) -> object:
        rendered.append(index)
        return real(self, index, *args)

    monkeypatch.setattr(LibraryList, "_render_row", spy)
    app = ListApp([_row(i) for i in range(20_000)])
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        assert "Article 00000" in screen_text(app)
        assert rendered and max(rendered) < 20  # a screenful, not 20,000 rows
        assert len(rendered) == len(set(rendered))  # each drawn once
        rendered.clear()
        await pilot.press("end")
        await pilot.pause()
        assert "Article 19999" in screen_text(app)
        assert rendered and min(rendered) >= 20_000 - 20


async def test_keys_move_the_cursor_and_keep_it_in_view() -> None:
    app = ListApp([_row(i) for i in range(100)])
    async with app.run_test(size=(80, 12)) as pilot:
        listing = app.query_one(LibraryList)
        await pilot.pause()
        assert listing.cursor_row == 0
        await pilot.press("j", "down", "j")
        assert listing.cursor_row == 3
        await pilot.press("k")
        assert listing.cursor_row == 2
        await pilot.press("pagedown")
        assert listing.cursor_row > 2
        await pilot.pause()
        row = listing.cursor_row
        assert f"Article {row:05}" in screen_text(app)
        await pilot.press("G")
        await pilot.pause()
        assert listing.cursor_row == 99
        assert "Article 00099" in screen_text(app)
        await pilot.press("pageup")
        await pilot.pause()
        assert listing.cursor_row < 99
        assert f"Article {listing.cursor_row:05}" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert listing.cursor_row == 0
        assert "Article 00000" in screen_text(app)
        assert app.highlighted[-1] == 0


async def test_enter_and_a_second_click_open_the_row() -> None:
    app = ListApp([_row(i) for i in range(10)])
    async with app.run_test(size=(80, 12)) as pilot:
        listing = app.query_one(LibraryList)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert [r.title for r in app.selected] == ["Article 00001"]
        # The header is line 0: line 4 is the row at index 3.
        await pilot.click(LibraryList, offset=(10, 4))
        await pilot.pause()
        assert listing.cursor_row == 3
        assert len(app.selected) == 1  # the first click only highlights
        await pilot.click(LibraryList, offset=(10, 4))
        await pilot.pause()
        assert [r.title for r in app.selected] == ["Article 00001", "Article 00003"]
        await pilot.click(LibraryList, offset=(10, 0))  # the header opens nothing
        await pilot.pause()
        assert len(app.selected) == 2


async def test_rows_show_markers_problems_and_escaped_text() -> None:
    problem = Problem("error", "/lib/bad.yaml", 4, 7, "invalid YAML")
    rows = [
        _row(0, title="Plain [b]markup[/b] \x1b[31mred"),
        _row(1, title="bad.yaml", problem=problem),
    ]
    app = ListApp(rows)
    async with app.run_test(size=(90, 10)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        first = next(line for line in lines if "Plain" in line)
        assert "[b]markup[/b]" in first and "\x1b" not in first
        broken = next(line for line in lines if "bad.yaml" in line)
        assert broken.lstrip().startswith("!")
        assert "4:7: invalid YAML" in broken


async def test_a_narrow_list_cuts_long_titles_with_an_ellipsis() -> None:
    app = ListApp([_row(0, title="A title far too long " * 5)])
    async with app.run_test(size=(50, 8)) as pilot:
        await pilot.pause()
        line = next(line for line in screen_lines(app) if "A title" in line)
        assert "…" in line and "2024-01-01" in line
        assert len(line) <= 50


async def _build_index(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()


async def test_a_warm_index_lists_the_newest_articles_before_checking_for_changes(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _build_index(library)
    release = threading.Event()
    real_load = library_screen.load_library

    def blocked_load(*args: Any, **kwargs: Any) -> list[EntryRow]:
        release.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(library_screen, "load_library", blocked_load)
    monkeypatch.setattr(library_source, "FIRST_PAGE", 2)
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        listing = screen.query_one(LibraryList)
        # The first page, from the index as it was, while the freshness check waits.
        assert not listing.loading
        assert [e.title for e in screen.shown] == ["New harbour opens", "Middle of the road"]
        assert "New harbour opens" in screen_text(app)
        # The counts are the whole library's, not the page's.
        assert "3 articles · 1 broken file" in screen_text(app)
        await pilot.press("j")
        assert listing.cursor_row == 1
        # A newer article arrives before the check runs: the list picks it up.
        (library / "newest.yaml").write_text(
            article_yaml("Newest of all", published="2025-01-01"), encoding="utf-8"
        )
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [e.title for e in screen.shown] == [
            "Newest of all",
            "New harbour opens",
            "Middle of the road",
            "Old bridges",
            "zz-broken.yaml",
        ]
        # The cursor stays on the article it was on.
        assert listing.cursor_row == 2
        assert "4 articles · 1 broken file" in screen_text(app)


async def test_the_filter_reads_the_whole_library_once_it_is_loaded(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _build_index(library)
    monkeypatch.setattr(library_source, "FIRST_PAGE", 1)
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        # The rest of the library is listed after the first page's frame.
        await wait_until(pilot, lambda: len(screen.shown) == 4)
        assert len(screen.shown) == 4
        await pilot.press("slash", *"bridges")
        await wait_until(pilot, lambda: len(screen.shown) == 1)
        assert [e.title for e in screen.shown] == ["Old bridges"]
        assert "1 of 3 articles" in screen_text(app)


async def test_no_index_yet_waits_for_the_worker_with_an_indicator(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_load = library_screen.load_library

    def blocked_load(*args: Any, **kwargs: Any) -> list[EntryRow]:
        release.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(library_screen, "load_library", blocked_load)
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one(LibraryList)
        assert listing.loading and listing.row_count == 0
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not listing.loading and listing.row_count == 4


async def test_a_screen_that_supplies_its_entries_lists_them_newest_first() -> None:
    import datetime as dt

    from pressreader.library.entries import LibraryEntry

    given = [
        LibraryEntry(Path("/lib/old.yaml"), 0, "old", "Old", published=dt.date(2001, 1, 1)),
        LibraryEntry(Path("/lib/new.yaml"), 0, "new", "New", published=dt.date(2020, 1, 1)),
    ]

    class GivenScreen(LibraryScreen):
        def load_entries(self) -> list[LibraryEntry]:
            return list(given)

    class GivenApp(PressReaderApp):
        def get_default_screen(self) -> GivenScreen:  # type: ignore[override]
            return GivenScreen(self.paths, self.max_bytes)

    app = GivenApp([Path("/lib")], use_user_config=False)
    async with app.run_test(size=(100, 20)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GivenScreen)
        assert list(screen.shown) == [given[1], given[0]]
        assert list(app.entries) == [given[1], given[0]]


@pytest.mark.parametrize("width", [120, 80, 60, 44])
async def test_the_header_says_what_each_column_holds_in_whole_words(width: int) -> None:
    # "Daily" is shorter than "Outlet": the header is not cut to the names' width.
    app = ListApp([_row(i) for i in range(3)])
    async with app.run_test(size=(width, 8)) as pilot:
        await pilot.pause()
        header = screen_lines(app)[0].split()
        # Words, not Q and S (S is also the speakers key), and no bare marker symbol.
        assert header[:1] == ["Title"]
        assert header[-2:] == ["Quotes", "Stats"]
        assert set(header) <= {"Title", "Outlet", "Date", "Quotes", "Stats"}
        if width >= 60:
            assert header == ["Title", "Outlet", "Date", "Quotes", "Stats"]
        # The counts stand under their headers (right-aligned): row 1 has 1 statistic.
        lines = screen_lines(app)
        assert lines[2].rstrip().endswith("1")
        assert len(lines[2].rstrip()) == len(lines[0].rstrip())


async def test_a_broken_files_message_takes_the_whole_row() -> None:
    message = "mapping values are not allowed here; a colon in a plain value needs quotes"
    problem = Problem("error", "/lib/bad.yaml", 4, 7, message)
    app = ListApp([_row(0), _row(1, title="bad.yaml", problem=problem)])
    async with app.run_test(size=(120, 8)) as pilot:
        await pilot.pause()
        broken = next(line for line in screen_lines(app) if "bad.yaml" in line)
        assert f"4:7: {message}" in broken


async def test_the_status_line_says_what_the_markers_mean(library: Path) -> None:
    (library / "warned.yaml").write_text(
        article_yaml("Warned").replace("\nquotes:", "\nqoutes:"), encoding="utf-8"
    )
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = screen_lines(app)[-2]
        assert "4 articles · 1 broken file (!) · 1 with warnings (~)" in status
