"""An OptionList whose highlighted option carries a `›` marker in a two-cell gutter.

The highlight alone is a colour (or reverse video without colour); the marker keeps the
selection visible in 16-colour terminals and to readers who do not tell the colours apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.strip import Strip

from pressreader.tui.compat import GutteredOptionList, option_line
from pressreader.tui.widgets.marks import cursor_gutter

_GUTTER = 2


class CursorOptionList(GutteredOptionList):
    """An OptionList that marks the first line of the highlighted option with `›`."""

    # The gutter takes the place of the left padding.
    DEFAULT_CSS: ClassVar[str] = """
    CursorOptionList {
        padding: 0 1 0 0;
    }
    """

    # Adds the rows not yet in the list (a list may show its first screenful before the
    # rest): the cursor moves only once every row is there, so End reaches the last one.
    complete_rows: Callable[[], None] | None = None

    def _complete(self) -> None:
        complete, self.complete_rows = self.complete_rows, None
        if complete is not None:
            complete()

    def action_cursor_up(self) -> None:
        self._complete()
        super().action_cursor_up()

    def action_cursor_down(self) -> None:
        self._complete()
        super().action_cursor_down()

    def action_first(self) -> None:
        self._complete()
        super().action_first()

    def action_last(self) -> None:
        self._complete()
        super().action_last()

    def action_page_up(self) -> None:
        self._complete()
        super().action_page_up()  # type: ignore[no-untyped-call]

    def action_page_down(self) -> None:
        self._complete()
        super().action_page_down()  # type: ignore[no-untyped-call]

    # Cells before each option's text, for the marker.
    gutter_width = _GUTTER

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        line = option_line(self, self.scroll_offset.y + y)
        if line is None:
            return strip  # a blank line, already as wide as the list
        option_index, line_offset = line
        first = next(iter(strip), None)
        style = first.style if first is not None else None
        marked = option_index == self.highlighted and line_offset == 0
        gutter = cursor_gutter(marked, style, _GUTTER)
        return Strip.join([gutter, strip])
