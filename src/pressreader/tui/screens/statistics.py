"""Every figure cited in the library (not to be confused with an article's StatisticsPanel).

Each row shows the label, the value formatted for reading with its unit, the change from the
previous value when there is one, and the article. Opened from an article (`T`), that
article's figures come first, marked `•`. Typing filters by label or unit (every
word must appear in one of them; `unit:%` looks at the unit only). Enter opens the article
with the figure in view and highlighted.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from pressreader.index import StatisticRef
from pressreader.index.query import has_cjk
from pressreader.model import Anchor, Article
from pressreader.text.numbers import format_change, format_value
from pressreader.text.sanitize import one_line
from pressreader.tui.library_source import entry_for
from pressreader.tui.screens.export_dialog import ExportJob, export_shown, library_job
from pressreader.tui.screens.filtered_list import FilteredListScreen
from pressreader.tui.screens.list_screen import focus_field_binding
from pressreader.tui.targets import AtAnchor, AtMatch, Target


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
        change = format_change(stat.value, stat.previous, unit=stat.unit, language=language)
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


def same_file(one: Path, other: Path | None) -> bool:
    """Whether two paths name the same file (the index and a loaded article may spell a
    path differently)."""
    if other is None:
        return False
    if one == other:
        return True
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


def of_article(article: Article | None) -> Callable[[StatisticRef], bool]:
    """Whether a figure of the index is one of `article`'s (each path compared once)."""
    known: dict[Path, bool] = {}

    def here(stat: StatisticRef) -> bool:
        if article is None or stat.article_id != article.id or stat.document != article.document:
            return False
        if stat.path not in known:
            known[stat.path] = same_file(stat.path, article.path)
        return known[stat.path]

    return here


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


class LibraryStatisticsScreen(FilteredListScreen[StatisticRef, tuple[str, str]]):
    """Every statistic of the library, filterable by label or unit."""

    HELP_GROUP = "Figures"
    TITLE_TEXT = "Figures in the library"
    PLACEHOLDER = "filter by label or unit (unit:% for the unit only)"
    BINDINGS: ClassVar[list[BindingType]] = [
        focus_field_binding("library-statistics.filter"),
        Binding("x", "export", "Export", id="library-statistics.export", show=False),
    ]
    LOADING = "Reading the index…"
    UNAVAILABLE = "The statistics view needs the library index: "
    NOUN = "figure"
    EMPTY = "No statistics in this library"
    HINT = "Enter opens the article at the figure"

    def __init__(self, article: Article | None = None) -> None:
        super().__init__()
        self.article = article  # opened from this article: its figures first

    @property
    def statistics(self) -> list[StatisticRef]:
        return self.items

    def fetch(self) -> list[StatisticRef]:
        source = self.session.source
        source.ensure_index()
        return self.put_first(source.statistics(), of_article(self.article))

    def key_of(self, item: StatisticRef) -> tuple[str, str]:
        return (item.label.casefold(), (item.unit or "").casefold())

    def keep(self, key: tuple[str, str], words: list[str]) -> bool:
        return keys_match(key[0], key[1], words)

    def row(self, item: StatisticRef) -> Text:
        return statistic_prompt(item)

    def open_item(self, item: StatisticRef) -> None:
        entry = entry_for(item.path, item.document, item.article_id, item.title)
        self.open_at(entry, statistic_target(item))

    def export_job(self) -> ExportJob | None:
        """The figures listed (those the filter keeps)."""
        figures = self.matching()
        if not figures:
            return None
        shown = {(str(s.path), s.line) for s in figures} if self.filtering() else None
        what = f"{len(figures):,} figure{'' if len(figures) == 1 else 's'}"
        return library_job(self.app, what, "figures", "statistics", shown=shown)

    def action_export(self) -> None:
        export_shown(self, self.export_job(), "No figures listed to export")
