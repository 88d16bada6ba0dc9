"""The screen the library-wide lists share (search results, speakers, figures, bookmarks,
recent articles): a title line, a field (a query or a filter), a list, a status line and the
footer, and the helpers that draw their rows.

Their data comes from the index or the state store, read in thread workers; the lists hold
at most `MAX_ROWS` rows (type to narrow) so that a library of ten thousand articles never
builds a huge widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pressreader.library.entries import LibraryEntry
from pressreader.text.sanitize import escape_line
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.base import STYLES, ReaderFooter, ReaderScreen
from pressreader.tui.session import ReaderSession
from pressreader.tui.targets import Target
from pressreader.tui.widgets.cursor_option_list import CursorOptionList
from pressreader.tui.widgets.fitted import FittedStatic

MAX_ROWS = 500


def plural(count: int, word: str) -> str:
    """`1 quote`, `1,234 quotes`."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str = "bold reverse") -> Text:
    """`text` on one line with `spans` (offsets into `text`) styled; controls escaped.

    Escaping can lengthen the text, so each piece is escaped on its own and the spans are
    placed on the escaped pieces, never by offsets into the escaped whole.
    """
    out = Text(no_wrap=True, overflow="ellipsis", end="")
    position = 0
    for start, end in sorted(spans):
        if start < position or end <= start:
            continue
        out.append(one_piece(text[position:start]))
        out.append(one_piece(text[start:end]), style)
        position = end
    out.append(one_piece(text[position:]))
    return out


def crop_lines(text: Text, width: int) -> Text:
    """Each line of `text` cut to `width` cells with an ellipsis."""
    lines = text.split("\n", allow_blank=True)
    for line in lines:
        line.truncate(width, overflow="ellipsis")
    return Text("\n", end="").join(lines)


def one_piece(text: str) -> str:
    return escape_line(text.replace("\n", " ").replace("\t", " "))


def focus_field_binding(binding_id: str, description: str = "Filter") -> Binding:
    """`/` in a list view: the focus goes to its field (a query or a filter).

    A priority binding runs before the keys typed right after it reach a widget, so they
    land in the field (`ListScreen.check_action` lets `/` typed into the field stay a
    character)."""
    return Binding("slash", "focus_field", description, id=binding_id, priority=True)


