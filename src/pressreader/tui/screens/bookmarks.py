"""Bookmarks (set with `m` in an article, with an optional note) and recently opened articles.

`BookmarksScreen` lists the open article's bookmarks first, then every other bookmark of
the library; Enter jumps to one (opening its article when it is another), `d` deletes, `e`
edits the note. `RecentScreen` lists the articles opened lately, each reopening where it
was left.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from pressreader.model import Article
from pressreader.store.reading import Bookmark, Position, RecentEntry, StateKey
from pressreader.text.sanitize import escape_line, one_line
from pressreader.tui.library_source import entry_for
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.base import ReaderModal
from pressreader.tui.screens.filtered_list import FilteredListScreen
from pressreader.tui.screens.list_screen import ListScreen, focus_field_binding, plural
from pressreader.tui.screens.reading_keeper import ReadingKeeper
from pressreader.tui.targets import AtPosition

if TYPE_CHECKING:
    from pressreader.tui.screens.article import ArticleScreen


def place_label(article: Article | None, position: Position) -> str:
    """`§ heading, ¶ 3` for a place in an article (the section id when it is not loaded)."""
    section_name = position.section_id
    if article is not None:
        for index, section in enumerate(article.sections):
            if section.id == position.section_id:
                section_name = section.heading or ("Lead" if index == 0 else section.id)
                break
    return f"§ {one_line(section_name)}, ¶ {position.paragraph + 1}"


def bookmark_prompt(bookmark: Bookmark, article: Article | None) -> Text:
    head = Text(no_wrap=True, overflow="ellipsis", end="")
    head.append(one_line(bookmark.title or (bookmark.key.article_id if bookmark.key else "")))
    head.stylize("bold")
    head.append("  " + place_label(article, bookmark.position), "dim")
    if bookmark.created is not None:
        head.append("  " + bookmark.created.astimezone().strftime("%Y-%m-%d %H:%M"), "dim")
    if not bookmark.note:
        return head
    note = Text("  " + one_line(bookmark.note), no_wrap=True, overflow="ellipsis", end="")
    note.stylize("italic")
    return Text("\n", end="").join([head, note])


class BookmarkNoteScreen(ReaderModal):
    """A one-line dialog for a bookmark's note: Enter keeps it (empty: no note), Escape
    cancels (the screen's result is None)."""

    HELP_GROUP = "Bookmark note"
    CSS_PATH = ListScreen.CSS_PATH  # the dialog's styles live with the list views'
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="bookmark-note.cancel"),
    ]

    def __init__(self, heading: str, note: str = "") -> None:
        super().__init__()
        self.heading = heading
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmark-dialog"):
            yield Static(Text(escape_line(self.heading), style="bold"))
            yield Input(value=self.note, placeholder="a note (optional)", id="bookmark-note")
            yield Static(Text("Enter saves · Escape cancels", style="dim"))
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#bookmark-note")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


def keeper_of(screen: ArticleScreen) -> ReadingKeeper | None:
    found = screen.query(ReadingKeeper)
    return found.first() if found else None


def set_bookmark(screen: ArticleScreen) -> None:
    """`m` in an article: a bookmark at the top of the view, with a note asked for."""
    keeper = keeper_of(screen)
    if keeper is None:
        return
    position = keeper.bookmark_here()
    heading = "Bookmark at " + place_label(screen.article, position)

    def done(note: str | None) -> None:
        if note is None:
            return
        if keeper.add_bookmark(position, note) is not None:
            screen.notify("Bookmark set" + (f": {one_line(note)}" if note else ""), markup=False)

    screen.app.push_screen(BookmarkNoteScreen(heading), done)


def show_bookmarks(screen: ArticleScreen) -> None:
    """`'` in an article: its bookmarks first, then all the others."""
    screen.app.push_screen(BookmarksScreen(keeper_of(screen)))


