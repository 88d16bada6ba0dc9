"""A list for the article screen's side regions: rows drawn by the panel, a cursor marker.

The table of contents, the quotes and the statistics are all lists of rows the reader moves
through, with headings in between. `PanelList` is a virtual list (a `ScrollView` that draws
only the lines on screen) holding what those panels share:

- each row is drawn by the panel for the list's current width, so a row can wrap with a hanging
  indent and be cut to a few lines with an ellipsis (the panel, not the list, knows the layout);
  a row is drawn once per width and its lines are turned into strips only when shown;
- rows are drawn as far as the screen needs before the first frame; the rest, which only the
  scrollbar and the keys need, are drawn in steps after it (long articles have hundreds);
- in the focused list, the row under the cursor carries a marker (›) in a gutter, so the
  selection, and where the focus is, are seen without colour (NO_COLOR, monochrome terminals);
- headings and notes are rows the cursor skips;
- the cursor stops at the ends instead of wrapping, and at an end the list scrolls so the
  headings above the first item and the notes below the last one come into view;
- keyboard bindings with ids (remappable through the keymap) and descriptions; a click
  chooses a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import ClassVar, Protocol

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from pressreader.article.layout import wrap as wrap_spans
from pressreader.model import Anchor
from pressreader.tui.compat import divide_line, measure_anew, update_scrollbars
from pressreader.tui.widgets.marks import CURSOR, HIT, put_mark
from pressreader.tui.widgets.time_slice import Throttle, input_quiet_left, work_slice

# The text width used before the list knows its own.
FALLBACK_WIDTH = 30
# Rows not on the first screen are drawn after it, a time slice after each repaint (so keys
# stay responsive while a long list is drawn).
LOAD_STEP_ROWS = 8  # rows drawn between two looks at the clock
REVERSE = Style(reverse=True)
# Rows whose strips are kept (each holds its lines in one state: plain, cursor or hover).
STRIP_CACHE_ROWS = 512


class Row(Protocol):
    """One row of a panel: a NamedTuple whose first field, `key`, is the item's index in the
    article's list (quotes, statistics, sections), or None for a heading or note the cursor
    skips. Rows are values (equal rows share one drawing); NamedTuples rather than
    dataclasses, as a panel module defining them loads with the app (a dataclass costs
    about 0.3 ms to define, a NamedTuple a fifth of that)."""

    @property
    def key(self) -> int | None: ...


def _wrap(content: Content, width: int) -> list[Content]:
    """`content` in lines of at most `width` cells. Latin text gets `Content.wrap`'s lines,
    without its general machinery; other text the article view's line breaking."""
    if content.cell_length <= width:
        return [content]
    plain = content.plain
    if "\n" in plain or "\t" in plain:
        return content.wrap(width)
    if plain.isascii():
        offsets = divide_line(plain, width)
        lines = content.divide(offsets)
        lines = [line.rstrip() for line in lines[:-1]] + [lines[-1]]
    else:
        # The article text's own line breaking: wide characters measured by grapheme, and
        # no Chinese or Japanese closing punctuation at the start of a line.
        lines = [content[start:end] for start, end in wrap_spans(plain, width)]
    return [line if line.cell_length <= width else line.truncate(width) for line in lines]


def wrap_lines(
    content: Content, width: int, max_lines: int | None = None, cut_tail: str = ""
) -> list[Content]:
    """`content` wrapped to `width` cells; past `max_lines` lines, cut with an ellipsis
    (followed by `cut_tail`, such as a closing quotation mark)."""
    width = max(width, 2)
    lines = _wrap(content, width) or [Content("")]
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
        self, index: int, anchor: Anchor | None = None, panel: PanelList | None = None
    ) -> None:
        super().__init__()
        self.index = index
        self.anchor = anchor
        self.panel = panel

    @property
    def control(self) -> PanelList | None:
        return self.panel


