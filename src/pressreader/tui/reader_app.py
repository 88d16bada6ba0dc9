"""The reader's app as its screens see it: one typed accessor instead of duck typing.

Textual gives every screen and widget its app as a plain `App`; the reader's screens need
what `PressReaderApp` adds (its session, its state, opening entries). `ReaderApp` says what
that is, `PressReaderApp` satisfies it (checked by mypy in pressreader.tui.app), and nothing
here imports the app, so the screens do not either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from pressreader.library.entries import LibraryEntry
    from pressreader.tui.navigation import ReaderState
    from pressreader.tui.session import ReaderSession


class ReaderApp(Protocol):
    """What the reader's screens use of their app, beyond Textual's `App`."""

    session: ReaderSession
    state: ReaderState
    # The article text's width in cells, kept for the next article.
    text_width: int
    # A single file given: open its article straight away, without the library.
    open_direct: bool
    # The exports being saved by `App.deliver_text`: delivery key -> what it is.
    deliveries: dict[str, str]

    @property
    def entries(self) -> Sequence[LibraryEntry]: ...

    def library_loaded(self, entries: Sequence[LibraryEntry]) -> None: ...

    def open_entry(self, entry: LibraryEntry, *, direct: bool = False) -> None: ...

    def forget_direct_entries(self) -> None: ...

    def library_changed(self) -> None: ...

    def leave_direct_article(self) -> None: ...


def reader_app(app: App[object]) -> ReaderApp:
    """`app` as the reader's app (every reader screen runs in a `PressReaderApp`)."""
    return cast("ReaderApp", app)
