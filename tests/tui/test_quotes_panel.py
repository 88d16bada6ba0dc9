"""The quotes panel: grouping by speaker, direct and indirect quotes, filter, selection, hits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.content import Content
from textual.style import Style

from pressreader.model import Anchor, Quote, Speaker
from pressreader.text.sanitize import one_line
from pressreader.tui.widgets import time_slice
from pressreader.tui.widgets.panel_list import Row, wrap_lines
from pressreader.tui.widgets.quotes_panel import MAX_QUOTE_LINES, QuoteRow, QuotesPanel, SpeakerRow
from tests.tui.helpers import stray_controls, terminal_output
from tests.tui.panel_host import (
    PanelApp,
    fixture,
    marked_lines,
    panel_lines,
    panel_strips,
    plain_article,
    row_content,
    row_texts,
    sample,
    wait_rows_loaded,
)


def two_speakers() -> list[Speaker]:
    return [Speaker("Ann Lee", role="Minister"), Speaker("Bo Chen", affiliation="Harbour Board")]


def quotes() -> list[Quote]:
    anchor = Anchor(section_index=0, section_id="lead", paragraph=0, start=0, end=4)
    return [
        Quote("Bo Chen", "The harbour is open", anchor=anchor),
        Quote("Ann Lee", "We will build bridges"),
        Quote("Ann Lee", "bridges would come first", kind="indirect"),
        Quote("Carl Unlisted", "Nobody listed me"),
    ]


def panel_for(width: int = 40) -> tuple[QuotesPanel, PanelApp]:
    panel = QuotesPanel(plain_article(speakers=two_speakers(), quotes=quotes()))
    return panel, PanelApp(panel, width=width)


def quote_row_text(panel: QuotesPanel, index: int) -> str:
    row = panel.row_index(index)
    assert row is not None, f"quote {index} is not shown"
    return row_texts(panel)[row]


async def test_quotes_are_grouped_under_speakers_in_the_articles_order() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        kinds = [
            (type(row).__name__, row.key if isinstance(row, QuoteRow) else row.name)  # type: ignore[attr-defined]
            for row in panel.rows
        ]
        # Speakers in the order of article.speakers, then those only named by a quote.
        assert kinds == [
            ("SpeakerRow", "Ann Lee"),
            ("QuoteRow", 1),
            ("QuoteRow", 2),
            ("SpeakerRow", "Bo Chen"),
            ("QuoteRow", 0),
            ("SpeakerRow", "Carl Unlisted"),
            ("QuoteRow", 3),
        ]
        texts = row_texts(panel)
        assert texts[0].split("\n") == ["Ann Lee · 2", "Minister"]
        # Without a role, the affiliation describes the speaker.
        assert texts[3].split("\n") == ["Bo Chen · 1", "Harbour Board"]
        assert texts[5] == "Carl Unlisted · 1"
        assert panel.speakers == ["Ann Lee", "Bo Chen", "Carl Unlisted"]
        screen = "\n".join(panel_lines(app))
        assert screen.index("Ann Lee") < screen.index("We will build") < screen.index("Bo Chen")


async def test_direct_quotes_in_quotation_marks_indirect_with_a_dimmer_mark() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        direct = quote_row_text(panel, 1)
        indirect = quote_row_text(panel, 2)
        assert direct[3:] == "“We will build bridges”"
        assert indirect[3:] == "≈ bridges would come first"
        # The indirect quote is drawn in the dimmer component style, the direct one is not.
        indirect_prompt = row_content(panel, panel.row_index(2) or 0)
        direct_prompt = row_content(panel, panel.row_index(1) or 0)
        assert isinstance(indirect_prompt, Content) and isinstance(direct_prompt, Content)
        assert any(span.style.italic for span in indirect_prompt.spans)  # type: ignore[union-attr]
        assert not any(getattr(span.style, "italic", False) for span in direct_prompt.spans)


async def test_long_quotes_are_cut_to_a_few_lines_with_an_ellipsis() -> None:
    long = " ".join(["harbour"] * 80)
    article = plain_article(
        speakers=two_speakers(),
        quotes=[
            Quote("Ann Lee", "Short."),
            Quote("Ann Lee", long),
            Quote("Ann Lee", long, kind="indirect"),
        ],
    )
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=30)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        assert panel.selected_index == 0  # the cursor on the short one
        direct = quote_row_text(panel, 1).split("\n")
        indirect = quote_row_text(panel, 2).split("\n")
        assert len(direct) == len(indirect) == MAX_QUOTE_LINES
        assert direct[-1].rstrip().endswith("…”")
        assert indirect[-1].rstrip().endswith("…")
        # Continuation lines hang under the quote's first word.
        for lines in (direct, indirect):
            column = lines[0].index("harbour")
            assert lines[1].index("harbour") == column
            assert lines[1][:column].strip() == ""
        for line in direct + indirect:
            assert cell_len(line) <= panel.text_width


async def test_the_quote_under_the_cursor_shows_whole() -> None:
    long = " ".join(["harbour"] * 40) + " end"
    article = plain_article(
        speakers=two_speakers(),
        quotes=[Quote("Ann Lee", "Short."), Quote("Ann Lee", long, note="A note " * 12)],
    )
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=30)
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        assert len(quote_row_text(panel, 1).split("\n")) == MAX_QUOTE_LINES + 1
        await pilot.press("down")
        await pilot.pause()
        assert panel.selected_index == 1
        whole = quote_row_text(panel, 1)
        lines = whole.split("\n")
        assert len(lines) > MAX_QUOTE_LINES + 1 and "…" not in whole
        joined = " ".join(line.strip() for line in lines)
        assert joined.count("harbour") == 40 and "end”" in joined
        assert joined.count("A note") == 12  # its note, whole too
        # On the screen too, every line of it.
        shown = "\n".join(strip.text for strip in panel_strips(panel))
        assert "end”" in shown
        await pilot.press("up")
        await pilot.pause()
        assert len(quote_row_text(panel, 1).split("\n")) == MAX_QUOTE_LINES + 1
        # Only in the focused panel: elsewhere the reader sees more quotes, each cut.
        await pilot.press("down")
        panel.blur()
        await pilot.pause()
        assert panel.selected_index == 1
        assert len(quote_row_text(panel, 1).split("\n")) == MAX_QUOTE_LINES + 1
        panel.focus()
        await pilot.pause()
        assert len(quote_row_text(panel, 1).split("\n")) > MAX_QUOTE_LINES + 1


async def test_f_cycles_the_speaker_filter_and_back_to_everyone() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        assert panel.speaker_filter is None
        await pilot.press("f")
        await pilot.pause()
        assert panel.speaker_filter == "Ann Lee"
        assert sorted(row.key for row in panel.rows if row.key is not None) == [1, 2]
        assert "Ann Lee" in str(panel.border_subtitle)
        assert str(panel.border_title) == "Quotes (2 of 4)"
        assert "Bo Chen" not in "\n".join(panel_lines(app))
        await pilot.press("f")
        assert panel.speaker_filter == "Bo Chen"
        assert str(panel.border_title) == "Quotes (1 of 4)"
        assert [row.key for row in panel.rows if row.key is not None] == [0]
        assert panel.selected_index == 0
        await pilot.press("F")
        assert panel.speaker_filter == "Ann Lee"
        await pilot.press("f", "f", "f")
        assert panel.speaker_filter is None
        assert len([row for row in panel.rows if row.key is not None]) == 4
        assert str(panel.border_title) == "Quotes (4)"


async def test_filter_keeps_the_selected_quote_when_it_stays_visible() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        panel.selected_index = 2
        await pilot.pause()
        panel.set_speaker_filter("Ann Lee")
        await pilot.pause()
        assert panel.selected_index == 2
        # Selecting a quote the filter hides lifts the filter.
        panel.selected_index = 0
        await pilot.pause()
        assert panel.speaker_filter is None
        assert panel.selected_index == 0
        # An unknown speaker shows everyone.
        panel.set_speaker_filter("Nobody")
        assert panel.speaker_filter is None


async def test_enter_posts_the_quote_index_and_its_anchor() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        assert panel.selected_index == 1  # the first quote shown
        await pilot.press("enter", "j", "j", "enter")
        await pilot.pause()
        messages = app.messages
        assert [m.index for m in messages] == [1, 0]  # type: ignore[attr-defined]
        assert messages[0].anchor is None  # type: ignore[attr-defined]
        assert messages[1].anchor == quotes()[0].anchor  # type: ignore[attr-defined]
        assert all(m.control is panel for m in messages)  # type: ignore[attr-defined]


async def test_sample_article_quotes_carry_their_loaded_anchors() -> None:
    article = sample()
    panel = QuotesPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        message = app.messages[-1]
        index = message.index  # type: ignore[attr-defined]
        assert index == panel.selected_index
        assert message.anchor is article.quotes[index].anchor  # type: ignore[attr-defined]
        assert message.anchor is not None  # type: ignore[attr-defined]
        headings = [row.name for row in panel.rows if isinstance(row, SpeakerRow)]
        assert headings == ["Ma Zhaoxu", "Shen Beili"]


async def test_find_hits_light_up_their_quotes_with_a_marker() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        panel.set_find_hits([0, 2])
        await pilot.pause()
        assert panel.find_hits == {0, 2}
        hit_lines = marked_lines(panel, "•", 1)
        assert len(hit_lines) == 2
        assert "The harbour is open" in "".join(line for line in hit_lines)
        assert "bridges would come first" in "".join(line for line in hit_lines)
        assert "2 found" in str(panel.border_title)
        # Every line of a hit lies on the hit band, in bold; other quotes do not.
        hit_colour = panel.component_style("quotes-panel--hit").rich_style.bgcolor
        assert hit_colour is not None
        strips = panel_strips(panel)

        def styled_as_hit(text: str) -> bool:
            strip = next(strip for strip in strips if text in strip.text)
            return any(
                segment.style is not None
                and segment.style.bold
                and segment.style.bgcolor == hit_colour
                for segment in strip
                if text[:4] in segment.text or segment.text.strip()
            )

        assert styled_as_hit("The harbour is open")
        assert not styled_as_hit("We will build bridges")
        assert sum(1 for line in panel_lines(app) if "•" in line) == 2
        panel.set_find_hits([])
        await pilot.pause()
        assert marked_lines(panel, "•", 1) == []
        assert "found" not in str(panel.border_title)
        assert not any("•" in line for line in panel_lines(app))


async def test_many_find_hit_updates_redraw_no_row(monkeypatch: pytest.MonkeyPatch) -> None:
    article = plain_article(
        speakers=two_speakers(),
        quotes=[Quote("Ann Lee", f"quote number {i}") for i in range(300)],
    )
    panel = QuotesPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        await wait_rows_loaded(pilot, panel)
        drawn: list[object] = []
        draw = panel.render_row_lines

        def spy(row: Row, width: int) -> list[Content]:
            drawn.append(row)
            return draw(row, width)

        monkeypatch.setattr(panel, "render_row_lines", spy)
        for start in range(5):
            panel.set_find_hits(range(start, 300, 3))
        await pilot.pause()
        # The rows are the very same drawings: only the marks drawn per line changed.
        assert len(marked_lines(panel, "•", 1)) > 0
        assert drawn == []


async def test_cursor_marker_shows_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        marked = [line for line in panel_lines(app) if "›" in line]
        assert len(marked) == 1
        assert "bridges would come first" in marked[0]
        # The focused list's cursor row is in reverse video too, the other rows are not.
        reversed_lines = [
            strip.text
            for strip in panel_strips(panel)
            if any(s.style and s.style.reverse for s in strip)
        ]
        assert reversed_lines and "bridges would come first" in reversed_lines[0]
        assert not any("Ann Lee" in line or "harbour" in line for line in reversed_lines)
        panel.blur()
        await pilot.pause()
        assert not any(
            any(s.style and s.style.reverse for s in strip) for strip in panel_strips(panel)
        )


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefghij 中文字😀é-", min_size=0, max_size=14), max_size=12),
    width=st.integers(min_value=2, max_value=30),
    styled=st.booleans(),
)
def test_wrapping_a_row_fits_and_keeps_the_text(words: list[str], width: int, styled: bool) -> None:
    text = one_line(" ".join(words))
    content = Content.styled(text, Style(bold=True)) if styled else Content(text)
    lines = wrap_lines(content, width)
    if text.isascii():
        # Latin text: the lines Textual's own wrapping gives.
        expected = content.wrap(max(width, 2)) or [Content("")]
        assert lines == expected
        assert [line.spans for line in lines] == [line.spans for line in expected]
    else:
        # Otherwise the article text's line breaking: every line fits, only the spaces where
        # lines break are dropped, and the style goes with the characters.
        assert all(line.cell_length <= max(width, 2) for line in lines)
        assert "".join(line.plain for line in lines).replace(" ", "") == text.replace(" ", "")
        if styled:
            assert all(not line.plain or line.spans for line in lines)


def test_a_wrapped_chinese_quote_starts_no_line_with_closing_punctuation() -> None:
    content = Content("一二三四五，六七八九十。“十一”十二")
    lines = [line.plain for line in wrap_lines(content, 10)]
    assert lines == ["一二三四", "五，六七八", "九十。“十", "一”十二"]
    assert not any(line[0] in "，。”" for line in lines)


async def test_hostile_speakers_and_quotes_show_literally() -> None:
    article = fixture("hostile.yaml")
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=76)
    async with app.run_test(size=(80, 40)) as pilot:
        panel.focus()
        await pilot.pause()
        texts = "\n".join(row_texts(panel))
        assert "[bold]Mallory[/bold] \\x1b[2J · 2" in texts
        assert "[@click=app.quit]Chief[/] \\x9b31m red \\x1b[0m" in texts
        assert "“[who asked not to be named]”" in texts
        assert "≈ nothing here should run: [@click=app.bell]ring[/] \\x1b[6n." in texts
        assert "Clipboard: \\x1b]52;c;SGVsbG8=\\x07." in texts
        await pilot.press("f")
        await pilot.pause()
        assert "Mallory" in str(panel.border_subtitle)
        assert not stray_controls(terminal_output(app))
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


async def test_chinese_names_and_quotes_wrap_by_cell_width() -> None:
    article = fixture("cjk.yaml")
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=26)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        for line in "\n".join(row_texts(panel)).split("\n"):
            assert cell_len(line) <= panel.text_width
        headings = [row.name for row in panel.rows if isinstance(row, SpeakerRow)]
        assert headings == ["李明", "王芳", "张伟"]
        assert row_texts(panel)[0].split("\n")[0] == "李明 · 4"


async def test_article_without_quotes_says_so() -> None:
    panel = QuotesPanel(plain_article())
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        assert "No quotes in this article." in "\n".join(panel_lines(app))
        assert panel.selected_index is None
        await pilot.press("enter", "f", "j")
        assert app.messages == []


async def test_cursor_marker_stands_on_the_first_line_of_a_wrapped_quote_only() -> None:
    long = " ".join(["harbour"] * 30)
    article = plain_article(speakers=two_speakers(), quotes=[Quote("Ann Lee", long)] * 2)
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=30)
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        screen = panel_lines(app)
        marked = [number for number, line in enumerate(screen) if line.startswith("›")]
        first_line_of_second = 2 + MAX_QUOTE_LINES  # heading (2 lines), then the first quote
        assert marked == [first_line_of_second]
        assert screen[first_line_of_second][3:].startswith("“harbour")


async def test_a_new_theme_redraws_the_rows_in_its_colours() -> None:
    panel, app = panel_for()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()

        def indirect_colours() -> set[object]:
            prompt = row_content(panel, panel.row_index(2) or 0)
            assert isinstance(prompt, Content)
            return {getattr(span.style, "foreground", None) for span in prompt.spans}

        before = indirect_colours()
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await pilot.pause()
        await pilot.pause()
        assert indirect_colours() != before


async def test_rows_are_drawn_again_for_a_new_width() -> None:
    panel = QuotesPanel(sample())
    app = PanelApp(panel, width=40)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        wide = panel.text_width
        panel.selected_index = 5
        for width in (24, 8, 3, 60, 30):
            panel.styles.width = width
            await pilot.pause()
            if width < 16:
                continue  # too narrow to read; it only has to survive
            for line in "\n".join(row_texts(panel)).split("\n"):
                assert cell_len(line) <= panel.text_width
        assert panel.text_width < wide
        assert panel.selected_index == 5


async def test_a_long_list_shows_its_first_screen_at_once_and_loads_the_rest_after() -> None:
    article = plain_article(
        speakers=two_speakers(),
        quotes=[Quote("Ann Lee" if i % 2 else "Bo Chen", f"quote number {i}") for i in range(400)],
    )
    panel = QuotesPanel()
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        await pilot.pause()
        panel.load_article(article)
        # Drawn at once: a couple of screens, not all 402 rows.
        assert 0 < panel.drawn_count < len(panel.rows)
        assert not panel.rows_loaded
        # Keys that go past what is loaded load what they need, at once.
        panel.action_last()
        assert panel.rows_loaded
        assert panel.selected_index == 398  # Bo Chen's quotes come last: the last is 398
        panel.action_first()
        await pilot.pause()
        assert panel.rows_loaded and panel.drawn_count == len(panel.rows)
        # Selecting a quote that is not loaded yet works too.
        panel.load_article(article)
        panel.selected_index = 399
        assert panel.selected_index == 399
        await wait_rows_loaded(pilot, panel)
        assert panel.drawn_count == len(panel.rows)
        await pilot.press("enter")
        await pilot.pause()
        assert [m.index for m in app.messages] == [399]  # type: ignore[attr-defined]


async def test_a_quotes_note_follows_it_on_one_dimmer_hanging_line() -> None:
    long_note = " ".join(["aspect"] * 40)
    article = plain_article(
        speakers=two_speakers(),
        quotes=[
            Quote("Ann Lee", "We will build bridges", note="one of the five aspects"),
            Quote("Ann Lee", "bridges first", kind="indirect", note=long_note),
            Quote("Ann Lee", "No note here"),
            Quote("Ann Lee", "Marked up", note="[b]bold[/b] \x1b[2J\nnext"),
        ],
    )
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=40)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        width = panel.text_width
        direct = quote_row_text(panel, 0).split("\n")
        assert direct == ["   “We will build bridges”", "    note: one of the five aspects"]
        # A long note is cut to one line with an ellipsis, indented like the quote's text.
        indirect = quote_row_text(panel, 1).split("\n")
        assert indirect[0] == "   ≈ bridges first"
        assert len(indirect) == 2
        assert indirect[1].startswith("     note: aspect") and indirect[1].endswith("…")
        assert cell_len(indirect[1]) <= width
        assert quote_row_text(panel, 2).split("\n") == ["   “No note here”"]
        # Text from the file is shown literally: no markup, no control character.
        marked = quote_row_text(panel, 3).split("\n")
        assert marked[1] == "    note: [b]bold[/b] \\x1b[2J next"
        # The note is drawn dimmer than the quote.
        prompt = row_content(panel, panel.row_index(0) or 0)
        assert isinstance(prompt, Content)
        note_start = prompt.plain.index("note: ")
        assert any(
            span.start <= note_start < span.end and getattr(span.style, "dim", False)
            for span in prompt.spans
        )
        assert not any(
            span.start < note_start and getattr(span.style, "dim", False) for span in prompt.spans
        )
        # The extra line is part of the row: the next row starts below it on screen.
        screen = panel_lines(app)
        note_line = next(i for i, line in enumerate(screen) if "note: one of the five" in line)
        assert "We will build bridges" in screen[note_line - 1]
        assert "≈ bridges first" in screen[note_line + 1]
        assert "\x1b" not in "\n".join(row_texts(panel))
        assert not stray_controls(terminal_output(app))


async def test_sample_quote_notes_are_shown() -> None:
    article = sample()
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=48)
    async with app.run_test(size=(60, 40)) as pilot:
        await wait_rows_loaded(pilot, panel)
        noted = [i for i, quote in enumerate(article.quotes) if quote.note]
        assert noted
        for index in noted:
            lines = quote_row_text(panel, index).split("\n")
            assert lines[-1].lstrip().startswith("note: ")


async def test_a_long_list_drawn_in_steps_grows_its_scroll_range_seldom(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rows not drawn yet count at the drawn ones' average height; the range is made
    exact at the end, and meanwhile follows now and then (here: never), not every step."""
    monkeypatch.setattr(time_slice, "GROW_EVERY_SECONDS", 3600.0)
    many = [Quote("Ann Lee", f"Quote number {n} " + "word " * (n % 40)) for n in range(3000)]
    panel = QuotesPanel(plain_article(speakers=two_speakers(), quotes=many))
    app = PanelApp(panel, width=40)
    async with app.run_test(size=(60, 20)) as pilot:
        assert not panel.rows_loaded
        heights: list[int] = []
        panel.watch(panel, "virtual_size", lambda size: heights.append(size.height), init=False)
        await wait_rows_loaded(pilot, panel)
        await pilot.pause()
        assert panel.rows_loaded
        assert len(heights) <= 2, heights


