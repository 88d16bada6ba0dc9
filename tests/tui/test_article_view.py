"""ArticleView in a tiny host app: scrolling, sections, anchors, width, large articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.widget import Widget

from pressreader.article.find import FindQuery
from pressreader.format.loader import load_file
from pressreader.model import Anchor, Article, Quote, Section
from pressreader.tui.widgets import time_slice
from pressreader.tui.widgets.article_view import ArticleView

from .helpers import wait_until

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"


def fixture(name: str) -> Article:
    result = load_file(DATA / f"{name}.yaml")
    assert result.articles, [p.format() for p in result.problems]
    return result.articles[0]


def long_article(paragraphs: int, sections: int = 10) -> Article:
    per = paragraphs // sections
    return Article(
        id="long",
        title="A long article",
        outlet="Daily",
        sections=[
            Section(
                f"s{s}",
                f"Heading {s + 1}" if s else None,
                [
                    f"Paragraph {s * per + p} says something about the economy and trade, "
                    "with enough words to wrap over more than one line at eighty columns, "
                    "and then a few more words to make the paragraph three or four lines "
                    "long at any width a reader would choose, ending in columns."
                    for p in range(per)
                ],
            )
            for s in range(sections)
        ],
    )


class ViewApp(App[None]):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.sections_seen: list[int] = []

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article)

    def on_article_view_section_changed(self, event: ArticleView.SectionChanged) -> None:
        self.sections_seen.append(event.index)


def screen_lines(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def segments(view: ArticleView) -> list[Segment]:
    found: list[Segment] = []
    for y in range(view.scrollable_content_region.height):
        found.extend(view.render_line(y))
    return found


async def test_scrolling_keys_move_by_line_page_and_to_the_ends() -> None:
    app = ViewApp(long_article(200))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.pause()
        page = view.scrollable_content_region.height
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k", "up")
        assert view.scroll_y == 1
        await pilot.press("pagedown")
        assert view.scroll_y == 1 + page
        await pilot.press("space")
        assert view.scroll_y == 1 + 2 * page
        await pilot.press("b", "pageup")
        assert view.scroll_y == 1
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        last = screen_lines(view)
        assert any("Paragraph 199 " in line or "columns." in line for line in last)
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0


async def test_title_and_metadata_come_first() -> None:
    app = ViewApp(fixture("many-sections"))
    async with app.run_test(size=(100, 30)):
        view = app.query_one(ArticleView)
        lines = screen_lines(view)
        article = app.article
        assert lines[0].strip() == article.title
        assert article.subtitle is not None and lines[1].strip() == article.subtitle
        assert "min read" in lines[2]
        assert article.outlet is not None and article.outlet in lines[2]


async def test_section_keys_jump_and_current_section_follows() -> None:
    article = fixture("many-sections")
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        assert view.current_section == 0
        await pilot.press("]")
        await pilot.pause()
        assert view.current_section == 1
        assert view.render_line(0).text.strip() == article.sections[1].heading
        await pilot.press("]", "]")
        await pilot.pause()
        assert view.current_section == 3
        await pilot.press("[")
        await pilot.pause()
        assert view.current_section == 2
        await pilot.press("5")
        await pilot.pause()
        assert view.current_section == 4
        assert view.render_line(0).text.strip() == article.sections[4].heading
        assert app.sections_seen[-1] == 4
        # Scrolling by line into the next section updates the current section too.
        start = view.display_lines.section_line(5)  # type: ignore[union-attr]
        assert start is not None
        while view.scroll_y < start:
            await pilot.press("j")
        await pilot.pause()
        assert view.current_section == 5
        assert app.sections_seen[-1] == 5
        # In the middle of a section, `[` goes back to its start first.
        await pilot.press("j")
        await pilot.press("[")
        assert view.scroll_y == start and view.current_section == 5
        # `1` goes back to the first section from the top: its title and byline show.
        await pilot.press("1")
        await pilot.pause()
        assert view.scroll_y == 0 and view.current_section == 0
        assert view.render_line(0).text.strip() == article.title


async def test_last_sections_can_be_current_even_when_short() -> None:
    article = fixture("many-sections")
    app = ViewApp(article)
    async with app.run_test(size=(80, 40)) as pilot:
        view = app.query_one(ArticleView)
        last = len(article.sections) - 1
        assert view.goto_section(last)
        await pilot.pause()
        assert view.current_section == last
        assert not view.goto_section(last + 1)


async def test_scroll_to_anchor_highlights_the_span_near_the_top_third() -> None:
    article = fixture("many-sections")
    quote = next(q for q in reversed(article.quotes) if q.anchor is not None)
    assert quote.anchor is not None
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        assert view.scroll_to_anchor(quote.anchor)
        await pilot.pause()
        lines = view.display_lines
        assert lines is not None
        first, _ = lines.anchor_lines(quote.anchor)  # type: ignore[misc]
        height = view.scrollable_content_region.height
        row = first - round(view.scroll_y)
        assert 0 <= row <= height // 2
        reversed_text = "".join(
            s.text for s in segments(view) if s.style is not None and s.style.reverse
        )
        words = quote.text.split()
        assert words[0] in reversed_text and words[-1].strip(".,") in reversed_text
        # The selected line carries a marker in the margin, visible without colour.
        assert "▌" in view.render_line(row).text
        view.clear_highlight()
        await pilot.pause()
        assert not any(s.style is not None and s.style.reverse for s in segments(view))


async def test_quotes_and_statistics_are_marked_subtly() -> None:
    text = "Ann said we will build more bridges, up from 3 to 5 this year."
    start = text.index("we will")
    article = Article(
        id="m",
        title="Marks",
        sections=[Section("s", None, [text])],
        quotes=[Quote("Ann", "we will build more bridges", anchor=Anchor(0, "s", 0, start, 35))],
    )
    app = ViewApp(article)
    async with app.run_test(size=(80, 12)):
        view = app.query_one(ArticleView)
        italic = "".join(s.text for s in segments(view) if s.style and s.style.italic)
        assert italic == "we will build more bridges"


async def test_hostile_text_shows_escaped_and_literal() -> None:
    article = fixture("hostile")
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        seen = []
        for _ in range(40):
            seen.extend(segments(view))
            await pilot.press("pagedown")
            if view.scroll_y >= view.max_scroll_y:
                seen.extend(segments(view))
                break
        shown = "".join(s.text for s in seen)
        for bad in ("\x1b", "\x07", "\x9b", "\x9d", "\x00", "\x7f", "\r", "\b"):
            assert bad not in shown
        assert "\\x1b]0;PWNED\\x07" in shown
        assert "[bold red]Breaking[/]" in shown
        assert "[@click=app.quit]click[/]" in shown
        assert ":warning:" in shown  # Rich emoji codes are not expanded
        assert all(not (s.style and s.style.link) for s in seen)
        assert all(not (s.style and s.style.meta) for s in seen)


async def test_highlights_land_on_the_right_characters_around_escaped_controls() -> None:
    app = ViewApp(fixture("hostile"))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        results = view.find(FindQuery("Clipboard: \x1b]52;c;SGVsbG8=\x07. Clear"))
        assert len(results) == 1
        await pilot.pause()
        current = "".join(s.text for s in segments(view) if s.style and s.style.reverse)
        # (The match may wrap: the space at a line break is on neither line.)
        assert current.replace(" ", "") == "Clipboard:\\x1b]52;c;SGVsbG8=\\x07.Clear"
        results = view.find(FindQuery("PWNED"))
        assert len(results) >= 2
        await pilot.pause()
        current = [s.text for s in segments(view) if s.style and s.style.reverse]
        assert current == ["PWNED"]


async def test_cjk_lines_align_to_the_widget_width() -> None:
    app = ViewApp(fixture("cjk"))
    async with app.run_test(size=(61, 24)) as pilot:
        view = app.query_one(ArticleView)
        width = view.scrollable_content_region.width
        for _ in range(6):
            for y in range(view.scrollable_content_region.height):
                strip = view.render_line(y)
                assert strip.cell_length == width
                assert cell_len(strip.text) == width
            await pilot.press("pagedown")


async def test_narrowing_and_widening_rewraps_and_keeps_the_place() -> None:
    app = ViewApp(long_article(100))
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        assert view.text_width == 88
        before = view.display_lines
        assert before is not None
        await pilot.press("pagedown", "pagedown")
        top_text = before.text(before.line(round(view.scroll_y)))
        await pilot.press("minus", "minus", "less_than_sign")
        await pilot.pause()
        assert view.max_width == 76 and view.text_width == 76
        after = view.display_lines
        assert after is not None and after.line_count > before.line_count
        for y in range(view.scrollable_content_region.height):
            text = view.render_line(y).text.strip()
            assert cell_len(text) <= 76
        # The line at the top still starts with the words that were at the top.
        assert top_text.startswith(after.text(after.line(round(view.scroll_y)))[:10])
        await pilot.press("plus", "greater_than_sign")
        await pilot.pause()
        assert view.max_width == 84


async def test_resizing_rewraps_to_the_new_width() -> None:
    app = ViewApp(long_article(50))
    async with app.run_test(size=(120, 30)) as pilot:
        view = app.query_one(ArticleView)
        assert view.text_width == 88
        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        # The marker's gutter on the left, a blank cell before the scrollbar on the right.
        assert view.text_width == view.scrollable_content_region.width - 3 < 50
        for y in range(view.scrollable_content_region.height):
            line = view.render_line(y)
            assert line.cell_length == view.scrollable_content_region.width
            assert line.text.endswith(" ")  # the text never touches the scrollbar
        await pilot.resize_terminal(20, 6)
        await pilot.pause()
        await pilot.press("pagedown")
        assert view.render_line(0).cell_length == view.scrollable_content_region.width


async def test_five_thousand_paragraphs_open_without_a_widget_per_paragraph() -> None:
    article = long_article(5000, sections=50)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        widgets = list(app.screen.query(Widget))
        assert len(widgets) < 20
        lines = view.display_lines
        assert lines is not None and lines.line_count > 10_000
        view.focus()
        await pilot.press("G")
        await pilot.pause()
        assert any("columns." in line for line in screen_lines(view))
        assert view.goto_section(49)
        await pilot.pause()
        assert view.current_section == 49
        assert "Heading 50" in view.render_line(0).text
        # The rest of the layout and the reading time follow in the background.
        await wait_until(pilot, lambda: lines.complete and "min read" in lines.text(lines.line(1)))
        assert lines.complete
        assert lines.text(lines.line(1)).endswith(" min read")
        assert view.virtual_size.height == lines.line_count


async def test_next_section_looks_only_past_the_current_one() -> None:
    article = long_article(500, sections=50)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None
        assert view.goto_section(40)
        await pilot.pause()
        asked: list[int] = []
        section_line = lines.section_line

        def recorded(index: int) -> int | None:
            asked.append(index)
            return section_line(index)

        lines.section_line = recorded  # type: ignore[method-assign]
        assert view.next_section()
        assert view.current_section == 41
        # The sections before the current one are not looked at (2,000 of them for a `]` at
        # the end of a 50,000-paragraph article).
        assert min(asked) >= 41
        assert view.goto_section(49)
        assert not view.next_section()


async def test_the_reading_time_found_later_leaves_the_text_where_it_was() -> None:
    # The outlet fills the metadata line: with the reading time added it takes two lines,
    # which would push every line below it down by one under the reader's eyes (and a
    # position restored as the article opens would be saved one line too high).
    article = replace(long_article(5000, sections=50), outlet="The " + "Long-Named " * 6)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None
        assert "min read" not in lines.text(lines.line(1))
        view.scroll_to(y=500, animate=False, immediate=True, force=True)
        await pilot.pause()
        before = screen_lines(view)
        await wait_until(pilot, lambda: lines.complete and "min read" in lines.text(lines.line(2)))
        assert lines.text(lines.line(2)).endswith(" min read")  # now on a second line
        await pilot.pause()
        assert screen_lines(view) == before


async def test_scrolling_far_before_the_layout_is_complete_reaches_the_line() -> None:
    article = long_article(5000, sections=50)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)):
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None and not lines.complete
        target = lines.line_of("paragraph", 45, 0, 0)
        assert target is not None
        view.scroll_to(y=target, animate=False, immediate=True, force=True)
        assert view.scroll_y == target
        assert view.render_line(0).text.strip().startswith("Paragraph 4500 ")


async def test_load_article_replaces_the_text_and_goes_to_the_top() -> None:
    app = ViewApp(long_article(100))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown")
        view.load_article(fixture("cjk"))
        await pilot.pause()
        assert view.scroll_y == 0 and view.current_section == 0
        assert view.render_line(0).text.strip() == fixture("cjk").title


async def test_highlights_differ_without_colour() -> None:
    """With NO_COLOR only text attributes remain: each highlight must have its own."""
    app = ViewApp(long_article(10))
    async with app.run_test(size=(80, 24)):
        view = app.query_one(ArticleView)

        def attributes(component: str) -> tuple[bool, bool, bool, bool]:
            style = view.get_component_rich_style(component, partial=True)
            return (
                bool(style.bold),
                bool(style.italic),
                bool(style.underline),
                bool(style.reverse),
            )

        names = ["quote", "statistic", "match", "current-match", "selected", "heading"]
        found = {name: attributes(f"article-view--{name}") for name in names}
        for name, attrs in found.items():
            assert any(attrs), name
        body = ["quote", "statistic", "match", "current-match", "selected"]
        assert len({found[name] for name in body}) == len(body)


async def test_an_empty_view_finds_nothing_and_does_not_fail() -> None:
    class EmptyApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleView()

    app = EmptyApp()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("j", "G", "]", "3", "plus")
        results = view.find(FindQuery("x"))
        assert len(results) == 0 and view.find_status == "0/0"
        assert not view.next_match()
        assert view.render_line(0).text.strip() == ""


def test_every_binding_has_an_id_and_a_description() -> None:
    for binding in ArticleView.BINDINGS:
        assert not isinstance(binding, tuple)
        assert binding.id and binding.description  # type: ignore[union-attr]


def test_styled_segments_layer_spans_in_order() -> None:
    from rich.style import Style

    from pressreader.tui.widgets.article_view import _styled_segments

    styles = {"line": Style(italic=True), "red": Style(color="red")}
    styles["blue"] = Style(color="blue", bold=True)

    def style(components: tuple[str, ...]) -> Style:
        combined = Style()
        for name in components:
            combined += styles[name]
        return combined

    base, red, blue = styles["line"], styles["red"], styles["blue"]
    segments = _styled_segments("abcdefgh", "line", [(1, 5, "red"), (3, 7, "blue")], style)
    cells = [(ch, seg.style) for seg in segments for ch in seg.text]
    assert "".join(ch for ch, _ in cells) == "abcdefgh"
    assert [style for _, style in cells] == [
        base,
        base + red,
        base + red,
        base + red + blue,  # the later span wins where they overlap
        base + red + blue,
        base + blue,
        base + blue,
        base,
    ]
    assert _styled_segments("plain", "line", [], style) == [Segment("plain", base)]


async def test_a_new_theme_redraws_the_text_on_its_background() -> None:
    app = ViewApp(long_article(20))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()

        def backgrounds() -> set[object]:
            return {s.style.bgcolor for s in segments(view) if s.style is not None}

        before = backgrounds()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = backgrounds()
        assert after and after != before
        assert after == {view.rich_style.bgcolor}


async def test_scroll_to_passes_release_anchor_on() -> None:
    app = ViewApp(long_article(50))
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.anchor()
        await pilot.pause()
        released: list[bool] = []
        view.release_anchor = lambda: released.append(True)  # type: ignore[method-assign]
        view.scroll_to(y=5, animate=False, release_anchor=False)
        assert released == []
        view.scroll_to(y=6, animate=False)
        assert released == [True]


async def test_the_background_layout_grows_the_scroll_range_seldom(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each growth of the scroll range arranges and draws the whole screen again: while the
    rest of a long article is wrapped, the range follows now and then (here: never before
    the end), not after every slice."""
    monkeypatch.setattr(time_slice, "GROW_EVERY_SECONDS", 3600.0)
    app = ViewApp(long_article(5000, sections=50))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None and not lines.complete
        heights: list[int] = []
        view.watch(view, "virtual_size", lambda size: heights.append(size.height), init=False)
        await wait_until(pilot, lambda: lines.complete)
        await pilot.pause()
        # One growth when the throttle is first asked, then the complete layout's.
        assert len(heights) <= 2, heights
        assert view.virtual_size.height == lines.line_count


