"""An OptionList whose highlighted option carries a `›` marker in a two-cell gutter.

The highlight alone is a colour (or reverse video without colour); the marker keeps the
selection visible in 16-colour terminals and to readers who do not tell the colours apart.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import OptionList

MARKER = "›"
_GUTTER = 2


class MarkedOptionList(OptionList):
    """An OptionList that marks the first line of the highlighted option with `›`."""

    # The gutter takes the place of the left padding.
    DEFAULT_CSS: ClassVar[str] = """
    MarkedOptionList {
        padding: 0 1 0 0;
    }
    """

    @property
    def gutter_width(self) -> int:
        """Cells before each option's text, for the marker."""
        return _GUTTER

    def _get_left_gutter_width(self) -> int:
        # OptionList renders its options this much narrower (as SelectionList does).
        return _GUTTER

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            option_index, line_offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return strip  # a blank line, already as wide as the list
        first = next(iter(strip), None)
        style = first.style if first is not None else None
        marked = option_index == self.highlighted and line_offset == 0
        gutter = Strip([Segment(f"{MARKER} " if marked else "  ", style)], _GUTTER)
        return Strip.join([gutter, strip])
