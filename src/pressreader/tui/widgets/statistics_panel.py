"""The statistics panel: the article's annotated figures, then the article's own statistics.

Each statistic shows its label (and period), its value for reading ("4.6 million citizens"),
the change from its previous value ("↑ 9 (+5.2%)") and a pair of bars, before and now:

    was ▒▒▒▒▒▒▒▒▒▒▒▒▒ 172
    now ██████████████ 181

The two bars use different block characters and are labelled, so they read without colour.
When the statistic is anchored to words of the text ("more than 600 political parties"), they
follow the value on one dim line in quotes, so a qualified figure is not read as exact.
Below the figures, "About this article" gives the words, paragraphs, reading time, quotes per
speaker and the share of words quoted (`pressreader.text.metrics`). Statistics holding a match of
the find bar carry • and a band in bold across their label (`set_find_hits`). A statistic a
program found that no person has confirmed yet (`reviewed: false`) carries ◌ just before its
label, and the border title counts them ("Statistics (12) · 3 ◌").
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from pressreader.model import Article, Statistic
from pressreader.text.metrics import (
    WORDS_PER_MINUTE,
    ArticleMetrics,
    MetricsCount,
)
from pressreader.text.numbers import (
    bar_pair,
    format_change,
    format_number,
    format_value,
    to_float,
)
from pressreader.text.sanitize import one_line
from pressreader.tui.widgets.annotation_panel import AnnotationPanel
from pressreader.tui.widgets.marks import UNREVIEWED
from pressreader.tui.widgets.panel_list import (
    Row,
    RowChosen,
    fit,
    hang,
    pad_between,
    wrap_lines,
)
from pressreader.tui.widgets.time_slice import next_slice_in, work_slice

BAR_BEFORE = "▒"
BAR_NOW = "█"
BAR_LABELS = ("was ", "now ")
MAX_LABEL_LINES = 2
MAX_VALUE_LINES = 2
# Narrower than this, a bar says nothing; the bars are left out.
MIN_BAR_CELLS = 4
ABOUT_HEADING = "About this article"
OPEN_QUOTE = "“"
CLOSE_QUOTE = "”"
# Up to this many paragraphs, the article's own statistics are counted on the event loop
# (a few ms), after the first screen.
SYNC_METRICS_PARAGRAPHS = 400
# Between two slices of a longer article's count: the frames and keys go first.
COUNT_PAUSE = 0.002


class StatisticRow(NamedTuple):
    """A statistic as the file gives it: formatted only when drawn, so a panel of hundreds
    of statistics is ready at once (formatting them all took ~3 ms for 500)."""

    key: int | None
    label: str = ""
    value: int | float = 0
    previous: int | float | None = None
    unit: str | None = None
    period: str | None = None
    words: str | None = None  # the words of the text the statistic is anchored to
    language: str | None = None  # the article's, for the numbers' format
    reviewed: bool = True  # False: found by a program, not yet confirmed (`reviewed: false`)


class Figures(NamedTuple):
    """What the panel shows of a statistic, formatted for reading."""

    label: str
    period: str
    value: str  # formatted, with its unit
    change: str  # "↑ 9 (+5.2%)", empty without a previous value
    previous_number: str  # the previous value without unit, for the bars
    now_number: str
    bars_for: tuple[float, float] | None  # (value, previous) when there are bars
    words: str  # one line


class HeadingRow(NamedTuple):
    key: int | None
    text: str = ""


class MetricRow(NamedTuple):
    key: int | None
    label: str = ""
    value: str = ""
    indent: int = 0


class NoteRow(NamedTuple):
    key: int | None
    text: str = ""


def statistic_row(index: int, stat: Statistic, language: str | None = None) -> StatisticRow:
    """The row of `stat`, item `index` of an article in `language`."""
    return StatisticRow(
        index,
        stat.label,
        stat.value,
        stat.previous,
        stat.unit,
        stat.period,
        stat.text,
        language,
        stat.reviewed,
    )


def figures(row: StatisticRow) -> Figures:
    """What the panel shows of a statistic: text escaped, numbers formatted for the article's
    language (Chinese and Japanese count in 万 and 亿)."""
    language = row.language
    unit = one_line(row.unit) or None
    change = ""
    previous_number = ""
    bars: tuple[float, float] | None = None
    if row.previous is not None:
        change = format_change(row.value, row.previous, unit=unit, language=language)
        previous_number = format_number(row.previous, language=language)
        bars = (to_float(row.value), to_float(row.previous))
    return Figures(
        label=one_line(row.label),
        period=one_line(row.period),
        value=format_value(row.value, unit, language=language),
        change=change,
        previous_number=previous_number,
        now_number=format_number(row.value, language=language),
        bars_for=bars,
        words=one_line(row.words),
    )


def metric_rows(metrics: ArticleMetrics) -> list[Row]:
    """The article's own statistics, one row each, then the quotes of each speaker."""
    share = f"{metrics.quoted_share * 100:.1f}%" if metrics.words else "–"
    rows: list[Row] = [
        HeadingRow(key=None, text=ABOUT_HEADING),
        MetricRow(key=None, label="Words", value=format_number(metrics.words)),
        MetricRow(key=None, label="Paragraphs", value=format_number(metrics.paragraphs)),
        MetricRow(key=None, label="Reading time", value=f"{metrics.reading_minutes} min"),
        MetricRow(key=None, label="Words quoted", value=share),
        MetricRow(key=None, label="Quotes", value=format_number(metrics.quotes)),
    ]
    for name, count in metrics.quotes_by_speaker.items():
        rows.append(MetricRow(key=None, label=one_line(name), value=str(count), indent=2))
    rows.append(NoteRow(key=None, text=f"Reading time at {WORDS_PER_MINUTE} words a minute."))
    return rows


