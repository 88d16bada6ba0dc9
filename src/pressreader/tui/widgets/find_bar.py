"""The find bar: type to search the article, step through matches, see the count.

The bar only edits the query and shows a status; the screen that hosts it runs the search
(its `on_query` callback, or `FindBar.Changed` without one), moves between matches
(`FindBar.Next` / `FindBar.Previous`), ends the typing on the match in view
(`FindBar.Accepted`: Enter, as in less) and clears highlights (`FindBar.Closed`), then
reports back with `set_status`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.widgets import Input, Label

from pressreader.text.sanitize import escape_line
from pressreader.tui.widgets.fitted import FittedLabel

if TYPE_CHECKING:
    from pressreader.article.find import FindQuery

# The counter label's width inside its padding (`min-width` in the CSS is this plus 2).
_STATUS_CELLS = 11


class FindInput(Input):
    """The find field. Its width is fixed (the bar's rest), so its text growing or
    shrinking changes no other widget's place: a typed letter repaints the field without
    the whole screen being arranged again (Textual's `Input` asks for that with every
    letter, for fields as wide as their text)."""

    virtual_size = Reactive(Size(0, 0), layout=False)


class FindBar(Horizontal):
    """A one-line search field with a regex toggle (`.*`) and a match counter."""

    DEFAULT_CSS = """
    FindBar {
        height: 1;
        width: 1fr;
        background: $panel;
        display: none;
    }
    FindBar.-open { display: block; }
    FindBar > #find-prompt { width: auto; padding: 0 1; text-style: bold; color: $text-accent; }
    FindBar > Input {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
        background: $panel;
    }
    FindBar > Input:focus { border: none; background-tint: $foreground 5%; }
    FindBar > #find-regex { width: auto; padding: 0 1; color: $text-muted; }
    FindBar > #find-regex.-on { text-style: reverse bold; color: $text-accent; }
    FindBar > #find-status { width: auto; min-width: 13; padding: 0 1; }
    FindBar > #find-status.-error { text-style: bold; color: $text-error; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter accepts the match in view (Input.Submitted, below); these step from it.
        Binding("down", "next", "Next match", id="find.next", show=False),
        Binding("up", "previous", "Previous match", id="find.previous", show=False),
        Binding("ctrl+r,alt+r", "toggle_regex", "Regex on/off", id="find.toggle-regex"),
        Binding("escape", "close", "Close find", id="find.close"),
    ]

    regex: reactive[bool] = reactive(False)
    """Whether the query is a regular expression (else literal text)."""

    class Changed(Message):
        """The query changed: search again."""

        def __init__(self, query: FindQuery) -> None:
            super().__init__()
            self.query = query

    class Next(Message):
        """Go to the next match."""

    class Accepted(Message):
        """Enter: the typing is done; the match in view stays the current one."""

    class Previous(Message):
        """Go to the previous match."""

    class Closed(Message):
        """The bar closed: clear the highlights."""

    def __init__(
        self,
        *,
        on_query: Callable[[FindQuery], None] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """`on_query`, when given, is called with each new query instead of posting
        `Changed`: at once, as the key changes the field's value, so that the letter typed
        and the matches it finds reach the screen in one frame (a message would arrive
        after the frame that shows the letter alone)."""
        super().__init__(name=name, id=id, classes=classes)
        self._on_query = on_query
        self._emit_pending = False
        self._status_cells = 0  # the width of the text the counter label shows
        # The field and labels are mounted when the bar first opens: most reading never
        # searches, and they would be styled and laid out before the first frame.
        self._field: FindInput | None = None

    def _build(self) -> FindInput:
        """Mount the field and labels (once; queries find them at once, keys typed into the
        field meanwhile wait in its queue until it has mounted)."""
        field = self._field
        if field is None:
            field = FindInput(placeholder="find in article", id="find-input", select_on_focus=False)
            self._field = field
            self.mount(
                Label("/", id="find-prompt"),
                field,
                Label(".*", id="find-regex"),
                FittedLabel("", id="find-status"),
            )
            self._show_regex(self.regex)
            if self._on_query is not None:
                # Called as the key changes the value, before the frame that shows it.
                self.watch(field, "value", self._value_changed, init=False)
        return field

    def _value_changed(self) -> None:
        if self._on_query is not None:
            self._on_query(self.find_query)

    @property
    def input(self) -> FindInput:
        return self._build()

    @property
    def field_focused(self) -> bool:
        """Whether the find field has the focus (without mounting it)."""
        return self._field is not None and self.screen.focused is self._field

    @property
    def find_query(self) -> FindQuery:
        """The query as typed."""
        from pressreader.article.find import FindQuery  # loaded with the first search

        return FindQuery(self._field.value if self._field is not None else "", self.regex)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, text: str | None = None) -> None:
        """Show the bar and focus its field (the previous query stays, selected for retyping)."""
        self.add_class("-open")
        field = self.input
        if text is not None:
            field.value = text
        field.focus()
        field.select_all()

    def close(self) -> None:
        """Hide the bar and tell the host to clear the highlights."""
        if not self.is_open:
            return
        was_focused = self.input.has_focus
        self.remove_class("-open")
        self.set_status("")
        self.post_message(self.Closed())
        if was_focused:
            self.screen.focus_next()

    def set_status(self, text: str, *, error: bool = False) -> None:
        """Show the counter (`3/14`) or an error (`invalid regex: ...`)."""
        if self._field is None:
            return  # never opened: nothing shows it (opening searches again)
        status = self.query_one("#find-status", Label)
        shown = Text(escape_line(text))
        # A counter that still fits the label's minimum width leaves the row's layout as it
        # was: only the label is repainted, not the whole screen arranged again.
        fits = max(shown.cell_len, self._status_cells) <= _STATUS_CELLS
        status.update(shown, layout=not fits)
        self._status_cells = shown.cell_len
        status.set_class(error, "-error")

    def watch_regex(self, regex: bool) -> None:
        if self._field is None:
            return  # shown when the bar is built; the query is sent when it opens
        self._show_regex(regex)
        if self._on_query is not None:
            self._on_query(self.find_query)
        else:
            self._schedule_changed()

    def _show_regex(self, regex: bool) -> None:
        indicator = self.query_one("#find-regex", Label)
        indicator.set_class(regex, "-on")
        indicator.tooltip = "regular expression" if regex else "literal text"

    @on(Input.Changed, "#find-input")
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._on_query is None:
            self._schedule_changed()
        # (With `on_query`, the field's value watcher has searched already.)

    @on(Input.Submitted, "#find-input")
    def _input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Accepted())

    def _schedule_changed(self) -> None:
        # Keys typed in a burst arrive as queued messages: search once, for the latest text.
        if not self._emit_pending:
            self._emit_pending = True
            self.call_later(self._emit_changed)

    def _emit_changed(self) -> None:
        self._emit_pending = False
        self.post_message(self.Changed(self.find_query))

    def action_next(self) -> None:
        self.post_message(self.Next())

    def action_previous(self) -> None:
        self.post_message(self.Previous())

    def action_toggle_regex(self) -> None:
        self.regex = not self.regex

    def action_close(self) -> None:
        self.close()
