"""Text widgets whose size follows their content every time it changes.

A `Static` (or `Label`) sized `auto` and updated while a layout of it was still pending kept
the size measured for its old content (see `compat.measure_anew`): these measure it anew on
every update that asks for a layout. Used for every line the reader updates in place whose
height or width is `auto`.
"""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import Label, Static

from pressreader.tui.compat import measure_anew


class FittedStatic(Static):
    """A `Static` measured anew on each update."""

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(content, layout=layout)
        if layout:
            measure_anew(self)


class FittedLabel(Label):
    """A `Label` (sized to its text) measured anew on each update."""

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(content, layout=layout)
        if layout:
            measure_anew(self)