class StatisticsPanel(AnnotationPanel):
    """The article's statistics; Enter (or a click) posts `StatisticsPanel.StatisticSelected`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Go to statistic", id="stats.select", show=False),
    ]

    DEFAULT_CSS = """
    StatisticsPanel {
        & > .statistics-panel--label {
            text-style: bold;
        }
        & > .statistics-panel--muted {
            color: $text-muted;
        }
        & > .statistics-panel--value {
            color: $text-accent;
            text-style: bold;
        }
        & > .statistics-panel--bar-before {
            color: $text-muted;
        }
        & > .statistics-panel--bar-now {
            color: $text-accent;
        }
        & > .statistics-panel--hit {
            background: $warning 25%;
            text-style: bold;
        }
        & > .statistics-panel--heading {
            text-style: bold underline;
        }
        & > .statistics-panel--words {
            color: $text-muted;
            text-style: dim;
        }
        & > .statistics-panel--unreviewed {
            color: $text-warning;
            text-style: bold;
        }
    }
    """

    HIT_COMPONENT = "statistics-panel--hit"
    UNREVIEWED_COMPONENT = "statistics-panel--unreviewed"

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "statistics-panel--label",
        "statistics-panel--muted",
        "statistics-panel--value",
        "statistics-panel--bar-before",
        "statistics-panel--bar-now",
        "statistics-panel--hit",
        "statistics-panel--heading",
        "statistics-panel--words",
        "statistics-panel--unreviewed",
    }

    class StatisticSelected(RowChosen):
        """The reader chose statistic `index` (in `article.statistics`); `anchor` is where its
        words stand in the text, None when they were not found."""

    def __init__(
        self,
        article: Article | None = None,
        *,
        count: MetricsCount | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._metrics: ArticleMetrics | None = None
        self._count: MetricsCount | None = None
        self._base_rows: list[StatisticRow] = []
        self._metrics_due = False  # the article's own statistics are being counted
        self._label_lines: dict[Row, int] = {}  # lines of each row's label, as last drawn
        self._update_title()
        if article is not None:
            self.load_article(article, count=count)

    # -- public API --------------------------------------------------------------------------

    @property
    def metrics(self) -> ArticleMetrics | None:
        """The article's own statistics, as shown below the figures."""
        return self._metrics

    def load_article(
        self,
        article: Article,
        metrics: ArticleMetrics | None = None,
        *,
        count: MetricsCount | None = None,
    ) -> None:
        """Show `article`'s statistics and its own (`metrics`, computed when not given: after
        the first screen, for a long article in slices between frames, and added below the
        figures). `count`: a count of the article shared with the text's reading time, so
        that its words are counted once for both."""
        self._article = article
        self._metrics = metrics
        self._count = count if count is not None and count.article is article else None
        self._metrics_due = metrics is None
        if self._metrics_due and self.is_mounted:
            self._count_later()
        self._clear_hits()
        self._label_lines.clear()
        self._base_rows = [
            statistic_row(index, stat, article.language)
            for index, stat in enumerate(article.statistics)
        ]
        self._unreviewed = sum(1 for row in self._base_rows if not row.reviewed)
        self._show(keep_key=None)

    def on_mount(self) -> None:
        if self._metrics_due:
            self._count_later()

    def _count_later(self) -> None:
        # After the first screen: its rows come below the figures, out of the first screen,
        # and a counting thread would hold the interpreter lock while the panels draw.
        def start() -> None:
            article = self._article
            if not self._metrics_due or article is None:
                return
            paragraphs = sum(len(section.paragraphs) for section in article.sections)
            # The count shared with the text's reading time when there is one: what it has
            # counted already is not counted again.
            count = self._count or MetricsCount(article)
            if count.done or paragraphs <= SYNC_METRICS_PARAGRAPHS:
                self._metrics_counted(article, count.finish())
            else:
                self._count_in_slices(count)

        self.call_after_refresh(start)

    def _count_in_slices(self, count: MetricsCount) -> None:
        # A long article is counted a few milliseconds at a time between frames: in a
        # thread, the count (seconds on a 50,000-paragraph article) held the interpreter
        # lock against the keys.
        article = self._article
        if article is None or not self._metrics_due or count.article is not article:
            return
        if work_slice(lambda: count.done, count.step):
            self._metrics_counted(article, count.result())
        else:
            self.set_timer(next_slice_in(COUNT_PAUSE), lambda: self._count_in_slices(count))

    def _metrics_counted(self, article: Article, metrics: ArticleMetrics) -> None:
        if article is self._article and self._metrics_due:
            self._metrics = metrics
            self._metrics_due = False
            self.append_rows(metric_rows(metrics))

    def select_statistic(self, index: int | None) -> bool:
        """Put the cursor on statistic `index`; False when there is no such statistic."""
        return self.select_index(index)

    # -- rows --------------------------------------------------------------------------------

    def _show(self, keep_key: int | None) -> None:
        self._update_title()
        self.set_rows(self._build_rows(), keep_key=keep_key)

    def _build_rows(self) -> list[Row]:
        article = self._article
        if article is None:
            return []
        rows: list[Row] = list(self._base_rows)
        if not rows:
            rows.append(NoteRow(key=None, text="No statistics in this article."))
        if self._metrics is not None:
            rows.extend(metric_rows(self._metrics))
        return rows

    def _update_title(self) -> None:
        article = self._article
        total = len(article.statistics) if article is not None else 0
        title = Content(f"Statistics ({total})")
        if self._unreviewed:
            title += f" · {self._unreviewed} {UNREVIEWED}"
        if self._hits:
            title += f" · {len(self._hits)} found"
        self.border_title = title

    def render_row(self, row: Row, width: int) -> Content:
        return Content("\n").join(self.render_row_lines(row, width))

    def render_row_lines(self, row: Row, width: int) -> list[Content]:
        if isinstance(row, StatisticRow):
            return self._render_statistic(row, width)
        muted = self.component_style("statistics-panel--muted")
        if isinstance(row, MetricRow):
            label = Content(" " * row.indent + row.label)
            return [pad_between(label, Content(row.value), width)]
        if isinstance(row, HeadingRow):
            heading = self.component_style("statistics-panel--heading")
            # A blank line sets the article's own statistics apart from the figures above.
            return [Content(""), fit(Content.styled(row.text, heading), width)]
        if isinstance(row, NoteRow):
            return wrap_lines(Content.styled(row.text, muted), width)
        raise TypeError(f"not a statistics panel row: {row!r}")

    def hit_line_count(self, row: Row) -> int | None:
        """A find match lights up the statistic's label, not its numbers and bars."""
        return self._label_lines.get(row, 1)

    def _render_statistic(self, row: StatisticRow, width: int) -> list[Content]:
        shown = figures(row)
        style = self.component_style
        muted = style("statistics-panel--muted")
        # The first cell is the cursor marker's, the second the find hit's, the third says
        # whether a person has confirmed the statistic.
        gutter = self.item_gutter(row.reviewed)
        room = width - gutter.cell_length
        label_style = style("statistics-panel--label")
        lines = wrap_lines(Content.styled(shown.label, label_style), room, MAX_LABEL_LINES)
        self._label_lines[row] = len(lines)
        if shown.period:
            lines.append(fit(Content.styled(shown.period, muted), room))
        value = Content.styled(shown.value, style("statistics-panel--value"))
        change = Content(shown.change)
        if shown.change and value.cell_length + 2 + change.cell_length <= room:
            lines.append(value + "  " + change)
        else:
            lines.extend(wrap_lines(value, room, MAX_VALUE_LINES))
            if shown.change:
                lines.extend(wrap_lines(change, room, MAX_VALUE_LINES))
        if shown.words:
            # The article's own words, which may qualify the figure ("more than 600").
            words = Content.styled(
                OPEN_QUOTE + shown.words + CLOSE_QUOTE, style("statistics-panel--words")
            )
            lines.extend(wrap_lines(words, room, 1, cut_tail=CLOSE_QUOTE))
        if shown.bars_for is not None:
            lines.extend(self._bars(shown, room))
        return hang(gutter, lines)

    def _bars(self, shown: Figures, room: int) -> list[Content]:
        """The before/now bar pair, with the two numbers after the bars when there is room."""
        assert shown.bars_for is not None
        value, previous = shown.bars_for
        label_width = max(len(label) for label in BAR_LABELS)
        numbers_width = max(cell_len(shown.previous_number), cell_len(shown.now_number))
        bar_width = room - label_width - 1 - numbers_width
        show_numbers = bar_width >= MIN_BAR_CELLS
        if not show_numbers:
            bar_width = room - label_width
        if bar_width < MIN_BAR_CELLS:
            return []
        before_cells, now_cells = bar_pair(value, previous, bar_width)
        muted = self.component_style("statistics-panel--muted")
        lines = []
        for label, cells, char, number, component in (
            (BAR_LABELS[0], before_cells, BAR_BEFORE, shown.previous_number, "bar-before"),
            (BAR_LABELS[1], now_cells, BAR_NOW, shown.now_number, "bar-now"),
        ):
            bar_style = self.component_style(f"statistics-panel--{component}")
            line = Content.assemble(
                (label.ljust(label_width), muted),
                (char * cells, bar_style),
                " " * (bar_width - cells),
            )
            if show_numbers:
                # Right-aligned by cells: "1.2万" is five cells wide, not four.
                line += " " * (1 + numbers_width - cell_len(number)) + number
            lines.append(line)
        return lines

    def selected_message(self, row: Row) -> Message | None:
        article = self._article
        if article is None or row.key is None or not 0 <= row.key < len(article.statistics):
            return None
        return self.StatisticSelected(row.key, article.statistics[row.key].anchor, self)
