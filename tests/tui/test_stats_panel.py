"""The statistics panel: formatted values and changes, before/now bars, selection, the article's
own statistics."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from pressreader.model import Anchor, Quote, Section, Speaker, Statistic
from pressreader.text.metrics import article_metrics
from pressreader.text.numbers import bar_pair, format_number
from pressreader.tui.widgets.statistics_panel import (
    ABOUT_HEADING,
    BAR_BEFORE,
    BAR_NOW,
    MetricRow,
    StatisticsPanel,
)
from tests.tui.helpers import stray_controls, terminal_output, wait_until
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

ANCHOR = Anchor(section_index=0, section_id="lead", paragraph=0, start=4, end=9)


def statistics() -> list[Statistic]:
    return [
        Statistic("Countries", 181, previous=172, unit="countries", period="2012–2022"),
        Statistic("Citizens helped", 4_600_000, unit="citizens", anchor=ANCHOR),
        Statistic("Budget", 1_300_000_000, previous=2_600_000_000, unit="$"),
    ]


def make_panel(width: int = 40) -> tuple[StatisticsPanel, PanelApp]:
    article = plain_article(
        sections=[Section(id="lead", heading=None, paragraphs=["One two three four five."])],
        statistics=statistics(),
    )
    panel = StatisticsPanel(article)
    return panel, PanelApp(panel, width=width)


def stat_lines(panel: StatisticsPanel, index: int) -> list[str]:
    row = panel.row_index(index)
    assert row is not None
    return row_texts(panel)[row].split("\n")


async def test_values_and_changes_are_formatted_for_reading() -> None:
    panel, app = make_panel()
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        first = stat_lines(panel, 0)
        assert first[0][3:] == "Countries"
        assert first[1][3:] == "2012–2022"
        assert first[2][3:] == "181 countries  ↑ 9 (+5.2%)"
        second = stat_lines(panel, 1)
        assert second[1][3:] == "4.6 million citizens"
        assert len(second) == 2  # no change, no bars without a previous value
        third = stat_lines(panel, 2)
        # Value and change share a line when both fit, else the change goes below.
        assert third[1][3:] == "$1.3 billion"
        assert third[2][3:] == "↓ 1.3 billion (-50%)"
        screen = "\n".join(panel_lines(app))
        assert "181 countries" in screen and "4.6 million citizens" in screen


async def test_bars_show_before_and_now_with_labels_and_scaled_cells() -> None:
    panel, app = make_panel()
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        for index, (value, previous) in ((0, (181, 172)), (2, (1.3e9, 2.6e9))):
            lines = stat_lines(panel, index)
            was = next(line for line in lines if line[3:].startswith("was "))
            now = next(line for line in lines if line[3:].startswith("now "))
            assert lines.index(was) + 1 == lines.index(now)
            bar_width = (
                len(was)
                - len("   was ")
                - 1
                - max(len(format_number(value)), len(format_number(previous)))
            )
            before_cells, now_cells = bar_pair(value, previous, bar_width)
            assert was.count(BAR_BEFORE) == before_cells > 0
            assert now.count(BAR_NOW) == now_cells > 0
            assert BAR_NOW not in was and BAR_BEFORE not in now
            # The numbers stand after the bars, right-aligned in one column.
            assert was.endswith(format_number(previous))
            assert now.endswith(format_number(value))
            assert len(was) == len(now)
        # A rise draws the longer bar now, a fall the longer bar before.
        rise, fall = stat_lines(panel, 0), stat_lines(panel, 2)
        assert rise[-1].count(BAR_NOW) > rise[-2].count(BAR_BEFORE)
        assert fall[-1].count(BAR_NOW) < fall[-2].count(BAR_BEFORE)


async def test_bars_fit_a_narrow_panel() -> None:
    panel, app = make_panel(width=22)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        for line in "\n".join(row_texts(panel)).split("\n"):
            assert cell_len(line) <= panel.text_width
        lines = stat_lines(panel, 0)
        assert any(BAR_NOW in line for line in lines)


async def test_enter_posts_the_statistic_index_and_its_anchor() -> None:
    panel, app = make_panel()
    async with app.run_test(size=(60, 40)) as pilot:
        panel.focus()
        await pilot.pause()
        assert panel.selected_index == 0
        await pilot.press("enter", "j", "enter")
        await pilot.pause()
        assert [m.index for m in app.messages] == [0, 1]  # type: ignore[attr-defined]
        assert app.messages[0].anchor is None  # type: ignore[attr-defined]
        assert app.messages[1].anchor == ANCHOR  # type: ignore[attr-defined]
        assert isinstance(app.messages[1], StatisticsPanel.StatisticSelected)
        assert app.messages[1].control is panel
        panel.selected_index = 2
        await pilot.pause()
        assert panel.selected_index == 2
        screen = panel_lines(app)
        assert next(line for line in screen if "Budget" in line).startswith("›")
        assert sum(line.count("›") for line in screen) == 1


async def test_sample_statistics_carry_their_loaded_anchors() -> None:
    article = sample()
    panel = StatisticsPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 40)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        message = app.messages[-1]
        assert message.index == 1  # type: ignore[attr-defined]
        assert message.anchor is article.statistics[1].anchor  # type: ignore[attr-defined]
        assert message.anchor is not None  # type: ignore[attr-defined]
        lines = [line.strip() for line in row_texts(panel)[panel.row_index(1) or 0].split("\n")]
        assert "113 partnerships" in lines
        assert "↑ 72 (+176%)" in lines


async def test_find_hits_light_up_their_statistics() -> None:
    panel, app = make_panel()
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        panel.set_find_hits({1})
        await pilot.pause()
        hit_lines = marked_lines(panel, "•", 1)
        assert len(hit_lines) == 1 and "Citizens helped" in hit_lines[0]
        assert "1 found" in str(panel.border_title)
        # The hit's label lies on the hit band; its value and other labels do not.
        hit_colour = panel.component_style("statistics-panel--hit").rich_style.bgcolor
        assert hit_colour is not None
        strips = panel_strips(panel)

        def colours(text: str) -> set[object]:
            strip = next(strip for strip in strips if text in strip.text)
            return {segment.style.bgcolor for segment in strip if segment.style is not None}

        assert hit_colour in colours("Citizens helped")
        assert hit_colour not in colours("4.6 million citizens")
        assert hit_colour not in colours("Countries")
        assert sum(1 for line in panel_lines(app) if "•" in line) == 1
        panel.set_find_hits(())
        await pilot.pause()
        assert marked_lines(panel, "•", 1) == []


async def test_the_articles_own_statistics_follow_the_figures() -> None:
    article = sample()
    metrics = article_metrics(article)
    panel = StatisticsPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        panel.focus()
        # The metric rows come after the first frame.
        await wait_until(pilot, lambda: panel.metrics is not None)
        await wait_rows_loaded(pilot, panel)
        texts = row_texts(panel)
        about = next(i for i, text in enumerate(texts) if ABOUT_HEADING in text)
        assert about > panel.row_index(len(article.statistics) - 1)  # type: ignore[operator]
        shown = {
            row.label.strip(): texts[index].strip()
            for index, row in enumerate(panel.rows)
            if isinstance(row, MetricRow)
        }

        def value_of(label: str) -> str:
            text = shown[label]
            assert text.startswith(label)
            return text[len(label) :].strip()

        assert value_of("Words") == format_number(metrics.words)
        assert value_of("Paragraphs") == str(metrics.paragraphs) == "17"
        assert value_of("Reading time") == f"{metrics.reading_minutes} min"
        assert "Reading time at 230 words a minute." in " ".join(texts).replace("\n", " ")
        assert value_of("Words quoted") == f"{metrics.quoted_share * 100:.1f}%"
        assert value_of("Quotes") == str(len(article.quotes))
        assert value_of("Ma Zhaoxu") == str(metrics.quotes_by_speaker["Ma Zhaoxu"])
        assert value_of("Shen Beili") == str(metrics.quotes_by_speaker["Shen Beili"])
        # The keyboard reaches them: past the last statistic the list scrolls to the end.
        await pilot.press("G", "j")
        await pilot.pause()
        screen = "\n".join(panel_lines(app))
        assert "Shen Beili" in screen and ABOUT_HEADING in screen
        assert panel.selected_index == len(article.statistics) - 1


async def test_page_keys_stop_at_the_first_and_last_statistics() -> None:
    article = sample()
    panel = StatisticsPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 20)) as pilot:
        panel.focus()
        await pilot.pause()
        last = len(article.statistics) - 1
        # Paging past the last statistic (the article's own statistics follow it) keeps the
        # cursor on the last one and shows the rows below it.
        for _ in range(12):
            await pilot.press("pagedown")
        await pilot.pause()
        assert panel.selected_index == last
        screen = "\n".join(panel_lines(app))
        assert "Reading time at 230 words" in screen
        assert sum(line.count("›") for line in panel_lines(app)) == 1
        for _ in range(12):
            await pilot.press("pageup")
        await pilot.pause()
        assert panel.selected_index == 0
        assert panel.scroll_y == 0


async def test_end_in_a_short_panel_keeps_the_last_statistic_in_view() -> None:
    # At 80x24 the panel is about ten lines high, less than the article's own statistics
    # below the last statistic: End shows as many of them as fit under the cursor, and the
    # statistic that `y` would copy stays on screen.
    article = sample()
    panel = StatisticsPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 10)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        last = len(article.statistics) - 1
        assert panel.selected_index == last
        lines = panel_lines(app)
        assert sum(line.count("›") for line in lines) == 1
        assert article.statistics[last].label.split()[0] in "\n".join(lines)
        assert panel.scroll_y > 0


async def test_stepping_down_never_leaves_half_an_item_at_the_top() -> None:
    article = sample()
    panel = StatisticsPanel(article)
    app = PanelApp(panel)
    async with app.run_test(size=(60, 12)) as pilot:
        panel.focus()
        await pilot.pause()
        starts = set()
        for _ in range(len(article.statistics) - 1):
            await pilot.press("down")
            await pilot.pause()
            panel.load_rows()
            starts = {panel.row_start(index) for index in range(len(panel.rows))}
            assert round(panel.scroll_y) in starts, panel_lines(app)
            # The statistic under the cursor shows whole.
            index = panel.highlighted
            assert index is not None
            top = panel.row_start(index)
            assert panel.scroll_y <= top
            assert top + len(panel.row_lines(index)) <= panel.scroll_y + panel.size.height
        assert panel.scroll_y > 0


async def test_metric_rows_align_with_chinese_names() -> None:
    article = plain_article(
        sections=[Section(id="lead", heading=None, paragraphs=["李明说：“我们来了。”王芳说好。"])],
        speakers=[Speaker("李明"), Speaker("Ann")],
        quotes=[Quote("李明", "我们来了。"), Quote("Ann", "x"), Quote("李明", "y")],
    )
    panel = StatisticsPanel(article)
    app = PanelApp(panel, width=30)
    async with app.run_test(size=(60, 30)) as pilot:
        # Laid out at its width, with the metric rows counted after the first frame (under
        # load one pause may come before either).
        await wait_until(pilot, lambda: panel.metrics is not None)
        await wait_rows_loaded(pilot, panel)
        metric_texts = [
            row_texts(panel)[i] for i, row in enumerate(panel.rows) if isinstance(row, MetricRow)
        ]
        widths = {cell_len(text) for text in metric_texts}
        assert widths == {panel.text_width}  # every value ends in the same column
        assert any(text.startswith("  李明") and text.endswith("2") for text in metric_texts)
        assert "No statistics in this article." in " ".join(row_texts(panel)).replace("\n", " ")


async def test_chinese_statistics_fit_by_cell_width() -> None:
    panel = StatisticsPanel(fixture("cjk.yaml"))
    app = PanelApp(panel, width=26)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        for line in "\n".join(row_texts(panel)).split("\n"):
            assert cell_len(line) <= panel.text_width
        lines = [line.strip() for line in row_texts(panel)[0].split("\n")]
        # Chinese articles count in 万 (ten thousands), as their readers do.
        assert lines[1:3] == ["1.2万人次", "↑ 3500 (+41.2%)"]


async def test_hostile_labels_and_units_show_literally() -> None:
    panel = StatisticsPanel(fixture("hostile.yaml"))
    app = PanelApp(panel, width=60)
    async with app.run_test(size=(80, 40)) as pilot:
        panel.focus()
        await pilot.pause()
        texts = "\n".join(row_texts(panel))
        assert "[@click=app.quit]Clicks[/] \\x9b31m" in texts
        assert "Array [0] index" in texts
        assert "[b]items[/b]" in texts
        assert "\\x1b[2J" in texts
        assert "\x1b" not in texts
        assert not stray_controls(terminal_output(app))
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


async def test_selection_marker_shows_without_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    panel, app = make_panel()
    async with app.run_test(size=(60, 40)) as pilot:
        panel.focus()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        marked = [line for line in panel_lines(app) if "›" in line]
        assert len(marked) == 1 and "Citizens helped" in marked[0]


async def test_a_long_articles_own_statistics_are_counted_in_slices_and_added(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted a few milliseconds at a time between frames, in no thread (a counting thread
    holds the interpreter lock against the keys)."""
    import asyncio

    def no_thread(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the count went to a thread")

    monkeypatch.setattr(asyncio, "to_thread", no_thread)
    sections = [
        Section(id=f"s{i}", heading=f"Part {i}", paragraphs=["One two three.", "Four five."])
        for i in range(300)
    ]
    article = plain_article(sections=sections, statistics=statistics())
    panel = StatisticsPanel(article)
    assert panel.metrics is None  # 600 paragraphs: not counted at once
    app = PanelApp(panel)
    async with app.run_test(size=(60, 30)) as pilot:
        await wait_until(pilot, lambda: panel.metrics is not None)
        assert panel.metrics is not None
        assert panel.metrics.words == 1500 and panel.metrics.paragraphs == 600
        texts = row_texts(panel)
        assert any(ABOUT_HEADING in text for text in texts)
        assert any(text.startswith("Words") and text.endswith("1,500") for text in texts)
        # The figures above did not move.
        assert panel.row_index(0) == 0 and panel.selected_index == 0


async def test_odd_values_draw_without_error() -> None:
    odd = [
        Statistic("Not a number", float("nan"), previous=3),
        Statistic("Infinite", float("inf"), previous=1.5),
        Statistic("From zero", 5, previous=0),
        Statistic("To zero", 0, previous=5),
        Statistic("Negative", -12.5, previous=-10, unit="°C"),
        Statistic("Unchanged", 7, previous=7),
    ]
    panel = StatisticsPanel(plain_article(statistics=odd))
    app = PanelApp(panel, width=34)
    async with app.run_test(size=(60, 50)) as pilot:
        await pilot.pause()
        texts = [line.strip() for line in "\n".join(row_texts(panel)).split("\n")]
        assert "NaN" in texts
        assert "5  ↑ 5" in texts
        assert "-12.5°C  ↓ 2.5 (-25%)" in texts
        assert "7  = 0 (0%)" in texts
        to_zero = stat_lines(panel, 3)
        assert BAR_NOW not in to_zero[-1] and to_zero[-2].count(BAR_BEFORE) > 0


async def test_anchored_words_show_under_the_value_in_quotes() -> None:
    article = plain_article(
        statistics=[
            Statistic("Parties", 600, text="more than 600 political parties", previous=500),
            Statistic("Evacuations", 20, text="nearly 20 emergency evacuation " * 5),
            Statistic("Plain", 7),
            Statistic("Marked", 3, text="[b]three[/b] \x1b[2J\nitems"),
        ]
    )
    panel = StatisticsPanel(article)
    app = PanelApp(panel, width=48)
    async with app.run_test(size=(60, 50)) as pilot:
        await pilot.pause()
        width = panel.text_width
        first = stat_lines(panel, 0)
        assert first[1][3:].startswith("600  ↑ 100")
        # The words qualify the figure: they come right under the value line, before the bars.
        assert first[2] == "   “more than 600 political parties”"
        assert first[3].lstrip().startswith("was ")
        second = stat_lines(panel, 1)
        assert second[1][3:] == "20"
        assert len(second) == 3
        assert second[2].startswith("   “nearly 20 emergency") and second[2].endswith("…”")
        assert cell_len(second[2]) <= width
        assert stat_lines(panel, 2) == ["   Plain", "   7"]
        assert stat_lines(panel, 3)[2] == "   “[b]three[/b] \\x1b[2J items”"
        prompt = row_content(panel, panel.row_index(0) or 0)
        words_start = prompt.plain.index("“")  # type: ignore[union-attr]
        assert any(
            span.start <= words_start < span.end and getattr(span.style, "dim", False)
            for span in prompt.spans  # type: ignore[union-attr]
        )
        assert "\x1b" not in "\n".join(row_texts(panel))
        assert not stray_controls(terminal_output(app))


async def test_sample_qualified_figures_show_their_words() -> None:
    panel = StatisticsPanel(sample())
    app = PanelApp(panel, width=48)
    async with app.run_test(size=(60, 60)) as pilot:
        await pilot.pause()
        panel.load_rows()
        texts = "\n".join(row_texts(panel))
        assert "“more than 600 political parties" in texts
