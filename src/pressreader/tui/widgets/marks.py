"""The marks the reader's lists draw beside their rows, so that the row under the cursor, and
a row holding a find match, show without colour too (16-colour and NO_COLOR terminals,
readers who do not tell colours apart)."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

CURSOR = "›"  # before the first line of the row under the cursor
HIT = "•"  # beside the first line of a row holding a find match
# Before the first line of a quote or statistic a program made and no person has confirmed
# (`reviewed: false`): a dotted outline, not yet filled in. One cell wide in every terminal
# (not an East Asian "ambiguous" character, as ○ is).
UNREVIEWED = "◌"


def put_mark(strip: Strip, cell: int, mark: str) -> Strip:
    """`strip` with the one-cell `mark` at `cell`, in the style of what it covers."""
    covered = strip.crop(cell, cell + 1)
    segments = list(covered)
    style = segments[0].style if segments else None
    parts = [strip.crop(0, cell)] if cell else []
    parts += [Strip([Segment(mark, style)], 1), strip.crop(cell + 1, strip.cell_length)]
    return Strip.join(parts)


def cursor_gutter(marked: bool, style: Style | None, width: int) -> Strip:
    """The `width` cells before a row's first line: the cursor mark when `marked`."""
    return Strip([Segment((CURSOR if marked else "").ljust(width), style)], width)
