"""What the reader keeps for the whole run: the library source, the reading-state store and
the place the next opened article should show.

Kept apart from `pressreader.tui.screens.reading_keeper` (the keeper of each article
screen): the app makes its session at start, and nothing here is imported before it is used,
so an article opened straight from its file reaches its first screen without the state store
or the index.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Article
from pressreader.text.sanitize import escape_line

UI_WRITE_PATIENCE_S = 0.0

if TYPE_CHECKING:
    from pressreader.library.entries import LibraryEntry
    from pressreader.store.reading import StateStore
    from pressreader.tui.library_source import LibrarySource
    from pressreader.tui.targets import Target


class ReaderSession:
    """What the reader keeps for the whole run: the library source and the reading state."""

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        index_path: Path | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        state_path: Path | None = None,
    ) -> None:
        self.paths = list(paths)
        self.index_path = index_path
        self.max_bytes = max_bytes
        self._source: LibrarySource | None = None
        self._source_lock = threading.Lock()
        self._state_path = state_path
        self._store: StateStore | None = None
        self._store_lock = threading.Lock()
        self._pending: tuple[tuple[str, int], Target] | None = None
        self.last_query = ""  # the last full-text search, offered again by `/` + Enter
        # An open article was reloaded from its changed file: a library list read before
        # reads its files again when it is shown next.
        self.library_stale = False

    @property
    def source(self) -> LibrarySource:
        """The library's index-backed source, made on first use (an article opened straight
        from its file does not need it for its first screen)."""
        with self._source_lock:  # the library's worker may ask first, from its thread
            if self._source is None:
                from pressreader.tui.library_source import LibrarySource

                self._source = LibrarySource(
                    self.paths, index_path=self.index_path, max_bytes=self.max_bytes
                )
            return self._source

    @property
    def store(self) -> StateStore:
        """The reading-state store, opened on first use (it never raises)."""
        with self._store_lock:  # the library's worker opens it; the UI may ask meanwhile
            if self._store is None:
                from pressreader.store.reading import StateStore

                self._store = StateStore(self._state_path)
                # Saves run on the UI thread: one try (SQLite's busy timeout), then the
                # change waits in memory for the next save or for closing, which waits
                # the store's full patience; keys are never held for a minute.
                self._store.write_patience = UI_WRITE_PATIENCE_S
            return self._store

    def show_warnings(self, app: App[object]) -> None:
        """Tell the reader about state-store trouble (a corrupt file moved aside, say)."""
        if self._store is None:
            return
        for warning in self._store.take_warnings():
            app.notify(
                escape_line(warning), title="Reading state", severity="warning", markup=False
            )

    def show_next(self, entry: LibraryEntry, target: Target | None) -> None:
        """Show `target` (instead of where reading stopped) when `entry` opens next."""
        self._pending = (_place(entry.path, entry.document), target) if target else None

    def take_target(self, article: Article) -> Target | None:
        """The place asked for `article`, if the last `show_next` was for it (asked once)."""
        pending, self._pending = self._pending, None
        if pending is None or article.path is None:
            return None
        place, target = pending
        return target if place == _place(article.path, article.document) else None

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
        if self._store is not None:
            self._store.close()


def _place(path: Path, document: int) -> tuple[str, int]:
    return (os.path.realpath(path), document)
