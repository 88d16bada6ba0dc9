"""The article screen: regions, section navigation, panels, find, copy, going back."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Label

from pressreader.tui.app import PressReaderApp
from pressreader.tui.palette import ReaderCommands
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.library import LibraryScreen, LibraryTable
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel
from pressreader.tui.widgets.toc import TocPanel

from .conftest import READER_DATA, SAMPLE
from .helpers import screen_text, wait_until

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"


async def _open(
    pilot: Pilot[int],
) -> ArticleScreen:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ArticleScreen), type(screen)
    return screen


def _app(path: Path = SAMPLE_FILE, *, direct: bool = True) -> PressReaderApp:
    return PressReaderApp([path], use_user_config=False, open_direct=direct)


async def test_a_single_file_opens_straight_into_its_article() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        assert screen.article.title.startswith("Join hands")
        text = screen_text(app)
        assert "Join hands to create a better future" in text
        assert "Sections" in text and "Quotes" in text and "Statistics" in text
        assert screen.query_one(ArticleView).has_focus
        assert app.state.article is screen.state


async def test_a_file_with_several_articles_opens_the_library(tmp_path: Path) -> None:
    from .conftest import article_yaml

    both = article_yaml("First one") + "---\n" + article_yaml("Second one")
    path = tmp_path / "two.yaml"
    path.write_text(both, encoding="utf-8")
    app = _app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert len(app.screen.shown) == 2


async def test_80x24_shows_the_quotes_and_statistics_under_the_text() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        sidebar = screen.query_one("#sidebar")
        quotes = screen.query_one(QuotesPanel)
        statistics = screen.query_one(StatisticsPanel)
        toc = screen.query_one(TocPanel)
        view = screen.view
        # No key pressed: the quotes and statistics show, with their counts, in a strip
        # under the text, side by side; the sections are a breadcrumb over the text.
        assert sidebar.display and not toc.display
        assert quotes.region.y > view.region.y and quotes.region.y == statistics.region.y
        assert statistics.region.x > quotes.region.x
        assert view.region.width == 80
        text = screen_text(app)
        quote_count, statistic_count = len(screen.article.quotes), len(screen.article.statistics)
        assert f"Quotes ({quote_count})" in text
        assert f"Statistics ({statistic_count})" in text
        assert f"§ 1/{len(screen.article.sections)}" in text and "Tab: quotes" in text
        # The strip grows while it has the focus.
        strip_height = sidebar.region.height
        await pilot.press("tab")
        await pilot.pause()
        assert quotes.has_focus and sidebar.region.height > strip_height
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display and view.has_focus
        await pilot.press("s")
        assert sidebar.display
        # The footer names the toggles.
        footer = screen_text(app).splitlines()[-1]
        assert "t Sections" in footer and "s Sidebar" in footer


async def test_tab_goes_through_every_region_at_80x24_showing_a_folded_one() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        toc = screen.query_one(TocPanel)
        sidebar = screen.query_one("#sidebar")
        await pilot.press("s")  # the strip folded away
        assert not sidebar.display
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            seen.append(type(app.focused).__name__)
            if seen[-1] == "QuotesPanel":
                assert sidebar.display  # shown again by Tab
            if seen[-1] == "TocPanel":
                assert toc.display  # the sections' pop-up list
        assert seen == ["QuotesPanel", "StatisticsPanel", "TocPanel", "ArticleView"]
        assert not toc.display  # the pop-up closes as the focus leaves it
        await pilot.press("shift+tab")
        await pilot.pause()
        assert toc.has_focus and toc.display
        # Choosing a section closes it and goes there.
        await pilot.press("G", "enter")
        await pilot.pause()
        assert not toc.display and screen.view.has_focus
        assert screen.view.current_section == len(screen.article.sections) - 1


async def test_t_opens_the_sections_as_a_pop_up_list_below_140_columns() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        toc = screen.query_one(TocPanel)
        assert not toc.display
        # The text keeps a comfortable measure beside the sidebar.
        assert screen.view.text_width >= 60
        await pilot.press("t")
        await pilot.pause()
        assert toc.display and toc.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert not toc.display and screen.view.has_focus
        # A click on the breadcrumb opens them too.
        await pilot.click("#crumb")
        await pilot.pause()
        assert toc.display and toc.has_focus


async def test_wide_terminal_shows_three_regions_and_toggles_each() -> None:
    app = _app()
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await _open(pilot)
        sidebar = screen.query_one("#sidebar")
        toc = screen.query_one(TocPanel)
        assert sidebar.display and toc.display
        assert not screen.query_one("#crumb").display
        assert screen.view.text_width >= 60
        await pilot.press("s")
        assert not sidebar.display and toc.display
        await pilot.press("t")
        assert not toc.display
        await pilot.press("s", "t")
        assert sidebar.display and toc.display


async def test_next_section_marks_the_table_of_contents() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        toc = screen.query_one(TocPanel)
        assert toc.current == 0
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert toc.current == 1
        assert screen.view.current_section == 1
        heading = screen.article.sections[1].heading
        top = "".join(screen.view.render_line(y).text for y in range(3))
        assert heading and " ".join(heading.split()[:3]) in top  # at the top of the text
        await pilot.press("3")
        await pilot.pause()
        assert toc.current == 2
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert toc.current == 1


async def test_choosing_a_section_in_the_contents_jumps_there() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        toc = screen.query_one(TocPanel)
        toc.focus()
        await pilot.press("G", "enter")
        await pilot.pause()
        last = len(screen.article.sections) - 1
        assert toc.current == last
        assert screen.query_one(ArticleView).has_focus
        heading = screen.article.sections[last].heading
        assert heading is not None and heading[:30] in screen_text(app)


async def test_tab_cycles_focus_between_regions_and_escape_leaves_a_panel() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert {"QuotesPanel", "StatisticsPanel", "TocPanel", "ArticleView"} <= set(seen)
        screen.query_one(QuotesPanel).focus()
        await pilot.press("escape")
        assert screen.query_one(ArticleView).has_focus
        assert app.screen is screen


async def test_selecting_a_quote_or_statistic_highlights_its_span() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        quotes = screen.query_one(QuotesPanel)
        quotes.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        index = quotes.selected_index
        assert index is not None
        assert view.selected_anchor == screen.article.quotes[index].anchor
        stats = screen.query_one(StatisticsPanel)
        stats.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        sindex = stats.selected_index
        assert sindex is not None
        assert view.selected_anchor == screen.article.statistics[sindex].anchor


async def test_y_copies_the_selected_quote_with_a_citation() -> None:
    app = _app()
    copied: list[str] = []
    async with app.run_test(size=(120, 36)) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        screen = await _open(pilot)
        await pilot.press("y")
        assert copied == []  # nothing selected yet: a warning, no copy
        # The warning says how to reach the quotes.
        warning = [n.message for n in app._notifications][-1]
        assert "Tab" in warning and "quotes" in warning
        quotes = screen.query_one(QuotesPanel)
        quotes.focus()
        await pilot.press("down")
        await pilot.press("y")
        await pilot.pause()
        quote = screen.article.quotes[quotes.selected_index or 0]
        assert len(copied) == 1
        assert quote.speaker in copied[0] and "Workers' Daily" in copied[0]
        messages = [n.message for n in app._notifications]
        assert f"Copied quote by {quote.speaker}" in messages
        stats = screen.query_one(StatisticsPanel)
        stats.focus()
        await pilot.press("y")
        statistic = screen.article.statistics[stats.selected_index or 0]
        assert statistic.label in copied[-1]


async def test_find_highlights_counts_steps_wraps_and_closes() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        # The bar is mounted by the first `/` (nothing of it is built before).
        assert not screen.query(FindBar) and screen.open_find_bar is None
        await pilot.press("slash", *"diplomacy")
        await pilot.pause()
        bar = screen.query_one(FindBar)
        results = view.find_results
        assert bar.is_open and results is not None and len(results) > 3
        total = len(results)
        assert f"1/{total}" in screen_text(app)
        # The panels light what the query touches once the typing pauses.
        await wait_until(pilot, lambda: bool(screen.query_one(QuotesPanel).find_hits))
        assert screen.query_one(QuotesPanel).find_hits
        await pilot.press("enter")  # accepts the match in view
        assert view.current_match == 0
        await pilot.press("n")
        assert view.current_match == 1
        await pilot.press("escape")  # closes the bar, keeps the screen
        assert not bar.is_open and view.find_results is None
        assert not screen.query_one(QuotesPanel).find_hits
        assert app.screen is screen
        # n repeats the last search after the bar was closed, as in less.
        await pilot.press("n")
        assert view.find_results is not None
        start = view.current_match
        assert start is not None
        for _ in range(total - start - 1):
            await pilot.press("n")
        app._notifications.clear()
        await pilot.press("n")
        assert view.current_match == 0
        assert any("wrapped" in n.message for n in app._notifications)
        await pilot.press("N")
        assert view.current_match == total - 1
        assert screen.state.find_query == "diplomacy"


async def test_reopening_the_find_bar_shows_the_last_query_with_its_matches() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"diplomacy", "escape")
        await pilot.pause()
        assert view.find_results is None
        await pilot.press("slash")
        await pilot.pause()
        results = view.find_results
        assert results is not None and len(results) > 3
        assert f"/{len(results)}" in screen.query_one("#find-status", Label).render().plain
        await wait_until(pilot, lambda: bool(screen.query_one(QuotesPanel).find_hits))
        assert screen.query_one(QuotesPanel).find_hits
        # Typing replaces the selected query, as before.
        await pilot.press(*"mankind")
        await pilot.pause()
        assert screen.state.find_query == "mankind"


async def test_an_invalid_regex_is_reported_in_the_bar() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", "ctrl+r", *"(unclosed")
        await pilot.pause()
        assert "invalid regex" in screen_text(app)
        assert app.screen is screen


async def test_escape_steps_back_to_the_library_keeping_its_cursor(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library_screen = app.screen
        assert isinstance(library_screen, LibraryScreen)
        await pilot.press("down", "enter")
        screen = await _open(pilot)
        assert screen.article.title == "Middle of the road"
        await pilot.press("escape")
        assert app.screen is library_screen
        assert library_screen.query_one(LibraryTable).cursor_row == 1
        await pilot.press("down", "enter")
        screen = await _open(pilot)
        assert screen.article.title == "Old bridges"
        await pilot.press("q")  # q goes back too...
        assert app.screen is library_screen
        assert library_screen.query_one(LibraryTable).cursor_row == 2
        await pilot.press("q")  # ...then quits
        await pilot.pause()
        assert not app.is_running


async def test_q_quits_an_article_opened_directly() -> None:
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _open(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_palette_commands_depend_on_the_screen(library: Path) -> None:
    app = PressReaderApp([library, SAMPLE_FILE], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        on_library = [text for text, _help, _cb in ReaderCommands(app.screen)._commands()]
        assert not any(t.startswith("Go to") for t in on_library)
        assert any(t.startswith("Open article: Old bridges") for t in on_library)
        assert "Change theme: nord" in on_library
        app.open_entry(next(e for e in app.entries if e.title.startswith("Join")))
        screen = await _open(pilot)
        commands = {text: cb for text, _help, cb in ReaderCommands(screen)._commands()}
        assert any(t.startswith("Go to section 2:") for t in commands)
        quote = screen.article.quotes[3]
        name = next(t for t in commands if t.startswith(f"Go to quote by {quote.speaker}"))
        statistic = next(t for t in commands if t.startswith("Go to statistic:"))
        commands[name]()
        await pilot.pause()
        assert screen.query_one(ArticleView).selected_anchor is not None
        commands[statistic]()
        await pilot.pause()
        assert screen.query_one(ArticleView).selected_anchor == screen.article.statistics[0].anchor
        commands["Change theme: nord"]()
        assert app.theme == "nord"
        open_other = next(t for t in commands if t.startswith("Open article: Old bridges"))
        commands[open_other]()
        other = await _open(pilot)
        assert other.article.title == "Old bridges"
        # Opening another article replaces the open one: the library is right below.
        assert len(app.screen_stack) == 2


async def test_palette_entries_fit_one_line_at_80_columns() -> None:
    for path in (SAMPLE_FILE, READER_DATA / "cjk.yaml"):
        app = _app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _open(pilot)
            texts = [text for text, _help, _cb in ReaderCommands(screen)._commands()]
            quotes = [t for t in texts if t.startswith("Go to quote by")]
            assert quotes and any(t.endswith("…") for t in texts)
            # The palette lists entries 8 cells narrower than the screen; wider ones wrap.
            assert max(cell_len(t) for t in texts) <= 80 - 8


async def test_cjk_article_reads_and_finds() -> None:
    app = _app(READER_DATA / "cjk.yaml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        title = screen.article.title
        assert title[:6] in screen_text(app)
        needle = screen.article.sections[0].paragraphs[0][2:5]
        await pilot.press("slash", *needle)
        await pilot.pause()
        assert view.find_results is not None and len(view.find_results) >= 1


async def test_resizing_the_article_never_crashes() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", *"china")
        sizes = [(80, 24), (20, 6), (39, 9), (40, 10), (200, 60), (60, 15), (21, 7), (120, 36)]
        for width, height in sizes:
            await pilot.resize_terminal(width, height)
            small = width < 40 or height < 10
            await wait_until(pilot, lambda s=small: ("Terminal too small" in screen_text(app)) == s)
            assert ("Terminal too small" in screen_text(app)) == small, (width, height)
            # Keys at any size do no harm.
            await pilot.press("right_square_bracket", "s", "t", "n")
            await pilot.pause()
        assert app.screen is screen
        assert "Terminal too small" not in screen_text(app)


async def test_text_width_setting_reaches_the_article() -> None:
    from pressreader.tui.config import Config

    app = PressReaderApp([SAMPLE_FILE], open_direct=True, config=Config(text_width=60))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        assert view.max_width == 60
        assert view.text_width == 60
        widest = max(len(line.rstrip()) for line in screen_text(app).splitlines())
        assert widest > 100  # the screen is wide; the text column is not


async def test_a_screen_opened_in_a_tiny_terminal_shows_the_note(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        app.open_entry(app.entries[0])  # e.g. from a search while the terminal is tiny
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert "Terminal too small" in screen_text(app)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert "New harbour opens" in screen_text(app)


async def test_panel_choices_carry_over_to_the_next_article(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(150, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        screen = await _open(pilot)
        await pilot.press("t", "s")
        assert not screen.query_one(TocPanel).display
        await pilot.press("escape", "down", "enter")
        other = await _open(pilot)
        assert other is not screen
        assert not other.query_one(TocPanel).display
        assert not other.query_one("#sidebar").display


async def test_the_sidebar_choice_holds_at_any_width() -> None:
    app = _app()
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _open(pilot)
        assert screen.query_one("#sidebar").display
        await pilot.press("s")
        assert not screen.query_one("#sidebar").display and screen.state.sidebar_open is False
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert not screen.query_one("#sidebar").display


async def test_keys_typed_in_a_burst_after_slash_reach_the_find_field() -> None:
    from textual import events

    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        # As a paste or a fast typist sends them: queued before `/` has been handled.
        for key, char in [("slash", "/"), *[(c, c) for c in "china"], ("slash", "/"), ("x", "x")]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        bar = screen.query_one(FindBar)
        assert bar.is_open
        assert bar.input.value == "china/x"  # `/` in the field is a character


async def test_a_text_width_changed_while_reading_holds_for_the_next_article(
    library: Path,
) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        before = view.max_width
        await pilot.press("minus", "minus")
        assert view.max_width < before
        narrowed = view.max_width
        await pilot.press("escape", "down", "enter")
        other = await _open(pilot)
        assert other.query_one(ArticleView).max_width == narrowed


async def test_a_file_opened_directly_steps_back_to_its_library_entry() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        assert len(app.screen_stack) == 1  # no library was built for the first screen
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [e.title for e in library.shown] == [screen.article.title]
        await pilot.press("enter")
        again = await _open(pilot)
        assert again.article.title == screen.article.title
        assert len(app.screen_stack) == 2


async def test_garbage_collection_paused_for_the_start_resumes_after_the_first_frame() -> None:
    """And what the start made, then the article's complete layout, is frozen out of the
    collections while the article is read; closing the article lets it go (gc_policy)."""
    import gc

    gc.disable()
    gc.unfreeze()
    try:
        app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True, gc_paused=True)
        async with app.run_test(size=(120, 36)) as pilot:
            await _open(pilot)
            await pilot.pause()
            assert gc.isenabled()
            frozen = gc.get_freeze_count()
            assert frozen > 0
            # A new width: the view lays the article out again in the background, then
            # freezes the new layout too.
            await pilot.resize_terminal(100, 30)
            await wait_until(pilot, lambda: gc.get_freeze_count() > frozen)
            assert gc.get_freeze_count() > frozen
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
        gc.freeze()  # as the suite's conftest leaves it


async def test_an_app_that_does_not_manage_garbage_collection_freezes_nothing() -> None:
    import gc

    gc.unfreeze()
    try:
        async with _app().run_test(size=(120, 36)) as pilot:
            await _open(pilot)
            await pilot.pause(0.3)
            assert gc.get_freeze_count() == 0
    finally:
        gc.freeze()


async def test_an_article_opened_from_a_search_over_a_direct_article_steps_back_via_it() -> None:
    from textual.widgets import OptionList

    from pressreader.tui.screens.library_views import open_search
    from pressreader.tui.screens.search_results import SearchResultsScreen

    from .views_helpers import escape_through, settle

    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        first = await _open(pilot)
        open_search(app, "future")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, SearchResultsScreen)
        assert results.hits
        results.query_one(OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        other = app.screen
        assert isinstance(other, ArticleScreen) and other is not first
        # The library came in under the article opened first; the search stays between.
        assert [type(s) for s in app.screen_stack[1:]] == [
            ArticleScreen,
            SearchResultsScreen,
            ArticleScreen,
        ]
        assert isinstance(app.screen_stack[0], LibraryScreen)
        await pilot.press("escape")  # the find bar the hit opened
        await escape_through(pilot, SearchResultsScreen, ArticleScreen)
        assert app.screen is first
        await escape_through(pilot, LibraryScreen)
        assert first.is_attached is False
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_a_change_of_focus_rebuilds_the_footer_without_restyling_its_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The footer is rebuilt on every change of focus; its keys are made in their final state,
    so none restyles itself (each did twice, a cost felt on every Tab)."""
    from textual.widgets._footer import FooterKey

    restyled: list[str] = []
    original = FooterKey.update_node_styles

    def counting(self: FooterKey, animate: bool = True) -> None:
        restyled.append(self.key)
        original(self, animate)

    monkeypatch.setattr(FooterKey, "update_node_styles", counting)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(pilot)
        restyled.clear()
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "s Sidebar" in footer, footer
        assert restyled == []


