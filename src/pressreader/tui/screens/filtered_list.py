"""A filter field over a list of items, the shape of most library-wide lists: speakers, one
speaker's quotes, figures, bookmarks and recent articles.

The items are loaded once (in a thread worker unless a view loads them itself) and each
item's case-folded filter key is computed then; typing refills the list once per burst of
keys, keeping the items whose key holds every typed word. The view opens in its list (`/`
goes to the field); Enter in the field goes to the list when it has rows; Enter on a row
opens it, Escape goes back (see `ListScreen`).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Generic, TypeVar

from rich.text import Text
from textual import on
from textual.widgets import Input

from pressreader.tui.library_source import IndexUnavailable
from pressreader.tui.screens.list_screen import MAX_ROWS, ListScreen, plural

Item = TypeVar("Item")
Key = TypeVar("Key", bound=Container[str])


class FilteredListScreen(ListScreen, Generic[Item, Key]):
    """A list of `Item`s narrowed as you type. A view says how to fetch the items
    (`fetch`, or its own `load`), their filter keys (`key_of`, `keep`), their rows (`row`)
    and, when the count line below does not suit it, its status line (`status`)."""

    LOADING = ""  # the status line while the items load
    UNAVAILABLE = ""  # the status line (before the reason) when the index cannot be used
    LIMIT: int | None = MAX_ROWS  # the most rows shown (type to narrow); None: every one
    KEEP_CURSOR = False  # refilling keeps the cursor's row number, not the first row
    NOUN = "item"  # what the count line counts
    EMPTY = ""  # the status line when there are no items at all
    HINT = ""  # what Enter (and other keys) do, after the status line

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.items: list[Item] = []
        self.shown: list[Item] = []
        self._keys: list[Key] = []
        self._here: set[int] = set()  # ids of the items of the open article (put first)

    # -- what each view says ----------------------------------------------------------------

    def fetch(self) -> list[Item]:
        """The items, read in a thread (raise IndexUnavailable to say why there are none)."""
        raise NotImplementedError

    def key_of(self, item: Item) -> Key:
        """What the filter looks in, case-folded (computed once per load)."""
        raise NotImplementedError

    def keep(self, key: Key, words: list[str]) -> bool:
        """Whether an item with `key` stays for the case-folded typed `words`."""
        return all(word in key for word in words)

    def row(self, item: Item) -> Text:
        raise NotImplementedError

    def status(self, words: list[str], matching: list[Item]) -> Text:
        """`12 of 340 speakers`, with a word when the list is cut or nothing matches."""
        total = len(self.items)
        if not total:
            status = Text(self.EMPTY)
        else:
            status = Text(f"{len(matching):,} of " if words else "")
            status.append(plural(total, self.NOUN))
            if self._here:
                status.append(f" · {len(self._here):,} in this article (•)")
            if len(matching) > len(self.shown):
                status.append(f" · showing the first {len(self.shown):,}: type to narrow")
            elif words and not matching:
                status.append(" · nothing matches the filter")
        status.append("  · " + self.HINT, "dim")
        return status

    def put_first(self, items: list[Item], here: Callable[[Item], bool]) -> list[Item]:
        """`items` with those of the open article first, in their order; their rows are
        marked `•` and the status line counts them. Called from `fetch`."""
        first = [item for item in items if here(item)]
        ids = {id(item) for item in first}
        self._here = ids
        return first + [item for item in items if id(item) not in ids]

    def _row_of(self, item: Item) -> Text:
        row = self.row(item)
        if id(item) in self._here:
            row = Text("• ", "bold", no_wrap=True, overflow="ellipsis", end="") + row
        return row

    # -- loading and filtering --------------------------------------------------------------

    def on_mount(self) -> None:
        if self.LOADING:
            self.set_status(self.LOADING)
        # Every list view opens in its list, so j/k/Enter work at once; `/` goes to the field.
        self.options.focus()
        self.load()

    def load(self) -> None:
        """Read the items again (`fetch` in a thread worker), then fill the list."""
        self.run_worker(self._fetch, thread=True, exclusive=True, group="list-items")

    def _fetch(self) -> None:
        try:
            result: list[Item] | str = self.fetch()
        except IndexUnavailable as error:
            result = f"{self.UNAVAILABLE}{error}"
        self.app.call_from_thread(self._fetched, result)

    def _fetched(self, result: list[Item] | str) -> None:
        if isinstance(result, str):
            self.set_status(result, error=True)
            return
        self.fill(result)

    def fill(self, items: list[Item]) -> None:
        """New items: their keys and rows are computed again."""
        self.items = items
        self._keys = [self.key_of(item) for item in items]
        self.forget_rows()
        self.refill()

    def refill(self) -> None:
        words = self.field.value.casefold().split()
        keep = self.keep
        indexes = [i for i, key in enumerate(self._keys) if keep(key, words)]
        items = self.items
        matching = [items[i] for i in indexes]
        if self.LIMIT is not None:
            indexes = indexes[: self.LIMIT]
        self.shown = matching[: len(indexes)]
        cursor = self.options.highlighted
        self.show_rows(indexes, lambda i: self._row_of(items[i]))
        if self.KEEP_CURSOR and cursor is not None and indexes:
            self.options.highlighted = min(cursor, len(indexes) - 1)
        self.set_status(self.status(words, matching))

    @on(Input.Changed, ".view-field")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule_refill()

    @on(Input.Submitted, ".view-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.options.focus()

    def open_row(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            self.open_item(self.shown[index])

    def open_item(self, item: Item) -> None:
        """Enter on a row (each view says what it opens)."""

    def filtering(self) -> bool:
        """Whether the filter holds a word (the list shows only the items it keeps)."""
        return bool(self.field.value.split())

    def matching(self) -> list[Item]:
        """Every item the filter keeps (the list shows the first `LIMIT` of them)."""
        words = self.field.value.casefold().split()
        return [
            item for item, key in zip(self.items, self._keys, strict=True) if self.keep(key, words)
        ]

    def cursor_item(self) -> Item | None:
        """The item under the list's cursor."""
        index = self.options.highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]
