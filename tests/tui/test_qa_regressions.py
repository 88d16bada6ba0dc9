"""Regressions found by using pressreader as a new user would, each pinned by a test."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar

from .conftest import SAMPLE
from .helpers import screen_text

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"


async def _open_article(pilot: Pilot[int]) -> ArticleScreen:
    app = pilot.app
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ArticleScreen), type(screen)
    return screen


def _app() -> PressReaderApp:
    return PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)


async def test_keys_still_work_after_the_terminal_was_too_small_for_a_while() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_article(pilot)
        view = screen.query_one(ArticleView)
        assert view.has_focus
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        await pilot.pause()
        # The reader's focus comes back with the content: j scrolls the text again.
        assert view.has_focus
        before = view.scroll_y
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert view.scroll_y > before


async def test_a_side_panel_folded_away_by_a_narrower_terminal_gives_the_focus_back() -> None:
    from pressreader.tui.widgets.toc import TocPanel

    for small in [(80, 24), (30, 8)]:
        app = _app()
        async with app.run_test(size=(150, 40)) as pilot:
            screen = await _open_article(pilot)
            view = screen.query_one(ArticleView)
            toc = screen.query_one(TocPanel)
            toc.focus()
            await pilot.pause()
            # Narrower than the breakpoint of the sections' column (and, for the second
            # size, below the usable size on the way): the sections fold into the
            # breadcrumb with the list that had focus.
            await pilot.resize_terminal(*small)
            await pilot.pause()
            await pilot.resize_terminal(80, 24)
            await pilot.pause()
            await pilot.pause()
            assert not toc.display
            # Not a hidden panel (Textual hands the focus to the folded panel's neighbour):
            # keys scroll the text the reader sees.
            assert view.has_focus, screen.focused
            before = view.scroll_y
            await pilot.press("j", "j")
            await pilot.pause()
            assert view.scroll_y > before


async def test_after_enter_in_the_find_bar_n_steps_to_the_next_match_as_in_less() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_article(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"china")
        await pilot.pause()
        bar = screen.query_one(FindBar)  # mounted by the first `/`
        await pilot.press("enter")  # accepts the match in view
        await pilot.pause()
        results = view.find_results
        assert results is not None and len(results) > 3
        assert view.current_match == 0
        # n is a key for the reader now, not a letter for the query.
        await pilot.press("n", "n", "N")
        await pilot.pause()
        assert bar.input.value == "china"
        assert view.current_match == 1
        # The bar stays open with its counter until Escape closes it.
        assert bar.is_open
        await pilot.press("escape")
        assert not bar.is_open
        assert isinstance(app.screen, ArticleScreen)


async def test_an_empty_filter_result_points_to_the_full_text_search(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("slash", *"zqxw")
        await pilot.pause()
        assert not app.screen.shown
        assert "Enter searches the full text" in screen_text(app)


async def test_section_keys_that_cannot_move_say_why() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_article(pilot)
        view = screen.query_one(ArticleView)
        sections = len(screen.article.sections)
        assert sections < 9
        await pilot.press("9")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert f"No section 9: this article has {sections} sections" in messages
        await pilot.press(str(sections))
        await pilot.pause()
        assert view.current_section == sections - 1
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "This is the last section" in [n.message for n in app._notifications]
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "This is the first section" in [n.message for n in app._notifications]


async def test_n_typed_in_a_burst_right_after_enter_steps_instead_of_typing() -> None:
    from textual import events

    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_article(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"china")
        await pilot.pause()
        bar = screen.query_one(FindBar)  # mounted by the first `/`
        # Over SSH the keys can arrive together: Enter and the n after it in one read.
        for key, char in [("enter", "\r"), ("n", "n"), ("n", "n")]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert bar.input.value == "china"
        assert view.has_focus
        assert view.current_match == 2  # Enter kept the first; each n stepped


async def test_the_library_cursor_row_carries_a_marker_not_only_a_colour(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        rows = [line for line in screen_text(app).splitlines() if "›" in line]
        assert len(rows) == 1
        assert rows[0].lstrip().startswith("›")


async def test_library_views_mark_the_highlighted_row_not_only_by_colour() -> None:
    from textual.widgets import OptionList

    from pressreader.tui.screens.speakers import SpeakersScreen

    from .conftest import READER_DATA
    from .views_helpers import open_view, settle

    app = PressReaderApp([READER_DATA], use_user_config=False)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        options = screen.query_one(OptionList)
        options.focus()
        await pilot.press("down")
        await settle(pilot)
        highlighted = options.highlighted
        assert highlighted == 1
        marked = [line for line in screen_text(app).splitlines() if line.startswith("›")]
        assert len(marked) == 1
        # The marker sits beside the highlighted speaker.
        name = str(options.get_option_at_index(highlighted).prompt).split("  ")[0]
        assert marked[0].startswith(f"› {name}")


async def test_keys_typed_after_q_while_the_app_closes_do_not_crash_it(library: Path) -> None:
    from textual import events

    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        # "q" then more keys in the same burst, before the app has closed.
        for key, char in [("q", "q"), ("question_mark", "?"), ("S", "S")]:
            app.post_message(events.Key(key, char))
        for _ in range(5):
            await pilot.pause()
    assert app.return_code == 0, app._exception


async def test_a_file_deleted_while_open_is_said_once(tmp_path: Path) -> None:
    # The notice said "The file was deleted: showing the last version read: PATH: error:
    # the file was deleted or moved; showing the last version read".
    path = tmp_path / "a.yaml"
    path.write_bytes(SAMPLE_FILE.read_bytes())
    app = PressReaderApp([path], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_article(pilot)
        path.unlink()
        from pressreader.tui.screens.reading_keeper import ReadingKeeper

        screen.query_one(ReadingKeeper).check_file()
        for _ in range(200):
            await pilot.pause(0.02)
            if app._notifications:
                break
        [notice] = [n for n in app._notifications if "was deleted" in f"{n.title} {n.message}"]
        said = f"{notice.title} {notice.message}"
        assert said.count("was deleted") == 1 and said.count("showing the last version") == 1
        assert str(path) in said
