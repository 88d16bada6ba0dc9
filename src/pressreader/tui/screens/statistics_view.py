"""Every figure cited in the library (not to be confused with an article's StatisticsPanel).

Each row shows the label, the value formatted for reading with its unit, the change from the
previous value when there is one, and the article. Typing filters by label or unit (every
word must appear in one of them; `unit:%` looks at the unit only). Enter opens the article
with the figure in view and highlighted.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.widgets import Input

from pressreader.index import StatisticRef
from pressreader.model import Anchor
from pressreader.numbers import format_change, format_value
from pressreader.query import has_cjk
from pressreader.tui.library_source import IndexUnavailable, entry_for
from pressreader.tui.reading import AtAnchor, AtMatch, Target
from pressreader.tui.views import MAX_ROWS, ListView, one_line


def keys_match(label: str, unit: str, words: list[str]) -> bool:
    """Every word in the (case-folded) label or unit; `unit:WORD` in the unit only."""
    for word in words:
        if word.startswith("unit:"):
            if word[5:] not in unit:
                return False
        elif word not in label and word not in unit:
            return False
    return True


_KANA = re.compile("[\u3040-\u30ff]")


def language_of(stat: StatisticRef) -> str | None:
    """A guess of the article's language from the figure's words, for the number scales
    ("120万册" rather than "1.2 million册"); the index does not keep the language."""
    words = f"{stat.label} {stat.unit or ''} {stat.title}"
    if not has_cjk(words):
        return None
    return "ja" if _KANA.search(words) else "zh"


def statistic_prompt(stat: StatisticRef) -> Text:
    language = language_of(stat)
    head = Text(no_wrap=True, overflow="ellipsis", end="")
    head.append(one_line(stat.label), "bold")
    head.append("  ")
    head.append(one_line(format_value(stat.value, stat.unit, language=language)), "bold yellow")
    if stat.previous is not None:
        change = format_change(stat.value, stat.previous, language=language)
        if change:
            head.append(f"  {one_line(change)}", "dim" if change.startswith("=") else "")
            previous = format_value(stat.previous, stat.unit, language=language)
            head.append(f" from {one_line(previous)}", "dim")
    if stat.period:
        head.append(f"  [{one_line(stat.period)}]", "dim")
    where = Text(no_wrap=True, overflow="ellipsis", end="")
    where.append("  " + one_line(stat.title), "italic")
    if stat.published:
        where.append(f"  {stat.published.isoformat()}", "dim")
    return Text("\n", end="").join([head, where])


def statistic_target(stat: StatisticRef) -> Target | None:
    if (
        stat.section_index is not None
        and stat.section_id is not None
        and stat.paragraph is not None
        and stat.start is not None
        and stat.end is not None
    ):
        anchor = Anchor(stat.section_index, stat.section_id, stat.paragraph, stat.start, stat.end)
        return AtAnchor(anchor, "statistic", stat.line)
    if stat.section_index is not None:
        return AtMatch(stat.section_index, stat.paragraph)
    return None


class LibraryStatisticsScreen(ListView):
    """Every statistic of the library, filterable by label or unit."""

    HELP_GROUP = "Statistics in the library"
    TITLE_TEXT = "Figures in the library"
    PLACEHOLDER = "filter by label or unit (unit:% for the unit only)"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_field", "Filter", id="library-statistics.filter"),
    ]

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.statistics: list[StatisticRef] = []
        self.shown: list[StatisticRef] = []
        self._folded: list[tuple[str, str]] = []  # each figure's label and unit, case-folded

    def on_mount(self) -> None:
        self.set_status("Reading the index…")
        self.field.focus()
        self._load()

    @work(thread=True, exclusive=True, group="library-statistics")
    def _load(self) -> None:
        source = self.session.source
        try:
            source.ensure_index()
            result: list[StatisticRef] | str = source.statistics()
        except IndexUnavailable as error:
            result = f"The statistics view needs the library index: {error}"
        self.app.call_from_thread(self._loaded, result)

    def _loaded(self, result: list[StatisticRef] | str) -> None:
        if isinstance(result, str):
            self.set_status(result, error=True)
            return
        self.statistics = result
        self._folded = [(s.label.casefold(), (s.unit or "").casefold()) for s in result]
        self.forget_rows()
        self.refill()

    @on(Input.Changed, ".view-field")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule_refill()

    @on(Input.Submitted, ".view-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.options.focus()

    def refill(self) -> None:
        words = self.field.value.casefold().split()
        folded = self._folded
        indexes = [i for i, (label, unit) in enumerate(folded) if keys_match(label, unit, words)]
        stats = self.statistics
        matching = [stats[i] for i in indexes]
        self.shown = matching[:MAX_ROWS]
        self.show_rows(indexes[:MAX_ROWS], lambda i: statistic_prompt(stats[i]))
        total = len(self.statistics)
        status = Text()
        if words:
            status.append(f"{len(matching):,} of ")
        status.append(f"{total:,} figure{'' if total == 1 else 's'}")
        if len(matching) > len(self.shown):
            status.append(f" · showing the first {len(self.shown):,}: type to narrow")
        if not total:
            status = Text("No statistics in this library")
        elif words and not matching:
            status.append(" · nothing matches the filter")
        status.append("  · Enter opens the article at the figure", "dim")
        self.set_status(status)

    def open_row(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            stat = self.shown[index]
            entry = entry_for(stat.path, stat.document, stat.article_id, stat.title)
            self.open_at(entry, statistic_target(stat))
