"""The library: every article (and every broken file) in a list, newest first."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from pressreader.library.entries import LibraryEntry
from pressreader.library.loading import (
    EntryRow,
    EntryView,
    entry_from_row,
    row_from_entry,
    sort_entries,
)
from pressreader.text.sanitize import escape_line
from pressreader.tui.library_source import FirstPage, first_page, load_library
from pressreader.tui.navigation import ReaderState
from pressreader.tui.reader_app import ReaderApp, reader_app
from pressreader.tui.screens import library_views
from pressreader.tui.screens.base import ReaderFooter, ReaderScreen
from pressreader.tui.widgets.index_progress import IndexProgress
from pressreader.tui.widgets.library_list import LibraryList
from pressreader.tui.widgets.marks import UNREVIEWED

EntryKey = tuple[str, int, str, bool]

__all__ = ["LibraryList", "LibraryScreen", "LibraryTable", "entry_key", "matches", "sort_entries"]

# The list of articles (the name its tests and other screens know it by).
LibraryTable = LibraryList


def entry_key(entry: LibraryEntry) -> EntryKey:
    return (str(entry.path), entry.document, entry.article_id, entry.problem is not None)


def matches(entry: LibraryEntry, words: list[str]) -> bool:
    """Every word of the filter appears in the title, outlet, tags or speakers."""
    haystack = " ".join(
        [entry.title, entry.outlet or "", entry.path.name, *entry.tags, *entry.speakers]
    ).casefold()
    return all(word in haystack for word in words)


class LibraryScreen(ReaderScreen):
    """The list of articles; `/` filters, Enter opens."""

    HELP_GROUP = "Library"
    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding runs before the keys typed after it reach a widget, so the
        # field has focus for them (see check_action for `/` typed into a field).
        Binding("slash", "filter", "Search", id="library.filter", priority=True),
        Binding("q", "app.quit", "Quit", id="library.quit"),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear-filter", show=False),
        Binding("r", "reload", "Reload", id="library.reload"),
        Binding("S", "speakers", "Speakers", id="library.speakers"),
        Binding("T", "statistics", "Figures", id="library.statistics"),
        Binding("apostrophe,B", "bookmarks", "Marks", id="library.bookmarks", tooltip="Bookmarks"),
        Binding("h", "recent", "Recent", id="library.recent"),
    ]

    def __init__(self, paths: list[Path], max_bytes: int) -> None:
        super().__init__()
        self.paths = paths
        self.max_bytes = max_bytes
        # The library as light rows (newest first), and those the filter lets through.
        self.rows: list[EntryRow] = []
        self.shown_rows: Sequence[EntryRow] = []
        self._haystacks: list[str] | None = None  # each row's filter text, made when needed
        # Before the whole library is read: the first page's counts and outlet width.
        self._page: FirstPage | None = None
        self._broken = 0
        self._unreviewed = 0  # articles with unreviewed annotations
        self._warned = 0  # articles with warnings (marked ~)
        self._loaded_once = False  # the whole library has been read once

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
        yield LibraryList(id="library-table")
        yield IndexProgress(id="library-progress")
        yield Static(id="library-status")
        yield ReaderFooter()
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        table = self.query_one(LibraryList)
        table.focus()
        filter_text = self.app_state.library.filter_text
        if filter_text:
            self.query_one("#library-filter", Input).value = filter_text
            self._show_filter(True)
        # An index that exists lists its newest articles at once (a few milliseconds); the
        # freshness check and the rest of the library follow once that is painted.
        page = first_page(self.app, self.reader.session.source)
        if page is not None and page.rows:
            self._page = page
            self.rows = page.rows
            self._refill()
            self.call_after_refresh(self._scan)
        else:
            self.reload()

    def on_screen_resume(self) -> None:
        # Back from an article whose file changed while it was read: list it as it is now
        # (a list not loaded yet reads the files anyway).
        session = self.reader.session
        if session.library_stale and self._loaded_once:
            session.library_stale = False
            self._scan()

    @property
    def entries(self) -> Sequence[LibraryEntry]:
        """The library's entries (newest first), each made when read."""
        return EntryView(self.rows)

    @property
    def shown(self) -> Sequence[LibraryEntry]:
        """The entries the filter lets through."""
        return EntryView(self.shown_rows)

    @property
    def reader(self) -> ReaderApp:
        return reader_app(self.app)

    @property
    def app_state(self) -> ReaderState:
        return self.reader.state

    # Loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        table = self.query_one(LibraryList)
        table.loading = True
        self._set_status(Text("Loading articles…"))
        self._scan()

    def load_rows(self) -> list[EntryRow]:
        """The library's rows, newest first (runs in a thread worker, may block).

        Read from the library index, updated incrementally (only changed files are parsed)
        with a progress bar; the screen depends only on the `EntryRow` records. A subclass
        that supplies `LibraryEntry` records instead overrides `load_entries`."""
        if _supplies_entries(type(self)):
            return [row_from_entry(entry) for entry in sort_entries(self.load_entries())]
        return self._load_library()

    def load_entries(self) -> list[LibraryEntry]:
        """The library's entries as records (read from the index, as `load_rows` does)."""
        return list(EntryView(self._load_library()))

    def _load_library(self) -> list[EntryRow]:
        # In a thread worker.
        app = self.app
        session = self.reader.session

        def open_store() -> None:
            # The reading-state store checks its file when it opens: do it beside the index
            # work, off the UI thread, and say now if the file had to be moved aside.
            _ = session.store
            if app.is_running:
                with contextlib.suppress(RuntimeError):  # the app closed meanwhile
                    app.call_from_thread(session.show_warnings, app)

        threading.Thread(target=open_store, name="open-state-store", daemon=True).start()
        bars = self.query(IndexProgress)
        return load_library(
            app,
            session.source,
            bars.first() if bars else None,
            open_direct=self.reader.open_direct,
        )

    @work(thread=True, exclusive=True, group="library-scan")
    def _scan(self) -> None:
        rows = self.load_rows()
        self.app.call_from_thread(self._loaded, rows)

    def _loaded(self, rows: list[EntryRow]) -> None:
        if not self.is_running or not self.query(LibraryList):
            return  # the app closed while the worker read the library
        self.rows = rows
        self._loaded_once = True
        self._page = None
        self._haystacks = None
        self._broken = sum(1 for row in rows if row.broken)
        self._warned = sum(1 for row in rows if row.problems and not row.broken)
        self._unreviewed = sum(1 for row in rows if row.unreviewed)
        table = self.query_one(LibraryList)
        table.loading = False
        self._refill()
        if self.focused is None:
            table.focus()
        self.reader.library_loaded(self.entries)

    # The list -------------------------------------------------------------------------------

    def _refill(self) -> None:
        """Show the rows that pass the filter, keeping the cursor on the same entry."""
        state = self.app_state.library
        words = state.filter_text.casefold().split()
        if words:
            if self._haystacks is None:
                self._haystacks = [row.haystack() for row in self.rows]
            self.shown_rows = [
                row
                for row, text in zip(self.rows, self._haystacks, strict=True)
                if all(word in text for word in words)
            ]
        else:
            self.shown_rows = self.rows
        target = 0
        cursor_key = state.cursor_key
        if cursor_key is not None:
            for index, row in enumerate(self.shown_rows):
                if row.key == cursor_key:
                    target = index
                    break
        page = self._page
        # The column of unreviewed annotations is the library's, not the filter's: it stays
        # while typing a filter that hides every such article.
        unreviewed = page.unreviewed if page is not None else self._unreviewed
        self.query_one(LibraryList).show_rows(
            self.shown_rows,
            cursor=target,
            outlet_length=page.outlet_width if page else None,
            unreviewed=unreviewed > 0,
        )
        self._update_status()

    def _update_status(self) -> None:
        page = self._page
        if page is not None:  # the rest of the library is still being read
            broken, total, warned = page.broken, page.articles + page.broken, 0
            unreviewed = page.unreviewed
        else:
            broken, total, warned = self._broken, len(self.rows), self._warned
            unreviewed = self._unreviewed
        text = Text()
        shown = len(self.shown_rows)
        articles = total - broken
        if shown != total and page is None:
            # A filter: what follows the count is of the articles shown, not the library's
            # ("1 of 47 articles · 43 unreviewed" read as 43 of that one).
            rows = self.shown_rows
            broken = sum(1 for row in rows if row.broken)
            warned = sum(1 for row in rows if row.problems and not row.broken)
            unreviewed = sum(1 for row in rows if row.unreviewed)
            text.append(f"{shown - broken} of ")
        elif shown != total:
            text.append(f"{shown} of ")
        text.append(f"{articles} article{'s' if articles != 1 else ''}")
        # Each marker of the list is explained here, where it is counted.
        if broken:
            text.append(f" · {broken} broken file{'s' if broken != 1 else ''} (!)", "red")
        if warned:
            text.append(f" · {warned} with warnings (~)", "yellow")
        if unreviewed:
            # Articles holding annotations a program made that no person has confirmed.
            text.append(f" · {unreviewed} unreviewed ({UNREVIEWED})")
        if not total:
            # Where to go next first (the palette's import), then the folders read, whose
            # names may be long (the header shows them too).
            text = Text("No article files found · Ctrl+P, “Import a file…”, adds one · in ")
            text.append(escape_line(", ".join(str(p) for p in self.paths)))
        elif not shown:
            # The filter reads titles, outlets, tags and speakers only: say where to go next.
            text.append(" · nothing matches the filter · Enter searches the full text")
        self._set_status(text)

    def _set_status(self, text: Text) -> None:
        self.query_one("#library-status", Static).update(text)

    def highlighted_entry(self) -> LibraryEntry | None:
        index = self.query_one(LibraryList).cursor_row
        if not 0 <= index < len(self.shown_rows):
            return None
        return entry_from_row(self.shown_rows[index])

    @on(LibraryList.Highlighted, "#library-table")
    def _highlighted(self, event: LibraryList.Highlighted) -> None:
        self.app_state.library.cursor_key = event.row.key

    @on(LibraryList.Selected, "#library-table")
    def _selected(self, event: LibraryList.Selected) -> None:
        self.reader.open_entry(entry_from_row(event.row))

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
        self.query_one(LibraryList).focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.app_state.library.filter_text = event.value
        if self.rows:
            self._refill()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(LibraryList).focus()
        if not event.value:
            self._show_filter(False)
        else:
            library_views.open_search(self.app, event.value)  # Enter: search the full text

    def action_reload(self) -> None:
        self.reload()

    # Library-wide views (see pressreader.tui.screens.library_views) -------------------

    def action_speakers(self) -> None:
        library_views.open_speakers(self.app)

    def action_statistics(self) -> None:
        library_views.open_statistics(self.app)

    def action_bookmarks(self) -> None:
        library_views.open_bookmarks(self.app)

    def action_recent(self) -> None:
        library_views.open_recent(self.app)


def _supplies_entries(screen: type[LibraryScreen]) -> bool:
    """Whether a subclass of the library screen overrides `load_entries`."""
    return any(
        "load_entries" in vars(cls)
        for cls in screen.__mro__
        if cls is not LibraryScreen and issubclass(cls, LibraryScreen)
    )