class ListScreen(ReaderScreen):
    """A field over a list; Enter in the list opens the row, Escape goes back. Each view
    binds `/` to the field with `focus_field_binding`."""

    HELP_GROUP = "List"
    # Absolute: Textual resolves a relative path against each subclass's own module.
    CSS_PATH = str(STYLES / "list_screen.tcss")
    TITLE_TEXT = ""
    PLACEHOLDER = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        # q too, so the footer shows one Back (the app's q is shadowed); q typed in the
        # field stays a character, since the field takes it before any binding.
        Binding("escape,q", "back", "Back", id="list.back"),
        Binding("j", "cursor_down", "Down", id="list.down", show=False),
        Binding("k", "cursor_up", "Up", id="list.up", show=False),
        Binding("g", "cursor_top", "First", id="list.top", show=False),
        Binding("G", "cursor_bottom", "Last", id="list.bottom", show=False),
    ]

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.initial_text = text
        self._refill_pending = False
        self._cut: dict[int, Text] = {}  # rows cut to `_cut_width`, by key
        self._cut_width = 0
        self._shown_rows: tuple[list[int], Callable[[int], Text], bool] | None = None
        self._fills = 0  # counts fills, so rows added after a paint belong to the latest

    def refill(self) -> None:
        """Fill the list again from the field (each view says how)."""

    def schedule_refill(self) -> None:
        """Refill once for a burst of typed keys: they are queued messages, and the refill
        runs after them, for the latest text."""
        if not self._refill_pending:
            self._refill_pending = True
            self.call_later(self._run_refill)

    def _run_refill(self) -> None:
        self._refill_pending = False
        self.refill()

    def compose(self) -> ComposeResult:
        yield Static(self.title_text(), classes="title-bar view-title")
        yield Input(value=self.initial_text, placeholder=self.PLACEHOLDER, classes="view-field")
        yield CursorOptionList(classes="view-list")
        yield FittedStatic(classes="view-status")
        yield ReaderFooter()
        yield from self.compose_too_small()

    def title_text(self) -> Text:
        return Text(self.TITLE_TEXT, style="bold")

    @property
    def session(self) -> ReaderSession:
        return reader_app(self.app).session

    @property
    def field(self) -> Input:
        return self.query_one(".view-field", Input)

    @property
    def options(self) -> OptionList:
        return self.query_one(".view-list", OptionList)

    def set_status(self, text: str | Text, *, error: bool = False) -> None:
        shown = text if isinstance(text, Text) else Text(escape_line(text))
        status = self.query_one(".view-status", Static)
        status.update(shown)
        status.set_class(error, "-error")

    def set_rows(self, rows: Sequence[Text]) -> None:
        """Fill the list with rows (lines separated by newlines); the cursor goes to the
        first row. Each line is cut to the list's width with an ellipsis, never wrapped."""
        kept = list(rows)
        self.show_rows(range(len(kept)), kept.__getitem__, cache=False)

    def show_rows(
        self,
        keys: Sequence[int],
        build: Callable[[int], Text],
        *,
        cache: bool = True,
        lazy: bool = False,
    ) -> None:
        """Fill the list with the rows `build(key)` of `keys`. With `cache`, each row is
        built and cut once per width (the keys must name the same rows until
        `forget_rows()`), so refilling as the reader types stays cheap. With `lazy`, a
        screenful of rows is shown first and the rest added after that paint (or as soon
        as the cursor moves)."""
        keys = list(keys)
        self._fills += 1
        options = self.options
        first = build(keys[0]) if keys else None
        # Rows taller than the list bring a scrollbar: cut for the width left beside it,
        # so that the first layout does not make every row be cut again.
        per_row = first.plain.count("\n") + 1 if first is not None else 1
        lines = len(keys) * per_row
        width = self._row_width(lines)
        if not cache or width != self._cut_width:
            self._cut.clear()
        self._cut_width = width
        self._shown_rows = (keys, build, cache)
        built = {keys[0]: first} if first is not None else {}
        # Lazily, rows enough to fill the list (rows of two lines: half as many as lines).
        count = -(-self._screenful() // per_row) if lazy else len(keys)

        def prompt(key: int) -> Option:
            cut = self._cut.get(key) if cache else None
            if cut is None:
                row = built.pop(key, None)
                cut = crop_lines(row if row is not None else build(key), width)
                if cache:
                    self._cut[key] = cut
            return Option(cut)

        prompts = [prompt(key) for key in keys[:count]]
        rest = keys[count:]
        options.clear_options()
        options.add_options(prompts)
        if prompts:
            options.highlighted = 0
        fill = self._fills

        def add_rest() -> None:
            if fill == self._fills and rest:
                options.add_options([prompt(key) for key in rest])
                rest.clear()

        if isinstance(options, CursorOptionList):
            options.complete_rows = add_rest if rest else None
        if rest:
            self.call_after_refresh(add_rest)
        # Before the first layout the list's width is a guess: cut again once it is known.
        self.call_after_refresh(self._recut)

    def _screenful(self) -> int:
        """Rows enough to fill the list (each row is at least a line)."""
        return max(1, self.options.scrollable_content_region.height or self.app.size.height)

    def forget_rows(self) -> None:
        """The rows' data changed: build them again."""
        self._cut.clear()

    def _row_width(self, lines: int = 0) -> int:
        """The cells a row's line may take in the list, for `lines` lines of rows."""
        # The list's padding and a scrollbar take a few cells of the screen's width.
        options = self.options
        region = options.scrollable_content_region
        width = region.width or self.app.size.width - 4
        if isinstance(options, CursorOptionList):
            width -= options.gutter_width  # the cells of the › marker
        if region.height and lines > region.height and not options.show_vertical_scrollbar:
            width -= options.styles.scrollbar_size_vertical  # the scrollbar to come
        return max(8, width)

    def on_resize(self) -> None:
        self._recut()

    def _recut(self) -> None:
        shown = self._shown_rows
        if shown is not None and shown[0] and self._row_width() != self._cut_width:
            keys, build, cache = shown
            cursor = self.options.highlighted
            self.show_rows(keys, build, cache=cache)
            if cursor is not None:
                self.options.highlighted = min(cursor, len(keys) - 1)

    # -- keys -----------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.field.has_focus and self.options.option_count:
            self.options.focus()
            return
        self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `/` typed in a text field is a character, not this action.
        return not (action == "focus_field" and isinstance(self.focused, Input))

    def action_focus_field(self) -> None:
        # Focus now, not after the keys already queued: what is typed right after `/`
        # belongs in the field.
        self.set_focus(self.field)

    def action_cursor_down(self) -> None:
        self.options.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.options.action_cursor_up()

    def action_cursor_top(self) -> None:
        self.options.action_first()

    def action_cursor_bottom(self) -> None:
        self.options.action_last()

    @on(OptionList.OptionSelected, ".view-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_row(event.option_index)

    def open_row(self, index: int) -> None:
        """Enter on row `index` (each view says what it opens)."""

    def open_at(self, entry: LibraryEntry, target: Target | None) -> None:
        """Open `entry` and show `target` in it (instead of where reading stopped)."""
        self.session.show_next(entry, target)
        reader_app(self.app).open_entry(entry)
