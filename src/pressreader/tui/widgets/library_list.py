"""The library's list of articles: a virtual list that renders only the rows on screen.

A library holds thousands of articles. A `DataTable` needs every cell of every row made
before it shows anything (10,000 rows: about 60,000 `Text` cells, a quarter of a second);
this list holds the rows as light `EntryRow` tuples and renders a row only when it is
painted, keeping the rendered lines of recent rows in a small cache.

When an article of the list holds annotations no person has confirmed yet (`reviewed:
false`, made by `pressreader import`), a narrow column headed ◌ counts them; a library without
any shows no such column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from pressreader.library.loading import EntryRow
from pressreader.text.sanitize import escape_line
from pressreader.tui.widgets.marks import CURSOR, UNREVIEWED

# The columns after the title, by header: (header, width). The header is a word, not a
# letter, so no column reads as a key (S is the speakers key); the counts are right-aligned.
_DATE = ("Date", 10)
_QUOTES = ("Quotes", 6)
_STATS = ("Stats", 5)
# Unreviewed quotes and statistics, headed by the panels' mark; only when some article has any.
_UNREVIEWED = (UNREVIEWED, 3)
_OUTLET = "Outlet"
_OUTLET_MAX = 22
_MARKERS = 3  # the cursor, the problem marker (! or ~) and a space
_TITLE_MIN = 12  # the narrowest title worth an outlet column beside it


class Columns(NamedTuple):
    """The widths of a row's cells (0: the column is left out), one cell of padding each
    side of each column."""

    title: int
    outlet: int
    date: int
    unreviewed: int = 0

    @property
    def row_rest(self) -> int:
        """Every cell after the markers, padding included: a broken file's message takes it."""
        cells = [self.title, self.outlet, self.date, _QUOTES[1], _STATS[1], self.unreviewed]
        return sum(width + 2 for width in cells if width) - 2


