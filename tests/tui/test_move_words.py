"""`V`: a quote's or statistic's words moved to others, by keyboard: the selection starts on
exactly its words, the selection keys adjust it, Enter moves it (one change: undone, redone,
saved), Escape cancels, and what cannot be is refused with the reason."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from pressreader.tui.screens.annotate_forms import QuoteForm
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.quotes_panel import QuotesPanel

from .helpers import screen_lines, screen_text
from .test_annotate import ARTICLE, _app, _file, _notices, _open

PARAGRAPH = "“The harbour is open,” said Ann Lee. She said that 181 ships came in, up from 172."


def _selected_words(screen: ArticleScreen) -> str:
    chosen = screen.annotator.selection
    assert chosen is not None
    return screen.article.sections[0].paragraphs[chosen.paragraph][chosen.start : chosen.end]


async def _moving(pilot: Pilot[int], screen: ArticleScreen) -> None:
    await pilot.press("V")
    await pilot.pause()
    assert screen.annotator.moving is not None


async def test_V_selects_the_quotes_words_and_enter_moves_it_as_one_change(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        # The second quote, in the panel: "181 ships came in", cut too early.
        await pilot.press("tab", "down")
        await pilot.pause()
        assert screen.annotation_target() == ("quote", 1)
        await _moving(pilot, screen)
        assert _selected_words(screen) == "181 ships came in"
        assert screen.view.selection == screen.article.quotes[1].anchor
        # The text has the focus: the selection's keys (and Enter) are the screen's.
        assert isinstance(app.focused, ArticleView)
        assert "Moving the quote's words: Enter moves it here, Esc cancels (Ann Lee)" in (
            screen_text(app)
        )
        footer = screen_lines(app)[-1]
        for shown in ("w Word", "s Sentence", "n Match", "Move here", "Cancel"):
            assert shown in footer, footer
        assert "q Quote" not in footer and "f Figure" not in footer
        await pilot.press("w", "w", "w", "W")
        assert _selected_words(screen) == "181 ships came in, up from"
        await pilot.press("s")
        assert _selected_words(screen) == "181 ships came in, up from 172."
        await pilot.press("enter")
        await pilot.pause()
        quote = screen.article.quotes[1]
        assert (quote.text, quote.speaker, quote.kind) == (
            "181 ships came in, up from 172.",
            "Ann Lee",
            "indirect",
        )
        assert quote.anchor is not None
        assert PARAGRAPH[quote.anchor.start : quote.anchor.end] == quote.text
        assert screen.annotator.selection is None and screen.annotator.moving is None
        assert screen.selected == ("quote", 1)  # still the one selected
        assert "Quote moved" in _notices(app)
        assert "Unsaved: 1 change ·" in screen_text(app)
        assert "Moving" not in screen_text(app)
        assert path.read_text(encoding="utf-8") == ARTICLE  # nothing written before a save
        await pilot.press("u")
        await pilot.pause()
        assert screen.article.quotes[1].text == "181 ships came in"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.article.quotes[1].text == "181 ships came in, up from 172."
        await pilot.press("ctrl+s")
        await pilot.pause()
        # Only the words' line changed in the file.
        assert path.read_text(encoding="utf-8") == ARTICLE.replace(
            "    text: 181 ships came in\n    kind: indirect\n",
            '    text: "181 ships came in, up from 172."\n    kind: indirect\n',
        )


async def test_the_start_moves_alone_and_a_statistic_moved_is_reviewed(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "r")  # the quote, then the statistic
        assert screen.selected == ("statistic", 0)
        await _moving(pilot, screen)
        assert _selected_words(screen) == "181 ships came in, up from 172"
        assert "Moving the statistic's words" in screen_text(app)
        await pilot.press("L", "L", "L")
        assert _selected_words(screen) == "in, up from 172"
        # The words left out no longer look chosen: only the selection is drawn (without
        # colour, both would be in reverse video).
        await pilot.pause()
        drawn = [component for layers in screen.view._drawn.values() for *_, component in layers]
        assert "article-view--selection" in drawn and "article-view--selected" not in drawn
        await pilot.press("H")
        assert _selected_words(screen) == "came in, up from 172"
        await pilot.press("enter")
        await pilot.pause()
        statistic = screen.article.statistics[0]
        assert (statistic.text, statistic.label, statistic.value, statistic.previous) == (
            "came in, up from 172",
            "Ships",
            181,
            172,
        )
        assert statistic.reviewed  # moving reviews it, as editing does
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert path.read_text(encoding="utf-8") == ARTICLE.replace(
            "    text: 181 ships came in, up from 172\n    reviewed: false\n",
            '    text: "came in, up from 172"\n',
        )


async def test_escape_cancels_and_q_neither_leaves_nor_makes_a_quote(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("V")
        assert "Nothing selected" in _notices(app)
        assert screen.annotator.selection is None
        await pilot.press("r")
        await _moving(pilot, screen)
        assert _selected_words(screen) == "The harbour is open,"
        await pilot.press("w", "q", "f")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and not isinstance(app.screen, QuoteForm)
        assert _selected_words(screen) == "The harbour is open,” said"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.annotator.selection is None and screen.annotator.moving is None
        assert screen.view.selection is None
        assert "Moving" not in screen_text(app) and "Unsaved" not in screen_text(app)
        assert screen.article.quotes[0].text == "The harbour is open,"
        assert isinstance(app.screen, ArticleScreen)  # Escape cancelled, did not leave
        assert not screen.annotator.dirty
        # `v` afterwards selects for a new annotation again: q makes a quote.
        await pilot.press("v")
        assert screen.annotator.moving is None
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuoteForm)
        await pilot.press("escape")
    assert path.read_text(encoding="utf-8") == ARTICLE


async def test_what_cannot_be_its_words_is_refused_with_the_reason(tmp_path: Path) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r")
        await _moving(pilot, screen)
        # Its own words: nothing to move.
        await pilot.press("enter")
        await pilot.pause()
        assert "These are the quote's words already" in _notices(app)
        assert screen.annotator.moving is not None
        # The selection never leaves the paragraph: said when it would.
        await pilot.press("s", "s")
        await pilot.press("w")
        assert "an annotation stays within one paragraph" in _notices(app)
        assert _selected_words(screen) == PARAGRAPH[1:]
        assert not screen.annotator.dirty


ALIASED = """\
title: Harbour reopens
speakers:
  - name: Ann Lee
