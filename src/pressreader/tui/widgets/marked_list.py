"""A list for the article screen's side regions: rows drawn by the panel, a cursor marker.

The table of contents, the quotes and the statistics are all lists of rows the reader moves
through, with headings in between. `MarkedList` builds on Textual's `OptionList` and adds what
those panels share:

- each row is drawn by the panel for the list's current width, so a row can wrap with a hanging
  indent and be cut to a few lines with an ellipsis (the panel, not the list, knows the layout);
- in the focused list, the row under the cursor carries a marker (›) in a gutter, so the
  selection, and where the focus is, are seen without colour (NO_COLOR, monochrome terminals);
- headings and notes are rows the cursor skips (disabled options, drawn at full strength);
- the cursor stops at the ends instead of wrapping, and at an end the list scrolls so the
  headings above the first item and the notes below the last one come into view;
- keyboard bindings with ids (remappable through the keymap) and descriptions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pressreader.model import Anchor
from pressreader.sanitize import escape_line

CURSOR = "›"  # cell 0 of the first line of the row under the cursor
HIT = "•"  # cell 1 of the first line of a row holding a find match
# The text width used before the list knows its own (it is redrawn once laid out).
FALLBACK_WIDTH = 30
# A list of more rows draws the first screenfuls at once and the rest in steps of this many
# rows after the screen is drawn, so an article opens at once (drawing the sample article's
# 21 quotes and 11 figures before its first screen took as long as the rest of that screen).
PROGRESSIVE_ROWS = 12
LOAD_STEP_ROWS = 40


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


class RowChosen(Message):
    """The reader chose item `index` of a panel (Enter or a click); `anchor` is where its
    words stand in the text, when the item has any and they were found."""

    def __init__(
        self, index: int, anchor: Anchor | None = None, panel: MarkedList | None = None
    ) -> None:
        super().__init__()
        self.index = index
        self.anchor = anchor
        self.panel = panel

    @property
    def control(self) -> MarkedList | None:
        return self.panel


class MarkedList(OptionList, inherit_bindings=False):
    """An OptionList whose rows the subclass draws, with a cursor marker and no wrap-around.

    Subclasses give their rows to `set_rows` and implement `render_row` (and
    `selected_message` to say what Enter posts). Long lists load in steps: `rows` holds every
    row, the OptionList's options the first `_loaded` of them.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", id="panel.down", show=False),
        Binding("up,k", "cursor_up", "Previous item", id="panel.up", show=False),
        Binding("home,g", "first", "First item", id="panel.first", show=False),
        Binding("end,G", "last", "Last item", id="panel.last", show=False),
        Binding("pagedown", "page_down", "Page down", id="panel.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="panel.page_up", show=False),
    ]

    # The component class whose style marks a row holding a find match.
    HIT_COMPONENT: ClassVar[str | None] = None

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
        self._pending = False
        self._pending_target: int | None = None
        # Drawn rows by (row, width): a find-hit update or a new filter redraws only the rows
        # that changed. Rows are frozen dataclasses, so equal rows share one drawing.
        self._prompts: dict[tuple[Row, int], Content] = {}
        self._style_signature: tuple[object, ...] = ()
        self._hit_keys: frozenset[int] = frozenset()
        self._loaded = 0  # rows put into the list so far
        self._generation = 0  # a new build makes the loading steps of the old one stop
        self._hit_style: RichStyle | None = None

    # -- what subclasses provide -------------------------------------------------------------

    def render_row(self, row: Row, width: int) -> Content:
        """The row drawn for `width` cells. For an item, the first cell is left blank: the
        cursor marker is drawn there."""
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
            self.load_rows(index + 1)
            self.highlighted = index
        return True

    @property
    def rows_loaded(self) -> bool:
        """True once every row is in the list (long lists load in steps after the first
        screen)."""
        return not self._pending and self._loaded >= len(self._rows)

    def load_rows(self, count: int | None = None) -> None:
        """Put at least the first `count` rows (all when None) into the list now."""
        if self._pending:
            return
        end = len(self._rows) if count is None else min(count, len(self._rows))
        if end > self._loaded:
            width = self._built_width
            rows = self._rows[self._loaded : end]
            self._loaded = end
            self.add_options(
                Option(self._prompt(row, width), disabled=row.key is None) for row in rows
            )

    def _load_more(self, generation: int) -> None:
        """One step of loading a long list, after the screen has been drawn."""
        if generation != self._generation or self.rows_loaded:
            return
        self.load_rows(self._loaded + LOAD_STEP_ROWS)
        if not self.rows_loaded:
            self.call_after_refresh(self._load_more, generation)

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

    def append_rows(self, rows: Iterable[Row]) -> None:
        """Add `rows` at the end, keeping the cursor and the scroll position."""
        fully_loaded = self.rows_loaded
        self._rows.extend(rows)
        if fully_loaded and not self._pending:
            self.load_rows()

    def redraw_rows(self) -> None:
        """Draw every row again (after a width or style change), keeping the cursor and the
        scroll position."""
        if self._laid_out:
            self._build(self.highlighted, keep_scroll=True)

    @property
    def _laid_out(self) -> bool:
        return self.is_mounted and self.scrollable_content_region.width > 0

    def _prompt(self, row: Row, width: int) -> Content:
        key = (row, width)
        prompt = self._prompts.get(key)
        if prompt is None:
            prompt = self._prompts[key] = self.render_row(row, width)
        return prompt

    def _build(self, target: int | None, keep_scroll: bool = False) -> None:
        self._pending = False
        width = self.text_width
        if width != self._built_width:
            self._prompts.clear()
        self._built_width = width
        self._style_signature = self._component_signature()
        scroll_y = self.scroll_y
        self._generation += 1
        # Drawings of rows no longer shown are dropped, so the cache stays the size of the list.
        shown = {(row, width) for row in self._rows}
        if len(self._prompts) > 2 * len(shown) + 64:
            self._prompts = {key: value for key, value in self._prompts.items() if key in shown}
        count = self._first_load_count(target, scroll_y if keep_scroll else 0)
        options = [
            Option(self._prompt(row, width), disabled=row.key is None) for row in self._rows[:count]
        ]
        self._loaded = count
        self.set_options(options)
        self.highlighted = target
        if keep_scroll:
            self.scroll_to(y=scroll_y, animate=False, immediate=True)
            self.scroll_to_highlight()
        if not self.rows_loaded:
            self.call_after_refresh(self._load_more, self._generation)

    def _first_load_count(self, target: int | None, scroll_y: float) -> int:
        """How many rows to draw before the first screen: all of a short list; of a long one,
        enough to fill the screen twice below the scroll position, and the cursor's row."""
        total = len(self._rows)
        if total <= PROGRESSIVE_ROWS:
            return total
        wanted = scroll_y + 2 * max(self.scrollable_content_region.height, 10)
        lines = 0
        count = 0
        width = self._built_width
        while count < total and (lines < wanted or (target is not None and count <= target)):
            lines += self._prompt(self._rows[count], width).plain.count("\n") + 1
            count += 1
        return count

    def replace_row(self, index: int, row: Row) -> None:
        """Show `row` in place of the row at `index` (same kind of row, new state)."""
        if not 0 <= index < len(self._rows):
            return
        self._rows[index] = row
        if self._pending or index >= min(self._loaded, self.option_count):
            return
        self.replace_option_prompt_at_index(index, self._prompt(row, self._built_width))

    def component_style(self, name: str) -> Style:
        """A component's colour and text style, for a span of a row.

        The colour is resolved against the panel's background, so "auto" colours such as
        $text-muted contrast in light themes too; the background is left out unless the
        component sets one, so the cursor row's shows through.
        """
        own = self.get_visual_style(name, partial=True)
        full = self.get_visual_style(name)
        # A component that sets its own background (the find-hit band) keeps it, blended
        # over the panel's.
        background = full.background if own.background and own.background.a > 0 else None
        return Style(
            background=background,
            foreground=full.foreground,
            bold=own.bold,
            dim=own.dim,
            italic=own.italic,
            underline=own.underline,
            reverse=own.reverse,
            strike=own.strike,
        )

    def _component_signature(self) -> tuple[object, ...]:
        """The panel's own component styles; a new theme changes them."""
        return tuple(self.component_style(name) for name in sorted(type(self).COMPONENT_CLASSES))

    # -- marks drawn per line ----------------------------------------------------------------

    def set_hit_keys(self, keys: frozenset[int]) -> None:
        """Mark the items with these keys as holding a find match. Marks are drawn per line
        (`render_line`), so a new search redraws no row: typing in the find bar stays fast on
        articles with hundreds of quotes and statistics."""
        if keys != self._hit_keys:
            self._hit_keys = keys
            self.refresh()

    def hit_line_count(self, row: Row) -> int | None:
        """How many of the row's first lines take the hit style (None: all of them)."""
        return None

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._pending and self._laid_out:
            # The width is known from the first frame on, before the first Resize event:
            # build the rows now so that frame shows them (not an empty panel, then a repaint).
            self._build(self._pending_target)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """A line of the list, with the marks that change without redrawing rows: the cursor
        marker (cell 0 of the first line of the row under the cursor, in the focused list) and
        the find-hit marker and style (cell 1, and the row's text)."""
        strip = super().render_line(y)
        if strip.cell_length < 2 or (self.highlighted is None and not self._hit_keys):
            return strip
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
            row = self._rows[index]
        except IndexError:
            return strip
        if row.key is not None and row.key in self._hit_keys:
            lines = self.hit_line_count(row)
            if lines is None or offset < lines:
                strip = Strip(
                    Segment.apply_style(list(strip), post_style=self._hit_rich_style()),
                    strip.cell_length,
                )
            if offset == 0:
                strip = self._put_mark(strip, 1, HIT)
        # Only the focused list shows its cursor: with NO_COLOR, it also says where focus is.
        if index == self.highlighted and offset == 0 and self.has_focus:
            strip = self._put_mark(strip, 0, CURSOR)
        return strip

    @staticmethod
    def _put_mark(strip: Strip, cell: int, mark: str) -> Strip:
        """`strip` with the one-cell `mark` at `cell`, in the style of what it covers."""
        covered = strip.crop(cell, cell + 1)
        segments = list(covered)
        style = segments[0].style if segments else None
        parts = [strip.crop(0, cell)] if cell else []
        parts += [Strip([Segment(mark, style)], 1), strip.crop(cell + 1, strip.cell_length)]
        return Strip.join(parts)

    def _hit_rich_style(self) -> RichStyle:
        if self._hit_style is None:
            name = self.HIT_COMPONENT
            style = self.component_style(name) if name else Style(bold=True)
            self._hit_style = style.rich_style
        return self._hit_style

    # -- Textual hooks -----------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._hit_style = None
        # A new theme redraws the rows in its colours (focus changes leave them as they are).
        if (
            self._rows
            and not self._pending
            and self._laid_out
            and self._component_signature() != self._style_signature
        ):
            self._prompts.clear()
            self.call_later(self.redraw_rows)

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
        current = -1 if self.highlighted is None else self.highlighted
        rows = self._rows
        following = next(
            (i for i in range(current + 1, len(rows)) if rows[i].key is not None), None
        )
        if following is not None:
            self.load_rows(following + 1)
            self.highlighted = following
        else:
            self.load_rows()
            self.scroll_end(animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        """Previous item; at the first one, show the headings above it instead of wrapping."""
        current = len(self._rows) if self.highlighted is None else self.highlighted
        rows = self._rows
        before = next((i for i in range(current - 1, -1, -1) if rows[i].key is not None), None)
        if before is None:
            self.scroll_home(animate=False, immediate=True)
            return
        self.highlighted = before
        if all(row.key is None for row in rows[:before]):
            self.scroll_home(animate=False, immediate=True)

    def action_first(self) -> None:
        super().action_first()
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        self.load_rows()
        super().action_last()
        self.scroll_end(animate=False, immediate=True)

    def action_page_down(self) -> None:
        # A page of rows below the cursor must be in the list to move by a page.
        current = 0 if self.highlighted is None else self.highlighted
        self.load_rows(current + max(self.scrollable_content_region.height, 1) + 1)
        super().action_page_down()  # type: ignore[no-untyped-call]
