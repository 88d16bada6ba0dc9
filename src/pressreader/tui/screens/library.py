"""The library: every article (and every broken file) in a list, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.widgets import DataTable, Input, Static
from textual.widgets._data_table import Row as DataTableRow
from textual.widgets._data_table import RowKey

from pressreader.library import LibraryEntry
from pressreader.sanitize import escape_line
from pressreader.tui import views
from pressreader.tui.library_source import load_library
from pressreader.tui.screens.base import ReaderFooter, ReaderScreen
from pressreader.tui.state import ReaderState
from pressreader.tui.widgets.index_progress import IndexProgress

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp

EntryKey = tuple[str, int, str, bool]

# Fixed columns: marker, date, quotes, statistics (plus cell padding).
_DATE_WIDTH = 10
_COUNT_WIDTH = 3
_OUTLET_MAX = 22


def entry_key(entry: LibraryEntry) -> EntryKey:
    return (str(entry.path), entry.document, entry.article_id, entry.problem is not None)


def sort_entries(entries: Iterable[LibraryEntry]) -> list[LibraryEntry]:
    """Newest first; undated articles after dated ones, then by title."""

    def key(entry: LibraryEntry) -> tuple[bool, int, str, str]:
        ordinal = entry.published.toordinal() if entry.published else 0
        return (entry.published is None, -ordinal, entry.title.casefold(), str(entry.path))

    return sorted(entries, key=key)


def matches(entry: LibraryEntry, words: list[str]) -> bool:
    """Every word of the filter appears in the title, outlet, tags or speakers."""
    haystack = " ".join(
        [entry.title, entry.outlet or "", entry.path.name, *entry.tags, *entry.speakers]
    ).casefold()
    return all(word in haystack for word in words)


def _date(published: dt.date | None) -> str:
    return published.isoformat() if published else ""


class LibraryTable(DataTable[Text]):
    """The list of articles."""

    def replace_rows(self, rows: Sequence[Sequence[Text]]) -> None:
        """Show `rows` (keyed by their index) in place of the current ones, in one update.

        `add_row` re-validates the cursor for every row (about 0.1 ms each), and every new
        row's cells are measured for auto-sized columns (about 0.2 ms each). This table's
        columns have fixed widths and its rows one line, so a library of 10,000 articles
        is filled at once here, with no measuring, and the cursor is checked once.
        """
        self.clear()
        columns = self.ordered_columns
        locations = self._row_locations
        data = self._data
        table_rows = self.rows
        for index, cells in enumerate(rows):
            key = RowKey(str(index))
            locations[key] = index
            data[key] = {column.key: cell for column, cell in zip(columns, cells, strict=False)}
            table_rows[key] = DataTableRow(key, 1, None, False)
        self._require_update_dimensions = True
        self._update_count += 1
        self.cursor_coordinate = self.cursor_coordinate
        if rows and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()
        self.refresh()

    HELP_GROUP = "Library list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next article", id="library.down", show=False),
        Binding("k", "cursor_up", "Previous article", id="library.up", show=False),
        # DataTable's Home and End scroll sideways; in a list they go to the first and last.
        Binding("home,g", "scroll_top", "First article", id="library.first", show=False),
        Binding("end,G", "scroll_bottom", "Last article", id="library.last", show=False),
    ]


class LibraryScreen(ReaderScreen):
    """The list of articles; `/` filters, Enter opens."""

    HELP_GROUP = "Library"
    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding runs before the keys typed after it reach a widget, so the
        # field has focus for them (see check_action for `/` typed into a field).
        Binding("slash", "filter", "Search", id="library.filter", priority=True),
        Binding("q", "app.quit", "Quit", id="library.quit"),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear_filter", show=False),
        Binding("r", "reload", "Reload", id="library.reload"),
        Binding("S", "speakers", "Speakers", id="library.speakers"),
        Binding("T", "statistics", "Stats", id="library.statistics"),
        Binding("apostrophe,B", "bookmarks", "Marks", id="library.bookmarks"),
        Binding("h", "recent", "Recent", id="library.recent"),
    ]

    def __init__(self, paths: list[Path], max_bytes: int) -> None:
        super().__init__()
        self.paths = paths
        self.max_bytes = max_bytes
        self.entries: list[LibraryEntry] = []
        self.shown: list[LibraryEntry] = []
        # The cells of each entry's row, made once (keyed by the entry's id()).
        self._row_cache: dict[int, list[Text]] = {}

    def compose(self) -> ComposeResult:
        title = Text("pressreader", style="bold")
        title.append("  ")
        title.append(escape_line(", ".join(str(p) for p in self.paths)), "dim")
        title.no_wrap = True
        title.overflow = "ellipsis"
        yield Static(title, id="library-title")
        # Disabled while hidden, so focus never lands in an invisible field.
        yield Input(
            placeholder="Filter titles, outlets, tags, speakers · Enter searches the full text",
            id="library-filter",
            disabled=True,
        )
        yield LibraryTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield IndexProgress(id="library-progress")
        yield Static(id="library-status")
        yield ReaderFooter()
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        table = self.query_one(LibraryTable)
        table.focus()
        filter_text = self.app_state.library.filter_text
        if filter_text:
            self.query_one("#library-filter", Input).value = filter_text
            self._show_filter(True)
        self.reload()

    @property
    def reader(self) -> PressReaderApp:
        return cast("PressReaderApp", self.app)

    @property
    def app_state(self) -> ReaderState:
        return self.reader.state

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        table = self.query_one(LibraryTable)
        table.loading = True
        self._set_status(Text("Loading articles…"))
        self._scan()

    def load_entries(self) -> list[LibraryEntry]:
        """The library's entries (runs in a thread worker, may block).

        Read from the library index, updated incrementally (only changed files are parsed)
        with a progress bar; the screen depends only on the `LibraryEntry` records."""
        return load_library(self)

    @work(thread=True, exclusive=True, group="library-scan")
    def _scan(self) -> None:
        entries = self.load_entries()
        self.app.call_from_thread(self._loaded, entries)

    def _loaded(self, entries: list[LibraryEntry]) -> None:
        self.entries = sort_entries(entries)
        self._row_cache.clear()
        table = self.query_one(LibraryTable)
        table.loading = False
        self._refill()
        if self.focused is None:
            table.focus()
        self.reader.library_loaded(self.entries)

    # The table ------------------------------------------------------------------------------

    def _columns(self, width: int) -> None:
        table = self.query_one(LibraryTable)
        table.clear(columns=True)
        outlets = [len(e.outlet or "") for e in self.entries]
        # Each column has one cell of padding on both sides; one more cell for the scrollbar.
        available = max(12, width - (1 + _DATE_WIDTH + 2 * _COUNT_WIDTH + 6 * 2 + 1))
        outlet_width = max(3, min(_OUTLET_MAX, max(outlets, default=6), available // 3))
        title_width = available - outlet_width
        table.add_column("!", width=1, key="marker")
        table.add_column("Title", width=title_width, key="title")
        table.add_column("Outlet", width=outlet_width, key="outlet")
        table.add_column("Date", width=_DATE_WIDTH, key="date")
        table.add_column("Q", width=_COUNT_WIDTH, key="quotes")
        table.add_column("S", width=_COUNT_WIDTH, key="statistics")

    def _row(self, entry: LibraryEntry) -> list[Text]:
        if entry.problem is not None and entry.broken:
            problem = entry.problem
            where = ":".join(str(n) for n in (problem.line, problem.column) if n is not None)
            title = Text(escape_line(entry.title), style="bold")
            title.append(f"  {where}: " if where else "  ")
            title.append(escape_line(problem.message), style="red")
            marker = Text("!", style="bold red")
        else:
            title = Text(escape_line(entry.title))
            marker = Text("~" if entry.problems else " ", style="yellow")
        for cell in (title,):
            cell.no_wrap = True
            cell.overflow = "ellipsis"
        return [
            marker,
            title,
            Text(escape_line(entry.outlet or ""), no_wrap=True, overflow="ellipsis"),
            Text(_date(entry.published)),
            Text(str(entry.quotes) if entry.quotes else "", justify="right"),
            Text(str(entry.statistics) if entry.statistics else "", justify="right"),
        ]

    def _refill(self) -> None:
        """Show the entries that pass the filter, keeping the cursor on the same entry."""
        table = self.query_one(LibraryTable)
        state = self.app_state.library
        cursor_key = state.cursor_key
        words = state.filter_text.casefold().split()
        self.shown = [e for e in self.entries if matches(e, words)]
        self._columns(table.size.width or self.size.width or 80)
        cache = self._row_cache
        rows = []
        for entry in self.shown:
            row = cache.get(id(entry))
            if row is None:
                row = cache[id(entry)] = self._row(entry)
            rows.append(row)
        table.replace_rows(rows)
        target = 0
        if cursor_key is not None:
            for index, entry in enumerate(self.shown):
                if entry_key(entry) == cursor_key:
                    target = index
                    break
        if self.shown:
            table.move_cursor(row=target, animate=False, scroll=True)
        self._update_status()

    def _update_status(self) -> None:
        broken = sum(1 for e in self.entries if e.broken)
        text = Text()
        total = len(self.entries)
        if len(self.shown) != total:
            text.append(f"{len(self.shown)} of ")
        articles = total - broken
        text.append(f"{articles} article{'s' if articles != 1 else ''}")
        if broken:
            text.append(f" · {broken} broken file{'s' if broken != 1 else ''}", "red")
        if not self.entries:
            text = Text("No article files found in ")
            text.append(escape_line(", ".join(str(p) for p in self.paths)))
        elif not self.shown:
            # The filter reads titles, outlets, tags and speakers only: say where to go next.
            text.append(" · nothing matches the filter · Enter searches the full text")
        self._set_status(text)

    def _set_status(self, text: Text) -> None:
        self.query_one("#library-status", Static).update(text)

    def on_resize(self, event: Resize) -> None:
        if self.entries:
            self._refill()

    def highlighted_entry(self) -> LibraryEntry | None:
        table = self.query_one(LibraryTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    @on(DataTable.RowHighlighted, "#library-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        index = int(event.row_key.value or 0)
        if 0 <= index < len(self.shown):
            self.app_state.library.cursor_key = entry_key(self.shown[index])

    @on(DataTable.RowSelected, "#library-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        index = int(event.row_key.value or 0)
        if 0 <= index < len(self.shown):
            self.reader.open_entry(self.shown[index])

    # The filter -----------------------------------------------------------------------------

    def _show_filter(self, shown: bool) -> None:
        self.set_class(shown, "-filtering")
        self.query_one("#library-filter", Input).disabled = not shown

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `/` typed in a text field is a character, not this action.
        return not (action == "filter" and isinstance(self.focused, Input))

    def action_filter(self) -> None:
        self._show_filter(True)
        # Focus now, not after the keys already queued: what is typed right after `/`
        # belongs in the field.
        self.set_focus(self.query_one("#library-filter", Input))

    def action_clear_filter(self) -> None:
        field = self.query_one("#library-filter", Input)
        if not self.has_class("-filtering") and not field.value:
            return
        field.value = ""
        self._show_filter(False)
        self.query_one(LibraryTable).focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.app_state.library.filter_text = event.value
        if self.entries:
            self._refill()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(LibraryTable).focus()
        if not event.value:
            self._show_filter(False)
        else:
            views.open_search(self.app, event.value)  # Enter: search the full text

    def action_reload(self) -> None:
        self.reload()

    # Library-wide views (see pressreader.tui.views) -------------------------------------------

    def action_speakers(self) -> None:
        views.open_speakers(self.app)

    def action_statistics(self) -> None:
        views.open_statistics(self.app)

    def action_bookmarks(self) -> None:
        views.open_bookmarks(self.app)

    def action_recent(self) -> None:
        views.open_recent(self.app)
