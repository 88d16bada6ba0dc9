"""The list of choices in a dialog (export formats, earlier versions)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class ChoiceList(OptionList):
    """A dialog's choices: `j`/`k` move as in every other list of the reader."""

    HELP_GROUP = "List"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next choice", id="choices.down", show=False),
        Binding("k", "cursor_up", "Previous choice", id="choices.up", show=False),
    ]