async def test_the_background_layout_arranges_nothing_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A longer scroll range resizes the view's scrollbar; the screen is not arranged again
    (the view's height is the screen's share, whatever the text's length)."""
    monkeypatch.setattr(time_slice, "GROW_EVERY_SECONDS", 0.0)  # a growth every slice
    app = ViewApp(long_article(5000, sections=50))
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None and not lines.complete
        layouts: list[object] = []
        app.screen.screen_layout_refresh_signal.subscribe(app.screen, layouts.append)
        await wait_until(pilot, lambda: lines.complete)
        await pilot.pause()
        # The first frame's own arrangement may still be due; none for the growths.
        assert len(layouts) <= 1, len(layouts)
        assert view.virtual_size.height == lines.line_count
        bar = view.vertical_scrollbar
        assert bar.window_virtual_size == lines.line_count  # the scrollbar knows the range


async def test_the_search_text_is_built_in_the_background_a_piece_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long article's search text is tens of megabytes: built at once it held the event
    # loop for a second, and a key pressed meanwhile waited for all of it.
    from pressreader.article import find

    built_at_once: list[Article] = []
    steps: list[int] = []
    whole_init, step = find.ArticleText.__init__, find.TextBuild.step

    def at_once(self: find.ArticleText, article: Article) -> None:
        built_at_once.append(article)
        whole_init(self, article)

    def counted_step(self: find.TextBuild) -> None:
        steps.append(1)
        step(self)

    monkeypatch.setattr(find.ArticleText, "__init__", at_once)
    monkeypatch.setattr(find.TextBuild, "step", counted_step)
    monkeypatch.setattr(find, "_PIECE_CHARS", 2_000)
    article = long_article(400, sections=4)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await wait_until(pilot, lambda: view._text is not None)
        assert not built_at_once
        assert len(steps) > 50  # 400 paragraphs of 250 characters, in pieces of 2,000
        whole = find.ArticleText(article)
        assert view.article_text.plain == whole.plain
        assert view.article_text.lowered == whole.lowered
        results = view.find(FindQuery("paragraph 399"))
        assert len(results) == 1


def test_slices_wait_after_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(time_slice, "perf_counter", lambda: now[0])
    monkeypatch.setattr(time_slice, "_input_at", -1.0)
    steps: list[int] = []

    def step() -> None:
        steps.append(1)
        now[0] += 0.001

    def done() -> bool:
        return len(steps) >= 3

    time_slice.note_input()
    assert time_slice.input_quiet_left() == pytest.approx(time_slice.INPUT_QUIET_SECONDS)
    assert time_slice.next_slice_in(0.002) == pytest.approx(time_slice.INPUT_QUIET_SECONDS)
    assert not time_slice.work_slice(done, step)
    assert steps == []  # the key's frame first
    now[0] += time_slice.INPUT_QUIET_SECONDS
    assert time_slice.input_quiet_left() == 0
    assert time_slice.next_slice_in(0.002) == 0.002
    assert time_slice.work_slice(done, step) and len(steps) == 3


def test_a_key_read_during_a_slice_ends_it_after_the_step(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(time_slice, "perf_counter", lambda: now[0])
    monkeypatch.setattr(time_slice, "_input_at", -1.0)
    steps: list[int] = []

    def step() -> None:
        steps.append(1)
        now[0] += 0.0001
        if len(steps) == 2:
            time_slice.note_input()  # as the terminal's input thread does, mid-slice

    assert not time_slice.work_slice(lambda: len(steps) >= 50, step)
    assert len(steps) == 2  # not the 50 steps the slice's time had room for


def test_the_reader_s_driver_tells_the_slices_of_input_as_it_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual import events
    from textual.driver import Driver
    from textual.drivers.headless_driver import HeadlessDriver

    from pressreader.tui.app import PressReaderApp

    passed: list[object] = []

    class Plain(HeadlessDriver):
        def process_message(self, message: object) -> None:  # type: ignore[override]
            passed.append(message)

    noting = time_slice.noting_input(Plain)
    assert issubclass(noting, Plain)
    driver = noting.__new__(noting)  # its input thread calls `process_message`
    monkeypatch.setattr(time_slice, "_input_at", -100.0)
    resize = events.Resize(Size(80, 24), Size(80, 24))
    driver.process_message(resize)
    assert time_slice.input_quiet_left() == 0
    key = events.Key("j", "j")
    driver.process_message(key)
    assert time_slice.input_quiet_left() > 0
    assert passed == [resize, key]  # every message still goes on to the app
    app = PressReaderApp([DATA / "cjk.yaml"], use_user_config=False, open_direct=True)
    driver_class = app.driver_class
    assert driver_class.__name__.startswith("InputNoting")
    assert driver_class.process_message is not Driver.process_message


async def test_keys_hold_the_background_layout_off_but_a_scroll_reaches_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pressreader.tui.app import PressReaderApp

    # Keys that come while a long article is still being laid out get their frames first:
    # the background waits after each (here, as long as a test needs to see it wait).
    monkeypatch.setattr(time_slice, "INPUT_QUIET_SECONDS", 30.0)
    article = long_article(5000, sections=50)
    app = ViewApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        lines = view.display_lines
        assert lines is not None and not lines.complete
        time_slice.note_input()  # as the reader's app does for a key (below)
        await pilot.pause()
        wrapped = len(lines.spans)
        await pilot.pause(0.2)
        assert len(lines.spans) == wrapped and not lines.complete
        # Near the end of the scroll range (the lines not wrapped yet are estimated), the
        # next screens are wrapped at once and the range follows, keys or not.
        view.scroll_to(y=view.max_scroll_y, animate=False, immediate=True, force=True)
        assert len(lines.spans) > wrapped
        assert view.virtual_size.height == lines.line_count
    # The reader's app tells the slices of keys and clicks.
    monkeypatch.setattr(time_slice, "_input_at", -100.0)
    reader = PressReaderApp([DATA / "cjk.yaml"], use_user_config=False, open_direct=True)
    async with reader.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert time_slice.input_quiet_left() == 0
        await pilot.press("j")
        assert time_slice.input_quiet_left() > 0