def column_widths(width: int, outlet_length: int, unreviewed: bool = False) -> Columns:
    """The columns of a list `width` cells wide (not counting its scrollbar): the outlet,
    then the date, are left out when the title would be too narrow beside them; the
    outlet's column is never narrower than its header. With `unreviewed`, the column that
    counts unreviewed annotations comes after the statistics."""
    extra = _UNREVIEWED[1] if unreviewed else 0
    counts = _QUOTES[1] + 2 + _STATS[1] + 2 + (extra + 2 if extra else 0)
    date = _DATE[1] + 2
    title_and_outlet = width - _MARKERS - counts - date - 4
    outlet_width = min(_OUTLET_MAX, max(outlet_length, len(_OUTLET)), title_and_outlet // 3)
    if outlet_width >= len(_OUTLET) and title_and_outlet - outlet_width >= _TITLE_MIN:
        return Columns(title_and_outlet - outlet_width, outlet_width, _DATE[1], extra)
    title = width - _MARKERS - counts - date - 2
    if title >= _TITLE_MIN + len(_OUTLET):
        return Columns(title, 0, _DATE[1], extra)
    return Columns(max(4, width - _MARKERS - counts - 2), 0, 0, extra)


def count_cell(count: int, width: int) -> str:
    """A count for a column `width` cells wide; blank for none, and capped ("999+" does not
    fit three cells: "1k+")."""
    if not count:
        return ""
    text = str(count)
    return text if len(text) <= width else "1k+"


class LibraryList(ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of `EntryRow`, a header line and a row cursor; Enter opens the row."""

    HELP_GROUP = "Library list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open article", id="library.open", show=False),
        Binding("down,j", "cursor_down", "Next article", id="library.down", show=False),
        Binding("up,k", "cursor_up", "Previous article", id="library.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="library.page-down", show=False),
        Binding("pageup", "page_up", "Page up", id="library.page-up", show=False),
        Binding("home,g", "scroll_top", "First article", id="library.first", show=False),
        Binding("end,G", "scroll_bottom", "Last article", id="library.last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-list--header",
        "library-list--cursor",
        "library-list--even-row",
        "library-list--odd-row",
    }

    DEFAULT_CSS = """
    LibraryList {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus {
            background-tint: $foreground 5%;
            & > .library-list--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .library-list--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .library-list--even-row {
            background: $surface-darken-1 40%;
        }
        & > .library-list--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .library-list--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .library-list--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .library-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    /* Without colour, the cursor row shows in reverse video. */
    App.-no-color LibraryList > .library-list--cursor {
        text-style: reverse bold;
    }
    """
    # The rule above names the app's class: the widget's CSS is not scoped to it.
    SCOPED_CSS = False

    class _RowMessage(Message):
        def __init__(self, control: LibraryList, index: int, row: EntryRow) -> None:
            super().__init__()
            self.list = control
            self.index = index
            self.row = row

        @property
        def control(self) -> LibraryList:
            return self.list

    class Highlighted(_RowMessage):
        """The cursor moved to `row`, at `index` in the list."""

    class Selected(_RowMessage):
        """`row` was chosen (Enter, or a click on the highlighted row)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[EntryRow] = ()
        self._cursor = 0
        self._outlet_length = 0
        self._unreviewed = False  # some row counts unreviewed annotations: show their column
        # Rendered rows by (row index, is the cursor row), with the style they were drawn
        # in: a restyle that changes nothing (the screen's size classes, say) keeps them.
        # Cleared when the rows or the width change.
        self._lines: LRUCache[tuple[int, bool], tuple[Style, Strip]] = LRUCache(256)
        self._styles: dict[str, Style] = {}  # the component styles, until the next restyle

    # -- content -----------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def cursor_row(self) -> int:
        return self._cursor if self._rows else -1

    def show_rows(
        self,
        rows: Sequence[EntryRow],
        *,
        cursor: int = 0,
        outlet_length: int | None = None,
        unreviewed: bool | None = None,
    ) -> None:
        """List `rows` with the cursor on row `cursor` (kept in view); `unreviewed` says
        whether to show the column of unreviewed annotations (by default, when a row has
        any)."""
        self._rows = rows
        if outlet_length is None:
            outlet_length = max((len(row.outlet or "") for row in rows), default=0)
        self._outlet_length = outlet_length
        if unreviewed is None:
            unreviewed = any(row.unreviewed for row in rows)
        self._unreviewed = unreviewed
        self._lines.clear()
        self.virtual_size = Size(self._width, len(rows) + 1)
        self._cursor = max(0, min(cursor, len(rows) - 1))
        self._scroll_to_cursor()
        self.refresh()
        if rows:
            self.post_message(self.Highlighted(self, self._cursor, rows[self._cursor]))

    def move_cursor(self, *, row: int, animate: bool = False, scroll: bool = True) -> None:
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        if row == self._cursor:
            if scroll:
                self._scroll_to_cursor(animate)
            return
        old, self._cursor = self._cursor, row
        self._refresh_row(old)
        self._refresh_row(row)
        if scroll:
            self._scroll_to_cursor(animate)
        self.post_message(self.Highlighted(self, row, self._rows[row]))

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    @property
    def _visible(self) -> int:
        """How many rows fit below the header."""
        return max(1, self.scrollable_content_region.height - 1)

    def _refresh_row(self, index: int) -> None:
        y = index - round(self.scroll_y) + 1
        if 1 <= y <= self._visible:
            self.refresh_line(y)

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        visible = self._visible
        top = round(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=animate, immediate=not animate)
        elif self._cursor >= top + visible:
            self.scroll_to(y=self._cursor - visible + 1, animate=animate, immediate=not animate)

    # -- keys and mouse ----------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self._cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self._cursor - 1)

    def action_page_down(self) -> None:
        step = max(1, self._visible - 1)
        self.scroll_to(y=self.scroll_y + step, animate=False, immediate=True)
        self.move_cursor(row=self._cursor + step)

    def action_page_up(self) -> None:
        step = max(1, self._visible - 1)
        self.scroll_to(y=self.scroll_y - step, animate=False, immediate=True)
        self.move_cursor(row=self._cursor - step)

    def action_scroll_top(self) -> None:
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(row=len(self._rows) - 1)

    def action_select(self) -> None:
        if self._rows:
            self.post_message(self.Selected(self, self._cursor, self._rows[self._cursor]))

    async def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = offset.y - 1 + round(self.scroll_y)
        if 0 <= index < len(self._rows):
            if index == self._cursor:
                self.post_message(self.Selected(self, index, self._rows[index]))
            else:
                self.move_cursor(row=index, scroll=False)

    # -- rendering ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_styles(name).rich_style
        return style

    def _row_style(self, index: int, is_cursor: bool) -> Style:
        # Zebra stripes from the first row, as in a DataTable.
        style = self._style("library-list--odd-row" if index % 2 else "library-list--even-row")
        if is_cursor:
            style += self._style("library-list--cursor")
        return style

    def _on_resize(self, event: events.Resize) -> None:
        # Lines of another width are drawn again when next shown (render_line checks).
        self.virtual_size = Size(self._width, len(self._rows) + 1)
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self.refresh()  # the cursor's style depends on the focus

    def on_blur(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self._width
        base = self.rich_style
        if y == 0:
            return self._header(width)
        index = y - 1 + round(self.scroll_y)
        if index >= len(self._rows):
            return Strip.blank(width, base)
        # The cursor row shows with or without focus (dimmer without: see the CSS).
        is_cursor = index == self._cursor
        key = (index, is_cursor)
        style = self._row_style(index, is_cursor)
        cached = self._lines.get(key)
        if cached is not None and cached[0] == style and cached[1].cell_length == width:
            return cached[1]
        line = self._render_row(index, is_cursor, style, width)
        self._lines[key] = (style, line)
        return line

    def _header(self, width: int) -> Strip:
        columns = column_widths(width, self._outlet_length, self._unreviewed)
        style = self._style("library-list--header")
        cells = [
            ("Title", columns.title, False),
            (_OUTLET, columns.outlet, False),
            (_DATE[0], columns.date, False),
            (_QUOTES[0], _QUOTES[1], True),
            (_STATS[0], _STATS[1], True),
            (_UNREVIEWED[0], columns.unreviewed, True),
        ]
        # The marker column has no header: the status line says what ! and ~ mean.
        text = Text(" " * _MARKERS, no_wrap=True, end="")
        for label, cell_width, right in cells:
            if cell_width:
                cell = label.rjust(cell_width) if right else label.ljust(cell_width)
                text.append(" " + cell[:cell_width] + " ")
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(width, overflow="crop", pad=True)
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, style), width).crop_extend(0, width, style)

    def _render_row(self, index: int, is_cursor: bool, style: Style, width: int) -> Strip:
        row = self._rows[index]
        columns = column_widths(width, self._outlet_length, self._unreviewed)
        text = Text(no_wrap=True, end="")

        def cell(content: Text, cell_width: int, right: bool = False) -> None:
            if not cell_width:
                return
            if right:
                content.pad_left(max(0, cell_width - content.cell_len))
            content.truncate(cell_width, overflow="ellipsis", pad=True)
            text.append(" ")
            text.append_text(content)
            text.append(" ")

        # The cursor row shows by a marker too, not by colour alone (16 colours, NO_COLOR).
        text.append(CURSOR if is_cursor else " ", style="bold")
        if row.problem is not None and row.broken:
            problem = row.problem
            where = ":".join(str(n) for n in (problem.line, problem.column) if n is not None)
            title = Text(escape_line(row.title), style="bold")
            title.append(f"  {where}: " if where else "  ")
            title.append(escape_line(problem.message), style="red")
            text.append("!", style="bold red")
            text.append(" ")
            # A broken file has no outlet, date or counts: its message takes the whole row.
            cell(title, columns.row_rest)
            return self._strip(text, width, style)
        text.append("~" if row.problems else " ", style="yellow")
        text.append(" ")
        cell(Text(escape_line(row.title)), columns.title)
        cell(Text(escape_line(row.outlet or "")), columns.outlet)
        cell(Text(row.published or ""), columns.date)
        cell(Text(str(row.quotes) if row.quotes else ""), _QUOTES[1], right=True)
        cell(Text(str(row.statistics) if row.statistics else ""), _STATS[1], right=True)
        cell(Text(count_cell(row.unreviewed, columns.unreviewed)), columns.unreviewed, right=True)
        return self._strip(text, width, style)
