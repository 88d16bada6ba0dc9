"""What every reader screen shares: the "terminal too small" note."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from pressreader.tui.compat import footer_bindings_ready, footer_key

MIN_WIDTH = 40
MIN_HEIGHT = 10
# The widths where the layouts change (the app's breakpoints: -slim, -narrow, -wide).
SLIM_WIDTH = 70
WIDE_WIDTH = 100
# The style sheets (.tcss). Each screen names those it needs (CSS_PATH), so a start loads
# only the first screen's.
STYLES = Path(__file__).resolve().parent.parent / "styles"


class TooSmall(Static):
    """Shown instead of the screen's content when the terminal is below a usable size."""

    DEFAULT_CSS = """
    TooSmall {
        display: none;
        width: 1fr;
        height: 1fr;
        content-align: center middle;
        text-align: center;
    }
    """

    def __init__(self) -> None:
        super().__init__(
            f"Terminal too small.\nPlease enlarge it to at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            markup=False,
        )


# Textual's own screen keys, given ids (so they can be remapped) and plain descriptions.
# Tab and Shift+Tab are priority bindings: the focus moves as the key arrives, so the keys
# typed right after it (fast typing, or a burst over SSH) reach the widget it moves to. As
# plain bindings they moved it only once Tab had passed through the widget it left, and the
# keys after it went there: a list view's `j` into its filter, the export dialog's folder and
# Enter to its format list (the export written to the default folder).
SCREEN_BINDINGS: list[BindingType] = [
    Binding(
        "tab", "app.focus_next", "Next region", id="screen.focus-next", show=False, priority=True
    ),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "Previous region",
        id="screen.focus-previous",
        show=False,
        priority=True,
    ),
    Binding(
        "ctrl+c,super+c",
        "screen.copy_text",
        "Copy selected text",
        id="screen.copy",
        show=False,
        # Nothing selected, the app's Ctrl+C runs: it says how to quit.
        tooltip="Copy the selected text (with nothing selected: says how to quit)",
    ),
]


class _RefocusAfterFold:
    """Hiding the content below the usable size takes the focus away (a hidden widget is
    blurred); it goes back to the widget that had it once the content shows again."""

    _focus_before_fold: Widget | None = None

    def compose_too_small(self) -> ComposeResult:
        # Composed only below the usable size (else mounted when the terminal shrinks):
        # at a usable size it would be styled before every first frame for nothing.
        if self._below_usable_size():
            yield TooSmall()

    def _below_usable_size(self) -> bool:
        if not isinstance(self, Screen):
            return False
        width, height = self.app.size
        return width < MIN_WIDTH or height < MIN_HEIGHT

    def watch_focused(self, focused: Widget | None) -> None:
        self._remember_focus(focused)

    def on_resize(self) -> None:
        if isinstance(self, Screen):
            if self._below_usable_size() and not self.query(TooSmall):
                self.mount(TooSmall())
            self.call_after_refresh(self._restore_focus)

    def _remember_focus(self, focused: Widget | None) -> None:
        if focused is not None:
            self._focus_before_fold = focused

    def _restore_focus(self) -> None:
        screen = self if isinstance(self, Screen) else None
        widget = self._focus_before_fold
        if screen is None or screen.focused is not None or widget is None:
            return
        if widget.is_attached and widget.screen is screen and widget.focusable:
            widget.focus()


class _FooterFollowsTop(Screen[Any]):
    """While a dialog or the command palette is over a screen, the keys of the screen do
    not reach it: the screen's footer lists none (a dialog's own footer lists its keys).
    A screen base, not a mixin: Textual takes `@on` handlers from its screens' classes
    only, and the names `on_screen_resume` and `on_screen_suspend` are the screens' own."""

    @on(events.ScreenSuspend)
    @on(events.ScreenResume)
    def _footer_follows_top(self) -> None:
        for footer in self.query(ReaderFooter):
            footer.refresh(recompose=True)


class ReaderScreen(_RefocusAfterFold, _FooterFollowsTop):
    """A full screen that folds to the too-small note below MIN_WIDTH×MIN_HEIGHT."""

    BINDINGS: ClassVar[list[BindingType]] = SCREEN_BINDINGS


class ReaderModal(_RefocusAfterFold, _FooterFollowsTop, ModalScreen[Any]):
    """A dialog that folds to the too-small note below MIN_WIDTH×MIN_HEIGHT, with a footer
    of its own keys over the footer of the screen beneath (whose keys do not reach past a
    dialog, and would be listed there all the same)."""

    BINDINGS: ClassVar[list[BindingType]] = SCREEN_BINDINGS

    def on_mount(self) -> None:
        # Mounted here, not composed, so that each dialog's `compose` stays its own.
        self.mount(ReaderFooter())


class FooterEntry(NamedTuple):
    """One key as the footer draws it."""

    key: str
    key_display: str
    description: str
    action: str
    disabled: bool
    tooltip: str
    classes: str
    compact: bool


class ReaderFooter(Footer):
    """The footer with the keys that work everywhere first (back, help), then the screen's
    own (region toggles, find), then the focused widget's, so the keys that matter most
    stay visible on an 80-column terminal.

    Textual rebuilds a footer whenever the bindings may have changed (every change of focus,
    every screen shown); this one rebuilds only when the keys it shows did change, since a
    rebuild mounts and styles a widget per key."""

    _shown: tuple[FooterEntry, ...] | None = None

    def _entries(self) -> tuple[FooterEntry, ...]:
        """The keys to show, in order, each as it is drawn (the palette's key last)."""
        screen = self.screen
        app = self.app
        if not footer_bindings_ready(self) or screen is not app.screen:
            return ()  # under a dialog: the keys listed would not reach this screen
        active = screen.active_bindings

        def rank(item: ActiveBinding) -> int:
            if item.node is app:
                return 0
            return 1 if item.node is screen else 2

        shown: dict[str, ActiveBinding] = {}
        for item in sorted(active.values(), key=rank):
            if item.binding.show and item.binding.action not in shown:
                shown[item.binding.action] = item
        entries = [
            FooterEntry(
                item.binding.key,
                app.get_key_display(item.binding),
                item.binding.description,
                item.binding.action,
                not item.enabled,
                item.tooltip or item.binding.description,
                "",
                self.compact,
            )
            for item in shown.values()
        ]
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE and palette is not None:
            binding = palette.binding
            entries.append(
                FooterEntry(
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    not palette.enabled,
                    binding.tooltip or binding.description,
                    "-command-palette",
                    # Textual's footer leaves this key in its default, compact state.
                    True,
                )
            )
        return tuple(entries)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        entries = self._entries()
        if entries == self._shown:
            return
        self._shown = entries  # what `compose` draws
        await super().recompose()

    def compose(self) -> ComposeResult:
        if self._shown is None:  # the first composition, at mount
            self._shown = self._entries()
        entries = self._shown
        self.styles.grid_size_columns = sum(1 for entry in entries if not entry.classes)
        for entry in entries:
            yield footer_key(
                entry.key,
                entry.key_display,
                entry.description,
                entry.action,
                disabled=entry.disabled,
                tooltip=entry.tooltip,
                classes=entry.classes,
                compact=entry.compact,
            )
