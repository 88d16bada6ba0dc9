"""Find on the article screen as a reader meets it: Enter accepts the match in view, an
invalid pattern says why, and notices sit where they hide nothing being read."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Footer, Input, Label

from pressreader.tui.app import PressReaderApp
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar

from .helpers import screen_lines, wait_until
from .test_article_screen import SAMPLE_FILE, _open


def _app() -> PressReaderApp:
    return PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)


def _status(app: PressReaderApp) -> str:
    return app.screen.query_one("#find-status", Label).render().plain


def _notices(app: PressReaderApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_enter_accepts_the_match_in_view_and_n_steps() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"Belt")
        await pilot.pause()
        assert _status(app) == "1/2"
        await pilot.press("enter")
        await pilot.pause()
        # The match on screen stays the current one; the typing is over.
        assert view.current_match == 0 and _status(app) == "1/2"
        assert app.focused is view
        await pilot.press("n")
        assert view.current_match == 1 and _status(app) == "2/2"
        await pilot.press("N")
        assert view.current_match == 0 and _status(app) == "1/2"


async def test_enter_on_an_invalid_regex_keeps_the_error_and_the_field() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", "ctrl+r", *"(unclosed")
        await wait_until(pilot, lambda: "invalid regex" in _status(app))
        await pilot.press("enter")
        await pilot.pause()
        assert "invalid regex" in _status(app)
        assert not any("No matches" in notice for notice in _notices(app))
        # The pattern can be mended at once.
        assert isinstance(app.focused, Input)
        await pilot.press("backspace", *"d)")
        await wait_until(pilot, lambda: "/" in _status(app))
        assert "invalid" not in _status(app)
        # n after the bar closed names the error too, not "No matches".
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.open_find_bar is None
        screen.state.find_query = "(unclosed"
        await pilot.press("n")
        await wait_until(pilot, lambda: bool(_notices(app)))
        assert any("invalid regex" in notice for notice in _notices(app)), _notices(app)


async def test_a_wrapped_search_says_so_in_the_counter_not_over_it() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"Belt", "enter", "n")
        assert _status(app) == "2/2"
        await pilot.press("n")
        assert view.current_match == 0
        assert _status(app) == "1/2 wrapped to the top"
        assert not any("wrapped" in notice for notice in _notices(app))
        await pilot.press("n")
        assert _status(app) == "2/2"
        await pilot.press("N", "N")
        assert _status(app) == "2/2 wrapped to the bottom"


def _toasts(app: PressReaderApp) -> list[Widget]:
    return list(app.screen.query("Toast"))


async def test_a_notification_covers_neither_the_find_bar_nor_a_status_line() -> None:
    app = _app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", *"Belt", "enter")
        await pilot.pause()
        bar = screen.query_one(FindBar)
        await pilot.press("y")  # nothing selected: a warning
        await wait_until(pilot, lambda: bool(_toasts(app)))
        toasts = _toasts(app)
        assert toasts
        footer = screen.query_one(Footer)
        for toast in toasts:
            assert not toast.region.overlaps(bar.region), (toast.region, bar.region)
            # It takes the footer's line, as a message line does.
            assert toast.region.y >= footer.region.y
            assert toast.region.width == footer.region.width  # none of the keys shows through


async def test_a_notification_leaves_the_bookmark_lists_status_line_readable() -> None:
    app = _app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open(pilot)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")  # the bookmark, without a note
        await pilot.pause()
        await pilot.press("apostrophe")
        await pilot.pause()
        status = app.screen.query_one(".view-status")
        await pilot.press("d")  # "Bookmark deleted" replaces "Bookmark set"
        await wait_until(pilot, lambda: any("deleted" in n for n in _notices(app)))
        await pilot.pause()
        toasts = _toasts(app)
        assert len(toasts) == 1
        assert not toasts[0].region.overlaps(status.region), (toasts[0].region, status.region)
        assert "No bookmarks yet" in str(status.render())


async def test_enter_typed_before_the_search_reports_applies_to_its_results() -> None:
    from textual import events

    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"Belt", "enter")
        await pilot.pause()
        assert app.focused is view
        # As a fast typist sends them: a new pattern and Enter, before its search reports.
        await pilot.press("slash", "ctrl+r")
        await pilot.pause()
        for key, char in [("backspace", None), *[(c, c) for c in "(un"], ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await wait_until(pilot, lambda: "invalid regex" in _status(app))
        await pilot.pause()
        # Enter met the error, not the old matches: the field keeps the focus.
        assert isinstance(app.focused, Input), app.focused
        await pilot.press("end", "backspace", "backspace", "backspace", *"Road", "enter")
        await wait_until(pilot, lambda: _status(app).startswith("1/"))
        await pilot.pause()
        assert app.focused is view and view.current_match == 0, (
            _status(app),
            screen.find_bar.input.value,
        )


async def test_a_notice_draws_no_symbol_the_reader_uses_for_something_else() -> None:
    app = _app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open(pilot)
        app.notify("A notice", severity="warning")
        await wait_until(pilot, lambda: bool(_toasts(app)))
        await pilot.pause()
        last = screen_lines(app)[-1]
        assert last.strip() == "A notice", last  # no ▌ (the margin's mark for a match)


async def test_a_typed_letter_and_its_matches_share_one_frame() -> None:
    # The search runs as the key changes the field's value, before the frame that shows the
    # letter: a search a message later would come one frame after the letter alone.
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash")
        await pilot.pause()
        field = screen.query_one("#find-input", Input)
        field.value = "Belt"  # no await: nothing else has run since
        assert view.find_results is not None and len(view.find_results) == 2
        assert _status(app) == "1/2"