async def test_a_long_list_drawn_in_steps_arranges_nothing_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(time_slice, "GROW_EVERY_SECONDS", 0.0)  # a growth every step
    many = [Quote("Ann Lee", f"Quote number {n} " + "word " * (n % 40)) for n in range(3000)]
    panel = QuotesPanel(plain_article(speakers=two_speakers(), quotes=many))
    panel.styles.height = "1fr"  # as in the article screen
    app = PanelApp(panel, width=40)
    async with app.run_test(size=(60, 20)) as pilot:
        assert not panel.rows_loaded
        await pilot.pause()
        layouts: list[object] = []
        app.screen.screen_layout_refresh_signal.subscribe(app.screen, layouts.append)
        await wait_rows_loaded(pilot, panel)
        await pilot.pause()
        assert panel.rows_loaded
        assert layouts == []
        assert panel.vertical_scrollbar.window_virtual_size == panel.virtual_size.height


async def test_a_long_list_drawn_in_steps_waits_while_keys_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The steps make way for the frames keys ask for (here for long enough to see it).
    monkeypatch.setattr(time_slice, "INPUT_QUIET_SECONDS", 2.0)
    many = [Quote("Ann Lee", f"Quote number {n} " + "word " * (n % 40)) for n in range(3000)]
    panel = QuotesPanel(plain_article(speakers=two_speakers(), quotes=many))
    app = PanelApp(panel, width=40)
    async with app.run_test(size=(60, 20)) as pilot:
        time_slice.note_input()
        await pilot.pause(0.2)
        assert not panel.rows_loaded
        await wait_rows_loaded(pilot, panel)  # then the steps go on
        assert panel.rows_loaded
