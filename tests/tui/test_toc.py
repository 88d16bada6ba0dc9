"""The table of contents: numbered sections, the current one marked, Enter jumps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rich.cells import cell_len
from textual.geometry import Region

from pressreader.model import Section
from pressreader.tui.widgets.panel_list import Row
from pressreader.tui.widgets.toc import TocPanel
from tests.tui.helpers import stray_controls, terminal_output, wait_until
from tests.tui.panel_host import (
    PanelApp,
    fixture,
    panel_lines,
    plain_article,
    row_texts,
    sample,
    wait_rows_loaded,
)


def three_sections() -> list[Section]:
    return [
        Section(id="lead", heading=None, paragraphs=["a"]),
        Section(id="one", heading="First things", paragraphs=["b"]),
        Section(id="two", heading="Second thoughts", paragraphs=["c"]),
    ]


def first_lines(panel: TocPanel) -> list[str]:
    return [text.split("\n")[0] for text in row_texts(panel)]


async def test_every_section_is_listed_numbered_with_the_lead_named() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        lines = first_lines(panel)
        assert len(lines) == 3
        assert lines[0].endswith("1 Lead")
        assert lines[1].endswith("2 First things")
        assert lines[2].endswith("3 Second thoughts")
        screen = "\n".join(panel_lines(app))
        for label in ("1 Lead", "2 First things", "3 Second thoughts"):
            assert label in screen


async def test_sample_article_lists_its_four_sections() -> None:
    article = sample()
    panel = TocPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        assert panel.section_count == len(article.sections) == 4
        lines = first_lines(panel)
        assert "1 Lead" in lines[0]
        assert "4 Chinese diplomacy" in lines[3]


async def test_current_section_carries_the_marker_and_moves_with_set_current() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert [line[1] for line in first_lines(panel)] == ["▶", " ", " "]
        panel.set_current(2)
        await pilot.pause()
        assert panel.current == 2
        assert [line[1] for line in first_lines(panel)] == [" ", " ", "▶"]
        assert sum(line.count("▶") for line in panel_lines(app)) == 1
        # Out of range is clamped, not an error.
        panel.set_current(99)
        assert panel.current == 2
        panel.set_current(-3)
        assert panel.current == 0


async def test_cursor_follows_the_current_section_only_while_unfocused() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        panel.blur()
        await pilot.pause()
        panel.set_current(1)
        await pilot.pause()
        assert panel.cursor_key == 1
        panel.focus()
        await pilot.pause()
        panel.set_current(2)
        await pilot.pause()
        # The reader is in the contents: the cursor stays where they put it.
        assert panel.cursor_key == 1
        screen = panel_lines(app)
        assert next(line for line in screen if "2 First things" in line).startswith("› ")
        assert next(line for line in screen if "3 Second" in line).startswith(" ▶")


async def test_enter_posts_section_selected_for_the_row_under_the_cursor() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert [m.index for m in app.messages] == [2]  # type: ignore[attr-defined]
        assert isinstance(app.messages[0], TocPanel.SectionSelected)
        assert app.messages[0].control is panel
        # The cursor stops at the end instead of wrapping round.
        await pilot.press("j", "enter", "k", "enter", "g", "enter", "G", "enter")
        await pilot.pause()
        assert [m.index for m in app.messages] == [2, 2, 1, 0, 2]  # type: ignore[attr-defined]


async def test_click_selects_a_section() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        row_y = panel.content_region.y + 1  # the second section's row
        await pilot.click(offset=(panel.content_region.x + 5, row_y))
        await pilot.pause()
        assert [m.index for m in app.messages] == [1]  # type: ignore[attr-defined]


async def test_the_row_under_the_mouse_is_lit() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()

        def background(line: int) -> object:
            segment = next(iter(panel.render_line(line).crop(8, 9)))
            return segment.style.bgcolor if segment.style else None

        plain = background(2)
        await pilot.hover(offset=(panel.content_region.x + 5, panel.content_region.y + 2))
        await pilot.pause()
        assert background(2) != plain
        await pilot.hover(offset=(panel.content_region.right + 5, panel.content_region.y + 2))
        await pilot.pause()
        assert background(2) == plain


async def test_cursor_marker_shows_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        lines = panel_lines(app)
        marked = [line for line in lines if "›" in line]
        assert len(marked) == 1
        assert "2 First things" in marked[0]


async def test_numbers_line_up_past_nine_sections() -> None:
    article = fixture("many-sections.yaml")
    panel = TocPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        lines = first_lines(panel)
        assert len(lines) == 12
        # Numbers are right-aligned in two columns, so headings start in one column.
        assert lines[0][2:5] == "  1"
        assert lines[11][2:5] == " 12"
        starts = {len(line[:5]) for line in lines}
        assert starts == {5}


async def test_long_headings_wrap_with_a_hanging_indent_and_are_cut() -> None:
    long = "word " * 40
    article = plain_article(
        sections=[
            Section(id="lead", heading=None, paragraphs=["a"]),
            Section(id="long", heading=long, paragraphs=["b"]),
        ]
    )
    panel = TocPanel(article)
    app = PanelApp(panel, width=30)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        lines = row_texts(panel)[1].split("\n")
        assert len(lines) == 3  # at most three lines
        assert lines[-1].rstrip().endswith("…")
        indent = lines[0].index("word")
        for line in lines[1:]:
            assert line[:indent] == " " * indent
            assert line[indent] != " "
        for line in panel_lines(app):
            assert cell_len(line) <= panel.content_region.width


async def test_chinese_headings_wrap_within_the_panel_by_cell_width() -> None:
    article = fixture("cjk.yaml")
    panel = TocPanel(article)
    app = PanelApp(panel, width=24)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        text_width = panel.text_width
        for line in "\n".join(row_texts(panel)).split("\n"):
            assert cell_len(line) <= text_width
        # Wrapped on screen, the headings read whole once the lines are joined.
        screen = "".join(line.strip() for line in panel_lines(app))
        assert "2 夜间阅览室座无虚席" in screen
        assert "4 “第二个客厅”的未来" in screen


async def test_hostile_headings_show_literally_and_no_control_reaches_the_terminal() -> None:
    article = fixture("hostile.yaml")
    panel = TocPanel(article)
    app = PanelApp(panel, width=70)
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        texts = row_texts(panel)
        assert "\\x1b[2J\\x1b[HSection [red]two[/red] \\x9b31m" in texts[1].replace("\n", " ")
        assert not stray_controls(terminal_output(app))
        assert app.is_running  # no [@click=app.quit] ran


async def test_tiny_width_does_not_crash() -> None:
    panel = TocPanel(sample())
    app = PanelApp(panel, width=8)
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        panel.focus()
        await pilot.press("j", "j", "G", "enter")
        await pilot.pause()
        assert [m.index for m in app.messages] == [3]  # type: ignore[attr-defined]


async def test_load_article_before_layout_and_again_later() -> None:
    panel = TocPanel()
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert panel.drawn_count == 0
        panel.load_article(plain_article(sections=three_sections()))
        await pilot.pause()
        assert panel.drawn_count == 3
        panel.set_current(2)
        panel.load_article(sample())
        await pilot.pause()
        assert panel.drawn_count == 4
        assert panel.current == 0


async def test_only_the_focused_list_shows_the_cursor_marker() -> None:
    panel = TocPanel(plain_article(sections=three_sections()))
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        assert sum(line.count("›") for line in panel_lines(app)) == 1
        panel.blur()
        await pilot.pause()
        assert sum(line.count("›") for line in panel_lines(app)) == 0
        # The current section is still marked.
        assert sum(line.count("▶") for line in panel_lines(app)) == 1


async def test_hundreds_of_sections_load_in_steps_and_follow_the_reading() -> None:
    sections = [Section(id=f"s{i}", heading=f"Part {i + 1}", paragraphs=["x"]) for i in range(300)]
    panel = TocPanel()
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        panel.blur()
        await pilot.pause()
        panel.load_article(plain_article(sections=sections))
        assert not panel.rows_loaded
        # The reading reaches a section not loaded yet: it is loaded, marked and under the cursor.
        panel.set_current(250)
        assert panel.cursor_key == 250
        assert "▶" in row_texts(panel)[250]
        await wait_rows_loaded(pilot, panel)
        assert panel.rows_loaded
        lines = [line for line in panel_lines(app) if "▶" in line]
        assert len(lines) == 1 and "251 Part 251" in lines[0]
        panel.focus()
        await pilot.press("G", "enter", "pageup", "enter")
        await pilot.pause()
        indices = [m.index for m in app.messages]  # type: ignore[attr-defined]
        assert indices[0] == 299 and indices[1] < 299


async def test_the_current_section_is_found_without_reading_the_rows_before_it() -> None:
    class Unread(list[Row]):
        def __iter__(self) -> Iterator[Row]:
            raise AssertionError("every row before the section read")

    sections = [Section(id=f"s{i}", heading=f"Part {i + 1}", paragraphs=["x"]) for i in range(2000)]
    panel = TocPanel()
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        panel.blur()
        panel.load_article(plain_article(sections=sections))
        await pilot.pause()
        # `G` in a 50,000-paragraph article: the last of 2,000 sections becomes current.
        rows = list(panel.rows)
        panel._rows = Unread(rows)  # type: ignore[attr-defined]
        panel.set_current(1999)
        assert panel.current == 1999 and panel.cursor_key == 1999
        assert panel.row_index(1999) == 1999
        panel._rows = rows  # type: ignore[attr-defined]
    # A list whose rows are not one per key in order (headings among the items) still finds
    # each row by looking.
    assert panel.row_index(5) == 5
    panel._rows = [rows[0]._replace(key=None), *rows]  # type: ignore[attr-defined]
    assert panel.row_index(1) == 2
    assert panel.row_index(0) == 1


async def test_scrolling_past_the_rows_drawn_so_far_draws_them() -> None:
    sections = [Section(id=f"s{i}", heading=f"Part {i + 1}", paragraphs=["x"]) for i in range(300)]
    panel = TocPanel()
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        panel.load_article(plain_article(sections=sections))
        assert panel.drawn_count < 100  # the rest is drawn after the next repaints
        # A scroll (the mouse wheel, the scrollbar) into rows not drawn yet draws them.
        panel.scroll_to(y=200, animate=False, immediate=True)
        strips = panel.render_lines(Region(0, 0, panel.size.width, panel.size.height))
        shown = "\n".join(strip.text for strip in strips)
        assert "201 Part 201" in shown
        assert panel.drawn_count >= 200


async def test_a_new_width_redraws_the_rows_and_keeps_the_cursor_in_view() -> None:
    panel = TocPanel(
        plain_article(
            sections=[
                Section(
                    id=f"s{i}", heading=f"A heading long enough to wrap {i + 1}", paragraphs=["x"]
                )
                for i in range(40)
            ]
        )
    )
    app = PanelApp(panel, width=50)
    async with app.run_test(size=(80, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        panel.move_cursor_to_key(30)
        await pilot.pause()
        wide = row_texts(panel)[30]
        panel.styles.width = 24
        await wait_until(pilot, lambda: panel.text_width <= 24)
        await wait_until(pilot, lambda: row_texts(panel)[30].count("\n") > wide.count("\n"))
        narrow = row_texts(panel)[30]
        assert narrow.count("\n") > wide.count("\n")  # wrapped again, on more lines
        assert all(cell_len(line) <= panel.text_width for line in narrow.split("\n"))
        assert panel.cursor_key == 30
        marked = [line for line in panel_lines(app) if "›" in line]
        assert len(marked) == 1 and "31" in marked[0]