class PanelList(ScrollView, can_focus=True, inherit_bindings=False):
    """A virtual list whose rows the subclass draws, with a cursor marker and no wrap-around.

    Subclasses give their rows to `set_rows` and implement `render_row` (or, cheaper,
    `render_row_lines`), and `selected_message` to say what Enter posts. `rows` holds every
    row; the first `drawn_count` of them have been drawn for the current width (the others
    are drawn when the screen, a key or the loading steps after the first frame need them).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", id="panel.down", show=False),
        Binding("up,k", "cursor_up", "Previous item", id="panel.up", show=False),
        Binding("home,g", "first", "First item", id="panel.first", show=False),
        Binding("end,G", "last", "Last item", id="panel.last", show=False),
        Binding("pagedown", "page_down", "Page down", id="panel.page-down", show=False),
        Binding("pageup", "page_up", "Page up", id="panel.page-up", show=False),
    ]

    # The component class whose style marks a row holding a find match.
    HIT_COMPONENT: ClassVar[str | None] = None

    COMPONENT_CLASSES: ClassVar[set[str]] = {"panel-list--cursor", "panel-list--hover"}

    # A new scroll range resizes the scrollbar (`_update_virtual_size`); it arranges the
    # screen again only when the list's height follows its rows (`height: auto`).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    # The look of Textual's OptionList, which these panels were first built on.
    DEFAULT_CSS = """
    PanelList {
        height: auto;
        max-height: 100%;
        color: $foreground;
        background: $surface;
        border: tall $border-blurred;
        padding: 0 1;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        /* Room for the scrollbar is kept, so rows drawn for a width never lose a column. */
        scrollbar-gutter: stable;
        & > .panel-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .panel-list--hover {
            background: $block-hover-background;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .panel-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    /* Without colour, the focused list's cursor row shows in reverse video (and by its
       marker); the other lists' in bold, as with colour they show a dimmer band. */
    App.-no-color PanelList > .panel-list--cursor {
        text-style: bold;
    }
    App.-no-color PanelList:focus > .panel-list--cursor {
        text-style: reverse bold;
    }
    /* In 16 colours the blurred border's dark grey is black, on black. */
    App.-few-colors PanelList:blur {
        border: tall ansi_bright_black;
    }
    """
    # The rule above names the app's class: the widget's CSS is not scoped to it.
    SCOPED_CSS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._rows: list[Row] = []
        self._cursor: int | None = None
        self._hover: int | None = None
        # The layout of the rows drawn so far, for the width `_width` (0: not laid out yet):
        # each drawn row's first line, and the row shown on each line.
        self._width = 0
        self._starts: list[int] = []
        self._line_rows: list[int] = []
        # Rows drawn by (row, width): a filter or a state change redraws only the rows that
        # changed, and equal rows share one drawing.
        # Keys hold the row's type too: rows of two types may hold equal values.
        self._drawn: dict[tuple[type, Row, int], list[Content]] = {}
        # Drawn rows turned into strips by (row, width, base style).
        self._strips: LRUCache[tuple[type, Row, int, Style], list[Strip]] = LRUCache(
            STRIP_CACHE_ROWS
        )
        self._styles: dict[str, Style] = {}  # component styles used by the rows drawn
        self._bases: dict[str, Style] = {}  # styles the rows are drawn on, by component
        self._hit_keys: frozenset[int] = frozenset()
        self._hit_style: RichStyle | None = None
        self._generation = 0  # new rows make the loading steps of the old ones stop
        self._loading = False  # a loading step is due after the next repaint
        self._grow = Throttle()  # the scroll range while rows are drawn in steps
        self._scroll_due = False  # bring the cursor into view once laid out

    # -- what subclasses provide -------------------------------------------------------------

    def render_row(self, row: Row, width: int) -> Content:
        """The row drawn for `width` cells, its lines joined by newlines. For an item, the
        first cell is left blank: the cursor marker is drawn there."""
        raise NotImplementedError

    def render_row_lines(self, row: Row, width: int) -> list[Content]:
        """The row's lines (what `render_row` draws); subclasses may give the lines directly
        instead of joining and splitting them."""
        return self.render_row(row, width).split("\n", allow_blank=True)

    def selected_message(self, row: Row) -> Message | None:
        """The message Enter (or a click) on `row` posts."""
        return None

    def hit_line_count(self, row: Row) -> int | None:
        """How many of the row's first lines take the hit style (None: all of them)."""
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
        return max(width, 4)

    @property
    def highlighted(self) -> int | None:
        """The position of the row under the cursor (None: no cursor)."""
        return self._cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, len(self._rows) - 1)) if self._rows else None
        if index == self._cursor:
            return
        previous, self._cursor = self._cursor, index
        self.cursor_moved(previous, index)
        self._refresh_row(previous)
        self._refresh_row(index)
        if index is not None and self._rows[index].key is not None:
            self._scroll_to_cursor()

    def cursor_moved(self, previous: int | None, index: int | None) -> None:
        """The cursor went from row `previous` to row `index`: a panel that draws the row
        under the cursor otherwise (a quote in full) replaces those rows here."""

    @property
    def cursor_key(self) -> int | None:
        """The key of the row under the cursor (an index in the article's list), or None."""
        cursor = self._cursor
        if cursor is None or not 0 <= cursor < len(self._rows):
            return None
        return self._rows[cursor].key

    def row_index(self, key: int) -> int | None:
        """The position of the row with `key`, or None when it is not shown."""
        rows = self._rows
        # Keys are unique in a list; a list of one row per key in order (the sections) finds
        # its row at once, not after every row before it (the last of 2,000 sections, on
        # each `G`).
        if 0 <= key < len(rows) and rows[key].key == key:
            return key
        for index, row in enumerate(rows):
            if row.key == key:
                return index
        return None

    def move_cursor_to_key(self, key: int | None) -> bool:
        """Put the cursor on the row with `key`; False when no row has it."""
        index = None if key is None else self.row_index(key)
        if index is None:
            return False
        self.highlighted = index
        return True

    @property
    def drawn_count(self) -> int:
        """How many of the first rows are drawn for the list's current width."""
        return len(self._starts)

    def row_start(self, index: int) -> int:
        """The line (in the whole list) where the row at `index` starts; drawn now if it was
        not."""
        self.load_rows(index + 1)
        return self._starts[index]

    @property
    def rows_loaded(self) -> bool:
        """True once every row is drawn (long lists are drawn in steps after the first
        screen)."""
        return self._laid_out and len(self._starts) >= len(self._rows)

    def load_rows(self, count: int | None = None) -> None:
        """Draw at least the first `count` rows (all when None) now."""
        if not self._laid_out:
            return
        self._fit_width()
        self._measure_rows(len(self._rows) if count is None else count)
        self._update_virtual_size()

    def row_lines(self, index: int) -> list[Content]:
        """The lines of the row at `index` as drawn for the list's width (drawn now if they
        were not)."""
        width = self._width or self.text_width
        return self._draw(self._rows[index], width)

    def set_rows(self, rows: Iterable[Row], keep_key: int | None = None) -> None:
        """Show `rows`, the cursor on the row with `keep_key` (else the first item)."""
        self._rows = list(rows)
        target = None if keep_key is None else self.row_index(keep_key)
        if target is None:
            target = next((i for i, row in enumerate(self._rows) if row.key is not None), None)
        self._cursor = target
        self._hover = None
        self._restart()
        self.cursor_moved(None, target)
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)
        if self._laid_out:
            self._fit_width()
            self._measure_lines(self._visible_height())
            self._scroll_to_cursor()
            self._after_change()
        else:
            # Rows are drawn for a width: wait for the layout (the first frame draws them).
            self._scroll_due = True
            self._update_virtual_size()

    def append_rows(self, rows: Iterable[Row]) -> None:
        """Add `rows` at the end, keeping the cursor and the scroll position."""
        self._rows.extend(rows)
        if self._laid_out:
            self._after_change()

    def redraw_rows(self) -> None:
        """Draw every row again (after a width or style change), keeping the cursor and the
        scroll position."""
        if not self._laid_out:
            return
        scroll_y = self.scroll_y
        self._restart()
        self._width = self.scrollable_content_region.width
        self._measure_lines(round(scroll_y) + self._visible_height())
        self._update_virtual_size()
        self.scroll_to(y=scroll_y, animate=False, immediate=True)
        self._scroll_to_cursor()
        self._after_change()

    def replace_row(self, index: int, row: Row) -> None:
        """Show `row` in place of the row at `index` (same kind of row, new state)."""
        if not 0 <= index < len(self._rows):
            return
        self._rows[index] = row
        if index >= len(self._starts):
            return  # not drawn yet: drawn when needed
        height = len(self._draw(row, self._width))
        if height == self._row_height(index):
            self._refresh_row(index)
            return
        # The row's height changed: the rows below move.
        drawn = len(self._starts)
        self._forget_from(index)
        self._measure_rows(drawn)
        self._update_virtual_size()
        self.refresh()

    def component_style(self, name: str) -> Style:
        """A component's colour and text style, for a span of a row.

        The colour is resolved against the panel's background, so "auto" colours such as
        $text-muted contrast in light themes too; the background is left out unless the
        component sets one, so the cursor row's shows through.
        """
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self._resolve_style(name)
        return style

    def _resolve_style(self, name: str) -> Style:
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

    # -- layout of the drawn rows ------------------------------------------------------------

    @property
    def _laid_out(self) -> bool:
        return self.is_mounted and self.scrollable_content_region.width > 0

    def _visible_height(self) -> int:
        return max(self.scrollable_content_region.height, 1)

    def _restart(self) -> None:
        """Forget the layout of the rows (not their drawings) and stop loading steps."""
        self._generation += 1
        self._loading = False
        self._forget_from(0)

    def _forget_from(self, index: int) -> None:
        if index < len(self._starts):
            del self._line_rows[self._starts[index] :]
            del self._starts[index:]

    def _fit_width(self) -> None:
        """Lay the rows out again when the list's width is not the one they were drawn for."""
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self._forget_from(0)

    def _draw(self, row: Row, width: int) -> list[Content]:
        key = (type(row), row, width)
        lines = self._drawn.get(key)
        if lines is None:
            lines = self.render_row_lines(row, max(width, 4)) or [Content("")]
            if any(line.cell_length > width for line in lines):
                # Narrower than any row can be drawn for: the lines fold (as Content does).
                lines = [part for line in lines for part in line.wrap(max(width, 1))]
            self._drawn[key] = lines
        return lines

    def _measure_rows(self, count: int) -> None:
        """Draw rows until the first `count` are laid out."""
        count = min(count, len(self._rows))
        starts, line_rows, rows, width = self._starts, self._line_rows, self._rows, self._width
        for index in range(len(starts), count):
            starts.append(len(line_rows))
            line_rows.extend([index] * len(self._draw(rows[index], width)))

    def _measure_lines(self, lines: int) -> None:
        """Draw rows until the first `lines` lines are laid out (or every row is)."""
        starts, line_rows, rows, width = self._starts, self._line_rows, self._rows, self._width
        while len(line_rows) < lines and len(starts) < len(rows):
            index = len(starts)
            starts.append(len(line_rows))
            line_rows.extend([index] * len(self._draw(rows[index], width)))

    def _row_height(self, index: int) -> int:
        starts = self._starts
        end = starts[index + 1] if index + 1 < len(starts) else len(self._line_rows)
        return end - starts[index]

    def _update_virtual_size(self) -> None:
        """The scrollable height: the lines of the drawn rows, and for the others as many
        lines as the drawn rows take on average (exact once every row is drawn)."""
        drawn = len(self._starts)
        lines = len(self._line_rows)
        rest = len(self._rows) - drawn
        if rest:
            lines += round(rest * lines / drawn) if drawn else rest
        size = Size(self._width, lines)
        if size != self.virtual_size:
            self.virtual_size = size
            if self.is_mounted:
                update_scrollbars(self, size)
                height = self.styles.height
                if height is None or height.is_auto:
                    self.refresh(layout=True)
                    measure_anew(self)  # (even with a layout request already pending)

    def _after_change(self) -> None:
        """Repaint, and draw the rows not drawn yet in steps after the next repaints."""
        self._update_virtual_size()
        self.refresh()
        self._load_later()

    def _load_later(self) -> None:
        if not self._loading and len(self._starts) < len(self._rows):
            self._loading = True
            wait = input_quiet_left()
            if wait:  # keys are coming: their frames first
                self.set_timer(wait, partial(self._load_step, self._generation))
            else:
                self.call_after_refresh(self._load_step, self._generation)

    def _load_step(self, generation: int) -> None:
        """One step of drawing a long list, after the screen has been drawn."""
        if generation != self._generation or not self._laid_out:
            return
        self._loading = False
        self._fit_width()
        done = work_slice(
            lambda: len(self._starts) >= len(self._rows),
            lambda: self._measure_rows(len(self._starts) + LOAD_STEP_ROWS),
        )
        # Meanwhile the rows not drawn are counted at the drawn ones' average height.
        if done or self._grow.due():
            self._update_virtual_size()
        self._load_later()

    def _scroll_to_cursor(self) -> None:
        """Scroll so the whole cursor row is in view."""
        cursor = self._cursor
        if cursor is None:
            return
        if not self._laid_out:
            self._scroll_due = True
            return
        self._fit_width()
        self._measure_rows(cursor + 1)
        self._update_virtual_size()
        top, height = self._starts[cursor], self._row_height(cursor)
        view = self._visible_height()
        y = round(self.scroll_y)
        if self._item_from(cursor - 1, -1) is None:
            # The first item: with the headings above it (whose quotes these are).
            y = 0
        elif top < y or height >= view:
            y = top
        elif top + height > y + view:
            # Scrolled down just enough for the row's last line, the top line could be the
            # middle of an item: the list starts at the next row instead.
            y = top + height - view
            above = self._line_rows[y]
            if self._starts[above] != y:
                y = self._starts[above + 1]
        else:
            return
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def _refresh_row(self, index: int | None) -> None:
        if index is not None and index < len(self._starts):
            self.refresh_lines(self._starts[index], self._row_height(index))

    def _row_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = offset.y + self.scroll_offset.y
        return self._line_rows[line] if 0 <= line < len(self._line_rows) else None

    # -- drawing -----------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._laid_out:
            # Draw the rows the screen shows (the first frame comes before the first Resize
            # event), then the rest in steps after it.
            laid_out = (self._generation, len(self._starts))
            self._fit_width()
            if self._scroll_due:
                self._scroll_due = False
                self._scroll_to_cursor()
            self._measure_lines(self.scroll_offset.y + self._visible_height())
            # Only for rows drawn here: the loading steps' estimate follows in its own time.
            if (self._generation, len(self._starts)) != laid_out:
                self._update_virtual_size()
            self._load_later()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """A line of the list, with the marks that change without redrawing rows: the cursor
        marker (cell 0 of the first line of the row under the cursor, in the focused list) and
        the find-hit marker and style (cell 1, and the row's text)."""
        width = self._width
        line = self.scroll_offset.y + y
        if not 0 <= line < len(self._line_rows):
            return Strip.blank(width, self._base_style("").rich_style)
        index = self._line_rows[line]
        offset = line - self._starts[index]
        row = self._rows[index]
        strip = self._row_strips(index, row)[offset]
        if strip.cell_length < 2:
            return strip
        if row.key is not None and row.key in self._hit_keys:
            lines = self.hit_line_count(row)
            if lines is None or offset < lines:
                strip = Strip(
                    Segment.apply_style(list(strip), post_style=self._hit_rich_style()),
                    strip.cell_length,
                )
            if offset == 0:
                strip = put_mark(strip, 1, HIT)
        # Only the focused list shows its cursor: with NO_COLOR, it also says where focus is.
        if index == self._cursor and offset == 0 and self.has_focus:
            strip = put_mark(strip, 0, CURSOR)
        return strip

    def _row_strips(self, index: int, row: Row) -> list[Strip]:
        """The row's lines as strips in the row's state (plain, cursor, under the mouse)."""
        if row.key is None:
            base = self._base_style("")
        elif index == self._cursor:
            base = self._base_style("panel-list--cursor")
        elif index == self._hover:
            base = self._base_style("panel-list--hover")
        else:
            base = self._base_style("")
        width = self._width
        key = (type(row), row, width, base)
        strips = self._strips.get(key)
        if strips is None:
            fill = base.rich_style
            combined: dict[Style, RichStyle] = {}
            strips = []
            for content in self._draw(row, width):
                segments = []
                for text, style in content.render(base, end=""):
                    rich_style = combined.get(style)
                    if rich_style is None:
                        rich_style = combined[style] = (base + style).rich_style
                    segments.append(Segment(text, rich_style))
                strip = Strip(segments, content.cell_length).extend_cell_length(width, fill)
                strips.append(strip)
            self._strips[key] = strips
        return strips

    def _base_style(self, component: str) -> Style:
        """The style rows are drawn on: the list's own, or a component's (cursor, hover).
        Kept until the next restyle: asking Textual for it on every line cost more than
        drawing the line."""
        style = self._bases.get(component)
        if style is None:
            if not component:
                style = self.get_visual_style()
            else:
                style = self.get_visual_style(component)
                # Textual's visual style leaves out reverse video, which marks the cursor
                # row without colour (NO_COLOR): see the CSS.
                if self.get_component_styles(component).text_style.reverse:
                    style += REVERSE
            self._bases[component] = style
        return style

    # -- marks drawn per line ----------------------------------------------------------------

    def set_hit_keys(self, keys: frozenset[int]) -> None:
        """Mark the items with these keys as holding a find match. Marks are drawn per line
        (`render_line`), so a new search redraws no row: typing in the find bar stays fast on
        articles with hundreds of quotes and statistics."""
        if keys != self._hit_keys:
            self._hit_keys = keys
            self.refresh()

    def _hit_rich_style(self) -> RichStyle:
        if self._hit_style is None:
            name = self.HIT_COMPONENT
            # Not cached with the rows' styles: its band is blended over the panel's
            # background, which focus tints, and rows need not be redrawn for that.
            style = self._resolve_style(name) if name else Style(bold=True)
            self._hit_style = style.rich_style
        return self._hit_style

    # -- Textual hooks -----------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._hit_style = None
        self._bases = {}
        self._strips.clear()
        self.refresh()
        # A new theme redraws the rows in its colours (focus changes leave them as they are).
        used, self._styles = self._styles, {}
        if used and any(self.component_style(name) != style for name, style in used.items()):
            self._drawn.clear()
            if self._laid_out and self._rows:
                self.call_later(self.redraw_rows)

    def on_resize(self, event: events.Resize) -> None:
        if self._laid_out and self.scrollable_content_region.width != self._width:
            self.redraw_rows()
        else:
            self._scroll_to_cursor()

    def on_show(self) -> None:
        self._scroll_to_cursor()

    async def on_click(self, event: events.Click) -> None:
        index = self._row_at(event)
        if index is not None and self._rows[index].key is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        index = self._row_at(event)
        if index is not None and self._rows[index].key is None:
            index = None
        if index != self._hover:
            previous, self._hover = self._hover, index
            self._refresh_row(previous)
            self._refresh_row(index)

    def on_leave(self, event: events.Leave) -> None:
        previous, self._hover = self._hover, None
        self._refresh_row(previous)

    # -- actions -----------------------------------------------------------------------------

    def action_select(self) -> None:
        """Post the panel's own message for the row under the cursor."""
        cursor = self._cursor
        if cursor is None or not 0 <= cursor < len(self._rows):
            return
        row = self._rows[cursor]
        if row.key is None:
            return
        message = self.selected_message(row)
        if message is not None:
            self.post_message(message)

    def _item_from(self, start: int, step: int) -> int | None:
        """The first item (not a heading or note) from position `start` on, going by `step`."""
        rows = self._rows
        index = start
        while 0 <= index < len(rows):
            if rows[index].key is not None:
                return index
            index += step
        return None

    def action_cursor_down(self) -> None:
        """Next item; at the last one, show the notes below it instead of wrapping."""
        current = -1 if self._cursor is None else self._cursor
        following = self._item_from(current + 1, 1)
        if following is not None:
            self.highlighted = following
        else:
            self._show_end()

    def action_cursor_up(self) -> None:
        """Previous item; at the first one, show the headings above it instead of wrapping."""
        current = len(self._rows) if self._cursor is None else self._cursor
        before = self._item_from(current - 1, -1)
        if before is None:
            self.scroll_home(animate=False, immediate=True)
            return
        self.highlighted = before
        if self._item_from(before - 1, -1) is None:
            self.scroll_home(animate=False, immediate=True)

    def action_first(self) -> None:
        first = self._item_from(0, 1)
        if first is not None:
            self.highlighted = first
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        last = self._item_from(len(self._rows) - 1, -1)
        if last is not None:
            self.highlighted = last
        self._show_end()

    def _show_end(self) -> None:
        """Show the rows after the last item, as many as fit below the cursor's item (a
        panel shorter than those rows would otherwise scroll the cursor out of view)."""
        self.load_rows()
        y = self.max_scroll_y
        cursor = self._cursor
        if cursor is not None and cursor < len(self._starts):
            y = min(y, self._starts[cursor])
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def action_page_down(self) -> None:
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def _move_page(self, direction: int) -> None:
        """Move the cursor by a screenful of lines, to the item there; past the last (or
        first) item, to that item, showing the rows beyond it."""
        if not self._rows or not self._laid_out:
            return
        cursor = self._cursor
        if cursor is None:
            self.action_first() if direction > 0 else self.action_last()
            return
        self._fit_width()
        self._measure_rows(cursor + 1)
        height = self._visible_height()
        line = self._starts[cursor] + direction * height
        self._measure_lines(line + 1)
        self._update_virtual_size()
        line = max(0, min(line, len(self._line_rows) - 1))
        index = self._line_rows[line]
        target = self._item_from(index, direction)
        if target is None:
            target = self._item_from(index, -direction)
        if target is None:
            return
        self.highlighted = target
        if direction > 0 and self._item_from(target + 1, 1) is None:
            self._show_end()
        elif direction < 0 and self._item_from(target - 1, -1) is None:
            self.scroll_home(animate=False, immediate=True)
