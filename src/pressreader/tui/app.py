"""The terminal reader: a library of articles and an article screen."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.markup import escape as escape_markup
from textual.notifications import SeverityLevel
from textual.screen import Screen

from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Article, LoadResult, Problem
from pressreader.text.sanitize import escape_line
from pressreader.tui import compat, gc_policy
from pressreader.tui.config import DEFAULT_TEXT_WIDTH, MAX_REPORTED, Config, load_config
from pressreader.tui.navigation import ArticleState, ReaderState
from pressreader.tui.screens.base import MIN_HEIGHT, MIN_WIDTH, SLIM_WIDTH, STYLES, WIDE_WIDTH
from pressreader.tui.session import ReaderSession
from pressreader.tui.widgets import time_slice

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.driver import Driver

    from pressreader.library.entries import LibraryEntry
    from pressreader.library.loading import Opened
    from pressreader.tui.reader_app import ReaderApp
    from pressreader.tui.screens.article import ArticleScreen

DEFAULT_THEME = "textual-dark"
# The screen stacks: the first screen's, and the library's once an article opened straight
# from its file gives way to it.
START_MODE = "start"
LIBRARY_MODE = "library"
# What the reader does by hand: background work makes way for the frames these ask for.
_INPUT_EVENTS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)


def _reader_commands() -> type[Provider]:
    # Imported when the palette first opens, not before the first screen.
    from pressreader.tui.palette import ReaderCommands

    return ReaderCommands


class PressReaderApp(App[int]):
    """Read annotated articles by keyboard."""

    TITLE = "pressreader"
    # The first screens live in a mode of their own, so that an article opened straight from
    # its file can hand over to the library's mode (see ensure_library).
    DEFAULT_MODE = START_MODE
    # Absolute, so subclasses defined elsewhere (tests, benchmarks) find the styles too.
    CSS_PATH = [  # noqa: RUF012 (Textual declares it as a plain class attribute)
        STYLES / "app.tcss",
        # The library slides under an article opened directly without being pushed, so
        # its sheet is read with the app's.
        STYLES / "library.tcss",
        STYLES / "article.tcss",
    ]
    # Only the reader's provider: it lists the screen's commands first, then the app-wide
    # ones of get_system_commands (Textual's own provider would list those first).
    COMMANDS = {_reader_commands}  # noqa: RUF012 (as App declares it)
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-tiny"),
        (MIN_WIDTH, "-slim"),
        (SLIM_WIDTH, "-narrow"),
        (WIDE_WIDTH, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (MIN_HEIGHT, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "back_or_quit", "Back", id="app.back-or-quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            id="app.command-palette",
            priority=True,
            show=False,
        ),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
        Binding("ctrl+c", "help_quit", "How to quit", id="app.help-quit", show=False, system=True),
    ]

    def __init__(
        self,
        paths: Sequence[Path] = (),
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        open_direct: bool = False,
        index_path: Path | None = None,
        use_user_config: bool = True,
        config: Config | None = None,
        preloaded: Callable[[], LoadResult | None] | None = None,
        gc_paused: bool = False,
    ) -> None:
        # With NO_COLOR, Textual strips every colour only for an ANSI-colour app (otherwise it
        # renders in shades of grey); selection then shows by markers and reverse video.
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        compat.keep_wide_characters_whole()  # CJK in a notice over the footer's keys
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self.open_direct = open_direct
        # The library's index, the reading state and where the next article opens.
        self.index_path = index_path
        self.session = ReaderSession(self.paths, index_path=index_path, max_bytes=max_bytes)
        self.state = ReaderState()
        if config is None:
            config = load_config() if use_user_config else Config()
        self.config = config
        self.text_width = config.text_width or DEFAULT_TEXT_WIDTH
        # The library's entries, once scanned (the palette's "open another article").
        self._entries: Sequence[LibraryEntry] = []
        # The entries of the file opened directly, for the library's first list.
        self._known_entries: list[LibraryEntry] | None = None
        # The file opened directly, while its entries are not needed yet.
        self._direct_result: LoadResult | None = None
        self._direct_opened = False
        # Gives the file opened directly as already read (see commands.read), or None.
        self._preloaded = preloaded
        # The caller turned garbage collection off for the start (see commands.read).
        self._gc_paused = gc_paused
        gc_policy.reset()
        # Until when a warning or an error is on screen (a new notice does not replace it).
        self._warnings_until = 0.0
        # The exports being saved (see screens.export_dialog): delivery key -> what it is.
        self.deliveries: dict[str, str] = {}
        self.theme = DEFAULT_THEME
        if config.theme is not None:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                config.errors.append(
                    f"{config.theme_at or 'config.toml'}: unknown theme "
                    f'{escape_line(config.theme)!r} (ctrl+p, "Change theme", lists them)'
                )
        # Keymap collisions said once, at the start (and by `pressreader` on stderr after).
        self.keymap_warnings: list[str] = []
        if config.keymap:
            self.set_keymap(self._settled_keymap(config))

    def _settled_keymap(self, config: Config) -> dict[str, str]:
        """The keymap with its collisions resolved (see keymap.settle), each said once."""
        from pressreader.tui.binding_scopes import SCOPES
        from pressreader.tui.keymap import settle

        app_bindings = [
            (b.id, b.key, b.priority)
            for b in self.BINDINGS
            if isinstance(b, Binding) and b.id is not None
        ]
        applied, met = settle(SCOPES, config.keymap, app_bindings)
        where = config.keymap_at
        for collision in met:
            key = escape_line(collision.key)
            winner, loser = collision.winner, collision.loser
            if collision.with_app:
                ours = winner if winner in config.keymap else loser
                other = loser if ours == winner else winner
                message = (
                    f"{where.get(ours, 'config.toml')}: keymap: '{ours}' is put on {key}, "
                    f"which '{other}' has too, and the app's keys are in force with every "
                    f"screen's: where both are, '{winner}' has it"
                    + ("" if winner.startswith("app.") else " (a screen's key comes first)")
                )
            elif collision.loser_remapped:
                message = (
                    f"{where.get(loser, 'config.toml')}: keymap: '{loser}' and '{winner}' "
                    f"({where.get(winner, 'config.toml')}) are both on {key} in one scope: "
                    f"'{winner}', written first, has it; '{loser}' keeps its default keys"
                )
            else:
                message = (
                    f"{where.get(winner, 'config.toml')}: keymap: '{winner}' is put on {key}, "
                    f"which '{loser}' has in the same scope: '{winner}' has it; '{loser}' "
                    "keeps only its other default keys, if any"
                )
            self.keymap_warnings.append(message)
        if len(self.keymap_warnings) > MAX_REPORTED:
            more = len(self.keymap_warnings) - MAX_REPORTED
            del self.keymap_warnings[MAX_REPORTED:]
            self.keymap_warnings.append(f"keymap: … and {more:,} more collisions")
        config.errors.extend(self.keymap_warnings)
        return applied

    def get_key_display(self, binding: Binding) -> str:
        # Key names come from the user's config.toml too: the footer, the help and Textual's
        # key panel show them through the one escaping rule (one named `\x1b]2;...` would
        # set the terminal's title).
        return escape_line(super().get_key_display(binding))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's app-wide commands, in the words of docs/READER.md.

        Textual's own are left out: "Theme" names what the "Change theme: …" entries do,
        "Keys" what the help does, "Maximize" a panel (`t` and `s` show and hide them), and
        "Screenshot" writes an SVG into a folder nobody chose (`x` exports, asking where).
        """
        # "keys", the word Textual's palette used for its key panel, finds the help too.
        yield SystemCommand(
            "Help: keys and symbols",
            "Every key in force here, and what the marks mean",
            self.action_help,
        )
        yield SystemCommand("Quit", "With unsaved changes it asks first", self.action_quit)

    def get_default_screen(self) -> Screen[object]:
        if self.open_direct and len(self.paths) == 1:
            # Imported first: the file may still be being read (see commands.read).
            import pressreader.tui.screens.article  # noqa: F401

            article = self._load_direct(self.paths[0])
            if article is not None:
                result = self._direct_result
                # Straight to the article: the library under it is made when it is needed
                # (see ensure_library), after the first screen.
                self.open_direct = False
                problems = result.problems if result is not None else []
                return self._article_screen(article, None, direct=True, problems=problems)
        return self._library_screen()

    @property
    def entries(self) -> Sequence[LibraryEntry]:
        if self._direct_result is not None:
            # The entry of the article opened directly, made when first needed.
            from pressreader.library.loading import entries_for_result

            self._entries = entries_for_result(self._direct_result)
            self._direct_result = None
        return self._entries

    @entries.setter
    def entries(self, entries: Sequence[LibraryEntry]) -> None:
        self._direct_result = None
        self._entries = entries

    def _library_screen(self) -> Screen[object]:
        from pressreader.tui.screens.library import LibraryScreen

        if self._direct_opened:
            # The library under an article opened directly lists that file's entry at once.
            self._direct_opened = False
            self._known_entries = list(self.entries)
        known = self._known_entries
        if known is None:
            return LibraryScreen(self.paths, self.max_bytes)
        self._known_entries = None

        class KnownLibraryScreen(LibraryScreen):
            """The library of a file already read: its first list needs no second read."""

            def load_entries(self) -> list[LibraryEntry]:
                nonlocal known
                if known is None:
                    return super().load_entries()
                entries, known = known, None
                return entries

        return KnownLibraryScreen(self.paths, self.max_bytes)

    def _load_direct(self, path: Path) -> Article | None:
        """Read the one file given; its article when it holds exactly one, without errors."""
        result = self._preloaded() if self._preloaded is not None else None
        self._preloaded = None
        if result is None:
            from pressreader.format.loader import load_file

            result = load_file(path, max_bytes=self.max_bytes)
        if len(result.articles) != 1 or result.errors:
            # The library shows them (and opens the problems of a broken file).
            from pressreader.library.loading import entries_for_result

            self._known_entries = entries_for_result(result)
            return None
        self._direct_result = result
        self._direct_opened = True
        # The library's entries are made when something needs them, and the reading state
        # (the saved position) is opened by the article's keeper, after the first frame:
        # the text must be laid out to go to the position anyway.
        return result.articles[0]

    def forget_direct_entries(self) -> None:
        """The article opened directly was reloaded from its changed file: the library entry
        made from the first read is out of date (the library reads the file again)."""
        self._direct_opened = False
        self._direct_result = None

    def ensure_library(self) -> None:
        """Put the library under the screens of an article opened straight from its file,
        for the views that open another article to return to."""
        stack = self.screen_stack
        if not stack or self._is_library(stack[0]):
            return
        self._start_library_mode()
        # The open screens move onto the library's stack, in their order.
        for screen in stack:
            self.push_screen(screen)

    def leave_direct_article(self) -> None:
        """Escape on an article opened straight from its file: the library replaces it."""
        if not self._is_library(self.screen_stack[0]):
            self._start_library_mode()

    def _start_library_mode(self) -> None:
        # The first screen of a stack can be neither popped nor switched, and nothing slides
        # a screen under a stack: the library starts a stack (a mode) of its own, and the
        # first stack goes, taking down the screens that did not move onto the new one.
        self.add_mode(LIBRARY_MODE, self._library_screen)
        self.switch_mode(LIBRARY_MODE)
        # The first mode is made from get_default_screen and was never declared (a declared
        # first mode has Textual wait for the whole first screen to mount before the app
        # composes, which made a long article's first screen reach the terminal later and
        # heavier): declared now, only so that it can be removed.
        self.add_mode(START_MODE, self.get_default_screen)
        self.remove_mode(START_MODE)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice on the footer's line (see app.tcss); its title leads the message on the
        same line ("Settings: ..."), so a short notice covers no more than the footer.

        As on a message line, a new notice replaces the ones shown, unless a warning or an
        error is still in its time: those stay (stacked upward) until read.
        """
        if title:
            message = f"{escape_markup(title) if markup else title}: {message}"
        now = time.monotonic()
        if now >= self._warnings_until:
            self.clear_notifications()
        if timeout is None:
            timeout = self.NOTIFICATION_TIMEOUT
        if severity != "information":
            self._warnings_until = max(self._warnings_until, now + timeout)
        super().notify(message, severity=severity, timeout=timeout, markup=markup)

    def on_mount(self) -> None:
        if self._gc_paused:
            self.screen.call_after_refresh(self._resume_gc)
            self.set_timer(2.0, self._resume_gc)  # in case no frame is drawn
        self.set_class(self.no_color, "-no-color")
        # A terminal of 16 colours (TERM=xterm): the theme's dark greys all become black, so
        # what must show on the background is drawn in the terminal's own grey instead.
        self.set_class(self.console.color_system == "standard", "-few-colors")
        for error in self.config.errors:
            self.notify(error, title="Settings", severity="warning", markup=False, timeout=8)

    def _resume_gc(self) -> None:
        if self._gc_paused:
            self._gc_paused = False
            gc_policy.start()

    # Library ------------------------------------------------------------------------------

    def library_loaded(self, entries: Sequence[LibraryEntry]) -> None:
        """The library screen finished its scan; a single file opens straight in."""
        self.entries = entries
        if self.open_direct:
            self.open_direct = False
            if len(entries) == 1:
                self.open_entry(entries[0], direct=True)

    def library_changed(self) -> None:
        """A file of the library was written here (saved, restored, imported) or changed on
        disk: the library's list reads it again when shown, and the search index reads it
        again now, off the UI thread, so that the next search sees it (a search begun
        before this worker is done brings the index up to date first)."""
        self.session.library_stale = True
        self.forget_direct_entries()
        self.session.source.files_changed()
        self._reindex()

    @work(thread=True, exclusive=True, group="reindex")
    def _reindex(self) -> None:
        self.session.source.refresh()

    def open_entry(self, entry: LibraryEntry, *, direct: bool = False) -> None:
        """Load the entry's article off the UI thread, then show it (or its problems)."""
        self._load_entry(entry, direct)

    @work(thread=True, exclusive=True, group="open-entry")
    def _load_entry(self, entry: LibraryEntry, direct: bool) -> None:
        from pressreader.library.loading import open_entry

        opened = open_entry(entry, self.max_bytes)
        self.call_from_thread(self._show_opened, entry, opened, direct)

    def _show_opened(self, entry: LibraryEntry, opened: Opened, direct: bool) -> None:
        if opened.article is None:
            from pressreader.tui.screens.problems import ProblemsScreen

            self.push_screen(ProblemsScreen(entry.path, opened.problems))
            return
        self.show_article(opened.article, entry, direct=direct, problems=opened.problems)

    def show_article(
        self,
        article: Article,
        entry: LibraryEntry | None = None,
        *,
        direct: bool = False,
        problems: Sequence[Problem] = (),
    ) -> None:
        # Only one article screen at a time: opening another replaces it.
        self.ensure_library()

        def replace() -> None:
            while len(self.screen_stack) > 1 and not self._is_library(self.screen):
                self.pop_screen()
            self.push_screen(self._article_screen(article, entry, direct=direct, problems=problems))

        # The article replaced may hold unsaved changes (the palette's "Open article", an
        # import): save, discard or stay, as when leaving it.
        from pressreader.tui.screens.article import ArticleScreen

        for screen in reversed(self.screen_stack[1:]):
            if self._is_library(screen):
                break
            if isinstance(screen, ArticleScreen) and screen.has_unsaved_changes:
                screen.annotator.confirm_leave(replace)
                return
        replace()

    def _article_screen(
        self,
        article: Article,
        entry: LibraryEntry | None,
        *,
        direct: bool,
        problems: Sequence[Problem] = (),
    ) -> ArticleScreen:
        from pressreader.tui.screens.article import ArticleScreen

        path = article.path or (entry.path if entry else None)
        state = ArticleState(path=path, document=article.document, article_id=article.id)
        previous = self.state.article
        if previous is not None:
            # The panels the reader opened or closed stay that way for the next article.
            state.toc_open = previous.toc_open
            state.sidebar_open = previous.sidebar_open
        self.state.article = state
        return ArticleScreen(article, state, direct=direct, problems=problems)

    @staticmethod
    def _is_library(screen: Screen[object]) -> bool:
        from pressreader.tui.screens.library import LibraryScreen
        from pressreader.tui.screens.list_screen import ListScreen

        # Library-wide lists (search results, speakers...) stay under the article they open.
        return isinstance(screen, LibraryScreen | ListScreen)

    # Actions ------------------------------------------------------------------------------

    def get_driver_class(self) -> type[Driver]:
        # Slices of background work stop as soon as a key is read (see time_slice).
        return time_slice.noting_input(super().get_driver_class())

    async def on_event(self, event: events.Event) -> None:
        # Keys typed right after q, in the same burst, must not open screens on a closing
        # app (they crashed it while it was being torn down).
        if isinstance(event, events.Key) and self.return_code is not None:
            return
        if isinstance(event, _INPUT_EVENTS):
            time_slice.note_input()
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        from pressreader.tui.screens.article import ArticleScreen

        screen = self.screen
        if action == "back_or_quit" and isinstance(screen, ArticleScreen) and screen.selecting:
            return False  # `q` makes the words selected a quote (and leaves the footer)
        return super().check_action(action, parameters)

    async def action_quit(self) -> None:
        """Ctrl+Q: quit, once any unsaved changes to an article are saved or discarded."""
        from pressreader.tui.screens.article import ArticleScreen

        unsaved = [
            screen
            for screen in self.screen_stack
            if isinstance(screen, ArticleScreen) and screen.has_unsaved_changes
        ]
        if not unsaved:
            self.exit(0)
            return
        # Asked for each article with unsaved changes in turn (saved or discarded: the next).
        unsaved[-1].annotator.confirm_leave(self._quit_again)

    def _quit_again(self) -> None:
        self.call_later(self.action_quit)

    async def action_back_or_quit(self) -> None:
        """`q`: close the current screen, or quit from the library (or a direct article)."""
        from pressreader.tui.screens.article import ArticleScreen

        screen = self.screen

        def leave() -> None:
            if len(self.screen_stack) <= 1 or (isinstance(screen, ArticleScreen) and screen.direct):
                self.exit(0)
            elif self.screen is screen:
                self.pop_screen()

        if isinstance(screen, ArticleScreen) and screen.has_unsaved_changes:
            # Unsaved changes: save, discard or stay.
            screen.annotator.confirm_leave(leave)
            return
        leave()

    def on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        """An export is in its file: say where (Textual's own screenshots say it themselves)."""
        what = self.deliveries.pop(event.key, None)
        if what is None:
            return
        where = f" to {escape_line(str(event.path))}" if event.path is not None else ""
        self.notify(f"Exported {escape_line(what)}{where}", markup=False, timeout=8)

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        what = self.deliveries.pop(event.key, None)
        if what is None:
            return
        reason = escape_line(str(event.exception)) if event.exception else "unknown error"
        self.notify(
            f"The export of {escape_line(what)} failed: {reason}",
            markup=False,
            severity="error",
        )

    def action_help(self) -> None:
        from pressreader.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))


if TYPE_CHECKING:
    # The screens take their app for a ReaderApp (see pressreader.tui.reader_app).
    _reader_app: type[ReaderApp] = PressReaderApp
