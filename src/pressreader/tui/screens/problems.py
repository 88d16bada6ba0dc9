"""The problems of a file, as file:line:column lines (text, never markup): why a broken
file cannot be opened, or the warnings of an open article (`p`)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from pressreader.model import Problem
from pressreader.text.sanitize import escape_line
from pressreader.tui.screens.base import STYLES, ReaderFooter, ReaderScreen


def problems_text(problems: list[Problem]) -> Text:
    """One line per problem; every part taken from the file is escaped."""
    text = Text()
    for index, problem in enumerate(problems):
        if index:
            text.append("\n")
        text.append(escape_line(problem.format()), "red" if problem.severity == "error" else "")
    return text


BROKEN_HINT = "Fix the file, then press r in the library to read it again."


class ProblemsScreen(ReaderScreen):
    """The problems of a file: why it could not be opened, or its warnings."""

    CSS_PATH = STYLES / "dialogs.tcss"

    HELP_GROUP = "Problems"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="problems.close", show=False),
    ]

    def __init__(
        self, path: Path | None, problems: list[Problem], *, hint: str = BROKEN_HINT
    ) -> None:
        super().__init__()
        self.path = path
        self.problems = problems
        self.hint = hint

    def compose(self) -> ComposeResult:
        count = len(self.problems)
        title = Text(f"{count} problem{'s' if count != 1 else ''}", style="bold")
        if self.path is not None:
            title.append(" in ")
            title.append(escape_line(str(self.path)))
        yield Static(title, id="problems-title")
        yield Static(Text(self.hint, "dim"), id="problems-hint")
        with VerticalScroll(id="problems-list"):
            yield Static(problems_text(self.problems), id="problems-text")
        yield ReaderFooter()
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        self.query_one("#problems-list").focus()

    def action_close(self) -> None:
        self.dismiss()