sections:
  - id: lead
    paragraphs:
      - Ann Lee said the harbour is open and the harbour is busy.
quotes:
  - speaker: Ann Lee
    text: &words the harbour is open
    kind: indirect
  - speaker: Ann Lee
    text: *words
    kind: indirect
    occurrence: 1
"""


async def test_a_move_the_file_cannot_take_is_refused_and_the_selection_stays(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path, ALIASED)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("tab", "enter")  # the first quote
        await pilot.pause()
        assert screen.annotation_target() == ("quote", 0)
        await _moving(pilot, screen)
        await pilot.press("w", "w", "w", "w")
        # Enter moves it even with the focus back on the quotes (not: go to the quote).
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, QuotesPanel)
        await pilot.press("enter")
        await pilot.pause()
        notices = _notices(app)
        assert "alias" in notices and "E opens the file in your editor" in notices
        # Nothing changed; still selecting, to choose again or cancel.
        assert screen.annotator.moving is not None and not screen.annotator.dirty
        assert screen.article.quotes[0].text == "the harbour is open"
    assert path.read_text(encoding="utf-8") == ALIASED


async def test_the_line_over_the_text_shows_a_control_character_escaped(tmp_path: Path) -> None:
    text = ARTICLE.replace("  - name: Ann Lee\n", '  - name: "Ann \\e]0;x\\a Lee"\n').replace(
        "  - speaker: Ann Lee\n    text: The harbour",
        '  - speaker: "Ann \\e]0;x\\a Lee"\n    text: The harbour',
    )
    app = _app(_file(tmp_path, text))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r")
        await _moving(pilot, screen)
        shown = screen_text(app)
        assert "(Ann \\x1b]0;x\\x07 Lee)" in shown
        assert "\x1b" not in shown and "\x07" not in shown


async def test_a_statistic_without_words_has_none_to_move(tmp_path: Path) -> None:
    text = ARTICLE.replace("    text: 181 ships came in, up from 172\n", "")
    app = _app(_file(tmp_path, text))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.goto_statistic(0)
        await pilot.press("V")
        await pilot.pause()
        assert "This statistic has no words in the text to move" in _notices(app)
        assert screen.annotator.selection is None and screen.annotator.moving is None
