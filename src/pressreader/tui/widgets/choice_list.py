"""The list of choices in a dialog (export formats, earlier versions)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from pressreader.tui.widgets.cursor_option_list import CursorOptionList


class ChoiceList(CursorOptionList):
    """A dialog's choices: `j`/`k` move, and `›` marks the one under the cursor, as in every
    other list of the reader."""

    HELP_GROUP = "List"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Next choice", id="choices.down", show=False),
        Binding("k", "cursor_up", "Previous choice", id="choices.up", show=False),
    ]