async def test_the_footer_is_rebuilt_only_when_its_keys_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pressreader.tui.screens.base import ReaderFooter

    built: list[int] = []
    original = ReaderFooter.compose

    def counting(self: ReaderFooter):  # type: ignore[no-untyped-def]
        built.append(1)
        return original(self)

    monkeypatch.setattr(ReaderFooter, "compose", counting)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        footer = screen.query_one(ReaderFooter)
        built.clear()
        # Textual asks for a rebuild whenever the bindings may have changed; these did not.
        footer.bindings_changed(screen)
        await pilot.pause()
        await pilot.pause()
        assert built == []
        before = screen_text(app).splitlines()[-1]
        # The quotes panel has keys of its own: the footer shows them.
        screen.query_one(QuotesPanel).focus()
        await pilot.pause()
        await pilot.pause()
        after = screen_text(app).splitlines()[-1]
        assert built and after != before, (before, after)


async def test_a_long_articles_words_are_counted_once_for_the_reading_time_and_the_statistics(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Both the text's reading time and the sidebar's statistics count a long article's words
    # in the background; they share one count (on 50,000 paragraphs, each count is seconds of
    # work that keys wait behind). The sample stands in for a long article here.
    from pressreader.text import metrics
    from pressreader.tui.widgets import article_view, statistics_panel

    monkeypatch.setattr(article_view, "COUNT_LATER_CHARS", 0)
    monkeypatch.setattr(statistics_panel, "SYNC_METRICS_PARAGRAPHS", 0)
    counted: list[str] = []
    count_words = metrics.count_words

    def counting(text: str) -> int:
        counted.append(text)
        return count_words(text)

    monkeypatch.setattr(metrics, "count_words", counting)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        view = screen.query_one(ArticleView)
        panel = screen.query_one(StatisticsPanel)
        lines = view.display_lines
        assert lines is not None

        def metadata() -> str:  # the line under the title, which may wrap
            assert lines is not None
            return " ".join(lines.text(lines.line(y)) for y in range(1, 4))

        await wait_until(pilot, lambda: panel.metrics is not None and "min read" in metadata())
        paragraphs = [p for section in screen.article.sections for p in section.paragraphs]
        assert sorted(counted) == sorted(paragraphs)  # each paragraph once, not twice
        assert panel.metrics is not None
        words = sum(count_words(p) for p in paragraphs)
        assert panel.metrics.words == words
        minutes = metrics.reading_minutes(words)
        assert f"{minutes} min read" in metadata(), metadata()
