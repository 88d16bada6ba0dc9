"""The table of contents: every section of the article, numbered, the current one marked.

Numbers run 1..N so the reader learns which digit key jumps where. The section being read
carries ▶ (set by the screen as the article scrolls, through `set_current`); the row under the
cursor carries ›. While the list does not have focus its cursor follows the section being read,
so Tab lands on the current section.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, NamedTuple

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from pressreader.model import Article, Section, section_title
from pressreader.text.sanitize import one_line
from pressreader.tui.widgets.panel_list import (
    PanelList,
    Row,
    RowChosen,
    fit,
    hang,
    wrap_lines,
)

CURRENT = "▶"
# A heading takes at most this many lines; longer ones end in an ellipsis.
MAX_HEADING_LINES = 3


def section_label(section: Section, index: int) -> str:
    """What the contents call a section: its heading, "Lead" for an untitled first section,
    else "Section N". One line, control characters escaped."""
    return one_line(section_title(section.heading, index))


class SectionRow(NamedTuple):
    key: int | None
    label: str = ""
    number_width: int = 1  # cells for the largest number, so headings line up
    current: bool = False


class TocPanel(PanelList):
    """The article's sections; Enter (or a click) posts `TocPanel.SectionSelected`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Go to section", id="toc.select", show=False),
    ]

    DEFAULT_CSS = """
    TocPanel {
        & > .toc-panel--number {
            color: $text-muted;
        }
        & > .toc-panel--current {
            color: $text-accent;
            text-style: bold;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"toc-panel--number", "toc-panel--current"}

    BORDER_TITLE = "Sections"

    class SectionSelected(RowChosen):
        """The reader chose section `index` (0-based, in `article.sections`)."""

    def __init__(
        self,
        article: Article | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._current = 0
        self._count = 0
        if article is not None:
            self.load_article(article)

    @property
    def current(self) -> int:
        """The index of the section being read."""
        return self._current

    @property
    def section_count(self) -> int:
        return self._count

    def load_article(self, article: Article) -> None:
        """Show `article`'s sections, the first one current."""
        self._count = len(article.sections)
        self._current = 0
        number_width = len(str(max(self._count, 1)))
        self.set_rows(
            SectionRow(
                key=index,
                label=section_label(section, index),
                number_width=number_width,
                current=index == 0,
            )
            for index, section in enumerate(article.sections)
        )

    def set_current(self, index: int) -> None:
        """Mark section `index` as the one being read (out-of-range indices are clamped)."""
        if not self._count:
            return
        index = max(0, min(index, self._count - 1))
        if index == self._current:
            return
        previous, self._current = self._current, index
        for key in (previous, index):
            position = self.row_index(key)
            if position is not None:
                row = self.rows[position]
                assert isinstance(row, SectionRow)
                self.replace_row(position, row._replace(current=key == index))
        if not self.has_focus:
            # While the reader is not in the contents, its cursor follows the reading.
            self.move_cursor_to_key(index)

    def render_row(self, row: Row, width: int) -> Content:
        return Content("\n").join(self.render_row_lines(row, width))

    def render_row_lines(self, row: Row, width: int) -> list[Content]:
        assert isinstance(row, SectionRow) and row.key is not None
        number_style = self.component_style("toc-panel--number")
        gutter = Content.assemble(
            " ",  # the cursor marker's cell
            CURRENT if row.current else " ",
            " ",
            (f"{row.key + 1:>{row.number_width}}", number_style),
            " ",
        )
        label = Content(row.label)
        if row.current:
            label = label.stylize(self.component_style("toc-panel--current"))
        lines = wrap_lines(label, width - gutter.cell_length, MAX_HEADING_LINES)
        return hang(gutter, lines)

    def selected_message(self, row: Row) -> Message | None:
        assert row.key is not None
        return self.SectionSelected(row.key, panel=self)


class SectionCrumb(Widget):
    """One line over the text naming the section being read ("§ 2/6 Heading"), where the
    sections are not a column of their own; a click opens them (as `t` does)."""

    class Opened(Message):
        """The reader clicked the breadcrumb: show the sections."""

    def __init__(
        self,
        article: Article,
        *,
        hint: Callable[[], str] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._article = article
        self._current = 0
        self.hint = hint
        # The keys, as remapped: asked for once, when first drawn (the keymap is read at the
        # start). Asked for at each draw, they cost the section keys' frame more than the
        # rest of the line (the screen's active bindings, gathered again).
        self._hint_text: str | None = None

    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.refresh()

    def render(self) -> Content:
        sections = self._article.sections
        if not sections:
            return Content("")
        index = max(0, min(self._current, len(sections) - 1))
        place = Content(f"§ {index + 1}/{len(sections)}  ")
        text = self._hint_text
        if text is None:
            text = self._hint_text = self.hint() if self.hint is not None else ""
        hint = Content(f"  {text}") if text else Content("")
        width = self.content_region.width or 80
        room = max(width - place.cell_length - hint.cell_length, 4)
        label = fit(Content(section_label(sections[index], index)), room)
        gap = " " * max(width - place.cell_length - label.cell_length - hint.cell_length, 0)
        return place + label + gap + hint

    def on_click(self) -> None:
        self.post_message(self.Opened())
