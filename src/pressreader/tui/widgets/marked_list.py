"""A list for the article screen's side regions: rows drawn by the panel, a cursor marker.

The table of contents, the quotes and the statistics are all lists of rows the reader moves
through, with headings in between. `MarkedList` builds on Textual's `OptionList` and adds what
those panels share:

- each row is drawn by the panel for the list's current width, so a row can wrap with a hanging
  indent and be cut to a few lines with an ellipsis (the panel, not the list, knows the layout);
- the row under the cursor carries a marker (›) in a gutter, so the selection is seen without
  colour (NO_COLOR, monochrome terminals);
- headings and notes are rows the cursor skips (disabled options, drawn at full strength);
- the cursor stops at the ends instead of wrapping, and at an end the list scrolls so the
  headings above the first item and the notes below the last one come into view;
- keyboard bindings with ids (remappable through the keymap) and descriptions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pressreader.sanitize import escape_line

CURSOR = "›"
# The text width used before the list knows its own (it is redrawn once laid out).
FALLBACK_WIDTH = 30


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a panel. `key` is the item's index in the article's list (quotes,
    statistics, sections), or None for a heading or note the cursor skips."""

    key: int | None


def one_line(text: str | None) -> str:
    """Text from a file for one line: white space runs (line breaks too) become one space,
    control characters are escaped."""
    return escape_line(" ".join((text or "").split()))


def wrap_lines(
    content: Content, width: int, max_lines: int | None = None, cut_tail: str = ""
) -> list[Content]:
    """`content` wrapped to `width` cells; past `max_lines` lines, cut with an ellipsis
    (followed by `cut_tail`, such as a closing quotation mark)."""
    width = max(width, 2)
    lines = content.wrap(width) or [Content("")]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        ending = "…" + cut_tail
        room = max(width - len(ending), 0)
        last = lines[-1].rstrip()
        if last.cell_length > room:
            last = last.truncate(room)
        lines[-1] = last + ending
    return lines


def hang(first_prefix: Content, lines: Sequence[Content]) -> list[Content]:
    """Lines with `first_prefix` before the first and an indent as wide before the others."""
    indent = Content(" " * first_prefix.cell_length)
    return [(first_prefix if index == 0 else indent) + line for index, line in enumerate(lines)]


def fit(text: Content, width: int) -> Content:
    """One line cut to `width` cells with an ellipsis when longer (cell widths: CJK is 2)."""
    if text.cell_length <= width:
        return text
    return text.truncate(max(width, 1), ellipsis=True)


def pad_between(left: Content, right: Content, width: int) -> Content:
    """`left` and `right` on one line of `width` cells, `right` flush right; `left` is cut
    with an ellipsis when both do not fit, so columns of values stay aligned."""
    room = width - right.cell_length - 1
    if room < 1:
        return fit(left, width)
    left = fit(left, room)
    return left + " " * (width - left.cell_length - right.cell_length) + right


