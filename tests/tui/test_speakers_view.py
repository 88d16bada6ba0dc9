"""The speakers view: everyone quoted in the library, and each one's quotes across articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList

from pressreader.format.loader import load_file
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.help import HelpScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.speakers import SpeakerQuotesScreen, SpeakersScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.quotes_panel import QuotesPanel

from .conftest import READER_DATA, article_yaml
from .helpers import screen_text, stray_controls, terminal_output, wait_until
from .views_helpers import (
    escape_through,
    filter_by,
    from_palette,
    open_view,
    settle,
    slash_burst,
    type_burst,
)


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """Two articles quoting Ann Lee (one direct, one indirect), the CJK and hostile fixtures."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    for name in ("cjk.yaml", "hostile.yaml"):
        shutil.copy(READER_DATA / name, folder)
    (folder / "one.yaml").write_text(
        article_yaml(
            "Bridges for the valley",
            published="2023-02-01",
            paragraphs=(
                "The council met.",
                "Ann Lee said “we will build more bridges” on Monday.",
            ),
        ),
        encoding="utf-8",
    )
    indirect = article_yaml(
        "Roads next year",
        published="2024-02-01",
        paragraphs=("Ann Lee said the roads would be repaired next year.",),
        quote="the roads would be repaired next year",
    ).replace("    text:", "    kind: indirect\n    text:")
    (folder / "two.yaml").write_text(indirect, encoding="utf-8")
    return folder


async def test_every_speaker_with_articles_and_quotes(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        by_name = {s.name: s for s in screen.speakers}
        ann = by_name["Ann Lee"]
        assert (ann.articles, ann.quotes, ann.direct, ann.indirect) == (2, 2, 1, 1)
        li = by_name["李明"]
        assert li.quotes == 4 and li.articles == 1
        text = screen_text(app)
        assert "Ann Lee  2 articles · 2 quotes (1 direct, 1 indirect)" in text
        assert "李明" in text
        # Most quoted first.
        quotes = [s.quotes for s in screen.speakers]
        assert quotes == sorted(quotes, reverse=True)
        # Hostile names are text: no control character reaches the terminal.
        assert stray_controls(terminal_output(app)) == []


async def test_the_list_filters_as_you_type(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        await pilot.press("slash", *"ann")
        assert [s.name for s in screen.shown] == ["Ann Lee"]
        await filter_by(pilot, screen, "馆长")  # a role
        assert [s.name for s in screen.shown] == ["李明"]
        await filter_by(pilot, screen, "nobody at all")
        assert screen.shown == []
        assert "0 of" in screen_text(app)


async def test_keys_typed_in_a_burst_after_slash_reach_the_filter(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        await slash_burst(pilot, screen, "ann")
        await pilot.pause()
        assert [s.name for s in screen.shown] == ["Ann Lee"]
        # In the field, `/` is a character.
        type_burst(app, "/x")
        await pilot.pause()
        assert screen.field.value == "ann/x"
        screen.field.value = "ann"
        await pilot.press("enter", "enter")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, SpeakerQuotesScreen)
        await slash_burst(pilot, quotes, "roads")
        await pilot.pause()
        assert [q.kind for q in quotes.shown] == ["indirect"]


async def test_keys_typed_in_a_burst_after_tab_reach_the_list(shelf: Path) -> None:
    """A filter, Tab and `j` in one burst: `j` moves the list's cursor (Tab has moved the
    focus as it arrived), it is not typed into the filter; Shift+Tab and a letter, back into
    the field."""
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        await slash_burst(pilot, screen, "a")
        shown = len(screen.shown)
        assert shown >= 2
        for key, character in (("tab", None), ("j", "j")):
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: screen.options.highlighted == 1)
        assert screen.field.value == "a"
        assert screen.options.has_focus and screen.options.highlighted == 1
        # (the field's text selected as the focus comes back, as in any form: typed over)
        for key, character in (("shift+tab", None), ("n", "n")):
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: screen.field.value == "n")
        assert screen.field.has_focus and screen.field.value == "n"


async def test_choosing_a_speaker_lists_their_quotes_and_opens_one_at_the_quote(
    shelf: Path,
) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        await pilot.press("slash", *"ann", "enter")
        assert screen.options.has_focus
        await pilot.press("enter")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, SpeakerQuotesScreen)
        assert [q.kind for q in quotes.shown] == ["indirect", "direct"]  # newest first
        text = screen_text(app)
        assert "Quotes of Ann Lee" in text
        assert "(indirect) the roads would be repaired next year" in text
        assert "“we will build more bridges”" in text
        # Open the direct quote: its words are in view and highlighted.
        quotes.query_one(OptionList).highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert article.article.title == "Bridges for the valley"
        expected = load_file(shelf / "one.yaml").articles[0].quotes[0].anchor
        assert article.query_one(ArticleView).selected_anchor == expected
        assert article.query_one(QuotesPanel).selected_index == 0
        # Back to the speaker's quotes, then the speakers, then the library.
        await escape_through(pilot, SpeakerQuotesScreen, SpeakersScreen, LibraryScreen)


async def test_cjk_quotes_open_at_their_anchor(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        row = next(i for i, s in enumerate(screen.shown) if s.name == "李明")
        screen.options.highlighted = row
        await pilot.press("enter")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, SpeakerQuotesScreen)
        assert len(quotes.shown) == 4
        last = len(quotes.shown) - 1
        quotes.options.highlighted = last
        target = quotes.shown[last]
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        anchor = article.query_one(ArticleView).selected_anchor
        assert anchor is not None
        assert (anchor.section_index, anchor.paragraph, anchor.start, anchor.end) == (
            target.section_index,
            target.paragraph,
            target.start,
            target.end,
        )
        paragraph = article.article.sections[anchor.section_index].paragraphs[anchor.paragraph]
        assert paragraph[anchor.start : anchor.end] == target.text or target.kind == "indirect"


async def test_speakers_from_the_palette_and_help(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        await settle(pilot)
        await from_palette(pilot, "Speakers in the library", SpeakersScreen)
        await escape_through(pilot, LibraryScreen)
        await pilot.press("f1", "i")  # i shows the binding ids
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "library.speakers" in text and "Speakers" in text


async def test_list_views_survive_resizing_down_to_a_tiny_terminal(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        for size in ((80, 24), (40, 10), (20, 6), (60, 15), (110, 32)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert "Terminal too small" not in screen_text(app)
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        assert "Terminal too small" in screen_text(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        # Rows are cut to the new width, never wrapped onto a second line.
        lines = [line for line in screen_text(app).splitlines() if "Ann Lee" in line]
        assert lines and all(len(line) <= 80 for line in lines)
        assert any("2 articles" in line for line in lines)
        assert screen.speakers


async def test_the_footer_shows_one_back_key_and_q_goes_back_from_the_list(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        footer = screen_text(app).splitlines()[-1]
        assert footer.count("Back") == 1 and "esc Back" in footer
        # In the field, q is a letter.
        await pilot.press("slash", *"q")
        await pilot.pause()
        assert app.screen is screen and screen.field.value == "q"
        await pilot.press("ctrl+u", "escape")  # Escape leaves the field for the list
        await pilot.pause()
        assert screen.options.has_focus
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
