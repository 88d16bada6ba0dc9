"""The small dialogs of annotating: a quote's and a statistic's form, the tags and summary,
leaving an article with unsaved changes, a file changed on disk, the earlier versions.

Each dialog's result is a plain value (or None when cancelled); the article screen turns it
into changes (`pressreader.editing.ops`). Text from the article is shown escaped, never as
markup. Enter in any field submits a form, Tab goes from field to field, Escape cancels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from pressreader.model import QuoteKind
from pressreader.text.sanitize import escape_line, one_line
from pressreader.tui.screens.base import STYLES, ReaderModal
from pressreader.tui.widgets.choice_list import ChoiceList
from pressreader.tui.widgets.fitted import FittedStatic
from pressreader.tui.widgets.quotes_panel import CLOSE_QUOTE, INDIRECT, OPEN_QUOTE

# The largest number the format accepts (the loader refuses larger ones).
MAX_NUMBER = 1e30
_NUMBER = re.compile(r"[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?")

Number = int | float


def parse_form_number(text: str) -> Number | None:
    """A number typed in a form: `1200`, `1,200`, `-3.5`, `4.6e6`; None when it is not one
    (or is beyond the format's bounds)."""
    cleaned = text.strip().replace("_", "")
    if not _NUMBER.fullmatch(cleaned):
        return None
    digits = cleaned.replace(",", "").replace("−", "-")
    try:
        if re.fullmatch(r"-?\d+", digits):
            value: Number = int(digits)
        else:
            value = float(digits)
    except ValueError:
        return None
    if not math.isfinite(float(value)) or abs(value) > MAX_NUMBER:
        return None
    return value


def _optional(text: str) -> str | None:
    stripped = text.strip()
    return stripped or None


@dataclass(frozen=True, slots=True)
class QuoteFields:
    speaker: str
    kind: QuoteKind
    note: str | None
    # Set for a speaker not yet in the article (an AddSpeaker comes first).
    new_speaker: bool = False
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class StatisticFields:
    label: str
    value: Number
    previous: Number | None
    unit: str | None
    period: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class TagsSummary:
    tags: tuple[str, ...]
    summary: str | None


class KindToggle(FittedStatic, can_focus=True):
    """A quote's kind: direct, or indirect (reported speech), toggled by Space. It reads the
    same without colour: `[x]` or `[ ]`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_kind", "Direct or indirect", id="form.toggle-kind"),
    ]

    def __init__(self, indirect: bool, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.indirect = indirect

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        text = Text("[x]" if self.indirect else "[ ]", style="bold")
        text.append(" indirect (reported speech)")
        text.append("  Space toggles", style="dim")
        self.update(text)

    class Changed(Message):
        """The kind was toggled."""

        def __init__(self, indirect: bool) -> None:
            super().__init__()
            self.indirect = indirect

    def action_toggle_kind(self) -> None:
        self.indirect = not self.indirect
        self._show()
        self.post_message(self.Changed(self.indirect))

    def on_click(self) -> None:
        self.action_toggle_kind()


class FormDialog(ReaderModal):
    """The frame every form shares: a heading, fields, a line for errors, and the keys."""

    CSS_PATH = STYLES / "annotate.tcss"
    HELP_GROUP = "Annotation form"
    BINDINGS: ClassVar[list[BindingType]] = [
        *ReaderModal.BINDINGS,
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        # Enter in a field submits it (Input.Submitted); elsewhere (the kind) this does.
        Binding("enter", "submit", "Save", id="form.submit"),
        # Priority: the focus moves before the keys typed right after Tab reach a field (a
        # fast typist's, or a terminal's burst, went to the field Tab was leaving).
        Binding("tab", "next_field", "Next field", id="form.next-field", priority=True),
        Binding(
            "shift+tab",
            "previous_field",
            "Previous field",
            id="form.previous-field",
            priority=True,
        ),
    ]

    def __init__(self, heading: str, words: str | None = None) -> None:
        super().__init__()
        self.heading = heading
        self.words = words
        # Field id -> (as shown, as in the file) for values shown escaped (see field).
        self._originals: dict[str, tuple[str, str]] = {}

    def words_text(self, words: str) -> Text:
        """The annotation's words as the dialog shows them: in typographic quotes, as the
        statistics panel shows a statistic's words."""
        return Text(f"{OPEN_QUOTE}{one_line(words)}{CLOSE_QUOTE}", style="italic")

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog"):
            yield Static(Text(escape_line(self.heading), style="bold"), classes="form-heading")
            if self.words is not None:
                yield FittedStatic(self.words_text(self.words), classes="form-words")
            yield from self.fields()
            yield FittedStatic("", classes="form-error")
            yield Static(
                Text("Enter saves · Tab next field · Escape cancels", style="dim"),
                classes="form-keys",
            )
        yield from self.compose_too_small()

    def fields(self) -> ComposeResult:
        yield from ()

    @staticmethod
    def row(label: str, field: Input | KindToggle, *, tight: bool = False) -> Horizontal:
        """A labelled field (`tight`: a hint line follows it, with no blank line between)."""
        classes = "form-row -tight" if tight else "form-row"
        return Horizontal(Label(label, classes="form-label"), field, classes=classes)

    def on_mount(self) -> None:
        first = self.query(Input).first()
        first.focus()

    def show_error(self, message: str) -> None:
        error = self.query_one(".form-error", Static)
        error.update(Text(message, style="bold"))
        # In a form taller than the terminal the line may be out of view: once it has its
        # height, bring it in (the field given the focus after it stays in view too).
        self.call_after_refresh(error.scroll_visible, animate=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        raise NotImplementedError

    def action_submit(self) -> None:
        self.submit()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_next_field(self) -> None:
        self.focus_next()

    def action_previous_field(self) -> None:
        self.focus_previous()

    def field(self, field_id: str, value: str, placeholder: str) -> Input:
        """A one-line field starting with `value` from the file, shown with its control
        characters escaped; left as shown, it gives `value` back as it was."""
        shown = escape_line(value)
        if shown != value:
            self._originals[field_id] = (shown, value)
        return Input(shown, placeholder=placeholder, id=field_id, compact=True)

    def value_of(self, name: str) -> str:
        value = self.query_one(f"#{name}", Input).value
        shown, original = self._originals.get(name, (None, ""))
        return original if value == shown else value


class QuoteForm(FormDialog):
    """A quote's speaker (one of the article's, or a new one with a role and an
    affiliation), kind and note."""

    def __init__(
        self,
        heading: str,
        words: str,
        speakers: Sequence[str],
        *,
        speaker: str | None = None,
        kind: QuoteKind = "direct",
        note: str | None = None,
    ) -> None:
        super().__init__(heading, words)
        self.speakers = list(speakers)
        self.speaker = speaker or ""
        self.kind: QuoteKind = kind
        self.note = note or ""

    def words_text(self, words: str) -> Text:
        """As the quotes panel shows the quote: a direct one in typographic quotes, an
        indirect one (not the speaker's own words) after ≈; it follows the kind toggled."""
        if self.kind == "indirect":
            return Text(f"{INDIRECT}{one_line(words)}", style="italic")
        return super().words_text(words)

    @on(KindToggle.Changed)
    def _kind_changed(self, event: KindToggle.Changed) -> None:
        self.kind = "indirect" if event.indirect else "direct"
        if self.words is not None:
            self.query_one(".form-words", Static).update(self.words_text(self.words))

    def fields(self) -> ComposeResult:
        names = [escape_line(name) for name in self.speakers]
        suggester = SuggestFromList(names, case_sensitive=False) if names else None
        speaker = Input(
            escape_line(self.speaker),
            placeholder="a name",
            id="speaker",
            suggester=suggester,
            compact=True,
        )
        yield self.row("Speaker", speaker, tight=True)
        known = ", ".join(self.speakers) if self.speakers else "none yet"
        yield Static(
            Text(f"Right takes a suggestion. Speakers: {one_line(known)}", "dim"),
            classes="form-hint",
            markup=False,
        )
        yield self.row("Role", Input(placeholder="new speaker only", id="role", compact=True))
        yield self.row(
            "Affiliation", Input(placeholder="new speaker only", id="affiliation", compact=True)
        )
        yield self.row("Kind", KindToggle(self.kind == "indirect", id="indirect"))
        yield self.row("Note", self.field("note", self.note, "optional"))

    def submit(self) -> None:
        typed = self.value_of("speaker")
        # A name shown escaped (it holds a control character) is the article's own.
        shown = {escape_line(speaker): speaker for speaker in self.speakers}
        name = shown.get(typed) or " ".join(typed.split())
        if not name:
            self.show_error("error: a quote needs a speaker")
            self.query_one("#speaker", Input).focus()
            return
        known = {speaker.casefold(): speaker for speaker in self.speakers}
        existing = known.get(name.casefold())
        kind: QuoteKind = (
            "indirect" if self.query_one("#indirect", KindToggle).indirect else "direct"
        )
        note = _optional(self.value_of("note"))
        if existing is not None:
            self.dismiss(QuoteFields(existing, kind, note))
            return
        self.dismiss(
            QuoteFields(
                name,
                kind,
                note,
                new_speaker=True,
                role=_optional(self.value_of("role")),
                affiliation=_optional(self.value_of("affiliation")),
            )
        )


class StatisticForm(FormDialog):
    """A statistic's label, value, previous value, unit, period and note."""

    def __init__(
        self,
        heading: str,
        words: str | None,
        *,
        label: str = "",
        value: Number | None = None,
        previous: Number | None = None,
        unit: str | None = None,
        period: str | None = None,
        note: str | None = None,
    ) -> None:
        super().__init__(heading, words)
        self.initial = (label, value, previous, unit, period, note)

    def fields(self) -> ComposeResult:
        label, value, previous, unit, period, note = self.initial

        def number(v: Number | None) -> str:
            return "" if v is None else repr(v) if isinstance(v, float) else str(v)

        yield self.row("Label", self.field("label", label, "what is counted"))
        yield self.row(
            "Value", Input(number(value), placeholder="a number", id="value", compact=True)
        )
        yield self.row(
            "Previous", Input(number(previous), placeholder="optional", id="previous", compact=True)
        )
        yield self.row("Unit", self.field("unit", unit or "", "%, $, ships…"))
        yield self.row("Period", self.field("period", period or "", "optional"))
        yield self.row("Note", self.field("note", note or "", "optional"))

    def submit(self) -> None:
        label = self.value_of("label")
        if label != self.initial[0]:
            label = " ".join(label.split())
        if not label:
            self.show_error("error: label: a statistic needs a label")
            self.query_one("#label", Input).focus()
            return
        raw_value = self.value_of("value")
        value = parse_form_number(raw_value)
        if value is None:
            shown = one_line(raw_value.strip())
            self.show_error(
                f"error: value: {shown} is not a number (such as 1200, 1,200 or 4.6)"
                if shown
                else "error: value: a statistic needs a value (such as 1200, 1,200 or 4.6)"
            )
            self.query_one("#value", Input).focus()
            return
        raw_previous = self.value_of("previous")
        previous = parse_form_number(raw_previous) if raw_previous.strip() else None
        if raw_previous.strip() and previous is None:
            shown = one_line(raw_previous.strip())
            self.show_error(f"error: previous: {shown} is not a number (or leave it empty)")
            self.query_one("#previous", Input).focus()
            return
        self.dismiss(
            StatisticFields(
                label,
                value,
                previous,
                _optional(self.value_of("unit")),
                _optional(self.value_of("period")),
                _optional(self.value_of("note")),
            )
        )


class TagsSummaryForm(FormDialog):
    """The article's tags (comma-separated) and its summary (empty removes it)."""

    def __init__(self, heading: str, tags: Sequence[str], summary: str | None) -> None:
        super().__init__(heading)
        self.tags = list(tags)
        self.summary = summary or ""

    def fields(self) -> ComposeResult:
        yield self.row(
            "Tags",
            self.field("tags", ", ".join(self.tags), "comma-separated"),
        )
        yield self.row("Summary", self.field("summary", self.summary, "optional"))

    def submit(self) -> None:
        typed_tags = self.value_of("tags")
        tags: list[str] = list(self.tags)
        if typed_tags != ", ".join(self.tags):  # left as it was, the tags are kept as they are
            tags = []
            for tag in typed_tags.split(","):
                cleaned = " ".join(tag.split())
                if cleaned and cleaned not in tags:
                    tags.append(cleaned)
        summary: str | None = self.value_of("summary")
        if summary != self.summary:  # a summary left alone keeps its line breaks
            summary = " ".join((summary or "").split())
        self.dismiss(TagsSummary(tuple(tags), summary or None))


class ChoiceDialog(ReaderModal):
    """A question with a few answers, each on its own key (Escape: the last one, staying)."""

    CSS_PATH = STYLES / "annotate.tcss"
    HELP_GROUP = "Question"
    BINDINGS: ClassVar[list[BindingType]] = [
        *ReaderModal.BINDINGS,
        Binding("escape", "choose('')", "Cancel", id="choice.cancel"),
    ]

    def __init__(self, heading: str, message: str, choices: Sequence[tuple[str, str]]) -> None:
        """`choices`: (key, what it does); the result is the key chosen, or "" (Escape)."""
        super().__init__()
        self.heading = heading
        self.message = message
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog"):
            yield Static(Text(self.heading, style="bold"), classes="form-heading")
            yield Static(Text(self.message), classes="form-message")
            for key, description in self.choices:
                line = Text()
                line.append(f" {key} ", style="reverse bold")
                line.append(f" {description}")
                yield Static(line, classes="form-choice")
            yield Static(Text("Escape: stay, nothing changes", style="dim"), classes="form-keys")
        yield from self.compose_too_small()

    def on_key(self, event: object) -> None:
        from textual.events import Key

        if isinstance(event, Key) and event.character:
            for key, _ in self.choices:
                if event.character == key:
                    event.stop()
                    self.dismiss(key)
                    return

    def action_choose(self, key: str) -> None:
        self.dismiss(key)


class VersionsDialog(ReaderModal):
    """The versions kept from before earlier saves, newest first; Enter restores one."""

    CSS_PATH = STYLES / "annotate.tcss"
    HELP_GROUP = "Earlier versions"
    BINDINGS: ClassVar[list[BindingType]] = [
        *ReaderModal.BINDINGS,
        Binding("escape", "cancel", "Cancel", id="versions.cancel"),
    ]

    def __init__(self, heading: str, versions: Sequence[str]) -> None:
        """`versions`: one line each (when it was saved, its size); the result is the index
        chosen, or None."""
        super().__init__()
        self.heading = heading
        self.versions = list(versions)

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog"):
            yield Static(Text(escape_line(self.heading), style="bold"), classes="form-heading")
            yield ChoiceList(
                *[Option(Text(line), id=str(i)) for i, line in enumerate(self.versions)],
                id="versions",
            )
            yield Static(
                Text(
                    "Enter writes it back (the version it replaces is kept too) · Escape cancels",
                    style="dim",
                ),
                classes="form-keys",
            )
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