class MarkedList(OptionList, inherit_bindings=False):
    """An OptionList whose rows the subclass draws, with a cursor marker and no wrap-around.

    Subclasses set `self._rows` through `set_rows`, and implement `render_row` (and
    `selected_message` to say what Enter posts).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", id="panel.down", show=False),
        Binding("up,k", "cursor_up", "Previous item", id="panel.up", show=False),
        Binding("home,g", "first", "First item", id="panel.first", show=False),
        Binding("end,G", "last", "Last item", id="panel.last", show=False),
        Binding("pagedown", "page_down", "Page down", id="panel.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="panel.page_up", show=False),
    ]

    DEFAULT_CSS = """
    MarkedList {
        scrollbar-size-vertical: 1;
        /* Room for the scrollbar is kept, so rows drawn for a width never lose a column. */
        scrollbar-gutter: stable;
        & > .option-list--option-disabled {
            color: $foreground;
        }
    }
    """

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled, markup=False)
        self._rows: list[Row] = []
        self._built_width = 0
        self._rebuilding = False
        self._pending = False
        self._pending_target: int | None = None
        self._marked: int | None = None  # the row drawn with the cursor marker

    # -- what subclasses provide -------------------------------------------------------------

    def render_row(self, row: Row, width: int, cursor: bool) -> Content:
        """The row drawn for `width` cells; `cursor` when it is under the cursor."""
        raise NotImplementedError

    def selected_message(self, row: Row) -> Message | None:
        """The message Enter (or a click) on `row` posts."""
        return None

    # -- rows --------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[Row]:
        return self._rows

    @property
    def text_width(self) -> int:
        """Cells a row may use: the list's width without its padding and scrollbar."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return FALLBACK_WIDTH
        padding = self.get_component_styles("option-list--option").padding
        return max(width - padding.width, 4)

    @property
    def cursor_key(self) -> int | None:
        """The key of the row under the cursor (an index in the article's list), or None."""
        highlighted = self._pending_target if self._pending else self.highlighted
        if highlighted is None or not 0 <= highlighted < len(self._rows):
            return None
        return self._rows[highlighted].key

    def row_index(self, key: int) -> int | None:
        """The position of the row with `key`, or None when it is not shown."""
        for index, row in enumerate(self._rows):
            if row.key == key:
                return index
        return None

    def move_cursor_to_key(self, key: int | None) -> bool:
        """Put the cursor on the row with `key`; False when no row has it."""
        index = None if key is None else self.row_index(key)
        if index is None:
            return False
        if self._pending:
            self._pending_target = index
        else:
            self.highlighted = index
        return True

    def set_rows(self, rows: Iterable[Row], keep_key: int | None = None) -> None:
        """Show `rows`, the cursor on the row with `keep_key` (else the first item)."""
        self._rows = list(rows)
        target = None if keep_key is None else self.row_index(keep_key)
        if target is None:
            target = next((i for i, row in enumerate(self._rows) if row.key is not None), None)
        if self._laid_out:
            self._build(target)
        else:
            # Rows are drawn for a width and with the theme's styles: wait for the layout.
            self._pending = True
            self._pending_target = target

    def redraw_rows(self) -> None:
        """Draw every row again (after a style, width or marker change), keeping the cursor
        and the scroll position."""
        if self._laid_out:
            self._build(self.highlighted, keep_scroll=True)

    @property
    def _laid_out(self) -> bool:
        return self.is_mounted and self.scrollable_content_region.width > 0

    def _build(self, target: int | None, keep_scroll: bool = False) -> None:
        self._pending = False
        width = self.text_width
        self._built_width = width
        scroll_y = self.scroll_y
        options = [
            Option(self.render_row(row, width, index == target), disabled=row.key is None)
            for index, row in enumerate(self._rows)
        ]
        self._rebuilding = True
        try:
            self.set_options(options)
            self.highlighted = target
        finally:
            self._rebuilding = False
        self._marked = target
        if keep_scroll:
            self.scroll_to(y=scroll_y, animate=False, immediate=True)
            self.scroll_to_highlight()

    def _redraw_row(self, index: int | None) -> None:
        if self._pending or index is None:
            return
        if not 0 <= index < min(len(self._rows), self.option_count):
            return
        row = self._rows[index]
        prompt = self.render_row(row, self._built_width, index == self._marked)
        self.replace_option_prompt_at_index(index, prompt)

    # -- Textual hooks -----------------------------------------------------------------------

    def watch_highlighted(self, highlighted: int | None) -> None:
        if not self._rebuilding and highlighted != self._marked:
            # Move the cursor marker from the row that has it to the new one.
            previous, self._marked = self._marked, highlighted
            self._redraw_row(previous)
            self._redraw_row(highlighted)
        super().watch_highlighted(highlighted)

    def on_resize(self, event: events.Resize) -> None:
        if self._pending:
            self._build(self._pending_target)
        elif self.text_width != self._built_width:
            self.redraw_rows()

    # -- actions -----------------------------------------------------------------------------

    def action_select(self) -> None:
        """Post the panel's own message for the row under the cursor (not OptionSelected)."""
        highlighted = self.highlighted
        if highlighted is None or not 0 <= highlighted < len(self._rows):
            return
        row = self._rows[highlighted]
        if row.key is None:
            return
        message = self.selected_message(row)
        if message is not None:
            self.post_message(message)

    def action_cursor_down(self) -> None:
        """Next item; at the last one, show the notes below it instead of wrapping."""
        following = [i for i in range(len(self._rows)) if self._rows[i].key is not None]
        current = self.highlighted
        after = [i for i in following if current is None or i > current]
        if after:
            self.highlighted = after[0]
        else:
            self.scroll_end(animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        """Previous item; at the first one, show the headings above it instead of wrapping."""
        current = self.highlighted
        before = [
            i
            for i in range(len(self._rows))
            if self._rows[i].key is not None and (current is None or i < current)
        ]
        if before:
            self.highlighted = before[-1]
            if before[-1] == before[0]:
                self.scroll_home(animate=False, immediate=True)
        else:
            self.scroll_home(animate=False, immediate=True)

    def action_first(self) -> None:
        super().action_first()
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        super().action_last()
        self.scroll_end(animate=False, immediate=True)