class BookmarksScreen(FilteredListScreen[Bookmark, str]):
    """Bookmarks of the open article, then all the others."""

    HELP_GROUP = "Bookmarks"
    TITLE_TEXT = "Bookmarks"
    PLACEHOLDER = "filter by title or note"
    BINDINGS: ClassVar[list[BindingType]] = [
        focus_field_binding("bookmarks.filter"),
        Binding("d,delete", "delete", "Delete", id="bookmarks.delete"),
        Binding("e", "edit_note", "Edit note", id="bookmarks.edit-note"),
    ]
    LIMIT = None
    KEEP_CURSOR = True  # after a deletion, on the next bookmark

    def __init__(self, keeper: ReadingKeeper | None = None) -> None:
        super().__init__()
        self.keeper = keeper

    @property
    def bookmarks(self) -> list[Bookmark]:
        return self.items

    @property
    def current_key(self) -> StateKey | None:
        return self.keeper.key if self.keeper is not None else None

    def load(self) -> None:
        # Read here, not in a thread: the store answers at once, and a deletion or a new
        # note shows in the list it was made in.
        store = reader_app(self.app).session.store
        everything = store.all_bookmarks()
        key = self.current_key
        here = [b for b in everything if key is not None and b.key == key]
        here.sort(key=lambda b: (b.section_id, b.paragraph, b.offset or 0))
        others = [b for b in everything if key is None or b.key != key]
        reader_app(self.app).session.show_warnings(self.app)
        self.fill(here + others)

    def key_of(self, item: Bookmark) -> str:
        return f"{item.title or ''} {item.note or ''}".casefold()

    def row(self, item: Bookmark) -> Text:
        key = self.current_key
        here = key is not None and item.key == key
        article = self.keeper.article if here and self.keeper is not None else None
        prompt = bookmark_prompt(item, article)
        if here:
            prompt = Text("• ", style="bold") + prompt
        return prompt

    def status(self, words: list[str], matching: list[Bookmark]) -> Text:
        key = self.current_key
        count = sum(1 for b in self.bookmarks if key is not None and b.key == key)
        status = Text(plural(len(self.bookmarks), "bookmark"))
        if key is not None:
            status.append(f" · {count} in this article (•)")
        if not self.bookmarks:
            status = Text("No bookmarks yet: press m in an article to set one")
        status.append("  · Enter jumps, d deletes, e edits the note", "dim")
        return status

    def open_item(self, item: Bookmark) -> None:
        keeper = self.keeper
        self.dismiss()
        target = AtPosition(item.position)
        if keeper is not None and item.key == keeper.key:
            keeper.go_to(target)
            return
        if item.key is None:
            return
        entry = entry_for(Path(item.key.path), 0, item.key.article_id, item.title or "")
        self.open_at(entry, target)

    def action_delete(self) -> None:
        bookmark = self.cursor_item()
        if bookmark is None or bookmark.id is None:
            return
        if reader_app(self.app).session.store.remove_bookmark(bookmark.id):
            self.notify("Bookmark deleted", timeout=2)
        self.load()

    def action_edit_note(self) -> None:
        bookmark = self.cursor_item()
        if bookmark is None or bookmark.id is None:
            return
        ident = bookmark.id

        def done(note: str | None) -> None:
            if note is not None:
                reader_app(self.app).session.store.set_bookmark_note(ident, note or None)
                self.load()

        self.app.push_screen(BookmarkNoteScreen("Bookmark note", bookmark.note or ""), done)


class RecentScreen(FilteredListScreen[RecentEntry, str]):
    """The articles opened lately, newest first; each reopens where it was left."""

    HELP_GROUP = "Recent articles"
    TITLE_TEXT = "Recently opened"
    PLACEHOLDER = "filter by title"
    BINDINGS: ClassVar[list[BindingType]] = [focus_field_binding("recent.filter")]
    LIMIT = None

    @property
    def recent(self) -> list[RecentEntry]:
        return self.items

    def fetch(self) -> list[RecentEntry]:
        return reader_app(self.app).session.store.recent()

    def fill(self, items: list[RecentEntry]) -> None:
        reader_app(self.app).session.show_warnings(self.app)
        super().fill(items)

    def key_of(self, item: RecentEntry) -> str:
        return item.title.casefold()

    def row(self, item: RecentEntry) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(one_line(item.title), "bold")
        text.append("  " + item.opened.astimezone().strftime("%Y-%m-%d %H:%M"), "dim")
        text.append("  " + one_line(item.key.path), "dim")
        return text

    def status(self, words: list[str], matching: list[RecentEntry]) -> Text:
        status = Text(f"{len(self.recent)} recently opened")
        if not self.recent:
            status = Text("Nothing opened yet")
        status.append("  · Enter reopens where you left off", "dim")
        return status

    def open_item(self, item: RecentEntry) -> None:
        self.dismiss()
        entry = entry_for(item.path, item.document, item.key.article_id, item.title)
        self.open_at(entry, None)
