"""The "Import a file…" dialog (from the command palette): a path, completed as it is
typed, imported into the library as `pressreader import PATH` would (the same functions,
in a thread); on success the dialog closes with the file written, and the caller opens it.

Everything shown from the path, the settings or an error is plain text (never markup), on
one line, with control characters escaped.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from pressreader.importing.sources import SOURCE_SUFFIXES
from pressreader.paths import bundled_articles
from pressreader.text.sanitize import escape_line
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.base import SCREEN_BINDINGS, STYLES, ReaderModal
from pressreader.tui.widgets.fitted import FittedStatic
from pressreader.tui.widgets.path_input import PathInput

if TYPE_CHECKING:
    from textual.app import App

    from pressreader.library.entries import LibraryEntry


class ImportDone:
    """What a successful import gives the dialog's caller; or, when the source was imported
    before and the person chose to open that article (`earlier`), the earlier file."""

    def __init__(
        self,
        destination: Path,
        entry: LibraryEntry,
        summary: str,
        warnings: list[str],
        *,
        earlier: bool = False,
    ) -> None:
        self.destination = destination
        self.entry = entry  # the new article's, to open it
        self.summary = summary
        self.warnings = warnings
        self.earlier = earlier


def open_import(app: App[object]) -> None:
    """The palette's "Import a file…": the dialog, then the new article opened and the
    library read again (listing it, its cursor on it)."""
    reader = reader_app(app)

    def done(result: ImportDone | None) -> None:
        if result is None:
            return
        from pressreader.tui.screens.library import LibraryScreen

        entry = result.entry
        reader.state.library.cursor_key = (str(entry.path), entry.document, entry.article_id, False)
        for screen in app.screen_stack:
            if isinstance(screen, LibraryScreen) and screen.is_mounted:
                screen.reload()
        reader.library_changed()  # the index too, for a search from a view over the library
        reader.open_entry(entry)
        shown = escape_line(str(result.destination))
        if result.earlier:
            note = f"Opened {shown}, imported before from the same text"
        else:
            note = f"Imported as {shown} ({result.summary})"
        if not in_library(result.destination, reader.session.paths):
            note += " · not in the library shown, which is " + escape_line(
                ", ".join(str(p) for p in reader.session.paths)
            )
            if reader.session.paths == [bundled_articles()]:
                # The first import made the data folder's library: it is read from now on.
                note += " (the next start opens your library)"
        app.notify(note, markup=False, timeout=8)
        for warning in result.warnings:
            app.notify(warning, title="Import", severity="warning", markup=False)

    app.push_screen(ImportScreen(reader.session.max_bytes), done)


def source_files() -> str:
    """What the import reads, from its own rule (`importing.sources`): the first suffix of
    each kind of source, as in "a .txt, .md or .html file"."""
    first: dict[str, str] = {}
    for suffix, kind in SOURCE_SUFFIXES.items():
        first.setdefault(kind, suffix)
    shown = list(first.values())
    listed = ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else shown[0]
    return f"a {listed} file"


def in_library(path: Path, paths: list[Path]) -> bool:
    """Whether the file `path` is one the library of `paths` lists (its folders' files)."""
    real = Path(os.path.realpath(path))
    for given in paths:
        folder = Path(os.path.realpath(given))
        if real == folder or folder in real.parents:
            return True
    return False


def import_destination() -> tuple[str, bool]:
    """Where an import would write (`Into: PATH (what chose it)`), or why it cannot, and
    whether it can; nothing is created."""
    from pressreader.library.location import LibraryError, import_library, writable_folder

    try:
        library, _messages = import_library()
        if os.path.lexists(library.path):
            writable_folder(library.path)
        shown = escape_line(str(library.path))
        created = "" if os.path.lexists(library.path) else "; created on import"
        return f"Into: {shown} ({escape_line(library.origin)}{created})", True
    except LibraryError as error:
        return f"Cannot import here: {escape_line(str(error))}", False


class ImportScreen(ReaderModal):
    """A path field: Enter imports, Tab or Right completes a name, Escape cancels (the
    screen's result is None; an import's, an `ImportDone`)."""

    HELP_GROUP = "Import a file"
    CSS_PATH = STYLES / "import.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
        # Tab and Shift+Tab not priority, unlike on every other screen: the path field takes
        # Tab first, to complete a name (its one focusable widget: nothing typed goes astray).
        *(
            replace(binding, priority=False)
            for binding in SCREEN_BINDINGS
            if isinstance(binding, Binding) and binding.key in ("tab", "shift+tab")
        ),
    ]

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.busy = False
        # After a refusal because the source was imported before: the path typed and the
        # file holding the earlier import, which Enter on the same path opens.
        self.earlier: tuple[str, Path] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog"):
            yield Static(Text("Import a file", style="bold"))
            yield FittedStatic(Text("Into: …"), id="import-into")
            yield PathInput(
                placeholder=f"{source_files()} (relative to {escape_line(os.getcwd())})",
                id="import-path",
                suffixes=tuple(SOURCE_SUFFIXES),
            )
            yield FittedStatic(Text(""), id="import-message")
            yield Static(Text("Tab completes · Enter imports · Escape cancels"), id="import-hint")
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        self.query_one(PathInput).focus()
        self._find_destination()

    @work(thread=True, exclusive=True, group="import-destination")
    def _find_destination(self) -> None:
        line, _ok = import_destination()
        self.app.call_from_thread(self._show_destination, line)

    def _show_destination(self, line: str) -> None:
        if self.is_attached:
            self.query_one("#import-into", Static).update(Text(line))

    def say(self, line: str, *, error: bool = False) -> None:
        """One line under the field (an error in bold)."""
        message = self.query_one("#import-message", Static)
        message.update(Text(" ".join(escape_line(line).split())))
        message.set_class(error, "-error")

    @on(Input.Changed, "#import-path")
    def _edited(self, event: Input.Changed) -> None:
        # An error speaks of the path it was given: once the path is edited, it no longer
        # does. ("Importing…" stays until the import answers.)
        event.stop()
        message = self.query_one("#import-message", Static)
        if not self.busy and message.has_class("-error"):
            self.say("")
        if not self.busy:
            self.earlier = None

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if self.busy:
            return
        if not value:
            self.say(f"Type the path of {source_files()}", error=True)
            return
        self.busy = True
        if self.earlier is not None and self.earlier[0] == value:
            self.say("Opening…")
            self._open_earlier(self.earlier[1])
            return
        self.say("Importing…")
        self._import(value)

    @work(thread=True, exclusive=True, group="import-file")
    def _import(self, value: str) -> None:
        from pressreader.importing.pipeline import (
            INTERNAL_FAULTS,
            AlreadyImported,
            import_file,
            internal_error,
        )
        from pressreader.importing.sources import SourceError
        from pressreader.library.location import LibraryError

        try:
            path = Path(os.path.expanduser(value))
            imported, warnings = import_file(path, max_bytes=self.max_bytes)
        except AlreadyImported as error:
            message = f"already imported, as {error.holder} · Enter opens it"
            self.app.call_from_thread(self._refused_as_earlier, value, Path(error.holder))
        except (SourceError, LibraryError) as error:
            message = str(error)
        except INTERNAL_FAULTS as error:
            message = internal_error(error)
        else:
            # (the file just written passes `check --strict`: it holds its article)
            entry = self._first_entry(imported.destination)
            assert entry is not None
            done = ImportDone(imported.destination, entry, imported.summary, warnings)
            self.app.call_from_thread(self._finish, done, None)
            return
        self.app.call_from_thread(self._finish, None, message)

    def _first_entry(self, path: Path) -> LibraryEntry | None:
        """The library's entry for the first article of the file at `path` (a file that no
        longer loads gives its problems' entry, as the library lists it), or None."""
        from pressreader.format.loader import load_file
        from pressreader.library.loading import entries_for_result

        entries = entries_for_result(load_file(path, max_bytes=self.max_bytes))
        return entries[0] if entries else None

    def _refused_as_earlier(self, value: str, holder: Path) -> None:
        self.earlier = (value, holder)

    @work(thread=True, exclusive=True, group="import-file")
    def _open_earlier(self, holder: Path) -> None:
        """The article of an earlier import of the same text, opened as a new one would be
        (a file that no longer loads opens as the library opens one: its problems listed)."""
        entry = self._first_entry(holder)
        if entry is None:
            message = f"{holder} holds no article that loads (`pressreader check` says why)"
            self.app.call_from_thread(self._finish, None, message)
            return
        done = ImportDone(holder, entry, "", [], earlier=True)
        self.app.call_from_thread(self._finish, done, None)

    def _finish(self, done: ImportDone | None, error: str | None) -> None:
        self.busy = False
        if not self.is_attached:
            return
        if done is not None:
            self.dismiss(done)
        elif error is not None:
            self.say(f"error: {error}", error=True)

    def action_cancel(self) -> None:
        self.dismiss(None)
